// A scripted Provider for tests: queued or computed replies, latency that honours AbortSignal, recorded calls.
import {
  type FinishReason,
  type GenerateRequest,
  type GenerateResult,
  LLMCancelledError,
  LLMError,
  type Provider,
  type ProviderCapabilities,
  parseWith,
  type RateLimitState,
  type Usage,
} from "@osmosis/core";
import { z } from "zod";
import { estimatePromptTokens, estimateTextTokens } from "./token-estimate.js";

/** What a reply may set besides its content. */
export interface MockReplyOptions {
  /** Milliseconds before the reply arrives; overrides the provider's `latencyMs`. */
  latencyMs?: number;
  /** Reported usage; default estimated at ~4 characters a token (see README). */
  usage?: Usage;
  finishReason?: FinishReason;
  /** Model reported as answering; default the requested one. */
  model?: string;
  rateLimit?: RateLimitState;
  requestId?: string;
  /**
   * The model's or the vendor's reason for declining; `finishReason` then defaults to
   * `content_filter`, as a provider reports a refusal.
   */
  refusal?: string;
}

/**
 * One scripted answer: a string (the text), an `Error` (thrown, e.g. `new LLMRateLimitError(…)`),
 * `{ text }`, `{ json }` (a value sent as its JSON text, unless `text` is given), `{ refusal }`
 * (a declined answer, text empty by default) or `{ error }`, with options. Like a real provider,
 * the mock returns text only: `LLMClient` parses it.
 */
export type MockReply =
  | string
  | Error
  | ({ text: string; json?: never; error?: never } & MockReplyOptions)
  | ({ json: unknown; text?: string; error?: never } & MockReplyOptions)
  | ({ refusal: string; text?: string; json?: never; error?: never } & MockReplyOptions)
  | { error: Error; latencyMs?: number; text?: never; json?: never };

/** Computes the reply for a call; `callIndex` counts from 0 over all calls. */
export type MockResponder = (
  request: GenerateRequest,
  callIndex: number,
) => MockReply | Promise<MockReply>;

export interface MockProviderOptions {
  /** Provider id (default `mock`). */
  id?: string;
  /** Overrides of the default capabilities (all true except `cachedInputUsage` and `rateLimitHeaders`). */
  capabilities?: Partial<ProviderCapabilities>;
  /** Replies used in order, one per call. */
  replies?: MockReply[];
  /** Answers calls once `replies` is used up (or from the start, without `replies`). */
  respond?: MockResponder;
  /** Default latency in milliseconds: fixed or per call. */
  latencyMs?: number | ((request: GenerateRequest, callIndex: number) => number);
  /** With no reply left and no `respond`: throw (default) or repeat the last reply. */
  whenExhausted?: "throw" | "repeat-last";
}

export interface MockCall {
  /** 0-based position among all calls. */
  index: number;
  /** The request as received, without its `signal`. */
  request: Omit<GenerateRequest, "signal">;
  /** `Date.now()` when the call started and settled (`undefined` while in flight). */
  startedAt: number;
  endedAt: number | undefined;
  result: GenerateResult | undefined;
  error: unknown;
}

const isFunction = (v: unknown) => typeof v === "function";

const Options = z.object({
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]{0,63}$/,
      "use lower-case letters, digits and dashes, starting with a letter",
    )
    .optional(),
  capabilities: z
    .object({
      jsonSchema: z.boolean(),
      jsonMode: z.boolean(),
      usage: z.boolean(),
      cachedInputUsage: z.boolean(),
      rateLimitHeaders: z.boolean(),
    })
    .partial()
    .optional(),
  replies: z.array(z.unknown()).optional(),
  respond: z.custom<MockResponder>(isFunction, "expected a function").optional(),
  latencyMs: z
    .union([
      z.number().min(0),
      z.custom<(request: GenerateRequest, callIndex: number) => number>(
        isFunction,
        "expected a function",
      ),
    ])
    .optional(),
  whenExhausted: z.enum(["throw", "repeat-last"]).optional(),
});

const DEFAULT_CAPABILITIES: ProviderCapabilities = {
  jsonSchema: true,
  jsonMode: true,
  usage: true,
  cachedInputUsage: false,
  rateLimitHeaders: false,
};

function cancelled(providerId: string, signal: AbortSignal): LLMCancelledError {
  return new LLMCancelledError(`The call to provider "${providerId}" was cancelled.`, {
    provider: providerId,
    cause: signal.reason,
  });
}

/** Resolves after `ms`, or rejects with `LLMCancelledError` as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined, providerId: string): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelled(providerId, signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled(providerId, signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * A `Provider` whose answers are scripted. Replies come from `replies` in order, then from
 * `respond`; each call is recorded in `calls`.
 *
 * ```ts
 * const provider = new MockProvider({ replies: [{ json: { ok: true } }, new ServerError("down")] });
 * ```
 */
export class MockProvider implements Provider {
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  /** Every call, in the order they started. */
  readonly calls: MockCall[] = [];
  private readonly queue: MockReply[];
  private readonly respond: MockResponder | undefined;
  private readonly latencyMs: MockProviderOptions["latencyMs"];
  private readonly whenExhausted: "throw" | "repeat-last";
  private lastReply: MockReply | undefined;
  private consumed = 0;
  private active = 0;
  private peak = 0;
  private closedFlag = false;

  constructor(options: MockProviderOptions = {}) {
    const config = parseWith(Options, options, { prefix: "MockProvider options" });
    this.id = config.id ?? "mock";
    this.capabilities = Object.freeze({ ...DEFAULT_CAPABILITIES, ...config.capabilities });
    this.queue = [...(options.replies ?? [])];
    this.respond = config.respond;
    this.latencyMs = config.latencyMs;
    this.whenExhausted = config.whenExhausted ?? "throw";
  }

  /** Appends replies to the queue. */
  enqueue(...replies: MockReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  /** Replies still queued. */
  get pendingReplies(): number {
    return this.queue.length;
  }

  /** Calls in flight now. */
  get inFlight(): number {
    return this.active;
  }

  /** Most calls ever in flight at once, to check a caller's concurrency limit. */
  get maxInFlight(): number {
    return this.peak;
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.closedFlag;
  }

  async close(): Promise<void> {
    this.closedFlag = true;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const { signal, ...rest } = request;
    const call: MockCall = {
      index: this.calls.length,
      request: rest,
      startedAt: Date.now(),
      endedAt: undefined,
      result: undefined,
      error: undefined,
    };
    this.calls.push(call);
    this.active++;
    this.peak = Math.max(this.peak, this.active);
    try {
      call.result = await this.answer(request, call.index);
      return call.result;
    } catch (error) {
      call.error = error;
      throw error;
    } finally {
      call.endedAt = Date.now();
      this.active--;
    }
  }

  private async nextReply(request: GenerateRequest, index: number): Promise<MockReply> {
    const queued = this.queue.shift();
    if (queued !== undefined) {
      this.consumed++;
      return queued;
    }
    if (this.respond) return this.respond(request, index);
    if (this.whenExhausted === "repeat-last" && this.lastReply !== undefined) return this.lastReply;
    throw new LLMError(
      `MockProvider "${this.id}" has no reply for call #${index + 1} (model "${request.model}"): its ${this.consumed} scripted ${this.consumed === 1 ? "reply was" : "replies were"} used up.`,
      {
        provider: this.id,
        hint: 'Queue more with `replies`/`enqueue()`, pass `respond`, or set `whenExhausted: "repeat-last"`.',
      },
    );
  }

  private async answer(request: GenerateRequest, index: number): Promise<GenerateResult> {
    const { signal } = request;
    if (signal?.aborted) throw cancelled(this.id, signal);
    const reply = await this.nextReply(request, index);
    this.lastReply = reply;

    const own =
      typeof reply === "object" && !(reply instanceof Error) ? reply.latencyMs : undefined;
    const fallback =
      typeof this.latencyMs === "function" ? this.latencyMs(request, index) : this.latencyMs;
    await sleep(own ?? fallback ?? 0, signal, this.id);

    if (reply instanceof Error) throw reply;
    if (typeof reply === "string") return this.result(request, index, reply, {});
    if (reply.error !== undefined) throw reply.error;
    const text =
      "json" in reply ? (reply.text ?? JSON.stringify(reply.json) ?? "") : (reply.text ?? "");
    return this.result(request, index, text, reply);
  }

  private result(
    request: GenerateRequest,
    index: number,
    text: string,
    options: MockReplyOptions,
  ): GenerateResult {
    const result: GenerateResult = {
      text,
      finishReason: options.finishReason ?? (options.refusal ? "content_filter" : "stop"),
      model: options.model ?? request.model,
      requestId: options.requestId ?? `mock-${index + 1}`,
    };
    if (options.refusal !== undefined) result.refusal = options.refusal;
    const usage =
      options.usage ?? (this.capabilities.usage ? estimateUsage(request, text) : undefined);
    if (usage) result.usage = usage;
    if (options.rateLimit) result.rateLimit = options.rateLimit;
    return result;
  }
}

/** The usage the fake OpenAI server would report for the same prompt and answer. */
function estimateUsage(request: GenerateRequest, text: string): Usage {
  const messages = request.system
    ? [{ content: request.system }, ...request.messages]
    : request.messages;
  return { inputTokens: estimatePromptTokens(messages), outputTokens: estimateTextTokens(text) };
}
