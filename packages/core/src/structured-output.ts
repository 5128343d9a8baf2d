// Reading a structured answer: JSON out of the model's text, checked against the caller's schema,
// and the words of a repair round when it is not right. Runs in the client, after the answer's
// usage is recorded, for every provider alike.
import { z } from "zod";
import { findJsonCandidates, type JsonCandidate } from "./json-extraction.js";
import type { FinishReason, OutputValidation, StructuredOutput } from "./provider.js";

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
 * `output.validate` accepts; else the parsed (and validated) value. The JSON is found by
 * `findJsonCandidates`: bare, fenced, in prose, repaired, or salvaged from an answer that stops
 * early, which is accepted only when `output.validate` accepts what is complete.
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
  const { candidates, unclosed } = findJsonCandidates(text);
  if (candidates.length === 0) {
    const message = unclosed
      ? "the answer is not valid JSON: it looks cut off (a JSON object or array is never closed)"
      : "the answer is not valid JSON";
    return { ok: false, problem: { kind: "invalid", message, issues: [message] } };
  }
  const { validate } = output;
  if (!validate) {
    // With no check to vouch for it, the complete part of a cut-off answer is not an answer.
    const complete = candidates.find((candidate) => !candidate.cutOff);
    if (complete) return { ok: true, value: complete.value };
    const message = `the answer looks cut off: ${CUT_OFF}`;
    return { ok: false, problem: { kind: "invalid", message, issues: [message] } };
  }
  // Several candidates (an echoed example, a corrected second try): the first that passes the
  // check wins, in the order of plausibility of `findJsonCandidates`.
  const failures: Array<{ candidate: JsonCandidate; issues: string[] }> = [];
  for (const candidate of candidates) {
    const checked = validate(candidate.value);
    if (checked.success) return { ok: true, value: checked.value };
    failures.push({ candidate, issues: checked.issues });
  }
  // None passes: report on the most plausible, the first; unless JSON that begins after it is
  // cut off: the model's last words were its real answer, stopped short (an echoed example,
  // then the answer). Its issues then say what is missing, and the message that it stopped.
  const [first] = failures as [(typeof failures)[number], ...typeof failures];
  const cutOff = failures.find((failure) => failure.candidate.cutOff);
  const { candidate, issues } =
    cutOff && !first.candidate.cutOff && cutOff.candidate.at > first.candidate.at ? cutOff : first;
  const summary = issues.slice(0, 5).join("; ");
  if (candidate.cutOff) {
    return {
      ok: false,
      problem: {
        kind: "invalid",
        message: `the answer looks cut off (${CUT_OFF}), and its complete part does not match the ${output.name} schema: ${summary}`,
        issues: [CUT_OFF_ISSUE, ...issues],
      },
    };
  }
  return {
    ok: false,
    problem: {
      kind: "invalid",
      message: `the answer does not match the ${output.name} schema: ${summary}`,
      issues,
    },
  };
}

const CUT_OFF = "its JSON stops before it is closed";
const CUT_OFF_ISSUE =
  "the answer stops before its JSON is closed: send all of it, more briefly if it is long";

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
