import { ProviderRegistry } from "@osmosis/core";
import { startFakeAnthropicServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import anthropicPlugin from "./index.js";

describeProviderConformance({
  name: "anthropic",
  model: "claude-haiku-4-5",
  apiKey: "sk-ant-api03-C0nf0rmanceAbCdEfGhIjKlMnOpQrStUvWxYz0123",
  startServer: ({ apiKey }) => startFakeAnthropicServer({ apiKey }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([anthropicPlugin]).create("anthropic", {
      env: { ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: server.url },
    }),
});
