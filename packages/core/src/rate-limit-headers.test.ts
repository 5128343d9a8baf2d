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

  it("is undefined for a missing header", () => {
    expect(parseOpenAIDuration(null)).toBeUndefined();
    expect(parseOpenAIDuration(undefined)).toBeUndefined();
  });
});

// Headers of a real api.anthropic.com response, as recorded in tidyllm's test fixtures
// (tests/testthat/claude/api.anthropic.com/v1/messages-e050b5-POST.R).
const anthropicRecorded = new Headers({
  "anthropic-ratelimit-input-tokens-limit": "80000",
  "anthropic-ratelimit-input-tokens-remaining": "80000",
  "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:40:59Z",
  "anthropic-ratelimit-output-tokens-limit": "16000",
  "anthropic-ratelimit-output-tokens-remaining": "16000",
  "anthropic-ratelimit-output-tokens-reset": "2025-08-21T12:41:00Z",
  "anthropic-ratelimit-requests-limit": "1000",
  "anthropic-ratelimit-requests-remaining": "999",
  "anthropic-ratelimit-requests-reset": "2025-08-21T12:40:59Z",
  "anthropic-ratelimit-tokens-limit": "96000",
  "anthropic-ratelimit-tokens-remaining": "96000",
  "anthropic-ratelimit-tokens-reset": "2025-08-21T12:40:59Z",
  "request-id": "req_011CSLsW7mFqvHHnzrKdKjAE",
});
const anthropicReceivedAt = Date.parse("2025-08-21T12:40:58.250Z");

describe("rateLimitFromHeaders", () => {
  it("reads OpenAI's six x-ratelimit headers, resets as Go durations", () => {
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
  });

  it("reads a recorded Anthropic response: requests, and the combined tokens-* headers", () => {
    expect(rateLimitFromHeaders(anthropicRecorded, anthropicReceivedAt)).toEqual({
      limitRequests: 1000,
      remainingRequests: 999,
      resetRequestsMs: 750,
      limitTokens: 96_000,
      remainingTokens: 96_000,
      resetTokensMs: 750,
    });
  });

  it("falls back to Anthropic's input-tokens-* without tokens-*, and never reports a negative reset", () => {
    const headers = new Headers({
      "anthropic-ratelimit-input-tokens-limit": "50000",
      "anthropic-ratelimit-input-tokens-remaining": "10",
      "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:40:00Z",
    });
    expect(rateLimitFromHeaders(headers, anthropicReceivedAt)).toEqual({
      limitTokens: 50_000,
      remainingTokens: 10,
      resetTokensMs: 0,
    });
  });

  it("keeps a partial report partial, skipping blank and non-numeric values", () => {
    // Azure OpenAI sends only the remaining counts.
    const headers = new Headers({
      "x-ratelimit-remaining-requests": "42",
      "x-ratelimit-remaining-tokens": " ",
      "x-ratelimit-limit-tokens": "lots",
    });
    expect(rateLimitFromHeaders(headers)).toEqual({ remainingRequests: 42 });
  });

  it("prefers OpenAI's headers when a gateway sends both styles", () => {
    const headers = new Headers({
      "x-ratelimit-limit-requests": "600",
      "anthropic-ratelimit-requests-limit": "1000",
      "anthropic-ratelimit-requests-remaining": "999",
    });
    expect(rateLimitFromHeaders(headers)).toEqual({ limitRequests: 600, remainingRequests: 999 });
  });

  it("is undefined without rate-limit headers", () => {
    expect(rateLimitFromHeaders(new Headers({ "request-id": "req_x" }))).toBeUndefined();
    expect(rateLimitFromHeaders(new Headers())).toBeUndefined();
    expect(rateLimitFromHeaders(undefined)).toBeUndefined();
    expect(rateLimitFromHeaders(null)).toBeUndefined();
  });
});

describe("retryAfterFromHeaders", () => {
  const now = Date.parse("2025-08-21T12:40:58Z");
  it.each<{ name: string; headers: Record<string, string>; expected: number | undefined }>([
    {
      name: "retry-after-ms before retry-after",
      headers: { "retry-after-ms": "250", "retry-after": "9" },
      expected: 250,
    },
    {
      name: "retry-after when retry-after-ms is negative",
      headers: { "retry-after-ms": "-1", "retry-after": "2" },
      expected: 2_000,
    },
    { name: "retry-after in seconds", headers: { "retry-after": "11" }, expected: 11_000 },
    {
      name: "retry-after as an HTTP date",
      headers: { "retry-after": "Thu, 21 Aug 2025 12:41:03 GMT" },
      expected: 5_000,
    },
    {
      name: "retry-after as an HTTP date already past",
      headers: { "retry-after": "Thu, 21 Aug 2025 12:40:00 GMT" },
      expected: 0,
    },
    {
      name: "the reset of OpenAI's exhausted token budget",
      headers: { "x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1.5s" },
      expected: 1_500,
    },
    {
      name: "the longer reset when both OpenAI budgets are exhausted",
      headers: {
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "1s",
        "x-ratelimit-remaining-tokens": "0",
        "x-ratelimit-reset-tokens": "6m0s",
      },
      expected: 360_000,
    },
    {
      name: "no OpenAI reset for a budget that is not exhausted",
      headers: { "x-ratelimit-remaining-requests": "3", "x-ratelimit-reset-requests": "1s" },
      expected: undefined,
    },
    {
      name: "the later reset of Anthropic's exhausted budgets",
      headers: {
        "anthropic-ratelimit-requests-remaining": "0",
        "anthropic-ratelimit-requests-reset": "2025-08-21T12:41:00Z",
        "anthropic-ratelimit-output-tokens-remaining": "0",
        "anthropic-ratelimit-output-tokens-reset": "2025-08-21T12:41:08Z",
        "anthropic-ratelimit-input-tokens-remaining": "5",
        "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:42:00Z",
      },
      expected: 10_000,
    },
    { name: "nothing to go on", headers: {}, expected: undefined },
  ])("$name", ({ headers, expected }) => {
    expect(retryAfterFromHeaders(new Headers(headers), now)).toBe(expected);
  });

  it("is undefined without headers", () => {
    expect(retryAfterFromHeaders(undefined)).toBeUndefined();
    expect(retryAfterFromHeaders(null)).toBeUndefined();
  });
});
