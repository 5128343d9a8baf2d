// The path every provider call takes: cache → budget → retry(limiter → timeout → provider) → usage, log.
import { abortReason, anySignal } from "./abort.js";
import { LLMConfigError, LLMError, LLMRateLimitError, LLMTimeoutError } from "./errors.js";
import { truncate } from "./logger.js";
import type { GenerateRequest, GenerateResult, Provider } from "./provider.js";
import { type CacheStore, cacheKey } from "./response-cache.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retriesOf, withRetry } from "./retry.js";
import type { Run } from "./run.js";

export const DEFAULT_TIMEOUT_MS = 120_000;

export interface LLMClientOptions {
  provider: Provider;
  run: Run;
  retry?: Partial<RetryPolicy>;
  /** Per-attempt timeout (default 120 s, the plan's). */
  timeoutMs?: number;
  /** Answers cache; `false` or unset disables it. */
  cache?: CacheStore | false;
}

export interface LLMResponse extends GenerateResult {
  /** Served from the response cache: no call was made. */
  cached: boolean;
  retries: number;
  durationMs: number;
  /** USD, `undefined` when the model's price is unknown. */
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

export class LLMClient {
  readonly provider: Provider;
  readonly run: Run;
  readonly #policy: RetryPolicy;
  readonly #timeoutMs: number;
  readonly #cache: CacheStore | undefined;

  constructor(options: LLMClientOptions) {
    this.provider = options.provider;
    this.run = options.run;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#cache = options.cache || undefined;
  }

  async generate(request: GenerateRequest): Promise<LLMResponse> {
    const { run, provider } = this;
    run.throwIfStopped();
    const log = run.logger;
    const started = Date.now();
    const key = this.#cache ? cacheKey(provider.id, request) : undefined;
    if (key && this.#cache) {
      const hit = await this.#cache.get(key);
      if (hit) {
        run.usage.record({
          provider: provider.id,
          model: request.model,
          retries: 0,
          durationMs: 0,
          cached: true,
        });
        log.debug("cache hit", { provider: provider.id, model: request.model });
        return { ...hit, cached: true, retries: 0, durationMs: Date.now() - started, costUsd: 0 };
      }
    }

    const inputEstimate = estimateInputTokens(request);
    const outputEstimate = request.maxOutputTokens ?? ASSUMED_OUTPUT_TOKENS;
    const reserved = this.#reserveBudget(request.model, inputEstimate, outputEstimate);
    const limiter = run.limiters.for(provider.id, request.model);
    if (log.isEnabled("trace")) {
      log.trace("request", {
        provider: provider.id,
        model: request.model,
        system: truncate(request.system ?? ""),
        messages: truncate(JSON.stringify(request.messages)),
      });
    }

    try {
      const { value: result, retries } = await withRetry(
        async () => {
          const permit = await limiter.acquire(inputEstimate + outputEstimate, run.signal);
          const timeout = AbortSignal.timeout(this.#timeoutMs);
          const signal = anySignal([run.signal, timeout]);
          try {
            const result = await raceAbort(provider.generate({ ...request, signal }), signal);
            permit.release({
              rateLimit: result.rateLimit,
              // Vendors charge the output cap against tokens-per-minute when the call is admitted.
              tokens: result.usage
                ? result.usage.inputTokens +
                  Math.max(result.usage.outputTokens, request.maxOutputTokens ?? 0)
                : undefined,
            });
            return result;
          } catch (raw) {
            const error = this.#classify(raw, timeout, request.model);
            permit.release({
              rateLimited: LLMRateLimitError.isInstance(error)
                ? { retryAfterMs: error.retryAfterMs }
                : undefined,
              rateLimit: LLMRateLimitError.isInstance(error) ? error.rateLimit : undefined,
            });
            throw error;
          }
        },
        {
          policy: this.#policy,
          signal: run.signal,
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
          },
        },
      );
      const durationMs = Date.now() - started;
      const costUsd = run.usage.record({
        provider: provider.id,
        model: request.model,
        usage: result.usage,
        retries,
        durationMs,
      });
      log.debug("call", {
        provider: provider.id,
        model: request.model,
        answeredBy: result.model,
        durationMs,
        inputTokens: result.usage?.inputTokens,
        cachedInputTokens: result.usage?.cachedInputTokens,
        outputTokens: result.usage?.outputTokens,
        retries,
        finishReason: result.finishReason,
      });
      if (log.isEnabled("trace"))
        log.trace("response", { provider: provider.id, text: truncate(result.text) });
      if (key && this.#cache && result.finishReason === "stop") {
        const { text, json, usage, finishReason, model } = result;
        await this.#cache
          .set(key, { text, json, usage, finishReason, model })
          .catch((error: unknown) =>
            log.warn("could not write the response cache; going on without it", { error }),
          );
      }
      return { ...result, cached: false, retries, durationMs, costUsd };
    } catch (error) {
      const retries = retriesOf(error);
      run.usage.record({
        provider: provider.id,
        model: request.model,
        retries,
        durationMs: Date.now() - started,
        failed: true,
      });
      log.warn("call failed", {
        provider: provider.id,
        model: request.model,
        retries,
        code: LLMError.isInstance(error) ? error.code : undefined,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    } finally {
      run.settle(reserved);
    }
  }

  #reserveBudget(model: string, inputTokens: number, outputTokens: number): number {
    if (this.run.budgetUsd === undefined) return 0;
    const estimate = this.run.usage.prices.cost(this.provider.id, model, {
      inputTokens,
      outputTokens,
    });
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

  /** Turns an abort into the error it stands for: the run's stop reason, or a timeout of this attempt. */
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
