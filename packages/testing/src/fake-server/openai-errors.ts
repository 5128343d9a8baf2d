// OpenAI's error bodies, word for word as the service sends them, so clients classify them as they would in production.

export interface OpenAIErrorBody {
  error: {
    message: string;
    type: string;
    param: string | null;
    code: string | number | null;
  };
}

function body(
  message: string,
  type: string,
  code: string | number | null = null,
  param: string | null = null,
): OpenAIErrorBody {
  return { error: { message, type, param, code } };
}

/** `sk-abc…wxyz` → `sk-ab*****wxyz`, as OpenAI echoes a rejected key. */
function maskKey(key: string): string {
  if (key.length <= 8) return "*".repeat(key.length);
  return `${key.slice(0, 3)}${"*".repeat(key.length - 7)}${key.slice(-4)}`;
}

export function missingApiKey(): OpenAIErrorBody {
  return body(
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
    "invalid_request_error",
  );
}

export function invalidApiKey(key: string): OpenAIErrorBody {
  return body(
    `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    "invalid_request_error",
    "invalid_api_key",
  );
}

export function insufficientQuota(): OpenAIErrorBody {
  return body(
    "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
    "insufficient_quota",
    "insufficient_quota",
  );
}

export function rateLimitReached(details: {
  model: string;
  organization: string;
  kind: "requests" | "tokens";
  limit: number;
  used: number;
  requested: number;
  retryIn: string;
}): OpenAIErrorBody {
  const unit = details.kind === "requests" ? "requests per min (RPM)" : "tokens per min (TPM)";
  return body(
    `Rate limit reached for ${details.model} in organization ${details.organization} on ${unit}: Limit ${details.limit}, Used ${details.used}, Requested ${details.requested}. Please try again in ${details.retryIn}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
    details.kind,
    "rate_limit_exceeded",
  );
}

export function contextLengthExceeded(
  promptTokens: number,
  contextWindow = 128_000,
): OpenAIErrorBody {
  const tokens = Math.max(promptTokens, contextWindow + 1);
  return body(
    `This model's maximum context length is ${contextWindow} tokens. However, your messages resulted in ${tokens} tokens. Please reduce the length of the messages.`,
    "invalid_request_error",
    "context_length_exceeded",
    "messages",
  );
}

export function invalidUrl(method: string, path: string): OpenAIErrorBody {
  return body(`Invalid URL (${method} ${path})`, "invalid_request_error");
}

export function unparsableBody(): OpenAIErrorBody {
  return body(
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
    "invalid_request_error",
  );
}

export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
) {
  return body(message, "invalid_request_error", code, param);
}

/** The body OpenAI (or Cloudflare in front of it) sends with a status that has no more specific body here. */
export function errorBodyForStatus(status: number, code?: string): OpenAIErrorBody {
  if (status === 500) {
    return body(
      "The server had an error while processing your request. Sorry about that!",
      "server_error",
    );
  }
  if (status === 502) return body("Bad gateway.", "cf_bad_gateway", 502);
  if (status === 503) {
    return body(
      "That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.",
      "server_error",
    );
  }
  if (status >= 500)
    return body("The server had an error processing your request.", "server_error");
  if (status === 403) {
    return body(
      "You are not allowed to sample from this model",
      "invalid_request_error",
      code ?? null,
    );
  }
  if (status === 404) {
    return body(
      "The model does not exist or you do not have access to it.",
      "invalid_request_error",
      code ?? "model_not_found",
    );
  }
  return body(`Request failed with status ${status}.`, "invalid_request_error", code ?? null);
}
