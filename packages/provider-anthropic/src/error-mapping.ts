// Maps what the Anthropic SDK throws to the osmosis error hierarchy.
import Anthropic from "@anthropic-ai/sdk";
import {
  errorFromHttpStatus,
  LLMCancelledError,
  LLMConnectionError,
  LLMError,
  LLMTimeoutError,
  rateLimitFromHeaders,
  retryAfterFromHeaders,
} from "@osmosis/core";

/**
 * Anthropic reports an empty prepaid balance, and a spend limit the organization or workspace
 * set, as a 400 `invalid_request_error`, which only its wording tells apart from a malformed
 * request.
 */
const BILLING_MESSAGE =
  /credit balance is too low|reached your specified (?:workspace )?API usage limits/i;

/**
 * `details.error_code`s of spend caps and unpayable organizations. The monthly cap of the API
 * tier comes as a 429 `rate_limit_error`, without `retry-after`: waiting minutes does not help.
 */
const BILLING_ERROR_CODES = new Set([
  "enforced_spend_limit_reached",
  "contract_spend_limit_reached",
  "linked_organization_spend_limit_reached",
  "linked_organization_billing_unavailable",
]);

/**
 * Claude 3.7 and later refuse a prompt whose length plus `max_tokens` passes the context window
 * ("input length and `max_tokens` exceed context limit: 178959 + 64000 > 200000"), in words
 * core's context-length check does not know.
 */
const CONTEXT_LIMIT = /exceed context limit/i;

export function mapAnthropicError(error: unknown, providerId: string): LLMError {
  if (LLMError.isInstance(error)) return error;
  if (error instanceof Anthropic.APIUserAbortError) {
    return new LLMCancelledError(`${providerId}: the request was aborted.`, {
      provider: providerId,
      cause: error,
    });
  }
  if (error instanceof Anthropic.APIConnectionTimeoutError) {
    return new LLMTimeoutError(`${providerId}: the request timed out.`, {
      provider: providerId,
      cause: error,
    });
  }
  if (error instanceof Anthropic.APIConnectionError) {
    return new LLMConnectionError(`${providerId}: could not reach the server (${error.message}).`, {
      provider: providerId,
      cause: error,
      hint: "Check the base URL, the network or the proxy; osmosis retries this.",
    });
  }
  if (error instanceof Anthropic.APIError) {
    const message = error.apiMessage ?? error.message;
    // `billing_error` is Anthropic's own type for billing problems (sent with 402); core's quota
    // check reads the vendor code, so the other billing failures are reported under that type.
    const billing =
      BILLING_MESSAGE.test(message) ||
      (error.errorCode !== null && BILLING_ERROR_CODES.has(error.errorCode));
    const vendorCode = billing
      ? "billing_error"
      : CONTEXT_LIMIT.test(message)
        ? "context_length_exceeded"
        : (error.type ?? undefined);
    return errorFromHttpStatus({
      status: error.status,
      message,
      provider: providerId,
      vendorCode,
      requestId: error.requestID ?? undefined,
      retryAfterMs: retryAfterFromHeaders(error.headers),
      rateLimit: rateLimitFromHeaders(error.headers),
      cause: error,
    });
  }
  return new LLMError(
    `${providerId}: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    { provider: providerId, cause: error },
  );
}
