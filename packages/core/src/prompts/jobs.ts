// The jobs a caller declares (`model`, `source`, …): what each prompt is for and the variables it gets.
import { z } from "zod";
import { formatIssues } from "../validation.js";

/** One kind of prompt the caller sends, with the template variables it provides. */
export interface PromptJob {
  /** Key under `jobs:` in prompt files: lower case letters, digits and `_`, e.g. `model`. */
  name: string;
  /** What the job writes, for `prompts show` and error messages. */
  description: string;
  /**
   * The variables templates may use, as dotted paths with their meaning:
   * `{ "model.name": "the model's name", columns: "the model's columns" }`. A template may use a
   * declared path, a prefix of one (`{% if model %}`) or a path under one (`columns[0].name`).
   */
  variables: Record<string, string>;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const PromptJobSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, {
    error: "must be lower case letters, digits and _, starting with a letter (e.g. model)",
  }),
  description: z.string().min(1, { error: "must say what the job writes" }),
  variables: z.record(
    z.string().refine((path) => path.split(".").every((part) => IDENTIFIER.test(part)), {
      error: "must be a dotted path of identifiers, e.g. model.name",
    }),
    z.string(),
  ),
});

const PromptJobsSchema = z
  .array(PromptJobSchema)
  .min(1, { error: "must declare at least one job" })
  .refine((jobs) => new Set(jobs.map((job) => job.name)).size === jobs.length, {
    error: "must not declare a job name twice",
  });

/**
 * Checks the caller's job declarations. A bad one is a bug in the calling package, not in the
 * user's configuration, hence a `TypeError`.
 */
export function checkJobs(jobs: readonly PromptJob[]): PromptJob[] {
  const result = PromptJobsSchema.safeParse(jobs);
  if (result.success) return result.data;
  const lines = formatIssues(result.error, { prefix: "jobs" });
  throw new TypeError(`loadPrompts: invalid job declarations:\n  - ${lines.join("\n  - ")}`, {
    cause: result.error,
  });
}

/** The job's variables, one per line: `model.name — the model's name`, for `prompts show`. */
export function describeVariables(job: PromptJob): string {
  return Object.entries(job.variables)
    .map(([path, meaning]) => `${path} — ${meaning}`)
    .join("\n");
}
