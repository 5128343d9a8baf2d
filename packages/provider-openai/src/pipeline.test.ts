// Core's resilience layer (retry, limiter, timeouts, deadline, usage, logging) driven through the
// real openai SDK against the loopback fake server.
import {
  AuthenticationError,
  type Clock,
  createLogger,
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  LLMResponseError,
  LLMTimeoutError,
  Prices,
  type Provider,
  ProviderRegistry,
  QuotaExhaustedError,
  Run,
  systemClock,
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
  it("rides out a 429 storm: every call completes, every 429 is retried, and the limiter learns the limit", async () => {
    // 300 rpm admits 5 at once; 16 workers start together and would mostly be refused.
    const { server, run, provider } = await setup({
      latencyMs: 20,
      rateLimit: { requestsPerMinute: 300 },
    });
    const client = new LLMClient({ provider, run, retry: { baseDelayMs: 50 } });
    const outcomes = await runAll(client, 40, 16);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(40);
    expect(server.stats.completed).toBe(40);
    // How many requests are refused depends on the machine's speed; that each refusal is seen,
    // counted and retried does not.
    const { totals } = run.usage.summary();
    expect(totals.rateLimited).toBe(server.stats.rateLimited);
    expect(totals.retries).toBe(server.stats.rateLimited);
    expect(totals.requests).toBe(server.stats.requests);
    const limiter = run.limiters.for("openai", "gpt-4o-mini").stats();
    expect(limiter.rateLimited).toBe(server.stats.rateLimited);
    // Learned from x-ratelimit-limit-requests: finite, and below the server's 300 (3% headroom).
    expect(limiter.requestsPerMinute).toBeGreaterThan(0);
    expect(limiter.requestsPerMinute).toBeLessThanOrEqual(291);
  }, 30_000);

  it("obeys retry-after: the retry comes no sooner than the server asked", async () => {
    const { server, run, provider } = await setup({});
    server.script([{ kind: "rate-limit", retryAfterMs: 700 }]);
    const client = new LLMClient({ provider, run });
    const response = await client.generate(request(1));
    expect(response.retries).toBe(1);
    const [first, second] = server.requests;
    expect(second && first ? second.receivedAt - first.receivedAt : 0).toBeGreaterThanOrEqual(700);
  });

  it.each([
    [{ status: 401 }, AuthenticationError],
    [{ kind: "insufficient-quota" as const }, QuotaExhaustedError],
  ])("fails at once on %j with the right class", async (fault, expected) => {
    const { server, run, provider } = await setup({});
    server.script([fault]);
    const error = await new LLMClient({ provider, run })
      .generate(request(1))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected);
    expect(server.stats.requests).toBe(1);
    expect(run.usage.summary().totals).toMatchObject({ failures: 1, retries: 0, requests: 1 });
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
    // The deadline fires on a cue rather than on the wall clock, so a slow machine cannot move
    // it before the first answers or after the last: just after the third answer is in, with
    // calls in flight.
    const DEADLINE_MS = 3_600_000;
    let fireDeadline: (() => void) | undefined;
    const clock: Clock = {
      ...systemClock,
      setTimer: (fn, ms) => {
        if (ms !== DEADLINE_MS) return systemClock.setTimer(fn, ms);
        fireDeadline = fn;
        return undefined;
      },
    };
    const { server, run, provider } = await setup(
      { latencyMs: 50 },
      { deadlineMs: DEADLINE_MS, clock },
    );
    let callStarts = 0;
    let answers = 0;
    let startsAtStop: number | undefined;
    run.signal.addEventListener("abort", () => {
      startsAtStop = callStarts;
    });
    const watched: Provider = {
      ...provider,
      generate: async (request: GenerateRequest) => {
        callStarts++;
        const result = await provider.generate(request);
        // After this answer has reached its caller: fired now, it would abort this very call.
        if (++answers === 3) setImmediate(() => fireDeadline?.());
        return result;
      },
    };
    const client = new LLMClient({ provider: watched, run });
    const outcomes = await runAll(client, 50, 2);
    const done = outcomes.filter((o) => o?.status === "fulfilled").length;
    const stopped = outcomes.filter(
      (o) =>
        o?.status === "rejected" &&
        (o as PromiseRejectedResult).reason instanceof LLMCancelledError,
    ).length;
    expect(run.stopped?.reason).toBe("deadline");
    // The answer that arrived with the stop is kept; so may be one that crossed it in flight.
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done + stopped).toBe(50);
    // No call started after the stop; only those cut short in flight (one a worker) did not finish.
    expect(callStarts).toBe(startsAtStop);
    expect(callStarts - done).toBeLessThanOrEqual(2);
    expect(server.stats.requests).toBeLessThanOrEqual(callStarts);
    expect(run.usage.summary().totals.calls).toBe(done);
    run.dispose();
  });

  it("usage and cost totals equal the server's own counts", async () => {
    const { server, run, provider } = await setup(
      { cachedPrefixTokens: 8 },
      { prices: new Prices() },
    );
    const client = new LLMClient({ provider, run });
    // A 5xx (not billed), an answer that is not JSON (billed, then repaired) and one that stays
    // unusable after its repair round (billed twice, then failed): all in the totals.
    server.script([{ status: 500 }, { kind: "non-json-content" }]);
    const outcomes = await runAll(client, 25, 5);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(25);
    server.script([{ kind: "non-json-content" }, { kind: "non-json-content" }]);
    const failed = await client.generate(request(99)).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(LLMResponseError);
    const { totals, rows } = run.usage.summary();
    expect(totals.calls).toBe(25);
    expect(totals.failures).toBe(1);
    expect(totals.retries).toBe(1);
    expect(totals.repairs).toBe(2);
    expect(totals.requests).toBe(server.stats.requests);
    expect((failed as LLMResponseError).usage?.outputTokens).toBeGreaterThan(0);
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
