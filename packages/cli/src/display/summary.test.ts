// The end-of-run summary: every kind of outcome with its reason, and an unknown price said so.
import type { RunReport } from "@osmosis/dbt";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { formatSummary } from "./summary.js";

const node = (over: Partial<RunReport["nodes"][number]>): RunReport["nodes"][number] => ({
  unique_id: "model.shop.orders",
  resource_type: "model",
  name: "orders",
  schema_file: "models/orders.yml",
  status: "documented",
  columns: { llm: [], inherited: [], needs_human: [] },
  calls: 1,
  cache_hits: 0,
  ...over,
});

const report: RunReport = {
  version: 1,
  project: "shop",
  provider: "openai",
  model: "gpt-4o-mini",
  started_at: "2026-12-02T12:00:00.000Z",
  finished_at: "2026-12-02T12:01:05.000Z",
  nodes: [
    node({
      columns: { llm: ["amount"], inherited: [], needs_human: ["legacy_flag"] },
      status: "needs-human",
    }),
    node({
      unique_id: "source.shop.raw.payments",
      resource_type: "source",
      name: "payments",
      status: "failed",
      error: { code: "rate_limit", message: "429 after 10 retries\nmore detail" },
    }),
    node({
      unique_id: "model.shop.a",
      name: "a",
      status: "skipped",
      reason: "the run was stopped before this node started",
    }),
    node({
      unique_id: "model.shop.b",
      name: "b",
      status: "skipped",
      reason: "the run was stopped before this node started",
    }),
    node({ unique_id: "model.shop.c", name: "c", status: "skipped", reason: "nothing is missing" }),
  ],
  totals: {
    nodes: 5,
    documented: 0,
    inherited: 0,
    needs_human: 1,
    skipped: 3,
    failed: 1,
    columns_llm: 1,
    columns_inherited: 0,
    columns_needs_human: 1,
    descriptions_llm: 0,
    provenance_marks: 0,
    calls: 2,
    cache_hits: 0,
    requests: 13,
    retries: 11,
    repairs: 0,
    rate_limited: 10,
    failures: 1,
    input_tokens: 12_345,
    cached_input_tokens: 0,
    output_tokens: 678,
    cost_usd: null,
    duration_ms: 65_000,
  },
};

describe("the summary", () => {
  it("names each failure with its code, what is left for a person, and why nodes were skipped", () => {
    const text = formatSummary(report, createColors(false));
    expect(text).toMatch(
      /^Nodes {4}0 documented · 0 inherited · 1 need a person · 2 skipped · 1 failed · 1 had nothing missing {2}\(of 5\)$/m,
    );
    expect(text).toMatch(/^ {4}source raw\.payments {2}rate_limit {2}429 after 10 retries$/m);
    expect(text).toMatch(/^ {4}orders\.legacy_flag$/m);
    expect(text).toMatch(/^ {4}2 nodes: the run was stopped before this node started$/m);
    expect(text).not.toMatch(/nothing is missing/);
    expect(text).toMatch(
      /^Calls {4}2 · 0 from the cache · 11 retries · 10 answered 429 · 1 failed$/m,
    );
    expect(text).toMatch(/^Tokens {3}12,345 in \(0 cached\) · 678 out$/m);
    expect(text).toMatch(
      /^Cost {5}unknown \(no price for this model\) · openai\/gpt-4o-mini · 1 min 5 s$/m,
    );
  });

  it("says when and why the run stopped early", () => {
    const text = formatSummary(
      { ...report, stopped: { reason: "cancelled", message: "The run was stopped with Ctrl-C." } },
      createColors(false),
    );
    expect(text).toMatch(/^Stopped early \(cancelled\): The run was stopped with Ctrl-C\.$/m);
  });
});
