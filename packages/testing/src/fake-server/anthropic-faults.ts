// The shared fault vocabulary, answered the way Anthropic's Messages API fails.
import {
  type AnthropicErrorObject,
  creditBalanceTooLow,
  errorForStatus,
  promptTooLong,
} from "./anthropic-errors.js";
import { type FakeFault, type FaultAction, vendorFaultAction } from "./faults.js";

/** Anthropic's error object for an `error` envelope, sent with the response's `request_id`. */
interface AnthropicError {
  action: "anthropic-error";
  status: number;
  error: AnthropicErrorObject;
  headers: Record<string, string>;
}

export type AnthropicFaultAction = FaultAction | AnthropicError;

/** OpenAI-flavoured codes of the shared vocabulary, and Anthropic's own names for the same. */
const CONTEXT_CODES = new Set(["context_length_exceeded", "prompt_too_long"]);

export function anthropicFaultAction(
  fault: FakeFault,
  context: { promptTokens: number },
): AnthropicFaultAction {
  return vendorFaultAction<AnthropicError>(fault, {
    quotaCodes: ["credit_balance_too_low"],
    // Anthropic answers an empty balance with a 400, whatever status the test asked for.
    quota: (_status, headers) => anthropicError(400, creditBalanceTooLow(), headers),
    error: (status, code, headers) => {
      const error =
        code && CONTEXT_CODES.has(code)
          ? promptTooLong(context.promptTokens)
          : errorForStatus(status, code);
      return anthropicError(status, error, headers);
    },
  });
}

function anthropicError(
  status: number,
  error: AnthropicErrorObject,
  headers: Record<string, string>,
): AnthropicError {
  return { action: "anthropic-error", status, error, headers };
}
