export {
  type GeminiErrorContext,
  type GoogleStatus,
  isQuotaExhausted,
  mapGeminiError,
  parseGoogleStatus,
  parseRetryDelay,
} from "./error-mapping.js";
export { GeminiProvider, type GeminiProviderOptions } from "./gemini-provider.js";
export { default, GeminiOptions, geminiOptionsFromEnv } from "./plugin.js";
export {
  type GeminiRequestOptions,
  type GeminiStructuredOutputMode,
  toGenerateContentParams,
} from "./request-mapping.js";
export { fromGenerateContentResponse } from "./response-mapping.js";
