// The failures a test can script on the fake server, and the HTTP answer each one turns into.
import {
  contextLengthExceeded,
  errorBodyForStatus,
  insufficientQuota,
  invalidApiKey,
  invalidRequest,
  missingApiKey,
} from "./openai-errors.js";

export type FakeFault =
  /**
   * An HTTP error with OpenAI's body for that status: 500, 502 (Cloudflare's), 503, 401
   * (`invalid_api_key`), 400 with `code: "context_length_exceeded"`, 429 (as `rate-limit`)…
   * `body` replaces the body (a string is sent as-is, as text/html).
   */
  | { status: number; code?: string; body?: unknown; headers?: Record<string, string> }
  /** The socket is destroyed without an answer (a connection reset for the client). */
  | { kind: "reset" }
  /** No answer until the client gives up or the server closes. */
  | { kind: "hang" }
  /** A 200 whose message content is not JSON, although JSON was asked for. */
  | { kind: "non-json-content"; content?: string }
  /** A 429 `insufficient_quota`: out of credit, waiting does not help. */
  | { kind: "insufficient-quota" }
  /** One 429 `rate_limit_exceeded` with `retry-after`/`retry-after-ms` headers. */
  | { kind: "rate-limit"; retryAfterMs?: number; limit?: "requests" | "tokens" };

export const DEFAULT_NON_JSON_CONTENT =
  'Sure! Here is the JSON you asked for:\n```json\n{"broken": ';

/** What the server does for a fault, decided without touching the connection. */
export type FaultAction =
  | { action: "reset" }
  | { action: "hang" }
  | { action: "content"; content: string }
  | { action: "rate-limit"; retryAfterMs: number; limit: "requests" | "tokens" }
  | { action: "error"; status: number; body: unknown; headers: Record<string, string> };

export interface FaultContext {
  /** The Authorization header's key, echoed (masked) in 401 bodies. */
  apiKey: string | undefined;
  promptTokens: number;
}

export function faultAction(fault: FakeFault, context: FaultContext): FaultAction {
  if ("kind" in fault) {
    switch (fault.kind) {
      case "reset":
        return { action: "reset" };
      case "hang":
        return { action: "hang" };
      case "non-json-content":
        return { action: "content", content: fault.content ?? DEFAULT_NON_JSON_CONTENT };
      case "insufficient-quota":
        return { action: "error", status: 429, body: insufficientQuota(), headers: {} };
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
  if (status === 429 && code !== "insufficient_quota") {
    return { action: "rate-limit", retryAfterMs: 1000, limit: "requests" };
  }
  return { action: "error", status, body: defaultBody(status, code, context), headers };
}

function defaultBody(status: number, code: string | undefined, context: FaultContext): unknown {
  if (code === "context_length_exceeded") return contextLengthExceeded(context.promptTokens);
  if (code === "insufficient_quota") return insufficientQuota();
  if (status === 401) return context.apiKey ? invalidApiKey(context.apiKey) : missingApiKey();
  if (status === 400) return invalidRequest("Invalid request.", null, code ?? null);
  return errorBodyForStatus(status, code);
}
