import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { productionDependencies, VENDOR_SDKS } from "@osmosis/testing";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("installs openai as its only vendor SDK, and no other direct dependency", () => {
  const deps = productionDependencies(packageDir);
  expect(VENDOR_SDKS.filter((sdk) => deps.has(sdk))).toEqual(["openai"]);
  const direct = JSON.parse(readFileSync(`${packageDir}/package.json`, "utf8")) as {
    dependencies: Record<string, string>;
  };
  expect(Object.keys(direct.dependencies).sort()).toEqual([
    "@osmosis/core",
    "@osmosis/provider-openai",
    "openai",
    "zod",
  ]);
});
