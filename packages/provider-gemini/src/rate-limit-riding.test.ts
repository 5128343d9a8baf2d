// Gemini states no limits in headers: only its 429s and their RetryInfo tell the limiter.
import { ProviderRegistry } from "@osmosis/core";
import { startFakeGeminiServer } from "@osmosis/testing";
import { describeRateLimitRiding } from "@osmosis/testing/conformance";
import geminiPlugin from "./index.js";

describeRateLimitRiding({
  name: "gemini",
  model: "gemini-2.5-flash",
  apiKey: "AIzaSyR1d1ngAbCdEfGhIjKlMnOpQrStUvWxYz012",
  limitHeaders: false,
  startServer: (options) => startFakeGeminiServer(options),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([geminiPlugin]).create("gemini", {
      env: { GEMINI_API_KEY: apiKey, GOOGLE_GEMINI_BASE_URL: server.url },
    }),
});
