import { describe, expect, it } from "vitest";
import {
  parseOpenAIDuration,
  rateLimitFromHeaders,
  retryAfterFromHeaders,
} from "./rate-limit-headers.js";

describe("parseOpenAIDuration", () => {
  it.each([
    ["1s", 1_000],
    ["120ms", 120],
    ["6m0s", 360_000],
    ["1h2m3.5s", 3_723_500],
    ["0.5s", 500],
    ["2", 2_000],
  ])("%s → %i ms", (text, ms) => {
    expect(parseOpenAIDuration(text)).toBe(ms);
  });

  it.each(["", "soon", "5x", "1s later"])("rejects %j", (text) => {
    expect(parseOpenAIDuration(text)).toBeUndefined();
  });
});

describe("headers", () => {
  it("reads the six x-ratelimit headers", () => {
    const headers = new Headers({
      "x-ratelimit-limit-requests": "600",
      "x-ratelimit-remaining-requests": "599",
      "x-ratelimit-reset-requests": "100ms",
      "x-ratelimit-limit-tokens": "150000",
      "x-ratelimit-remaining-tokens": "149000",
      "x-ratelimit-reset-tokens": "6m0s",
    });
    expect(rateLimitFromHeaders(headers)).toEqual({
      limitRequests: 600,
      remainingRequests: 599,
      resetRequestsMs: 100,
      limitTokens: 150_000,
      remainingTokens: 149_000,
      resetTokensMs: 360_000,
    });
    expect(rateLimitFromHeaders(new Headers())).toBeUndefined();
  });

  it("prefers retry-after-ms, then retry-after seconds or date, then the exhausted budget's reset", () => {
    expect(
      retryAfterFromHeaders(new Headers({ "retry-after-ms": "250", "retry-after": "9" })),
    ).toBe(250);
    expect(retryAfterFromHeaders(new Headers({ "retry-after": "2" }))).toBe(2_000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(
      retryAfterFromHeaders(new Headers({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now),
    ).toBe(3_000);
    expect(
      retryAfterFromHeaders(
        new Headers({ "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1.5s" }),
      ),
    ).toBe(1_500);
    expect(retryAfterFromHeaders(new Headers())).toBeUndefined();
  });
});
