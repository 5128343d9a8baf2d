// The prompt file format (version 1), validated with zod; problems point at the file's lines.
import { z } from "zod";
import { closest } from "./closest.js";
import type { PromptJob } from "./jobs.js";
import { type FieldPath, fieldName, type SourcePlace } from "./locate.js";
import type { Problem } from "./problems.js";

/** The prompt file versions this osmosis understands. */
export const PROMPT_FILE_VERSIONS = [1] as const;

/** What a scope applies to; each list's items are alternatives, and every key given must match. */
export interface ScopeMatch {
  /** Globs on the subject's file path, e.g. `models/staging/**`. */
  path?: string[];
  tag?: string[];
  /** Globs on the subject's name, e.g. `stg_*`. */
  name?: string[];
  /** Selectors in the caller's syntax (dbt's `tag:nightly,path:models/marts`), passed on as written. */
  select?: string[];
}

/** What a prompt file may set for one job. */
export interface PromptParts {
  system?: string;
  user?: string;
  temperature?: number;
  maxOutputTokens?: number;
}

export interface PromptFileScope {
  name?: string;
  match: ScopeMatch;
  jobs: Record<string, PromptParts | undefined>;
}

/** A validated prompt file, or the same shape written inline in the config. */
export interface PromptFile {
  version: 1;
  jobs: Record<string, PromptParts | undefined>;
  scopes: PromptFileScope[];
}

/**
 * A prompt file as written, for typing `prompts` inline in osmosis.config.ts: a match value may
 * be one text or a list.
 */
export interface PromptFileInput {
  version: 1;
  jobs?: Record<string, PromptParts>;
  scopes?: Array<{
    name?: string;
    match: { [K in keyof ScopeMatch]?: string | string[] };
    jobs: Record<string, PromptParts>;
  }>;
}

const ROOT_KEYS = ["version", "jobs", "scopes"];
const PART_KEYS = ["system", "user", "temperature", "maxOutputTokens"];
const SCOPE_KEYS = ["name", "match", "jobs"];
const MATCH_KEYS = ["path", "tag", "name", "select"];

type Issue = { code: string; input?: unknown };
const missing = (issue: Issue) => issue.code === "invalid_type" && issue.input === undefined;

/** A zod `error` option: `ifMissing` when the key is absent, `otherwise` for a wrong type. */
function expected(otherwise: string, ifMissing = otherwise) {
  return (issue: Issue) =>
    missing(issue) ? ifMissing : issue.code === "invalid_type" ? otherwise : undefined;
}

const template = z
  .string({
    error:
      "must be a Liquid template as text — write it as a block: `user: |` with the text indented below",
  })
  .refine((text) => text.trim() !== "", {
    error: "is empty — write the template, or remove the key to use the next source's",
  });

const patterns = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
    error: "must be a non-empty text or a list of them — e.g. tag: [staging, nightly]",
  })
  .transform((value) => (typeof value === "string" ? [value] : value));

const matchSchema = z
  .strictObject(
    {
      path: patterns.optional(),
      tag: patterns.optional(),
      name: patterns.optional(),
      select: patterns.optional(),
    },
    {
      error: expected(
        'must be a map of path, tag, name and/or select — e.g. match: { path: "models/staging/**" }',
        'is missing — say which subjects the scope is for, e.g. match: { path: "models/staging/**" }',
      ),
    },
  )
  .refine((match) => Object.values(match).some((value) => value !== undefined), {
    error: "is empty — give at least one of path, tag, name or select",
  });

const version = z.custom<1>((value) => value === 1, {
  error: (issue) =>
    issue.input === undefined
      ? "is missing — add `version: 1` at the top"
      : `${JSON.stringify(issue.input)} is not a prompt file version this osmosis understands (it understands ${PROMPT_FILE_VERSIONS.join(", ")}) — set version: 1, or upgrade osmosis if the file was written for a newer one`,
});

const rootError = (issue: Issue) =>
  issue.input === undefined || issue.input === null
    ? "is empty — start the file with `version: 1`"
    : issue.code === "invalid_type"
      ? "must be a map of version, jobs and scopes — start the file with `version: 1`"
      : undefined;

/** Checked first and alone: under another version every other key may mean something else. */
const versionOnly = z.looseObject({ version }, { error: rootError });

/** The schema of a prompt file for the caller's jobs: only those jobs, every key known. */
function promptFileSchema(jobs: readonly PromptJob[]) {
  const parts = z.strictObject(
    {
      system: template.optional(),
      user: template.optional(),
      temperature: z
        .number({ error: "must be a number from 0 to 2 — 0.2 suits documentation" })
        .min(0, { error: "must be at least 0 — use a number from 0 to 2" })
        .max(2, { error: "must be at most 2 — use a number from 0 to 2" })
        .optional(),
      maxOutputTokens: z
        .number({ error: "must be a whole number of tokens — e.g. 2000" })
        .int({ error: "must be a whole number of tokens — e.g. 2000" })
        .positive({ error: "must be above 0 — or remove it to let the model decide" })
        .optional(),
    },
    {
      error: expected(
        "must be a map of system, user, temperature and maxOutputTokens — e.g. model: { user: … }",
      ),
    },
  );
  const jobMap = z.strictObject(
    Object.fromEntries(jobs.map((job) => [job.name, parts.optional()])),
    {
      error: expected(
        "must be a map from job name to its prompts — e.g. jobs: { model: { user: … } }",
        "is missing — give the prompts this scope changes, e.g. jobs: { model: { system: … } }",
      ),
    },
  );
  const scope = z.strictObject(
    {
      name: z
        .string({ error: "must be a label, e.g. staging" })
        .min(1, { error: "must not be empty — e.g. staging" })
        .optional(),
      match: matchSchema,
      jobs: jobMap.refine((map) => Object.values(map).some((value) => value !== undefined), {
        error:
          "is empty — give the prompts this scope changes, e.g. jobs: { model: { system: … } }",
      }),
    },
    { error: expected("must be a map of name, match and jobs") },
  );
  return z.strictObject(
    {
      version,
      jobs: jobMap.default({}),
      scopes: z
        .array(scope, { error: "must be a list of scopes — each `- match: …` with its `jobs:`" })
        .default([]),
    },
    { error: rootError },
  );
}

/** The keys allowed in the map at `path`, and what to call them, for an unknown-key message. */
function knownKeysAt(
  path: FieldPath,
  jobs: readonly PromptJob[],
): { noun: string; keys: string[] } {
  const last = path.at(-1);
  if (path.length === 0) return { noun: "key", keys: ROOT_KEYS };
  if (last === "jobs") return { noun: "job", keys: jobs.map((job) => job.name) };
  if (last === "match") return { noun: "key", keys: MATCH_KEYS };
  if (path[0] === "scopes" && path.length === 2) return { noun: "key", keys: SCOPE_KEYS };
  return { noun: "key", keys: PART_KEYS };
}

function problemsOf(error: z.ZodError, jobs: readonly PromptJob[], place: SourcePlace): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.map((step) => (typeof step === "symbol" ? String(step) : step));
    if (issue.code !== "unrecognized_keys") {
      return [{ where: place.where(path), field: place.field(path), message: issue.message }];
    }
    const { noun, keys } = knownKeysAt(path, jobs);
    return issue.keys.map((key) => {
      const match = closest(key, keys);
      const suggestion = match === undefined ? "" : ` did you mean "${match}"?`;
      const known = noun === "job" ? "Known jobs" : `Known keys in ${fieldName(path)}`;
      return {
        where: place.where(path, { key }),
        field: place.field([...path, key]),
        message: `unknown ${noun} "${key}" —${suggestion} ${known}: ${keys.join(", ")}`,
      };
    });
  });
}

export type CheckedPromptFile = { ok: true; file: PromptFile } | { ok: false; problems: Problem[] };

/** Validates the parsed content of a prompt file (or inline config) against the caller's jobs. */
export function checkPromptFile(
  raw: unknown,
  jobs: readonly PromptJob[],
  place: SourcePlace,
): CheckedPromptFile {
  const versioned = versionOnly.safeParse(raw);
  if (!versioned.success) return { ok: false, problems: problemsOf(versioned.error, jobs, place) };
  const result = promptFileSchema(jobs).safeParse(raw);
  if (!result.success) return { ok: false, problems: problemsOf(result.error, jobs, place) };
  return { ok: true, file: result.data as PromptFile };
}
