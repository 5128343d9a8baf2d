// The shared fault vocabulary answered the Gemini way: google.rpc.Status bodies, RetryInfo, QuotaFailure.
import { DEFAULT_NON_JSON_CONTENT, type FakeFault, type FaultAction } from "./faults.js";
import {
  errorBodyForStatus,
  inputTooLong,
  invalidArgument,
  modelNotFound,
  quotaExceeded,
  unauthenticated,
} from "./gemini-errors.js";

export interface GeminiFaultContext {
  model: string;
  apiVersion: string;
  promptTokens: number;
  inputTokenLimit: number;
}

/** A free-tier daily request quota, as reported in the QuotaFailure of a daily 429. */
const FREE_TIER_REQUESTS_PER_DAY = 250;

/**
 * What the fake Gemini server does for a fault. `{ status: 400, code: "context_length_exceeded" }`
 * is the over-long prompt, `{ status: 429, code: "insufficient_quota" }` and
 * `{ kind: "insufficient-quota" }` the exhausted daily quota; any other upper-case `code` is used
 * as the google.rpc.Code name (`{ status: 400, code: "FAILED_PRECONDITION" }`).
 */
export function geminiFaultAction(fault: FakeFault, context: GeminiFaultContext): FaultAction {
  if ("kind" in fault) {
    switch (fault.kind) {
      case "reset":
        return { action: "reset" };
      case "hang":
        return { action: "hang" };
      case "non-json-content":
        return { action: "content", content: fault.content ?? DEFAULT_NON_JSON_CONTENT };
      case "insufficient-quota":
        return dailyQuota(context);
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
  if (fault.body !== undefined) return { action: "error", status, body: fault.body, headers };
  if (code === "insufficient_quota") return dailyQuota(context);
  if (status === 429) return { action: "rate-limit", retryAfterMs: 1000, limit: "requests" };
  if (code === "context_length_exceeded") {
    const tokens = Math.max(context.promptTokens, context.inputTokenLimit + 1);
    return {
      action: "error",
      status,
      body: inputTooLong(tokens, context.inputTokenLimit),
      headers,
    };
  }
  const statusString = code !== undefined && /^[A-Z_]+$/.test(code) ? code : undefined;
  let body: unknown;
  if (status === 404) body = modelNotFound(context.model, context.apiVersion);
  else if (status === 401) body = unauthenticated();
  else if (status === 400 && statusString === undefined) body = invalidArgument();
  else body = errorBodyForStatus(status, statusString);
  return { action: "error", status, body, headers };
}

function dailyQuota(context: GeminiFaultContext): FaultAction {
  return {
    action: "error",
    status: 429,
    // Google sends a RetryInfo with short delays even for a daily quota; only the quota id says "per day".
    body: quotaExceeded({
      model: context.model,
      window: "requests-per-day",
      limit: FREE_TIER_REQUESTS_PER_DAY,
      retryAfterMs: 43_000,
    }),
    headers: {},
  };
}
