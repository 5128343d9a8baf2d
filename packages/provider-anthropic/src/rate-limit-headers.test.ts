import { describe, expect, it } from "vitest";
import { rateLimitFromHeaders, retryAfterFromHeaders } from "./rate-limit-headers.js";

// Headers of a real api.anthropic.com response, as recorded in tidyllm's test fixtures
// (tests/testthat/claude/api.anthropic.com/v1/messages-e050b5-POST.R).
const recorded = new Headers({
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
const receivedAt = Date.parse("2025-08-21T12:40:58.250Z");

describe("rateLimitFromHeaders", () => {
  it("reads a recorded response: requests, and the combined tokens-* headers", () => {
    expect(rateLimitFromHeaders(recorded, receivedAt)).toEqual({
      limitRequests: 1000,
      remainingRequests: 999,
      resetRequestsMs: 750,
      limitTokens: 96_000,
      remainingTokens: 96_000,
      resetTokensMs: 750,
    });
  });

  it("falls back to input-tokens-* without tokens-*, and never reports a negative reset", () => {
    const headers = new Headers({
      "anthropic-ratelimit-input-tokens-limit": "50000",
      "anthropic-ratelimit-input-tokens-remaining": "10",
      "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:40:00Z",
    });
    expect(rateLimitFromHeaders(headers, receivedAt)).toEqual({
      limitTokens: 50_000,
      remainingTokens: 10,
      resetTokensMs: 0,
    });
  });

  it("is undefined without rate-limit headers", () => {
    expect(rateLimitFromHeaders(new Headers({ "request-id": "req_x" }))).toBeUndefined();
    expect(rateLimitFromHeaders(undefined)).toBeUndefined();
  });
});

describe("retryAfterFromHeaders", () => {
  const now = Date.parse("2025-08-21T12:40:58Z");
  it.each<{ name: string; headers: Record<string, string>; expected: number | undefined }>([
    { name: "retry-after in seconds", headers: { "retry-after": "11" }, expected: 11_000 },
    {
      name: "retry-after as an HTTP date",
      headers: { "retry-after": "Thu, 21 Aug 2025 12:41:03 GMT" },
      expected: 5_000,
    },
    {
      name: "the later reset of the exhausted budgets",
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
});
