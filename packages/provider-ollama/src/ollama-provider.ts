// The Ollama provider: one ollama-js client per options, one non-streaming /api/chat per call.
import type {
  GenerateRequest,
  GenerateResult,
  Provider,
  ProviderCapabilities,
} from "@osmosis/core";
import { type ChatResponse, Ollama } from "ollama";
import {
  type ChatMappingOptions,
  fromChatResponse,
  type OllamaStructuredOutput,
  toChatRequest,
} from "./chat-mapping.js";
import { mapOllamaError } from "./error-mapping.js";
import { type CallScope, PerCallFetch } from "./per-call-fetch.js";

export interface OllamaProviderOptions {
  /** Normalized server root (see `normalizeHost`). */
  host: string;
  model?: string | undefined;
  structuredOutput: OllamaStructuredOutput;
  /** Sent as `Authorization: Bearer …`, for a proxy or ollama.com in front of Ollama. */
  apiKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  keepAlive?: string | number | undefined;
  numCtx?: number | undefined;
  /** The fetch under the per-call wrapper (default: the global one). */
  fetch?: typeof fetch;
}

export class OllamaProvider implements Provider {
  readonly id = "ollama";
  readonly capabilities: ProviderCapabilities;
  readonly defaultModel: string | undefined;
  readonly host: string;
  /** The SDK client, built once per provider instance (the registry keeps one per options). */
  readonly client: Ollama;
  readonly #calls: PerCallFetch;
  readonly #mapping: ChatMappingOptions;
  /** The host is Ollama Cloud's API, where every model is billed. */
  readonly #cloudHost: boolean;

  constructor(options: OllamaProviderOptions) {
    this.host = options.host;
    const hostname = new URL(options.host).hostname.toLowerCase();
    this.#cloudHost = hostname === "ollama.com" || hostname.endsWith(".ollama.com");
    this.defaultModel = options.model;
    this.#mapping = {
      structuredOutput: options.structuredOutput,
      keepAlive: options.keepAlive,
      numCtx: options.numCtx,
    };
    this.capabilities = Object.freeze({
      jsonSchema: options.structuredOutput === "json_schema",
      jsonMode: options.structuredOutput !== "none",
      usage: true,
      cachedInputUsage: false,
      rateLimitHeaders: false,
    });
    this.#calls = new PerCallFetch(options.fetch);
    const headers: Record<string, string> = { ...options.headers };
    if (options.apiKey) {
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === "authorization") delete headers[name];
      }
      headers.Authorization = `Bearer ${options.apiKey}`;
    }
    // ollama-js never retries, so core's retry policy and limiter are the only ones deciding.
    this.client = new Ollama({ host: options.host, headers, fetch: this.#calls.fetch });
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const body = toChatRequest(request, this.#mapping);
    const scope: CallScope = { signal: request.signal };
    let response: ChatResponse;
    try {
      response = await this.#calls.run(scope, () => this.client.chat(body));
    } catch (error) {
      throw mapOllamaError(error, {
        providerId: this.id,
        host: this.host,
        model: request.model,
        signal: request.signal,
        headers: scope.response?.headers,
      });
    }
    return fromChatResponse(response, request);
  }

  /**
   * Ollama runs models on the user's machine, except Ollama Cloud's: `*-cloud` and `*:cloud`
   * models the local server proxies (`gpt-oss:120b-cloud`), and every model at ollama.com.
   */
  isLocal(model: string): boolean {
    return !this.#cloudHost && !/[:-]cloud$/i.test(model.trim());
  }
}
