import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { productionDependencies } from "./dependencies.js";

async function pkg(dir: string, manifest: object) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest));
}

describe("productionDependencies", () => {
  it("follows dependencies transitively, skipping dev dependencies and optional peers", async () => {
    const root = await mkdtemp(join(tmpdir(), "osmosis-deps-"));
    const nm = join(root, "node_modules");
    await pkg(join(root, "app"), {
      name: "app",
      dependencies: { a: "1" },
      devDependencies: { dev: "1" },
      peerDependencies: { peer: "1", "opt-peer": "1" },
      peerDependenciesMeta: { "opt-peer": { optional: true } },
    });
    await pkg(join(nm, "a"), { name: "a", dependencies: { b: "1" } });
    await pkg(join(nm, "b"), { name: "b", optionalDependencies: { c: "1" } });
    await pkg(join(nm, "c"), { name: "c", dependencies: { a: "1" } });
    await pkg(join(nm, "dev"), { name: "dev", dependencies: { d: "1" } });
    await pkg(join(nm, "peer"), { name: "peer" });
    expect([...productionDependencies(join(root, "app"))].sort()).toEqual(["a", "b", "c", "peer"]);
  });

  it("pulls no vendor SDK into the testing package itself", () => {
    const deps = productionDependencies(fileURLToPath(new URL("..", import.meta.url)));
    for (const sdk of ["openai", "@anthropic-ai/sdk", "@google/genai", "ollama"])
      expect(deps.has(sdk)).toBe(false);
    expect(deps.has("@osmosis/core")).toBe(true);
  });
});
