// Benchmark: the same structured workload against a vendor limit nobody is told, one table per
// bucket shape (a one-second bucket, a ten-second burst, a per-minute window that resets at once),
// with and without limit headers: osmosis (core + provider-openai), the Vercel AI SDK and the
// plain openai SDK, each with its default retries, over real HTTP against the fake OpenAI server.
// Run: pnpm --filter @osmosis/bench bench:rate-limit   (BENCH_SCENARIO=<number or word> for one)
import { createOpenAI } from "@ai-sdk/openai";
import { LLMClient, ProviderRegistry, RateLimiters, Run } from "@osmosis/core";
import openaiPlugin from "@osmosis/provider-openai";
import {
  type FakeFault,
  type FakeOpenAIServer,
  idealMs,
  type RateLimitOptions,
  type SimulatedLimit,
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
  limit: SimulatedLimit;
  /** Send `x-ratelimit-*` headers (all clients see the same server; only osmosis reads them). */
  limitHeaders: boolean;
  requests: number;
  concurrency: number;
  latencyMs: number;
  maxOutputTokens: number;
  /** Random faults per request, as the tryout server had. */
  faults?: { "503": number; reset: number; nonJson: number; fenced: number };
}

type Client = (
  server: FakeOpenAIServer,
  scenario: Scenario,
) => Promise<{
  completed: number;
  failed: number;
  retries?: number;
  tokens?: { input: number; output: number };
}>;

const osmosis: Client = async (server, s) => {
  const registry = new ProviderRegistry([openaiPlugin]);
  const provider = await registry.create("openai", {
    env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
  });
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
  const totals = run.usage.summary().totals;
  run.dispose();
  return {
    ...result,
    retries: totals.retries + totals.repairs,
    tokens: { input: totals.inputTokens, output: totals.outputTokens },
  };
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
  return pool(s.requests, s.concurrency, async (i) => {
    const completion = await client.chat.completions.create({
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
    });
    // A structured answer is only done when it parses.
    JSON.parse(completion.choices[0]?.message.content ?? "");
  });
};

const CLIENTS: Array<[string, Client]> = [
  ["osmosis (core + provider-openai)", osmosis],
  ["Vercel AI SDK (generateObject)", vercel],
  ["openai SDK (chat.completions)", plainOpenAI],
];

function serverLimit(s: Scenario): RateLimitOptions {
  const shape =
    s.limit.shape === "rolling"
      ? { window: "rolling" as const, burstSeconds: s.limit.burstSeconds }
      : { window: "fixed" as const, windowMs: s.limit.windowMs ?? 60_000 };
  return {
    requestsPerMinute: s.limit.requestsPerMinute,
    limitHeaders: s.limitHeaders,
    ...shape,
  };
}

/** A fault for about the given share of requests, decided by a counter so every client meets the same mix. */
function faultPlan(s: Scenario): ((request: unknown) => FakeFault | undefined) | undefined {
  const f = s.faults;
  if (!f) return undefined;
  let n = 0;
  const plan: Array<[number, FakeFault]> = [
    [f["503"], { status: 503 }],
    [f.reset, { kind: "reset" }],
    [f.nonJson, { kind: "non-json-content" }],
    [f.fenced, { kind: "fenced-content" }],
  ];
  return () => {
    n += 1;
    // Spread each fault evenly: the k-th kind fires when n crosses its share's multiples.
    for (const [share, fault] of plan) {
      if (share > 0 && Math.floor(n * share) !== Math.floor((n - 1) * share)) return fault;
    }
    return undefined;
  };
}

async function runScenario(s: Scenario): Promise<Outcome[]> {
  let faults: ((request: unknown) => FakeFault | undefined) | undefined;
  const server = await startFakeOpenAIServer({
    apiKey: API_KEY,
    latencyMs: s.latencyMs,
    rateLimit: serverLimit(s),
    faultFor: (request) => faults?.(request),
  });
  const ideal = idealMs({
    limit: s.limit,
    requests: s.requests,
    concurrency: s.concurrency,
    latencyMs: s.latencyMs,
  });
  const outcomes: Outcome[] = [];
  try {
    for (const [name, client] of CLIENTS) {
      await pause(server);
      faults = faultPlan(s);
      const started = performance.now();
      const result = await client(server, s);
      const wallMs = performance.now() - started;
      const stats = server.stats;
      outcomes.push({
        client: name,
        wallMs,
        idealMs: ideal,
        completed: result.completed,
        failed: result.failed,
        requests: stats.requests,
        rateLimited: stats.rateLimited,
        retries: result.retries ?? stats.requests - s.requests,
        ...(result.tokens
          ? {
              tokens: `${result.tokens.input + result.tokens.output} / ${stats.inputTokens + stats.outputTokens}`,
            }
          : {}),
      });
      process.stderr.write(`  ${name}: done in ${(wallMs / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await server.close();
  }
  return outcomes;
}

const base = { concurrency: 16, latencyMs: 100, maxOutputTokens: 400 } as const;
const shapes: Array<Omit<Scenario, "limitHeaders" | "title"> & { name: string }> = [
  {
    name: "One-second bucket: 1,200 requests/min, 20 at once",
    limit: { shape: "rolling", requestsPerMinute: 1_200, burstSeconds: 1 },
    requests: 600,
    ...base,
  },
  {
    name: "Ten-second burst: 600 requests/min, 100 at once",
    limit: { shape: "rolling", requestsPerMinute: 600, burstSeconds: 10 },
    requests: 400,
    ...base,
  },
  {
    name: "Per-minute window: 600 requests a minute, reset at once",
    limit: { shape: "fixed", requestsPerMinute: 600 },
    requests: 900,
    ...base,
  },
  {
    name: "The issue's tryout: 300 calls, 600/min with a 10 s burst, 5% 503s, 2% resets, 3% non-JSON, 5% fenced",
    limit: { shape: "rolling", requestsPerMinute: 600, burstSeconds: 10 },
    requests: 300,
    ...base,
    faults: { "503": 0.05, reset: 0.02, nonJson: 0.03, fenced: 0.05 },
  },
];
const scenarios: Scenario[] = shapes.flatMap(({ name, ...shape }) =>
  [true, false].map((limitHeaders) => ({
    ...shape,
    limitHeaders,
    title: `${name}; ${limitHeaders ? "with" : "without"} limit headers (${shape.requests} structured requests, latency ${shape.latencyMs} ms, concurrency ${shape.concurrency})`,
  })),
);

/** BENCH_SCENARIO=3 runs the third scenario alone; BENCH_SCENARIO=window those whose title says so. */
const only = process.env.BENCH_SCENARIO;
const chosen = only
  ? scenarios.filter(
      (s, i) => String(i + 1) === only || s.title.toLowerCase().includes(only.toLowerCase()),
    )
  : scenarios;
for (const scenario of chosen) {
  process.stderr.write(`${scenario.title}\n`);
  printTable(scenario.title, await runScenario(scenario));
}
