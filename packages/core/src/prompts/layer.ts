// One source of prompts at one precedence level, with its templates compiled and each part's origin.
import type { Liquid } from "liquidjs";
import type { PromptJob } from "./jobs.js";
import type { FieldPath, SourcePlace } from "./locate.js";
import type { Problem } from "./problems.js";
import type { PromptFile, PromptParts, ScopeMatch } from "./prompt-file.js";
import { type CompiledTemplate, compileTemplate, type TemplatePart } from "./template.js";

/** The precedence levels, highest first. */
export const PROMPT_LEVELS = ["cli", "env", "config", "built-in"] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];

/** Where a part of an effective prompt came from, for the plan and `prompts show`. */
export interface PromptOrigin {
  level: PromptLevel;
  /** A file path, `env OSMOSIS_LLM_PROMPT_MODEL_SYSTEM`, `osmosis.config.ts (prompts)` or `built-in`. */
  source: string;
  /** The line of the part's key in that source, when it has lines. */
  line?: number;
  /** The scope that gave it, when not the source's unscoped prompts. */
  scope?: string;
}

export interface PartValue<T> {
  readonly value: T;
  readonly origin: PromptOrigin;
}

/** What one source sets for one job; any part may be missing. */
export interface LayerParts {
  system?: PartValue<CompiledTemplate>;
  user?: PartValue<CompiledTemplate>;
  temperature?: PartValue<number>;
  maxOutputTokens?: PartValue<number>;
}

export interface LayerScope {
  readonly name: string;
  readonly match: ScopeMatch;
  readonly origin: PromptOrigin;
  readonly jobs: Readonly<Record<string, LayerParts>>;
}

/** One source's prompts: its unscoped parts per job and its scopes in file order. */
export interface Layer {
  readonly level: PromptLevel;
  readonly source: string;
  readonly jobs: Readonly<Record<string, LayerParts>>;
  readonly scopes: readonly LayerScope[];
}

interface CompileContext {
  level: PromptLevel;
  place: SourcePlace;
  jobs: readonly PromptJob[];
  liquid: Liquid;
}

function compileParts(
  parts: PromptParts,
  job: PromptJob,
  path: FieldPath,
  scope: string | undefined,
  context: CompileContext,
  problems: Problem[],
): LayerParts {
  const { place, level } = context;
  const origin = (part: string): PromptOrigin => {
    const line = place.lineOf([...path, part]);
    return {
      level,
      source: place.name,
      ...(line === undefined ? {} : { line }),
      ...(scope === undefined ? {} : { scope }),
    };
  };
  const out: LayerParts = {};
  for (const part of ["system", "user"] as const satisfies TemplatePart[]) {
    const text = parts[part];
    if (text === undefined) continue;
    const compiled = compileTemplate(context.liquid, text, job, part, place, [...path, part]);
    if (compiled.ok) out[part] = { value: compiled.template, origin: origin(part) };
    else problems.push(...compiled.problems);
  }
  if (parts.temperature !== undefined) {
    out.temperature = { value: parts.temperature, origin: origin("temperature") };
  }
  if (parts.maxOutputTokens !== undefined) {
    out.maxOutputTokens = { value: parts.maxOutputTokens, origin: origin("maxOutputTokens") };
  }
  return out;
}

function compileJobs(
  jobs: Record<string, PromptParts | undefined>,
  path: FieldPath,
  scope: string | undefined,
  context: CompileContext,
  problems: Problem[],
): Record<string, LayerParts> {
  const out: Record<string, LayerParts> = {};
  for (const job of context.jobs) {
    const parts = jobs[job.name];
    if (parts)
      out[job.name] = compileParts(parts, job, [...path, job.name], scope, context, problems);
  }
  return out;
}

export type LayerOrProblems = { ok: true; layer: Layer } | { ok: false; problems: Problem[] };

/** Compiles every template of a validated prompt file; lists every problem found, not the first. */
export function compileLayer(file: PromptFile, context: CompileContext): LayerOrProblems {
  const problems: Problem[] = [];
  const { place, level } = context;
  const jobs = compileJobs(file.jobs, ["jobs"], undefined, context, problems);
  const scopes = file.scopes.map((scope, index): LayerScope => {
    const name = scope.name ?? `scopes[${index}]`;
    const line = place.lineOf(["scopes", index]);
    return {
      name,
      match: Object.freeze(scope.match),
      origin: {
        level,
        source: place.name,
        ...(line === undefined ? {} : { line }),
        scope: name,
      },
      jobs: compileJobs(scope.jobs, ["scopes", index, "jobs"], name, context, problems),
    };
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, layer: { level, source: place.name, jobs, scopes } };
}
