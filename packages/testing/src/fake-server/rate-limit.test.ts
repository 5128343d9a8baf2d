import { describe, expect, it } from "vitest";
import { formatOpenAIDuration, RateLimiter } from "./rate-limit.js";

describe("formatOpenAIDuration", () => {
  it.each([
    [0, "0ms"],
    [120, "120ms"],
    [99.2, "100ms"],
    [1000, "1s"],
    [1500, "1.5s"],
    [17_280, "17.28s"],
    [90_000, "1m30s"],
    [360_000, "6m0s"],
    [3_723_000, "1h2m3s"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatOpenAIDuration(ms)).toBe(text);
  });
});

describe("RateLimiter", () => {
  it("admits a burst of rpm/60 × burstSeconds requests, then refuses with the wait until one refills", () => {
    const limiter = new RateLimiter({ requestsPerMinute: 600 }, 0);
    for (let i = 0; i < 10; i++) expect(limiter.admit(1, 0)).toEqual({ ok: true });
    expect(limiter.admit(1, 0)).toEqual({
      ok: false,
      kind: "requests",
      limit: 600,
      used: 600,
      requested: 1,
      retryAfterMs: 100,
    });
    // Refill is continuous: 600 rpm is one request every 100 ms.
    expect(limiter.admit(1, 60).ok).toBe(false);
    expect(limiter.admit(1, 100).ok).toBe(true);
  });

  it("reports headers on OpenAI's per-minute scale", () => {
    const limiter = new RateLimiter({ requestsPerMinute: 600, tokensPerMinute: 60_000 }, 0);
    limiter.admit(250, 0);
    expect(limiter.headers(0)).toEqual({
      "x-ratelimit-limit-requests": "600",
      "x-ratelimit-remaining-requests": "599",
      "x-ratelimit-reset-requests": "100ms",
      "x-ratelimit-limit-tokens": "60000",
      "x-ratelimit-remaining-tokens": "59750",
      "x-ratelimit-reset-tokens": "250ms",
    });
  });

  it("charges tokens and refuses without charging requests when the token bucket is short", () => {
    const limiter = new RateLimiter(
      { requestsPerMinute: 6000, tokensPerMinute: 6000, burstSeconds: 2 },
      0,
    );
    expect(limiter.admit(150, 0).ok).toBe(true);
    const refused = limiter.admit(100, 0);
    expect(refused).toMatchObject({ ok: false, kind: "tokens", limit: 6000, requested: 100 });
    // 50 tokens left of 200, 50 missing at 100 tokens/s.
    expect(refused.ok === false && refused.retryAfterMs).toBe(500);
    expect(limiter.headers(0)["x-ratelimit-remaining-requests"]).toBe("5999");
  });

  it("admits a request larger than the whole bucket from a full bucket", () => {
    const limiter = new RateLimiter({ tokensPerMinute: 600 }, 0);
    expect(limiter.admit(50, 0).ok).toBe(true);
    // Capacity is 10 tokens: the bucket is in debt for 4 seconds plus the 1 s to refill the 10 needed.
    expect(limiter.admit(50, 0)).toMatchObject({ ok: false, retryAfterMs: 5000 });
    expect(limiter.admit(50, 5000).ok).toBe(true);
  });
});
