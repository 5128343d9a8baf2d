// The documentation run's report: what happened to each node and what it cost, in a documented,
// versioned shape (`RunReportSchema`, published as JSON Schema in `schemas/run-report.v1.json`).
// Field names are snake_case: the report is read by CI scripts and other tools, not only by us.
import { z } from "zod";

export const RUN_REPORT_VERSION = 1;

export const NODE_STATUSES = [
  /** The LLM wrote everything asked (inherited columns may come with it). */
  "documented",
  /** Inheritance alone filled what was missing: no call. */
  "inherited",
  /** The LLM answered, but left some descriptions for a person (listed in `needs_human`). */
  "needs-human",
  /** Nothing was done: nothing was missing, or the run stopped before it (see `reason`). */
  "skipped",
  /** The LLM call failed for good (see `error`); inherited columns were still written. */
  "failed",
] as const;

export type NodeStatus = (typeof NODE_STATUSES)[number];

const InheritedColumnSchema = z.strictObject({
  name: z.string(),
  from: z
    .string()
    .describe("`model.pkg.stg_orders.order_id`: the upstream node and column it came from."),
});

export const NodeReportSchema = z.strictObject({
  unique_id: z.string(),
  resource_type: z.enum(["model", "source", "seed", "snapshot"]),
  name: z.string(),
  schema_file: z.string().describe("The schema file written, relative to the project root."),
  status: z
    .enum(NODE_STATUSES)
    .describe(
      "documented: the LLM wrote everything asked; inherited: inheritance alone, no call; needs-human: some descriptions left for a person; skipped: nothing missing, or the run stopped first; failed: the call failed for good (inherited columns still written).",
    ),
  reason: z.string().optional().describe("Why a node was skipped or failed, in a sentence."),
  description: z
    .enum(["llm", "needs-human"])
    .optional()
    .describe("Where the node's own description came from in this run, if it got one."),
  columns: z.strictObject({
    llm: z.array(z.string()).describe("Written by the LLM."),
    inherited: z.array(InheritedColumnSchema).describe("Filled from upstream, free."),
    needs_human: z.array(z.string()).describe("The LLM could not tell: left empty for a person."),
  }),
  calls: z
    .number()
    .int()
    .nonnegative()
    .describe("Calls made for this node (0 when served from the cache or inherited)."),
  cache_hits: z.number().int().nonnegative(),
  error: z
    .strictObject({ code: z.string(), message: z.string() })
    .optional()
    .describe(
      "The error that failed it: osmosis's stable code (`rate_limit`, `response_parse`, …).",
    ),
});

export const RunTotalsSchema = z.strictObject({
  nodes: z.number().int().nonnegative(),
  documented: z.number().int().nonnegative(),
  inherited: z.number().int().nonnegative(),
  needs_human: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  columns_llm: z.number().int().nonnegative(),
  columns_inherited: z.number().int().nonnegative(),
  columns_needs_human: z.number().int().nonnegative(),
  descriptions_llm: z.number().int().nonnegative(),
  provenance_marks: z
    .number()
    .int()
    .nonnegative()
    .describe("Descriptions marked with meta.osmosis (only when provenance is asked for)."),
  calls: z
    .number()
    .int()
    .nonnegative()
    .describe("Calls answered by the vendor (a call may take several requests: retries, repairs)."),
  cache_hits: z.number().int().nonnegative(),
  requests: z.number().int().nonnegative().describe("HTTP requests sent."),
  retries: z.number().int().nonnegative(),
  repairs: z.number().int().nonnegative(),
  rate_limited: z.number().int().nonnegative().describe("Requests the vendor answered 429."),
  failures: z.number().int().nonnegative().describe("Calls that failed for good."),
  input_tokens: z.number().int().nonnegative(),
  cached_input_tokens: z.number().int().nonnegative(),
  output_tokens: z.number().int().nonnegative(),
  cost_usd: z
    .number()
    .nonnegative()
    .nullable()
    .describe("US dollars; `null` when a model's price is unknown (never a made-up $0)."),
  duration_ms: z.number().nonnegative(),
});

export const RunReportSchema = z.strictObject({
  version: z
    .literal(RUN_REPORT_VERSION)
    .describe("The report format's version: a change that breaks readers raises it."),
  project: z.string().describe("The dbt project's name."),
  provider: z.string(),
  model: z.string(),
  started_at: z.string().describe("ISO 8601."),
  finished_at: z.string().describe("ISO 8601."),
  stopped: z
    .strictObject({
      reason: z.enum(["budget", "deadline", "cancelled", "fatal"]),
      message: z.string(),
    })
    .optional()
    .describe("Set when the run ended early: the budget, the deadline, a cancel or a fatal error."),
  nodes: z.array(NodeReportSchema),
  totals: RunTotalsSchema,
});

export type NodeReport = z.output<typeof NodeReportSchema>;
export type RunTotals = z.output<typeof RunTotalsSchema>;
export type RunReport = z.output<typeof RunReportSchema>;

/** The report format as a JSON Schema document (draft 2020-12). */
export function runReportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RunReportSchema, { target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://osmosis.dev/schemas/run-report.v${RUN_REPORT_VERSION}.json`,
    title: "osmosis documentation run report",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
}
