import { ProviderRegistry } from "@osmosis/core";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import azurePlugin from "./index.js";

describeProviderConformance({
  name: "azure-openai",
  model: "docs-4o-mini",
  apiKey: "8d3f0c6e2b9a4f17a5c0e4d2b7f91a3c",
  startServer: ({ apiKey }) => startFakeOpenAIServer({ apiKey, deployments: ["docs-4o-mini"] }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([azurePlugin]).create("azure-openai", {
      env: {
        AZURE_OPENAI_ENDPOINT: (server as FakeOpenAIServer).endpoint,
        AZURE_OPENAI_API_KEY: apiKey,
        AZURE_OPENAI_DEPLOYMENT_NAME: "docs-4o-mini",
      },
    }),
});
