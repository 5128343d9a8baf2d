// The Gemini provider: one `models.generateContent` call per request, on a client built once.
import type { GenerateContentResponse, GoogleGenAI } from "@google/genai";
import type {
  GenerateRequest,
  GenerateResult,
  Provider,
  ProviderCapabilities,
} from "@osmosis/core";
import { mapGeminiError } from "./error-mapping.js";
import { type GeminiRequestOptions, toGenerateContentParams } from "./request-mapping.js";
import { fromGenerateContentResponse } from "./response-mapping.js";

export interface GeminiProviderOptions extends GeminiRequestOptions {
  id?: string;
  defaultModel?: string | undefined;
  /** The configured key, scrubbed from every error message whatever its shape. */
  apiKey?: string | undefined;
}

export class GeminiProvider implements Provider {
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  readonly defaultModel: string | undefined;
  /** The SDK client, built once per provider instance (the registry keeps one per options). */
  readonly client: GoogleGenAI;
  readonly #request: GeminiRequestOptions;
  readonly #apiKey: string | undefined;

  constructor(client: GoogleGenAI, options: GeminiProviderOptions) {
    this.client = client;
    this.id = options.id ?? "gemini";
    this.defaultModel = options.defaultModel;
    this.#apiKey = options.apiKey;
    this.#request = {
      structuredOutput: options.structuredOutput,
      thinkingBudget: options.thinkingBudget,
    };
    this.capabilities = Object.freeze({
      jsonSchema: options.structuredOutput === "json_schema",
      jsonMode: options.structuredOutput !== "none",
      usage: true,
      cachedInputUsage: true,
      // Gemini reports limits only in 429 bodies (QuotaFailure, RetryInfo), never in headers.
      rateLimitHeaders: false,
    });
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const params = toGenerateContentParams(request, this.#request);
    let response: GenerateContentResponse;
    try {
      response = await this.client.models.generateContent(params);
    } catch (error) {
      throw mapGeminiError(error, {
        providerId: this.id,
        signal: request.signal,
        secrets: [this.#apiKey],
      });
    }
    return fromGenerateContentResponse(response, request);
  }
}
