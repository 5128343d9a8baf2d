// Core stays small: no vendor SDK, only zod, which itself depends on nothing.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const manifest = (path: string) =>
  JSON.parse(readFileSync(path, "utf8")) as { dependencies?: Record<string, string> };

describe("@osmosis/core dependencies", () => {
  it("are zod alone, which pulls in nothing", () => {
    const own = manifest(new URL("../package.json", import.meta.url).pathname);
    expect(Object.keys(own.dependencies ?? {})).toEqual(["zod"]);
    const require = createRequire(import.meta.url);
    const zod = manifest(require.resolve("zod/package.json"));
    expect(Object.keys(zod.dependencies ?? {})).toEqual([]);
  });
});
