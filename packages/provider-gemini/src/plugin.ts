// The Gemini plugin: options, environment variables (dbt-osmosis's names included) and the SDK client.
import { GoogleGenAI } from "@google/genai";
import { definePlugin, type Env, LLMConfigError } from "@osmosis/core";
import { z } from "zod";
import { GEMINI_DEFAULT_BASE_URL, normalizeGeminiBaseUrl } from "./base-url.js";
import { GeminiProvider } from "./gemini-provider.js";

export const GeminiOptions = z.strictObject({
  /** Defaults to GEMINI_API_KEY, then GOOGLE_GEMINI_API_KEY (dbt-osmosis), then GOOGLE_API_KEY. */
  apiKey: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }).optional(),
  /**
   * Defaults to GOOGLE_GEMINI_BASE_URL, else https://generativelanguage.googleapis.com. A
   * trailing `/openai` (dbt-osmosis's OpenAI-compatible default) is dropped and a trailing API
   * version is used as `apiVersion`.
   */
  baseURL: z
    .url({ error: "must be a URL such as https://generativelanguage.googleapis.com" })
    .optional(),
  /** API version in the path (default `v1beta`, the SDK's, needed for `responseJsonSchema`). */
  apiVersion: z
    .string()
    .regex(/^v\d+[a-z0-9]*$/, { error: 'must look like "v1beta"' })
    .optional(),
  /** Model used when the config names none (GOOGLE_GEMINI_MODEL, dbt-osmosis's name, else gemini-2.5-flash). */
  model: z.string().min(1).default("gemini-2.5-flash"),
  /** How structured output is asked for; `json` or `none` for models without JSON Schema support. */
  structuredOutput: z
    .enum(["json_schema", "json", "none"], {
      error: 'must be "json_schema", "json" or "none"',
    })
    .default("json_schema"),
  /**
   * Thinking budget in tokens for 2.5 models (`thinkingConfig.thinkingBudget`): 0 turns thinking
   * off on Flash, -1 lets the model decide. Unset: the model's default.
   */
  thinkingBudget: z.number().int().min(-1).optional(),
  /** Extra headers on every request (gateways). */
  headers: z.record(z.string(), z.string()).optional(),
});
export type GeminiOptions = z.output<typeof GeminiOptions>;

export function geminiOptionsFromEnv(env: Env): Partial<z.input<typeof GeminiOptions>> {
  return {
    // GOOGLE_API_KEY comes last: it is often a key for other Google APIs (Maps, Search…).
    apiKey: env.GEMINI_API_KEY || env.GOOGLE_GEMINI_API_KEY || env.GOOGLE_API_KEY || undefined,
    baseURL: env.GOOGLE_GEMINI_BASE_URL || undefined,
    model: env.GOOGLE_GEMINI_MODEL || undefined,
  };
}

export default definePlugin({
  name: "gemini",
  packageName: "@osmosis/provider-gemini",
  description: "Google Gemini (Gemini Developer API), through Google's official @google/genai SDK",
  options: GeminiOptions,
  fromEnv: geminiOptionsFromEnv,
  create: (options) => {
    if (!options.apiKey) {
      throw new LLMConfigError("GEMINI_API_KEY is not set.", {
        provider: "gemini",
        field: "providers.gemini.apiKey",
        hint: "Set it (GOOGLE_GEMINI_API_KEY and GOOGLE_API_KEY are read too), or add providers.gemini.apiKey to osmosis.config.ts.",
      });
    }
    const endpoint = normalizeGeminiBaseUrl(options.baseURL ?? GEMINI_DEFAULT_BASE_URL);
    const apiVersion = options.apiVersion ?? endpoint.apiVersion;
    const client = new GoogleGenAI({
      apiKey: options.apiKey,
      // Explicit, so GOOGLE_GENAI_USE_VERTEXAI in process.env cannot switch the backend.
      vertexai: false,
      ...(apiVersion ? { apiVersion } : {}),
      httpOptions: {
        // Always set: without it the SDK reads GOOGLE_GEMINI_BASE_URL from process.env itself,
        // bypassing the env osmosis was given. No `retryOptions`: the SDK then never retries.
        baseUrl: endpoint.baseUrl,
        ...(options.headers ? { headers: options.headers } : {}),
      },
    });
    return new GeminiProvider(client, {
      id: "gemini",
      defaultModel: options.model,
      structuredOutput: options.structuredOutput,
      thinkingBudget: options.thinkingBudget,
      apiKey: options.apiKey,
    });
  },
});
