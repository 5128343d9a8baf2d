import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BudgetExceededError,
  LLMCancelledError,
  LLMConfigError,
  LLMRateLimitError,
  LLMTimeoutError,
  ServerError,
} from "./errors.js";
import { LLMClient } from "./llm-client.js";
import { createLogger } from "./logger.js";
import { defineProvider } from "./plugin.js";
import { Prices } from "./prices.js";
import type { GenerateRequest, GenerateResult } from "./provider.js";
import { MemoryCacheStore } from "./response-cache.js";
import { Run } from "./run.js";

const request: GenerateRequest = {
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "describe orders" }],
};
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };

/** A provider whose answers are scripted per call: a result, an error, or a promise. */
function scripted(script: Array<(req: GenerateRequest) => Promise<GenerateResult>>) {
  let calls = 0;
  const provider = defineProvider({
    id: "openai",
    capabilities: { usage: true },
    generate: (req) => {
      const step = script[Math.min(calls, script.length - 1)] as (
        r: GenerateRequest,
      ) => Promise<GenerateResult>;
      calls += 1;
      return step(req);
    },
  });
  return { provider, calls: () => calls };
}

const ok =
  (text = "ok"): ((req: GenerateRequest) => Promise<GenerateResult>) =>
  async (req) => ({
    text,
    finishReason: "stop",
    model: req.model,
    usage: { inputTokens: 100, outputTokens: 20 },
  });
const fail = (error: Error) => async (): Promise<GenerateResult> => {
  throw error;
};
/** Never answers, and ignores the abort signal, like a broken SDK over a dead socket. */
const hang = () => new Promise<GenerateResult>(() => {});

describe("LLMClient", () => {
  it("retries a retryable failure and accounts for tokens, retries and cost", async () => {
    const { provider, calls } = scripted([fail(new ServerError("503")), ok()]);
    const run = new Run();
    const client = new LLMClient({ provider, run, retry: fastRetry });
    const response = await client.generate(request);
    expect(response).toMatchObject({ text: "ok", retries: 1, cached: false });
    expect(response.costUsd).toBeCloseTo((100 * 0.15 + 20 * 0.6) / 1e6, 12);
    expect(calls()).toBe(2);
    expect(run.usage.summary().rows[0]).toMatchObject({
      calls: 1,
      retries: 1,
      failures: 0,
      inputTokens: 100,
    });
  });

  it("fails at once on a non-retryable error and counts the failure", async () => {
    const { provider, calls } = scripted([fail(new AuthenticationError("401"))]);
    const run = new Run();
    await expect(
      new LLMClient({ provider, run, retry: fastRetry }).generate(request),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls()).toBe(1);
    expect(run.usage.summary().totals).toMatchObject({ calls: 0, failures: 1 });
  });

  it("times out an attempt even when the provider ignores its signal, then retries", async () => {
    const { provider, calls } = scripted([hang, ok()]);
    const client = new LLMClient({ provider, run: new Run(), timeoutMs: 50, retry: fastRetry });
    const response = await client.generate(request);
    expect(response.retries).toBe(1);
    expect(calls()).toBe(2);
  });

  it("gives up on a call that keeps timing out with a timeout error", async () => {
    const { provider } = scripted([hang]);
    const client = new LLMClient({
      provider,
      run: new Run(),
      timeoutMs: 20,
      retry: { ...fastRetry, maxRetries: 1 },
    });
    const error = await client.generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMTimeoutError);
    expect((error as Error).message).toBe(
      "openai/gpt-4o-mini did not answer within 0.02 s. osmosis retries it; raise `timeout` (or OSMOSIS_LLM_TIMEOUT) for slow models.",
    );
  });

  it("a run deadline aborts calls in flight and refuses new ones", async () => {
    const { provider } = scripted([hang]);
    const run = new Run({ deadlineMs: 50 });
    const client = new LLMClient({ provider, run });
    const started = Date.now();
    const results = await Promise.allSettled([client.generate(request), client.generate(request)]);
    expect(Date.now() - started).toBeLessThan(1_000);
    for (const r of results) {
      expect(r.status).toBe("rejected");
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(LLMCancelledError);
      expect(((r as PromiseRejectedResult).reason as Error).message).toMatch(
        /deadline of 0.1 s was reached/,
      );
    }
    expect(run.stopped?.reason).toBe("deadline");
    await expect(client.generate(request)).rejects.toBeInstanceOf(LLMCancelledError);
    run.dispose();
  });

  it("an outer abort cancels the run", async () => {
    const controller = new AbortController();
    const { provider } = scripted([hang]);
    const run = new Run({ signal: controller.signal });
    const pending = new LLMClient({ provider, run }).generate(request);
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(LLMCancelledError);
    expect(run.stopped?.reason).toBe("cancelled");
  });

  it("stops starting calls when the next one could pass the budget, keeping what it has", async () => {
    const { provider, calls } = scripted([ok()]);
    // Each call is estimated at ~10 input + 512 output tokens of gpt-4o (~$0.0052) and really
    // costs $0.00045: the third call's estimate on top of $0.0009 spent passes $0.006.
    const run = new Run({ budgetUsd: 0.006, prices: new Prices() });
    const client = new LLMClient({ provider, run });
    const big = { ...request, model: "gpt-4o" };
    await client.generate(big);
    await client.generate(big);
    const error = await client.generate(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect((error as Error).message).toMatch(
      /budget of \$0\.01 is reached.*No new call starts; finished work is kept/,
    );
    expect(calls()).toBe(2);
    expect(run.stopped?.reason).toBe("budget");
    expect(run.signal.aborted).toBe(false);
  });

  it("refuses a budget it cannot enforce for an unpriced model", async () => {
    const { provider } = scripted([ok()]);
    const client = new LLMClient({ provider, run: new Run({ budgetUsd: 1 }) });
    await expect(client.generate({ ...request, model: "my-fine-tune" })).rejects.toThrowError(
      LLMConfigError,
    );
  });

  it("serves a repeated request from the cache without a call", async () => {
    const { provider, calls } = scripted([ok("first"), ok("second")]);
    const run = new Run();
    const client = new LLMClient({ provider, run, cache: new MemoryCacheStore() });
    expect((await client.generate(request)).text).toBe("first");
    const again = await client.generate({ ...request });
    expect(again).toMatchObject({ text: "first", cached: true, costUsd: 0 });
    expect(calls()).toBe(1);
    expect(run.usage.summary().totals).toMatchObject({ calls: 1, cacheHits: 1 });
  });

  it("does not cache a truncated answer", async () => {
    const { provider, calls } = scripted([
      async (req) => ({ text: "cut", finishReason: "length", model: req.model }),
      ok("whole"),
    ]);
    const client = new LLMClient({ provider, run: new Run(), cache: new MemoryCacheStore() });
    await client.generate(request);
    expect((await client.generate(request)).text).toBe("whole");
    expect(calls()).toBe(2);
  });

  it("tells the limiter about 429s so other calls wait too", async () => {
    const { provider } = scripted([fail(new LLMRateLimitError("429", { retryAfterMs: 30 })), ok()]);
    const run = new Run();
    const client = new LLMClient({ provider, run, retry: fastRetry });
    const started = Date.now();
    const response = await client.generate(request);
    expect(response.retries).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(29);
    expect(run.limiters.for("openai", "gpt-4o-mini").stats().rateLimited).toBe(1);
  });

  it("logs each call and retry with provider, model, tokens and reason", async () => {
    const lines: string[] = [];
    const { provider } = scripted([fail(new ServerError("503")), ok()]);
    const run = new Run({ logger: createLogger({ level: "debug", write: (l) => lines.push(l) }) });
    await new LLMClient({ provider, run, retry: fastRetry }).generate(request);
    expect(lines[0]).toMatch(
      /^WARN {2}call failed; retrying provider=openai model=gpt-4o-mini retry=1 delayMs=\d+ reason=server error=503$/,
    );
    expect(lines[1]).toMatch(
      /^DEBUG call provider=openai model=gpt-4o-mini answeredBy=gpt-4o-mini durationMs=\d+ inputTokens=100 outputTokens=20 retries=1 finishReason=stop$/,
    );
  });
});
