import { describe, expect, it } from "vitest";
import { Prices } from "./prices.js";
import { formatCost, UsageTracker } from "./usage.js";

const gpt4oMini = (input: number, output: number) => (input * 0.15 + output * 0.6) / 1e6;

describe("UsageTracker", () => {
  it("counts every request and every billed token, per provider and model", () => {
    const usage = new UsageTracker(new Prices());
    const base = { provider: "openai", model: "gpt-4o-mini" };
    usage.recordAttempt({ ...base, answered: false, rateLimited: true });
    usage.recordAttempt({ ...base, answered: true, usage: { inputTokens: 100, outputTokens: 20 } });
    usage.recordAttempt({
      ...base,
      answered: true,
      repair: true,
      usage: { inputTokens: 150, outputTokens: 30, cachedInputTokens: 100 },
    });
    usage.recordCall({ ...base, outcome: "answered", retries: 1, durationMs: 900 });
    usage.recordCall({ ...base, outcome: "cached", retries: 0, durationMs: 0 });
    const { rows, totals } = usage.summary();
    expect(rows).toHaveLength(1);
    expect(totals).toMatchObject({
      calls: 1,
      cacheHits: 1,
      failures: 0,
      requests: 3,
      rateLimited: 1,
      retries: 1,
      repairs: 1,
      inputTokens: 250,
      cachedInputTokens: 100,
      outputTokens: 50,
      durationMs: 900,
      costIncomplete: false,
    });
    expect(totals.costUsd).toBeCloseTo(gpt4oMini(150, 50) + (100 * 0.075) / 1e6, 12);
    expect(usage.spentUsd()).toBeCloseTo(totals.costUsd, 12);
  });

  it("reports an unknown price as null, says so once, and never counts it as $0", () => {
    const unpriced: string[] = [];
    const usage = new UsageTracker(new Prices(), {
      onUnpriced: (provider, model) => unpriced.push(`${provider}/${model}`),
    });
    for (let i = 0; i < 3; i++) {
      usage.recordAttempt({
        provider: "openai",
        model: "my-fine-tune",
        answered: true,
        usage: { inputTokens: 10, outputTokens: 1 },
      });
    }
    const summary = usage.summary();
    expect(summary.rows[0]?.costUsd).toBeNull();
    expect(summary.totals).toMatchObject({ costUsd: 0, costIncomplete: true, inputTokens: 30 });
    expect(summary.unpricedModels).toEqual(["openai/my-fine-tune"]);
    expect(unpriced).toEqual(["openai/my-fine-tune"]);
  });

  it("prices a deployment name by the model that answered", () => {
    const usage = new UsageTracker(new Prices());
    const cost = usage.recordAttempt({
      provider: "azure-openai",
      model: "prod-chat",
      answeredBy: "gpt-4o-mini",
      answered: true,
      usage: { inputTokens: 1_000, outputTokens: 100 },
    });
    expect(cost).toBeCloseTo(gpt4oMini(1_000, 100), 12);
    expect(usage.summary().rows[0]).toMatchObject({ model: "prod-chat", costUsd: cost });
  });

  it("a billed answer without usage leaves the cost incomplete; a local one costs nothing", () => {
    const usage = new UsageTracker(new Prices());
    expect(
      usage.recordAttempt({ provider: "openai", model: "gpt-4o-mini", answered: true }),
    ).toBeUndefined();
    expect(
      usage.recordAttempt({ provider: "ollama", model: "llama3.2", local: true, answered: true }),
    ).toBe(0);
    const { rows, totals } = usage.summary();
    expect(rows.find((r) => r.provider === "openai")?.unmeteredAnswers).toBe(1);
    expect(rows.find((r) => r.provider === "ollama")).toMatchObject({
      unmeteredAnswers: 0,
      costUsd: 0,
    });
    expect(totals.costIncomplete).toBe(true);
  });

  it("serialises to its summary for reports", () => {
    const usage = new UsageTracker(new Prices());
    usage.recordCall({
      provider: "openai",
      model: "gpt-4o-mini",
      outcome: "failed",
      retries: 3,
      durationMs: 10,
    });
    expect(JSON.parse(JSON.stringify(usage))).toEqual(usage.summary());
  });
});

describe("formatCost", () => {
  it.each([
    [null, "unknown"],
    [undefined, "unknown"],
    [0, "$0.00"],
    [0.00123, "$0.0012"],
    [1.5, "$1.50"],
  ])("formats %s as %s", (value, text) => {
    expect(formatCost(value)).toBe(text);
  });
});
