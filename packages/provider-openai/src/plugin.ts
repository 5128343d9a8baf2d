// The OpenAI plugin: options, environment variables and the SDK client.
import { definePlugin, type Env, LLMConfigError } from "@osmosis/core";
import OpenAI from "openai";
import { z } from "zod";
import { OpenAIChatProvider } from "./chat-provider.js";

export const OpenAIOptions = z.strictObject({
  /** Defaults to OPENAI_API_KEY. */
  apiKey: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }).optional(),
  /** Defaults to OPENAI_BASE_URL, else https://api.openai.com/v1. Point it at a gateway or an OpenAI-compatible server. */
  baseURL: z.url({ error: "must be a URL such as https://api.openai.com/v1" }).optional(),
  organization: z.string().optional(),
  project: z.string().optional(),
  /** Model used when the config names none (OPENAI_MODEL, dbt-osmosis's name, else gpt-4o-mini). */
  model: z.string().min(1).default("gpt-4o-mini"),
  /** How structured output is asked for; `json_object` or `none` for compatible servers without JSON Schema. */
  structuredOutput: z
    .enum(["json_schema", "json_object", "none"], {
      error: 'must be "json_schema", "json_object" or "none"',
    })
    .default("json_schema"),
  /** Extra headers on every request (gateways, OpenRouter's HTTP-Referer…). */
  headers: z.record(z.string(), z.string()).optional(),
});
export type OpenAIOptions = z.output<typeof OpenAIOptions>;

export function openAIOptionsFromEnv(env: Env): Partial<z.input<typeof OpenAIOptions>> {
  return {
    apiKey: env.OPENAI_API_KEY || undefined,
    baseURL: env.OPENAI_BASE_URL || undefined,
    organization: env.OPENAI_ORG_ID || undefined,
    project: env.OPENAI_PROJECT_ID || undefined,
    model: env.OPENAI_MODEL || undefined,
  };
}

export default definePlugin({
  name: "openai",
  packageName: "@osmosis/provider-openai",
  description: "OpenAI and OpenAI-compatible services, through the official openai SDK",
  options: OpenAIOptions,
  fromEnv: openAIOptionsFromEnv,
  create: (options) => {
    if (!options.apiKey) {
      throw new LLMConfigError("OPENAI_API_KEY is not set.", {
        provider: "openai",
        field: "providers.openai.apiKey",
        hint: "Set it, or add providers.openai.apiKey to osmosis.config.ts.",
      });
    }
    const client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL ?? null,
      organization: options.organization ?? null,
      project: options.project ?? null,
      maxRetries: 0,
      ...(options.headers ? { defaultHeaders: options.headers } : {}),
    });
    return new OpenAIChatProvider(client, {
      id: "openai",
      defaultModel: options.model,
      structuredOutput: options.structuredOutput,
      maxTokensField: "max_completion_tokens",
      capabilities: {
        jsonSchema: options.structuredOutput === "json_schema",
        jsonMode: options.structuredOutput !== "none",
        usage: true,
        cachedInputUsage: true,
        rateLimitHeaders: true,
      },
    });
  },
});
