// Core stays small: no vendor SDK, only a few libraries that each pull in nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = (url: URL) =>
  JSON.parse(readFileSync(url, "utf8")) as { dependencies?: Record<string, string> };

/** Every runtime dependency of core, why it earns its place, and what it may pull in. */
const ALLOWED: Record<string, { why: string; pulls: string[] }> = {
  zod: { why: "validation at every boundary: config, prompt files, model output", pulls: [] },
  jsonrepair: {
    why: "repairs almost-JSON answers of models without JSON Schema output (json-extraction.ts)",
    pulls: [],
  },
  yaml: { why: "prompt files, with the line of every problem (prompts/yaml-file.ts)", pulls: [] },
  liquidjs: {
    // commander serves liquidjs's own command-line tool; nothing of it runs inside osmosis.
    why: "prompt templates: a small, well-known syntax with static analysis (prompts/template.ts)",
    pulls: ["commander"],
  },
};

describe("@osmosis/core dependencies", () => {
  const own = Object.keys(manifest(new URL("../package.json", import.meta.url)).dependencies ?? {});

  it("are only the allowed ones", () => {
    expect(own.filter((name) => !(name in ALLOWED))).toEqual([]);
  });

  it.each(Object.entries(ALLOWED))("%s pulls in only what is allowed", (name, { pulls }) => {
    const installed = manifest(new URL(`../node_modules/${name}/package.json`, import.meta.url));
    expect(Object.keys(installed.dependencies ?? {})).toEqual(pulls);
  });
});
