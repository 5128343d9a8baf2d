// The Anthropic provider: one Messages call per generation, through one SDK client.
import type Anthropic from "@anthropic-ai/sdk";
import type {
  GenerateRequest,
  GenerateResult,
  Provider,
  ProviderCapabilities,
} from "@osmosis/core";
import { mapAnthropicError } from "./error-mapping.js";
import { fromMessage, type MessagesMappingOptions, toMessageParams } from "./messages-mapping.js";

export interface AnthropicProviderOptions extends MessagesMappingOptions {
  /** Provider id (default `anthropic`). */
  id?: string;
  defaultModel?: string | undefined;
}

export class AnthropicProvider implements Provider {
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  readonly defaultModel: string | undefined;
  /** The SDK client, built once per provider instance (the registry keeps one per options). */
  readonly client: Anthropic;
  readonly #mapping: MessagesMappingOptions;

  constructor(client: Anthropic, options: AnthropicProviderOptions) {
    this.client = client;
    this.id = options.id ?? "anthropic";
    this.defaultModel = options.defaultModel;
    this.#mapping = {
      structuredOutput: options.structuredOutput,
      maxOutputTokens: options.maxOutputTokens,
    };
    this.capabilities = Object.freeze({
      // A forced tool call (or output_config.format) constrains the answer to the schema.
      jsonSchema: options.structuredOutput !== "none",
      // Anthropic has no schema-less JSON mode.
      jsonMode: false,
      usage: true,
      cachedInputUsage: true,
      rateLimitHeaders: true,
    });
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const params = toMessageParams(request, this.#mapping);
    let message: Anthropic.Message;
    let headers: Headers;
    try {
      const { data, response } = await this.client.messages
        // Core retries and times out; the SDK must do neither on its own.
        .create(params, { signal: request.signal ?? null, maxRetries: 0 })
        .withResponse();
      message = data;
      headers = response.headers;
    } catch (error) {
      throw mapAnthropicError(error, this.id);
    }
    return fromMessage(message, headers, request, this.#mapping.structuredOutput);
  }
}
