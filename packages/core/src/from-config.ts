// Builds a run and its clients from validated configuration: the one place config meets the pipeline.
import { resolve } from "node:path";
import type { OsmosisConfig } from "./config.js";
import { LLMClient } from "./llm-client.js";
import { createLogger, type Logger } from "./logger.js";
import { Prices } from "./prices.js";
import type { Provider } from "./provider.js";
import { RateLimiters } from "./rate-limiter.js";
import { type CacheStore, FileCacheStore } from "./response-cache.js";
import type { RetryPolicy } from "./retry.js";
import { Run } from "./run.js";

export interface RunFromConfigOptions {
  signal?: AbortSignal;
  logger?: Logger;
}

export function runFromConfig(config: OsmosisConfig, options: RunFromConfigOptions = {}): Run {
  const logger =
    options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const runOptions: ConstructorParameters<typeof Run>[0] = {
    logger,
    prices: new Prices(undefined, config.prices),
    limiters: new RateLimiters(
      { concurrency: config.concurrency, ...config.rateLimit },
      config.rateLimits,
    ),
  };
  if (options.signal) runOptions.signal = options.signal;
  if (config.runTimeout !== undefined) runOptions.deadlineMs = config.runTimeout * 1_000;
  if (config.budgetUsd !== undefined) runOptions.budgetUsd = config.budgetUsd;
  return new Run(runOptions);
}

/** The retry policy of a configuration, in milliseconds. */
export function retryPolicyFromConfig(config: OsmosisConfig): RetryPolicy {
  const r = config.retry;
  return {
    maxRetries: r.maxRetries,
    maxRateLimitRetries: r.maxRateLimitRetries,
    baseDelayMs: r.baseDelay * 1_000,
    maxDelayMs: r.maxDelay * 1_000,
    factor: r.factor,
    maxTotalMs: r.maxTotal * 1_000,
  };
}

export function clientFromConfig(
  config: OsmosisConfig,
  provider: Provider,
  run: Run,
  cwd: string = process.cwd(),
): LLMClient {
  const cache: CacheStore | false = config.cache
    ? new FileCacheStore(resolve(cwd, config.cache.dir))
    : false;
  return new LLMClient({
    provider,
    run,
    retry: retryPolicyFromConfig(config),
    timeoutMs: config.timeout * 1_000,
    cache,
  });
}
