// A run: the shared context of many calls — cancellation and deadline, usage, budget, limiters, logger.
import { setMaxListeners } from "node:events";
import { type Clock, systemClock } from "./clock.js";
import { BudgetExceededError, LLMCancelledError } from "./errors.js";
import { type Logger, silentLogger } from "./logger.js";
import { Prices } from "./prices.js";
import { RateLimiters } from "./rate-limiter.js";
import { UsageTracker } from "./usage.js";

export type StopReason = "deadline" | "budget" | "cancelled";

export interface RunOptions {
  /** Cancels the run from outside (Ctrl-C). */
  signal?: AbortSignal;
  /** Stops the whole run after this long: calls in flight are aborted, none start. */
  deadlineMs?: number;
  /** Spending cap in USD: a call that could pass it does not start. */
  budgetUsd?: number;
  prices?: Prices;
  logger?: Logger;
  limiters?: RateLimiters;
  /** Time for deadlines, back-off, timeouts and pacing; virtual in tests. */
  clock?: Clock;
}

export class Run {
  readonly signal: AbortSignal;
  readonly usage: UsageTracker;
  readonly logger: Logger;
  readonly limiters: RateLimiters;
  readonly budgetUsd: number | undefined;
  readonly clock: Clock;
  readonly #controller = new AbortController();
  readonly #deadline: unknown;
  readonly #detach: (() => void) | undefined;
  #stop: { reason: StopReason; error: Error } | undefined;
  /** USD reserved by calls in flight, not yet settled. */
  #reservedUsd = 0;

  constructor(options: RunOptions = {}) {
    this.signal = this.#controller.signal;
    // Every call in flight listens to the run's signal; hundreds at once are expected, not a leak.
    setMaxListeners(0, this.signal);
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.usage = new UsageTracker(options.prices ?? new Prices(), {
      onUnpriced: (provider, model) =>
        this.logger.warn(
          `The price of ${provider}/${model} is unknown: its cost is reported as unknown, not $0.`,
          {
            provider,
            model,
            hint: `Add it under \`prices\` in osmosis.config.ts, e.g. prices: { "${model}": { input: 0.15, output: 0.6 } } (USD per million tokens).`,
          },
        ),
    });
    this.limiters = options.limiters ?? new RateLimiters({ clock: this.clock });
    this.budgetUsd = options.budgetUsd;
    const outer = options.signal;
    if (outer) {
      const onAbort = () =>
        this.stop(
          "cancelled",
          new LLMCancelledError("The run was cancelled.", {
            cause: outer.reason,
            hint: "Nothing more is sent; work already finished is kept.",
          }),
        );
      if (outer.aborted) onAbort();
      else {
        outer.addEventListener("abort", onAbort, { once: true });
        this.#detach = () => outer.removeEventListener("abort", onAbort);
      }
    }
    if (options.deadlineMs !== undefined) {
      const seconds = Math.round(options.deadlineMs / 100) / 10;
      this.#deadline = this.clock.setTimer(
        () =>
          this.stop(
            "deadline",
            new LLMCancelledError(`The run's deadline of ${seconds} s was reached.`, {
              hint: "Work finished so far is kept; rerun to continue, or raise the run timeout.",
            }),
          ),
        options.deadlineMs,
      );
      // The deadline is not work: a run whose calls are all done must not keep Node alive.
      (this.#deadline as { unref?: () => void } | undefined)?.unref?.();
    }
  }

  /** Why the run stopped early, if it did. */
  get stopped(): { reason: StopReason; error: Error } | undefined {
    return this.#stop;
  }

  /** Stops the run: aborts calls in flight and refuses new ones with `error`. The first reason wins. */
  stop(reason: StopReason, error: Error): void {
    if (this.#stop) return;
    this.#stop = { reason, error };
    if (reason !== "budget") this.#controller.abort(error);
    this.logger.warn(error.message, { stop: reason });
  }

  /** Throws the stop error when the run has stopped. */
  throwIfStopped(): void {
    if (this.#stop) throw this.#stop.error;
  }

  /**
   * Reserves `estimateUsd` for a request about to be sent (every attempt, retries and repairs
   * included), or stops the run (reason "budget") when spent + in flight + this request could pass
   * the cap. Returns the amount to `settle` once the request has ended and its cost is recorded.
   */
  reserve(estimateUsd: number): number {
    this.throwIfStopped();
    if (this.budgetUsd === undefined) return 0;
    const spent = this.usage.spentUsd();
    if (spent + this.#reservedUsd + estimateUsd > this.budgetUsd) {
      const error = new BudgetExceededError(
        `The run's budget of $${this.budgetUsd.toFixed(2)} is reached: $${spent.toFixed(4)} spent, $${this.#reservedUsd.toFixed(4)} in flight, the next call could cost $${estimateUsd.toFixed(4)}.`,
        {
          hint: "No new call starts; finished work is kept. Raise `budgetUsd` (or --budget) to go on.",
        },
      );
      this.stop("budget", error);
      throw error;
    }
    this.#reservedUsd += estimateUsd;
    return estimateUsd;
  }

  settle(reservedUsd: number): void {
    this.#reservedUsd = Math.max(0, this.#reservedUsd - reservedUsd);
  }

  /** Clears the deadline timer and detaches from the outer signal. */
  dispose(): void {
    if (this.#deadline !== undefined) this.clock.clearTimer(this.#deadline);
    this.#detach?.();
  }
}
