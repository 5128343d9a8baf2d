import Anthropic from "@anthropic-ai/sdk";
import {
  LLMCancelledError,
  LLMConnectionError,
  LLMError,
  LLMTimeoutError,
  QuotaExhaustedError,
} from "@osmosis/core";
import { describe, expect, it } from "vitest";
import { mapAnthropicError } from "./error-mapping.js";

describe("mapAnthropicError", () => {
  it.each([
    { error: new Anthropic.APIUserAbortError(), expected: LLMCancelledError },
    { error: new Anthropic.APIConnectionTimeoutError(), expected: LLMTimeoutError },
    {
      error: new Anthropic.APIConnectionError({ message: "ECONNREFUSED" }),
      expected: LLMConnectionError,
    },
  ])("maps $error.constructor.name", ({ error, expected }) => {
    const mapped = mapAnthropicError(error, "anthropic");
    expect(mapped).toBeInstanceOf(expected);
    expect(mapped.cause).toBe(error);
  });

  it("maps a 402 billing_error to QuotaExhaustedError", () => {
    const error = Anthropic.APIError.generate(
      402,
      { type: "error", error: { type: "billing_error", message: "Billing problem." } },
      undefined,
      new Headers({ "request-id": "req_1" }),
    );
    const mapped = mapAnthropicError(error, "anthropic");
    expect(mapped).toBeInstanceOf(QuotaExhaustedError);
    expect(mapped.requestId).toBe("req_1");
  });

  it("passes osmosis errors through and wraps anything else", () => {
    const own = new LLMError("already mapped");
    expect(mapAnthropicError(own, "anthropic")).toBe(own);
    const other = mapAnthropicError(new TypeError("boom"), "anthropic");
    expect(other.code).toBe("unknown");
    expect(other.message).toContain("boom");
  });
});
