// The shape of osmosis.config.ts for the command line: the LLM layer's settings (core) plus what
// documenting a dbt project needs (the dbt package's settings, inheritance, writing, the gates).
import { OsmosisConfigSchema } from "@osmosis/core";
import { DEFAULT_PLACEHOLDERS, DocumentationSettingsSchema } from "@osmosis/dbt";
import { z } from "zod";

const names = (what: string) =>
  z.array(z.string({ error: `each entry must be a string (${what})` }).min(1), {
    error: `must be a list of strings (${what})`,
  });

const usd = (what: string) =>
  z
    .number({ error: `must be a number of US dollars (${what}), e.g. 0.5` })
    .nonnegative({ error: `must be 0 or more US dollars (${what})` });

export const CliConfigSchema = OsmosisConfigSchema.extend({
  /** How the documentation prompts are built: style guide, SQL budget, examples, redaction… */
  documentation: DocumentationSettingsSchema.prefault({}),
  /** Descriptions that count as missing (default: dbt-osmosis's placeholders and a few more). */
  placeholders: names("descriptions that count as missing").default([...DEFAULT_PLACEHOLDERS]),
  /** Name prefixes ignored when matching columns across models for inheritance (`stg_`, `src_`). */
  columnPrefixes: names("column name prefixes").default([]),
  /** Name suffixes ignored when matching columns across models (`_raw`). */
  columnSuffixes: names("column name suffixes").default([]),
  /**
   * Where a node with no schema file gets one, relative to the project root. Variables: `{dir}`,
   * `{name}`, `{resource_type}`, `{package}`, `{schema}`, `{database}`. Default beside the model.
   */
  schemaPath: z
    .string({ error: 'must be a path template such as "{dir}/{name}.yml"' })
    .min(1, { error: 'must not be empty; e.g. "{dir}/{name}.yml"' })
    .optional(),
  /** On a terminal, ask before a run whose estimate is above this (0: always ask; `--yes` skips). */
  confirmAboveUsd: usd("the estimate above which osmosis asks first").default(1),
  /** Mark each description the LLM writes with `meta.osmosis` (model and date) for review. */
  provenance: z.boolean({ error: "must be true or false" }).default(false),
  /** `osmosis check`: the share of models and columns that must have a description. */
  check: z
    .strictObject({
      minCoverage: z
        .number({ error: "must be a percentage from 0 to 100, e.g. 80" })
        .min(0, { error: "must be at least 0 (percent)" })
        .max(100, { error: "must be at most 100 (percent)" })
        .default(100),
    })
    .prefault({}),
});

/** What a user writes in osmosis.config.ts. */
export type CliConfigInput = z.input<typeof CliConfigSchema>;
/** The validated configuration, defaults filled in. */
export type CliConfig = z.output<typeof CliConfigSchema>;

/**
 * Types `osmosis.config.ts` (every key documented, checked by your editor); returns its
 * argument unchanged. The CLI validates it again when it loads, naming the field of any error.
 */
export function defineConfig(config: CliConfigInput): CliConfigInput {
  return config;
}
