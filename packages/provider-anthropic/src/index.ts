export { AnthropicProvider, type AnthropicProviderOptions } from "./anthropic-provider.js";
export { mapAnthropicError } from "./error-mapping.js";
export {
  fromMessage,
  type MessagesMappingOptions,
  type StructuredOutputMode,
  toMessageParams,
} from "./messages-mapping.js";
export { AnthropicOptions, anthropicOptionsFromEnv, default } from "./plugin.js";
