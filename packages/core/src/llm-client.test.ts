import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  AuthenticationError,
  BudgetExceededError,
  ContentFilterError,
  LLMCancelledError,
  LLMConfigError,
  type LLMError,
  LLMRateLimitError,
  LLMResponseError,
  LLMTimeoutError,
  ServerError,
} from "./errors.js";
import { LLMClient } from "./llm-client.js";
import { createLogger } from "./logger.js";
import { defineProvider } from "./plugin.js";
import { Prices } from "./prices.js";
import type { GenerateRequest, GenerateResult } from "./provider.js";
import { RateLimiters } from "./rate-limiter.js";
import { MemoryCacheStore } from "./response-cache.js";
import { Run } from "./run.js";
import { structuredOutput } from "./structured-output.js";
import { VirtualClock } from "./virtual-clock.js";

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

  it("tells the caller of each retry, with its reason and wait", async () => {
    const { provider } = scripted([
      fail(new ServerError("503")),
      fail(new LLMRateLimitError("429", { retryAfterMs: 5 })),
      ok(),
    ]);
    const client = new LLMClient({ provider, run: new Run(), retry: fastRetry });
    const retries: Array<{ retry: number; reason: string }> = [];
    await client.generate(request, {
      onRetry: ({ retry, reason, delayMs }) => {
        expect(delayMs).toBeGreaterThanOrEqual(0);
        retries.push({ retry, reason });
      },
    });
    expect(retries).toEqual([
      { retry: 1, reason: "server" },
      { retry: 2, reason: "rate_limit" },
    ]);
  });

  it("sends nothing more once held, and lets the request already out land", async () => {
    let answerFirst: (() => void) | undefined;
    const { provider, calls } = scripted([
      (req) =>
        new Promise<GenerateResult>((resolve) => {
          answerFirst = () => resolve({ text: "first", finishReason: "stop", model: req.model });
        }),
      ok("second"),
    ]);
    // One call at a time: the second waits for the limiter while the first is out.
    const run = new Run({ limiters: new RateLimiters({ concurrency: 1 }) });
    const client = new LLMClient({ provider, run, retry: fastRetry });
    const hold = new AbortController();
    const first = client.generate(request, { holdSignal: hold.signal });
    const second = client.generate(request, { holdSignal: hold.signal });
    await vi.waitFor(() => expect(calls()).toBe(1));
    hold.abort();
    await expect(second).rejects.toMatchObject({ code: "cancelled", verdict: "stopped" });
    answerFirst?.();
    await expect(first).resolves.toMatchObject({ text: "first" });
    expect(calls()).toBe(1);
    // A held call does not even start.
    await expect(client.generate(request, { holdSignal: hold.signal })).rejects.toMatchObject({
      code: "cancelled",
    });
    expect(calls()).toBe(1);
    expect(run.stopped).toBeUndefined();
  });

  it("drops a retry's wait when held, without cutting the run", async () => {
    const { provider, calls } = scripted([fail(new ServerError("503")), ok()]);
    const clock = new VirtualClock();
    const run = new Run({ clock });
    const client = new LLMClient({
      provider,
      run,
      retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const hold = new AbortController();
    const call = client.generate(request, {
      holdSignal: hold.signal,
      onRetry: () => hold.abort(),
    });
    await expect(call).rejects.toMatchObject({ code: "cancelled", verdict: "stopped" });
    expect(calls()).toBe(1);
    expect(run.stopped).toBeUndefined();
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
    const clock = new VirtualClock();
    const run = new Run({ deadlineMs: 50, clock });
    const client = new LLMClient({ provider, run });
    const results = await clock.runUntil(
      Promise.allSettled([client.generate(request), client.generate(request)]),
    );
    expect(clock.now()).toBe(50);
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
      /^DEBUG call provider=openai model=gpt-4o-mini answeredBy=gpt-4o-mini durationMs=\d+ requests=2 inputTokens=100 outputTokens=20 retries=1 repairs=0 finishReason=stop$/,
    );
  });
});

const docOutput = structuredOutput(
  "model_doc",
  z.strictObject({ description: z.string(), columns: z.strictObject({ amount: z.string() }) }),
);
const docRequest: GenerateRequest = {
  ...request,
  output: docOutput,
};
const good = '{"description":"Orders.","columns":{"amount":"Total in USD."}}';
const answer =
  (
    text: string,
    usage = { inputTokens: 100, outputTokens: 20 },
    extra: Partial<GenerateResult> = {},
  ) =>
  async (req: GenerateRequest): Promise<GenerateResult> => ({
    text,
    finishReason: "stop",
    model: req.model,
    usage,
    ...extra,
  });

describe("LLMClient: every billed answer is counted before it is judged", () => {
  it("asks for a repair when the answer is not JSON, and bills both answers", async () => {
    const requests: GenerateRequest[] = [];
    const { provider, calls } = scripted([
      async (req) => {
        requests.push(req);
        return answer("Sure! Here is the documentation you asked for.")(req);
      },
      async (req) => {
        requests.push(req);
        return answer(`\`\`\`json\n${good}\n\`\`\``, { inputTokens: 150, outputTokens: 30 })(req);
      },
    ]);
    const run = new Run();
    const response = await new LLMClient({ provider, run }).generate(docRequest);
    expect(calls()).toBe(2);
    expect(response).toMatchObject({
      json: { description: "Orders.", columns: { amount: "Total in USD." } },
      usage: { inputTokens: 250, outputTokens: 50 },
      requests: 2,
      repairs: 1,
      retries: 0,
    });
    expect(response.costUsd).toBeCloseTo((250 * 0.15 + 50 * 0.6) / 1e6, 12);
    expect(run.usage.summary().totals).toMatchObject({
      calls: 1,
      requests: 2,
      repairs: 1,
      inputTokens: 250,
      outputTokens: 50,
    });
    // The repair round shows the model its answer and what was wrong with it.
    expect(requests[1]?.messages.slice(1)).toEqual([
      { role: "assistant", content: "Sure! Here is the documentation you asked for." },
      {
        role: "user",
        content: expect.stringMatching(
          /^Your last answer could not be used:\n- the answer is not valid JSON\n/,
        ),
      },
    ]);
  });

  it("ends a still-wrong answer with a response error that carries both answers' usage and is not sent again", async () => {
    const { provider, calls } = scripted([
      answer('{"description": "Orders."}'),
      answer('{"description": "Orders.", "columns": {}}', { inputTokens: 130, outputTokens: 10 }),
    ]);
    const run = new Run();
    const error = await new LLMClient({ provider, run, retry: fastRetry })
      .generate(docRequest)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMResponseError);
    expect(error).toMatchObject({
      verdict: "requeue",
      usage: { inputTokens: 230, outputTokens: 30 },
      message: expect.stringMatching(/does not match the model_doc schema: columns.amount: /),
    });
    expect(calls()).toBe(2);
    expect(run.usage.summary().totals).toMatchObject({
      calls: 0,
      failures: 1,
      requests: 2,
      inputTokens: 230,
      outputTokens: 30,
    });
  });

  it("bills a refusal and ends it with a content-filter error (verdict skip)", async () => {
    const { provider } = scripted([
      answer(
        "",
        { inputTokens: 80, outputTokens: 5 },
        { finishReason: "content_filter", refusal: "I can't help with that." },
      ),
    ]);
    const run = new Run();
    const error = await new LLMClient({ provider, run })
      .generate(docRequest)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentFilterError);
    expect(error).toMatchObject({ verdict: "skip", usage: { inputTokens: 80, outputTokens: 5 } });
    expect((error as Error).message).toMatch(/declined: I can't help with that\./);
    expect(run.usage.summary().totals.inputTokens).toBe(80);
  });

  it("bills a cut-off answer and does not repair or retry it (verdict skip)", async () => {
    const { provider, calls } = scripted([
      answer(
        '{"description": "Ord',
        { inputTokens: 90, outputTokens: 64 },
        { finishReason: "length" },
      ),
    ]);
    const run = new Run();
    const error = await new LLMClient({ provider, run, retry: fastRetry })
      .generate(docRequest)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMResponseError);
    expect(error).toMatchObject({ verdict: "skip", retryable: false, usage: { outputTokens: 64 } });
    expect(calls()).toBe(1);
    expect(run.usage.summary().totals.outputTokens).toBe(64);
  });

  it("counts the usage an error carries, on every attempt", async () => {
    const { provider } = scripted([
      fail(new ServerError("503 after billing", { usage: { inputTokens: 40, outputTokens: 0 } })),
      answer(good),
    ]);
    const run = new Run();
    const response = await new LLMClient({ provider, run, retry: fastRetry }).generate(docRequest);
    expect(response.usage).toEqual({ inputTokens: 140, outputTokens: 20 });
    expect(run.usage.summary().totals).toMatchObject({ requests: 2, retries: 1, inputTokens: 140 });
  });

  it("marks the cost incomplete when a billed answer reports no usage", async () => {
    const { provider } = scripted([
      async (req) => ({ text: "ok", finishReason: "stop", model: req.model }),
    ]);
    const run = new Run();
    const response = await new LLMClient({ provider, run }).generate(request);
    expect(response.costUsd).toBeUndefined();
    expect(run.usage.summary().totals).toMatchObject({ unmeteredAnswers: 1, costIncomplete: true });
  });
});

describe("LLMClient: failures end with a verdict the caller can act on", () => {
  it.each([
    ["a server error after its retries", new ServerError("503"), "requeue"],
    [
      "a rate limit after its retries",
      new LLMRateLimitError("429", { retryAfterMs: 1 }),
      "requeue",
    ],
    ["a bad key", new AuthenticationError("401"), "fatal"],
  ])("%s", async (_, thrown, verdict) => {
    const { provider } = scripted([fail(thrown)]);
    const error = await new LLMClient({
      provider,
      run: new Run(),
      retry: { ...fastRetry, maxRetries: 1, maxRateLimitRetries: 1 },
    })
      .generate(request)
      .catch((e: unknown) => e);
    expect(error).toBe(thrown);
    expect((error as LLMError).verdict).toBe(verdict);
  });

  it("a stopped run's calls end as stopped", async () => {
    const controller = new AbortController();
    controller.abort();
    const { provider } = scripted([ok()]);
    const error = await new LLMClient({ provider, run: new Run({ signal: controller.signal }) })
      .generate(request)
      .catch((e: unknown) => e);
    expect((error as LLMError).verdict).toBe("stopped");
  });
});

describe("LLMClient: a spent budget stops sending", () => {
  it("reserves every request, so a repair that could pass the budget is not sent", async () => {
    // gpt-4o: each request is estimated at ~$0.0052 (512 output tokens assumed).
    const { provider, calls } = scripted([
      answer("not json", { inputTokens: 1_000, outputTokens: 500 }),
    ]);
    const run = new Run({ budgetUsd: 0.008, prices: new Prices() });
    const error = await new LLMClient({ provider, run })
      .generate({ ...docRequest, model: "gpt-4o" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(calls()).toBe(1);
    expect(run.usage.summary().totals).toMatchObject({ requests: 1, inputTokens: 1_000 });
  });

  it("reserves every retry, so rate-limited calls stop retrying once the budget is spent", async () => {
    const clock = new VirtualClock();
    const { provider, calls } = scripted([
      fail(new LLMRateLimitError("429", { retryAfterMs: 10 })),
      fail(new LLMRateLimitError("429", { retryAfterMs: 10 })),
      fail(new LLMRateLimitError("429", { retryAfterMs: 10 })),
    ]);
    const run = new Run({ budgetUsd: 0.02, prices: new Prices(), clock });
    const client = new LLMClient({ provider, run });
    const big = { ...request, model: "gpt-4o" };
    const pending = client.generate(big).catch((e: unknown) => e);
    // Meanwhile another call spends most of the budget.
    run.usage.recordAttempt({
      provider: "openai",
      model: "gpt-4o",
      answered: true,
      usage: { inputTokens: 1_000, outputTokens: 1_500 },
    });
    const error = await clock.runUntil(pending);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(calls()).toBe(1);
  });

  it("still serves cached answers after the budget stop", async () => {
    const { provider, calls } = scripted([ok("cached one"), ok("never")]);
    const cache = new MemoryCacheStore();
    const run = new Run({ budgetUsd: 0.006, prices: new Prices() });
    const client = new LLMClient({ provider, run, cache });
    const cheap = { ...request, model: "gpt-4o" };
    await client.generate(cheap);
    run.stop("budget", new BudgetExceededError("spent"));
    const again = await client.generate({ ...cheap });
    expect(again).toMatchObject({ text: "cached one", cached: true });
    await expect(
      client.generate({ ...cheap, messages: [{ role: "user", content: "another" }] }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(calls()).toBe(1);
  });
});
