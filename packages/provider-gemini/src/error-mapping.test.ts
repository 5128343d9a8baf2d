// The 429 and body-shape cases the fake server does not produce, as the SDK hands them over.
import { ApiError } from "@google/genai";
import {
  InvalidRequestError,
  LLMCancelledError,
  LLMRateLimitError,
  QuotaExhaustedError,
  ServerError,
} from "@osmosis/core";
import { describe, expect, it } from "vitest";
import { mapGeminiError, parseRetryDelay } from "./error-mapping.js";

const context = { providerId: "gemini" };

function apiError(status: number, error: Record<string, unknown>): ApiError {
  return new ApiError({ status, message: JSON.stringify({ error }) });
}

const quotaFailure = (quotaId: string, quotaValue: string) => ({
  "@type": "type.googleapis.com/google.rpc.QuotaFailure",
  violations: [
    {
      quotaMetric: "generativelanguage.googleapis.com/generate_content_free_tier_requests",
      quotaId,
      quotaDimensions: { location: "global", model: "gemini-2.5-pro" },
      quotaValue,
    },
  ],
});
const retryInfo = (retryDelay: string) => ({
  "@type": "type.googleapis.com/google.rpc.RetryInfo",
  retryDelay,
});
const PREFACE =
  "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.";

describe("mapGeminiError: 429s", () => {
  it.each([
    {
      name: "paid tier, per minute",
      details: [
        quotaFailure("GenerateRequestsPerMinutePerProjectPerModel", "1000"),
        retryInfo("7s"),
      ],
      expected: LLMRateLimitError,
      retryAfterMs: 7_000,
    },
    {
      name: "paid tier, per day",
      details: [quotaFailure("GenerateRequestsPerDayPerProjectPerModel", "10000"), retryInfo("7s")],
      expected: QuotaExhaustedError,
    },
    {
      name: "a quota of 0 (model not in the free tier)",
      details: [quotaFailure("GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "0")],
      expected: QuotaExhaustedError,
    },
    {
      name: "a bare RESOURCE_EXHAUSTED without details",
      details: undefined,
      message: "Resource has been exhausted (e.g. check quota).",
      expected: LLMRateLimitError,
      retryAfterMs: undefined,
    },
    {
      name: "prepaid credit used up",
      details: undefined,
      message:
        "Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.",
      expected: QuotaExhaustedError,
    },
    {
      name: "a delay given only in the message",
      details: [quotaFailure("GenerateContentInputTokensPerModelPerMinute-FreeTier", "250000")],
      message: `${PREFACE}\nPlease retry in 12.345678s.`,
      expected: LLMRateLimitError,
      retryAfterMs: 12_346,
    },
  ])("$name", ({ details, message, expected, retryAfterMs }) => {
    const error = mapGeminiError(
      apiError(429, {
        code: 429,
        message: message ?? PREFACE,
        status: "RESOURCE_EXHAUSTED",
        ...(details ? { details } : {}),
      }),
      context,
    );
    expect(error).toBeInstanceOf(expected);
    if (expected === LLMRateLimitError) {
      expect(error).not.toBeInstanceOf(QuotaExhaustedError);
      expect((error as LLMRateLimitError).retryAfterMs).toBe(retryAfterMs);
    }
  });
});

describe("mapGeminiError: other shapes", () => {
  it("reads a non-JSON (HTML) 502 the SDK wrapped, and truncates it", () => {
    const html = `<html><body>${"x".repeat(2_000)}</body></html>`;
    const error = mapGeminiError(
      new ApiError({
        status: 502,
        message: JSON.stringify({ error: { message: html, code: 502, status: "Bad Gateway" } }),
      }),
      context,
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message.length).toBeLessThan(800);
  });

  it("reads a body wrapped in an array", () => {
    const error = mapGeminiError(
      new ApiError({
        status: 400,
        message: JSON.stringify([
          {
            error: {
              code: 400,
              message: "Request contains an invalid argument.",
              status: "INVALID_ARGUMENT",
            },
          },
        ]),
      }),
      context,
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(
      "gemini 400: Request contains an invalid argument. The vendor rejected the request; check the model name and options.",
    );
  });

  it("scrubs the configured key from messages, whatever its shape", () => {
    const key = "my-gateway-token-123456";
    const error = mapGeminiError(new Error(`proxy refused token ${key}`), {
      ...context,
      secrets: [key],
    });
    expect(error.message).not.toContain(key);
  });

  it("treats any failure after the signal fired as a cancellation", () => {
    const controller = new AbortController();
    controller.abort();
    const error = mapGeminiError(new Error("whatever"), { ...context, signal: controller.signal });
    expect(error).toBeInstanceOf(LLMCancelledError);
  });
});

describe("parseRetryDelay", () => {
  it.each([
    ["43s", 43_000],
    ["1.5s", 1_500],
    ["1.500s", 1_500],
    ["0.000250s", 0],
    ["soon", undefined],
  ])("%s → %s", (text, ms) => {
    expect(parseRetryDelay(text)).toBe(ms);
  });
});
