// The whole path when @azure/identity is not installed: plugin → SDK → token provider → dynamic import.
import { LLMConfigError, ProviderRegistry } from "@osmosis/core";
import { startFakeOpenAIServer } from "@osmosis/testing";
import { expect, it, vi } from "vitest";

vi.mock("@azure/identity", () => {
  throw Object.assign(new Error("Cannot find package '@azure/identity' imported from plugin.js"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});

it("fails the first call with an LLMConfigError naming the package, before any request", async () => {
  const { default: azurePlugin } = await import("./index.js");
  const server = await startFakeOpenAIServer();
  try {
    const provider = await new ProviderRegistry([azurePlugin]).create("azure-openai", {
      env: {
        LLM_PROVIDER: "azure-openai-ad",
        AZURE_OPENAI_ENDPOINT: server.endpoint,
        AZURE_OPENAI_DEPLOYMENT_NAME: "docs-4o-mini",
      },
    });
    const error = await provider
      .generate({ model: "docs-4o-mini", messages: [{ role: "user", content: "hi" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as Error).message).toContain("needs the @azure/identity package");
    expect(server.stats.requests).toBe(0);
  } finally {
    await server.close();
  }
});
