import { describe, expect, it } from "vitest";
import { AnthropicRateLimiter, AnthropicRateLimitOptionsSchema } from "./anthropic-rate-limit.js";
import {
  formatOpenAIDuration,
  RateLimiter,
  type RateLimitOptions,
  RateLimitOptionsSchema,
} from "./rate-limit.js";

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

/** Admits `count` one-token requests at `now`; how many passed. */
function burst(limiter: RateLimiter, count: number, now: number): number {
  let admitted = 0;
  for (let i = 0; i < count; i++) if (limiter.admit(1, now).ok) admitted++;
  return admitted;
}

describe("RateLimiter: rolling window (a refilling bucket)", () => {
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

  it("charges tokens and refuses without charging requests when the token bucket is short", () => {
    const limiter = new RateLimiter(
      { requestsPerMinute: 6000, tokensPerMinute: 6000, burstSeconds: 2, remaining: "per-minute" },
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

describe("RateLimiter: fixed window", () => {
  it("spends a whole minute's budget at once, then refuses until the window resets", () => {
    const limiter = new RateLimiter({ requestsPerMinute: 600, window: "fixed" }, 0);
    expect(burst(limiter, 601, 0)).toBe(600);
    expect(limiter.admit(1, 0)).toMatchObject({ ok: false, used: 600, retryAfterMs: 60_000 });
    // Nothing comes back before the boundary (a rolling bucket would have refilled 599 by now)…
    expect(limiter.admit(1, 59_900)).toMatchObject({ ok: false, retryAfterMs: 100 });
    // …and all of it at once on it.
    expect(burst(limiter, 601, 60_000)).toBe(600);
  });

  it("holds perMinute × windowMs / 60 000 per window, windows aligned to its creation", () => {
    // 60 RPM in 10 s windows: 10 requests per window, the windows being [1000, 11000), [11000, 21000)…
    const limiter = new RateLimiter(
      { requestsPerMinute: 60, window: "fixed", windowMs: 10_000 },
      1000,
    );
    expect(burst(limiter, 11, 2000)).toBe(10);
    expect(limiter.admit(1, 4000)).toMatchObject({ ok: false, retryAfterMs: 7000 });
    expect(burst(limiter, 11, 11_000)).toBe(10);
    // A skipped window does not bank its budget: at 35 000 the window [31000, 41000) holds 10.
    expect(burst(limiter, 25, 35_000)).toBe(10);
    expect(limiter.admit(1, 35_000)).toMatchObject({ ok: false, retryAfterMs: 6000 });
  });

  it("admits a request larger than a whole window from an untouched one, and forgets the debt at the boundary", () => {
    const limiter = new RateLimiter({ tokensPerMinute: 600, window: "fixed", windowMs: 1000 }, 0);
    expect(limiter.admit(50, 0).ok).toBe(true);
    expect(limiter.admit(1, 500)).toMatchObject({ ok: false, kind: "tokens", retryAfterMs: 500 });
    expect(limiter.admit(10, 1000).ok).toBe(true);
  });
});

describe("RateLimiter: headers", () => {
  // After one request of 250 tokens at t=0, read at t=0.
  it.each<[string, RateLimitOptions, Record<string, string>]>([
    [
      "rolling, available: what a burst may still spend",
      {},
      { rr: "9", rt: "750", resetR: "100ms", resetT: "250ms" },
    ],
    [
      "rolling, per-minute: the limit minus what is refilling",
      { remaining: "per-minute" },
      { rr: "599", rt: "59750", resetR: "100ms", resetT: "250ms" },
    ],
    [
      "rolling with a 2 s bucket: the burst doubles, the refill does not",
      { burstSeconds: 2 },
      { rr: "19", rt: "1750", resetR: "100ms", resetT: "250ms" },
    ],
    [
      "fixed minute, available: the window's unused budget",
      { window: "fixed" },
      { rr: "599", rt: "59750", resetR: "1m0s", resetT: "1m0s" },
    ],
    [
      "fixed 10 s window, available",
      { window: "fixed", windowMs: 10_000 },
      { rr: "99", rt: "9750", resetR: "10s", resetT: "10s" },
    ],
    [
      "fixed 10 s window, per-minute: overstates the window by 6×",
      { window: "fixed", windowMs: 10_000, remaining: "per-minute" },
      { rr: "599", rt: "59750", resetR: "10s", resetT: "10s" },
    ],
  ])("%s", (_name, shape, expected) => {
    const limiter = new RateLimiter(
      { requestsPerMinute: 600, tokensPerMinute: 60_000, ...shape },
      0,
    );
    limiter.admit(250, 0);
    expect(limiter.headers(0)).toEqual({
      "x-ratelimit-limit-requests": "600",
      "x-ratelimit-remaining-requests": expected.rr,
      "x-ratelimit-reset-requests": expected.resetR,
      "x-ratelimit-limit-tokens": "60000",
      "x-ratelimit-remaining-tokens": expected.rt,
      "x-ratelimit-reset-tokens": expected.resetT,
    });
  });

  it("reports reset as the time until the bucket is full (rolling) or the window ends (fixed)", () => {
    const rolling = new RateLimiter({ requestsPerMinute: 600 }, 0);
    burst(rolling, 4, 0);
    expect(rolling.headers(100)["x-ratelimit-reset-requests"]).toBe("300ms");
    expect(rolling.headers(400)["x-ratelimit-reset-requests"]).toBe("0ms");
    const fixed = new RateLimiter({ requestsPerMinute: 600, window: "fixed", windowMs: 1000 }, 0);
    burst(fixed, 4, 0);
    expect(fixed.headers(100)).toMatchObject({
      "x-ratelimit-remaining-requests": "6",
      "x-ratelimit-reset-requests": "900ms",
    });
    expect(fixed.headers(1250)).toMatchObject({
      "x-ratelimit-remaining-requests": "10",
      "x-ratelimit-reset-requests": "750ms",
    });
  });

  it("counts whole units only, whatever the float noise of refilling", () => {
    // 180 RPM refills 0.003 a millisecond: one request every 333.3 ms.
    const limiter = new RateLimiter({ requestsPerMinute: 180 }, 0);
    expect(burst(limiter, 4, 0)).toBe(3);
    expect(limiter.headers(333)["x-ratelimit-remaining-requests"]).toBe("0");
    expect(limiter.headers(334)["x-ratelimit-remaining-requests"]).toBe("1");
    expect(limiter.headers(1000)["x-ratelimit-remaining-requests"]).toBe("3");
    expect(limiter.headers(1000)["x-ratelimit-reset-requests"]).toBe("0ms");
    // 120 RPM after 499 ms of a 500 ms refill: 0.998 in the bucket, 1 ms to go (not 2).
    const slow = new RateLimiter({ requestsPerMinute: 120 }, 0);
    expect(burst(slow, 3, 0)).toBe(2);
    expect(slow.admit(1, 499)).toMatchObject({ ok: false, retryAfterMs: 1 });
  });

  it("sends no header at all with limitHeaders: false, and still enforces the limit", () => {
    const limiter = new RateLimiter(
      { requestsPerMinute: 60, tokensPerMinute: 6000, limitHeaders: false },
      0,
    );
    expect(limiter.headers(0)).toEqual({});
    expect(limiter.admit(1, 0).ok).toBe(true);
    expect(limiter.admit(1, 0)).toMatchObject({ ok: false, kind: "requests", retryAfterMs: 1000 });
    expect(limiter.headers(0)).toEqual({});
  });
});

describe("AnthropicRateLimiter", () => {
  const start = Date.parse("2025-08-21T12:40:00Z");
  const limits = { requestsPerMinute: 60, inputTokensPerMinute: 6000, outputTokensPerMinute: 600 };

  it.each([
    ["available", {}, { requests: "0", input: "90", output: "0", tokens: "90" }],
    [
      "per-minute",
      { remaining: "per-minute" as const },
      { requests: "59", input: "5990", output: "500", tokens: "6490" },
    ],
  ])("reports %s remaining budgets, resets as RFC 3339 times", (_name, shape, expected) => {
    const limiter = new AnthropicRateLimiter({ ...limits, ...shape }, start);
    expect(limiter.admit({ inputTokens: 10, outputTokens: 100 }, start)).toEqual({ ok: true });
    const headers = limiter.headers(start);
    expect(headers).toMatchObject({
      "anthropic-ratelimit-requests-limit": "60",
      "anthropic-ratelimit-requests-remaining": expected.requests,
      "anthropic-ratelimit-requests-reset": "2025-08-21T12:40:01Z",
      "anthropic-ratelimit-input-tokens-remaining": expected.input,
      // 10 tokens at 100 a second: back in 100 ms, written to the second, rounded up.
      "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:40:01Z",
      "anthropic-ratelimit-output-tokens-remaining": expected.output,
      // 100 tokens in debt at 10 a second: full again in 10 s.
      "anthropic-ratelimit-output-tokens-reset": "2025-08-21T12:40:10Z",
      "anthropic-ratelimit-tokens-limit": "6600",
      "anthropic-ratelimit-tokens-remaining": expected.tokens,
    });
  });

  it("resets a fixed window's budgets at its end, and refuses until then", () => {
    const limiter = new AnthropicRateLimiter({ ...limits, window: "fixed" }, start);
    for (let i = 0; i < 6; i++) limiter.admit({ inputTokens: 1000, outputTokens: 1 }, start);
    expect(limiter.admit({ inputTokens: 1000, outputTokens: 1 }, start + 15_000)).toEqual({
      ok: false,
      kind: "input-tokens",
      limit: 6000,
      retryAfterMs: 45_000,
    });
    expect(limiter.headers(start + 15_000)).toMatchObject({
      "anthropic-ratelimit-requests-remaining": "54",
      "anthropic-ratelimit-input-tokens-remaining": "0",
      "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:41:00Z",
    });
    expect(limiter.admit({ inputTokens: 1000, outputTokens: 1 }, start + 60_000).ok).toBe(true);
  });

  it("sends no header with limitHeaders: false", () => {
    const limiter = new AnthropicRateLimiter({ ...limits, limitHeaders: false }, start);
    limiter.admit({ inputTokens: 10, outputTokens: 10 }, start);
    expect(limiter.headers(start)).toEqual({});
  });
});

describe("rate-limit options", () => {
  it.each([
    [{ window: "fixed", burstSeconds: 2 }, "burstSeconds applies to window"],
    [{ windowMs: 10_000 }, 'windowMs applies to window "fixed"'],
    [{ window: "sliding" }, "window"],
    [{ remaining: "all" }, "remaining"],
    [{ requestsPerMinut: 60 }, "requestsPerMinut"],
  ])("rejects %j", (options, message) => {
    for (const schema of [RateLimitOptionsSchema, AnthropicRateLimitOptionsSchema]) {
      const result = schema.safeParse(options);
      expect(result.success).toBe(false);
      const issues = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      expect(issues?.join("\n")).toContain(message);
    }
  });

  it("accepts every shape field on every fake's schema", () => {
    const shape = {
      window: "fixed",
      windowMs: 10_000,
      remaining: "per-minute",
      limitHeaders: false,
    };
    expect(RateLimitOptionsSchema.parse({ requestsPerMinute: 60, ...shape })).toMatchObject(shape);
    expect(
      AnthropicRateLimitOptionsSchema.parse({ inputTokensPerMinute: 60, ...shape }),
    ).toMatchObject(shape);
  });
});
