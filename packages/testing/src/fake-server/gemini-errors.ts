// The Gemini API's error bodies (google.rpc.Status as JSON), worded as the service sends them.

export interface GoogleErrorBody {
  error: {
    code: number;
    message: string;
    /** The google.rpc.Code name: `INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED`, … */
    status: string;
    details?: Record<string, unknown>[];
  };
}

/** The google.rpc.Code Google's front end pairs with each HTTP status. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  429: "RESOURCE_EXHAUSTED",
  499: "CANCELLED",
  500: "INTERNAL",
  501: "NOT_IMPLEMENTED",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

export function statusName(code: number): string {
  return STATUS_NAMES[code] ?? (code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION");
}

export function googleError(
  code: number,
  message: string,
  status: string = statusName(code),
  details?: Record<string, unknown>[],
): GoogleErrorBody {
  return { error: { code, message, status, ...(details ? { details } : {}) } };
}

const ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";
const SERVICE = "generativelanguage.googleapis.com";
const RATE_LIMITS_URL = "https://ai.google.dev/gemini-api/docs/rate-limits";

/**
 * A google.protobuf.Duration in its JSON form, as in `RetryInfo.retryDelay`: seconds with 0, 3,
 * 6 or 9 fractional digits (`"43s"`, `"1.500s"`).
 */
export function formatRetryDelay(ms: number): string {
  const whole = Math.max(0, Math.ceil(ms));
  return whole % 1000 === 0 ? `${whole / 1000}s` : `${(whole / 1000).toFixed(3)}s`;
}

/** A wrong key: Google answers 400, not 401, with the reason in an ErrorInfo detail. */
export function apiKeyInvalid(): GoogleErrorBody {
  const message = "API key not valid. Please pass a valid API key.";
  return googleError(400, message, "INVALID_ARGUMENT", [
    {
      "@type": ERROR_INFO,
      reason: "API_KEY_INVALID",
      domain: "googleapis.com",
      metadata: { service: SERVICE },
    },
    { "@type": "type.googleapis.com/google.rpc.LocalizedMessage", locale: "en-US", message },
  ]);
}

/** No key at all. */
export function unregisteredCaller(): GoogleErrorBody {
  return googleError(
    403,
    "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    "PERMISSION_DENIED",
  );
}

export function unauthenticated(): GoogleErrorBody {
  return googleError(
    401,
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    "UNAUTHENTICATED",
  );
}

export function permissionDenied(): GoogleErrorBody {
  return googleError(403, "The caller does not have permission", "PERMISSION_DENIED");
}

export function modelNotFound(model: string, apiVersion: string): GoogleErrorBody {
  return googleError(
    404,
    `models/${model} is not found for API version ${apiVersion}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
    "NOT_FOUND",
  );
}

export function inputTooLong(tokens: number, limit: number): GoogleErrorBody {
  return googleError(
    400,
    `The input token count (${tokens}) exceeds the maximum number of tokens allowed (${limit}).`,
    "INVALID_ARGUMENT",
  );
}

export function invalidArgument(
  message = "Request contains an invalid argument.",
): GoogleErrorBody {
  return googleError(400, message, "INVALID_ARGUMENT");
}

export type QuotaWindow = "requests-per-minute" | "tokens-per-minute" | "requests-per-day";

const QUOTAS: Readonly<Record<QuotaWindow, { metric: string; quotaId: string }>> = {
  "requests-per-minute": {
    metric: "generativelanguage.googleapis.com/generate_content_free_tier_requests",
    quotaId: "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
  },
  "tokens-per-minute": {
    metric: "generativelanguage.googleapis.com/generate_content_free_tier_input_token_count",
    quotaId: "GenerateContentInputTokensPerModelPerMinute-FreeTier",
  },
  "requests-per-day": {
    metric: "generativelanguage.googleapis.com/generate_content_free_tier_requests",
    quotaId: "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
  },
};

/**
 * A free-tier 429. Every window — per minute and per day alike — gets the same "check your plan
 * and billing details" preface; only the QuotaFailure's `quotaId` tells a daily quota (waiting
 * minutes does not help) from a per-minute limit. Google sends a RetryInfo with both.
 */
export function quotaExceeded(details: {
  model: string;
  window: QuotaWindow;
  limit: number;
  retryAfterMs: number;
}): GoogleErrorBody {
  const { metric, quotaId } = QUOTAS[details.window];
  const delay = formatRetryDelay(details.retryAfterMs);
  return googleError(
    429,
    `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: ${RATE_LIMITS_URL}. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. \n* Quota exceeded for metric: ${metric}, limit: ${details.limit}, model: ${details.model}\nPlease retry in ${delay}.`,
    "RESOURCE_EXHAUSTED",
    [
      {
        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
        violations: [
          {
            quotaMetric: metric,
            quotaId,
            quotaDimensions: { location: "global", model: details.model },
            quotaValue: String(details.limit),
          },
        ],
      },
      {
        "@type": "type.googleapis.com/google.rpc.Help",
        links: [{ description: "Learn more about Gemini API quotas", url: RATE_LIMITS_URL }],
      },
      { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: delay },
    ],
  );
}

/** The body for a status that has no more specific one here. */
export function errorBodyForStatus(status: number, statusString?: string): GoogleErrorBody {
  const name = statusString ?? statusName(status);
  if (status === 400) return googleError(400, "Request contains an invalid argument.", name);
  if (status === 401) return unauthenticated();
  if (status === 403) return googleError(403, "The caller does not have permission", name);
  if (status === 500) {
    return googleError(
      500,
      "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
      name,
    );
  }
  if (status === 503) {
    return googleError(503, "The model is overloaded. Please try again later.", name);
  }
  if (status === 504) {
    return googleError(504, "Deadline expired before operation could complete.", name);
  }
  return googleError(status, `Request failed with status ${status}.`, name);
}

/** Google's front end answers an unknown path with an HTML page, not JSON. */
export function notFoundPage(path: string): string {
  return `<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 404 (Not Found)!!1</title>\n  <p><b>404.</b> <ins>That’s an error.</ins>\n  <p>The requested URL <code>${path}</code> was not found on this server.  <ins>That’s all we know.</ins>\n`;
}
