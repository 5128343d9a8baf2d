// Maps what the Anthropic SDK throws to the osmosis error hierarchy.
import Anthropic from "@anthropic-ai/sdk";
import {
  errorFromHttpStatus,
  LLMCancelledError,
  LLMConnectionError,
  LLMError,
  LLMTimeoutError,
} from "@osmosis/core";
import { retryAfterFromHeaders } from "./rate-limit-headers.js";

/**
 * Anthropic reports an empty prepaid balance as a 400 `invalid_request_error`, which only its
 * wording tells apart from a malformed request.
 */
const CREDIT_BALANCE = /credit balance is too low/i;

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
    // check reads the vendor code, so the 400 credit-balance error is reported under that type.
    const vendorCode = CREDIT_BALANCE.test(message) ? "billing_error" : (error.type ?? undefined);
    return errorFromHttpStatus({
      status: error.status,
      message,
      provider: providerId,
      vendorCode,
      requestId: error.requestID ?? undefined,
      retryAfterMs: retryAfterFromHeaders(error.headers),
      cause: error,
    });
  }
  return new LLMError(
    `${providerId}: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    { provider: providerId, cause: error },
  );
}
