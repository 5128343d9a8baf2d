// The price table: USD per million tokens by exact model id, zod-validated, overridable from config.
import { z } from "zod";
import { DEFAULT_PRICE_TABLE } from "./price-table.js";
import type { Usage } from "./provider.js";
import { parseWith } from "./validation.js";

const usdPerMillion = (what: string) =>
  z.number({ error: `must be USD per million ${what}` }).nonnegative({
    error: `must be 0 or more (USD per million ${what})`,
  });

export const ModelPriceSchema = z.strictObject({
  /** USD per million input tokens. */
  input: usdPerMillion("input tokens"),
  /** USD per million output tokens (reasoning tokens included). */
  output: usdPerMillion("output tokens"),
  /** USD per million input tokens read from the vendor's prompt cache (defaults to `input`). */
  cachedInput: usdPerMillion("cached input tokens").optional(),
  /** USD per million input tokens written to the vendor's prompt cache (defaults to `input`). */
  cacheWrite: usdPerMillion("cache-write input tokens").optional(),
  /**
   * Other exact ids billed at this price: dated snapshots, `-latest` aliases, Vertex `@` ids.
   * Nothing else matches: an id that is not listed is unknown, never priced as a relative.
   */
  aliases: z.array(z.string().min(1)).optional(),
});
export type ModelPrice = z.output<typeof ModelPriceSchema>;

export const PriceTableSchema = z.strictObject({
  /** Where the prices were read. */
  source: z.string().min(1),
  /** When (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date as YYYY-MM-DD" }),
  currency: z.literal("USD"),
  /** Models by id, for any provider that serves them under that id. */
  models: z.record(z.string(), ModelPriceSchema),
  /** Models whose id or price belongs to one provider only (Ollama Cloud's `gpt-oss:120b-cloud`). */
  providers: z.record(z.string(), z.record(z.string(), ModelPriceSchema)).default({}),
});
export type PriceTable = z.output<typeof PriceTableSchema>;

/** The shipped list prices; see `price-table.ts` for sources and date. */
export const DEFAULT_PRICES: PriceTable = parseWith(PriceTableSchema, DEFAULT_PRICE_TABLE, {
  prefix: "DEFAULT_PRICES",
});

/** Tokens to price: `Usage`, with the optional counts possibly absent. */
export type PricedTokens = Pick<Usage, "inputTokens" | "outputTokens"> &
  Partial<Pick<Usage, "cachedInputTokens" | "cacheWriteInputTokens">>;

const FREE: ModelPrice = Object.freeze({ input: 0, output: 0, cachedInput: 0, cacheWrite: 0 });

/** Lower-cased, without Gemini's `models/` resource prefix. */
function normalise(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^models\//, "");
}

export class Prices {
  readonly #source: { source: string; date: string };
  /** `provider/model` and `model` ids (aliases spread out) → price. */
  readonly #byId = new Map<string, ModelPrice>();

  /**
   * `overrides` (from config's `prices`) replace or add models and win over the shipped table;
   * a key may be a model id or `<provider>/<model>`.
   */
  constructor(
    table: PriceTable = DEFAULT_PRICES,
    overrides: Readonly<Record<string, ModelPrice>> = {},
  ) {
    this.#source = { source: table.source, date: table.date };
    const add = (id: string, price: ModelPrice) => {
      this.#byId.set(normalise(id), price);
      for (const alias of price.aliases ?? []) this.#byId.set(normalise(alias), price);
    };
    for (const [id, price] of Object.entries(table.models)) add(id, price);
    for (const [provider, models] of Object.entries(table.providers)) {
      for (const [id, price] of Object.entries(models)) {
        add(`${provider}/${id}`, {
          ...price,
          aliases: (price.aliases ?? []).map((a) => `${provider}/${a}`),
        });
      }
    }
    for (const [id, price] of Object.entries(overrides)) add(id, price);
  }

  get source(): { source: string; date: string } {
    return this.#source;
  }

  /**
   * The price of `model` on `provider`: `<provider>/<model>` first, then `model`, by exact id or
   * a listed alias (case-insensitive, Gemini's `models/` prefix ignored). A `local` model (one the
   * provider runs on the user's machine) costs nothing. `undefined` when unknown: unknown is never
   * free, and never the price of a model whose id merely starts the same (`gpt-5-pro` is not `gpt-5`).
   */
  lookup(
    provider: string,
    model: string,
    options: { local?: boolean } = {},
  ): ModelPrice | undefined {
    if (options.local) return FREE;
    const id = normalise(model);
    return this.#byId.get(`${provider.toLowerCase()}/${id}`) ?? this.#byId.get(id);
  }

  /** USD for one answer's tokens, or `undefined` when the model's price is unknown. */
  cost(
    provider: string,
    model: string,
    tokens: PricedTokens,
    options: { local?: boolean } = {},
  ): number | undefined {
    const price = this.lookup(provider, model, options);
    return price ? costOf(price, tokens) : undefined;
  }
}

/** USD for `tokens` at `price`: cache reads and writes at their own prices, the rest at `input`. */
export function costOf(price: ModelPrice, tokens: PricedTokens): number {
  const read = Math.min(tokens.cachedInputTokens ?? 0, tokens.inputTokens);
  const written = Math.min(tokens.cacheWriteInputTokens ?? 0, tokens.inputTokens - read);
  const fresh = tokens.inputTokens - read - written;
  return (
    (fresh * price.input +
      read * (price.cachedInput ?? price.input) +
      written * (price.cacheWrite ?? price.input) +
      tokens.outputTokens * price.output) /
    1_000_000
  );
}
