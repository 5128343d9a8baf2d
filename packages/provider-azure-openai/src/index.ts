export {
  AzureOpenAIOptions,
  azureOpenAIOptionsFromEnv,
  DEFAULT_API_VERSION,
  default,
} from "./plugin.js";
export { DEFAULT_TOKEN_SCOPE, normalizeTokenScope } from "./token-scope.js";
