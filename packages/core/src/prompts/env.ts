// Prompts from the environment: OSMOSIS_LLM_PROMPT_FILE and one template per OSMOSIS_LLM_PROMPT_<JOB>_<PART>.
import type { Liquid } from "liquidjs";
import { closest } from "./closest.js";
import type { PromptJob } from "./jobs.js";
import type { Layer, LayerOrProblems, LayerParts } from "./layer.js";
import { envPlace } from "./locate.js";
import type { Problem } from "./problems.js";
import { compileTemplate, type TemplatePart } from "./template.js";

const PREFIX = "OSMOSIS_LLM_PROMPT_";

/** The environment variable naming a prompt file. */
export const PROMPT_FILE_VARIABLE = `${PREFIX}FILE`;

/** `OSMOSIS_LLM_PROMPT_MODEL_SYSTEM`: the variable holding one template of one job. */
export function envTemplateVariable(job: string, part: TemplatePart): string {
  return `${PREFIX}${job.toUpperCase()}_${part.toUpperCase()}`;
}

/** An unset variable and an empty one mean the same, as for every other osmosis variable. */
export function envValue(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}

/**
 * The single-template variables as a layer of their own. A variable with the prefix that names
 * no job and part is a typo, reported with the valid names rather than silently ignored.
 */
export function envTemplatesLayer(
  env: Readonly<Record<string, string | undefined>>,
  jobs: readonly PromptJob[],
  liquid: Liquid,
): LayerOrProblems {
  const known = new Map<string, { job: PromptJob; part: TemplatePart }>();
  for (const job of jobs) {
    for (const part of ["system", "user"] as const) {
      known.set(envTemplateVariable(job.name, part), { job, part });
    }
  }
  const problems: Problem[] = [];
  const valid = [PROMPT_FILE_VARIABLE, ...known.keys()];
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith(PREFIX) || valid.includes(name) || envValue(env, name) === undefined) {
      continue;
    }
    const match = closest(
      name.slice(PREFIX.length),
      valid.map((v) => v.slice(PREFIX.length)),
    );
    const suggestion = match === undefined ? "" : ` did you mean ${PREFIX}${match}?`;
    problems.push({
      where: `env ${name}`,
      field: name,
      message: `names no prompt job and part —${suggestion} The prompt variables are: ${valid.join(", ")}; rename or unset it`,
    });
  }
  const layerJobs: Record<string, LayerParts> = {};
  for (const [name, { job, part }] of known) {
    const text = envValue(env, name);
    if (text === undefined) continue;
    const place = envPlace(name);
    const compiled = compileTemplate(liquid, text, job, part, place, ["jobs", job.name, part]);
    if (!compiled.ok) {
      problems.push(...compiled.problems);
      continue;
    }
    layerJobs[job.name] = {
      ...layerJobs[job.name],
      [part]: { value: compiled.template, origin: { level: "env", source: place.name } },
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  const layer: Layer = { level: "env", source: "environment", jobs: layerJobs, scopes: [] };
  return { ok: true, layer };
}
