// Ollama Cloud states no limits in headers: only its 429s and their retry-after tell the limiter.
import { ProviderRegistry } from "@osmosis/core";
import { startFakeOllamaServer } from "@osmosis/testing";
import { describeRateLimitRiding } from "@osmosis/testing/conformance";
import ollamaPlugin from "./index.js";

describeRateLimitRiding({
  name: "ollama",
  model: "gpt-oss:120b-cloud",
  apiKey: "ollama-R1d1ngAbCdEfGhIjKlMnOpQrStUvWx",
  limitHeaders: false,
  startServer: (options) => startFakeOllamaServer({ ...options, models: ["gpt-oss:120b-cloud"] }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([ollamaPlugin]).create("ollama", {
      env: { OLLAMA_API_KEY: apiKey, OLLAMA_HOST: server.url },
    }),
});
