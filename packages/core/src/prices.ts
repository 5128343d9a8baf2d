// The price table: USD per million tokens by model, zod-validated, overridable from config.
import { z } from "zod";
import { parseWith } from "./validation.js";

export const ModelPriceSchema = z.strictObject({
  /** USD per million input tokens. */
  input: z.number({ error: "must be USD per million input tokens" }).nonnegative(),
  /** USD per million output tokens. */
  output: z.number({ error: "must be USD per million output tokens" }).nonnegative(),
  /** USD per million input tokens served from the vendor's prompt cache (defaults to `input`). */
  cachedInput: z
    .number({ error: "must be USD per million cached input tokens" })
    .nonnegative()
    .optional(),
});
export type ModelPrice = z.output<typeof ModelPriceSchema>;

export const PriceTableSchema = z.strictObject({
  /** Where the prices were read. */
  source: z.string().min(1),
  /** When (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date as YYYY-MM-DD" }),
  currency: z.literal("USD"),
  /** Providers whose every model is free (local runtimes). */
  freeProviders: z.array(z.string()).default([]),
  models: z.record(z.string(), ModelPriceSchema),
});
export type PriceTable = z.output<typeof PriceTableSchema>;

/**
 * Standard (non-batch, short-context) list prices, as published on
 * https://openai.com/api/pricing, https://www.anthropic.com/pricing and
 * https://ai.google.dev/gemini-api/docs/pricing. Prices change: override them with `prices`
 * in osmosis.config.ts for new, custom or discounted models.
 */
export const DEFAULT_PRICES: PriceTable = parseWith(PriceTableSchema, {
  source:
    "openai.com/api/pricing; anthropic.com/pricing; ai.google.dev/gemini-api/docs/pricing (standard tier)",
  date: "2025-08-15",
  currency: "USD",
  freeProviders: ["ollama", "lm-studio"],
  models: {
    "gpt-5": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5-mini": { input: 0.25, cachedInput: 0.025, output: 2 },
    "gpt-5-nano": { input: 0.05, cachedInput: 0.005, output: 0.4 },
    "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8 },
    "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6 },
    "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4 },
    "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10 },
    "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6 },
    "gpt-3.5-turbo": { input: 0.5, output: 1.5 },
    o3: { input: 2, cachedInput: 0.5, output: 8 },
    "o3-mini": { input: 1.1, cachedInput: 0.55, output: 4.4 },
    "o4-mini": { input: 1.1, cachedInput: 0.275, output: 4.4 },
    "claude-opus-4-1": { input: 15, cachedInput: 1.5, output: 75 },
    "claude-opus-4": { input: 15, cachedInput: 1.5, output: 75 },
    "claude-sonnet-4-5": { input: 3, cachedInput: 0.3, output: 15 },
    "claude-sonnet-4": { input: 3, cachedInput: 0.3, output: 15 },
    "claude-3-7-sonnet": { input: 3, cachedInput: 0.3, output: 15 },
    "claude-3-5-sonnet": { input: 3, cachedInput: 0.3, output: 15 },
    "claude-3-5-haiku": { input: 0.8, cachedInput: 0.08, output: 4 },
    "claude-haiku-4-5": { input: 1, cachedInput: 0.1, output: 5 },
    "gemini-2.5-pro": { input: 1.25, cachedInput: 0.31, output: 10 },
    "gemini-2.5-flash": { input: 0.3, cachedInput: 0.075, output: 2.5 },
    "gemini-2.5-flash-lite": { input: 0.1, cachedInput: 0.025, output: 0.4 },
    "gemini-2.0-flash": { input: 0.1, cachedInput: 0.025, output: 0.4 },
    "gemini-2.0-flash-lite": { input: 0.075, output: 0.3 },
  },
});

export class Prices {
  readonly #table: PriceTable;
  readonly #byLength: string[];

  /** `overrides` (from config) replace or add models; they win over the shipped table. */
  constructor(
    table: PriceTable = DEFAULT_PRICES,
    overrides: Readonly<Record<string, ModelPrice>> = {},
  ) {
    this.#table = { ...table, models: { ...table.models, ...overrides } };
    this.#byLength = Object.keys(this.#table.models).sort((a, b) => b.length - a.length);
  }

  get source(): { source: string; date: string } {
    return { source: this.#table.source, date: this.#table.date };
  }

  /**
   * The price of `model` on `provider`: exact id first, then the longest known id it starts with
   * (dated snapshots such as `gpt-4o-mini-2024-07-18`, `claude-3-5-haiku-latest`), ignoring a
   * vendor prefix like `models/` or `openai/`. `undefined` when unknown: unknown is never free.
   */
  lookup(provider: string, model: string): ModelPrice | undefined {
    if (this.#table.freeProviders.includes(provider))
      return { input: 0, output: 0, cachedInput: 0 };
    const id = model.toLowerCase().replace(/^(models\/|[a-z-]+\/)/, "");
    const exact = this.#table.models[model] ?? this.#table.models[id];
    if (exact) return exact;
    const prefix = this.#byLength.find(
      (known) => id.startsWith(`${known}-`) || id.startsWith(`${known}@`),
    );
    return prefix ? this.#table.models[prefix] : undefined;
  }

  /** USD for one call's tokens, or `undefined` when the model's price is unknown. */
  cost(
    provider: string,
    model: string,
    tokens: { inputTokens: number; outputTokens: number; cachedInputTokens?: number | undefined },
  ): number | undefined {
    const price = this.lookup(provider, model);
    if (!price) return undefined;
    const cached = Math.min(tokens.cachedInputTokens ?? 0, tokens.inputTokens);
    const fresh = tokens.inputTokens - cached;
    return (
      (fresh * price.input +
        cached * (price.cachedInput ?? price.input) +
        tokens.outputTokens * price.output) /
      1_000_000
    );
  }
}
