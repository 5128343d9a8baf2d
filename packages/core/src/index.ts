export {
  defineConfig,
  type OsmosisConfig,
  type OsmosisConfigInput,
  OsmosisConfigSchema,
  parseConfig,
} from "./config.js";
export {
  AuthenticationError,
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
} from "./errors.js";
export {
  definePlugin,
  defineProvider,
  type Env,
  isProviderPlugin,
  type PluginContext,
  type ProviderDefinition,
  type ProviderPlugin,
} from "./plugin.js";
export type {
  FinishReason,
  GenerateRequest,
  GenerateResult,
  JsonSchema,
  Message,
  Provider,
  ProviderCapabilities,
  RateLimitState,
  Role,
  StructuredOutput,
  Usage,
} from "./provider.js";
export { redactSecrets } from "./redact.js";
export {
  type CreateProviderOptions,
  canonicalProviderId,
  importFromProject,
  KNOWN_PROVIDERS,
  type PackageImporter,
  PROVIDER_ALIASES,
  ProviderRegistry,
} from "./registry.js";
export { formatIssues, parseWith, type ValidationContext } from "./validation.js";
