import { ProviderRegistry } from "@osmosis/core";
import { startFakeOpenAIServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import openaiPlugin from "./index.js";

describeProviderConformance({
  name: "openai",
  model: "gpt-4o-mini",
  apiKey: "sk-proj-C0nf0rmanceAbCdEfGhIjKlMnOpQrStUvWx",
  startServer: ({ apiKey }) => startFakeOpenAIServer({ apiKey }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([openaiPlugin]).create("openai", {
      env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: server.url },
    }),
});
