import { ProviderRegistry } from "@osmosis/core";
import { startFakeGeminiServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import geminiPlugin from "./index.js";

describeProviderConformance({
  name: "gemini",
  model: "gemini-2.5-flash",
  apiKey: "AIzaSyC0nf0rmanceAbCdEfGhIjKlMnOpQrStUvW",
  startServer: ({ apiKey }) => startFakeGeminiServer({ apiKey }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([geminiPlugin]).create("gemini", {
      env: { GEMINI_API_KEY: apiKey, GOOGLE_GEMINI_BASE_URL: server.url },
    }),
});
