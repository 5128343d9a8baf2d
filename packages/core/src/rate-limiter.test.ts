import { describe, expect, it } from "vitest";
import { LLMCancelledError } from "./errors.js";
import { type CallOutcome, type Permit, RateLimiter, RateLimiters } from "./rate-limiter.js";
import { VirtualClock } from "./virtual-clock.js";

/**
 * Acquires `n` permits as they are granted, recording the virtual time of each grant; with
 * `answerAfter`, each call is answered that many ms after its grant.
 */
function acquireAll(limiter: RateLimiter, clock: VirtualClock, n: number, answerAfter?: number) {
  const grants: Array<{ at: number; permit: Permit }> = [];
  const done = Promise.all(
    Array.from({ length: n }, () =>
      limiter.acquire().then((permit) => {
        grants.push({ at: clock.now(), permit });
        if (answerAfter !== undefined) {
          clock.setTimer(() => permit.release({ answered: true }), answerAfter);
        }
        return permit;
      }),
    ),
  );
  return { grants, done };
}

/** One call: granted (time passing as needed), then ended with `outcome`. */
async function call(limiter: RateLimiter, clock: VirtualClock, outcome: CallOutcome) {
  const permit = await clock.runUntil(limiter.acquire());
  const at = clock.now();
  permit.release(outcome);
  return at;
}

describe("RateLimiter", () => {
  it("caps calls in flight at the concurrency", async () => {
    const limiter = new RateLimiter({ concurrency: 2, adaptive: false });
    const a = await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const pending = limiter.acquire().then((p) => {
      third = true;
      return p;
    });
    await Promise.resolve();
    expect(third).toBe(false);
    expect(limiter.stats()).toMatchObject({ inFlight: 2, queued: 1 });
    a.release();
    (await pending).release();
    expect(third).toBe(true);
  });

  it("paces a configured requests-per-minute limit evenly: one second's worth at once, then the rate", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({
      requestsPerMinute: 600,
      concurrency: 100,
      adaptive: false,
      clock,
    });
    const { grants, done } = acquireAll(limiter, clock, 25);
    await clock.runUntil(done);
    const times = grants.map((g) => g.at);
    expect(times.slice(0, 10)).toEqual(Array(10).fill(0));
    // Then one every 100 ms: the 25th at 1.5 s.
    expect(times[10]).toBe(100);
    expect(times[24]).toBe(1_500);
  });

  it("doubles its window per round trip until the vendor first refuses, then grows by half a call per answer", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 64, initialWindow: 4, clock });
    expect(limiter.stats().window).toBe(4);
    for (let i = 0; i < 4; i++) await call(limiter, clock, { answered: true });
    expect(limiter.stats().window).toBe(8);
    await call(limiter, clock, { rateLimited: { retryAfterMs: 1 } });
    expect(limiter.stats().window).toBe(4);
    for (let i = 0; i < 4; i++) await call(limiter, clock, { answered: true });
    expect(limiter.stats().window).toBe(6);
  });

  it("only answers open the window: 24 straight server errors leave it where it was", async () => {
    const limiter = new RateLimiter({ concurrency: 16, initialWindow: 4 });
    for (let i = 0; i < 24; i++) (await limiter.acquire()).release({});
    expect(limiter.stats().window).toBe(4);
  });

  it("learns the vendor's stated limits, with headroom", async () => {
    const limiter = new RateLimiter({ concurrency: 16 });
    (await limiter.acquire(100)).release({
      answered: true,
      rateLimit: { limitRequests: 1_200, remainingRequests: 1_199, limitTokens: 100_000 },
    });
    expect(limiter.stats().requestsPerMinute).toBeCloseTo(1_164);
    expect(limiter.stats().tokensPerMinute).toBeCloseTo(97_000);
  });

  it("a configured limit below the stated one wins", async () => {
    const limiter = new RateLimiter({ requestsPerMinute: 60 });
    (await limiter.acquire()).release({ answered: true, rateLimit: { limitRequests: 10_000 } });
    expect(limiter.stats().requestsPerMinute).toBe(60);
  });

  it("spends the burst the vendor reports at once, then paces at its limit", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 500, initialWindow: 500, clock });
    // The first answer: 600 a minute, 100 left now (a 10-second burst), full again in 0.1 s.
    (await limiter.acquire()).release({
      answered: true,
      rateLimit: { limitRequests: 600, remainingRequests: 99, resetRequestsMs: 100 },
    });
    const { grants, done } = acquireAll(limiter, clock, 150);
    await clock.runUntil(done);
    const atOnce = grants.filter((g) => g.at === 0).length;
    expect(atOnce).toBe(99);
    // The rest at the limit (600 × 0.97 a minute): 51 more take about 5.3 s.
    const last = grants.at(-1)?.at ?? 0;
    expect(last).toBeGreaterThan(5_000);
    expect(last).toBeLessThan(5_600);
  });

  it("never sends more than the vendor says remains, less what is already on its way", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 50, initialWindow: 50, clock });
    const first = await limiter.acquire();
    const inFlight = await Promise.all(Array.from({ length: 3 }, () => limiter.acquire()));
    // Answered as it stood when the first call arrived: 5 left. Three went out since: 2 remain.
    first.release({
      answered: true,
      rateLimit: { limitRequests: 60, remainingRequests: 5, resetRequestsMs: 55_000 },
    });
    const { grants } = acquireAll(limiter, clock, 5);
    await clock.advance(0);
    expect(grants).toHaveLength(2);
    // The stated rate is one a second (60 × 0.97 a minute): the next after about a second.
    await clock.advance(1_100);
    expect(grants).toHaveLength(3);
    for (const p of inFlight) p.release({ answered: true });
  });

  it("a vendor caught refusing while its headers said there was room is trusted downwards only", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 50, initialWindow: 50, clock });
    // The vendor states a minute's budget (600) but enforces it over one second (10 at once).
    (await limiter.acquire()).release({
      answered: true,
      rateLimit: { limitRequests: 600, remainingRequests: 599, resetRequestsMs: 100 },
    });
    const permits = await Promise.all(Array.from({ length: 12 }, () => limiter.acquire()));
    for (const p of permits.slice(0, 9)) p.release({ answered: true });
    (permits[9] as Permit).release({
      rateLimited: { retryAfterMs: 100 },
      rateLimit: { limitRequests: 600, remainingRequests: 589, resetRequestsMs: 1_000 },
    });
    for (const p of permits.slice(10)) p.release({ answered: true });
    await clock.advance(200);
    // Another answer claims 580 left: no longer believed. At most a second's worth goes at once.
    (await limiter.acquire()).release({
      answered: true,
      rateLimit: { limitRequests: 600, remainingRequests: 580, resetRequestsMs: 2_000 },
    });
    const { grants } = acquireAll(limiter, clock, 40);
    await clock.advance(0);
    expect(grants.length).toBeLessThanOrEqual(10);
    await clock.advance(1_000);
    expect(grants.length).toBeLessThanOrEqual(21);
  });

  it("on a 429 holds everyone for the vendor's retry-after", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 8, clock });
    (await limiter.acquire()).release({ rateLimited: { retryAfterMs: 2_000 } });
    expect(limiter.stats()).toMatchObject({ rateLimited: 1, coolingDownMs: 2_000 });
    const { grants } = acquireAll(limiter, clock, 1);
    await clock.advance(1_999);
    expect(grants).toHaveLength(0);
    await clock.advance(1);
    expect(grants).toHaveLength(1);
  });

  it("without stated limits, takes the vendor's rate from what it let through between refusals", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 4, initialWindow: 4, clock });
    // Answers for a second, a refusal, 20 calls through, a refusal.
    for (let i = 0; i < 10; i++) {
      await call(limiter, clock, { answered: true });
      await clock.advance(100);
    }
    const first = await call(limiter, clock, { rateLimited: { retryAfterMs: 100 } });
    for (let i = 0; i < 20; i++) {
      await clock.advance(100);
      await call(limiter, clock, { answered: true });
    }
    await clock.advance(100);
    const last = await call(limiter, clock, { rateLimited: { retryAfterMs: 100 } });
    // 95% of the rate measured between the two refusals.
    expect(limiter.stats().requestsPerMinute).toBeCloseTo((20 / (last - first)) * 60_000 * 0.95, 6);
  });

  it("treats a long wait after a spent budget as a window that resets at once", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 10, initialWindow: 10, clock });
    // 30 calls go through, then the vendor refuses until its window resets 40 s later.
    for (let i = 0; i < 30; i++) await call(limiter, clock, { answered: true });
    await call(limiter, clock, { rateLimited: { retryAfterMs: 40_000 } });
    const start = clock.now();
    const { grants, done } = acquireAll(limiter, clock, 30, 100);
    await clock.runUntil(done);
    // All 30 as fast as 10 calls in flight allow once the window resets (three answer times),
    // not paced out over the next minute.
    expect(grants[0]?.at).toBe(start + 40_000);
    expect(grants.at(-1)?.at).toBeLessThan(start + 40_300);
  });

  it("rejects a waiting caller when its signal aborts, and leaves no timer behind", async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ concurrency: 1, clock });
    (await limiter.acquire()).release({ rateLimited: { retryAfterMs: 5_000 } });
    const controller = new AbortController();
    const pending = limiter.acquire(0, controller.signal);
    await clock.advance(0);
    expect(clock.pending).toBe(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(LLMCancelledError);
    expect(limiter.stats().queued).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it("a released permit cannot be released twice", async () => {
    const limiter = new RateLimiter({ concurrency: 1, adaptive: false });
    const p = await limiter.acquire();
    p.release();
    p.release();
    expect(limiter.stats().inFlight).toBe(0);
  });
});

describe("RateLimiters", () => {
  it("gives one limiter per provider and model, with the most specific override", () => {
    const limiters = new RateLimiters(
      { concurrency: 8 },
      { openai: { requestsPerMinute: 500 }, "openai/gpt-4o": { requestsPerMinute: 100 } },
    );
    expect(limiters.for("openai", "gpt-4o-mini")).toBe(limiters.for("openai", "gpt-4o-mini"));
    expect(limiters.for("openai", "gpt-4o")).not.toBe(limiters.for("openai", "gpt-4o-mini"));
    expect(limiters.for("openai", "gpt-4o").stats().requestsPerMinute).toBe(100);
    expect(limiters.for("openai", "gpt-4o-mini").stats().requestsPerMinute).toBe(500);
    expect(limiters.for("anthropic", "claude").stats().requestsPerMinute).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
