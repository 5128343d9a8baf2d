// Turns zod failures at a boundary into configuration errors that name the file, the field and a fix.
import type { z } from "zod";
import { LLMConfigError } from "./errors.js";

export interface ValidationContext {
  /** File the value came from (`osmosis.config.ts`), for the message. */
  file?: string;
  /** Path prefix of the value inside that file (`providers.openai`). */
  prefix?: string;
}

function fieldOf(path: readonly PropertyKey[], prefix?: string): string {
  const parts = path.map((p) => (typeof p === "number" ? `[${p}]` : String(p)));
  const joined = parts.reduce(
    (acc, p) => (p.startsWith("[") || acc === "" ? acc + p : `${acc}.${p}`),
    "",
  );
  if (!prefix) return joined || "(root)";
  return joined ? (joined.startsWith("[") ? prefix + joined : `${prefix}.${joined}`) : prefix;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}; remove ${issue.keys.length > 1 ? "them" : "it"} or check the spelling`;
  }
  return issue.message;
}

/** One line per problem: `osmosis.config.ts: temperature: …fix…`. */
export function formatIssues(error: z.ZodError, context: ValidationContext = {}): string[] {
  return error.issues.map((issue) => {
    const where = fieldOf(issue.path, context.prefix);
    return `${context.file ? `${context.file}: ` : ""}${where}: ${describeIssue(issue)}`;
  });
}

/** Validates `value` with `schema`, or throws an `LLMConfigError` listing every problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: ValidationContext = {},
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = formatIssues(result.error, context);
  const first = result.error.issues[0];
  const head = `Invalid configuration${context.file ? ` in ${context.file}` : ""}:`;
  throw new LLMConfigError(`${head}\n  - ${lines.join("\n  - ")}`, {
    file: context.file,
    field: first ? fieldOf(first.path, context.prefix) : context.prefix,
    cause: result.error,
  });
}
