// Ollama has no keys, but a proxy or ollama.com in front of it does: the fake checks a bearer
// key like one, so the 401 check runs too and nothing is skipped.
import { ProviderRegistry } from "@osmosis/core";
import { startFakeOllamaServer } from "@osmosis/testing";
import { describeProviderConformance } from "@osmosis/testing/conformance";
import ollamaPlugin from "./index.js";

describeProviderConformance({
  name: "ollama",
  model: "llama3.2",
  apiKey: "ollama-proxy-C0nf0rmanceAbCdEfGhIjKlMnOp",
  startServer: ({ apiKey }) => startFakeOllamaServer({ apiKey }),
  createProvider: (server, apiKey) =>
    new ProviderRegistry([ollamaPlugin]).create("ollama", {
      env: { OLLAMA_API_KEY: apiKey, OLLAMA_HOST: server.url },
    }),
});
