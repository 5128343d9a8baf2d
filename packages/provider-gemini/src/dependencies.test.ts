import { fileURLToPath } from "node:url";
import { productionDependencies, VENDOR_SDKS } from "@osmosis/testing";
import { expect, it } from "vitest";

it("installs @google/genai and no other vendor SDK (not openai, nor the deprecated @google/generative-ai)", () => {
  const deps = productionDependencies(fileURLToPath(new URL("..", import.meta.url)));
  expect(VENDOR_SDKS.filter((sdk) => deps.has(sdk))).toEqual(["@google/genai"]);
});
