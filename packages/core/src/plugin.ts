// How a package adds a provider: a factory with zod-validated options, registered by id.
import type { z } from "zod";
import { LLMConfigError } from "./errors.js";
import type {
  GenerateRequest,
  GenerateResult,
  Provider,
  ProviderCapabilities,
} from "./provider.js";

export type Env = Readonly<Record<string, string | undefined>>;

export interface PluginContext {
  /** Environment to read keys and endpoints from (defaults to `process.env`). */
  env: Env;
  /**
   * The provider id as configuration wrote it, before aliases were resolved
   * (`azure-openai-ad` for the `azure-openai` plugin), for plugins whose aliases mean something.
   */
  requestedId?: string;
}

export interface ProviderPlugin<S extends z.ZodType = z.ZodType> {
  /** Provider id used in configuration: lower-case letters, digits and dashes. */
  name: string;
  /** npm package that ships it, named in messages. */
  packageName?: string;
  /** One line for `osmosis providers` listings. */
  description?: string;
  /** zod schema of the options under `providers.<name>` in osmosis.config.ts. */
  options: S;
  /**
   * Options read from environment variables (`OPENAI_API_KEY`, …). Explicit configuration wins
   * over these, key by key.
   */
  fromEnv?: (env: Env) => Partial<z.input<S>>;
  /** Builds the provider from validated options. */
  create: (options: z.output<S>, context: PluginContext) => Provider;
}

const PROVIDER_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** Declares a provider plugin; a package's default export. */
export function definePlugin<S extends z.ZodType>(plugin: ProviderPlugin<S>): ProviderPlugin<S> {
  if (!PROVIDER_ID.test(plugin.name)) {
    throw new LLMConfigError(`Plugin name "${plugin.name}" is not a valid provider id.`, {
      hint: 'Use lower-case letters, digits and dashes, starting with a letter (e.g. "my-gateway").',
    });
  }
  // Duck-typed, not instanceof: a third-party plugin may bring its own copy of zod.
  if (typeof (plugin.options as { safeParse?: unknown } | undefined)?.safeParse !== "function") {
    throw new LLMConfigError(`Plugin "${plugin.name}" has no zod schema in \`options\`.`, {
      hint: "Pass a zod schema, e.g. `options: z.object({ apiKey: z.string() })`.",
    });
  }
  if (typeof plugin.create !== "function") {
    throw new LLMConfigError(`Plugin "${plugin.name}" has no \`create\` function.`, {
      hint: "Add `create: (options, context) => provider`.",
    });
  }
  return Object.freeze({ ...plugin });
}

const DEFAULT_CAPABILITIES: ProviderCapabilities = {
  jsonSchema: false,
  jsonMode: false,
  usage: false,
  cachedInputUsage: false,
  rateLimitHeaders: false,
};

export interface ProviderDefinition {
  id: string;
  capabilities?: Partial<ProviderCapabilities>;
  defaultModel?: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  isLocal?(model: string): boolean;
  close?(): Promise<void>;
}

/** Builds a `Provider` from a plain object, filling unset capabilities with `false`. */
export function defineProvider(definition: ProviderDefinition): Provider {
  if (!PROVIDER_ID.test(definition.id)) {
    throw new LLMConfigError(`Provider id "${definition.id}" is not valid.`, {
      hint: "Use lower-case letters, digits and dashes, starting with a letter.",
    });
  }
  const provider: Provider = {
    id: definition.id,
    capabilities: Object.freeze({ ...DEFAULT_CAPABILITIES, ...definition.capabilities }),
    generate: definition.generate.bind(definition),
  };
  if (definition.defaultModel) Object.assign(provider, { defaultModel: definition.defaultModel });
  if (definition.close) provider.close = definition.close.bind(definition);
  if (definition.isLocal) provider.isLocal = definition.isLocal.bind(definition);
  return provider;
}

/** True for objects that look like a plugin, from any copy of core. */
export function isProviderPlugin(value: unknown): value is ProviderPlugin {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<ProviderPlugin>;
  return (
    typeof v.name === "string" && typeof v.create === "function" && typeof v.options === "object"
  );
}
