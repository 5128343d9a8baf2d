/** Re-exported from @osmosis/core, where it now lives, for code that imported it from here. */
export { extractJson } from "@osmosis/core";
export {
  type ChatMappingOptions,
  fromChatCompletion,
  mapOpenAIError,
  type StructuredOutputMode,
  toChatParams,
} from "./chat-mapping.js";
export { type ChatProviderOptions, OpenAIChatProvider } from "./chat-provider.js";
export { default, OpenAIOptions, openAIOptionsFromEnv } from "./plugin.js";
