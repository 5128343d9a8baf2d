// The provider contract: what osmosis sends to a model and what a provider must give back.

/** A JSON Schema document (draft 2020-12 subset the vendors accept for structured output). */
export type JsonSchema = { [key: string]: unknown };

export type Role = "system" | "user" | "assistant";

export interface Message {
  role: Role;
  content: string;
}

/** What a check of a parsed answer found: the value to use, or what is wrong with it. */
export type OutputValidation<T = unknown> =
  | { success: true; value: T }
  | {
      success: false;
      /** One line per problem, as the model should read them in a repair round (`columns.amount: required`). */
      issues: string[];
    };

/** Ask for output matching a JSON Schema; providers use the vendor's native way where it has one. */
export interface StructuredOutput<T = unknown> {
  /** Schema name sent to vendors that want one (`^[a-zA-Z0-9_-]{1,64}$`). */
  name: string;
  schema: JsonSchema;
  description?: string;
  /** Vendor-side strict validation where supported (default true). */
  strict?: boolean;
  /**
   * Checks the parsed answer in the client (providers ignore it). `structuredOutput(name, zodSchema)`
   * builds `schema` and `validate` from one zod schema. Unset: any JSON value is accepted.
   */
  validate?: (value: unknown) => OutputValidation<T>;
}

export interface GenerateRequest<T = unknown> {
  /** Model id (Azure: deployment name). */
  model: string;
  /** System instructions; sent the vendor's way (system message, `system` field, `systemInstruction`). */
  system?: string;
  /**
   * The system prompt is repeated byte for byte across the run's calls, and nothing sent before
   * it varies (no per-call schema or tool): a vendor with explicit prompt caching (Anthropic)
   * marks it cacheable. Vendors that cache repeated prefixes on their own need no mark. Leave it
   * unset when a per-call schema precedes the system prompt: the cache would be written on every
   * call (Anthropic bills writes at 1.25×) and never read.
   */
  cacheSystem?: boolean;
  /** Conversation, usually one user message. */
  messages: Message[];
  temperature?: number;
  maxOutputTokens?: number;
  /** Structured output: the client parses the answer's JSON and validates it (`LLMResponse.json`). */
  output?: StructuredOutput<T>;
  /** Aborts the call: timeouts, run deadlines, Ctrl-C. Providers must pass it to the SDK. */
  signal?: AbortSignal;
}

/** Tokens one answer was billed for, as the vendor counted them. */
export interface Usage {
  /** The whole prompt, cache reads and writes included. */
  inputTokens: number;
  /** Everything generated, reasoning ("thinking") tokens included. */
  outputTokens: number;
  /** Input tokens served from the vendor's prompt cache, where reported (part of `inputTokens`). */
  cachedInputTokens?: number;
  /** Input tokens written to the vendor's prompt cache (Anthropic bills them apart; part of `inputTokens`). */
  cacheWriteInputTokens?: number;
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

/**
 * What the vendor answered, unparsed: a provider maps the answer and never throws once it has one,
 * so the client records its usage before it judges the text (a bad answer is billed too).
 */
export interface GenerateResult {
  /**
   * The answer's text. For structured output the JSON text, as the vendor sent it (a forced
   * tool's input is serialised with `JSON.stringify`); the client parses and validates it.
   */
  text: string;
  /** Token counts, when the vendor reports them (see `capabilities.usage`). */
  usage?: Usage;
  /** `content_filter` with `refusal` when the model declined or the vendor blocked the answer. */
  finishReason: FinishReason;
  /** The model's or the vendor's reason for declining (OpenAI's `refusal`, a block reason), if any. */
  refusal?: string;
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
   * One call to the model, with no retries of its own (core retries). Returns whatever the vendor
   * answered (text, usage, finish reason, refusal); throws only when there is no answer: errors
   * of the core hierarchy (`errorFromHttpStatus` helps). Must honour `request.signal`.
   */
  generate(request: GenerateRequest): Promise<GenerateResult>;
  /**
   * True when `model` runs on the user's own machine, so its calls cost nothing (Ollama and LM
   * Studio, but not Ollama Cloud's `*-cloud` models). Unset: every model is billed.
   */
  isLocal?(model: string): boolean;
  /** Releases sockets and other resources; optional. */
  close?(): Promise<void>;
}
