// The shape every fake vendor server shares, so the conformance kit can drive any of them.
import type { IncomingHttpHeaders } from "node:http";
import type { FakeFault } from "./faults.js";

export interface RecordedRequest {
  method: string;
  /** URL path without the query (`/v1/chat/completions`). */
  path: string;
  /** Query parameters (Azure's `api-version`). */
  query?: Record<string, string>;
  /** Azure paths: the deployment named in the path. */
  deployment?: string;
  /** Azure paths: the `api-version` query parameter. */
  apiVersion?: string;
  /** Headers as received, `authorization` included; see `redactHeaders` before printing them. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `undefined` when empty or not JSON. */
  body: unknown;
  /** The server's `clock.now()` (default `Date.now()`) when the request arrived. */
  receivedAt: number;
}

export interface FakeServerStats {
  /** HTTP requests received, of any kind. */
  requests: number;
  /** Generations answered with 200, content faults (`non-json-content`, `fenced-content`) included. */
  completed: number;
  /** Answers with status 429: rate limits (enforced or scripted) and `insufficient_quota`. */
  rateLimited: number;
  /** Scripted or `faultFor` faults applied. */
  faults: number;
  /**
   * Prompt tokens billed over completed answers (OpenAI `usage.prompt_tokens`, Gemini
   * `promptTokenCount`, Ollama `prompt_eval_count`; Anthropic `input_tokens`, without the cache).
   */
  inputTokens: number;
  /** Output tokens billed over completed answers, as each answer's usage reports them. */
  outputTokens: number;
  /** Prompt tokens read from the cache over completed answers, as each answer reports them. */
  cachedInputTokens: number;
}

/**
 * A loopback server speaking one vendor's wire protocol. Faults use one vocabulary for every
 * vendor; each server answers them with that vendor's own status codes, headers and error bodies.
 */
export interface FakeVendorServer {
  /** Base URL to give the vendor's SDK. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  readonly stats: FakeServerStats;
  /** Queues faults; each is consumed by the next generation request, in order. */
  script(faults: readonly FakeFault[]): void;
  reset(): void;
  close(): Promise<void>;
}

/** Redacts credential headers of a recorded request, for logs and snapshots. */
export function redactHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = { ...headers };
  for (const name of ["authorization", "api-key", "x-api-key", "x-goog-api-key"]) {
    if (out[name] !== undefined) out[name] = "[REDACTED]";
  }
  return out;
}

/**
 * Resolves once `server` has taken one more scripted fault than it had when this was called.
 * Call it before starting a request that should hang, and abort only after it resolves: an abort
 * that wins the race leaves the request to arrive later and take the next test's fault.
 */
export async function nextFaultTaken(server: {
  readonly stats: { faults: number };
}): Promise<void> {
  const before = server.stats.faults;
  while (server.stats.faults <= before) await new Promise((resolve) => setTimeout(resolve, 2));
}
