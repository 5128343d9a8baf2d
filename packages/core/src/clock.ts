// Time as the pipeline sees it: real by default, virtual in tests that must not depend on the
// machine's speed (the rate limiter, retries, timeouts and deadlines all read it).

export interface Clock {
  /** Milliseconds since the epoch (or any fixed origin, for a virtual clock). */
  now(): number;
  /** Calls `fn` once after `ms`; returns a handle for `clearTimer`. */
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimer: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});
