// Tokens, calls, retries, failures, time and cost of a run, per provider and model.
import type { Prices } from "./prices.js";
import type { Usage } from "./provider.js";

export interface UsageRow {
  provider: string;
  model: string;
  /** Calls that reached the vendor and returned an answer. */
  calls: number;
  /** Answers served from the response cache (no call, no cost). */
  cacheHits: number;
  /** Calls that failed for good (after their retries). */
  failures: number;
  retries: number;
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
  /** Wall time spent in calls, retries included. */
  durationMs: number;
  /** USD; `null` when the model's price is unknown (never 0 for unknown). */
  costUsd: number | null;
}

export interface UsageSummary {
  rows: UsageRow[];
  totals: Omit<UsageRow, "provider" | "model" | "costUsd"> & {
    /** Sum over the rows whose price is known. */
    costUsd: number;
    /** True when some row's cost is unknown, so `costUsd` is a lower bound. */
    costIncomplete: boolean;
  };
  /** Models without a price, to add under `prices` in osmosis.config.ts. */
  unpricedModels: string[];
  prices: { source: string; date: string };
}

export interface CallRecord {
  provider: string;
  model: string;
  usage?: Usage | undefined;
  retries: number;
  durationMs: number;
  failed?: boolean;
  cached?: boolean;
}

export class UsageTracker {
  readonly #rows = new Map<string, UsageRow>();
  readonly #prices: Prices;

  constructor(prices: Prices) {
    this.#prices = prices;
  }

  get prices(): Prices {
    return this.#prices;
  }

  /** Adds one call; returns its cost in USD (`undefined` when unknown). */
  record(call: CallRecord): number | undefined {
    const key = `${call.provider}\u0000${call.model}`;
    let row = this.#rows.get(key);
    if (!row) {
      row = {
        provider: call.provider,
        model: call.model,
        calls: 0,
        cacheHits: 0,
        failures: 0,
        retries: 0,
        inputTokens: 0,
        cachedInputTokens: 0,
        outputTokens: 0,
        durationMs: 0,
        costUsd: this.#prices.lookup(call.provider, call.model) ? 0 : null,
      };
      this.#rows.set(key, row);
    }
    row.retries += call.retries;
    row.durationMs += call.durationMs;
    if (call.cached) {
      row.cacheHits += 1;
      return 0;
    }
    if (call.failed) row.failures += 1;
    else row.calls += 1;
    if (!call.usage) return undefined;
    row.inputTokens += call.usage.inputTokens;
    row.cachedInputTokens += call.usage.cachedInputTokens ?? 0;
    row.outputTokens += call.usage.outputTokens;
    const cost = this.#prices.cost(call.provider, call.model, call.usage);
    if (cost !== undefined && row.costUsd !== null) row.costUsd += cost;
    return cost;
  }

  /** USD spent so far on calls whose price is known. */
  spentUsd(): number {
    let total = 0;
    for (const row of this.#rows.values()) total += row.costUsd ?? 0;
    return total;
  }

  summary(): UsageSummary {
    const rows = [...this.#rows.values()].map((row) => ({ ...row }));
    const totals = {
      calls: 0,
      cacheHits: 0,
      failures: 0,
      retries: 0,
      inputTokens: 0,
      cachedInputTokens: 0,
      outputTokens: 0,
      durationMs: 0,
      costUsd: 0,
      costIncomplete: false,
    };
    for (const row of rows) {
      totals.calls += row.calls;
      totals.cacheHits += row.cacheHits;
      totals.failures += row.failures;
      totals.retries += row.retries;
      totals.inputTokens += row.inputTokens;
      totals.cachedInputTokens += row.cachedInputTokens;
      totals.outputTokens += row.outputTokens;
      totals.durationMs += row.durationMs;
      if (row.costUsd === null) totals.costIncomplete = true;
      else totals.costUsd += row.costUsd;
    }
    return {
      rows,
      totals,
      unpricedModels: rows.filter((r) => r.costUsd === null).map((r) => `${r.provider}/${r.model}`),
      prices: this.#prices.source,
    };
  }

  /** The summary as JSON text, for `--report` files. */
  toJSON(): UsageSummary {
    return this.summary();
  }
}

/** Formats a cost for people: `$0.0123`, or `unknown` when it is. */
export function formatCost(costUsd: number | null | undefined): string {
  if (costUsd === null || costUsd === undefined) return "unknown";
  if (costUsd === 0) return "$0.00";
  return costUsd < 0.01 ? `$${costUsd.toFixed(4)}` : `$${costUsd.toFixed(2)}`;
}
