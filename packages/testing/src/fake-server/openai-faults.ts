// The shared fault vocabulary, answered the way OpenAI's API fails.
import { errorAction, type FakeFault, type FaultAction, vendorFaultAction } from "./faults.js";
import {
  contextLengthExceeded,
  errorBodyForStatus,
  insufficientQuota,
  invalidApiKey,
  invalidRequest,
  missingApiKey,
} from "./openai-errors.js";

export interface OpenAIFaultContext {
  /** The Authorization header's key, echoed (masked) in 401 bodies. */
  apiKey: string | undefined;
  promptTokens: number;
}

export function openaiFaultAction(fault: FakeFault, context: OpenAIFaultContext): FaultAction {
  return vendorFaultAction<FaultAction>(fault, {
    quota: (status, headers) => errorAction(status, insufficientQuota(), headers),
    error: (status, code, headers) =>
      errorAction(status, errorBody(status, code, context), headers),
  });
}

function errorBody(status: number, code: string | undefined, context: OpenAIFaultContext): unknown {
  if (code === "context_length_exceeded") return contextLengthExceeded(context.promptTokens);
  if (status === 401) return context.apiKey ? invalidApiKey(context.apiKey) : missingApiKey();
  if (status === 400) return invalidRequest("Invalid request.", null, code ?? null);
  return errorBodyForStatus(status, code);
}
