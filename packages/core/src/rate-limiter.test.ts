import { describe, expect, it } from "vitest";
import { LLMCancelledError } from "./errors.js";
import { RateLimiter, RateLimiters } from "./rate-limiter.js";

/** Drives a limiter with a virtual clock: `tick` advances time and lets timers run. */
function clock() {
  let now = 0;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
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
    await flush();
    expect(third).toBe(false);
    expect(limiter.stats()).toMatchObject({ inFlight: 2, queued: 1 });
    a.release();
    (await pending).release();
    expect(third).toBe(true);
  });

  it("paces a configured requests-per-minute limit evenly", async () => {
    const limiter = new RateLimiter({ requestsPerMinute: 600, concurrency: 100, adaptive: false });
    const started = Date.now();
    const permits = await Promise.all(Array.from({ length: 25 }, () => limiter.acquire()));
    for (const p of permits) p.release();
    // 10 at once (one second of capacity), then one every 100 ms: the 25th at ~1.5 s.
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(2_500);
  });

  it("starts with a small window and widens it by one for every two successes", async () => {
    const limiter = new RateLimiter({ concurrency: 16, initialWindow: 4 });
    expect(limiter.stats().window).toBe(4);
    for (let i = 0; i < 6; i++) (await limiter.acquire()).release({});
    expect(limiter.stats().window).toBe(7);
    for (let i = 0; i < 40; i++) (await limiter.acquire()).release({});
    expect(limiter.stats().window).toBe(16);
  });

  it("after a long climb, steps down from the rate it achieved, not the aim it reached", async () => {
    const c = clock();
    const limiter = new RateLimiter({ concurrency: 8, initialWindow: 8, now: c.now });
    // No headers: a first 429 after 30 answers at 10 a second sets an aim of 540 a minute.
    for (let i = 0; i < 30; i++) {
      (await limiter.acquire()).release({});
      c.advance(100);
    }
    (await limiter.acquire()).release({ rateLimited: { retryAfterMs: 1 } });
    expect(limiter.stats().requestsPerMinute).toBeCloseTo(540, 0);
    // Calm for 20 s, sending 400 a minute: the aim climbs well above what is sent…
    for (let i = 0; i < 134; i++) {
      c.advance(150);
      (await limiter.acquire()).release({});
    }
    expect(limiter.stats().requestsPerMinute).toBeGreaterThan(700);
    // …so the next refusal steps down from the 400 a minute really achieved, not from the aim.
    c.advance(150);
    (await limiter.acquire()).release({ rateLimited: { retryAfterMs: 1 } });
    expect(limiter.stats().requestsPerMinute).toBeGreaterThan(300);
    expect(limiter.stats().requestsPerMinute).toBeLessThan(400);
  });

  it("learns the vendor's limit from headers, with headroom", async () => {
    const limiter = new RateLimiter({ concurrency: 16 });
    const permit = await limiter.acquire(100);
    permit.release({
      rateLimit: { limitRequests: 1_200, remainingRequests: 1_199, limitTokens: 100_000 },
    });
    expect(limiter.stats().requestsPerMinute).toBeCloseTo(1_164);
    expect(limiter.stats().tokensPerMinute).toBeCloseTo(97_000);
  });

  it("learns the limit from the headers of a 429 itself, and steps under it", async () => {
    const limiter = new RateLimiter({ concurrency: 4 });
    (await limiter.acquire()).release({
      rateLimited: { retryAfterMs: 10 },
      rateLimit: { limitRequests: 600, remainingRequests: 0 },
    });
    // 600 × 0.97 headroom, then one 10% step down for the refusal.
    expect(limiter.stats().requestsPerMinute).toBeCloseTo(523.8);
  });

  it("a configured limit below the learned one wins", async () => {
    const limiter = new RateLimiter({ requestsPerMinute: 60 });
    (await limiter.acquire()).release({ rateLimit: { limitRequests: 10_000 } });
    expect(limiter.stats().requestsPerMinute).toBe(60);
  });

  it("on a 429 without headers, holds everyone for retry-after and slows below the measured rate", async () => {
    const c = clock();
    const limiter = new RateLimiter({ concurrency: 8, initialWindow: 8, now: c.now });
    for (let i = 0; i < 20; i++) {
      (await limiter.acquire()).release({});
      c.advance(100); // 10 successes a second = 600 per minute
    }
    expect(limiter.stats().requestsPerMinute).toBe(Number.POSITIVE_INFINITY);
    (await limiter.acquire()).release({ rateLimited: { retryAfterMs: 2_000 } });
    const stats = limiter.stats();
    expect(stats.rateLimited).toBe(1);
    expect(stats.requestsPerMinute).toBeGreaterThan(400);
    expect(stats.requestsPerMinute).toBeLessThan(600);
    expect(stats.window).toBe(4);
    let admitted = false;
    void limiter.acquire().then(() => {
      admitted = true;
    });
    await flush();
    expect(admitted).toBe(false);
  });

  it("one burst of 429s slows down once, not once per 429", async () => {
    const c = clock();
    const limiter = new RateLimiter({ concurrency: 8, initialWindow: 8, now: c.now });
    (await limiter.acquire()).release({ rateLimit: { limitRequests: 600 } });
    const before = limiter.stats().requestsPerMinute;
    const permits = [];
    for (let i = 0; i < 3; i++) {
      c.advance(1_000);
      permits.push(await limiter.acquire());
    }
    for (const p of permits) p.release({ rateLimited: { retryAfterMs: 10 } });
    expect(limiter.stats().requestsPerMinute).toBeCloseTo(before * 0.9);
  });

  it("rejects a waiting caller when its signal aborts", async () => {
    const limiter = new RateLimiter({ concurrency: 1, adaptive: false });
    await limiter.acquire();
    const controller = new AbortController();
    const pending = limiter.acquire(0, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(LLMCancelledError);
    expect(limiter.stats().queued).toBe(0);
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
