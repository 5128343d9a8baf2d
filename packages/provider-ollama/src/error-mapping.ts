// Maps what ollama-js throws (its ResponseError, fetch's TypeError, aborts) to the core error hierarchy.
import {
  AuthenticationError,
  errorFromHttpStatus,
  LLMCancelledError,
  LLMConnectionError,
  LLMError,
  LLMResponseError,
  LLMTimeoutError,
  NotFoundError,
  ServerError,
} from "@osmosis/core";

export interface ErrorContext {
  providerId: string;
  /** The normalized host, named in connection hints. */
  host: string;
  model: string;
  signal?: AbortSignal | undefined;
  /** Headers of the failed response, when there was one (ollama-js drops them from its error). */
  headers?: Headers | undefined;
}

/** ollama-js's ResponseError is not exported; it is an Error with this shape. */
interface ResponseErrorShape extends Error {
  error: unknown;
  status_code: number;
}

function isResponseError(error: unknown): error is ResponseErrorShape {
  return (
    error instanceof Error &&
    error.name === "ResponseError" &&
    typeof (error as { status_code?: unknown }).status_code === "number"
  );
}

/** Socket-level codes along the `cause` chain (undici wraps them; dual-stack dials aggregate them). */
function causeCodes(error: unknown): Set<string> {
  const codes = new Set<string>();
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string") codes.add(code);
    queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return codes;
}

/** `retry-after` in seconds or as an HTTP date, from a proxy or load balancer in front of Ollama. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const raw = headers?.get("retry-after")?.trim();
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function fromResponseError(error: ResponseErrorShape, context: ErrorContext): LLMError {
  const { providerId: provider, model } = context;
  const status = error.status_code;
  const message =
    typeof error.error === "string" && error.error ? error.error : error.message || "no message";
  const base = { provider, status, cause: error };
  const what = `${provider} ${status}: ${message}`;
  if (status === 404 && /model .*not found/i.test(message)) {
    return new NotFoundError(what, {
      ...base,
      hint: `Pull it first: \`ollama pull ${model}\`, or pick one \`ollama list\` shows (providers.ollama.model, OLLAMA_MODEL).`,
    });
  }
  if (status === 404) {
    return new NotFoundError(what, {
      ...base,
      hint: `Check the host (${context.host}): it must be the Ollama server's root, as in http://127.0.0.1:11434.`,
    });
  }
  if (status === 401) {
    return new AuthenticationError(what, {
      ...base,
      hint: "Ollama itself needs no key, but the proxy or ollama.com in front of it does: set OLLAMA_API_KEY or providers.ollama.apiKey.",
    });
  }
  if (status === 503 && /server busy|maximum pending requests/i.test(message)) {
    return new ServerError(what, {
      ...base,
      hint: "More requests are waiting than OLLAMA_MAX_QUEUE allows; osmosis retries this. Lower the concurrency, or raise OLLAMA_NUM_PARALLEL/OLLAMA_MAX_QUEUE on the server.",
    });
  }
  if (/requires more system memory|out of memory|unable to allocate/i.test(message)) {
    return new ServerError(what, {
      ...base,
      retryable: false,
      hint: "The model does not fit this machine's memory: pick a smaller model or quantization, or lower numCtx.",
    });
  }
  return errorFromHttpStatus({
    status,
    message,
    provider,
    // ollama.com's longer allowances: waiting minutes does not help, unlike its hourly one.
    vendorCode:
      status === 429 && /(weekly|monthly) usage limit/i.test(message)
        ? "quota_exceeded"
        : undefined,
    retryAfterMs: retryAfterMs(context.headers),
    cause: error,
  });
}

/** Maps any error from a call through ollama-js to the core hierarchy. */
export function mapOllamaError(error: unknown, context: ErrorContext): LLMError {
  const { providerId: provider, host } = context;
  if (LLMError.isInstance(error)) return error;
  if (context.signal?.aborted || (error instanceof Error && error.name === "AbortError")) {
    return new LLMCancelledError(`${provider}: the request was aborted.`, {
      provider,
      cause: context.signal?.reason ?? error,
    });
  }
  if (isResponseError(error)) return fromResponseError(error, context);
  const codes = causeCodes(error);
  if (codes.has("ECONNREFUSED")) {
    return new LLMConnectionError(`${provider}: nothing is listening at ${host}.`, {
      provider,
      cause: error,
      hint: "Start Ollama (`ollama serve`, or the desktop app) and check OLLAMA_HOST or providers.ollama.host.",
    });
  }
  if (codes.has("ENOTFOUND") || codes.has("EAI_AGAIN")) {
    return new LLMConnectionError(`${provider}: the host name in ${host} does not resolve.`, {
      provider,
      cause: error,
      hint: "Check OLLAMA_HOST or providers.ollama.host.",
    });
  }
  if (codes.has("UND_ERR_HEADERS_TIMEOUT") || codes.has("UND_ERR_BODY_TIMEOUT")) {
    // Node's fetch gives up on a response that starts later than 300 s.
    return new LLMTimeoutError(`${provider}: the server took longer than fetch waits.`, {
      provider,
      cause: error,
      hint: "The model is slow on this machine: lower maxOutputTokens, or use a smaller model.",
    });
  }
  if (error instanceof TypeError && codes.size > 0) {
    return new LLMConnectionError(`${provider}: the connection to ${host} was dropped.`, {
      provider,
      cause: error,
      hint: "Ollama may have crashed or restarted; osmosis retries this.",
    });
  }
  if (error instanceof SyntaxError) {
    return new LLMResponseError(
      `${provider}: the server at ${host} answered with something other than JSON.`,
      {
        provider,
        cause: error,
        hint: "Check that the host is an Ollama server (or a proxy passing its API through).",
      },
    );
  }
  return new LLMError(
    `${provider}: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    { provider, cause: error },
  );
}
