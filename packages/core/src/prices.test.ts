import { describe, expect, it } from "vitest";
import { DEFAULT_PRICES, Prices, PriceTableSchema } from "./prices.js";
import { formatCost, UsageTracker } from "./usage.js";

describe("Prices", () => {
  const prices = new Prices();

  it("finds exact ids, dated snapshots and vendor-prefixed ids, longest match first", () => {
    expect(prices.lookup("openai", "gpt-4o-mini")).toEqual({
      input: 0.15,
      cachedInput: 0.075,
      output: 0.6,
    });
    expect(prices.lookup("openai", "gpt-4o-mini-2024-07-18")?.input).toBe(0.15);
    expect(prices.lookup("openai", "gpt-4o-2024-08-06")?.input).toBe(2.5);
    expect(prices.lookup("anthropic", "claude-3-5-haiku-latest")?.output).toBe(4);
    expect(prices.lookup("gemini", "models/gemini-2.5-flash")?.output).toBe(2.5);
    expect(prices.lookup("openai", "o3-mini")?.input).toBe(1.1);
  });

  it("knows nothing of unknown models: unknown is never free", () => {
    expect(prices.lookup("openai", "my-fine-tune")).toBeUndefined();
    expect(
      prices.cost("openai", "my-fine-tune", { inputTokens: 1000, outputTokens: 10 }),
    ).toBeUndefined();
  });

  it("prices local providers at zero", () => {
    expect(prices.cost("ollama", "llama3.1", { inputTokens: 1e6, outputTokens: 1e6 })).toBe(0);
  });

  it("charges cached input at the cached price", () => {
    // 1M input of which 400k cached: 600k × 0.15 + 400k × 0.075 + 100k × 0.6, per million
    const cost = prices.cost("openai", "gpt-4o-mini", {
      inputTokens: 1_000_000,
      cachedInputTokens: 400_000,
      outputTokens: 100_000,
    });
    expect(cost).toBeCloseTo(0.09 + 0.03 + 0.06, 10);
  });

  it("lets config override and add models", () => {
    const custom = new Prices(DEFAULT_PRICES, {
      "my-fine-tune": { input: 1, output: 2 },
      "gpt-4o-mini": { input: 0, output: 0 },
    });
    expect(custom.cost("openai", "my-fine-tune", { inputTokens: 1e6, outputTokens: 1e6 })).toBe(3);
    expect(custom.cost("openai", "gpt-4o-mini", { inputTokens: 1e6, outputTokens: 1e6 })).toBe(0);
  });

  it("ships a table that validates, with its source and date", () => {
    expect(PriceTableSchema.safeParse(DEFAULT_PRICES).success).toBe(true);
    expect(prices.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      PriceTableSchema.safeParse({ ...DEFAULT_PRICES, models: { x: { input: -1, output: 1 } } })
        .success,
    ).toBe(false);
  });
});

describe("UsageTracker", () => {
  it("sums tokens, calls, retries, failures and cost per provider and model", () => {
    const usage = new UsageTracker(new Prices());
    usage.record({
      provider: "openai",
      model: "gpt-4o-mini",
      usage: { inputTokens: 1000, outputTokens: 200, cachedInputTokens: 100 },
      retries: 1,
      durationMs: 50,
    });
    usage.record({
      provider: "openai",
      model: "gpt-4o-mini",
      usage: { inputTokens: 500, outputTokens: 100 },
      retries: 0,
      durationMs: 30,
    });
    usage.record({
      provider: "openai",
      model: "gpt-4o-mini",
      retries: 3,
      durationMs: 10,
      failed: true,
    });
    usage.record({
      provider: "openai",
      model: "gpt-4o-mini",
      retries: 0,
      durationMs: 0,
      cached: true,
    });
    usage.record({
      provider: "openai",
      model: "mystery",
      usage: { inputTokens: 10, outputTokens: 10 },
      retries: 0,
      durationMs: 5,
    });
    const summary = usage.summary();
    const mini = summary.rows.find((r) => r.model === "gpt-4o-mini");
    expect(mini).toMatchObject({
      calls: 2,
      failures: 1,
      cacheHits: 1,
      retries: 4,
      inputTokens: 1500,
      cachedInputTokens: 100,
      outputTokens: 300,
      durationMs: 90,
    });
    const expected = (900 * 0.15 + 100 * 0.075 + 500 * 0.15 + 300 * 0.6) / 1e6;
    expect(mini?.costUsd).toBeCloseTo(expected, 12);
    expect(summary.rows.find((r) => r.model === "mystery")?.costUsd).toBeNull();
    expect(summary.totals).toMatchObject({ calls: 3, inputTokens: 1510, costIncomplete: true });
    expect(summary.totals.costUsd).toBeCloseTo(expected, 12);
    expect(summary.unpricedModels).toEqual(["openai/mystery"]);
    expect(JSON.parse(JSON.stringify(usage))).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it("formats costs, saying unknown when it is", () => {
    expect(formatCost(null)).toBe("unknown");
    expect(formatCost(0)).toBe("$0.00");
    expect(formatCost(0.001234)).toBe("$0.0012");
    expect(formatCost(12.345)).toBe("$12.35");
  });
});
