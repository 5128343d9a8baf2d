export {
  type ChatMappingOptions,
  fromChatResponse,
  type OllamaStructuredOutput,
  toChatRequest,
} from "./chat-mapping.js";
export { type ErrorContext, mapOllamaError } from "./error-mapping.js";
export { DEFAULT_HOST, normalizeHost } from "./host.js";
export { OllamaProvider, type OllamaProviderOptions } from "./ollama-provider.js";
export { default, OllamaOptions, ollamaOptionsFromEnv } from "./plugin.js";
