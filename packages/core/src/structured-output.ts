// Reading a structured answer: JSON out of the model's text, checked against the caller's schema,
// and the words of a repair round when it is not right. Runs in the client, after the answer's
// usage is recorded, for every provider alike.
import { z } from "zod";
import type { FinishReason, OutputValidation, StructuredOutput } from "./provider.js";

/**
 * Pulls a JSON value out of model text: as is, else from a ```json fence, else from the first
 * `{`/`[` to its last closing partner. JSON mode and plain-text models wrap answers in prose or
 * fences; strict structured output returns bare JSON, which the first attempt takes as is.
 * Throws a `SyntaxError` when no attempt parses.
 */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const attempts = [trimmed];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
  if (fence?.[1]) attempts.push(fence[1].trim());
  const start = trimmed.search(/[{[]/);
  if (start >= 0) {
    const close = trimmed[start] === "{" ? "}" : "]";
    const end = trimmed.lastIndexOf(close);
    if (end > start) attempts.push(trimmed.slice(start, end + 1));
  }
  for (const candidate of attempts) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next shape
    }
  }
  throw new SyntaxError("no JSON value found in the answer");
}

/** Why an answer cannot be used, in words for the log, the error and the model. */
export type AnswerProblem =
  /** Cut off at the output cap: asking again the same way is cut off again. */
  | { kind: "cut_off"; message: string }
  /** The vendor blocked it, or the model declined. */
  | { kind: "refused"; message: string }
  /** Empty, not JSON, or JSON of the wrong shape: another try, told what was wrong, may do. */
  | { kind: "invalid"; message: string; issues: string[] };

export type StructuredAnswer = { ok: true; value: unknown } | { ok: false; problem: AnswerProblem };

/**
 * Judges an answer to a structured request: cut off, refused, empty, not JSON, or not what
 * `output.validate` accepts; else the parsed (and validated) value.
 */
export function readStructuredAnswer(
  answer: { text: string; finishReason: FinishReason; refusal?: string | undefined },
  output: StructuredOutput,
): StructuredAnswer {
  const { text, finishReason } = answer;
  if (finishReason === "content_filter" || answer.refusal !== undefined) {
    return {
      ok: false,
      problem: {
        kind: "refused",
        message: answer.refusal
          ? `the model declined: ${answer.refusal}`
          : "the answer was blocked by the vendor's content filter",
      },
    };
  }
  if (finishReason === "length") {
    return {
      ok: false,
      problem: { kind: "cut_off", message: "the answer was cut off at the output token limit" },
    };
  }
  if (!text.trim()) {
    const message = "the answer was empty";
    return { ok: false, problem: { kind: "invalid", message, issues: [message] } };
  }
  let value: unknown;
  try {
    value = extractJson(text);
  } catch {
    const message = "the answer is not valid JSON";
    return { ok: false, problem: { kind: "invalid", message, issues: [message] } };
  }
  if (!output.validate) return { ok: true, value };
  const checked = output.validate(value);
  if (checked.success) return { ok: true, value: checked.value };
  return {
    ok: false,
    problem: {
      kind: "invalid",
      message: `the answer does not match the ${output.name} schema: ${checked.issues.slice(0, 5).join("; ")}`,
      issues: checked.issues,
    },
  };
}

/** The user message of a repair round: what was wrong with the last answer and what to send. */
export function repairPrompt(problem: AnswerProblem & { kind: "invalid" }): string {
  const issues = problem.issues.slice(0, 20).map((issue) => `- ${issue}`);
  return [
    "Your last answer could not be used:",
    ...issues,
    "Answer again with only the corrected JSON, matching the schema exactly: no prose, no code fence.",
  ].join("\n");
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    "",
  );
}

/**
 * A structured output from one zod schema: the JSON Schema sent to the vendor and the check the
 * client applies to the answer, which reports each problem as `path: message`.
 */
export function structuredOutput<S extends z.ZodType>(
  name: string,
  schema: S,
  options: { description?: string; strict?: boolean } = {},
): StructuredOutput<z.output<S>> & { validate: (value: unknown) => OutputValidation<z.output<S>> } {
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as Record<
    string,
    unknown
  >;
  delete jsonSchema.$schema;
  return {
    name,
    schema: jsonSchema,
    ...(options.description === undefined ? {} : { description: options.description }),
    ...(options.strict === undefined ? {} : { strict: options.strict }),
    validate(value) {
      const result = schema.safeParse(value);
      if (result.success) return { success: true, value: result.data };
      return {
        success: false,
        issues: result.error.issues.map(
          (issue) => `${pathOf(issue.path) || "(root)"}: ${issue.message}`,
        ),
      };
    },
  };
}
