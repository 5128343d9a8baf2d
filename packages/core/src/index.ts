export { abortReason, type LinkedSignal, linkSignals, sleep } from "./abort.js";
export { type Clock, systemClock } from "./clock.js";
export {
  configFromEnv,
  defineConfig,
  type OsmosisConfig,
  type OsmosisConfigInput,
  OsmosisConfigSchema,
  parseConfig,
} from "./config.js";
export {
  AuthenticationError,
  BudgetExceededError,
  ContentFilterError,
  ContextLengthError,
  type ErrorCode,
  errorFromHttpStatus,
  type HttpErrorDetails,
  InvalidRequestError,
  isRetryable,
  LLMAPIError,
  LLMCancelledError,
  LLMConfigError,
  LLMConnectionError,
  LLMError,
  type LLMErrorOptions,
  LLMRateLimitError,
  LLMResponseError,
  LLMTimeoutError,
  NotFoundError,
  PermissionDeniedError,
  ProviderNotFoundError,
  QuotaExhaustedError,
  ServerError,
  type Verdict,
  verdictOf,
} from "./errors.js";
export {
  clientFromConfig,
  type RunFromConfigOptions,
  retryPolicyFromConfig,
  runFromConfig,
} from "./from-config.js";
export { extractJson, extractJsonCandidates, JsonExtractionError } from "./json-extraction.js";
export {
  DEFAULT_TIMEOUT_MS,
  estimateInputTokens,
  type GenerateOptions,
  LLMClient,
  type LLMClientOptions,
  type LLMResponse,
} from "./llm-client.js";
export {
  createLogger,
  LOG_LEVELS,
  type LogFields,
  type Logger,
  type LoggerOptions,
  type LogLevel,
  silentLogger,
  truncate,
} from "./logger.js";
export {
  definePlugin,
  defineProvider,
  type Env,
  isProviderPlugin,
  type PluginContext,
  type ProviderDefinition,
  type ProviderPlugin,
} from "./plugin.js";
export {
  costOf,
  DEFAULT_PRICES,
  type ModelPrice,
  ModelPriceSchema,
  type PricedTokens,
  Prices,
  type PriceTable,
  PriceTableSchema,
} from "./prices.js";
export { closeEnough, closest, editDistance } from "./prompts/closest.js";
export { envTemplateVariable, PROMPT_FILE_VARIABLE } from "./prompts/env.js";
export { describeVariables, type PromptJob } from "./prompts/jobs.js";
export { PROMPT_LEVELS, type PromptLevel, type PromptOrigin } from "./prompts/layer.js";
export { type LoadPromptsOptions, loadPrompts } from "./prompts/loader.js";
export type { PromptFileInput, PromptParts, ScopeMatch } from "./prompts/prompt-file.js";
export { type PromptScope, PromptSet, type ResolvedPrompt } from "./prompts/prompt-set.js";
export { matchesScope, type ScopeTests } from "./prompts/scope-match.js";
export type {
  FinishReason,
  GenerateRequest,
  GenerateResult,
  JsonSchema,
  Message,
  OutputValidation,
  Provider,
  ProviderCapabilities,
  RateLimitState,
  Role,
  StructuredOutput,
  Usage,
} from "./provider.js";
export {
  type HeaderBag,
  parseOpenAIDuration,
  rateLimitFromHeaders,
  retryAfterFromHeaders,
} from "./rate-limit-headers.js";
export {
  type CallOutcome,
  type Permit,
  RateLimiter,
  type RateLimiterOptions,
  type RateLimiterStats,
  RateLimiters,
  type RateLimits,
} from "./rate-limiter.js";
export { redactSecrets } from "./redact.js";
export {
  type CreateProviderOptions,
  canonicalProviderId,
  importFromProject,
  KNOWN_PROVIDERS,
  type PackageImporter,
  PROVIDER_ALIASES,
  ProviderRegistry,
  pluginOptionsInput,
} from "./registry.js";
export {
  type CachedAnswer,
  type CacheStore,
  cacheKey,
  FileCacheStore,
  MemoryCacheStore,
} from "./response-cache.js";
export {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  type RetryEvent,
  type RetryOptions,
  type RetryPolicy,
  retriesOf,
  withRetry,
} from "./retry.js";
export { Run, type RunOptions, type StopReason } from "./run.js";
export { stableHash } from "./stable-hash.js";
export {
  type AnswerProblem,
  readStructuredAnswer,
  repairPrompt,
  type StructuredAnswer,
  structuredOutput,
} from "./structured-output.js";
export {
  type AttemptRecord,
  type CallRecord,
  formatCost,
  type UsageRow,
  type UsageSummary,
  type UsageTotals,
  UsageTracker,
  type UsageTrackerOptions,
} from "./usage.js";
export { formatIssues, parseWith, type ValidationContext } from "./validation.js";
export { VirtualClock } from "./virtual-clock.js";
