// The LM Studio plugin: its local OpenAI-compatible server, dbt-osmosis's variable names and defaults.
import { definePlugin, type Env } from "@osmosis/core";
import OpenAI from "openai";
import { z } from "zod";
import { LMStudioProvider } from "./lm-studio-provider.js";

export const DEFAULT_BASE_URL = "http://localhost:1234/v1";

export const LMStudioOptions = z.strictObject({
  /** LM_STUDIO_BASE_URL, else http://localhost:1234/v1. */
  baseURL: z
    .url({ error: "must be a URL such as http://localhost:1234/v1" })
    .default(DEFAULT_BASE_URL),
  /** LM_STUDIO_API_KEY, else "lm-studio": the server checks none unless you turn authentication on. */
  apiKey: z.string().min(1, { error: "must not be empty" }).default("lm-studio"),
  /**
   * LM_STUDIO_MODEL, else "local-model" as in dbt-osmosis. With one model loaded LM Studio
   * answers with it whatever the name; with several, name one (`lms ls` lists them).
   */
  model: z.string().min(1, { error: "must not be empty" }).default("local-model"),
  /** LM Studio accepts `json_schema` and rejects `json_object`; `none` asks in the prompt only. */
  structuredOutput: z
    .enum(["json_schema", "none"], { error: 'must be "json_schema" or "none"' })
    .default("json_schema"),
  /** Extra headers on every request (a reverse proxy in front of LM Studio…). */
  headers: z.record(z.string(), z.string()).optional(),
});
export type LMStudioOptions = z.output<typeof LMStudioOptions>;

export function lmStudioOptionsFromEnv(env: Env): Partial<z.input<typeof LMStudioOptions>> {
  return {
    baseURL: env.LM_STUDIO_BASE_URL || undefined,
    apiKey: env.LM_STUDIO_API_KEY || undefined,
    model: env.LM_STUDIO_MODEL || undefined,
  };
}

export default definePlugin({
  name: "lm-studio",
  packageName: "@osmosis/provider-lm-studio",
  description: "Local models served by LM Studio's OpenAI-compatible server",
  options: LMStudioOptions,
  fromEnv: lmStudioOptionsFromEnv,
  create: (options) => {
    const client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      organization: null,
      project: null,
      maxRetries: 0,
      ...(options.headers ? { defaultHeaders: options.headers } : {}),
    });
    return new LMStudioProvider(
      client,
      {
        id: "lm-studio",
        defaultModel: options.model,
        structuredOutput: options.structuredOutput,
        // The name every LM Studio version reads.
        maxTokensField: "max_tokens",
        capabilities: {
          jsonSchema: options.structuredOutput === "json_schema",
          // LM Studio refuses `response_format: json_object`: it has no schema-less JSON mode.
          jsonMode: false,
          usage: true,
          cachedInputUsage: false,
          rateLimitHeaders: false,
        },
      },
      options.baseURL,
    );
  },
});
