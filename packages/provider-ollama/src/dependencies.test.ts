import { fileURLToPath } from "node:url";
import { productionDependencies, VENDOR_SDKS } from "@osmosis/testing";
import { expect, it } from "vitest";

it("installs ollama and no other vendor SDK", () => {
  const deps = productionDependencies(fileURLToPath(new URL("..", import.meta.url)));
  expect(VENDOR_SDKS.filter((sdk) => deps.has(sdk))).toEqual(["ollama"]);
  expect([...deps].sort()).toEqual([
    "@osmosis/core",
    "commander",
    "jsonrepair",
    "liquidjs",
    "ollama",
    "whatwg-fetch",
    "yaml",
    "zod",
  ]);
});
