// The Azure OpenAI plugin: options, environment variables (dbt-osmosis's names too) and the AzureOpenAI client.
import { definePlugin, type Env, LLMConfigError } from "@osmosis/core";
import type { StructuredOutputMode } from "@osmosis/provider-openai";
import { AzureOpenAI } from "openai";
import { z } from "zod";
import { AzureOpenAIProvider } from "./azure-provider.js";
import { entraIdTokenProvider, guardTokenProvider } from "./entra-id.js";
import { DEFAULT_TOKEN_SCOPE, normalizeTokenScope } from "./token-scope.js";

/**
 * dbt-osmosis's default. The newest dated GA version (2024-10-21) refuses reasoning deployments
 * (o1, o3-mini, o4-mini, GPT-5: "enabled only for api versions 2024-12-01-preview and later"),
 * and this one also serves JSON Schema output and `max_completion_tokens`.
 */
export const DEFAULT_API_VERSION = "2025-01-01-preview";

const tokenProvider = z.custom<() => Promise<string>>((v) => typeof v === "function", {
  error: "must be a function returning a Promise of an access token",
});

export const AzureOpenAIOptions = z.strictObject({
  /** https://<resource>.openai.azure.com; AZURE_OPENAI_ENDPOINT, else dbt-osmosis's AZURE_OPENAI_BASE_URL. */
  endpoint: z
    .url({ error: "must be a URL such as https://my-resource.openai.azure.com" })
    .optional(),
  /** AZURE_OPENAI_API_KEY; not used with Entra ID. */
  apiKey: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }).optional(),
  /** OPENAI_API_VERSION, else dbt-osmosis's AZURE_OPENAI_API_VERSION, else 2025-01-01-preview. */
  apiVersion: z.string().min(1, { error: "must not be empty" }).default(DEFAULT_API_VERSION),
  /** AZURE_OPENAI_DEPLOYMENT_NAME; the model used when the config names none. */
  deployment: z.string().min(1, { error: "must not be empty" }).optional(),
  /** `entra-id` signs in with Microsoft Entra ID (LLM_PROVIDER=azure-openai-ad); default `api-key`. */
  auth: z.enum(["api-key", "entra-id"], { error: 'must be "api-key" or "entra-id"' }).optional(),
  /** Entra ID scope; AZURE_OPENAI_AD_TOKEN_SCOPE, default https://cognitiveservices.azure.com/.default. */
  tokenScope: z.string().min(1, { error: "must not be empty" }).default(DEFAULT_TOKEN_SCOPE),
  /** Your own Entra ID token source (called before each request; cache tokens in it). Implies `entra-id`. */
  azureADTokenProvider: tokenProvider.optional(),
  /** Default `json_schema` (`json_object` for API versions before 2024-08-01, which lack it). */
  structuredOutput: z
    .enum(["json_schema", "json_object", "none"], {
      error: 'must be "json_schema", "json_object" or "none"',
    })
    .optional(),
  /** Extra headers on every request (an API Management gateway's subscription key…). */
  headers: z.record(z.string(), z.string()).optional(),
});
export type AzureOpenAIOptions = z.output<typeof AzureOpenAIOptions>;

export function azureOpenAIOptionsFromEnv(env: Env): Partial<z.input<typeof AzureOpenAIOptions>> {
  return {
    endpoint: env.AZURE_OPENAI_ENDPOINT || env.AZURE_OPENAI_BASE_URL || undefined,
    apiKey: env.AZURE_OPENAI_API_KEY || undefined,
    apiVersion: env.OPENAI_API_VERSION || env.AZURE_OPENAI_API_VERSION || undefined,
    deployment: env.AZURE_OPENAI_DEPLOYMENT_NAME || undefined,
    auth: env.LLM_PROVIDER?.trim().toLowerCase() === "azure-openai-ad" ? "entra-id" : undefined,
    tokenScope: env.AZURE_OPENAI_AD_TOKEN_SCOPE || undefined,
  };
}

/** The SDK appends `/openai`; accept endpoints written with it, or with trailing slashes. */
function resourceEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, "").replace(/\/openai$/i, "");
}

/** Dated API versions before these lack a feature; `v1`, `latest`, `preview` have them all. */
function releasedBefore(apiVersion: string, date: string): boolean {
  const dated = /^\d{4}-\d{2}-\d{2}/.exec(apiVersion)?.[0];
  return dated !== undefined && dated < date;
}

function missing(variable: string, field: string, hint: string): LLMConfigError {
  return new LLMConfigError(`${variable} is not set.`, {
    provider: "azure-openai",
    field: `providers.azure-openai.${field}`,
    hint,
  });
}

export default definePlugin({
  name: "azure-openai",
  packageName: "@osmosis/provider-azure-openai",
  description: "Azure OpenAI deployments, with an API key or Microsoft Entra ID",
  options: AzureOpenAIOptions,
  fromEnv: azureOpenAIOptionsFromEnv,
  create: (options, { env, requestedId }) => {
    if (!options.endpoint) {
      throw missing(
        "AZURE_OPENAI_ENDPOINT",
        "endpoint",
        "Set it to https://<resource>.openai.azure.com (dbt-osmosis's AZURE_OPENAI_BASE_URL works too), or add providers.azure-openai.endpoint to osmosis.config.ts.",
      );
    }
    if (!options.deployment) {
      throw missing(
        "AZURE_OPENAI_DEPLOYMENT_NAME",
        "deployment",
        "Set it to the name of a chat model deployment of the resource, or add providers.azure-openai.deployment to osmosis.config.ts.",
      );
    }
    if (options.auth === "api-key" && options.azureADTokenProvider) {
      throw new LLMConfigError('auth is "api-key" but azureADTokenProvider is set.', {
        provider: "azure-openai",
        field: "providers.azure-openai.auth",
        hint: 'Remove one: azureADTokenProvider signs in with Entra ID (auth: "entra-id").',
      });
    }
    // dbt-osmosis's `azure-openai-ad` provider name means Entra ID, in the config file as in LLM_PROVIDER.
    const auth =
      options.auth ??
      (options.azureADTokenProvider || requestedId === "azure-openai-ad" ? "entra-id" : "api-key");
    if (auth === "api-key" && !options.apiKey) {
      throw missing(
        "AZURE_OPENAI_API_KEY",
        "apiKey",
        'Set it, add providers.azure-openai.apiKey to osmosis.config.ts, or sign in with Microsoft Entra ID: auth: "entra-id" (or LLM_PROVIDER=azure-openai-ad).',
      );
    }
    const endpoint = resourceEndpoint(options.endpoint);
    const tokenScope = normalizeTokenScope(options.tokenScope);
    const credentials =
      auth === "entra-id"
        ? {
            azureADTokenProvider: guardTokenProvider(
              options.azureADTokenProvider ?? entraIdTokenProvider(tokenScope, env),
              tokenScope,
            ),
            // null, not undefined: undefined makes the SDK read AZURE_OPENAI_API_KEY from
            // process.env and then refuse a key and a token provider together.
            apiKey: null as unknown as undefined,
          }
        : { apiKey: options.apiKey };
    const client = new AzureOpenAI({
      // baseURL rather than `endpoint`: with `endpoint`, an OPENAI_BASE_URL meant for the OpenAI
      // provider would make the SDK throw.
      baseURL: `${endpoint}/openai`,
      apiVersion: options.apiVersion,
      ...credentials,
      organization: null,
      project: null,
      maxRetries: 0,
      ...(options.headers ? { defaultHeaders: options.headers } : {}),
    });
    const structuredOutput: StructuredOutputMode =
      options.structuredOutput ??
      (releasedBefore(options.apiVersion, "2024-08-01") ? "json_object" : "json_schema");
    return new AzureOpenAIProvider(
      client,
      {
        id: "azure-openai",
        defaultModel: options.deployment,
        structuredOutput,
        maxTokensField: releasedBefore(options.apiVersion, "2024-09-01")
          ? "max_tokens"
          : "max_completion_tokens",
        capabilities: {
          jsonSchema: structuredOutput === "json_schema",
          jsonMode: structuredOutput !== "none",
          usage: true,
          cachedInputUsage: true,
          rateLimitHeaders: true,
        },
      },
      { auth, endpoint, tokenScope },
    );
  },
});
