// @google/genai errors ⇄ the osmosis error hierarchy, reading Google's google.rpc.Status bodies.
import { ApiError } from "@google/genai";
import {
  AuthenticationError,
  errorFromHttpStatus,
  LLMCancelledError,
  LLMConnectionError,
  LLMError,
  LLMRateLimitError,
  QuotaExhaustedError,
  redactSecrets,
} from "@osmosis/core";

/** The `error` object of a Google API error body (google.rpc.Status as JSON). */
export interface GoogleStatus {
  code?: number;
  message?: string;
  /** google.rpc.Code name: `INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED`, … */
  status?: string;
  details?: Record<string, unknown>[];
}

export interface GeminiErrorContext {
  providerId: string;
  /** The request's signal: when it fired, any failure is a cancellation. */
  signal?: AbortSignal | undefined;
  /** Values to scrub from messages besides the usual key shapes (the configured key). */
  secrets?: readonly (string | undefined)[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The Status inside an `ApiError`: the SDK puts the response body, JSON-stringified, in the
 * message (`{"error":{"code":429,"message":…,"status":…,"details":[…]}}`); a non-JSON body
 * arrives as `{"error":{"message":"<html>…","code":502,"status":"Bad Gateway"}}`.
 */
export function parseGoogleStatus(message: string): GoogleStatus | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return undefined;
  }
  // The body may also be a one-element array of bodies, as some Google front ends send.
  const body = Array.isArray(parsed) ? parsed[0] : parsed;
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error)) return undefined;
  return {
    ...(typeof error.code === "number" ? { code: error.code } : {}),
    ...(typeof error.message === "string" ? { message: error.message } : {}),
    ...(typeof error.status === "string" ? { status: error.status } : {}),
    ...(Array.isArray(error.details) ? { details: error.details.filter(isRecord) } : {}),
  };
}

/** A google.protobuf.Duration in JSON (`"43s"`, `"1.5s"`, `"0.250s"`) in milliseconds. */
export function parseRetryDelay(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(value);
  return match?.[1] === undefined ? undefined : Math.round(Number(match[1]) * 1000);
}

function detailsOfType(status: GoogleStatus, type: string): Record<string, unknown>[] {
  return (status.details ?? []).filter((d) => d["@type"] === `type.googleapis.com/${type}`);
}

/** How long Google asked us to wait: RetryInfo.retryDelay, else the message's "Please retry in 43.8s." */
export function retryDelayOf(status: GoogleStatus): number | undefined {
  for (const info of detailsOfType(status, "google.rpc.RetryInfo")) {
    if (typeof info.retryDelay === "string") {
      const ms = parseRetryDelay(info.retryDelay);
      if (ms !== undefined) return ms;
    }
  }
  const match = /retry in (\d+(?:\.\d+)?)(ms|s)\b/i.exec(status.message ?? "");
  if (!match?.[1]) return undefined;
  const value = Number(match[1]);
  return Math.round(match[2] === "ms" ? value : value * 1000);
}

/** ErrorInfo.reason (`API_KEY_INVALID`, `SERVICE_DISABLED`, …). */
export function errorReasonOf(status: GoogleStatus): string | undefined {
  for (const info of detailsOfType(status, "google.rpc.ErrorInfo")) {
    if (typeof info.reason === "string") return info.reason;
  }
  return undefined;
}

/**
 * True when a 429 will not clear within minutes. Every Gemini 429 says "You exceeded your
 * current quota, please check your plan and billing details", per-minute limits included, so the
 * wording cannot tell them apart. What does: a QuotaFailure violation on a per-day quota
 * (`GenerateRequestsPerDayPerProjectPerModel-FreeTier`), a quota of 0 (a model the tier may not
 * use at all), or depleted prepaid credit.
 */
export function isQuotaExhausted(status: GoogleStatus): boolean {
  for (const failure of detailsOfType(status, "google.rpc.QuotaFailure")) {
    const violations = Array.isArray(failure.violations) ? failure.violations.filter(isRecord) : [];
    for (const v of violations) {
      if (typeof v.quotaId === "string" && /PerDay/i.test(v.quotaId)) return true;
      if (v.quotaValue === "0" || v.quotaValue === 0) return true;
    }
  }
  const message = status.message ?? "";
  return (
    /\blimit: 0\b/.test(message) || /credits? (?:are |is )?(?:depleted|exhausted)/i.test(message)
  );
}

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ETIMEDOUT",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_CLOSED",
]);

/** The network error code in `error` or its causes (`ECONNRESET`, `UND_ERR_SOCKET`, …), if any. */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isRecord(current); depth++) {
    const code = current.code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/** `instanceof`, or the SDK's shape when another copy of @google/genai threw it. */
function isApiError(error: unknown): error is ApiError {
  return (
    error instanceof ApiError ||
    (error instanceof Error &&
      error.name === "ApiError" &&
      typeof (error as ApiError).status === "number")
  );
}

function truncate(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Maps anything `models.generateContent` throws to the core hierarchy. */
export function mapGeminiError(error: unknown, context: GeminiErrorContext): LLMError {
  const { providerId, signal } = context;
  const secrets = context.secrets ?? [];
  if (LLMError.isInstance(error)) return error;
  if (signal?.aborted || (error instanceof Error && error.name === "AbortError")) {
    return new LLMCancelledError(`${providerId}: the request was aborted.`, {
      provider: providerId,
      cause: error,
    });
  }
  if (isApiError(error)) return mapApiError(error, providerId, secrets);
  const code = networkCode(error);
  if (code !== undefined || (error instanceof TypeError && /fetch failed/i.test(error.message))) {
    return new LLMConnectionError(
      `${providerId}: could not reach the server (${code ?? (error as Error).message}).`,
      {
        provider: providerId,
        cause: error,
        hint: "Check the base URL, the network or the proxy; osmosis retries this.",
      },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LLMError(`${providerId}: unexpected error: ${redactSecrets(message, secrets)}`, {
    provider: providerId,
    cause: error,
  });
}

function mapApiError(
  error: ApiError,
  providerId: string,
  secrets: readonly (string | undefined)[],
): LLMError {
  const httpStatus = error.status;
  const status = parseGoogleStatus(error.message) ?? { message: error.message };
  const message = redactSecrets(truncate(status.message ?? error.message), secrets);
  const reason = errorReasonOf(status);
  const retryAfterMs = retryDelayOf(status);
  const base = { provider: providerId, status: httpStatus, cause: error };
  const what = `${providerId} ${httpStatus}${status.status ? ` ${status.status}` : ""}: ${message}`;

  // Google answers a wrong key with 400 INVALID_ARGUMENT, not 401; only the reason says so.
  if (reason === "API_KEY_INVALID" || reason === "API_KEY_EXPIRED") {
    return new AuthenticationError(what, {
      ...base,
      hint: "Check GEMINI_API_KEY (or GOOGLE_GEMINI_API_KEY, GOOGLE_API_KEY, providers.gemini.apiKey): it is mistyped, expired, deleted or for another project. Keys are made in Google AI Studio.",
    });
  }
  if (httpStatus === 429) {
    if (isQuotaExhausted(status)) {
      return new QuotaExhaustedError(what, {
        ...base,
        hint: "A daily Gemini quota (or prepaid credit) is used up; waiting minutes does not help. Daily quotas reset at midnight Pacific time; enable billing or raise the tier in Google AI Studio, or pick another model.",
      });
    }
    // Built here rather than by errorFromHttpStatus: the retry delay comes from Google's body
    // (RetryInfo), and the quota verdict above from its QuotaFailure details, not from headers.
    return new LLMRateLimitError(what, {
      ...base,
      retryAfterMs,
      hint: "osmosis retries this after the delay Gemini asks for; lower the concurrency or set a rate limit to see fewer.",
    });
  }
  return errorFromHttpStatus({
    status: httpStatus,
    message,
    provider: providerId,
    vendorCode: reason ?? status.status,
    retryAfterMs,
    cause: error,
  });
}
