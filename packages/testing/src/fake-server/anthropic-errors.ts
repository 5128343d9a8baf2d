// Anthropic's error objects, worded as the Messages API sends them, so clients classify them as in production.

/** The `error` member of Anthropic's `{"type":"error","error":{…},"request_id":…}` body. */
export interface AnthropicErrorObject {
  type: string;
  message: string;
}

export interface AnthropicErrorBody {
  type: "error";
  error: AnthropicErrorObject;
  request_id: string;
}

export function errorBody(error: AnthropicErrorObject, requestId: string): AnthropicErrorBody {
  return { type: "error", error, request_id: requestId };
}

const error = (type: string, message: string): AnthropicErrorObject => ({ type, message });

export const missingApiKey = () => error("authentication_error", "x-api-key header is required");

export const invalidApiKey = () => error("authentication_error", "invalid x-api-key");

/** What Anthropic answers (HTTP 400) when the organization has no prepaid credit left. */
export const creditBalanceTooLow = () =>
  error(
    "invalid_request_error",
    "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
  );

export function promptTooLong(promptTokens: number, contextWindow = 200_000): AnthropicErrorObject {
  const tokens = Math.max(promptTokens, contextWindow + 1);
  return error(
    "invalid_request_error",
    `prompt is too long: ${tokens} tokens > ${contextWindow} maximum`,
  );
}

export type AnthropicLimitKind = "requests" | "input-tokens" | "output-tokens";

const LIMIT_UNITS: Record<AnthropicLimitKind, string> = {
  requests: "requests",
  "input-tokens": "input tokens",
  "output-tokens": "output tokens",
};

export function rateLimitExceeded(
  organizationId: string,
  kind: AnthropicLimitKind,
  limit: number,
): AnthropicErrorObject {
  return error(
    "rate_limit_error",
    `This request would exceed the rate limit for your organization (${organizationId}) of ${limit.toLocaleString("en-US")} ${LIMIT_UNITS[kind]} per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase.`,
  );
}

export const invalidRequest = (message: string) => error("invalid_request_error", message);

export const notFound = (message = "Not found") => error("not_found_error", message);

/** The error Anthropic sends with a status that has no more specific one here. */
export function errorForStatus(status: number, code?: string): AnthropicErrorObject {
  switch (status) {
    case 400:
      return invalidRequest("Invalid request.");
    case 401:
      return invalidApiKey();
    case 402:
      return error(
        "billing_error",
        "Your organization cannot be billed for this request. Please check Plans & Billing.",
      );
    case 403:
      return error(
        "permission_error",
        "Your API key does not have permission to use the specified resource.",
      );
    case 404:
      return notFound(code ? `model: ${code}` : "Not found");
    case 413:
      return error("request_too_large", "Request exceeds the maximum allowed number of bytes.");
    case 429:
      return error("rate_limit_error", "Number of requests has exceeded your rate limit.");
    case 504:
      return error("timeout_error", "Request timeout");
    case 529:
      return error("overloaded_error", "Overloaded");
    default:
      return status >= 500
        ? error("api_error", "Internal server error")
        : invalidRequest(`Request failed with status ${status}.`);
  }
}
