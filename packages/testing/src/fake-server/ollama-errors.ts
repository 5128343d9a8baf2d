// Ollama's `{"error": "..."}` bodies, as the server (or ollama.com, or an auth proxy in front of it) sends them.

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
