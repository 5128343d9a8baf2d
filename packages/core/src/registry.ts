// Resolves a provider id from configuration to an installed plugin, and builds the provider.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LLMConfigError, ProviderNotFoundError } from "./errors.js";
import { type Env, isProviderPlugin, type ProviderPlugin } from "./plugin.js";
import type { Provider } from "./provider.js";
import { stableHash } from "./stable-hash.js";
import { parseWith } from "./validation.js";

/** The providers osmosis publishes, by id, with the package that ships each. */
export const KNOWN_PROVIDERS: Readonly<Record<string, string>> = Object.freeze({
  openai: "@osmosis/provider-openai",
  "azure-openai": "@osmosis/provider-azure-openai",
  anthropic: "@osmosis/provider-anthropic",
  gemini: "@osmosis/provider-gemini",
  ollama: "@osmosis/provider-ollama",
  "lm-studio": "@osmosis/provider-lm-studio",
});

/** dbt-osmosis's `LLM_PROVIDER` values, so its users keep their settings. */
export const PROVIDER_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  "google-gemini": "gemini",
  google: "gemini",
  "azure-openai-ad": "azure-openai",
  azure: "azure-openai",
  lmstudio: "lm-studio",
});

export function canonicalProviderId(id: string): string {
  const lower = id.trim().toLowerCase();
  return PROVIDER_ALIASES[lower] ?? lower;
}

/** Loads a package by name; injectable so tests and bundlers can resolve differently. */
export type PackageImporter = (packageName: string) => Promise<unknown>;

/** Imports `packageName` as the user's project sees it (from `cwd`), not as core's own folder does. */
export function importFromProject(cwd: string = process.cwd()): PackageImporter {
  return async (packageName) => {
    const require = createRequire(join(cwd, "package.json"));
    let resolved: string;
    try {
      resolved = require.resolve(packageName);
    } catch {
      // ESM-only packages without a "default"/"require" export condition: let Node's own import try.
      return import(packageName);
    }
    return import(pathToFileURL(resolved).href);
  };
}

function isModuleNotFound(error: unknown, packageName: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : "";
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    message.includes(packageName)
  );
}

export interface CreateProviderOptions {
  /** Raw options from `providers.<id>` in the config file. */
  options?: unknown;
  env?: Env;
  /** Config file, for messages. */
  file?: string;
}

export class ProviderRegistry {
  readonly #plugins = new Map<string, ProviderPlugin>();
  /**
   * Providers built so far, keyed by id + a SHA-256 of their options (API key included, so two
   * keys get two clients, but the raw key is never a map key). One SDK client per process.
   */
  readonly #instances = new Map<string, Provider>();
  readonly #importer: PackageImporter;

  constructor(
    plugins: readonly ProviderPlugin[] = [],
    importer: PackageImporter = importFromProject(),
  ) {
    this.#importer = importer;
    for (const plugin of plugins) this.register(plugin);
  }

  register(plugin: ProviderPlugin): this {
    if (!isProviderPlugin(plugin)) {
      throw new LLMConfigError("A value registered as a provider plugin is not one.", {
        hint: "Register the default export of a provider package, made with definePlugin().",
      });
    }
    const existing = this.#plugins.get(plugin.name);
    if (existing && existing !== plugin) {
      throw new LLMConfigError(
        `Two plugins claim the provider id "${plugin.name}" (${existing.packageName ?? "inline"} and ${plugin.packageName ?? "inline"}).`,
        { hint: "Remove one of them from `plugins` in osmosis.config.ts." },
      );
    }
    this.#plugins.set(plugin.name, plugin);
    return this;
  }

  /** Ids of the plugins registered so far. */
  list(): string[] {
    return [...this.#plugins.keys()].sort();
  }

  has(id: string): boolean {
    return this.#plugins.has(canonicalProviderId(id));
  }

  /** The registered plugin for `id`, or a `ProviderNotFoundError` saying what to install. */
  get(id: string, file?: string): ProviderPlugin {
    const canonical = canonicalProviderId(id);
    const plugin = this.#plugins.get(canonical);
    if (plugin) return plugin;
    throw this.#notFound(canonical, file);
  }

  /**
   * The plugin for `id`, importing its package when it is not registered yet: the known
   * package for osmosis's own ids, `osmosis-provider-<id>` for others.
   */
  async load(id: string, file?: string): Promise<ProviderPlugin> {
    const canonical = canonicalProviderId(id);
    const registered = this.#plugins.get(canonical);
    if (registered) return registered;
    const packageName = KNOWN_PROVIDERS[canonical] ?? `osmosis-provider-${canonical}`;
    let mod: unknown;
    try {
      mod = await this.#importer(packageName);
    } catch (error) {
      if (isModuleNotFound(error, packageName)) {
        throw this.#notFound(canonical, file, error, await this.#installedIds());
      }
      throw new LLMConfigError(`The provider package ${packageName} failed to load.`, {
        hint: "Reinstall it; the cause below says what went wrong.",
        cause: error,
        file,
        field: "provider",
      });
    }
    const plugin = (mod as { default?: unknown } | null)?.default ?? mod;
    if (!isProviderPlugin(plugin)) {
      throw new LLMConfigError(`${packageName} does not export a provider plugin.`, {
        hint: "Its default export must be made with definePlugin() from @osmosis/core.",
        file,
        field: "provider",
      });
    }
    if (plugin.name !== canonical) {
      throw new LLMConfigError(`${packageName} provides "${plugin.name}", not "${canonical}".`, {
        hint: `Set provider to "${plugin.name}".`,
        file,
        field: "provider",
      });
    }
    this.register(plugin);
    return plugin;
  }

  /**
   * Validates the options (config over env) and builds the provider, or returns the one already
   * built with the same options: its SDK client (and connection pool) lives as long as the registry.
   */
  async create(id: string, options: CreateProviderOptions = {}): Promise<Provider> {
    const plugin = await this.load(id, options.file);
    const env = options.env ?? process.env;
    const explicit = (options.options ?? {}) as Record<string, unknown>;
    if (typeof explicit !== "object" || explicit === null || Array.isArray(explicit)) {
      throw new LLMConfigError(`providers.${plugin.name} must be an object of options.`, {
        file: options.file,
        field: `providers.${plugin.name}`,
        hint: `Write e.g. providers: { "${plugin.name}": { model: "…" } }.`,
      });
    }
    const { merged } = pluginOptionsInput(plugin, explicit, env);
    const parsed = parseWith(plugin.options, merged, {
      file: options.file,
      prefix: `providers.${plugin.name}`,
    });
    const requestedId = id.trim().toLowerCase();
    const key = `${plugin.name}:${stableHash({ parsed, requestedId })}`;
    let provider = this.#instances.get(key);
    if (!provider) {
      provider = plugin.create(parsed, { env, requestedId });
      this.#instances.set(key, provider);
    }
    return provider;
  }

  /** Closes every provider built by this registry. */
  async close(): Promise<void> {
    const providers = [...this.#instances.values()];
    this.#instances.clear();
    await Promise.all(providers.map((p) => p.close?.()));
  }

  /** Registered plugins and osmosis's own provider packages that can be imported from here. */
  async #installedIds(): Promise<string[]> {
    const ids = new Set(this.list());
    await Promise.all(
      Object.entries(KNOWN_PROVIDERS).map(async ([id, packageName]) => {
        if (ids.has(id)) return;
        try {
          await this.#importer(packageName);
          ids.add(id);
        } catch {
          // Not installed (or broken): not listed.
        }
      }),
    );
    return [...ids].sort();
  }

  #notFound(
    id: string,
    file?: string,
    cause?: unknown,
    installed: string[] = this.list(),
  ): ProviderNotFoundError {
    const packageName = KNOWN_PROVIDERS[id];
    const installedText = installed.length ? installed.join(", ") : "none";
    const hint = packageName
      ? `Install it: \`pnpm add ${packageName}\` (or \`npm install ${packageName}\`). Installed providers: ${installedText}.`
      : `No plugin registers "${id}". Installed providers: ${installedText}. Known providers: ${Object.keys(KNOWN_PROVIDERS).join(", ")}. A third-party provider is installed as \`osmosis-provider-${id}\` or added to \`plugins\` in osmosis.config.ts.`;
    return new ProviderNotFoundError(
      packageName ? `Provider "${id}" is not installed.` : `Unknown provider "${id}".`,
      { providerId: id, packageName, installed, hint, cause, file, field: "provider" },
    );
  }
}

/**
 * What a provider's options are made of, before validation: its environment variables
 * (`fromEnv`), under what `providers.<id>` sets in the config (`explicit`); unset values dropped.
 */
export function pluginOptionsInput(
  plugin: ProviderPlugin,
  explicit: Readonly<Record<string, unknown>>,
  env: Env,
): {
  fromEnv: Record<string, unknown>;
  explicit: Record<string, unknown>;
  merged: Record<string, unknown>;
} {
  const fromEnv = dropUndefined((plugin.fromEnv?.(env) ?? {}) as Record<string, unknown>);
  const set = dropUndefined(explicit);
  return { fromEnv, explicit: set, merged: { ...fromEnv, ...set } };
}

function dropUndefined(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
