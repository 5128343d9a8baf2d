// Ollama's `{"error": "..."}` bodies, as the server (or ollama.com, or an auth proxy in front of it) sends them, and the shared faults mapped onto them.
import { DEFAULT_NON_JSON_CONTENT, type FakeFault, type FaultAction } from "./faults.js";

export interface OllamaErrorBody {
  error: string;
}

const body = (error: string): OllamaErrorBody => ({ error });

/** handleScheduleError's 404 for a model that is not pulled. */
export function modelNotFound(model: string): OllamaErrorBody {
  return body(`model ${JSON.stringify(model)} not found, try pulling it first`);
}

/** ErrMaxQueue: more requests pending than OLLAMA_MAX_QUEUE allows (status 503). */
export function serverBusy(): OllamaErrorBody {
  return body("server busy, please try again.  maximum pending requests exceeded");
}

/** What ollama.com and auth proxies answer without a valid bearer key. */
export function unauthorized(): OllamaErrorBody {
  return body("unauthorized");
}

/** ollama.com's 429 once a plan's weekly allowance is spent: waiting minutes does not help. */
export function weeklyUsageLimit(): OllamaErrorBody {
  return body("you've reached your weekly usage limit, please wait or upgrade to continue");
}

/** A short-window 429, as a rate-limiting proxy (or ollama.com's hourly limit) answers. */
export function tooManyRequests(): OllamaErrorBody {
  return body("too many requests, please slow down and try again later");
}

export function contextLengthExceeded(): OllamaErrorBody {
  return body("the input length exceeds the context length");
}

/** The 400 for a `format` that is neither `"json"` nor a JSON Schema object. */
export function invalidFormat(): OllamaErrorBody {
  return body('invalid format: expected "json" or a valid JSON schema');
}

export function errorBodyForStatus(status: number): OllamaErrorBody {
  if (status === 500) return body("llama runner process has terminated: exit status 2");
  if (status === 502) return body("bad gateway");
  if (status === 503) return serverBusy();
  if (status === 504) return body("gateway timeout");
  if (status === 403) return body("forbidden");
  if (status === 400) return body("invalid request");
  return body(`request failed with status ${status}`);
}

export interface OllamaFaultContext {
  /** The model the request asked for, named in the 404. */
  model: string;
}

/** What the fake Ollama does for a shared fault, decided without touching the connection. */
export function ollamaFaultAction(fault: FakeFault, context: OllamaFaultContext): FaultAction {
  if ("kind" in fault) {
    switch (fault.kind) {
      case "reset":
        return { action: "reset" };
      case "hang":
        return { action: "hang" };
      case "non-json-content":
        return { action: "content", content: fault.content ?? DEFAULT_NON_JSON_CONTENT };
      case "insufficient-quota":
        return { action: "error", status: 429, body: weeklyUsageLimit(), headers: {} };
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
  if (code === "insufficient_quota") {
    return { action: "error", status, body: weeklyUsageLimit(), headers };
  }
  if (status === 429) return { action: "rate-limit", retryAfterMs: 1000, limit: "requests" };
  if (code === "context_length_exceeded") {
    return { action: "error", status, body: contextLengthExceeded(), headers };
  }
  if (status === 401) return { action: "error", status, body: unauthorized(), headers };
  if (status === 404)
    return { action: "error", status, body: modelNotFound(context.model), headers };
  return { action: "error", status, body: errorBodyForStatus(status), headers };
}
