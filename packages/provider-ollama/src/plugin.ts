// The Ollama plugin: options, environment variables and the provider.
import { definePlugin, type Env } from "@osmosis/core";
import { z } from "zod";
import { DEFAULT_HOST, normalizeHost } from "./host.js";
import { OllamaProvider } from "./ollama-provider.js";

const Host = z
  .string({ error: "must be a string such as http://127.0.0.1:11434" })
  .transform((value, ctx) => {
    try {
      return normalizeHost(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  });

export const OllamaOptions = z.strictObject({
  /**
   * Server root. Defaults to OLLAMA_HOST, else dbt-osmosis's OLLAMA_BASE_URL (its `/v1` is
   * dropped), else http://127.0.0.1:11434.
   */
  host: Host.default(DEFAULT_HOST),
  /** Model used when the config names none (OLLAMA_MODEL, else llama3.2). */
  model: z.string().min(1, { error: "must not be empty" }).default("llama3.2"),
  /** `json_schema` (`format: <schema>`, Ollama 0.5+), `json` (`format: "json"`) or `none`. */
  structuredOutput: z
    .enum(["json_schema", "json", "none"], {
      error: 'must be "json_schema", "json" or "none"',
    })
    .default("json_schema"),
  /** Bearer key for a proxy or ollama.com in front of Ollama (OLLAMA_API_KEY); Ollama needs none. */
  apiKey: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }).optional(),
  /** Extra headers on every request (a proxy's own auth header…). */
  headers: z.record(z.string(), z.string()).optional(),
  /** `keep_alive`: how long the model stays loaded after a call ("10m", 600, -1 for ever). */
  keepAlive: z
    .union([z.string().min(1), z.number()], {
      error: 'must be a duration such as "10m", or seconds',
    })
    .optional(),
  /** `options.num_ctx`: context window to load the model with (the server's default otherwise). */
  numCtx: z.number().int().positive({ error: "must be a positive whole number" }).optional(),
});
export type OllamaOptions = z.output<typeof OllamaOptions>;

export function ollamaOptionsFromEnv(env: Env): Partial<z.input<typeof OllamaOptions>> {
  return {
    host: env.OLLAMA_HOST || env.OLLAMA_BASE_URL || undefined,
    model: env.OLLAMA_MODEL || undefined,
    apiKey: env.OLLAMA_API_KEY || undefined,
  };
}

export default definePlugin({
  name: "ollama",
  packageName: "@osmosis/provider-ollama",
  description: "Local models served by Ollama, through the official ollama SDK (no API key)",
  options: OllamaOptions,
  fromEnv: ollamaOptionsFromEnv,
  create: (options) => new OllamaProvider(options),
});
