// Tokens, calls, requests, retries, failures, time and cost of a run, per provider and model.
// Every answer the vendor billed is recorded as it arrives, before the client judges it.
import type { Prices } from "./prices.js";
import type { Usage } from "./provider.js";

export interface UsageRow {
  provider: string;
  model: string;
  /** Calls that ended with a usable answer from the vendor. */
  calls: number;
  /** Answers served from the response cache (no request, no cost). */
  cacheHits: number;
  /** Calls that failed for good (after their retries and repairs). */
  failures: number;
  /** Requests sent to the vendor: first attempts, retries and repair rounds. */
  requests: number;
  /** Requests the vendor refused with a rate limit (429). */
  rateLimited: number;
  /** Attempts after a call's first, for failures (repair rounds not included). */
  retries: number;
  /** Repair rounds: a request telling the model what was wrong with its answer. */
  repairs: number;
  inputTokens: number;
  /** Part of `inputTokens` read from the vendor's prompt cache. */
  cachedInputTokens: number;
  /** Part of `inputTokens` written to the vendor's prompt cache. */
  cacheWriteInputTokens: number;
  outputTokens: number;
  /** Answers billed by the vendor whose usage it did not report: their cost is unknown. */
  unmeteredAnswers: number;
  /** Wall time spent in calls, waits and retries included. */
  durationMs: number;
  /** USD; `null` when the model's price is unknown (never 0 for unknown). */
  costUsd: number | null;
}

export type UsageTotals = Omit<UsageRow, "provider" | "model" | "costUsd"> & {
  /** Sum over the rows whose price is known. */
  costUsd: number;
  /**
   * True when some row's price is unknown or some answer reported no usage: `costUsd` is then a
   * lower bound, and a report shows it as such.
   */
  costIncomplete: boolean;
};

export interface UsageSummary {
  rows: UsageRow[];
  totals: UsageTotals;
  /** Models without a price, to add under `prices` in osmosis.config.ts. */
  unpricedModels: string[];
  prices: { source: string; date: string };
}

/** One request sent to the vendor, as it ended. */
export interface AttemptRecord {
  provider: string;
  /** The model asked for (the row it is counted in). */
  model: string;
  /** The model that answered, priced when the asked id is unknown (an Azure deployment name). */
  answeredBy?: string | undefined;
  /** The provider runs this model locally: it costs nothing. */
  local?: boolean | undefined;
  /** The vendor answered (and billed) this request; `false` for 429s, 5xx, resets, timeouts. */
  answered: boolean;
  /** Tokens billed, when the vendor reported them. */
  usage?: Usage | undefined;
  /** The vendor refused it with a rate limit. */
  rateLimited?: boolean | undefined;
  /** A repair round rather than a first attempt or a retry. */
  repair?: boolean | undefined;
}

/** One call, as it ended: answered, failed for good, or served from the cache. */
export interface CallRecord {
  provider: string;
  model: string;
  outcome: "answered" | "failed" | "cached";
  retries: number;
  durationMs: number;
}

export interface UsageTrackerOptions {
  /** Told once per provider/model whose price is unknown. */
  onUnpriced?: (provider: string, model: string) => void;
}

/** The counters a summary adds up over its rows. */
const COUNTS = [
  "calls",
  "cacheHits",
  "failures",
  "requests",
  "rateLimited",
  "retries",
  "repairs",
  "inputTokens",
  "cachedInputTokens",
  "cacheWriteInputTokens",
  "outputTokens",
  "unmeteredAnswers",
  "durationMs",
] as const satisfies readonly (keyof UsageRow & keyof UsageTotals)[];

function emptyRow(provider: string, model: string): UsageRow {
  return {
    provider,
    model,
    calls: 0,
    cacheHits: 0,
    failures: 0,
    requests: 0,
    rateLimited: 0,
    retries: 0,
    repairs: 0,
    inputTokens: 0,
    cachedInputTokens: 0,
    cacheWriteInputTokens: 0,
    outputTokens: 0,
    unmeteredAnswers: 0,
    durationMs: 0,
    costUsd: 0,
  };
}

export class UsageTracker {
  readonly #rows = new Map<string, UsageRow>();
  readonly #prices: Prices;
  readonly #onUnpriced: ((provider: string, model: string) => void) | undefined;
  /** Rows whose price is known, or local: unknown ones stay `null` for good. */
  readonly #priced = new Set<string>();
  #spentUsd = 0;

  constructor(prices: Prices, options: UsageTrackerOptions = {}) {
    this.#prices = prices;
    this.#onUnpriced = options.onUnpriced;
  }

  get prices(): Prices {
    return this.#prices;
  }

  #row(provider: string, model: string): UsageRow {
    const key = `${provider}\u0000${model}`;
    let row = this.#rows.get(key);
    if (!row) {
      row = emptyRow(provider, model);
      this.#rows.set(key, row);
    }
    return row;
  }

  /**
   * Adds one request sent to the vendor; returns its cost in USD (0 when it was not answered,
   * `undefined` when the price or the usage is unknown).
   */
  recordAttempt(attempt: AttemptRecord): number | undefined {
    const row = this.#row(attempt.provider, attempt.model);
    row.requests += 1;
    if (attempt.rateLimited) row.rateLimited += 1;
    if (attempt.repair) row.repairs += 1;
    const usage = attempt.usage;
    if (!attempt.answered && !usage) return 0;
    if (usage) {
      row.inputTokens += usage.inputTokens;
      row.cachedInputTokens += usage.cachedInputTokens ?? 0;
      row.cacheWriteInputTokens += usage.cacheWriteInputTokens ?? 0;
      row.outputTokens += usage.outputTokens;
    } else if (!attempt.local) {
      row.unmeteredAnswers += 1;
    }
    const price = this.#priceOf(attempt, row);
    if (price === undefined) return undefined;
    if (!usage) return attempt.local ? 0 : undefined;
    const cost = this.#prices.cost(attempt.provider, price, usage, { local: attempt.local });
    if (cost === undefined || row.costUsd === null) return cost;
    row.costUsd += cost;
    this.#spentUsd += cost;
    return cost;
  }

  /** The id to price `attempt` at, or `undefined` (and the row marked unknown) when none is known. */
  #priceOf(attempt: AttemptRecord, row: UsageRow): string | undefined {
    const local = { local: attempt.local };
    const key = `${attempt.provider}\u0000${attempt.model}`;
    if (row.costUsd === null) {
      // Unknown once, unknown for the run: a partial sum would look like a full one.
      return undefined;
    }
    for (const id of [attempt.model, attempt.answeredBy]) {
      if (id !== undefined && this.#prices.lookup(attempt.provider, id, local)) {
        this.#priced.add(key);
        return id;
      }
    }
    if (this.#priced.has(key)) return attempt.model;
    row.costUsd = null;
    this.#onUnpriced?.(attempt.provider, attempt.model);
    return undefined;
  }

  /** Adds one call as it ended. */
  recordCall(call: CallRecord): void {
    const row = this.#row(call.provider, call.model);
    row.retries += call.retries;
    row.durationMs += call.durationMs;
    if (call.outcome === "cached") row.cacheHits += 1;
    else if (call.outcome === "failed") row.failures += 1;
    else row.calls += 1;
  }

  /** USD spent so far on answers whose price is known. */
  spentUsd(): number {
    return this.#spentUsd;
  }

  summary(): UsageSummary {
    const rows = [...this.#rows.values()].map((row) => ({ ...row }));
    const { provider: _provider, model: _model, ...zero } = emptyRow("", "");
    const totals: UsageTotals = { ...zero, costUsd: 0, costIncomplete: false };
    for (const row of rows) {
      for (const key of COUNTS) totals[key] += row[key];
      if (row.costUsd === null || row.unmeteredAnswers > 0) totals.costIncomplete = true;
      totals.costUsd += row.costUsd ?? 0;
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
