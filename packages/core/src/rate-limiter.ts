// One limiter per provider+model, shared by every concurrent call of a run: a concurrency window
// plus request and token buckets that learn the vendor's limit from its headers and its 429s.
import { abortReason } from "./abort.js";
import type { RateLimitState } from "./provider.js";

export interface RateLimits {
  /** Hard cap on requests per minute (from config or OSMOSIS_LLM_RATE_LIMIT); learned when unset. */
  requestsPerMinute?: number;
  /** Hard cap on tokens per minute; learned when unset. */
  tokensPerMinute?: number;
  /** Most calls in flight at once. */
  concurrency?: number;
}

export interface RateLimiterOptions extends RateLimits {
  /** Learn and follow the vendor's limits (default true). */
  adaptive?: boolean;
  /** Calls in flight before the first answer arrives; grows by one per success (default 4). */
  initialWindow?: number;
  /** Fraction of a learned limit to aim for, leaving room for clock skew (default 0.97). */
  headroom?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

/** What the caller reports when a call it was admitted for ends. */
export interface CallOutcome {
  /** The vendor answered 429: back off for `retryAfterMs` and slow down. */
  rateLimited?: { retryAfterMs?: number | undefined };
  /** Rate-limit headers of the answer. */
  rateLimit?: RateLimitState | undefined;
  /** Tokens the call really used (input + output), to correct the estimate. */
  tokens?: number | undefined;
}

export interface Permit {
  /** Must be called exactly once when the call ends, with what happened. */
  release(outcome?: CallOutcome): void;
}

export interface RateLimiterStats {
  inFlight: number;
  queued: number;
  window: number;
  /** The request rate being aimed at, per minute (`Infinity` when unlimited). */
  requestsPerMinute: number;
  tokensPerMinute: number;
  rateLimited: number;
}

/**
 * A bucket that refills continuously at `perMinute`. Its capacity is one second of refill, so
 * calls are paced evenly rather than sent in bursts that sub-minute vendor checks would refuse.
 */
class Bucket {
  level: number;
  #perMs = 0;
  #capacity = 1;
  #last: number;

  constructor(perMinute: number, now: number) {
    this.#last = now;
    this.setRate(perMinute);
    this.level = this.#capacity;
  }

  get capacity(): number {
    return this.#capacity;
  }

  setRate(perMinute: number): void {
    this.#perMs = perMinute / 60_000;
    this.#capacity = Math.max(1, perMinute / 60);
    this.level = Math.min(this.level ?? this.#capacity, this.#capacity);
  }

  refill(now: number): void {
    if (now > this.#last) {
      this.level = Math.min(this.#capacity, this.level + (now - this.#last) * this.#perMs);
      this.#last = now;
    }
  }

  /** Milliseconds until `amount` (capped at capacity) is available; 0 when it is now. */
  waitFor(amount: number): number {
    const need = Math.min(amount, this.#capacity);
    return this.level >= need ? 0 : (need - this.level) / this.#perMs;
  }
}

interface Waiter {
  tokens: number;
  resolve: (permit: Permit) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** After a 429: aim this fraction of the rate that was refused. */
const SLOWDOWN = 0.9;
/** While calls succeed: raise the aim by this factor a second, after a calm spell. */
const SPEEDUP = 1.03;
const CALM_MS = 3_000;
const THROUGHPUT_WINDOW_MS = 10_000;
/** Answers needed in the window before the measured rate is trusted over the aim. */
const MIN_SAMPLES = 20;

export class RateLimiter {
  readonly #concurrency: number;
  readonly #configuredRpm: number;
  readonly #configuredTpm: number;
  readonly #adaptive: boolean;
  readonly #headroom: number;
  readonly #now: () => number;

  #learnedRpm = Number.POSITIVE_INFINITY;
  #learnedTpm = Number.POSITIVE_INFINITY;
  /** Set by 429s when the vendor sends no limit headers; raised again while calls succeed. */
  #probedRpm = Number.POSITIVE_INFINITY;
  #requests: Bucket | undefined;
  #tokens: Bucket | undefined;
  #window: number;
  #inFlight = 0;
  #cooldownUntil = 0;
  #lastSlowdown = Number.NEGATIVE_INFINITY;
  #lastRateLimited = Number.NEGATIVE_INFINITY;
  #lastSpeedup = Number.NEGATIVE_INFINITY;
  #successes: number[] = [];
  /** Admission times of the last second, to seed a bucket whose limit is learned mid-run. */
  #admissions: Array<{ at: number; tokens: number }> = [];
  #rateLimited = 0;
  #queue: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.#concurrency = Math.max(1, options.concurrency ?? 8);
    this.#configuredRpm = options.requestsPerMinute ?? Number.POSITIVE_INFINITY;
    this.#configuredTpm = options.tokensPerMinute ?? Number.POSITIVE_INFINITY;
    this.#adaptive = options.adaptive ?? true;
    this.#headroom = options.headroom ?? 0.97;
    this.#now = options.now ?? Date.now;
    this.#window = this.#adaptive
      ? Math.min(this.#concurrency, Math.max(1, options.initialWindow ?? 4))
      : this.#concurrency;
    this.#applyRates();
  }

  /** Waits for a slot for a call estimated at `tokens` tokens. */
  acquire(tokens = 0, signal?: AbortSignal): Promise<Permit> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<Permit>((resolve, reject) => {
      const waiter: Waiter = {
        tokens,
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.#queue.indexOf(waiter);
          if (index >= 0) this.#queue.splice(index, 1);
          reject(abortReason(signal as AbortSignal));
          this.#pump();
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      this.#pump();
    });
  }

  stats(): RateLimiterStats {
    return {
      inFlight: this.#inFlight,
      queued: this.#queue.length,
      window: Math.floor(this.#window),
      requestsPerMinute: this.#targetRpm(),
      tokensPerMinute: this.#targetTpm(),
      rateLimited: this.#rateLimited,
    };
  }

  #targetRpm(): number {
    return Math.min(this.#configuredRpm, this.#learnedRpm, this.#probedRpm);
  }

  #targetTpm(): number {
    return Math.min(this.#configuredTpm, this.#learnedTpm);
  }

  #applyRates(): void {
    const now = this.#now();
    const rpm = this.#targetRpm();
    if (Number.isFinite(rpm)) {
      if (this.#requests) {
        this.#requests.refill(now);
        this.#requests.setRate(rpm);
      } else {
        this.#requests = new Bucket(rpm, now);
        // A limit learned mid-run: the calls of the last second already spent part of the budget.
        this.#requests.level = Math.max(
          0,
          this.#requests.capacity - this.#recentAdmissions(now).length,
        );
      }
    } else this.#requests = undefined;
    const tpm = this.#targetTpm();
    if (Number.isFinite(tpm)) {
      if (this.#tokens) {
        this.#tokens.refill(now);
        this.#tokens.setRate(tpm);
      } else {
        this.#tokens = new Bucket(tpm, now);
        const spent = this.#recentAdmissions(now).reduce((sum, a) => sum + a.tokens, 0);
        this.#tokens.level = Math.max(0, this.#tokens.capacity - spent);
      }
    } else this.#tokens = undefined;
  }

  #release(tokens: number, outcome: CallOutcome): void {
    this.#inFlight -= 1;
    const now = this.#now();
    if (this.#adaptive) {
      if (outcome.rateLimit) this.#learn(outcome.rateLimit, now);
      if (outcome.rateLimited) this.#slowDown(outcome.rateLimited.retryAfterMs, now);
      else this.#speedUp(now);
    }
    if (outcome.tokens !== undefined && this.#tokens) {
      this.#tokens.refill(now);
      this.#tokens.level -= outcome.tokens - tokens;
    }
    this.#pump();
  }

  #learn(state: RateLimitState, now: number): void {
    let changed = false;
    if (state.limitRequests && state.limitRequests * this.#headroom !== this.#learnedRpm) {
      this.#learnedRpm = state.limitRequests * this.#headroom;
      changed = true;
    }
    if (state.limitTokens && state.limitTokens * this.#headroom !== this.#learnedTpm) {
      this.#learnedTpm = state.limitTokens * this.#headroom;
      changed = true;
    }
    if (changed) this.#applyRates();
    // The vendor's own count is the truth: never believe we have more left than it says,
    // minus the calls still on their way to it.
    if (state.remainingRequests !== undefined && this.#requests) {
      this.#requests.refill(now);
      this.#requests.level = Math.min(
        this.#requests.level,
        state.remainingRequests - this.#inFlight,
      );
    }
    if (state.remainingTokens !== undefined && this.#tokens) {
      this.#tokens.refill(now);
      this.#tokens.level = Math.min(this.#tokens.level, state.remainingTokens);
    }
  }

  #slowDown(retryAfterMs: number | undefined, now: number): void {
    this.#rateLimited += 1;
    this.#lastRateLimited = now;
    this.#cooldownUntil = Math.max(this.#cooldownUntil, now + (retryAfterMs ?? 1_000));
    if (this.#requests) this.#requests.level = Math.min(this.#requests.level, 0);
    // Many calls in flight hit the same limit at once: one slowdown per second, not one per 429.
    if (now - this.#lastSlowdown < 1_000) return;
    this.#lastSlowdown = now;
    this.#window = Math.max(1, Math.ceil(this.#window / 2));
    // Step down from the rate really achieved when refused: an aim raised while the vendor's
    // burst allowance hid the limit can be far above it. Without enough answers to measure, from
    // the aim; with no aim yet, from the measure.
    const current = this.#targetRpm();
    const measured = this.#throughputPerMinute(now);
    const base = !Number.isFinite(current)
      ? measured
      : this.#successes.length >= MIN_SAMPLES
        ? Math.min(current, measured)
        : current;
    if (base > 0) {
      this.#probedRpm = Math.max(1, base * SLOWDOWN);
      this.#applyRates();
    }
  }

  #speedUp(now: number): void {
    this.#successes.push(now);
    this.#window = Math.min(this.#concurrency, this.#window + 0.5);
    if (!Number.isFinite(this.#probedRpm)) return;
    const calm = now - this.#lastRateLimited;
    if (calm < CALM_MS || now - this.#lastSpeedup < 1_000) return;
    this.#lastSpeedup = now;
    // The longer no call is refused, the further below the limit we probably are: climb faster.
    this.#probedRpm *= calm < 2 * CALM_MS ? SPEEDUP : SPEEDUP ** 2;
    this.#applyRates();
  }

  #recentAdmissions(now: number): ReadonlyArray<{ at: number; tokens: number }> {
    while (this.#admissions.length && (this.#admissions[0]?.at ?? now) <= now - 1_000) {
      this.#admissions.shift();
    }
    return this.#admissions;
  }

  #throughputPerMinute(now: number): number {
    while (this.#successes.length && (this.#successes[0] as number) < now - THROUGHPUT_WINDOW_MS) {
      this.#successes.shift();
    }
    const first = this.#successes[0];
    if (first === undefined) return 0;
    const span = Math.max(1_000, now - first);
    return (this.#successes.length / span) * 60_000;
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const now = this.#now();
      if (now < this.#cooldownUntil) {
        this.#wake(this.#cooldownUntil - now);
        return;
      }
      if (this.#inFlight >= Math.floor(this.#window)) return;
      const head = this.#queue[0] as Waiter;
      this.#requests?.refill(now);
      this.#tokens?.refill(now);
      const wait = Math.max(
        this.#requests?.waitFor(1) ?? 0,
        this.#tokens?.waitFor(head.tokens) ?? 0,
      );
      if (wait > 0) {
        this.#wake(wait);
        return;
      }
      this.#queue.shift();
      head.signal?.removeEventListener("abort", head.onAbort);
      if (this.#requests) this.#requests.level -= 1;
      if (this.#tokens) this.#tokens.level -= head.tokens;
      this.#inFlight += 1;
      if (this.#adaptive) {
        this.#admissions.push({ at: now, tokens: head.tokens });
        if (this.#admissions.length > 256) this.#recentAdmissions(now);
      }
      let released = false;
      head.resolve({
        release: (outcome = {}) => {
          if (released) return;
          released = true;
          this.#release(head.tokens, outcome);
        },
      });
    }
  }

  #wake(delayMs: number): void {
    const at = this.#now() + Math.ceil(delayMs);
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#pump();
    }, Math.ceil(delayMs));
  }
}

/** The limiters of one run, one per provider+model, created on first use. */
export class RateLimiters {
  readonly #limiters = new Map<string, RateLimiter>();
  readonly #defaults: RateLimiterOptions;
  readonly #overrides: Readonly<Record<string, RateLimits>>;

  /**
   * `overrides` are keyed `"<provider>"` or `"<provider>/<model>"`; the more specific wins.
   */
  constructor(
    defaults: RateLimiterOptions = {},
    overrides: Readonly<Record<string, RateLimits>> = {},
  ) {
    this.#defaults = defaults;
    this.#overrides = overrides;
  }

  for(provider: string, model: string): RateLimiter {
    const key = `${provider}/${model}`;
    let limiter = this.#limiters.get(key);
    if (!limiter) {
      limiter = new RateLimiter({
        ...this.#defaults,
        ...this.#overrides[provider],
        ...this.#overrides[key],
      });
      this.#limiters.set(key, limiter);
    }
    return limiter;
  }
}
