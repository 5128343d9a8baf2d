// The provider contract: what osmosis sends to a model and what a provider must give back.

/** A JSON Schema document (draft 2020-12 subset the vendors accept for structured output). */
export type JsonSchema = { [key: string]: unknown };

export type Role = "system" | "user" | "assistant";

export interface Message {
  role: Role;
  content: string;
}

/** Ask for output matching a JSON Schema; providers use the vendor's native way where it has one. */
export interface StructuredOutput {
  /** Schema name sent to vendors that want one (`^[a-zA-Z0-9_-]{1,64}$`). */
  name: string;
  schema: JsonSchema;
  description?: string;
  /** Vendor-side strict validation where supported (default true). */
  strict?: boolean;
}

export interface GenerateRequest {
  /** Model id (Azure: deployment name). */
  model: string;
  /** System instructions; sent the vendor's way (system message, `system` field, `systemInstruction`). */
  system?: string;
  /** Conversation, usually one user message. */
  messages: Message[];
  temperature?: number;
  maxOutputTokens?: number;
  /** When set, the answer's JSON is parsed into `GenerateResult.json`. */
  output?: StructuredOutput;
  /** Aborts the call: timeouts, run deadlines, Ctrl-C. Providers must pass it to the SDK. */
  signal?: AbortSignal;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens served from the vendor's prompt cache, where reported (part of `inputTokens`). */
  cachedInputTokens?: number;
}

export type FinishReason = "stop" | "length" | "content_filter" | "tool_calls" | "error" | "other";

/** What the vendor said about its limits on this response (from `x-ratelimit-*` and similar headers). */
export interface RateLimitState {
  limitRequests?: number;
  remainingRequests?: number;
  /** Milliseconds until the request budget is fully restored. */
  resetRequestsMs?: number;
  limitTokens?: number;
  remainingTokens?: number;
  resetTokensMs?: number;
}

export interface GenerateResult {
  /** The raw text of the answer (for structured output, the JSON text). */
  text: string;
  /** Parsed JSON when `output` was requested. */
  json?: unknown;
  /** Token counts, when the vendor reports them (see `capabilities.usage`). */
  usage?: Usage;
  finishReason: FinishReason;
  /** The model that answered (vendors may resolve aliases to dated versions). */
  model: string;
  rateLimit?: RateLimitState;
  /** Vendor request id, for support tickets and logs. */
  requestId?: string;
}

export interface ProviderCapabilities {
  /** Native JSON Schema constrained output. */
  jsonSchema: boolean;
  /** A JSON mode without schema (valid JSON guaranteed, shape not). */
  jsonMode: boolean;
  /** Token usage reported on each response. */
  usage: boolean;
  /** Cached input tokens reported separately. */
  cachedInputUsage: boolean;
  /** Rate-limit state reported in headers. */
  rateLimitHeaders: boolean;
}

export interface Provider {
  /** Provider id, as written in configuration (`openai`, `anthropic`, …). */
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  /** Model used when configuration names none (from the plugin's options or env, e.g. OPENAI_MODEL). */
  readonly defaultModel?: string;
  /**
   * One call to the model, with no retries of its own (core retries). Must throw errors of the
   * core hierarchy (`errorFromHttpStatus` helps) and honour `request.signal`.
   */
  generate(request: GenerateRequest): Promise<GenerateResult>;
  /** Releases sockets and other resources; optional. */
  close?(): Promise<void>;
}
