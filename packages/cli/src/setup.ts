// What the commands share: command-line flags turned into configuration, the project opened and
// planned as the flags select, and the provider registry that finds installed plugin packages.
import { dirname, resolve } from "node:path";
import {
  importFromProject,
  type PackageImporter,
  type ProviderPlugin,
  ProviderRegistry,
} from "@osmosis/core";
import {
  type DbtProject,
  type DocumentationPlan,
  ManifestNotFoundError,
  type OpenedProject,
  openProject,
  openState,
  planProject,
} from "@osmosis/dbt";
import type { Env, LoadedConfig } from "./config/load.js";
import { loadConfig } from "./config/load.js";
import type { CliConfig, CliConfigInput } from "./config/schema.js";
import type { CommandContext } from "./context.js";
import { UsageError } from "./errors.js";

/** Options every project command takes (dbt's spellings). */
export interface ProjectFlags {
  projectDir?: string | undefined;
  manifest?: string | undefined;
  catalog?: string | false | undefined;
  select?: string[] | undefined;
  exclude?: string[] | undefined;
  state?: string | undefined;
  parse?: boolean | undefined;
  config?: string | undefined;
  force?: boolean | undefined;
}

/** Options of the commands that talk to a model; the improvement plan's `--llm-*` names map here. */
export interface LlmFlags {
  provider?: string | undefined;
  model?: string | undefined;
  concurrency?: number | undefined;
  rpm?: number | undefined;
  tpm?: number | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  prompts?: string | undefined;
  cache?: boolean | undefined;
  maxCost?: number | undefined;
  logLevel?: string | undefined;
  logFormat?: string | undefined;
}

/** The configuration the flags set: the highest level. */
export function flagsToConfig(flags: LlmFlags): CliConfigInput {
  const out: Record<string, unknown> = {};
  if (flags.provider !== undefined) out.provider = flags.provider;
  if (flags.model !== undefined) out.model = flags.model;
  if (flags.concurrency !== undefined) out.concurrency = flags.concurrency;
  const rateLimit: Record<string, number> = {};
  if (flags.rpm !== undefined) rateLimit.requestsPerMinute = flags.rpm;
  if (flags.tpm !== undefined) rateLimit.tokensPerMinute = flags.tpm;
  if (Object.keys(rateLimit).length > 0) out.rateLimit = rateLimit;
  if (flags.timeout !== undefined) out.timeout = flags.timeout;
  if (flags.maxRetries !== undefined) out.retry = { maxRetries: flags.maxRetries };
  if (flags.cache === false) out.cache = false;
  if (flags.maxCost !== undefined) out.budgetUsd = flags.maxCost;
  if (flags.logLevel !== undefined) out.logLevel = flags.logLevel;
  if (flags.logFormat !== undefined) out.logFormat = flags.logFormat;
  return out as CliConfigInput;
}

/** The dbt project's folder: `--project-dir`, else `DBT_PROJECT_DIR` (dbt's variable), else here. */
export function projectDirOf(ctx: CommandContext, flags: ProjectFlags): string {
  return resolve(ctx.cwd, flags.projectDir ?? ctx.env.DBT_PROJECT_DIR ?? ".");
}

export async function loadCommandConfig(
  ctx: CommandContext,
  flags: ProjectFlags,
  llm: LlmFlags = {},
): Promise<LoadedConfig> {
  return loadConfig({
    searchFrom: projectDirOf(ctx, flags),
    file: flags.config,
    env: ctx.env,
    flags: flagsToConfig(llm),
    cwd: ctx.cwd,
  });
}

export interface OpenedForCommand {
  projectDir: string;
  opened: OpenedProject;
  state: DbtProject | undefined;
  plan: DocumentationPlan & { selectionWarnings: string[] };
}

/** Opens the project (artifacts, schema files, columns) and plans the selected nodes. */
export async function openAndPlan(
  ctx: CommandContext,
  flags: ProjectFlags,
  config: CliConfig,
  signal?: AbortSignal,
): Promise<OpenedForCommand> {
  const projectDir = projectDirOf(ctx, flags);
  const opened = await openProject({
    projectDir,
    ...(flags.manifest ? { manifestPath: resolve(ctx.cwd, flags.manifest) } : {}),
    ...(flags.catalog === false
      ? { catalogPath: false as const }
      : flags.catalog
        ? { catalogPath: resolve(ctx.cwd, flags.catalog) }
        : {}),
    ...(flags.parse ? { parse: true } : {}),
    ...(config.schemaPath ? { schemaPathTemplate: config.schemaPath } : {}),
    ...(signal ? { signal } : {}),
  });
  const state =
    flags.state === undefined
      ? undefined
      : await openStateDir(resolve(ctx.cwd, flags.state), projectDir);
  if (!state && (flags.select ?? []).some((s) => s.includes("state:"))) {
    throw new UsageError(
      "A state: selector needs the previous run's artifacts.",
      "Pass --state DIR, the folder holding the manifest.json to compare with (e.g. prod-artifacts/).",
    );
  }
  const plan = planProject(opened, {
    ...(flags.select?.length ? { select: flags.select } : {}),
    ...(flags.exclude?.length ? { exclude: flags.exclude } : {}),
    ...(state ? { state } : {}),
    placeholders: config.placeholders,
    columnPrefixes: config.columnPrefixes,
    columnSuffixes: config.columnSuffixes,
    ...(flags.force ? { force: true } : {}),
    ...(config.schemaPath ? { schemaPathTemplate: config.schemaPath } : {}),
  });
  return { projectDir, opened, state, plan };
}

/** The previous run's project for `--state DIR`, with an error that speaks of `--state`. */
async function openStateDir(stateDir: string, projectDir: string): Promise<DbtProject> {
  try {
    return await openState(stateDir, projectDir);
  } catch (error) {
    if (!(error instanceof ManifestNotFoundError)) throw error;
    throw new UsageError(
      `--state ${stateDir}: there is no manifest.json in that folder.`,
      "Pass the folder holding the manifest.json of the run to compare with (as dbt's --state takes it), e.g. the target/ of your production run saved as an artifact.",
    );
  }
}

/**
 * Provider packages are looked up where the user installed them: the dbt project's folder, the
 * config file's, the working folder, then beside the CLI itself (a global install).
 */
export function pluginImporter(folders: readonly string[]): PackageImporter {
  const importers = [...new Set(folders)].map((folder) => importFromProject(folder));
  return async (packageName) => {
    let last: unknown;
    for (const importer of importers) {
      try {
        return await importer(packageName);
      } catch (error) {
        last = error;
        if (!String((error as Error)?.message ?? "").includes(packageName)) throw error;
      }
    }
    try {
      return await import(packageName);
    } catch {
      throw last;
    }
  };
}

export function registryFor(
  ctx: CommandContext,
  loaded: LoadedConfig,
  projectDir: string,
): ProviderRegistry {
  const folders = [projectDir, ...(loaded.file ? [dirname(loaded.file)] : []), ctx.cwd];
  return new ProviderRegistry(loaded.config.plugins, pluginImporter(folders));
}

/**
 * The model to ask: `--model`, else `OSMOSIS_LLM_MODEL`, else the provider's own variable
 * (OPENAI_MODEL, ANTHROPIC_MODEL…, as dbt-osmosis reads them), else `model` in the config file,
 * else `providers.<id>.model`, else the provider's default.
 */
export function modelFor(plugin: ProviderPlugin, loaded: LoadedConfig, env: Env): string {
  const { flags, env: fromEnv, file } = loaded.levels;
  if (flags.model) return flags.model;
  if (fromEnv.model) return fromEnv.model;
  const envOptions = (plugin.fromEnv?.(env) ?? {}) as { model?: unknown };
  if (typeof envOptions.model === "string" && envOptions.model) return envOptions.model;
  if (file.model) return file.model;
  const explicit = loaded.config.providers[plugin.name] as { model?: unknown } | undefined;
  if (typeof explicit?.model === "string" && explicit.model) return explicit.model;
  const parsed = plugin.options.safeParse({}) as { success: boolean; data?: { model?: unknown } };
  if (parsed.success && typeof parsed.data?.model === "string") return parsed.data.model;
  return "default";
}

/** Where the provider id came from, for messages: the flag, the variable, or the config file. */
export function providerOrigin(loaded: LoadedConfig): string | undefined {
  if (loaded.levels.flags.provider !== undefined) return "--provider";
  if (loaded.levels.env.provider !== undefined) return "LLM_PROVIDER";
  return loaded.displayFile;
}
