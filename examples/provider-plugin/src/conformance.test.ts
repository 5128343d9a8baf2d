// The same contract checks osmosis runs on its own providers.
import { ProviderRegistry } from "@osmosis/core";
import { startFakeOpenAIServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import plugin from "./index.js";

describeProviderConformance({
  name: "http-chat (third-party example)",
  model: "any-model",
  startServer: ({ apiKey }) => startFakeOpenAIServer({ apiKey }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([plugin]).create("http-chat", {
      options: { baseURL: server.url, apiKey },
    }),
});
