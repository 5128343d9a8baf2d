import { ProviderRegistry } from "@osmosis/core";
import { startFakeAnthropicServer } from "@osmosis/testing";
import { describeRateLimitRiding } from "@osmosis/testing/conformance";
import anthropicPlugin from "./index.js";

describeRateLimitRiding({
  name: "anthropic",
  model: "claude-haiku-4-5",
  apiKey: "sk-ant-api03-R1d1ngAbCdEfGhIjKlMnOpQrStUvWxYz0123456",
  limitHeaders: true,
  startServer: (options) => startFakeAnthropicServer(options),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([anthropicPlugin]).create("anthropic", {
      env: { ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: server.url },
    }),
});
