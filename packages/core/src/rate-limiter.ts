// One limiter per provider+model, shared by every concurrent call of a run: a concurrency window
// and a model of the vendor's request and token budgets, learned from its headers and its 429s.
//
// Hand-written: general limiters (p-limit, bottleneck, p-queue) pace at a rate they are told.
// Here the rate is not told: it is read off the vendor's headers when it states one, and found
// from its refusals when it does not (see the core README, "How the limiter learns").
import { abortReason } from "./abort.js";
import { type Clock, systemClock } from "./clock.js";
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
  /** Calls in flight before the first answer arrives; grows with answers (default 4). */
  initialWindow?: number;
  /** Fraction of a vendor's stated limit to aim for, leaving room for clock skew (default 0.97). */
  headroom?: number;
  /** Time and timers; virtual in tests. */
  clock?: Clock;
}

/** What the caller reports when a call it was admitted for ends. */
export interface CallOutcome {
  /** The vendor answered (whatever the answer): only answers open the window. */
  answered?: boolean;
  /** The vendor answered 429: back off for `retryAfterMs` and slow down. */
  rateLimited?: { retryAfterMs?: number | undefined };
  /** The vendor's rate-limit headers on the answer or on the 429. */
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
  /** The request rate being aimed at, per minute (`Infinity` when unknown and unlimited). */
  requestsPerMinute: number;
  tokensPerMinute: number;
  /** 429s received. */
  rateLimited: number;
  /** How long the vendor asked everyone to wait: milliseconds left (0 when not waiting). */
  coolingDownMs: number;
}

/** Of a stated limit, the share aimed at by default, leaving room for clock skew. */
const HEADROOM = 0.97;
/** With no rate known, the window doubles every round trip until the first refusal… */
const SLOW_START_GROWTH = 1;
/** …and grows by half a call per answer after it. */
const GROWTH = 0.5;
/** After a first refusal with nothing else to go by: this share of the answers of the last second. */
const FIRST_SLOWDOWN = 0.8;
/** After a refusal with too little evidence for a measure: this share of the rate aimed at. */
const SLOWDOWN = 0.85;
/** The share of the measured refill rate aimed at. */
const MEASURED_AIM = 0.95;
/** Admissions between refusals needed before their rate is taken as the vendor's. */
const MIN_EVIDENCE = 5;
/** Refusals further apart than this say little: the vendor may have filled up and wasted refill. */
const MAX_GAP_MS = 10_000;
/** Refusals older than this are forgotten: limits change. */
const EVIDENCE_MS = 30_000;
/** Without a measure, the aim climbs by `CLIMB_BEFORE_MEASURE` a second after this calm. */
const CALM_BEFORE_MEASURE_MS = 1_000;
const CLIMB_BEFORE_MEASURE = 1.2;
/** With a measure, the aim climbs by `CLIMB` a second after this calm (the limit may have risen)… */
const CALM_MS = 5_000;
const CLIMB = 1.05;
/**
 * …up to this share of the measure, then only creeps (1% every 5 s): a long burst hides an
 * overshoot for a while, so climbing fast there only buys a deeper refusal.
 */
const CLIMB_CEILING = 1.05;
const CREEP = 1.01;
const CREEP_EVERY_MS = 5_000;
/** A wait at least this long from a vendor that states no limit may be a window resetting at once. */
const LONG_WAIT_MS = 10_000;
/** In such a window, once its budget is spent, one probe every this long finds the reset. */
const WINDOW_PROBE_MS = 10_000;
/** A burst learned from refusals is this share of what the vendor let through. */
const BURST_MARGIN = 0.9;

/**
 * One of the vendor's budgets (requests or tokens) as we believe it stands: a bucket refilling at
 * `rate` per millisecond up to `capacity`, holding `level` now. Unknown parts are infinite.
 */
class Budget {
  rate = Number.POSITIVE_INFINITY;
  capacity = Number.POSITIVE_INFINITY;
  level = Number.POSITIVE_INFINITY;
  /** When the whole capacity comes back at once (a window's reset), if one is expected. */
  resetAt: number | undefined;
  #last: number;

  constructor(now: number) {
    this.#last = now;
  }

  refill(now: number): void {
    if (this.resetAt !== undefined && now >= this.resetAt) {
      this.resetAt = undefined;
      this.level = this.capacity;
    }
    if (now > this.#last) {
      if (Number.isFinite(this.rate)) {
        this.level = Math.min(this.capacity, this.level + (now - this.#last) * this.rate);
      }
      this.#last = now;
    }
  }

  /** Milliseconds until `amount` (capped at the capacity) is available; 0 when it is now. */
  waitFor(amount: number): number {
    const need = Math.min(amount, this.capacity);
    if (this.level >= need) return 0;
    return Number.isFinite(this.rate) && this.rate > 0
      ? (need - this.level) / this.rate
      : Number.POSITIVE_INFINITY;
  }

  /**
   * Sets the rate (per ms). Without a known burst, the capacity is one second of it: paced evenly,
   * as vendors that check sub-minute windows want.
   */
  setRate(rate: number, now: number, cap: number): void {
    this.refill(now);
    this.rate = rate;
    if (!Number.isFinite(rate)) return;
    if (!Number.isFinite(this.capacity)) this.capacity = Math.max(1, rate * 1_000);
    this.capacity = Math.min(this.capacity, cap);
    this.level = Math.min(this.level, this.capacity);
  }
}

const PENDING = 0;
const ADMITTED = 1;
const REFUSED = 2;
const FAILED = 3;

/**
 * What became of the last admissions, by admission number, and the refusals among them: the
 * evidence for a vendor's refill rate when it states none. Fixed-size rings, so a run of any
 * length keeps the same memory.
 */
class Ledger {
  static readonly SIZE = 1024;
  static readonly REFUSALS = 64;
  readonly #state = new Uint8Array(Ledger.SIZE).fill(ADMITTED);
  #latest = 0;
  /** No call admitted before this one is still in flight. */
  #oldestPending = 1;
  /** Refused admissions (number, time), oldest first. */
  #refusals: Array<{ seq: number; at: number }> = [];

  admitted(seq: number): void {
    this.#latest = seq;
    this.#state[seq % Ledger.SIZE] = PENDING;
  }

  /**
   * Calls admitted before `seq` and still in flight. Requests overtake each other on the way
   * (connection pools), so the vendor may not have counted these when it answered `seq`.
   */
  pendingBefore(seq: number): number {
    while (
      this.#oldestPending < this.#latest &&
      this.#state[this.#oldestPending % Ledger.SIZE] !== PENDING
    ) {
      this.#oldestPending += 1;
    }
    let pending = 0;
    for (let s = Math.max(this.#oldestPending, seq - Ledger.SIZE + 1); s < seq; s++) {
      if (this.#state[s % Ledger.SIZE] === PENDING) pending += 1;
    }
    return pending;
  }

  settle(seq: number, state: number, at: number): void {
    if (this.#latest - seq >= Ledger.SIZE) return;
    this.#state[seq % Ledger.SIZE] = state;
    if (state === REFUSED) {
      this.#refusals.push({ seq, at });
      if (this.#refusals.length > Ledger.REFUSALS) this.#refusals.shift();
    }
  }

  /**
   * What the vendor let through between refusals (it was empty at both ends, so what it let
   * through is what it refilled): admissions and the time they span, over refusals since `since`
   * less than `MAX_GAP_MS` apart. Calls still in flight between two refusals count as let through:
   * they arrived before the later refusal found the vendor empty.
   */
  evidence(since: number): { admitted: number; span: number } {
    const refusals = this.#refusals
      .filter((r) => r.at >= since && this.#latest - r.seq < Ledger.SIZE)
      .sort((a, b) => a.seq - b.seq);
    let admitted = 0;
    let span = 0;
    for (let i = 1; i < refusals.length; i++) {
      const a = refusals[i - 1] as { seq: number; at: number };
      const b = refusals[i] as { seq: number; at: number };
      const gap = b.at - a.at;
      if (gap <= 0 || gap > MAX_GAP_MS) continue;
      for (let seq = a.seq + 1; seq < b.seq; seq++) {
        const state = this.#state[seq % Ledger.SIZE];
        if (state === ADMITTED || state === PENDING) admitted += 1;
      }
      span += gap;
    }
    return { admitted, span };
  }
}

/** Answers of the last second, counted in ten slots of 100 ms: constant memory at any rate. */
class RecentAnswers {
  readonly #slots = new Array<number>(10).fill(0);
  #slot = 0;

  add(now: number): void {
    this.#advance(now);
    this.#slots[this.#slot % 10] = (this.#slots[this.#slot % 10] as number) + 1;
  }

  /** Answers per ms over the last second. */
  rate(now: number): number {
    this.#advance(now);
    return this.#slots.reduce((a, b) => a + b, 0) / 1_000;
  }

  #advance(now: number): void {
    const slot = Math.floor(now / 100);
    for (let s = Math.max(this.#slot + 1, slot - 9); s <= slot; s++) this.#slots[s % 10] = 0;
    if (slot > this.#slot) this.#slot = slot;
  }
}

interface Waiter {
  tokens: number;
  resolve: (permit: Permit) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** What an admitted call carries, to read its answer's headers against what was sent after it. */
interface Admission {
  at: number;
  /** Requests admitted before and with this one: its admission number. */
  requests: number;
  /** Tokens admitted before and with this one. */
  tokens: number;
  /** This call's estimated tokens. */
  amount: number;
}

export class RateLimiter {
  readonly #concurrency: number;
  readonly #configuredRpm: number;
  readonly #configuredTpm: number;
  readonly #adaptive: boolean;
  readonly #headroom: number;
  readonly #clock: Clock;
  readonly #requests: Budget;
  readonly #tokens: Budget;
  readonly #ledger = new Ledger();
  readonly #recent = new RecentAnswers();
  readonly #queue: Waiter[] = [];

  /** Per minute, headroom applied, from the vendor's headers. */
  #headerRpm = Number.POSITIVE_INFINITY;
  #headerTpm = Number.POSITIVE_INFINITY;
  /** Per ms, found from refusals when the vendor states no request limit. */
  #probedRate = Number.POSITIVE_INFINITY;
  /** The largest burst the vendor really allows, once its headers are caught overstating it. */
  #burstCap = Number.POSITIVE_INFINITY;
  /** The vendor's `remaining` raises our budget too, until it is caught overstating it. */
  #trustRemaining = true;
  /** The newest `remaining` applied: the admission it came with and its value. */
  #lastRemaining: { requests: number; remaining: number } | undefined;
  /** The newest admission whose answer's headers were applied. */
  #appliedRequests = 0;

  #window: number;
  #inFlight = 0;
  #admittedRequests = 0;
  #admittedTokens = 0;
  #answered = 0;
  #rateLimited = 0;
  /** Smoothed time from admission to answer, in ms (0 until the first answer). */
  #latency = 0;
  #lastAdmission = Number.NEGATIVE_INFINITY;

  #cooldownUntil = 0;
  /** Refusals of calls admitted before this belong to the current episode (sent into it). */
  #episodeEnd = Number.NEGATIVE_INFINITY;
  #episodes = 0;
  #lastRefusal = Number.NEGATIVE_INFINITY;
  #lastClimb = Number.NEGATIVE_INFINITY;
  /** The longest precise (sub-second) wait asked in the current episode. */
  #longestWait = 0;
  /** The vendor's refill rate as measured between refusals (per ms), 0 until measured. */
  #measured = 0;
  /** Since when (and from which admission and answer) the vendor is taken to be full again. */
  #burstStart: { at: number; requests: number; answered: number };
  /** The vendor's budget comes back all at once after a long wait (`undefined`: not known yet). */
  #windowed: boolean | undefined;
  /** What one such window let through. */
  #windowBudget = 0;

  #timer: unknown;
  #timerAt = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.#concurrency = Math.max(1, options.concurrency ?? 8);
    this.#configuredRpm = options.requestsPerMinute ?? Number.POSITIVE_INFINITY;
    this.#configuredTpm = options.tokensPerMinute ?? Number.POSITIVE_INFINITY;
    this.#adaptive = options.adaptive ?? true;
    this.#headroom = options.headroom ?? HEADROOM;
    this.#clock = options.clock ?? systemClock;
    const now = this.#clock.now();
    this.#requests = new Budget(now);
    this.#tokens = new Budget(now);
    this.#burstStart = { at: now, requests: 0, answered: 0 };
    this.#window = this.#adaptive
      ? Math.min(this.#concurrency, Math.max(1, options.initialWindow ?? 4))
      : this.#concurrency;
    this.#applyRates(now);
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
      requestsPerMinute: this.#requests.rate * 60_000,
      tokensPerMinute: this.#tokens.rate * 60_000,
      rateLimited: this.#rateLimited,
      coolingDownMs: Math.max(0, this.#cooldownUntil - this.#clock.now()),
    };
  }

  /** Sets each budget's rate from the configured, stated and probed limits. */
  #applyRates(now: number): void {
    const rpm = Math.min(this.#configuredRpm, this.#headerRpm);
    this.#requests.setRate(Math.min(rpm / 60_000, this.#probedRate), now, this.#burstCap);
    const tpm = Math.min(this.#configuredTpm, this.#headerTpm);
    this.#tokens.setRate(tpm / 60_000, now, Number.POSITIVE_INFINITY);
  }

  #release(admission: Admission, outcome: CallOutcome): void {
    this.#inFlight -= 1;
    const now = this.#clock.now();
    this.#requests.refill(now);
    this.#tokens.refill(now);
    if (outcome.tokens !== undefined && Number.isFinite(this.#tokens.level)) {
      this.#tokens.level -= outcome.tokens - admission.amount;
    }
    const refused = outcome.rateLimited !== undefined;
    this.#ledger.settle(
      admission.requests,
      refused ? REFUSED : outcome.answered ? ADMITTED : FAILED,
      admission.at,
    );
    if (this.#adaptive) {
      if (outcome.rateLimit) this.#learn(outcome.rateLimit, admission, now, refused);
      if (outcome.rateLimited) this.#refused(outcome.rateLimited.retryAfterMs, admission, now);
      else if (outcome.answered) this.#answer(admission, now);
      // Other failures (5xx, resets, timeouts) neither open the window nor teach the rate.
    }
    this.#pump();
  }

  /** Applies the vendor's stated limits and remaining budgets, as they stood when `admission` arrived. */
  #learn(state: RateLimitState, admission: Admission, now: number, refused: boolean): void {
    if (
      refused &&
      (state.remainingRequests ?? 0) >= 1 &&
      (state.remainingTokens === undefined || state.remainingTokens >= admission.amount)
    ) {
      // Refused while saying there was room: `remaining` overstates what may be sent at once
      // (a minute's limit enforced over shorter windows).
      this.#distrustRemaining(admission, now);
    }
    let changed = false;
    if (state.limitRequests && state.limitRequests * this.#headroom !== this.#headerRpm) {
      this.#headerRpm = state.limitRequests * this.#headroom;
      // A stated limit replaces whatever probing guessed.
      this.#probedRate = Number.POSITIVE_INFINITY;
      changed = true;
    }
    if (state.limitTokens && state.limitTokens * this.#headroom !== this.#headerTpm) {
      this.#headerTpm = state.limitTokens * this.#headroom;
      changed = true;
    }
    if (changed) this.#applyRates(now);
    // Answers come back out of order: only one newer than the last applied says more.
    if (admission.requests <= this.#appliedRequests) return;
    this.#appliedRequests = admission.requests;
    if (state.remainingRequests !== undefined) {
      this.#lastRemaining = { requests: admission.requests, remaining: state.remainingRequests };
    }
    // What the vendor may not have counted when it answered: every call sent after this one,
    // and those sent before it that are still on their way.
    const overtaken = this.#ledger.pendingBefore(admission.requests);
    this.#applyRemaining(
      this.#requests,
      state.remainingRequests,
      state.resetRequestsMs,
      this.#admittedRequests - admission.requests + overtaken,
      admission.at,
      now,
    );
    this.#applyRemaining(
      this.#tokens,
      state.remainingTokens,
      state.resetTokensMs,
      this.#admittedTokens - admission.tokens + overtaken * admission.amount,
      admission.at,
      now,
    );
  }

  /**
   * The vendor's count is the truth, both ways: what it said remained when the call arrived,
   * refilled since, less what was sent after that call, is what may go now. A burst it reports
   * is spent at once; a budget it says is empty is waited for. Once its count is caught
   * overstating, it only ever lowers ours.
   */
  #applyRemaining(
    budget: Budget,
    remaining: number | undefined,
    resetMs: number | undefined,
    sentSince: number,
    at: number,
    now: number,
  ): void {
    if (remaining === undefined || !Number.isFinite(budget.rate)) return;
    const cap = budget === this.#requests ? this.#burstCap : Number.POSITIVE_INFINITY;
    // Full again after `resetMs` at `rate`: the bucket holds what remains plus that refill.
    const stated =
      resetMs === undefined
        ? Math.max(budget.capacity, remaining)
        : remaining + resetMs * budget.rate;
    budget.capacity = Math.min(cap, Math.max(stated, budget.rate * 1_000, 1));
    const said = Math.min(
      budget.capacity,
      remaining + Math.max(0, now - at) * budget.rate - sentSince,
    );
    budget.level = this.#trustRemaining ? said : Math.min(budget.level, said);
  }

  /**
   * The vendor's `remaining` said there was room, yet it refused: from now on its count only
   * lowers ours, and the burst it really allows is what it let through before this refusal.
   */
  #distrustRemaining(admission: Admission, now: number): void {
    if (!this.#trustRemaining) return;
    this.#trustRemaining = false;
    const rpm = Math.min(this.#headerRpm, this.#configuredRpm);
    const burst = admission.requests - 1 - this.#burstStart.requests;
    const refilled = ((now - this.#burstStart.at) * rpm) / 60_000;
    this.#burstCap = Math.max(1, (burst - refilled) * BURST_MARGIN, rpm / 60);
    this.#applyRates(now);
  }

  #answer(admission: Admission, now: number): void {
    this.#answered += 1;
    this.#recent.add(now);
    const took = now - admission.at;
    this.#latency = this.#latency === 0 ? took : this.#latency * 0.9 + took * 0.1;
    const growth = this.#rateLimited === 0 ? SLOW_START_GROWTH : GROWTH;
    this.#window = Math.min(this.#concurrency, this.#window + growth);
    this.#climb(now);
  }

  /** Without a stated limit, raise the aim after a calm spell: the probe that finds a new limit. */
  #climb(now: number): void {
    if (!Number.isFinite(this.#probedRate) || this.#windowed) return;
    const measured = this.#measured > 0;
    const calm = measured ? CALM_MS : CALM_BEFORE_MEASURE_MS;
    const above = measured && this.#probedRate >= this.#measured * CLIMB_CEILING;
    const every = above ? CREEP_EVERY_MS : 1_000;
    if (now - this.#lastRefusal < calm || now - this.#lastClimb < every) return;
    // Only while calls wait for the rate: an aim nobody uses proves nothing.
    if (this.#queue.length === 0) return;
    this.#lastClimb = now;
    let next = this.#probedRate * (measured ? CLIMB : CLIMB_BEFORE_MEASURE);
    if (measured && next > this.#measured * CLIMB_CEILING) {
      next = Math.max(this.#measured * CLIMB_CEILING, Math.min(next, this.#probedRate * CREEP));
    }
    this.#probedRate = next;
    this.#applyRates(now);
  }

  #refused(retryAfterMs: number | undefined, admission: Admission, now: number): void {
    this.#rateLimited += 1;
    this.#lastRefusal = now;
    const wait = retryAfterMs ?? 1_000;
    this.#cooldownUntil = Math.max(this.#cooldownUntil, now + wait);
    // The vendor is empty: nothing more goes until the wait is over and the budget refills.
    this.#requests.level = Math.min(this.#requests.level, 0);
    const newEpisode = admission.at >= this.#episodeEnd;
    const stated = Number.isFinite(Math.min(this.#headerRpm, this.#configuredRpm));
    if (newEpisode) {
      this.#episodeEnd = this.#cooldownUntil;
      this.#longestWait = 0;
    }
    if (stated) {
      // Refused although the newest `remaining` left room for this call: it overstates.
      const said = this.#lastRemaining;
      if (
        said &&
        said.requests < admission.requests &&
        said.remaining - (admission.requests - said.requests) >= 1
      ) {
        this.#distrustRemaining(admission, now);
      }
    } else if (newEpisode && this.#windowReset(wait, now)) {
      this.#endEpisode();
      return;
    } else if (!this.#windowed) {
      this.#probe(newEpisode, wait, admission, now);
    }
    if (newEpisode) {
      this.#window = Math.max(1, Math.ceil(this.#window / 2));
      this.#endEpisode();
    }
  }

  /** The vendor is taken as full again once the wait ends: bursts are counted from there. */
  #endEpisode(): void {
    this.#episodes += 1;
    this.#burstStart = {
      at: this.#cooldownUntil,
      requests: this.#admittedRequests,
      answered: this.#answered,
    };
  }

  /**
   * A long wait asked by a vendor that states no limit: is it a window that resets at once (a
   * per-minute quota)? Then its whole budget comes back when the wait ends: spend it then, and
   * when it is spent probe for the next reset rather than pacing it out. A long wait after which
   * the budget did not come back was a slowly refilling bucket: probe its rate instead.
   */
  #windowReset(wait: number, now: number): boolean {
    if (wait < LONG_WAIT_MS || this.#windowed === false) return false;
    const answered = this.#answered - this.#burstStart.answered;
    if (this.#windowed && answered < this.#windowBudget * 0.5) {
      this.#windowed = false;
      this.#requests.resetAt = undefined;
      return false;
    }
    this.#windowed = true;
    this.#windowBudget = Math.max(1, answered);
    this.#probedRate = 1 / WINDOW_PROBE_MS;
    this.#applyRates(now);
    this.#requests.capacity = this.#windowBudget;
    this.#requests.level = 0;
    this.#requests.resetAt = this.#cooldownUntil;
    return true;
  }

  /**
   * No stated limit: the rate the vendor let through between refusals, when there is enough of
   * it to go by; else a step down, bounded by what little was seen and by a precise wait.
   */
  #probe(newEpisode: boolean, wait: number, admission: Admission, now: number): void {
    const seen = this.#ledger.evidence(now - EVIDENCE_MS);
    let rate: number;
    if (seen.admitted >= MIN_EVIDENCE) {
      this.#measured = seen.admitted / seen.span;
      rate = this.#measured * MEASURED_AIM;
    } else {
      if (!newEpisode && seen.span === 0 && !(wait > 0 && wait < 1_000)) return;
      const aim = this.#probedRate;
      if (!Number.isFinite(aim)) {
        const recent = this.#recent.rate(now);
        rate = (recent > 0 ? recent : 1 / 1_000) * FIRST_SLOWDOWN;
      } else rate = newEpisode ? aim * SLOWDOWN : aim;
      // A little evidence bounds the rate from above: one more admission's worth.
      if (seen.span > 0) rate = Math.min(rate, (seen.admitted + 1) / seen.span);
      // A precise wait (not whole seconds) lasts one refill interval at most: the rate is at most
      // its inverse, and the longest wait of an episode bounds it best.
      if (wait > 0 && wait < 1_000) {
        this.#longestWait = Math.max(this.#longestWait, wait);
        rate = Math.min(rate, 1 / this.#longestWait);
      }
    }
    this.#probedRate = Math.max(rate, 1 / 60_000);
    if (newEpisode && this.#episodes === 0) {
      // The first refusal ends the vendor's first burst: its size is the bucket's, less refill.
      const burst = admission.requests - 1 - this.#burstStart.requests;
      const refilled = (now - this.#burstStart.at) * this.#probedRate;
      this.#requests.capacity = Math.max(1, (burst - refilled) * BURST_MARGIN);
    }
    this.#applyRates(now);
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const now = this.#clock.now();
      if (now < this.#cooldownUntil) {
        this.#wake(this.#cooldownUntil - now);
        return;
      }
      if (this.#inFlight >= Math.floor(this.#window)) {
        this.#unwake();
        return;
      }
      const head = this.#queue[0] as Waiter;
      this.#requests.refill(now);
      this.#tokens.refill(now);
      let wait = Math.max(this.#requests.waitFor(1), this.#tokens.waitFor(head.tokens));
      const gap = this.#latency / Math.floor(this.#window);
      if (this.#adaptive && gap >= 1) {
        // Spread the window's calls over one answer's time rather than sending them together:
        // the same throughput, but a refusal, which comes back fast, stops the rest. (Answers
        // faster than a millisecond a call need no spreading, and timers are no finer.)
        wait = Math.max(wait, this.#lastAdmission + gap - now);
      }
      if (wait > 0) {
        // An empty budget with no refill known (a spent window): look again in a second.
        this.#wake(Number.isFinite(wait) ? wait : 1_000);
        return;
      }
      this.#queue.shift();
      head.signal?.removeEventListener("abort", head.onAbort);
      this.#requests.level -= 1;
      this.#tokens.level -= head.tokens;
      this.#inFlight += 1;
      this.#lastAdmission = now;
      this.#admittedRequests += 1;
      this.#admittedTokens += head.tokens;
      this.#ledger.admitted(this.#admittedRequests);
      const admission: Admission = {
        at: now,
        requests: this.#admittedRequests,
        tokens: this.#admittedTokens,
        amount: head.tokens,
      };
      let released = false;
      head.resolve({
        release: (outcome = {}) => {
          if (released) return;
          released = true;
          this.#release(admission, outcome);
        },
      });
    }
    this.#unwake();
  }

  #wake(delayMs: number): void {
    const at = this.#clock.now() + Math.ceil(delayMs);
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    this.#unwake();
    this.#timerAt = at;
    this.#timer = this.#clock.setTimer(() => {
      this.#timer = undefined;
      this.#pump();
    }, Math.ceil(delayMs));
  }

  /** Clears the wake-up timer: with nobody waiting for it, nothing keeps the process alive. */
  #unwake(): void {
    if (this.#timer === undefined) return;
    this.#clock.clearTimer(this.#timer);
    this.#timer = undefined;
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
