// Azure states only what remains (no limit): the limiter cannot pace by it and probes instead.
import { ProviderRegistry } from "@osmosis/core";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { describeRateLimitRiding } from "@osmosis/testing/conformance";
import azurePlugin from "./index.js";

describeRateLimitRiding({
  name: "azure-openai",
  model: "docs-4o-mini",
  apiKey: "0123456789abcdef0123456789abcdef",
  limitHeaders: true,
  startServer: (options) => startFakeOpenAIServer(options),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([azurePlugin]).create("azure-openai", {
      env: {
        AZURE_OPENAI_ENDPOINT: (server as FakeOpenAIServer).endpoint,
        AZURE_OPENAI_API_KEY: apiKey,
        AZURE_OPENAI_DEPLOYMENT_NAME: "docs-4o-mini",
      },
    }),
});
