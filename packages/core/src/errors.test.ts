import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ContentFilterError,
  ContextLengthError,
  errorFromHttpStatus,
  InvalidRequestError,
  isRetryable,
  LLMAPIError,
  LLMCancelledError,
  LLMConfigError,
  LLMConnectionError,
  LLMError,
  LLMRateLimitError,
  LLMResponseError,
  LLMTimeoutError,
  NotFoundError,
  PermissionDeniedError,
  ProviderNotFoundError,
  QuotaExhaustedError,
  ServerError,
} from "./errors.js";

describe("error classes", () => {
  const cases = [
    { make: () => new LLMConfigError("x"), code: "config", retryable: false, parents: [LLMError] },
    {
      make: () => new ProviderNotFoundError("x", { providerId: "a", installed: [] }),
      code: "provider_not_installed",
      retryable: false,
      parents: [LLMError, LLMConfigError],
    },
    {
      make: () => new AuthenticationError("x"),
      code: "authentication",
      retryable: false,
      parents: [LLMError, LLMAPIError],
    },
    {
      make: () => new PermissionDeniedError("x"),
      code: "permission",
      retryable: false,
      parents: [LLMAPIError],
    },
    {
      make: () => new NotFoundError("x"),
      code: "not_found",
      retryable: false,
      parents: [LLMAPIError],
    },
    {
      make: () => new LLMRateLimitError("x"),
      code: "rate_limit",
      retryable: true,
      parents: [LLMAPIError],
    },
    {
      make: () => new QuotaExhaustedError("x"),
      code: "quota_exhausted",
      retryable: false,
      parents: [LLMAPIError],
    },
    {
      make: () => new LLMTimeoutError("x"),
      code: "timeout",
      retryable: true,
      parents: [LLMAPIError],
    },
    {
      make: () => new LLMConnectionError("x"),
      code: "connection",
      retryable: true,
      parents: [LLMAPIError],
    },
    { make: () => new ServerError("x"), code: "server", retryable: true, parents: [LLMAPIError] },
    {
      make: () => new InvalidRequestError("x"),
      code: "invalid_request",
      retryable: false,
      parents: [LLMAPIError],
    },
    {
      make: () => new ContextLengthError("x"),
      code: "context_length",
      retryable: false,
      parents: [LLMAPIError, InvalidRequestError],
    },
    {
      make: () => new ContentFilterError("x"),
      code: "content_filtered",
      retryable: false,
      parents: [LLMAPIError],
    },
    {
      make: () => new LLMResponseError("x"),
      code: "response_parse",
      retryable: false,
      parents: [LLMError],
    },
    {
      make: () => new LLMCancelledError("x"),
      code: "cancelled",
      retryable: false,
      parents: [LLMError],
    },
  ];

  it.each(cases)("$code has its code, flag and parents", ({ make, code, retryable, parents }) => {
    const error = make();
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(isRetryable(error)).toBe(retryable);
    expect(error).toBeInstanceOf(Error);
    for (const parent of parents) {
      expect(error instanceof parent).toBe(true);
      expect(parent.isInstance(error)).toBe(true);
    }
    expect(error.name).toBe(error.constructor.name);
  });

  it("does not mistake siblings for each other", () => {
    const rateLimit = new LLMRateLimitError("slow down");
    expect(rateLimit instanceof QuotaExhaustedError).toBe(false);
    expect(QuotaExhaustedError.isInstance(rateLimit)).toBe(false);
    expect(new QuotaExhaustedError("pay") instanceof LLMRateLimitError).toBe(false);
    expect(new LLMCancelledError("stop") instanceof LLMAPIError).toBe(false);
    expect(new InvalidRequestError("bad") instanceof ContextLengthError).toBe(false);
  });

  it("rejects plain errors and lookalikes", () => {
    expect(LLMError.isInstance(new Error("x"))).toBe(false);
    expect(LLMError.isInstance({ code: "rate_limit", retryable: true })).toBe(false);
    expect(LLMError.isInstance(null)).toBe(false);
    expect(isRetryable(new Error("ECONNRESET"))).toBe(false);
  });

  it("appends the fix hint, keeps the cause and lets retryable be overridden", () => {
    const cause = new Error("socket hang up");
    const error = new LLMResponseError("The model returned invalid JSON.", {
      hint: "Rerun; osmosis will ask again.",
      cause,
      retryable: true,
      provider: "openai",
    });
    expect(error.message).toBe("The model returned invalid JSON. Rerun; osmosis will ask again.");
    expect(error.cause).toBe(cause);
    expect(error.retryable).toBe(true);
    expect(error.toJSON()).toEqual({
      name: "LLMResponseError",
      code: "response_parse",
      message: error.message,
      retryable: true,
      verdict: "requeue",
      provider: "openai",
    });
  });

  it("keeps retryAfterMs on rate-limit errors and in their JSON", () => {
    const error = new LLMRateLimitError("429", { retryAfterMs: 1500, status: 429 });
    expect(error.retryAfterMs).toBe(1500);
    expect(error.toJSON()).toMatchObject({ retryAfterMs: 1500, status: 429 });
  });

  it("redacts keys from messages and outputs", () => {
    const key = "sk-proj-4f9Zq2LmN8xR7tY1uV3wK6pA0sD5hJ";
    const error = new AuthenticationError(`Incorrect API key provided: ${key}`);
    expect(error.message).not.toContain(key);
    expect(error.message).toContain("[REDACTED]");
    const parse = new LLMResponseError("bad", { output: `{"key":"${key}"}` });
    expect(parse.output).not.toContain(key);
  });

  it("keeps a short excerpt of a long bad answer, saying how much was left out", () => {
    const answer = `{"columns": {${'"a": "x", '.repeat(200)}`;
    const error = new LLMResponseError("bad", { output: answer });
    expect(error.output).toBe(`${answer.slice(0, 600)}… (${answer.length - 600} more characters)`);
    expect(new LLMResponseError("bad", { output: "short" }).output).toBe("short");
  });
});

describe("checks across duplicated copies of core", () => {
  it("recognises errors thrown by another copy of the module", async () => {
    // A query string makes Vite load errors.ts a second time, as a second copy in node_modules would.
    const secondCopy: string = "./errors.js?second-copy";
    const copy = (await import(secondCopy)) as typeof import("./errors.js");
    expect(copy.LLMRateLimitError).not.toBe(LLMRateLimitError);
    const foreign = new copy.LLMRateLimitError("from the other copy", { retryAfterMs: 10 });
    expect(foreign instanceof LLMRateLimitError).toBe(true);
    expect(foreign instanceof LLMAPIError).toBe(true);
    expect(LLMError.isInstance(foreign)).toBe(true);
    expect(QuotaExhaustedError.isInstance(foreign)).toBe(false);
    expect(isRetryable(foreign)).toBe(true);
    const local = new ContextLengthError("too long");
    expect(local instanceof copy.InvalidRequestError).toBe(true);
    expect(copy.ServerError.isInstance(local)).toBe(false);
  });
});

describe("errorFromHttpStatus", () => {
  const cases: Array<{
    status: number | undefined;
    vendorCode?: string;
    message?: string;
    expected: typeof LLMError;
    code: string;
  }> = [
    { status: 401, expected: AuthenticationError, code: "authentication" },
    { status: 403, expected: PermissionDeniedError, code: "permission" },
    { status: 404, expected: NotFoundError, code: "not_found" },
    { status: 408, expected: LLMTimeoutError, code: "timeout" },
    {
      status: 429,
      vendorCode: "rate_limit_exceeded",
      expected: LLMRateLimitError,
      code: "rate_limit",
    },
    {
      status: 429,
      vendorCode: "insufficient_quota",
      expected: QuotaExhaustedError,
      code: "quota_exhausted",
    },
    {
      status: 429,
      message:
        "Resource has been exhausted (e.g. check quota). Please check your plan and billing details.",
      expected: LLMRateLimitError,
      code: "rate_limit",
    },
    {
      status: 400,
      vendorCode: "billing_error",
      expected: QuotaExhaustedError,
      code: "quota_exhausted",
    },
    {
      status: 429,
      vendorCode: "project_spend_limit_exceeded",
      expected: QuotaExhaustedError,
      code: "quota_exhausted",
    },
    {
      status: 429,
      vendorCode: "enforced_spend_limit_reached",
      expected: QuotaExhaustedError,
      code: "quota_exhausted",
    },
    {
      status: 400,
      message: "input length and `max_tokens` exceed context limit: 198000 + 8192 > 200000",
      expected: ContextLengthError,
      code: "context_length",
    },
    {
      status: 400,
      vendorCode: "context_length_exceeded",
      expected: ContextLengthError,
      code: "context_length",
    },
    {
      status: 400,
      message: "prompt is too long: 210000 tokens > 200000 maximum",
      expected: ContextLengthError,
      code: "context_length",
    },
    {
      status: 400,
      vendorCode: "content_filter",
      expected: ContentFilterError,
      code: "content_filtered",
    },
    { status: 400, expected: InvalidRequestError, code: "invalid_request" },
    { status: 422, expected: InvalidRequestError, code: "invalid_request" },
    { status: 500, expected: ServerError, code: "server" },
    { status: 503, expected: ServerError, code: "server" },
    { status: 529, message: "Overloaded", expected: ServerError, code: "server" },
    { status: undefined, expected: LLMAPIError, code: "unknown" },
  ];

  it.each(cases)(
    "$status $vendorCode → $code",
    ({ status, vendorCode, message, expected, code }) => {
      const error = errorFromHttpStatus({
        status,
        vendorCode,
        message: message ?? "vendor said no",
        provider: "openai",
        retryAfterMs: 250,
        requestId: "req_1",
      });
      expect(error instanceof expected).toBe(true);
      expect(error.code).toBe(code);
      expect(error.status).toBe(status);
      expect(error.provider).toBe("openai");
      expect(error.requestId).toBe("req_1");
      if (error instanceof LLMRateLimitError) expect(error.retryAfterMs).toBe(250);
    },
  );
});
