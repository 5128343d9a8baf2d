// The shared fault vocabulary answered the Gemini way: google.rpc.Status bodies, RetryInfo, QuotaFailure.
import { errorAction, type FakeFault, type FaultAction, vendorFaultAction } from "./faults.js";
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
  return vendorFaultAction<FaultAction>(fault, {
    quota: () => dailyQuota(context),
    error: (status, code, headers) =>
      errorAction(status, errorBody(status, code, context), headers),
  });
}

function errorBody(status: number, code: string | undefined, context: GeminiFaultContext): unknown {
  if (code === "context_length_exceeded") {
    const tokens = Math.max(context.promptTokens, context.inputTokenLimit + 1);
    return inputTooLong(tokens, context.inputTokenLimit);
  }
  const statusString = code !== undefined && /^[A-Z_]+$/.test(code) ? code : undefined;
  if (status === 404) return modelNotFound(context.model, context.apiVersion);
  if (status === 401) return unauthenticated();
  if (status === 400 && statusString === undefined) return invalidArgument();
  return errorBodyForStatus(status, statusString);
}

function dailyQuota(context: GeminiFaultContext): FaultAction {
  // Google sends a RetryInfo with short delays even for a daily quota; only the quota id says "per day".
  const body = quotaExceeded({
    model: context.model,
    window: "requests-per-day",
    limit: FREE_TIER_REQUESTS_PER_DAY,
    retryAfterMs: 43_000,
  });
  return errorAction(429, body, {});
}
