// loadPrompts: reads every prompt source in precedence order, checks all of it, returns a PromptSet.
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { Liquid } from "liquidjs";
import { LLMConfigError } from "../errors.js";
import { envTemplatesLayer, envValue, PROMPT_FILE_VARIABLE } from "./env.js";
import { checkJobs, type PromptJob } from "./jobs.js";
import { compileLayer, type Layer, type PromptLevel } from "./layer.js";
import { inlinePlace, type SourcePlace } from "./locate.js";
import { type Problem, throwProblems } from "./problems.js";
import { checkPromptFile } from "./prompt-file.js";
import { PromptSet } from "./prompt-set.js";
import { createLiquid } from "./template.js";
import { parseYaml } from "./yaml-file.js";

export interface LoadPromptsOptions {
  /** The jobs the caller sends prompts for, with their variables. */
  jobs: readonly PromptJob[];
  /** The built-in prompt file's YAML text: the lowest level, which must set system and user for every job. */
  builtIn: string;
  /** A prompt file from the command line (`--prompts FILE`): the highest level. */
  cliFile?: string | undefined;
  /** Read for OSMOSIS_LLM_PROMPT_FILE and OSMOSIS_LLM_PROMPT_<JOB>_<PART>; defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** `prompts` from osmosis.config.ts: a prompt file path (relative to the config's folder) or the prompt-file shape inline. */
  config?: string | object | undefined;
  /** The config file `config` came from, for relative paths and messages; default `osmosis.config.ts`. */
  configFile?: string | undefined;
  /** Where relative paths start; defaults to `process.cwd()`. */
  cwd?: string | undefined;
}

/** A file one level asked for, with how to name and fix it in messages. */
interface FileRequest {
  level: PromptLevel;
  path: string;
  display: string;
  /** Who asked for it: `--prompts`, `OSMOSIS_LLM_PROMPT_FILE`, `prompts in osmosis.config.ts`. */
  askedBy: string;
  fix: string;
}

/** A path as a user recognises it: relative to the working folder when inside it. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "it does not exist";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

async function readPromptText(request: FileRequest): Promise<string> {
  try {
    return await readFile(request.path, "utf8");
  } catch (error) {
    throw new LLMConfigError(
      `Cannot read the prompt file ${request.display} (given by ${request.askedBy}): ${readProblem(error)}.`,
      { file: request.display, field: request.askedBy, hint: request.fix, cause: error },
    );
  }
}

interface LayerContext {
  jobs: readonly PromptJob[];
  liquid: Liquid;
}

/** Validates and compiles one prompt-file-shaped value, or throws its problems under `head`. */
function layerOf(
  raw: unknown,
  level: PromptLevel,
  place: SourcePlace,
  head: string,
  context: LayerContext,
): Layer {
  const checked = checkPromptFile(raw, context.jobs, place);
  if (!checked.ok) throwProblems(head, checked.problems, { file: place.file });
  const compiled = compileLayer(checked.file, { level, place, ...context });
  if (!compiled.ok) throwProblems(head, compiled.problems, { file: place.file });
  return compiled.layer;
}

/** Reads, parses and compiles a prompt file one level asked for. */
async function fileLayer(request: FileRequest, context: LayerContext): Promise<Layer> {
  const text = await readPromptText(request);
  const head = `Invalid prompt file ${request.display} (given by ${request.askedBy}):`;
  const parsed = parseYaml(text, request.display);
  if (!parsed.ok) throwProblems(head, parsed.problems, { file: request.display });
  return layerOf(parsed.value, request.level, parsed.place, head, context);
}

/** The config's `prompts`: a path to a prompt file, or the prompt file's shape inline. */
async function configLayer(
  config: unknown,
  configFile: string,
  cwd: string,
  context: LayerContext,
): Promise<Layer> {
  if (typeof config === "string" && config.trim() !== "") {
    const folder = dirname(resolve(cwd, configFile));
    const path = resolve(folder, config);
    return fileLayer(
      {
        level: "config",
        path,
        display: displayPath(cwd, path),
        askedBy: `prompts in ${configFile}`,
        fix: `Fix prompts in ${configFile} (a path relative to ${folder}), or remove it to use the built-in prompts.`,
      },
      context,
    );
  }
  if (typeof config === "object" && config !== null && !Array.isArray(config)) {
    const head = `Invalid prompts in ${configFile}:`;
    return layerOf(config, "config", inlinePlace(configFile), head, context);
  }
  throw new LLMConfigError(`prompts in ${configFile} must be a prompt file path or an object.`, {
    file: configFile,
    field: "prompts",
    hint: 'Set it to a path such as "prompts.yaml", or to { version: 1, jobs: { … } }, or remove it.',
  });
}

/** The built-in prompts: validated like any file, and required to cover every job. */
function builtInLayer(text: string, context: LayerContext): Layer {
  const head = "The built-in prompts are invalid (a bug in the calling package; please report it):";
  const parsed = parseYaml(text, "built-in");
  if (!parsed.ok) throwProblems(head, parsed.problems, { file: "built-in" });
  const layer = layerOf(parsed.value, "built-in", parsed.place, head, context);
  const problems: Problem[] = [];
  for (const job of context.jobs) {
    for (const part of ["system", "user"] as const) {
      if (layer.jobs[job.name]?.[part]) continue;
      problems.push({
        where: parsed.place.where(["jobs", job.name]),
        field: `jobs.${job.name}.${part}`,
        message: `has no ${part} template — the built-in prompts must give every job a system and a user template outside any scope`,
      });
    }
  }
  if (problems.length > 0) throwProblems(head, problems, { file: "built-in" });
  return layer;
}

/**
 * Loads the prompts of every level — `cliFile`, then the environment (single templates before
 * OSMOSIS_LLM_PROMPT_FILE), then the config's `prompts`, then `builtIn` — and checks all of them
 * (YAML, the file format, every template and variable) before returning. Any problem is an
 * `LLMConfigError` naming the file, the line and the fix.
 */
export async function loadPrompts(options: LoadPromptsOptions): Promise<PromptSet> {
  const jobs = checkJobs(options.jobs);
  const cwd = resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const configFile = options.configFile ?? "osmosis.config.ts";
  const context: LayerContext = { jobs, liquid: createLiquid() };
  const layers: Layer[] = [];

  if (options.cliFile !== undefined) {
    const path = resolve(cwd, options.cliFile);
    layers.push(
      await fileLayer(
        {
          level: "cli",
          path,
          display: displayPath(cwd, path),
          askedBy: "--prompts",
          fix: `Check the path given to --prompts (relative paths start at ${cwd}), or leave the option out.`,
        },
        context,
      ),
    );
  }

  const envTemplates = envTemplatesLayer(env, jobs, context.liquid);
  if (!envTemplates.ok) {
    throwProblems("Invalid prompt environment variables:", envTemplates.problems);
  }
  layers.push(envTemplates.layer);

  const envFile = envValue(env, PROMPT_FILE_VARIABLE);
  if (envFile !== undefined) {
    const path = resolve(cwd, envFile);
    layers.push(
      await fileLayer(
        {
          level: "env",
          path,
          display: displayPath(cwd, path),
          askedBy: PROMPT_FILE_VARIABLE,
          fix: `Point ${PROMPT_FILE_VARIABLE} at an existing prompt file (relative paths start at ${cwd}), or unset it.`,
        },
        context,
      ),
    );
  }

  if (options.config !== undefined) {
    layers.push(await configLayer(options.config, configFile, cwd, context));
  }

  layers.push(builtInLayer(options.builtIn, context));
  return new PromptSet(jobs, layers, options.builtIn, context.liquid);
}
