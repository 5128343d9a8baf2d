// The shape of osmosis.config.ts: `defineConfig` for typing, `parseConfig` for validation.
import { z } from "zod";
import { LLMConfigError } from "./errors.js";
import { LOG_LEVELS } from "./logger.js";
import { isProviderPlugin, type ProviderPlugin } from "./plugin.js";
import { ModelPriceSchema } from "./prices.js";
import type { PromptFileInput } from "./prompts/prompt-file.js";
import { canonicalProviderId } from "./registry.js";
import { parseWith, type ValidationContext } from "./validation.js";

const pluginSchema = z.custom<ProviderPlugin>(isProviderPlugin, {
  error:
    "not a provider plugin; import the default export of a provider package (made with definePlugin) and list it here",
});

function seconds(what: string) {
  return z
    .number({ error: `must be ${what} in seconds, e.g. 30` })
    .positive({ error: `must be more than 0 seconds (${what})` });
}

function wholeNumber(what: string, min: number, max: number) {
  return z
    .number({ error: `must be a whole number (${what})` })
    .int({ error: `must be a whole number (${what})` })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });
}

const rateLimitSchema = z.strictObject({
  requestsPerMinute: z
    .number({ error: "must be a number of requests per minute" })
    .positive({ error: "must be more than 0; remove it to let osmosis learn the vendor's limit" })
    .optional(),
  tokensPerMinute: z
    .number({ error: "must be a number of tokens per minute" })
    .positive({ error: "must be more than 0; remove it to let osmosis learn the vendor's limit" })
    .optional(),
  concurrency: wholeNumber("parallel calls", 1, 256).optional(),
});

export const OsmosisConfigSchema = z
  .strictObject({
    provider: z
      .string({ error: 'must be a provider id such as "openai" or "anthropic"' })
      .min(1, { error: 'must not be empty; set a provider id such as "openai"' })
      .transform(canonicalProviderId)
      .default("openai"),
    model: z
      .string({ error: 'must be a model id string such as "gpt-4o-mini"' })
      .min(1, { error: "must not be empty; remove it to use the provider's default model" })
      .optional(),
    providers: z
      .record(
        z.string(),
        z.record(z.string(), z.unknown(), {
          error: 'each provider\'s options must be an object, e.g. { apiKey: "…" }',
        }),
        { error: "must be an object keyed by provider id, e.g. { openai: { … } }" },
      )
      .default({}),
    plugins: z.array(pluginSchema, { error: "must be an array of provider plugins" }).default([]),
    temperature: z
      .number({ error: "must be a number from 0 to 2" })
      .min(0, { error: "must be at least 0; use a number from 0 to 2 (0.2 suits documentation)" })
      .max(2, { error: "must be at most 2; use a number from 0 to 2 (0.2 suits documentation)" })
      .default(0.2),
    maxOutputTokens: z
      .number({ error: "must be a whole number of tokens" })
      .int({ error: "must be a whole number of tokens" })
      .positive({ error: "must be greater than 0; remove it to let the model decide" })
      .optional(),
    concurrency: z
      .number({ error: "must be a whole number of parallel calls" })
      .int({ error: "must be a whole number of parallel calls" })
      .min(1, { error: "must be at least 1" })
      .max(256, { error: "must be at most 256; the rate limiter already adapts to the vendor" })
      .default(8),
    timeout: seconds("the per-request timeout").default(120),
    runTimeout: seconds("the whole run's deadline").optional(),
    retry: z
      .strictObject({
        maxRetries: wholeNumber("retries of server, connection and timeout errors", 0, 20).default(
          3,
        ),
        maxRateLimitRetries: wholeNumber("retries of rate-limited (429) calls", 0, 100).default(10),
        baseDelay: seconds("the first back-off delay").default(1),
        maxDelay: seconds("the longest back-off delay").default(60),
        factor: z
          .number({ error: "must be a number ≥ 1, e.g. 2" })
          .min(1, { error: "must be at least 1, e.g. 2" })
          .default(2),
        maxTotal: seconds("the longest time spent retrying one call").default(600),
      })
      .prefault({}),
    rateLimit: rateLimitSchema.prefault({}),
    rateLimits: z
      .record(z.string(), rateLimitSchema, {
        error:
          'must map "<provider>" or "<provider>/<model>" to { requestsPerMinute, tokensPerMinute, concurrency }',
      })
      .default({}),
    budgetUsd: z
      .number({ error: "must be a number of US dollars, e.g. 5" })
      .positive({ error: "must be more than 0; remove it for no cap" })
      .optional(),
    cache: z
      .union(
        [z.literal(false), z.strictObject({ dir: z.string().min(1).default(".osmosis/cache") })],
        {
          error: 'must be false (off) or { dir: ".osmosis/cache" }',
        },
      )
      .default({ dir: ".osmosis/cache" }),
    prices: z.record(z.string(), ModelPriceSchema).default({}),
    trackUsage: z.boolean({ error: "must be true or false" }).default(true),
    logLevel: z
      .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })
      .default("info"),
    logFormat: z.enum(["human", "json"], { error: 'must be "human" or "json"' }).default("human"),
    /**
     * The prompts to use instead of the built-in ones: a prompt file's path (relative to this
     * file) or its content inline. The prompt loader validates it (file, line, variable).
     */
    prompts: z
      .union(
        [
          z.string().min(1, { error: "must not be empty; remove it to use the built-in prompts" }),
          z.custom<PromptFileInput>(
            (value) => typeof value === "object" && value !== null && !Array.isArray(value),
          ),
        ],
        {
          error:
            'must be a prompt file\'s path, e.g. "prompts.yml", or its content: { version: 1, jobs: { … } }',
        },
      )
      .optional(),
  })
  .describe("osmosis configuration");

/** What a user writes in osmosis.config.ts. */
export type OsmosisConfigInput = z.input<typeof OsmosisConfigSchema>;
/** The validated configuration, with defaults filled in. */
export type OsmosisConfig = z.output<typeof OsmosisConfigSchema>;

/** Types `osmosis.config.ts`; returns its argument unchanged. */
export function defineConfig(config: OsmosisConfigInput): OsmosisConfigInput {
  return config;
}

/** Validates raw configuration, throwing an `LLMConfigError` that names the file, the field and the fix. */
export function parseConfig(raw: unknown, context: ValidationContext = {}): OsmosisConfig {
  return parseWith(OsmosisConfigSchema, raw ?? {}, context);
}

/**
 * The improvement plan's environment variables, as a partial configuration to merge under the
 * config file. A value that does not parse is an error naming the variable.
 */
export function configFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): OsmosisConfigInput {
  const out: {
    provider?: string;
    timeout?: number;
    rateLimit?: { requestsPerMinute: number };
    retry?: { maxRetries?: number; baseDelay?: number };
    trackUsage?: boolean;
  } = {};
  const number = (
    name: string,
    check: (n: number) => boolean,
    expected: string,
  ): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || !check(n)) {
      throw new LLMConfigError(`${name}="${raw}" is not valid.`, {
        field: name,
        hint: `Set it to ${expected}, or unset it.`,
      });
    }
    return n;
  };
  // dbt-osmosis's variable, so its users switch providers the way they always have.
  if (env.LLM_PROVIDER?.trim()) out.provider = env.LLM_PROVIDER.trim();
  const timeout = number(
    "OSMOSIS_LLM_TIMEOUT",
    (n) => n > 0,
    "a number of seconds above 0, e.g. 120",
  );
  if (timeout !== undefined) out.timeout = timeout;
  const rpm = number(
    "OSMOSIS_LLM_RATE_LIMIT",
    (n) => n > 0,
    "a number of requests per minute above 0, e.g. 500",
  );
  if (rpm !== undefined) out.rateLimit = { requestsPerMinute: rpm };
  const maxRetries = number(
    "OSMOSIS_LLM_MAX_RETRIES",
    (n) => Number.isInteger(n) && n >= 0 && n <= 20,
    "a whole number from 0 to 20, e.g. 3",
  );
  const baseDelay = number(
    "OSMOSIS_LLM_RETRY_DELAY",
    (n) => n > 0,
    "a number of seconds above 0, e.g. 1",
  );
  if (maxRetries !== undefined || baseDelay !== undefined) {
    out.retry = {};
    if (maxRetries !== undefined) out.retry.maxRetries = maxRetries;
    if (baseDelay !== undefined) out.retry.baseDelay = baseDelay;
  }
  const track = env.OSMOSIS_LLM_TRACK_USAGE;
  if (track !== undefined && track.trim() !== "") {
    const value = track.trim().toLowerCase();
    if (["1", "true", "yes", "on"].includes(value)) out.trackUsage = true;
    else if (["0", "false", "no", "off"].includes(value)) out.trackUsage = false;
    else {
      throw new LLMConfigError(`OSMOSIS_LLM_TRACK_USAGE="${track}" is not valid.`, {
        field: "OSMOSIS_LLM_TRACK_USAGE",
        hint: "Set it to true or false, or unset it.",
      });
    }
  }
  return out;
}
