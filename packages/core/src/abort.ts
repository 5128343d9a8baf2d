// Abortable waiting, shared by retry back-off and rate-limit pacing.
import { LLMCancelledError, LLMError } from "./errors.js";

/** The error a run's abort should surface as: the signal's own reason when it is an osmosis error. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (LLMError.isInstance(reason)) return reason;
  return new LLMCancelledError("The run was cancelled.", {
    cause: reason,
    hint: "Nothing more is sent; work already finished is kept.",
  });
}

/** Resolves after `ms`, or rejects at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
