// The shared fault vocabulary, answered the way Anthropic's Messages API fails.
import {
  type AnthropicErrorObject,
  creditBalanceTooLow,
  errorForStatus,
  promptTooLong,
} from "./anthropic-errors.js";
import { DEFAULT_NON_JSON_CONTENT, type FakeFault, type FaultAction } from "./faults.js";

export type AnthropicFaultAction =
  | Exclude<FaultAction, { action: "error" }>
  /** Anthropic's error body for `error`, with the response's `request_id`. */
  | {
      action: "error";
      status: number;
      error: AnthropicErrorObject;
      headers: Record<string, string>;
    }
  /** A body the test supplied, sent as is (a string as text/html). */
  | { action: "raw"; status: number; body: unknown; headers: Record<string, string> };

/** OpenAI-flavoured codes of the shared vocabulary, and Anthropic's own names for the same. */
const CONTEXT_CODES = new Set(["context_length_exceeded", "prompt_too_long"]);
const QUOTA_CODES = new Set(["insufficient_quota", "credit_balance_too_low"]);

export function anthropicFaultAction(
  fault: FakeFault,
  context: { promptTokens: number },
): AnthropicFaultAction {
  if ("kind" in fault) {
    switch (fault.kind) {
      case "reset":
        return { action: "reset" };
      case "hang":
        return { action: "hang" };
      case "non-json-content":
        return { action: "content", content: fault.content ?? DEFAULT_NON_JSON_CONTENT };
      case "insufficient-quota":
        return { action: "error", status: 400, error: creditBalanceTooLow(), headers: {} };
      case "rate-limit":
        return {
          action: "rate-limit",
          retryAfterMs: fault.retryAfterMs ?? 1000,
          limit: fault.limit ?? "requests",
        };
    }
  }
  const { status, code } = fault;
  const headers = fault.headers ?? {};
  if (fault.body !== undefined) return { action: "raw", status, body: fault.body, headers };
  if (code && QUOTA_CODES.has(code)) {
    return { action: "error", status: 400, error: creditBalanceTooLow(), headers };
  }
  if (status === 429) return { action: "rate-limit", retryAfterMs: 1000, limit: "requests" };
  if (code && CONTEXT_CODES.has(code)) {
    return { action: "error", status, error: promptTooLong(context.promptTokens), headers };
  }
  return { action: "error", status, error: errorForStatus(status, code), headers };
}
