// The shape of osmosis.config.ts: `defineConfig` for typing, `parseConfig` for validation.
import { z } from "zod";
import { isProviderPlugin, type ProviderPlugin } from "./plugin.js";
import { canonicalProviderId } from "./registry.js";
import { parseWith, type ValidationContext } from "./validation.js";

const pluginSchema = z.custom<ProviderPlugin>(isProviderPlugin, {
  error:
    "not a provider plugin; import the default export of a provider package (made with definePlugin) and list it here",
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
