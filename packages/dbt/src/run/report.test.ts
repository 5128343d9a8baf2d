import { readFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  RUN_REPORT_VERSION,
  type RunReport,
  RunReportSchema,
  runReportJsonSchema,
} from "./report.js";

const sample: RunReport = {
  version: RUN_REPORT_VERSION,
  project: "jaffle_shop",
  provider: "openai",
  model: "gpt-4o-mini",
  started_at: "2026-12-02T10:00:00.000Z",
  finished_at: "2026-12-02T10:01:00.000Z",
  nodes: [
    {
      unique_id: "model.jaffle_shop.orders",
      resource_type: "model",
      name: "orders",
      schema_file: "models/marts/orders.yml",
      status: "needs-human",
      description: "llm",
      columns: {
        llm: ["order_total"],
        inherited: [{ name: "order_id", from: "model.jaffle_shop.stg_orders.order_id" }],
        needs_human: ["legacy_flag"],
      },
      calls: 1,
      cache_hits: 0,
    },
  ],
  totals: {
    nodes: 1,
    documented: 0,
    inherited: 0,
    needs_human: 1,
    skipped: 0,
    failed: 0,
    columns_llm: 1,
    columns_inherited: 1,
    columns_needs_human: 1,
    descriptions_llm: 1,
    provenance_marks: 0,
    calls: 1,
    cache_hits: 0,
    requests: 1,
    retries: 0,
    repairs: 0,
    rate_limited: 0,
    failures: 0,
    input_tokens: 900,
    cached_input_tokens: 0,
    output_tokens: 120,
    cost_usd: null,
    duration_ms: 1200,
  },
};

describe("the run report", () => {
  it("publishes the JSON Schema its code defines (regenerate with generate:report-schema)", async () => {
    const published = JSON.parse(
      await readFile(
        new URL(`../../schemas/run-report.v${RUN_REPORT_VERSION}.json`, import.meta.url),
        "utf8",
      ),
    );
    expect(published).toEqual(runReportJsonSchema());
  });

  it("is valid against the published JSON Schema, and an unknown status is not", () => {
    const validate = new Ajv2020({ strict: false }).compile(runReportJsonSchema());
    expect(validate(sample)).toBe(true);
    expect(RunReportSchema.parse(sample)).toEqual(sample);
    const bad = structuredClone(sample) as unknown as { nodes: Array<{ status: string }> };
    (bad.nodes[0] as { status: string }).status = "half-done";
    expect(validate(bad)).toBe(false);
    expect(RunReportSchema.safeParse(bad).success).toBe(false);
  });

  it("carries a cost of null, never a made-up 0, when a price is unknown", () => {
    const schema = runReportJsonSchema() as {
      properties: { totals: { properties: { cost_usd: unknown } } };
    };
    expect(schema.properties.totals.properties.cost_usd).toMatchObject({
      anyOf: [{ type: "number" }, { type: "null" }],
    });
  });
});
