import { describe, expect, it } from "vitest";
import { DEFAULT_PRICE_TABLE } from "./price-table.js";
import { costOf, DEFAULT_PRICES, type ModelPrice, Prices, PriceTableSchema } from "./prices.js";
import { UsageTracker } from "./usage.js";

const prices = new Prices();
const M = 1_000_000;

describe("the shipped price table", () => {
  it("validates against PriceTableSchema and says where and when its prices were read", () => {
    expect(PriceTableSchema.safeParse(DEFAULT_PRICE_TABLE).success).toBe(true);
    expect(prices.source.source).toMatch(/openai\.com/);
    expect(prices.source.source).toMatch(/claude\.com|anthropic\.com/);
    expect(prices.source.source).toMatch(/ai\.google\.dev/);
    expect(prices.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(prices.source.date > "2025-08-15").toBe(true);
  });

  it("rejects a negative price", () => {
    const table = { ...DEFAULT_PRICES, models: { x: { input: -1, output: 1 } } };
    expect(PriceTableSchema.safeParse(table).success).toBe(false);
  });

  it("has no id listed twice, as a model or an alias, within one scope", () => {
    const scopes = [DEFAULT_PRICES.models, ...Object.values(DEFAULT_PRICES.providers)];
    for (const models of scopes) {
      const ids = Object.entries(models).flatMap(([id, p]) => [id, ...(p.aliases ?? [])]);
      const lower = ids.map((id) => id.toLowerCase());
      expect(lower.filter((id, i) => lower.indexOf(id) !== i)).toEqual([]);
    }
  });

  it("never prices a cache read above the input, nor a cache write below it", () => {
    const all = [
      ...Object.entries(DEFAULT_PRICES.models),
      ...Object.values(DEFAULT_PRICES.providers).flatMap((m) => Object.entries(m)),
    ];
    for (const [id, p] of all) {
      if (p.cachedInput !== undefined)
        expect({ id, ok: p.cachedInput <= p.input }).toEqual({ id, ok: true });
      if (p.cacheWrite !== undefined)
        expect({ id, ok: p.cacheWrite >= p.input }).toEqual({ id, ok: true });
    }
  });

  // Each provider package's default model, listed here by hand: core must not import them.
  it.each([
    ["openai", "gpt-4o-mini"], // packages/provider-openai/src/plugin.ts
    ["anthropic", "claude-haiku-4-5"], // packages/provider-anthropic/src/plugin.ts
    ["gemini", "gemini-2.5-flash"], // packages/provider-gemini/src/plugin.ts
  ])("prices %s's default model %s", (provider, model) => {
    const price = prices.lookup(provider, model);
    expect(price).toBeDefined();
    expect(price?.input).toBeGreaterThan(0);
    expect(price?.output).toBeGreaterThan(0);
  });

  it.each([
    ["ollama", "llama3.2"], // packages/provider-ollama/src/plugin.ts
    ["lm-studio", "local-model"], // packages/provider-lm-studio/src/plugin.ts
  ])("prices %s's default model %s at $0 when the provider runs it locally", (provider, model) => {
    expect(prices.cost(provider, model, { inputTokens: M, outputTokens: M }, { local: true })).toBe(
      0,
    );
  });
  // azure-openai has no default model: the deployment name is the user's (see "overrides" below).
});

describe("Prices.lookup: exact ids and listed aliases", () => {
  it.each([
    // provider, model id as sent or answered, expected input, expected output
    ["openai", "gpt-4o-mini", 0.15, 0.6],
    ["openai", "gpt-4o-mini-2024-07-18", 0.15, 0.6],
    ["openai", "gpt-4o", 2.5, 10],
    ["openai", "gpt-4o-2024-08-06", 2.5, 10],
    ["openai", "gpt-4o-2024-11-20", 2.5, 10],
    ["openai", "gpt-5", 1.25, 10],
    ["openai", "gpt-5-2025-08-07", 1.25, 10],
    ["openai", "gpt-5-mini", 0.25, 2],
    ["openai", "gpt-5-nano", 0.05, 0.4],
    ["openai", "gpt-5-pro", 15, 120],
    ["openai", "gpt-5.1", 1.25, 10],
    ["openai", "gpt-5.2", 1.75, 14],
    ["openai", "gpt-5.4", 2.5, 15],
    ["openai", "gpt-5.5", 5, 30],
    ["openai", "gpt-6.1-sol-2026-09-29", 2, 10],
    ["openai", "gpt-4.1-2025-04-14", 2, 8],
    ["openai", "gpt-4.1-nano", 0.1, 0.4],
    ["openai", "o3", 2, 8],
    ["openai", "o3-pro", 20, 80],
    ["openai", "o3-mini", 1.1, 4.4],
    ["openai", "o4-mini-2025-04-16", 1.1, 4.4],
    ["openai", "gpt-3.5-turbo", 0.5, 1.5],
    ["azure-openai", "gpt-4.1-mini", 0.4, 1.6],
    ["anthropic", "claude-haiku-4-5", 1, 5],
    ["anthropic", "claude-haiku-4-5-20251001", 1, 5],
    ["anthropic", "claude-sonnet-4-5", 3, 15],
    ["anthropic", "claude-sonnet-4-5-20250929", 3, 15],
    ["anthropic", "claude-sonnet-4-0", 3, 15],
    ["anthropic", "claude-opus-4-1-20250805", 15, 75],
    ["anthropic", "claude-opus-4-5-20251101", 5, 25],
    ["anthropic", "claude-3-5-haiku-latest", 0.8, 4],
    ["anthropic", "claude-opus-5-5", 4, 20],
    ["anthropic", "claude-sonnet-5-5", 2, 10],
    ["gemini", "gemini-2.5-pro", 1.25, 10],
    ["gemini", "gemini-2.5-flash-lite", 0.1, 0.4],
    ["gemini", "gemini-2.0-flash", 0.1, 0.4],
    ["gemini", "gemini-2.0-flash-lite", 0.075, 0.3],
  ])("%s/%s → $%s in, $%s out", (provider, model, input, output) => {
    expect(prices.lookup(provider, model)).toMatchObject({ input, output });
  });

  it("is case-insensitive and ignores Gemini's models/ prefix", () => {
    expect(prices.lookup("openai", "GPT-4o-Mini")?.input).toBe(0.15);
    expect(prices.lookup("gemini", "models/gemini-2.5-flash")).toMatchObject({
      input: 0.3,
      output: 2.5,
    });
    expect(prices.lookup("gemini", "models/gemini-2.5-pro")?.output).toBe(10);
  });

  it("gives a dated snapshot priced apart its own price, not its family's", () => {
    expect(prices.lookup("openai", "gpt-4o-2024-05-13")).toMatchObject({ input: 5, output: 15 });
    expect(prices.lookup("openai", "gpt-4o")).toMatchObject({ input: 2.5, output: 10 });
  });

  it.each([
    // Relatives of priced models: a longer id is another model, never its prefix's price.
    ["openai", "gpt-4o-mini-2099-01-01"],
    ["openai", "gpt-5-pro-2099-01-01"],
    ["openai", "o3-pro-2099-01-01"],
    ["openai", "o3-deep-research"],
    ["openai", "gpt-5-turbo"],
    ["openai", "gpt-4o-mini-tts"],
    ["anthropic", "claude-sonnet-4-5-foo"],
    ["anthropic", "claude-sonnet-4"],
    ["anthropic", "claude-opus-4"],
    ["gemini", "gemini-2.5-flash-preview-09-2025"],
    ["gemini", "models/gemini-2.5-flash-lite-001"],
    // Names never heard of.
    ["openai", "my-fine-tune"],
    ["openai", "ft:gpt-4o-mini:acme::abc123"],
    ["azure-openai", "my-deployment"],
  ])("does not price %s/%s: unknown, never a relative's price", (provider, model) => {
    expect(prices.lookup(provider, model)).toBeUndefined();
    expect(prices.cost(provider, model, { inputTokens: 1000, outputTokens: 10 })).toBeUndefined();
  });

  it("prices gpt-5-pro and o3-pro at their own prices, ~10× their base models'", () => {
    const tokens = { inputTokens: M, outputTokens: M };
    expect(prices.cost("openai", "gpt-5-pro", tokens)).toBe(135);
    expect(prices.cost("openai", "gpt-5", tokens)).toBe(11.25);
    expect(prices.cost("openai", "o3-pro", tokens)).toBe(100);
    expect(prices.cost("openai", "o3", tokens)).toBe(10);
  });
});

describe("provider-specific prices", () => {
  it("prices Ollama Cloud models under the ids ollama.com serves and a local Ollama's -cloud names", () => {
    for (const id of ["gpt-oss:120b", "gpt-oss:120b-cloud", "GPT-OSS:120B-CLOUD"]) {
      expect(prices.lookup("ollama", id)).toMatchObject({ input: 0.15, output: 0.6 });
    }
    expect(prices.lookup("ollama", "gemma4:cloud")).toMatchObject({ input: 0.14, output: 0.4 });
  });

  it.each([
    ["openai", "gpt-oss:120b-cloud"],
    ["lm-studio", "gpt-oss:120b"],
    ["gemini", "gpt-oss:120b-cloud"],
  ])("does not price %s/%s: Ollama's entries belong to Ollama", (provider, model) => {
    expect(prices.lookup(provider, model)).toBeUndefined();
  });

  it("does not price a local model Ollama Cloud does not list", () => {
    expect(prices.lookup("ollama", "llama3.2")).toBeUndefined();
    expect(prices.lookup("ollama", "gpt-oss:120b-cloud-2")).toBeUndefined();
  });

  it("prefers the provider's own entry over a model of the same id", () => {
    const table = PriceTableSchema.parse({
      source: "test",
      date: "2026-01-01",
      currency: "USD",
      models: { shared: { input: 1, output: 1 } },
      providers: { acme: { shared: { input: 9, output: 9 } } },
    });
    const custom = new Prices(table);
    expect(custom.lookup("acme", "shared")?.input).toBe(9);
    expect(custom.lookup("other", "shared")?.input).toBe(1);
  });
});

describe("local models", () => {
  it.each([
    ["ollama", "llama3.2"],
    ["ollama", "gpt-oss:120b"], // run on the user's machine: free, whatever Ollama Cloud charges
    ["lm-studio", "local-model"],
    ["openai", "some-unknown-model"],
  ])("%s/%s costs $0 when local", (provider, model) => {
    expect(prices.lookup(provider, model, { local: true })).toMatchObject({ input: 0, output: 0 });
    const tokens = {
      inputTokens: M,
      cachedInputTokens: M / 2,
      cacheWriteInputTokens: M / 4,
      outputTokens: M,
    };
    expect(prices.cost(provider, model, tokens, { local: true })).toBe(0);
  });

  it("bills the same model when it is not local", () => {
    expect(prices.cost("ollama", "gpt-oss:120b", { inputTokens: M, outputTokens: M })).toBeCloseTo(
      0.75,
      10,
    );
  });
});

describe("costOf: cache reads and writes at their own prices", () => {
  const price: ModelPrice = { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 };

  it.each([
    // what, tokens, expected USD
    ["fresh input and output", { inputTokens: M, outputTokens: M }, 3 + 15],
    [
      "all input read from the cache",
      { inputTokens: M, cachedInputTokens: M, outputTokens: 0 },
      0.3,
    ],
    [
      "all input written to the cache",
      { inputTokens: M, cacheWriteInputTokens: M, outputTokens: 0 },
      3.75,
    ],
    [
      "a mix: 500k read, 200k written, 300k fresh, 100k out",
      {
        inputTokens: M,
        cachedInputTokens: 500_000,
        cacheWriteInputTokens: 200_000,
        outputTokens: 100_000,
      },
      0.5 * 0.3 + 0.2 * 3.75 + 0.3 * 3 + 0.1 * 15,
    ],
    ["no tokens", { inputTokens: 0, outputTokens: 0 }, 0],
  ])("%s", (_what, tokens, usd) => {
    expect(costOf(price, tokens)).toBeCloseTo(usd, 10);
  });

  it("charges cache reads and writes at the input price when the model has no such price", () => {
    const plain: ModelPrice = { input: 2, output: 8 };
    const tokens = {
      inputTokens: M,
      cachedInputTokens: 400_000,
      cacheWriteInputTokens: 100_000,
      outputTokens: 0,
    };
    expect(costOf(plain, tokens)).toBeCloseTo(2, 10);
  });

  it("never counts more cached or written tokens than there are input tokens", () => {
    const tokens = {
      inputTokens: 100,
      cachedInputTokens: 500,
      cacheWriteInputTokens: 500,
      outputTokens: 0,
    };
    expect(costOf(price, tokens)).toBeCloseTo((100 * 0.3) / M, 15);
  });

  it("prices Anthropic's cache writes and reads from the table", () => {
    // claude-haiku-4-5: $1 in, $0.10 cache read, $1.25 cache write, $5 out.
    const tokens = {
      inputTokens: M,
      cachedInputTokens: 600_000,
      cacheWriteInputTokens: 300_000,
      outputTokens: 0,
    };
    expect(prices.cost("anthropic", "claude-haiku-4-5", tokens)).toBeCloseTo(
      0.06 + 0.375 + 0.1,
      10,
    );
  });

  it("prices OpenAI's cached input from the table", () => {
    // gpt-4o-mini: 600k fresh × 0.15 + 400k cached × 0.075 + 100k out × 0.6.
    const tokens = { inputTokens: M, cachedInputTokens: 400_000, outputTokens: 100_000 };
    expect(prices.cost("openai", "gpt-4o-mini", tokens)).toBeCloseTo(0.09 + 0.03 + 0.06, 10);
  });
});

describe("overrides from config", () => {
  const custom = new Prices(DEFAULT_PRICES, {
    "my-fine-tune": { input: 1, output: 2 },
    "gpt-4o-mini": { input: 0, output: 0 },
    "azure-openai/prod-gpt": { input: 2, output: 8, cachedInput: 0.5 },
    "ollama/gpt-oss:120b-cloud": { input: 0, output: 0 },
    "my-claude": {
      input: 3,
      output: 15,
      cachedInput: 0.3,
      cacheWrite: 3.75,
      aliases: ["my-claude-v2"],
    },
  });

  it("adds models", () => {
    expect(custom.cost("openai", "my-fine-tune", { inputTokens: M, outputTokens: M })).toBe(3);
  });

  it("wins over the shipped table", () => {
    expect(custom.cost("openai", "gpt-4o-mini", { inputTokens: M, outputTokens: M })).toBe(0);
    expect(prices.cost("openai", "gpt-4o-mini", { inputTokens: M, outputTokens: M })).toBeCloseTo(
      0.75,
      10,
    );
  });

  it("may be keyed <provider>/<model>, and then prices that provider only", () => {
    expect(custom.lookup("azure-openai", "prod-gpt")).toMatchObject({ input: 2, output: 8 });
    expect(custom.lookup("openai", "prod-gpt")).toBeUndefined();
    expect(custom.cost("ollama", "gpt-oss:120b-cloud", { inputTokens: M, outputTokens: M })).toBe(
      0,
    );
    // The override replaced only the -cloud name; ollama.com's own id keeps the list price.
    expect(custom.lookup("ollama", "gpt-oss:120b")?.input).toBe(0.15);
  });

  it("carries cache prices and aliases", () => {
    expect(custom.lookup("anthropic", "my-claude-v2")).toMatchObject({ cacheWrite: 3.75 });
    const tokens = { inputTokens: M, cacheWriteInputTokens: M, outputTokens: 0 };
    expect(custom.cost("anthropic", "my-claude", tokens)).toBeCloseTo(3.75, 10);
  });
});

describe("unknown prices in a run's usage", () => {
  it("reports an unknown model's cost as null, warns once, and marks the totals incomplete", () => {
    const warned: string[] = [];
    const usage = new UsageTracker(new Prices(), {
      onUnpriced: (provider, model) => warned.push(`${provider}/${model}`),
    });
    const tokens = { inputTokens: 1000, outputTokens: 100 };
    expect(
      usage.recordAttempt({
        provider: "openai",
        model: "gpt-5-pro-2099-01-01",
        answered: true,
        usage: tokens,
      }),
    ).toBeUndefined();
    usage.recordAttempt({
      provider: "openai",
      model: "gpt-5-pro-2099-01-01",
      answered: true,
      usage: tokens,
    });
    usage.recordAttempt({
      provider: "openai",
      model: "gpt-4o-mini",
      answered: true,
      usage: tokens,
    });
    usage.recordAttempt({
      provider: "ollama",
      model: "llama3.2",
      local: true,
      answered: true,
      usage: tokens,
    });
    const summary = usage.summary();
    expect(warned).toEqual(["openai/gpt-5-pro-2099-01-01"]);
    expect(summary.rows.find((r) => r.model === "gpt-5-pro-2099-01-01")?.costUsd).toBeNull();
    expect(summary.rows.find((r) => r.model === "llama3.2")?.costUsd).toBe(0);
    expect(summary.rows.find((r) => r.model === "gpt-4o-mini")?.costUsd).toBeCloseTo(
      (1000 * 0.15 + 100 * 0.6) / M,
      12,
    );
    expect(summary.unpricedModels).toEqual(["openai/gpt-5-pro-2099-01-01"]);
    expect(summary.totals.costIncomplete).toBe(true);
  });
});
