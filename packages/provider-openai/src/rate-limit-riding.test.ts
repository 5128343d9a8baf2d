import { ProviderRegistry } from "@osmosis/core";
import { startFakeOpenAIServer } from "@osmosis/testing";
import { describeRateLimitRiding } from "@osmosis/testing/conformance";
import openaiPlugin from "./index.js";

describeRateLimitRiding({
  name: "openai",
  model: "gpt-4o-mini",
  limitHeaders: true,
  startServer: (options) => startFakeOpenAIServer(options),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([openaiPlugin]).create("openai", {
      env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: server.url },
    }),
});
