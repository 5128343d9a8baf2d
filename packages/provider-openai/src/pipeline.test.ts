// Core's resilience layer (retry, limiter, timeouts, deadline, usage, logging) driven through the
// real openai SDK against the loopback fake server.
import {
  AuthenticationError,
  createLogger,
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  LLMTimeoutError,
  Prices,
  ProviderRegistry,
  QuotaExhaustedError,
  Run,
} from "@osmosis/core";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterEach, describe, expect, it } from "vitest";
import openaiPlugin from "./index.js";

const API_KEY = "sk-proj-PipeL1neK3yAbCdEfGhIjKlMnOpQrStUvWx";

const request = (i: number): GenerateRequest => ({
  model: "gpt-4o-mini",
  system: "You document dbt models.",
  messages: [
    { role: "user", content: `Describe model number ${i}: select id, amount from raw.t${i}` },
  ],
  output: {
    name: "doc",
    schema: {
      type: "object",
      properties: { description: { type: "string" } },
      required: ["description"],
      additionalProperties: false,
    },
  },
});

let server: FakeOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  serverOptions: Parameters<typeof startFakeOpenAIServer>[0],
  runOptions: ConstructorParameters<typeof Run>[0] = {},
) {
  server = await startFakeOpenAIServer({ apiKey: API_KEY, ...serverOptions });
  const provider = await new ProviderRegistry([openaiPlugin]).create("openai", {
    env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
  });
  const run = new Run(runOptions);
  return { server, run, provider };
}

/** Runs `count` requests through `client` with `concurrency` workers. */
async function runAll(client: LLMClient, count: number, concurrency: number) {
  let next = 0;
  const outcomes: Array<PromiseSettledResult<unknown>> = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        outcomes[i] = await client.generate(request(i)).then(
          (value) => ({ status: "fulfilled", value }) as const,
          (reason: unknown) => ({ status: "rejected", reason }) as const,
        );
      }
    }),
  );
  return outcomes;
}

describe("core pipeline over the OpenAI SDK", () => {
  it("rides out a 429 storm: every call completes and the limiter learns the limit", async () => {
    // 300 rpm admits 5 at once; 16 workers start together and would mostly be refused.
    const { server, run, provider } = await setup({
      latencyMs: 20,
      rateLimit: { requestsPerMinute: 300 },
    });
    const client = new LLMClient({ provider, run, retry: { baseDelayMs: 50 } });
    const outcomes = await runAll(client, 40, 16);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(40);
    expect(server.stats.completed).toBe(40);
    // Without being told the limit, few requests are refused: the first window is small and the
    // limit is read from the headers of the first answers.
    expect(server.stats.rateLimited).toBeLessThanOrEqual(4);
    const learned = run.limiters.for("openai", "gpt-4o-mini").stats().requestsPerMinute;
    expect(learned).toBeGreaterThan(200);
    expect(learned).toBeLessThanOrEqual(291);
  }, 30_000);

  it("obeys retry-after: the retry comes no sooner than the server asked", async () => {
    const { server, run, provider } = await setup({});
    server.script([{ kind: "rate-limit", retryAfterMs: 700 }]);
    const client = new LLMClient({ provider, run });
    const response = await client.generate(request(1));
    expect(response.retries).toBe(1);
    const [first, second] = server.requests;
    expect(second && first ? second.receivedAt - first.receivedAt : 0).toBeGreaterThanOrEqual(700);
    expect(second && first ? second.receivedAt - first.receivedAt : 0).toBeLessThan(2_500);
  });

  it.each([
    [{ status: 401 }, AuthenticationError],
    [{ kind: "insufficient-quota" as const }, QuotaExhaustedError],
  ])("fails at once on %j with the right class", async (fault, expected) => {
    const { server, run, provider } = await setup({});
    server.script([fault]);
    const started = Date.now();
    const error = await new LLMClient({ provider, run })
      .generate(request(1))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected);
    expect(server.stats.requests).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("times out a hung connection and retries it", async () => {
    const { server, run, provider } = await setup({});
    server.script([{ kind: "hang" }]);
    const client = new LLMClient({ provider, run, timeoutMs: 300, retry: { baseDelayMs: 10 } });
    const response = await client.generate(request(1));
    expect(response.retries).toBe(1);
    expect(server.stats.requests).toBe(2);
  });

  it("gives up with a timeout error when every attempt hangs", async () => {
    const { server, run, provider } = await setup({});
    server.script([{ kind: "hang" }, { kind: "hang" }]);
    const client = new LLMClient({
      provider,
      run,
      timeoutMs: 100,
      retry: { baseDelayMs: 10, maxRetries: 1 },
    });
    await expect(client.generate(request(1))).rejects.toBeInstanceOf(LLMTimeoutError);
  });

  it("a run deadline stops everything cleanly: finished work kept, nothing new sent", async () => {
    const { server, run, provider } = await setup({ latencyMs: 150 }, { deadlineMs: 400 });
    let stoppedAt = Number.POSITIVE_INFINITY;
    run.signal.addEventListener("abort", () => {
      stoppedAt = Date.now();
    });
    const callStarts: number[] = [];
    const watched = {
      ...provider,
      generate: (request: GenerateRequest) => {
        callStarts.push(Date.now());
        return provider.generate(request);
      },
    };
    const client = new LLMClient({ provider: watched, run });
    const started = Date.now();
    const outcomes = await runAll(client, 50, 2);
    const elapsed = Date.now() - started;
    const done = outcomes.filter((o) => o?.status === "fulfilled").length;
    const stopped = outcomes.filter(
      (o) =>
        o?.status === "rejected" &&
        (o as PromiseRejectedResult).reason instanceof LLMCancelledError,
    ).length;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(done + stopped).toBe(50);
    expect(elapsed).toBeLessThan(1_500);
    expect(run.stopped?.reason).toBe("deadline");
    // No call started after the stop; the two cut short in flight are the only unfinished ones.
    expect(callStarts.filter((t) => t > stoppedAt)).toEqual([]);
    expect(callStarts.length - done).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(server.stats.requests).toBeLessThanOrEqual(callStarts.length);
    expect(run.usage.summary().totals.calls).toBe(done);
    run.dispose();
  });

  it("usage and cost totals equal the server's own counts", async () => {
    const { server, run, provider } = await setup(
      { cachedPrefixTokens: 8 },
      { prices: new Prices() },
    );
    const client = new LLMClient({ provider, run });
    server.script([{ status: 500 }]);
    await runAll(client, 25, 5);
    const { totals, rows } = run.usage.summary();
    expect(totals.calls).toBe(25);
    expect(totals.retries).toBe(1);
    expect(totals.inputTokens).toBe(server.stats.inputTokens);
    expect(totals.outputTokens).toBe(server.stats.outputTokens);
    expect(totals.cachedInputTokens).toBe(server.stats.cachedInputTokens);
    expect(totals.cachedInputTokens).toBeGreaterThan(0);
    const s = server.stats;
    const expectedCost =
      ((s.inputTokens - s.cachedInputTokens) * 0.15 +
        s.cachedInputTokens * 0.075 +
        s.outputTokens * 0.6) /
      1e6;
    expect(rows[0]?.costUsd).toBeCloseTo(expectedCost, 12);
    expect(totals.costIncomplete).toBe(false);
  });

  it("writes no secret to any log line, even at trace level and on failures", async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "trace", write: (l) => lines.push(l) });
    const { server, run, provider } = await setup({}, { logger });
    server.script([{ status: 500 }, { status: 401 }]);
    const client = new LLMClient({ provider, run, retry: { baseDelayMs: 10 } });
    await client.generate(request(1)).catch(() => undefined);
    await client.generate(request(2));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.some((l) => l.startsWith("TRACE request"))).toBe(true);
    expect(lines.some((l) => l.startsWith("WARN  call failed"))).toBe(true);
    for (const line of lines) expect(line).not.toContain(API_KEY);
  });
});
