// The LLM layer's hardening, row by row, through the real openai SDK over HTTP against the fake
// server: bursts spent, only answers opening the window, no send after the budget, retry-after as
// a floor, a verdict for work that keeps failing, and no timer left after Ctrl-C. Time-dependent
// rows run the client on a VirtualClock that the test moves by hand (never faster than the HTTP
// round trips it waits for), so a busy machine cannot change the outcome.
import {
  BudgetExceededError,
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  type LLMError,
  Prices,
  ProviderRegistry,
  RateLimiters,
  Run,
  ServerError,
  VirtualClock,
} from "@osmosis/core";
import { countingClock, type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import openaiPlugin from "./index.js";

const API_KEY = "sk-proj-HardenK3yAbCdEfGhIjKlMnOpQrStUvWx12";

const request = (i: number): GenerateRequest => ({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: `Describe model number ${i}.` }],
  maxOutputTokens: 100,
});

/** Waits (in real time) for what the HTTP round trips bring about; the timeout only guards a hang. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 30_000, interval: 5 });

let server: FakeOpenAIServer | undefined;
let registry: ProviderRegistry | undefined;
afterEach(async () => {
  await registry?.close();
  await server?.close();
  server = undefined;
  registry = undefined;
});

async function openai(options: Parameters<typeof startFakeOpenAIServer>[0] = {}) {
  server = await startFakeOpenAIServer({ apiKey: API_KEY, ...options });
  registry = new ProviderRegistry([openaiPlugin]);
  const provider = await registry.create("openai", {
    env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
  });
  return { server, provider };
}

// Generous: the HTTP round trips are real, and CI machines are busy; no assertion is on time.
describe("the hardened LLM layer over the openai SDK", { timeout: 60_000 }, () => {
  it("spends the burst the vendor reports instead of pacing it out", async () => {
    // 600 a minute with a 10-second burst: 100 may go at once. The client and the vendor share a
    // clock that never moves, so only what the vendor's `remaining` allows can go (nothing
    // refills); pacing would allow 10.
    const clock = new VirtualClock();
    const { server, provider } = await openai({
      clock,
      rateLimit: { requestsPerMinute: 600, window: "rolling", burstSeconds: 10 },
    });
    const run = new Run({ clock, limiters: new RateLimiters({ clock, concurrency: 200 }) });
    const client = new LLMClient({ provider, run });
    const calls = Array.from({ length: 150 }, (_, i) => client.generate(request(i)));
    const limiter = run.limiters.for("openai", "gpt-4o-mini");
    await eventually(() => {
      expect(server.stats.completed).toBeGreaterThanOrEqual(100);
      expect(limiter.stats().inFlight).toBe(0);
    });
    // The whole burst, and nothing beyond it: no request was refused.
    expect(server.stats.completed).toBe(100);
    expect(server.stats.rateLimited).toBe(0);
    expect(limiter.stats().queued).toBe(150 - server.stats.completed);
    run.stop("cancelled", new LLMCancelledError("test over"));
    await Promise.allSettled(calls);
  });

  it("only answers open the window: 24 straight 503s leave it where it was", async () => {
    const { server, provider } = await openai();
    server.script(Array.from({ length: 24 }, () => ({ status: 503 })));
    const run = new Run({ limiters: new RateLimiters({ concurrency: 16, initialWindow: 4 }) });
    const client = new LLMClient({ provider, run, retry: { maxRetries: 0 } });
    for (let i = 0; i < 24; i++) {
      await expect(client.generate(request(i))).rejects.toBeInstanceOf(ServerError);
    }
    expect(run.limiters.for("openai", "gpt-4o-mini").stats().window).toBe(4);
    expect(server.stats.requests).toBe(24);
  });

  it("sends nothing once the budget is spent, retries included, and still serves the cache", async () => {
    const { server, provider } = await openai();
    // Every request is refused at first: the call waits in its retries while the budget goes.
    server.script(
      Array.from({ length: 3 }, () => ({ kind: "rate-limit" as const, retryAfterMs: 50 })),
    );
    const run = new Run({ budgetUsd: 0.01, prices: new Prices() });
    const client = new LLMClient({ provider, run });
    const pending = client.generate({ ...request(0), model: "gpt-4o" }).catch((e: unknown) => e);
    await eventually(() => expect(server.stats.rateLimited).toBe(1));
    // Meanwhile another call of the run spent the budget.
    run.usage.recordAttempt({
      provider: "openai",
      model: "gpt-4o",
      answered: true,
      usage: { inputTokens: 2_000, outputTokens: 500 },
    });
    expect(await pending).toBeInstanceOf(BudgetExceededError);
    expect(server.stats.requests).toBe(1);
  });

  it("waits out a retry-after longer than the back-off cap: the vendor's wait is a floor", async () => {
    const { server, provider } = await openai();
    server.script([{ kind: "rate-limit", retryAfterMs: 90_000 }]);
    const clock = new VirtualClock();
    const run = new Run({ clock, limiters: new RateLimiters({ clock }) });
    const client = new LLMClient({ provider, run, random: () => 0, retry: { maxDelayMs: 60_000 } });
    const pending = client.generate(request(0));
    await eventually(() =>
      expect(run.limiters.for("openai", "gpt-4o-mini").stats().rateLimited).toBe(1),
    );
    await clock.advance(89_999);
    expect(server.stats.requests).toBe(1);
    await clock.advance(1);
    await eventually(() => expect(server.stats.completed).toBe(1));
    expect((await pending).retries).toBe(1);
  });

  it("ends work that keeps failing with a verdict the caller can re-queue", async () => {
    const { server, provider } = await openai();
    server.script(Array.from({ length: 4 }, () => ({ status: 503 })));
    const client = new LLMClient({
      provider,
      run: new Run(),
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 2 },
    });
    const error = await client.generate(request(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as LLMError).verdict).toBe("requeue");
    expect((error as LLMError).toJSON()).toMatchObject({ code: "server", verdict: "requeue" });
    expect(server.stats.requests).toBe(4);
  });

  it("after Ctrl-C during a 5 s retry-after, no timer of the run is left", async () => {
    const { server, provider } = await openai();
    server.script(
      Array.from({ length: 4 }, () => ({ kind: "rate-limit" as const, retryAfterMs: 5_000 })),
    );
    const controller = new AbortController();
    const clock = countingClock();
    const run = new Run({
      signal: controller.signal,
      clock,
      limiters: new RateLimiters({ clock }),
    });
    const client = new LLMClient({ provider, run });
    const calls = [0, 1, 2].map((i) => client.generate(request(i)));
    await eventually(() => expect(server.stats.rateLimited).toBeGreaterThanOrEqual(1));
    // The limiter holds everyone for the retry-after; the refused call is in its back-off.
    await eventually(() => expect(clock.live).toBeGreaterThanOrEqual(2));
    controller.abort();
    for (const result of await Promise.allSettled(calls)) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(LLMCancelledError);
    }
    run.dispose();
    expect(clock.live).toBe(0);
  });
});
