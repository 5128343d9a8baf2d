// A provider over any OpenAI-style Chat Completions client (OpenAI, AzureOpenAI, LM Studio, vLLM…).
import type {
  GenerateRequest,
  GenerateResult,
  Provider,
  ProviderCapabilities,
} from "@osmosis/core";
import type OpenAI from "openai";
import {
  type ChatMappingOptions,
  fromChatCompletion,
  mapOpenAIError,
  toChatParams,
} from "./chat-mapping.js";

export interface ChatProviderOptions extends ChatMappingOptions {
  id: string;
  capabilities: ProviderCapabilities;
  defaultModel?: string | undefined;
}

export class OpenAIChatProvider implements Provider {
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  readonly defaultModel: string | undefined;
  /** The SDK client, built once per provider instance (the registry keeps one per options). */
  readonly client: OpenAI;
  readonly #mapping: ChatMappingOptions;

  constructor(client: OpenAI, options: ChatProviderOptions) {
    this.client = client;
    this.id = options.id;
    this.capabilities = options.capabilities;
    this.defaultModel = options.defaultModel;
    this.#mapping = {
      structuredOutput: options.structuredOutput,
      maxTokensField: options.maxTokensField,
    };
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const params = toChatParams(request, this.#mapping);
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    let headers: Headers;
    try {
      const { data, response } = await this.client.chat.completions
        // Core retries and times out; the SDK must do neither on its own.
        .create(params, { signal: request.signal ?? null, maxRetries: 0 })
        .withResponse();
      completion = data;
      headers = response.headers;
    } catch (error) {
      throw mapOpenAIError(error, this.id);
    }
    return this.toResult(completion, headers);
  }

  /**
   * The contract's result for a completion (never throws: the client bills it first). A
   * subclass adds what its vendor reports beyond OpenAI's fields, such as Azure's filter verdicts.
   */
  protected toResult(
    completion: OpenAI.Chat.Completions.ChatCompletion,
    headers: Headers,
  ): GenerateResult {
    return fromChatCompletion(completion, headers);
  }
}
