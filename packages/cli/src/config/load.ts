// Finds and reads the configuration (osmosis.config.ts and friends, from the project directory
// upward), then lays the environment and the command line over it: flags > env > file > defaults.
import { dirname, resolve } from "node:path";
import { configFromEnv, LLMConfigError, type OsmosisConfigInput, parseWith } from "@osmosis/core";
import { documentationSettingsFromEnv } from "@osmosis/dbt";
import { cosmiconfig, type Loader } from "cosmiconfig";
import { createJiti } from "jiti";
import { displayPath } from "../display/format.js";
import { type CliConfig, type CliConfigInput, CliConfigSchema } from "./schema.js";

export type Env = Readonly<Record<string, string | undefined>>;

/** Where osmosis looks in each folder, first found wins. */
export const CONFIG_FILES = [
  "package.json",
  ".osmosisrc",
  ".osmosisrc.json",
  ".osmosisrc.yaml",
  ".osmosisrc.yml",
  ".osmosisrc.js",
  ".osmosisrc.mjs",
  ".osmosisrc.ts",
  ".osmosisrc.mts",
  "osmosis.config.ts",
  "osmosis.config.mts",
  "osmosis.config.js",
  "osmosis.config.mjs",
  "osmosis.config.json",
  "osmosis.config.yaml",
  "osmosis.config.yml",
] as const;

/**
 * TypeScript configs load through jiti: no build step, ESM imports work, nothing is written
 * beside the file (cosmiconfig's own TS loader writes a temp .mjs and breaks with TS 7).
 */
const loadTypeScript: Loader = async (filepath) => {
  const jiti = createJiti(import.meta.url, { fsCache: false, moduleCache: false });
  return jiti.import(filepath, { default: true });
};

export interface LoadConfigOptions {
  /** Where the search starts: the dbt project's folder. */
  searchFrom: string;
  /** `--config FILE`: read this file and search no further. */
  file?: string | undefined;
  env: Env;
  /** What the command line sets (highest precedence). */
  flags?: CliConfigInput;
  /** The folder relative paths in messages start from (default the process's). */
  cwd?: string;
}

export interface LoadedConfig {
  config: CliConfig;
  /** The file the configuration came from; undefined when there is none. */
  file: string | undefined;
  /** That file as messages name it (relative to the working folder). */
  displayFile: string | undefined;
  /** Each level as given, for the rules that need to know where a value came from (the model). */
  levels: { file: CliConfigInput; env: CliConfigInput; flags: CliConfigInput };
}

/** Reads, merges and validates the configuration; errors name the file (or variable) and field. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const explorer = cosmiconfig("osmosis", {
    searchPlaces: [...CONFIG_FILES],
    searchStrategy: "project",
    loaders: { ".ts": loadTypeScript, ".mts": loadTypeScript, ".cts": loadTypeScript },
    cache: false,
  });
  let found: { config: unknown; filepath: string } | null;
  const explicit = options.file === undefined ? undefined : resolve(cwd, options.file);
  try {
    found = explicit ? await explorer.load(explicit) : await explorer.search(options.searchFrom);
  } catch (error) {
    const file = explicit ?? (error as { filepath?: string }).filepath;
    const message = error instanceof Error ? error.message : String(error);
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && explicit) {
      throw new LLMConfigError(`The config file ${displayPath(cwd, explicit)} does not exist.`, {
        field: "--config",
        hint: "Check the path given to --config, or leave it out to search from the project folder.",
      });
    }
    throw new LLMConfigError(
      `The config file${file ? ` ${displayPath(cwd, file)}` : ""} could not be loaded: ${firstLine(message)}`,
      {
        file: file ? displayPath(cwd, file) : undefined,
        hint: /\.(json|ya?ml)$|rc$/.test(file ?? "")
          ? "Fix the syntax where the frame points."
          : "Fix the error in the file; it must export the configuration as its default: `export default defineConfig({ … })`.",
        cause: error,
      },
    );
  }
  const file = found?.filepath;
  const displayFile = file ? displayPath(cwd, file) : undefined;
  const fromFile = (found?.config ?? {}) as unknown;
  if (typeof fromFile !== "object" || fromFile === null || Array.isArray(fromFile)) {
    throw new LLMConfigError(`${displayFile} does not hold a configuration object.`, {
      file: displayFile,
      hint: 'Export an object: `export default defineConfig({ provider: "openai" })`.',
    });
  }
  // The file alone first, so its mistakes are reported against it.
  parseWith(CliConfigSchema, fromFile, displayFile ? { file: displayFile } : {});
  const fromEnv = envConfig(options.env);
  const flags = options.flags ?? {};
  const merged = merge(merge(fromFile as Record<string, unknown>, fromEnv), flags);
  const config = parseWith(CliConfigSchema, merged, {
    file: "the command line and environment (over the config file)",
  });
  // Relative paths in the file (prompts, cache) are the file's own.
  if (file && typeof config.prompts === "string" && (fromFile as CliConfigInput).prompts) {
    config.prompts = resolve(dirname(file), config.prompts);
  }
  return {
    config,
    file,
    displayFile,
    levels: { file: fromFile as CliConfigInput, env: fromEnv, flags },
  };
}

/** The environment's part of the configuration: core's variables, dbt-osmosis's, the SQL budget. */
export function envConfig(env: Env): CliConfigInput {
  const out: CliConfigInput = { ...(configFromEnv(env) as OsmosisConfigInput) };
  const documentation = documentationSettingsFromEnv(env);
  if (Object.keys(documentation).length > 0) out.documentation = documentation;
  const model = env.OSMOSIS_LLM_MODEL?.trim();
  if (model) out.model = model;
  const maxCost = env.OSMOSIS_LLM_MAX_COST?.trim();
  if (maxCost) {
    const n = Number(maxCost);
    if (!Number.isFinite(n) || n <= 0) {
      throw new LLMConfigError(`OSMOSIS_LLM_MAX_COST="${maxCost}" is not valid.`, {
        field: "OSMOSIS_LLM_MAX_COST",
        hint: "Set it to a number of US dollars above 0, e.g. 5, or unset it.",
      });
    }
    out.budgetUsd = n;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Lays `over` on `base`: objects merge key by key, anything else (lists, plugins) is replaced.
 * Hand-written because the merge libraries concatenate arrays (defu) or clone class instances
 * (deepmerge), and plugins must stay the objects their packages export.
 */
export function merge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return out;
}

/** The loader's message, without the file's name it repeats: what is wrong, then one code frame. */
function firstLine(text: string): string {
  const lines = text
    .replace(/^(JSON|YAML) Error in [^\n]*:\n?/, "")
    .split("\n")
    .filter((line) => line.trim() !== "");
  const isFrame = (line: string) => /^\s*(>?\s*\d+\s*\||\||-+\^)/.test(line);
  const said = lines.filter((line) => !isFrame(line)).slice(0, 2);
  const frame: string[] = [];
  for (const line of lines) {
    if (isFrame(line)) frame.push(line);
    else if (frame.length > 0) break;
  }
  return [...said, ...frame.slice(0, 5)].join("\n  ");
}
