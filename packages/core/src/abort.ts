// Abortable waiting, shared by retry back-off and rate-limit pacing.
import { type Clock, systemClock } from "./clock.js";
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

/** Resolves after `ms` on `clock`, or rejects at once when `signal` aborts (the timer is cleared). */
export function sleep(ms: number, signal?: AbortSignal, clock: Clock = systemClock): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clock.clearTimer(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = clock.setTimer(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A signal linked to others, and the way to unlink it. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** Removes the listeners on the source signals; call it when the operation ends. */
  dispose(): void;
}

/**
 * A signal that aborts when any of `signals` does, with the first one's reason. Hand-written
 * rather than `AbortSignal.any` (Node 20.3+), which keeps its sources' listeners until garbage
 * collection: over a run of 100,000 calls sharing the run's signal, explicit removal keeps the
 * listener count flat.
 */
export function linkSignals(signals: readonly (AbortSignal | undefined)[]): LinkedSignal {
  const controller = new AbortController();
  const sources = signals.filter((s): s is AbortSignal => s !== undefined);
  const aborted = sources.find((s) => s.aborted);
  if (aborted) {
    controller.abort(aborted.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const listeners = sources.map((source) => {
    const onAbort = () => {
      dispose();
      controller.abort(source.reason);
    };
    source.addEventListener("abort", onAbort, { once: true });
    return [source, onAbort] as const;
  });
  let disposed = false;
  function dispose(): void {
    if (disposed) return;
    disposed = true;
    for (const [source, onAbort] of listeners) source.removeEventListener("abort", onAbort);
  }
  return { signal: controller.signal, dispose };
}
