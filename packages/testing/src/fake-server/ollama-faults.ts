// The shared fault vocabulary, answered the way Ollama (or ollama.com, or an auth proxy) fails.
import { errorAction, type FakeFault, type FaultAction, vendorFaultAction } from "./faults.js";
import {
  contextLengthExceeded,
  errorBodyForStatus,
  modelNotFound,
  unauthorized,
  weeklyUsageLimit,
} from "./ollama-errors.js";

export interface OllamaFaultContext {
  /** The model the request asked for, named in the 404. */
  model: string;
}

export function ollamaFaultAction(fault: FakeFault, context: OllamaFaultContext): FaultAction {
  return vendorFaultAction<FaultAction>(fault, {
    quota: (status, headers) => errorAction(status, weeklyUsageLimit(), headers),
    error: (status, code, headers) =>
      errorAction(status, errorBody(status, code, context), headers),
  });
}

function errorBody(status: number, code: string | undefined, context: OllamaFaultContext): unknown {
  if (code === "context_length_exceeded") return contextLengthExceeded();
  if (status === 401) return unauthorized();
  if (status === 404) return modelNotFound(context.model);
  return errorBodyForStatus(status);
}
