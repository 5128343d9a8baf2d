// `osmosis test-llm` (alias `doctor`): one tiny structured request to the configured provider,
// through the client `document` uses (no cache, at most one retry), then what answered, how
// fast, how structured output works with it, the tokens, and the limits the vendor reports; or,
// when it fails, one line saying what kind of failure it is and one saying what to fix.
import { randomBytes } from "node:crypto";
import {
  createLogger,
  type GenerateRequest,
  type GenerateResult,
  LLMClient,
  LLMError,
  LLMRateLimitError,
  type LLMResponse,
  LLMResponseError,
  type LogLevel,
  Prices,
  type Provider,
  type ProviderPlugin,
  pluginOptionsInput,
  type RateLimitState,
  Run,
  redactSecrets,
  retriesOf,
  retryPolicyFromConfig,
} from "@osmosis/core";
import type { LoadedConfig } from "../config/load.js";
import { type CommandContext, ExitCode } from "../context.js";
import { isMissingCredential, secretsOf } from "../credentials.js";
import { duration, plural, tokens, usd } from "../display/format.js";
import { exitCodeOf, formatError, withoutHint } from "../errors.js";
import {
  type LlmFlags,
  loadCommandConfig,
  modelFor,
  type ProjectFlags,
  projectDirOf,
  providerOrigin,
  registryFor,
} from "../setup.js";

/** What each known vendor's messages can point at: where its key lives, where to get one, its billing page. */
interface VendorFacts {
  /** Variables the key is read from, the preferred first. */
  keyVariables: readonly string[];
  /** The variable that sets the endpoint. */
  urlVariable?: string;
  keyPage?: string;
  billingPage?: string;
  /** How to see which models exist. */
  listModels?: string;
  /** Runs on the user's machine: a connection failure means the server is not started. */
  local?: string;
}

const VENDORS: Readonly<Record<string, VendorFacts>> = {
  openai: {
    keyVariables: ["OPENAI_API_KEY"],
    urlVariable: "OPENAI_BASE_URL",
    keyPage: "https://platform.openai.com/api-keys",
    billingPage: "https://platform.openai.com/settings/organization/billing",
    listModels: "the models your key can use are listed by GET <base URL>/models",
  },
  anthropic: {
    keyVariables: ["ANTHROPIC_API_KEY"],
    urlVariable: "ANTHROPIC_BASE_URL",
    keyPage: "https://console.anthropic.com/settings/keys",
    billingPage: "https://console.anthropic.com/settings/billing",
    listModels:
      "the model ids are listed at https://docs.anthropic.com/en/docs/about-claude/models",
  },
  gemini: {
    keyVariables: ["GEMINI_API_KEY", "GOOGLE_GEMINI_API_KEY", "GOOGLE_API_KEY"],
    urlVariable: "GOOGLE_GEMINI_BASE_URL",
    keyPage: "https://aistudio.google.com/apikey",
    billingPage: "Google AI Studio's usage and billing page (https://aistudio.google.com)",
    listModels: "the model ids are listed at https://ai.google.dev/gemini-api/docs/models",
  },
  "azure-openai": {
    keyVariables: ["AZURE_OPENAI_API_KEY"],
    urlVariable: "AZURE_OPENAI_ENDPOINT",
    keyPage: "the Azure portal (your resource → Keys and Endpoint)",
    billingPage: "the Azure portal (your subscription's quotas and billing)",
    listModels:
      "the model is the deployment's name: see your resource's deployments in Azure AI Foundry",
  },
  ollama: {
    keyVariables: ["OLLAMA_API_KEY"],
    urlVariable: "OLLAMA_HOST",
    listModels: "`ollama list` shows the pulled models; `ollama pull <model>` fetches one",
    local: "Is Ollama running? Start it with `ollama serve` (or open the desktop app).",
  },
  "lm-studio": {
    keyVariables: ["LM_STUDIO_API_KEY"],
    urlVariable: "LM_STUDIO_BASE_URL",
    listModels:
      "`lms ls` shows the downloaded models; load one in LM Studio (or `lms load <model>`)",
    local:
      "Is LM Studio's server running? Start it in the app's Developer tab (or `lms server start`).",
  },
};

/** Option names under which plugins take their endpoint. */
const ENDPOINT_OPTIONS = ["baseURL", "baseUrl", "host", "endpoint"] as const;

/** The answer asked for: a fixed object, so any model can give it and the check is exact. */
interface Echo {
  ok: boolean;
  echo: string;
}

export async function testLlmCommand(
  ctx: CommandContext,
  flags: ProjectFlags & LlmFlags,
): Promise<number> {
  const { colors, stderr } = ctx;
  let secrets = secretsOf({}, ctx.env);
  let loaded: LoadedConfig;
  try {
    loaded = await loadCommandConfig(ctx, flags, flags);
  } catch (error) {
    stderr.write(formatError(restated(error, undefined), colors, secrets));
    return exitCodeOf(error);
  }
  const config = loaded.config;
  secrets = secretsOf(config.providers, ctx.env);
  const registry = registryFor(ctx, loaded, projectDirOf(ctx, flags));
  try {
    return await probe(ctx, loaded, registry, secrets);
  } catch (error) {
    // Anything not explained on the way: a provider not installed, a bad provider option.
    stderr.write(formatError(restated(error, undefined), colors, secrets));
    return exitCodeOf(error);
  } finally {
    await registry.close();
  }
}

async function probe(
  ctx: CommandContext,
  loaded: LoadedConfig,
  registry: ReturnType<typeof registryFor>,
  secrets: string[],
): Promise<number> {
  const { stdout, stderr, colors } = ctx;
  const config = loaded.config;
  const plugin = await registry.load(config.provider, providerOrigin(loaded));
  const model = modelFor(plugin, loaded, ctx.env);
  const explicit: Record<string, unknown> =
    config.providers[plugin.name] ?? config.providers[config.provider] ?? {};
  const facts = factsOf(plugin, loaded, explicit, ctx.env, secrets);
  const row = (label: string, value: string) =>
    stdout.write(`  ${colors.dim(label.padEnd(12))}${value}\n`);

  stdout.write(`${colors.bold("osmosis test-llm")} one tiny structured request\n\n`);
  row(
    "provider",
    `${plugin.name}${plugin.packageName ? colors.dim(` (${plugin.packageName})`) : ""}`,
  );
  row("model", model);
  if (facts.configuredEndpoint) row("base URL", facts.configuredEndpoint);
  if (loaded.displayFile) row("config", loaded.displayFile);
  if (facts.keySource) row("key", `from ${facts.keySource}`);

  let provider: Provider;
  try {
    provider = await registry.create(config.provider, {
      options: explicit,
      env: ctx.env,
      file: loaded.displayFile,
    });
  } catch (error) {
    if (!isMissingCredential(error)) throw error;
    stdout.write("\n");
    stderr.write(
      `${colors.red(colors.bold("FAILED"))} no credential: ${plugin.name} needs a key (or endpoint) that is not set\n`,
    );
    stderr.write(
      formatError(
        restated(error, missingKeyAdvice(error as LLMError, plugin, facts, loaded.displayFile)),
        colors,
        secrets,
      ),
    );
    return ExitCode.input;
  }

  // The vendor's own view of the answer (its rate-limit headers), which the client keeps to itself.
  let lastAnswer: GenerateResult | undefined;
  const watched: Provider = {
    id: provider.id,
    capabilities: provider.capabilities,
    ...(provider.defaultModel !== undefined ? { defaultModel: provider.defaultModel } : {}),
    ...(provider.isLocal ? { isLocal: (m: string) => provider.isLocal?.(m) ?? false } : {}),
    generate: async (request) => {
      const result = await provider.generate(request);
      lastAnswer = result;
      return result;
    },
  };
  const debug = config.logLevel === "debug" || config.logLevel === "trace";
  const logger = createLogger({
    level: (debug ? config.logLevel : "silent") as LogLevel,
    format: config.logFormat,
    secrets,
    write: (line) => stderr.write(`${line}\n`),
  });
  const run = new Run({ logger, prices: new Prices(undefined, config.prices) });
  const policy = retryPolicyFromConfig(config);
  const client = new LLMClient({
    provider: watched,
    run,
    cache: false,
    timeoutMs: config.timeout * 1_000,
    // One retry at most, and none for a rate limit: what the vendor says is the answer here.
    retry: { ...policy, maxRetries: Math.min(policy.maxRetries, 1), maxRateLimitRetries: 0 },
    maxRepairs: 1,
  });

  const word = `osmosis-${randomBytes(3).toString("hex")}`;
  const request: GenerateRequest<Echo> = {
    model,
    system:
      "You are checking that a connection works. Answer with one JSON object and nothing else.",
    messages: [
      {
        role: "user",
        content: `Answer with exactly this JSON object: {"ok": true, "echo": "${word}"}`,
      },
    ],
    output: {
      name: "osmosis_test_llm",
      description: "The connection check's answer.",
      schema: {
        type: "object",
        properties: {
          ok: { type: "boolean" },
          echo: { type: "string", enum: [word] },
        },
        required: ["ok", "echo"],
        additionalProperties: false,
      },
      strict: true,
      validate: (value) => {
        const v = value as Partial<Echo> | null;
        const issues: string[] = [];
        if (typeof v !== "object" || v === null || Array.isArray(v)) {
          return { success: false, issues: ["the answer must be a JSON object"] };
        }
        if (typeof v.ok !== "boolean") issues.push("ok: required, true or false");
        if (typeof v.echo !== "string") issues.push(`echo: required, the string "${word}"`);
        return issues.length > 0
          ? { success: false, issues }
          : { success: true, value: { ok: v.ok as boolean, echo: v.echo as string } };
      },
    },
  };
  if (config.maxOutputTokens !== undefined) request.maxOutputTokens = config.maxOutputTokens;

  stdout.write("\n");
  let response: LLMResponse<Echo>;
  try {
    response = await client.generate(request, {
      onRetry: ({ delayMs, reason }) =>
        stdout.write(
          `  ${colors.dim("retry".padEnd(12))}failed (${reason.replaceAll("_", " ")}); trying once more in ${duration(delayMs)}\n`,
        ),
    });
  } catch (error) {
    stderr.write(failureReport(error, { plugin, model, facts, config, colors, secrets }));
    return exitCodeOf(error);
  } finally {
    run.dispose();
  }

  const retries =
    response.retries > 0
      ? colors.dim(` (after ${plural(response.retries, "retry", "retries")})`)
      : "";
  row("latency", `${Math.round(response.durationMs)} ms${retries}`);
  if (response.model && response.model !== model) row("answered by", response.model);
  row("structured", structuredLine(provider, response, word));
  row("tokens", usageLine(response, colors));
  row("limits", limitsLine(lastAnswer?.rateLimit, config));
  stdout.write(
    `\n${colors.green(colors.bold("OK"))} ${plugin.name}/${model} answered; \`osmosis document\` can use it.\n`,
  );
  return ExitCode.ok;
}

/** Where the key and the endpoint come from, as messages name them. */
interface Facts {
  vendor: VendorFacts | undefined;
  /** The key variable to name in advice. */
  keyVariable: string | undefined;
  /** Where the key in use came from: `OPENAI_API_KEY`, `providers.openai.apiKey in osmosis.config.ts`. */
  keySource: string | undefined;
  /** The endpoint set in the config or the environment (never with credentials). */
  configuredEndpoint: string | undefined;
  /** The endpoint requests go to, defaults included, when the plugin says. */
  endpoint: string | undefined;
  /** Where the endpoint is set: `providers.openai.baseURL` or `OPENAI_BASE_URL`. */
  endpointSettings: string;
  /** The plugin takes `structuredOutput`: advice may suggest it. */
  structuredOutputOption: boolean;
}

function factsOf(
  plugin: ProviderPlugin,
  loaded: LoadedConfig,
  explicit: Record<string, unknown>,
  env: CommandContext["env"],
  secrets: readonly string[],
): Facts {
  const vendor = VENDORS[plugin.name];
  const { fromEnv, merged } = pluginOptionsInput(plugin, explicit, env);
  const parsed = plugin.options.safeParse(merged) as {
    success: boolean;
    data?: Record<string, unknown>;
  };
  const options: Record<string, unknown> = parsed.success && parsed.data ? parsed.data : merged;
  const file = loaded.displayFile ?? "osmosis.config.ts";

  let keySource: string | undefined;
  if (typeof explicit.apiKey === "string" && explicit.apiKey) {
    keySource = `providers.${plugin.name}.apiKey in ${file}`;
  } else if (typeof fromEnv.apiKey === "string" && fromEnv.apiKey) {
    const known = vendor?.keyVariables.find((name) => env[name] === fromEnv.apiKey);
    keySource =
      known ??
      Object.keys(env).find((name) => env[name] === fromEnv.apiKey && /KEY|TOKEN/.test(name));
  }

  const endpointOption = ENDPOINT_OPTIONS.find((name) => typeof options[name] === "string");
  const endpoint = endpointOption ? shownUrl(String(options[endpointOption]), secrets) : undefined;
  const setOption = ENDPOINT_OPTIONS.find(
    (name) => typeof explicit[name] === "string" || typeof fromEnv[name] === "string",
  );
  const configured = setOption
    ? shownUrl(String(merged[setOption] ?? options[setOption]), secrets)
    : undefined;
  const field = `providers.${plugin.name}.${endpointOption ?? "baseURL"}`;
  return {
    vendor,
    keyVariable: vendor?.keyVariables[0],
    keySource,
    configuredEndpoint: configured,
    endpoint: configured ?? endpoint,
    endpointSettings: vendor?.urlVariable ? `${field} or ${vendor.urlVariable}` : field,
    structuredOutputOption: "structuredOutput" in options,
  };
}

/** A URL as it may be printed: no user or password, no key in the query. */
function shownUrl(raw: string, secrets: readonly string[]): string {
  try {
    const url = new URL(raw);
    let changed = false;
    if (url.username || url.password) {
      url.username = "";
      url.password = "";
      changed = true;
    }
    for (const name of [...url.searchParams.keys()]) {
      if (/key|token|secret|sig|password/i.test(name)) {
        url.searchParams.set(name, "REDACTED");
        changed = true;
      }
    }
    return redactSecrets(changed ? url.toString() : raw, secrets);
  } catch {
    return redactSecrets(raw, secrets);
  }
}

/** How the answer's structure was obtained: the provider's means, and what this answer needed. */
function structuredLine(provider: Provider, response: LLMResponse<Echo>, word: string): string {
  const { capabilities } = provider;
  const mode = capabilities.jsonSchema
    ? "native JSON Schema"
    : capabilities.jsonMode
      ? "JSON mode (valid JSON guaranteed; osmosis checks the shape)"
      : "text extraction (osmosis reads the JSON out of the answer's text)";
  const notes: string[] = [];
  let bare = false;
  try {
    JSON.parse(response.text.trim());
    bare = true;
  } catch {
    bare = false;
  }
  if (!bare) notes.push("the JSON had to be extracted from text around it");
  if (response.repairs > 0) {
    notes.push(`it took ${plural(response.repairs, "repair round")} to get it right`);
  }
  const answer = response.json;
  if (answer && answer.echo !== word) {
    notes.push(`the model did not repeat the word it was given ("${word}")`);
  }
  if (answer && answer.ok !== true) notes.push("it answered ok: false");
  return notes.length > 0 ? `${mode}; ${notes.join("; ")}` : `${mode}; the answer matched`;
}

function usageLine(response: LLMResponse<Echo>, colors: CommandContext["colors"]): string {
  const u = response.usage;
  if (!u) return "not reported by the vendor";
  const cached = u.cachedInputTokens ? ` (${tokens(u.cachedInputTokens)} cached)` : "";
  const c = response.costUsd;
  const cost = colors.dim(
    c === undefined
      ? " · price unknown"
      : c > 0 && c < 0.0001
        ? " · under $0.0001"
        : ` · ${usd(c)}`,
  );
  return `${tokens(u.inputTokens)} in${cached}, ${tokens(u.outputTokens)} out${cost}`;
}

/** The limits the vendor reported on the answer, else what osmosis will do without them. */
function limitsLine(state: RateLimitState | undefined, config: LoadedConfig["config"]): string {
  const parts: string[] = [];
  const one = (
    what: string,
    remaining: number | undefined,
    limit: number | undefined,
    resetMs: number | undefined,
  ) => {
    if (remaining === undefined && limit === undefined) return;
    const amount =
      remaining !== undefined && limit !== undefined
        ? `${tokens(remaining)} of ${tokens(limit)} left`
        : remaining !== undefined
          ? `${tokens(remaining)} left`
          : `limit ${tokens(limit as number)}`;
    const reset = resetMs !== undefined ? `, full again in ${duration(resetMs)}` : "";
    parts.push(`${what} ${amount}${reset}`);
  };
  if (state) {
    one("requests", state.remainingRequests, state.limitRequests, state.resetRequestsMs);
    one("tokens", state.remainingTokens, state.limitTokens, state.resetTokensMs);
  }
  const line =
    parts.length > 0
      ? parts.join(" · ")
      : "the vendor reported no limits (osmosis will learn them as it goes)";
  const own: string[] = [];
  if (config.rateLimit.requestsPerMinute !== undefined) {
    own.push(`${tokens(config.rateLimit.requestsPerMinute)} requests/min`);
  }
  if (config.rateLimit.tokensPerMinute !== undefined) {
    own.push(`${tokens(config.rateLimit.tokensPerMinute)} tokens/min`);
  }
  return own.length > 0 ? `${line}; your config caps it at ${own.join(", ")}` : line;
}

interface FailureContext {
  plugin: ProviderPlugin;
  model: string;
  facts: Facts;
  config: LoadedConfig["config"];
  colors: CommandContext["colors"];
  secrets: readonly string[];
}

/** The failure in two parts: its class in a few words, then the vendor's message and the fix. */
function failureReport(error: unknown, c: FailureContext): string {
  const { colors } = c;
  const { label, fix } = adviceFor(error, c);
  const retries = retriesOf(error);
  const after = retries > 0 ? ` (after ${plural(retries, "retry", "retries")})` : "";
  let text = `${colors.red(colors.bold("FAILED"))} ${label}${after}\n`;
  text += formatError(restated(error, fix), colors, c.secrets);
  if (LLMRateLimitError.isInstance(error) && error.rateLimit) {
    text += `  ${colors.dim("limits")} ${limitsLine(error.rateLimit, c.config)}\n`;
  }
  if (LLMResponseError.isInstance(error) && error.output) {
    const excerpt = error.output.replace(/\s+/g, " ").slice(0, 200);
    text += `  ${colors.dim("answer")} ${redactSecrets(excerpt, c.secrets)}\n`;
  }
  return text;
}

/** What kind of failure `error` is, and what to do about it. */
function adviceFor(error: unknown, c: FailureContext): { label: string; fix: string | undefined } {
  const { plugin, model, facts, config } = c;
  const id = plugin.name;
  const vendor = facts.vendor;
  const code = LLMError.isInstance(error) ? error.code : undefined;
  const hint = LLMError.isInstance(error) ? error.hint : undefined;
  const at = facts.endpoint ? ` (${facts.endpoint})` : "";
  const structuredAdvice = facts.structuredOutputOption
    ? ` If this model does not support structured output, set providers.${id}.structuredOutput to "json_object" or "none".`
    : " Pick a model that supports structured output.";
  switch (code) {
    case "authentication": {
      const where = facts.keySource ?? facts.keyVariable ?? `providers.${id}.apiKey`;
      const page = vendor?.keyPage ? ` Get a key at ${vendor.keyPage}.` : "";
      return {
        label: "the key was rejected (authentication)",
        fix: `Check ${where}: the key is mistyped, revoked, expired, or for another project or endpoint${at}.${page}`,
      };
    }
    case "permission":
      return {
        label: `the key may not use ${model} (permission)`,
        fix: `The key works but has no access to this model, project or region: check its permissions, or pick another model with --model.${hint ? ` ${hint}` : ""}`,
      };
    case "not_found": {
      const list = vendor?.listModels ? ` ${capitalise(vendor.listModels)}.` : "";
      const own = hint && !/Check the model/.test(hint) ? ` ${hint}` : "";
      return {
        label: `model "${model}" not found${at ? ` at ${facts.endpoint}` : ""} (not found)`,
        fix: `Check the model name (--model, OSMOSIS_LLM_MODEL, or model in the config) and the base URL (${facts.endpointSettings}).${list}${own}`,
      };
    }
    case "quota_exhausted":
      return {
        label: "the account is out of credit or quota (quota exhausted)",
        fix: `Add credit or raise the quota at ${vendor?.billingPage ?? `the ${id} billing page`}; waiting does not help.`,
      };
    case "rate_limit": {
      const wait =
        LLMRateLimitError.isInstance(error) && error.retryAfterMs !== undefined
          ? ` The vendor asks to wait ${duration(error.retryAfterMs)}.`
          : "";
      return {
        label: "rate limited (too many requests or tokens for now)",
        fix: `Wait a moment and run it again.${wait} If it keeps happening the key's limits are low: \`osmosis document\` waits and retries on its own; lower --concurrency or set --rpm/--tpm to see fewer.`,
      };
    }
    case "timeout": {
      const local = vendor?.local
        ? " A local model can take long to load the first time; run it once, then test again."
        : "";
      return {
        label: `no answer within ${config.timeout} s (timeout)`,
        fix: `Raise the timeout (--timeout, OSMOSIS_LLM_TIMEOUT, or timeout in the config), or check the endpoint${at}.${local}`,
      };
    }
    case "connection": {
      const local = vendor?.local ? ` ${vendor.local}` : "";
      return {
        label: `could not connect to ${facts.endpoint ?? `${id}'s endpoint`} (connection)`,
        fix: `Check the base URL or host (${facts.endpointSettings}), the network and any proxy.${local}`,
      };
    }
    case "server":
      return {
        label: "the vendor failed on its side (server error)",
        fix: `Try again in a minute; check the vendor's status page.${hint && !/retries this/.test(hint) ? ` ${hint}` : ""}`,
      };
    case "invalid_request":
    case "context_length":
      return {
        label: "the vendor rejected the request (invalid request)",
        fix: `${hint ?? "Check the model name and the provider's options."}${structuredAdvice}`,
      };
    case "response_parse":
      return {
        label: "the model answered, but not with the JSON asked for (unusable answer)",
        fix: `${structuredAdvice.trim()} Or try a larger model.`,
      };
    case "content_filtered":
      return { label: "the vendor blocked the answer (content filter)", fix: hint };
    default:
      return {
        label: code ? `the request failed (${code.replaceAll("_", " ")})` : "the request failed",
        fix: hint,
      };
  }
}

function missingKeyAdvice(
  error: LLMError,
  plugin: ProviderPlugin,
  facts: Facts,
  file: string | undefined,
): string {
  const variable =
    facts.keyVariable ?? /\b([A-Z][A-Z0-9_]*(?:KEY|TOKEN|ENDPOINT|URL))\b/.exec(error.message)?.[1];
  const field = (error as { field?: unknown }).field;
  const configKey = typeof field === "string" && field ? field : `providers.${plugin.name}.apiKey`;
  const where = variable
    ? `Set ${variable} (export ${variable}=…) or add ${configKey} to ${file ?? "osmosis.config.ts"}.`
    : `Add ${configKey} to ${file ?? "osmosis.config.ts"}.`;
  const page = facts.vendor?.keyPage ? ` Get a key at ${facts.vendor.keyPage}.` : "";
  const local = facts.vendor?.local
    ? ""
    : " No key? A local model needs none: `ollama pull llama3.2`, then --provider ollama.";
  return `${where}${page}${local}`;
}

/** The error with its own hint taken off its message (core appends it) and `fix` as the hint. */
function restated(error: unknown, fix: string | undefined): Error {
  if (!(error instanceof Error)) return Object.assign(new Error(String(error)), { hint: fix });
  const e = error as Error & { hint?: string; file?: string; field?: string };
  return Object.assign(new Error(withoutHint(e)), {
    hint: fix ?? e.hint,
    file: e.file,
    field: e.field,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
