// The package brings the openai SDK and nothing else: @azure/identity is an optional peer, @azure/openai types only.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { productionDependencies, VENDOR_SDKS } from "@osmosis/testing";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("installs openai as its only vendor SDK, @azure/identity being an optional peer", () => {
  const deps = productionDependencies(packageDir);
  expect(VENDOR_SDKS.filter((sdk) => deps.has(sdk))).toEqual(["openai"]);
  const direct = JSON.parse(readFileSync(`${packageDir}/package.json`, "utf8")) as {
    dependencies: Record<string, string>;
    peerDependenciesMeta: Record<string, { optional?: boolean }>;
  };
  expect(Object.keys(direct.dependencies).sort()).toEqual([
    "@osmosis/core",
    "@osmosis/provider-openai",
    "openai",
    "zod",
  ]);
  expect(direct.peerDependenciesMeta["@azure/identity"]?.optional).toBe(true);
});
