// The answer asked of the model for one documentation call, and how it is checked: keyed by the
// real column names, every one required and no other, each a description or null ("cannot tell
// from what was given": left empty and listed for a human, never filled with a guess).
import type { JsonSchema, OutputValidation, StructuredOutput } from "@osmosis/core";
import { z } from "zod";
import { cleanDescription, type HygieneOptions } from "./hygiene.js";

/** What one call asks for. */
export interface AnswerShape {
  /** Ask for the node's own description too. */
  describeNode: boolean;
  /** The columns to describe, spelt as the project spells them. */
  columns: readonly string[];
}

/** A checked answer: clean text, or `null` where the model could not tell. */
export interface DocumentationAnswer {
  /** Absent when the call did not ask for it. */
  description?: string | null;
  /** Every column asked for, under its real name. */
  columns: Map<string, string | null>;
}

export type AnswerSchemaMode = "pinned" | "cacheable";

export interface AnswerOptions {
  mode: AnswerSchemaMode;
  column: Omit<HygieneOptions, "multiline">;
  node: Omit<HygieneOptions, "multiline">;
}

const NULLABLE_TEXT: JsonSchema = { type: ["string", "null"] };

/**
 * The JSON Schema sent to the vendor. `pinned` names each column, so constrained decoding
 * cannot invent or skip one; `cacheable` is the same for every call (a list of name and
 * description), so the vendor's prompt cache can reuse everything before the user message.
 */
export function answerJsonSchema(shape: AnswerShape, mode: AnswerSchemaMode): JsonSchema {
  const columns: JsonSchema =
    mode === "pinned"
      ? {
          type: "object",
          properties: Object.fromEntries(shape.columns.map((name) => [name, NULLABLE_TEXT])),
          required: [...shape.columns],
          additionalProperties: false,
        }
      : {
          type: "array",
          items: {
            type: "object",
            properties: { name: { type: "string" }, description: NULLABLE_TEXT },
            required: ["name", "description"],
            additionalProperties: false,
          },
        };
  const describe = mode === "cacheable" || shape.describeNode;
  return {
    type: "object",
    properties: describe ? { description: NULLABLE_TEXT, columns } : { columns },
    required: describe ? ["description", "columns"] : ["columns"],
    additionalProperties: false,
  };
}

/** The answer's shape in words, for the prompt (kept in step with the schema). */
export function answerFormat(shape: AnswerShape, mode: AnswerSchemaMode): string {
  const description = shape.describeNode ? '"description": "…", ' : "";
  if (mode === "cacheable") {
    const node = shape.describeNode ? description : '"description": null, ';
    return `Answer in JSON: {${node}"columns": [{"name": <each * column>, "description": text or null}]}`;
  }
  return `Answer in JSON: {${description}"columns": {<each * column>: text or null}}`;
}

const Text = z.string().nullable();
const ColumnEntry = z.object({ name: z.string(), description: Text });
const RawAnswer = z.object({
  description: Text.optional(),
  columns: z.union([z.record(z.string(), Text), z.array(ColumnEntry)], {
    error: "must be an object mapping each column marked * to its description (or null)",
  }),
});

/**
 * The structured output of one call: the schema to send and the check applied to the answer.
 * The check forgives what is safe to forgive (a column name in another case, a list where an
 * object was asked) and reports the rest, one line per problem, for the repair round.
 */
export function answerOutput(
  shape: AnswerShape,
  options: AnswerOptions,
): StructuredOutput<DocumentationAnswer> & {
  validate: (value: unknown) => OutputValidation<DocumentationAnswer>;
} {
  return {
    name: "documentation",
    schema: answerJsonSchema(shape, options.mode),
    strict: true,
    validate: (value) => checkAnswer(value, shape, options),
  };
}

function checkAnswer(
  value: unknown,
  shape: AnswerShape,
  options: AnswerOptions,
): OutputValidation<DocumentationAnswer> {
  const parsed = RawAnswer.safeParse(value);
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "(answer)"}: ${issue.message}`,
      ),
    };
  }
  const issues: string[] = [];
  const given = Array.isArray(parsed.data.columns)
    ? parsed.data.columns.map((entry) => [entry.name, entry.description] as const)
    : Object.entries(parsed.data.columns);
  // Real names by lower case: models often change the case of a name (ORDER_ID for order_id).
  const asked = new Map(shape.columns.map((name) => [name.toLowerCase(), name]));
  const answered = new Map<string, string | null>();
  for (const [name, text] of given) {
    const real = shape.columns.includes(name) ? name : asked.get(name.toLowerCase());
    if (real === undefined) {
      issues.push(`columns.${name}: not a column marked *; remove it`);
      continue;
    }
    if (answered.has(real)) {
      issues.push(`columns.${real}: given twice; give it once`);
      continue;
    }
    if (text === null) {
      answered.set(real, null);
      continue;
    }
    const clean = cleanDescription(text, { ...options.column, multiline: false });
    if (clean.ok) answered.set(real, clean.text);
    else issues.push(`columns.${real}: ${clean.problem}`);
  }
  const missing = shape.columns.filter((name) => !answered.has(name) && !issuesName(issues, name));
  if (missing.length > 0) {
    issues.push(
      `columns: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing; give each a description, or null when it cannot be told`,
    );
  }
  const answer: DocumentationAnswer = { columns: answered };
  if (shape.describeNode) {
    const text = parsed.data.description;
    if (text === undefined) {
      issues.push("description: missing; give the model's description, or null");
    } else if (text === null) {
      answer.description = null;
    } else {
      const clean = cleanDescription(text, { ...options.node, multiline: true });
      if (clean.ok) answer.description = clean.text;
      else issues.push(`description: ${clean.problem}`);
    }
  }
  if (issues.length > 0) return { success: false, issues };
  // In the order asked, whatever order the model answered in.
  answer.columns = new Map(shape.columns.map((name) => [name, answered.get(name) ?? null]));
  return { success: true, value: answer };
}

function issuesName(issues: string[], name: string): boolean {
  return issues.some((issue) => issue.startsWith(`columns.${name}:`));
}
