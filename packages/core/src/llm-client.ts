// The path every provider call takes: cache → retry( budget → limiter → timeout → provider →
// usage ) → parse, validate, repair → log. Every request the vendor answers is recorded (tokens,
// cost) the moment it arrives, before its text is judged.
import { abortReason, linkSignals } from "./abort.js";
import {
  ContentFilterError,
  LLMCancelledError,
  LLMConfigError,
  LLMError,
  LLMRateLimitError,
  LLMResponseError,
  LLMTimeoutError,
} from "./errors.js";
import { truncate } from "./logger.js";
import type { GenerateRequest, GenerateResult, Message, Provider, Usage } from "./provider.js";
import { type CacheStore, cacheKey } from "./response-cache.js";
import {
  DEFAULT_RETRY_POLICY,
  type RetryEvent,
  type RetryPolicy,
  retriesOf,
  withRetry,
} from "./retry.js";
import type { Run } from "./run.js";
import {
  type AnswerProblem,
  repairPrompt as defaultRepairPrompt,
  readStructuredAnswer,
} from "./structured-output.js";

export const DEFAULT_TIMEOUT_MS = 120_000;

export interface LLMClientOptions {
  provider: Provider;
  run: Run;
  retry?: Partial<RetryPolicy>;
  /** Per-request timeout (default 120 s, the plan's). */
  timeoutMs?: number;
  /** Answers cache; `false` or unset disables it. */
  cache?: CacheStore | false;
  /**
   * Repair rounds for a structured answer that is not JSON or fails validation: the model is
   * told what was wrong and answers again (default 1). After them, an `LLMResponseError`.
   */
  maxRepairs?: number;
  /** The user message of a repair round (default: the problems, one per line, and what to send). */
  repairPrompt?: (problem: AnswerProblem & { kind: "invalid" }) => string;
  /** Random source in [0, 1) for back-off jitter; seeded in tests that must repeat exactly. */
  random?: () => number;
}

/** Per-call hooks, for a display that follows each piece of work. */
export interface GenerateOptions {
  /** Told before each retry: why (`rate_limit`, `server_error`, …) and how long it waits. */
  onRetry?: (event: RetryEvent) => void;
  /**
   * Aborted: send nothing more for this call (a request waiting for the limiter or for a retry
   * is dropped with an `LLMCancelledError`, verdict `stopped`), but let a request already out
   * land. A gentle stop (a first Ctrl-C); stopping the run cuts requests in flight too.
   */
  holdSignal?: AbortSignal;
}

export interface LLMResponse<T = unknown> {
  /** The final answer's text. */
  text: string;
  /** The parsed and validated answer, when `output` was asked for. */
  json?: T;
  /** Tokens billed for this call: every request it sent, retries and repairs included. */
  usage?: Usage;
  finishReason: GenerateResult["finishReason"];
  /** The model that answered. */
  model: string;
  requestId?: string;
  /** Served from the response cache: no request was sent. */
  cached: boolean;
  /** Attempts after the first, for failures. */
  retries: number;
  /** Repair rounds sent. */
  repairs: number;
  /** Requests sent to the vendor for this call (0 when cached). */
  requests: number;
  durationMs: number;
  /** USD for every request of this call; `undefined` when the price or a usage is unknown. */
  costUsd: number | undefined;
}

/** Rough token count (≈4 characters a token) for pacing and budget checks before a call. */
export function estimateInputTokens(request: GenerateRequest): number {
  let chars = request.system?.length ?? 0;
  for (const message of request.messages) chars += message.content.length + 16;
  if (request.output) chars += JSON.stringify(request.output.schema).length;
  return Math.ceil(chars / 4);
}

/** Output tokens assumed before a call when the request sets no cap. */
const ASSUMED_OUTPUT_TOKENS = 512;

/** Rejects with the abort reason as soon as `signal` fires, even if `promise` never settles. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** What one call has sent and been billed so far, across its attempts. */
class CallTally {
  /** `GenerateOptions.holdSignal`: no new request once aborted. */
  hold: AbortSignal | undefined;
  requests = 0;
  repairs = 0;
  usage: Usage | undefined;
  costUsd: number | undefined = 0;

  add(usage: Usage | undefined, cost: number | undefined, answered: boolean): void {
    this.requests += 1;
    if (usage) {
      this.usage ??= { inputTokens: 0, outputTokens: 0 };
      const u = this.usage;
      u.inputTokens += usage.inputTokens;
      u.outputTokens += usage.outputTokens;
      if (usage.cachedInputTokens !== undefined)
        u.cachedInputTokens = (u.cachedInputTokens ?? 0) + usage.cachedInputTokens;
      if (usage.cacheWriteInputTokens !== undefined)
        u.cacheWriteInputTokens = (u.cacheWriteInputTokens ?? 0) + usage.cacheWriteInputTokens;
    }
    if (!answered && !usage) return;
    this.costUsd =
      cost === undefined || this.costUsd === undefined ? undefined : this.costUsd + cost;
  }
}

export class LLMClient {
  readonly provider: Provider;
  readonly run: Run;
  readonly #policy: RetryPolicy;
  readonly #timeoutMs: number;
  readonly #cache: CacheStore | undefined;
  readonly #maxRepairs: number;
  readonly #repairPrompt: (problem: AnswerProblem & { kind: "invalid" }) => string;
  readonly #random: (() => number) | undefined;

  constructor(options: LLMClientOptions) {
    this.provider = options.provider;
    this.run = options.run;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#cache = options.cache || undefined;
    this.#maxRepairs = options.maxRepairs ?? 1;
    this.#repairPrompt = options.repairPrompt ?? defaultRepairPrompt;
    this.#random = options.random;
  }

  async generate<T = unknown>(
    request: GenerateRequest<T>,
    options: GenerateOptions = {},
  ): Promise<LLMResponse<T>> {
    const { run, provider } = this;
    const clock = run.clock;
    // A spent budget stops spending, not work: free answers from the cache are still served.
    if (run.stopped && run.stopped.reason !== "budget") throw run.stopped.error;
    const log = run.logger;
    const started = clock.now();
    const key = this.#cache ? cacheKey(provider.id, request) : undefined;
    if (key && this.#cache) {
      const hit = await this.#cache.get(key);
      const read = hit && request.output ? readStructuredAnswer(hit, request.output) : undefined;
      if (hit && (!read || read.ok)) {
        run.usage.recordCall({
          provider: provider.id,
          model: request.model,
          outcome: "cached",
          retries: 0,
          durationMs: 0,
        });
        log.debug("cache hit", { provider: provider.id, model: request.model });
        const response: LLMResponse<T> = {
          ...hit,
          cached: true,
          retries: 0,
          repairs: 0,
          requests: 0,
          durationMs: clock.now() - started,
          costUsd: 0,
        };
        if (read?.ok) response.json = read.value as T;
        return response;
      }
    }
    run.throwIfStopped();
    if (log.isEnabled("trace")) {
      log.trace("request", {
        provider: provider.id,
        model: request.model,
        system: truncate(request.system ?? ""),
        messages: truncate(JSON.stringify(request.messages)),
      });
    }

    const tally = new CallTally();
    tally.hold = options.holdSignal;
    // Waits between retries end on the run's stop and on the hold.
    const waits = options.holdSignal ? linkSignals([run.signal, options.holdSignal]) : undefined;
    try {
      if (options.holdSignal?.aborted) throw notSent();
      const { value, retries } = await withRetry(async () => this.#answer(request, tally), {
        policy: this.#policy,
        signal: waits?.signal ?? run.signal,
        clock,
        ...(this.#random ? { random: this.#random } : {}),
        // A structured answer that still fails after its repair rounds is not sent again here:
        // its verdict (`requeue`) lets the caller come back to it later.
        shouldRetry: (error) => !LLMResponseError.isInstance(error),
        onRetry: ({ retry, delayMs, reason, error }) => {
          const fields = {
            provider: provider.id,
            model: request.model,
            retry,
            delayMs: Math.round(delayMs),
            reason,
            error: error instanceof Error ? error.message : String(error),
          };
          if (reason === "rate_limit") log.info("rate limited; retrying", fields);
          else log.warn("call failed; retrying", fields);
          options.onRetry?.({ retry, delayMs, reason, error });
        },
      });
      const { result } = value;
      const durationMs = clock.now() - started;
      run.usage.recordCall({
        provider: provider.id,
        model: request.model,
        outcome: "answered",
        retries,
        durationMs,
      });
      log.debug("call", {
        provider: provider.id,
        model: request.model,
        answeredBy: result.model,
        durationMs,
        requests: tally.requests,
        inputTokens: tally.usage?.inputTokens,
        cachedInputTokens: tally.usage?.cachedInputTokens,
        outputTokens: tally.usage?.outputTokens,
        retries,
        repairs: tally.repairs,
        finishReason: result.finishReason,
      });
      if (log.isEnabled("trace"))
        log.trace("response", { provider: provider.id, text: truncate(result.text) });
      if (key && this.#cache && result.finishReason === "stop") {
        const { text, usage, finishReason, model } = result;
        const entry = usage ? { text, usage, finishReason, model } : { text, finishReason, model };
        await this.#cache
          .set(key, entry)
          .catch((error: unknown) =>
            log.warn("could not write the response cache; going on without it", { error }),
          );
      }
      const response: LLMResponse<T> = {
        text: result.text,
        finishReason: result.finishReason,
        model: result.model,
        cached: false,
        retries,
        repairs: tally.repairs,
        requests: tally.requests,
        durationMs,
        costUsd: tally.costUsd,
      };
      if (tally.usage) response.usage = tally.usage;
      if (result.requestId !== undefined) response.requestId = result.requestId;
      if (request.output) response.json = value.value as T;
      return response;
    } catch (caught) {
      // A wait cut by the hold (not by the run's own stop) is a call not sent, not a failure.
      const error =
        options.holdSignal?.aborted && !run.signal.aborted && !isAnswerError(caught)
          ? notSent(caught)
          : caught;
      const retries = retriesOf(error);
      run.usage.recordCall({
        provider: provider.id,
        model: request.model,
        outcome: "failed",
        retries,
        durationMs: clock.now() - started,
      });
      log.warn("call failed", {
        provider: provider.id,
        model: request.model,
        retries,
        repairs: tally.repairs,
        code: LLMError.isInstance(error) ? error.code : undefined,
        verdict: LLMError.isInstance(error) ? error.verdict : undefined,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    } finally {
      waits?.dispose();
    }
  }

  /**
   * One attempt: the request, then for a structured answer that will not do, up to `maxRepairs`
   * rounds telling the model what was wrong. Throws what the caller (or the retry) acts on.
   */
  async #answer(
    request: GenerateRequest,
    tally: CallTally,
  ): Promise<{ result: GenerateResult; value: unknown }> {
    let current = request;
    let result = await this.#send(current, tally, false);
    const output = request.output;
    if (!output) {
      if (result.finishReason === "content_filter" || result.refusal !== undefined) {
        throw this.#refusal(result, tally);
      }
      return { result, value: undefined };
    }
    for (let repairs = 0; ; repairs++) {
      const read = readStructuredAnswer(result, output);
      if (read.ok) return { result, value: read.value };
      const { problem } = read;
      if (problem.kind === "refused") throw this.#refusal(result, tally);
      if (problem.kind === "cut_off") {
        throw new LLMResponseError(`${this.provider.id}: ${problem.message}.`, {
          provider: this.provider.id,
          requestId: result.requestId,
          output: result.text,
          usage: tally.usage,
          hint: "Raise maxOutputTokens, or send fewer columns per call.",
        });
      }
      if (repairs >= this.#maxRepairs) {
        throw new LLMResponseError(`${this.provider.id}: ${problem.message}.`, {
          provider: this.provider.id,
          requestId: result.requestId,
          output: result.text,
          usage: tally.usage,
          retryable: true,
          hint:
            this.#maxRepairs > 0
              ? `Still wrong after ${this.#maxRepairs} repair round${this.#maxRepairs > 1 ? "s" : ""}; the work can be asked again later, or with a model that supports structured output.`
              : "The work can be asked again later, or with a model that supports structured output.",
        });
      }
      this.run.logger.info("answer not usable; asking for a repair", {
        provider: this.provider.id,
        model: request.model,
        problem: problem.message,
      });
      const messages: Message[] = [
        ...current.messages,
        { role: "assistant", content: result.text },
        { role: "user", content: this.#repairPrompt(problem) },
      ];
      current = { ...current, messages };
      tally.repairs += 1;
      result = await this.#send(current, tally, true);
    }
  }

  #refusal(result: GenerateResult, tally: CallTally): ContentFilterError {
    return new ContentFilterError(
      result.refusal
        ? `${this.provider.id}: the model declined: ${result.refusal}`
        : `${this.provider.id}: the answer was blocked by the vendor's content filter.`,
      {
        provider: this.provider.id,
        requestId: result.requestId,
        usage: tally.usage,
        hint: "Rephrase the prompt or pick another model.",
      },
    );
  }

  /** One request to the vendor: budget, limiter, timeout; its usage recorded whatever happens next. */
  async #send(
    request: GenerateRequest,
    tally: CallTally,
    repair: boolean,
  ): Promise<GenerateResult> {
    const { run, provider } = this;
    const clock = run.clock;
    const local = provider.isLocal?.(request.model) ?? false;
    const inputEstimate = estimateInputTokens(request);
    const outputEstimate = request.maxOutputTokens ?? ASSUMED_OUTPUT_TOKENS;
    // Every request is paid for, so every request (retries and repairs too) is reserved against the budget.
    const reserved = this.#reserveBudget(request.model, inputEstimate, outputEstimate, local);
    const record = (answered: boolean, result?: GenerateResult, error?: unknown) => {
      const usage = result?.usage ?? (LLMError.isInstance(error) ? error.usage : undefined);
      const cost = run.usage.recordAttempt({
        provider: provider.id,
        model: request.model,
        answeredBy: result?.model,
        local,
        answered,
        usage,
        rateLimited: LLMRateLimitError.isInstance(error),
        repair,
      });
      tally.add(usage, cost, answered);
    };
    try {
      const limiter = run.limiters.for(provider.id, request.model);
      const waiting = tally.hold ? linkSignals([run.signal, tally.hold]) : undefined;
      let permit: Awaited<ReturnType<typeof limiter.acquire>>;
      try {
        permit = await limiter.acquire(
          inputEstimate + outputEstimate,
          waiting?.signal ?? run.signal,
        );
      } finally {
        waiting?.dispose();
      }
      if (tally.hold?.aborted && !run.signal.aborted) {
        permit.release({});
        throw notSent();
      }
      const timeout = new AbortController();
      const timer = clock.setTimer(() => timeout.abort(), this.#timeoutMs);
      const linked = linkSignals([run.signal, timeout.signal]);
      try {
        const result = await raceAbort(
          provider.generate({ ...request, signal: linked.signal }),
          linked.signal,
        );
        record(true, result);
        permit.release({
          answered: true,
          rateLimit: result.rateLimit,
          // Vendors charge the output cap against tokens-per-minute when the call is admitted.
          tokens: result.usage
            ? result.usage.inputTokens +
              Math.max(result.usage.outputTokens, request.maxOutputTokens ?? 0)
            : undefined,
        });
        return result;
      } catch (raw) {
        const error = this.#classify(raw, timeout.signal, request.model);
        record(false, undefined, error);
        permit.release({
          rateLimited: LLMRateLimitError.isInstance(error)
            ? { retryAfterMs: error.retryAfterMs }
            : undefined,
          rateLimit: LLMRateLimitError.isInstance(error) ? error.rateLimit : undefined,
        });
        throw error;
      } finally {
        clock.clearTimer(timer);
        linked.dispose();
      }
    } finally {
      run.settle(reserved);
    }
  }

  #reserveBudget(model: string, inputTokens: number, outputTokens: number, local: boolean): number {
    if (this.run.budgetUsd === undefined) return 0;
    const estimate = this.run.usage.prices.cost(
      this.provider.id,
      model,
      { inputTokens, outputTokens },
      { local },
    );
    if (estimate === undefined) {
      throw new LLMConfigError(
        `A budget is set, but the price of ${this.provider.id}/${model} is unknown.`,
        {
          field: "prices",
          hint: `Add it under \`prices\` in osmosis.config.ts, e.g. prices: { "${model}": { input: 0.15, output: 0.6 } } (USD per million tokens), or remove the budget.`,
        },
      );
    }
    return this.run.reserve(estimate);
  }

  /** Turns an abort into the error it stands for: the run's stop reason, or a timeout of this request. */
  #classify(error: unknown, timeout: AbortSignal, model: string): unknown {
    if (this.run.signal.aborted) return abortReason(this.run.signal);
    if (timeout.aborted) {
      return new LLMTimeoutError(
        `${this.provider.id}/${model} did not answer within ${this.#timeoutMs / 1000} s.`,
        {
          provider: this.provider.id,
          cause: error,
          hint: "osmosis retries it; raise `timeout` (or OSMOSIS_LLM_TIMEOUT) for slow models.",
        },
      );
    }
    return error;
  }
}

/** A call dropped by `holdSignal` before its next request went out. */
function notSent(cause?: unknown): LLMCancelledError {
  return new LLMCancelledError("Not sent: the run is stopping.", {
    cause,
    hint: "Nothing more is sent; answers already received are kept.",
  });
}

/** An error that came from an answer (a vendor's refusal, a bad answer), not from a dropped wait. */
function isAnswerError(error: unknown): boolean {
  return LLMError.isInstance(error) && error.code !== "cancelled";
}
