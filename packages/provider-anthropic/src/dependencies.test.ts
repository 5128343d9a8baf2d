// The package brings its own vendor SDK and nothing else: no openai, no other vendor's client.
import { fileURLToPath } from "node:url";
import { productionDependencies, VENDOR_SDKS } from "@osmosis/testing";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("@osmosis/provider-anthropic dependencies", () => {
  it("installs @anthropic-ai/sdk as its only vendor SDK", () => {
    const installed = productionDependencies(packageDir);
    expect(VENDOR_SDKS.filter((sdk) => installed.has(sdk))).toEqual(["@anthropic-ai/sdk"]);
    expect(installed.has("@osmosis/core")).toBe(true);
  });
});
