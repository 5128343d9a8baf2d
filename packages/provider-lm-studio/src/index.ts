export { DEFAULT_BASE_URL, default, LMStudioOptions, lmStudioOptionsFromEnv } from "./plugin.js";
