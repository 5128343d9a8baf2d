// Retry with exponential back-off and jitter, bounded in attempts and in total time.
import { sleep } from "./abort.js";
import { type Clock, systemClock } from "./clock.js";
import { isRetryable, LLMError, LLMRateLimitError } from "./errors.js";

export interface RetryPolicy {
  /** Retries after the first attempt for server, connection and timeout errors (plan default 3). */
  maxRetries: number;
  /**
   * Retries for rate limits (429). Separate from `maxRetries` because the vendor told us when to
   * come back: giving up after 3 would drop work a run of thousands of calls can still finish.
   */
  maxRateLimitRetries: number;
  /** First back-off delay (plan default 1 s). */
  baseDelayMs: number;
  /** Largest single back-off delay (plan default 60 s). */
  maxDelayMs: number;
  /** Growth factor per attempt (plan default 2). */
  factor: number;
  /** No retry starts once this much time has passed since the first attempt. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 3,
  maxRateLimitRetries: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  factor: 2,
  maxTotalMs: 10 * 60_000,
});

export interface RetryEvent {
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  error: unknown;
  /** Short reason for the log: the error's code. */
  reason: string;
}

export interface RetryOptions {
  policy?: Partial<RetryPolicy>;
  signal?: AbortSignal;
  onRetry?: (event: RetryEvent) => void;
  /** Random source in [0, 1), injectable for tests. */
  random?: () => number;
  /** Time for the back-off and the total-time bound (default: the system clock). */
  clock?: Clock;
  /** Narrows which retryable errors are retried here (default: all of them). */
  shouldRetry?: (error: unknown) => boolean;
}

/**
 * Delay before retry number `retry` (1-based): "equal jitter" — half the exponential step fixed,
 * half random — so concurrent callers spread out but none retries almost at once. A vendor's
 * `retryAfterMs` is a floor, even above `maxDelayMs`: we never come back sooner than asked.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  error?: unknown,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** (retry - 1));
  const jittered = step / 2 + (random() * step) / 2;
  const asked = LLMRateLimitError.isInstance(error) ? error.retryAfterMs : undefined;
  if (asked !== undefined) {
    // Honour the vendor's wait, plus a little jitter so a crowd of callers does not return together.
    return asked + random() * Math.min(1_000, asked * 0.2 + 50);
  }
  return Math.round(jittered);
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not retryable, runs out of
 * retries or total time, or `signal` aborts. `attempt` gets the 0-based attempt number.
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<{ value: T; retries: number }> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const random = options.random ?? Math.random;
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  let retries = 0;
  let rateLimitRetries = 0;
  let otherRetries = 0;
  for (;;) {
    try {
      const value = await attempt(retries);
      return { value, retries };
    } catch (error) {
      if (
        options.signal?.aborted ||
        !isRetryable(error) ||
        (options.shouldRetry && !options.shouldRetry(error))
      ) {
        throw withRetries(error, retries);
      }
      const rateLimited = LLMRateLimitError.isInstance(error);
      const used = rateLimited ? rateLimitRetries : otherRetries;
      const allowed = rateLimited ? policy.maxRateLimitRetries : policy.maxRetries;
      if (used >= allowed) throw withRetries(error, retries);
      const delayMs = backoffDelay(used + 1, policy, error, random);
      // The real wait counts, a vendor's long retry-after included: past the bound, the call ends
      // with a `requeue` verdict and the caller comes back to it later.
      if (clock.now() - started + delayMs > policy.maxTotalMs) throw withRetries(error, retries);
      retries += 1;
      if (rateLimited) rateLimitRetries += 1;
      else otherRetries += 1;
      options.onRetry?.({
        retry: retries,
        delayMs,
        error,
        reason: LLMError.isInstance(error) ? error.code : "error",
      });
      await sleep(delayMs, options.signal, clock);
    }
  }
}

/** Records on the final error how many retries were spent, for usage figures and reports. */
function withRetries(error: unknown, retries: number): unknown {
  if (typeof error === "object" && error !== null && !Object.isFrozen(error)) {
    Object.defineProperty(error, "retries", {
      value: retries,
      enumerable: false,
      configurable: true,
    });
  }
  return error;
}

/** Retries spent before `error` was given up on (0 when it failed at once). */
export function retriesOf(error: unknown): number {
  const n = (error as { retries?: unknown } | null)?.retries;
  return typeof n === "number" ? n : 0;
}
