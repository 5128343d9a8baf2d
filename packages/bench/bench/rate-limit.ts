// Benchmark: the same structured workload under a vendor rate limit, through osmosis core (OpenAI
// provider), the Vercel AI SDK and the plain openai SDK, each with its default retries.
// Run: pnpm --filter @osmosis/bench bench:rate-limit
import { createOpenAI } from "@ai-sdk/openai";
import {
  LLMClient,
  LLMRateLimitError,
  type Provider,
  ProviderRegistry,
  RateLimiters,
  Run,
} from "@osmosis/core";
import openaiPlugin from "@osmosis/provider-openai";
import {
  estimatePromptTokens,
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "@osmosis/testing";
import { generateObject, jsonSchema } from "ai";
import OpenAI from "openai";
import {
  API_KEY,
  MODEL,
  type Outcome,
  pause,
  pool,
  printTable,
  prompt,
  SCHEMA,
  SYSTEM,
} from "./harness.js";

interface Scenario {
  title: string;
  /** Hide the vendor's x-ratelimit-* headers from osmosis: only 429s and retry-after remain. */
  withoutLimitHeaders?: boolean;
  requests: number;
  concurrency: number;
  latencyMs: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  maxOutputTokens: number;
}

type Client = (
  server: FakeOpenAIServer,
  scenario: Scenario,
) => Promise<{ completed: number; failed: number; retries?: number }>;

const osmosis: Client = async (server, s) => {
  const registry = new ProviderRegistry([openaiPlugin]);
  const openai = await registry.create("openai", {
    env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
  });
  // Like a vendor that reports no limits (Gemini does not): the limiter has only 429s to go by.
  const provider: Provider = s.withoutLimitHeaders
    ? {
        ...openai,
        generate: async (request) => {
          try {
            const { rateLimit: _, ...result } = await openai.generate(request);
            return result;
          } catch (error) {
            // A 429 keeps only what such a vendor sends: its retry-after.
            if (LLMRateLimitError.isInstance(error)) {
              throw new LLMRateLimitError(error.message, {
                provider: error.provider,
                status: error.status,
                retryAfterMs: error.retryAfterMs,
              });
            }
            throw error;
          }
        },
      }
    : openai;
  // The concurrency is the limiter's cap; the vendor's limit is not given: it is learned.
  const run = new Run({ limiters: new RateLimiters({ concurrency: s.concurrency }) });
  const client = new LLMClient({ provider, run });
  const result = await pool(s.requests, s.concurrency, (i) =>
    client.generate({
      model: MODEL,
      system: SYSTEM,
      messages: [{ role: "user", content: prompt(i) }],
      maxOutputTokens: s.maxOutputTokens,
      output: { name: "model_doc", schema: SCHEMA as unknown as Record<string, unknown> },
    }),
  );
  await registry.close();
  return { ...result, retries: run.usage.summary().totals.retries };
};

const vercel: Client = async (server, s) => {
  const openai = createOpenAI({ apiKey: API_KEY, baseURL: server.url });
  return pool(s.requests, s.concurrency, (i) =>
    generateObject({
      model: openai.chat(MODEL),
      schema: jsonSchema(SCHEMA as never),
      system: SYSTEM,
      prompt: prompt(i),
      maxOutputTokens: s.maxOutputTokens,
    }),
  );
};

const plainOpenAI: Client = async (server, s) => {
  const client = new OpenAI({ apiKey: API_KEY, baseURL: server.url });
  return pool(s.requests, s.concurrency, (i) =>
    client.chat.completions.create({
      model: MODEL,
      messages: [
        { role: "system", content: SYSTEM },
        { role: "user", content: prompt(i) },
      ],
      max_completion_tokens: s.maxOutputTokens,
      response_format: {
        type: "json_schema",
        json_schema: { name: "model_doc", schema: SCHEMA, strict: true },
      },
    }),
  );
};

const CLIENTS: Array<[string, Client]> = [
  ["osmosis (core + provider-openai)", osmosis],
  ["Vercel AI SDK (generateObject)", vercel],
  ["openai SDK (chat.completions)", plainOpenAI],
];

/** Tokens the fake server charges one request against tokens-per-minute. */
function chargePerRequest(s: Scenario): number {
  return estimatePromptTokens([{ content: SYSTEM }, { content: prompt(100) }]) + s.maxOutputTokens;
}

function idealMs(s: Scenario): number {
  const byRequests = s.requestsPerMinute ? (s.requests / s.requestsPerMinute) * 60_000 : 0;
  const byTokens = s.tokensPerMinute
    ? ((s.requests * chargePerRequest(s)) / s.tokensPerMinute) * 60_000
    : 0;
  return Math.max(byRequests, byTokens, s.latencyMs);
}

async function runScenario(s: Scenario): Promise<Outcome[]> {
  const rateLimit: { requestsPerMinute?: number; tokensPerMinute?: number } = {};
  if (s.requestsPerMinute) rateLimit.requestsPerMinute = s.requestsPerMinute;
  if (s.tokensPerMinute) rateLimit.tokensPerMinute = s.tokensPerMinute;
  const server = await startFakeOpenAIServer({
    apiKey: API_KEY,
    latencyMs: s.latencyMs,
    rateLimit,
  });
  const outcomes: Outcome[] = [];
  try {
    for (const [name, client] of CLIENTS) {
      await pause(server);
      const started = performance.now();
      const result = await client(server, s);
      const wallMs = performance.now() - started;
      const stats = server.stats;
      outcomes.push({
        client: name,
        wallMs,
        idealMs: idealMs(s),
        completed: result.completed,
        failed: result.failed,
        requests: stats.requests,
        rateLimited: stats.rateLimited,
        retries: result.retries ?? stats.requests - s.requests,
      });
      process.stderr.write(`  ${name}: done in ${(wallMs / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await server.close();
  }
  return outcomes;
}

const requests = Number(process.env.BENCH_REQUESTS ?? 600);
const scenarios: Scenario[] = [
  {
    title: `Requests limit: ${requests} structured requests, 1,200 requests/min, latency 100 ms, concurrency 16`,
    requests,
    concurrency: 16,
    latencyMs: 100,
    requestsPerMinute: 1_200,
    maxOutputTokens: 400,
  },
  {
    title: `Tokens limit: ${requests} structured requests, tokens/min set for a 30 s ideal, latency 100 ms, concurrency 16`,
    requests,
    concurrency: 16,
    latencyMs: 100,
    maxOutputTokens: 400,
  },
  {
    title:
      "The guide's case: 300 structured requests, 600 requests/min, latency 100 ms, concurrency 16",
    requests: 300,
    concurrency: 16,
    latencyMs: 100,
    requestsPerMinute: 600,
    maxOutputTokens: 400,
  },
];
scenarios.push({
  title: `No limit headers: ${requests} structured requests, 1,200 requests/min; osmosis sees only 429s and retry-after`,
  requests,
  concurrency: 16,
  latencyMs: 100,
  requestsPerMinute: 1_200,
  maxOutputTokens: 400,
  withoutLimitHeaders: true,
});
/** BENCH_SCENARIO=2 runs the second scenario alone. */
const only = process.env.BENCH_SCENARIO;
const tokens = scenarios[1] as Scenario;
tokens.tokensPerMinute = Math.round((tokens.requests * chargePerRequest(tokens)) / 0.5);

for (const scenario of only ? scenarios.filter((_, i) => String(i + 1) === only) : scenarios) {
  process.stderr.write(`${scenario.title}\n`);
  printTable(scenario.title, await runScenario(scenario));
}
