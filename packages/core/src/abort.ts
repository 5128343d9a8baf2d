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

/**
 * A signal that aborts when any of `signals` does. `AbortSignal.any` arrived in Node 20.3; this
 * keeps the whole Node 20 line working.
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([...signals]);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
