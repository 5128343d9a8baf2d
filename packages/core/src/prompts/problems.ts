// Collects what is wrong with a prompt source and throws it as one configuration error.
import { LLMConfigError } from "../errors.js";

/** One thing wrong with a prompt source, at one place. */
export interface Problem {
  /** `prompts.yaml:12:9: jobs.model.user`, `env OSMOSIS_LLM_PROMPT_MODEL_USER`. */
  where: string;
  /** `what is wrong — what to do`. */
  message: string;
  /** For `LLMConfigError.field`. */
  field?: string;
  /** Extra lines shown indented below (a YAML code frame). */
  detail?: string[];
}

/** The lines of a problem list, as every prompt error shows them. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const detail = (problem.detail ?? []).map((row) => `\n      ${row}`).join("");
      return `  - ${problem.where}: ${problem.message}${detail}`;
    })
    .join("\n");
}

/** Throws every problem of one source in one `LLMConfigError`, so a user fixes them in one pass. */
export function throwProblems(
  head: string,
  problems: readonly Problem[],
  options: { file?: string | undefined; cause?: unknown } = {},
): never {
  throw new LLMConfigError(`${head}\n${formatProblems(problems)}`, {
    file: options.file,
    field: problems[0]?.field,
    cause: options.cause,
  });
}
