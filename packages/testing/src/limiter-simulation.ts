// Runs osmosis's whole call pipeline (LLMClient, retry, rate limiter) against a simulated vendor
// limit on a virtual clock: minutes of pacing in milliseconds, the same on a busy machine as on an
// idle one, and the ideal a client that knew the limit would reach, for comparison.
import {
  defineProvider,
  type GenerateResult,
  LLMClient,
  LLMRateLimitError,
  type RateLimiterStats,
  RateLimiters,
  type RateLimitState,
  Run,
  VirtualClock,
} from "@osmosis/core";

/** How a simulated vendor counts: a refilling bucket, or a window that resets at once. */
export type SimulatedLimit =
  | {
      shape: "rolling";
      requestsPerMinute: number;
      /** Seconds of budget that may be spent at once (bucket capacity). */
      burstSeconds: number;
    }
  | {
      shape: "fixed";
      requestsPerMinute: number;
      /** Length of a window (default one minute); its whole budget resets at its end. */
      windowMs?: number;
    };

/** What the vendor tells about its limit. */
export interface SimulatedHeaders {
  /** Send `limit`/`remaining`/`reset` on answers and 429s (default true). */
  limits?: boolean;
  /**
   * `available`: remaining is what can be sent now; `per-minute`: the limit minus what is being
   * refilled, overstating a short bucket's burst (default `available`).
   */
  remaining?: "available" | "per-minute";
  /** `ms`: exact retry-after; `seconds`: rounded up to whole seconds, as most vendors send it. */
  retryAfter?: "ms" | "seconds";
}

export interface SimulationOptions {
  limit: SimulatedLimit;
  headers?: SimulatedHeaders;
  requests: number;
  concurrency: number;
  /** Milliseconds a successful answer takes (default 100). */
  latencyMs?: number;
  /** Milliseconds a 429 takes to come back (default 5). */
  refusalLatencyMs?: number;
  /** Random source for back-off jitter (default: seeded, so a scenario repeats exactly). */
  random?: () => number;
  /** Called for every request the vendor receives, for debugging a scenario. */
  trace?: (event: { at: number; admitted: boolean; limiter: RateLimiterStats }) => void;
}

export interface SimulationOutcome {
  completed: number;
  failed: number;
  /** Requests that reached the vendor (attempts, retries included). */
  requests: number;
  /** Requests refused with 429. */
  rateLimited: number;
  /** Virtual milliseconds from the first request to the last answer. */
  wallMs: number;
  /** What a client that knew the limit exactly would take, at the same concurrency and latency. */
  idealMs: number;
  /** idealMs / wallMs: the share of the limit's rate reached (1 = as fast as the limit allows). */
  rateShare: number;
  /** rateLimited / requests. */
  refusedShare: number;
}

interface Admission {
  ok: boolean;
  retryAfterMs: number;
  state: RateLimitState;
}

/** A vendor's limit, as the fake servers enforce it, on virtual time. */
export class SimulatedVendor {
  readonly #limit: SimulatedLimit;
  readonly #perMs: number;
  readonly #capacity: number;
  #level: number;
  #last: number;
  #windowStart: number;

  constructor(limit: SimulatedLimit, now: number) {
    this.#limit = limit;
    this.#perMs = limit.requestsPerMinute / 60_000;
    this.#capacity =
      limit.shape === "rolling"
        ? (limit.requestsPerMinute / 60) * limit.burstSeconds
        : limit.requestsPerMinute * ((limit.windowMs ?? 60_000) / 60_000);
    this.#level = this.#capacity;
    this.#last = now;
    this.#windowStart = now;
  }

  #refill(now: number): void {
    if (this.#limit.shape === "rolling") {
      this.#level = Math.min(this.#capacity, this.#level + (now - this.#last) * this.#perMs);
      this.#last = now;
      return;
    }
    const windowMs = this.#limit.windowMs ?? 60_000;
    if (now >= this.#windowStart + windowMs) {
      this.#windowStart += Math.floor((now - this.#windowStart) / windowMs) * windowMs;
      this.#level = this.#capacity;
    }
  }

  /** Milliseconds until one more request would be admitted. */
  waitMs(now: number): number {
    this.#refill(now);
    if (this.#level >= 1) return 0;
    if (this.#limit.shape === "rolling") return (1 - this.#level) / this.#perMs;
    return this.#windowStart + (this.#limit.windowMs ?? 60_000) - now;
  }

  state(now: number, remaining: "available" | "per-minute"): RateLimitState {
    this.#refill(now);
    const reset =
      this.#limit.shape === "rolling"
        ? (this.#capacity - this.#level) / this.#perMs
        : this.#windowStart + (this.#limit.windowMs ?? 60_000) - now;
    const left =
      remaining === "available"
        ? Math.floor(this.#level)
        : Math.floor(this.#limit.requestsPerMinute - (this.#capacity - this.#level));
    return {
      limitRequests: this.#limit.requestsPerMinute,
      remainingRequests: Math.max(0, left),
      resetRequestsMs: Math.ceil(reset),
    };
  }

  admit(now: number, remaining: "available" | "per-minute"): Admission {
    const wait = this.waitMs(now);
    if (wait > 0)
      return { ok: false, retryAfterMs: Math.ceil(wait), state: this.state(now, remaining) };
    this.#level -= 1;
    return { ok: true, retryAfterMs: 0, state: this.state(now, remaining) };
  }
}

/** A small seeded generator (mulberry32): the same jitter on every run of a scenario. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Milliseconds a client that knew the limit would take: each request at the earliest moment. */
export function idealMs(options: SimulationOptions): number {
  const latency = options.latencyMs ?? 100;
  const vendor = new SimulatedVendor(options.limit, 0);
  const slots = Array.from({ length: options.concurrency }, () => 0);
  let end = 0;
  let last = 0;
  for (let i = 0; i < options.requests; i++) {
    slots.sort((a, b) => a - b);
    // Requests go in order: none before the one admitted last.
    let t = Math.max(slots[0] as number, last);
    for (let wait = vendor.waitMs(t); wait > 0; wait = vendor.waitMs(t)) t += wait;
    vendor.admit(t, "available");
    last = t;
    slots[0] = t + latency;
    end = Math.max(end, t + latency);
  }
  return end;
}

/** Runs `requests` calls at `concurrency` through LLMClient against the simulated vendor. */
export async function simulateLimit(options: SimulationOptions): Promise<SimulationOutcome> {
  const clock = new VirtualClock();
  const headers = options.headers ?? {};
  const remaining = headers.remaining ?? "available";
  const latency = options.latencyMs ?? 100;
  const refusalLatency = options.refusalLatencyMs ?? 5;
  const vendor = new SimulatedVendor(options.limit, 0);
  let requests = 0;
  let rateLimited = 0;
  let lastAnswer = 0;

  const provider = defineProvider({
    id: "simulated",
    capabilities: { usage: true, rateLimitHeaders: headers.limits !== false },
    generate: (request) =>
      new Promise<GenerateResult>((resolve, reject) => {
        requests += 1;
        const admission = vendor.admit(clock.now(), remaining);
        options.trace?.({
          at: clock.now(),
          admitted: admission.ok,
          limiter: run.limiters.for("simulated", request.model).stats(),
        });
        const state = headers.limits === false ? undefined : admission.state;
        const onAbort = () => {
          clock.clearTimer(timer);
          reject(request.signal?.reason);
        };
        const timer = admission.ok
          ? clock.setTimer(() => {
              request.signal?.removeEventListener("abort", onAbort);
              lastAnswer = clock.now();
              const result: GenerateResult = {
                text: "{}",
                finishReason: "stop",
                model: request.model,
                usage: { inputTokens: 10, outputTokens: 5 },
              };
              if (state) result.rateLimit = state;
              resolve(result);
            }, latency)
          : clock.setTimer(() => {
              request.signal?.removeEventListener("abort", onAbort);
              rateLimited += 1;
              const retryAfterMs =
                headers.retryAfter === "seconds"
                  ? Math.ceil(admission.retryAfterMs / 1000) * 1000
                  : admission.retryAfterMs;
              reject(
                new LLMRateLimitError("simulated 429", {
                  provider: "simulated",
                  status: 429,
                  retryAfterMs,
                  rateLimit: state,
                }),
              );
            }, refusalLatency);
        request.signal?.addEventListener("abort", onAbort, { once: true });
      }),
  });

  const run = new Run({
    clock,
    limiters: new RateLimiters({ clock, concurrency: options.concurrency }),
  });
  const client = new LLMClient({
    provider,
    run,
    retry: { maxRateLimitRetries: 50 },
    random: options.random ?? seededRandom(1),
  });
  let next = 0;
  let completed = 0;
  let failed = 0;
  const work = Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.requests) {
        next += 1;
        try {
          await client.generate({ model: "m", messages: [{ role: "user", content: "x" }] });
          completed += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  await clock.runUntil(work);
  run.dispose();
  const ideal = idealMs(options);
  return {
    completed,
    failed,
    requests,
    rateLimited,
    wallMs: lastAnswer,
    idealMs: ideal,
    rateShare: ideal / Math.max(1, lastAnswer),
    refusedShare: rateLimited / Math.max(1, requests),
  };
}
