// How the documentation prompts are built: which context goes in, how much of it, and how the
// answer is asked for. Validated at the boundary (config file, environment) like every setting.
import { LLMConfigError } from "@osmosis/core";
import { z } from "zod";

function count(what: string, min: number, max: number) {
  return z
    .number({ error: `must be a whole number (${what})` })
    .int({ error: `must be a whole number (${what})` })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });
}

export const DocumentationSettingsSchema = z.strictObject({
  /**
   * The project's style guide, spliced into the fixed part of every prompt: a path relative to
   * the project root, or `false` for none. Default: `dbt-styleguide.md` at the project root when
   * it exists (the file dbt Copilot reads).
   */
  styleGuide: z
    .union(
      [z.string().min(1, { error: "must not be empty; remove it or set false" }), z.literal(false)],
      {
        error: 'must be a path such as "docs/style.md", or false for none',
      },
    )
    .optional(),
  /**
   * The SQL sent is cut to this many characters, with a note (OSMOSIS_LLM_MAX_SQL_CHARS).
   * Unset: a budget that grows with the columns asked for (1,500 + 350 per column + 1,000 for
   * the model's description), at most 8,000.
   */
  maxSqlChars: count("characters of SQL per prompt", 200, 200_000).optional(),
  /** Human-written descriptions from nearby models sent as examples of the team's voice (0: none). */
  examples: count("example descriptions per prompt", 0, 20).default(0),
  /** Replace string and number literals in the SQL with placeholders before it is sent. */
  redactLiterals: z.boolean({ error: "must be true or false" }).default(false),
  /** Columns asked for in one call; wider models are split into several calls. */
  maxColumnsPerCall: count("columns per call", 5, 1_000).default(80),
  /**
   * `pinned` (default): the JSON Schema sent names every column asked for, so a schema-valid
   * answer cannot invent or drop one. `cacheable`: one schema for every call (a list of
   * `{ name, description }`), so vendors' prompt caches can reuse the fixed part; the names are
   * then checked by osmosis (and repaired once). Worth it when the style guide makes the fixed
   * part long (over ~1,000 tokens).
   */
  answerSchema: z
    .enum(["pinned", "cacheable"], { error: 'must be "pinned" or "cacheable"' })
    .default("pinned"),
  /** Longest description accepted for a column, in characters. */
  maxColumnChars: count("characters per column description", 40, 2_000).default(400),
  /** Longest description accepted for a model or source, in characters. */
  maxModelChars: count("characters per model description", 80, 5_000).default(1_200),
});

export type DocumentationSettingsInput = z.input<typeof DocumentationSettingsSchema>;
export type DocumentationSettings = z.output<typeof DocumentationSettingsSchema>;

/** The documentation settings read from the environment (dbt-osmosis's variable included). */
export function documentationSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): DocumentationSettingsInput {
  const out: DocumentationSettingsInput = {};
  const raw = env.OSMOSIS_LLM_MAX_SQL_CHARS;
  if (raw !== undefined && raw.trim() !== "") {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 200 || n > 200_000) {
      throw new LLMConfigError(`OSMOSIS_LLM_MAX_SQL_CHARS="${raw}" is not valid.`, {
        field: "OSMOSIS_LLM_MAX_SQL_CHARS",
        hint: "Set it to a whole number of characters from 200 to 200000, e.g. 8000, or unset it.",
      });
    }
    out.maxSqlChars = n;
  }
  return out;
}
