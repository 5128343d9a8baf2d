// The Anthropic plugin: options, environment variables and the SDK client.
import Anthropic from "@anthropic-ai/sdk";
import { definePlugin, type Env, LLMConfigError } from "@osmosis/core";
import { z } from "zod";
import { AnthropicProvider } from "./anthropic-provider.js";

export const AnthropicOptions = z.strictObject({
  /** Defaults to ANTHROPIC_API_KEY. */
  apiKey: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }).optional(),
  /** Defaults to ANTHROPIC_BASE_URL, else https://api.anthropic.com. Point it at a gateway or proxy. */
  baseURL: z.url({ error: "must be a URL such as https://api.anthropic.com" }).optional(),
  /** Model used when the config names none (ANTHROPIC_MODEL, dbt-osmosis's name, else claude-haiku-4-5). */
  model: z.string().min(1).default("claude-haiku-4-5"),
  /** How structured output is asked for: a forced tool call (default), output_config.format, or prose. */
  structuredOutput: z
    .enum(["tool", "json_schema", "none"], { error: 'must be "tool", "json_schema" or "none"' })
    .default("tool"),
  /** `max_tokens` for requests that set no `maxOutputTokens`; Anthropic requires one. */
  maxOutputTokens: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .positive({ error: "must be positive" })
    .default(4096),
  /** Extra headers on every request (gateways, `anthropic-beta`…). */
  headers: z.record(z.string(), z.string()).optional(),
});
export type AnthropicOptions = z.output<typeof AnthropicOptions>;

export function anthropicOptionsFromEnv(env: Env): Partial<z.input<typeof AnthropicOptions>> {
  return {
    apiKey: env.ANTHROPIC_API_KEY || undefined,
    baseURL: env.ANTHROPIC_BASE_URL || undefined,
    model: env.ANTHROPIC_MODEL || undefined,
  };
}

export default definePlugin({
  name: "anthropic",
  packageName: "@osmosis/provider-anthropic",
  description: "Anthropic's Claude models, through the official @anthropic-ai/sdk",
  options: AnthropicOptions,
  fromEnv: anthropicOptionsFromEnv,
  create: (options) => {
    if (!options.apiKey) {
      throw new LLMConfigError("ANTHROPIC_API_KEY is not set.", {
        provider: "anthropic",
        field: "providers.anthropic.apiKey",
        hint: "Set it, or add providers.anthropic.apiKey to osmosis.config.ts.",
      });
    }
    const client = new Anthropic({
      apiKey: options.apiKey,
      // null, not undefined: the SDK would read process.env itself, behind the plugin's env.
      baseURL: options.baseURL ?? null,
      maxRetries: 0,
      ...(options.headers ? { defaultHeaders: options.headers } : {}),
    });
    return new AnthropicProvider(client, {
      id: "anthropic",
      defaultModel: options.model,
      structuredOutput: options.structuredOutput,
      maxOutputTokens: options.maxOutputTokens,
    });
  },
});
