import { ProviderRegistry } from "@osmosis/core";
import { startFakeOpenAIServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import lmStudioPlugin from "./index.js";

describeProviderConformance({
  name: "lm-studio",
  model: "qwen2.5-7b-instruct",
  // LM Studio checks no key by default: the fake runs without one.
  startServer: () => startFakeOpenAIServer({ models: ["qwen2.5-7b-instruct"] }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([lmStudioPlugin]).create("lm-studio", {
      env: { LM_STUDIO_BASE_URL: server.url, LM_STUDIO_API_KEY: apiKey },
    }),
  skip: { authentication: true },
});
