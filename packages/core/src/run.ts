// A run: the shared context of many calls — cancellation and deadline, usage, budget, limiters, logger.
import { setMaxListeners } from "node:events";
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
}

export class Run {
  readonly signal: AbortSignal;
  readonly usage: UsageTracker;
  readonly logger: Logger;
  readonly limiters: RateLimiters;
  readonly budgetUsd: number | undefined;
  readonly #controller = new AbortController();
  readonly #deadline: ReturnType<typeof setTimeout> | undefined;
  readonly #detach: (() => void) | undefined;
  #stop: { reason: StopReason; error: Error } | undefined;
  /** USD reserved by calls in flight, not yet settled. */
  #reservedUsd = 0;

  constructor(options: RunOptions = {}) {
    this.signal = this.#controller.signal;
    // Every call in flight listens to the run's signal; hundreds at once are expected, not a leak.
    setMaxListeners(0, this.signal);
    this.usage = new UsageTracker(options.prices ?? new Prices());
    this.logger = options.logger ?? silentLogger;
    this.limiters = options.limiters ?? new RateLimiters();
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
      this.#deadline = setTimeout(
        () =>
          this.stop(
            "deadline",
            new LLMCancelledError(`The run's deadline of ${seconds} s was reached.`, {
              hint: "Work finished so far is kept; rerun to continue, or raise the run timeout.",
            }),
          ),
        options.deadlineMs,
      );
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
   * Reserves `estimateUsd` for a call about to start, or stops the run (reason "budget") when
   * spent + in flight + this call could pass the cap. Returns the amount to `settle` later.
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
    if (this.#deadline !== undefined) clearTimeout(this.#deadline);
    this.#detach?.();
  }
}
