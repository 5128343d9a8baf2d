// Configuration: every file format found from the project upward, flags > env > file > defaults,
// and errors that name the file (or variable), the field path and what is expected.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./load.js";

const here = dirname(fileURLToPath(import.meta.url));
const WORK = resolve(here, "../../.test-work");
const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A folder inside the package, so `import … from "@osmosis/cli"` in a config resolves. */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = join(WORK, `config-${process.pid}-${Math.random().toString(36).slice(2)}`);
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe("finding the config", () => {
  it.each([
    [
      "osmosis.config.ts",
      'import { defineConfig } from "@osmosis/cli";\nexport default defineConfig({ model: "from-ts" });\n',
    ],
    ["osmosis.config.mjs", 'export default { model: "from-ts" };\n'],
    ["osmosis.config.json", '{ "model": "from-ts" }'],
    ["osmosis.config.yaml", "model: from-ts\n"],
    [".osmosisrc", '{ "model": "from-ts" }'],
    [".osmosisrc.yml", "model: from-ts\n"],
    ["package.json", '{ "name": "x", "osmosis": { "model": "from-ts" } }'],
  ])("reads %s from a parent of the project folder", async (file, text) => {
    const dir = await folder({ [file]: text, "dbt/dbt_project.yml": "name: x\n" });
    const loaded = await loadConfig({ searchFrom: join(dir, "dbt"), env: {}, cwd: dir });
    expect(loaded.config.model).toBe("from-ts");
    expect(loaded.file).toBe(join(dir, file));
    expect(loaded.displayFile).toBe(file);
  });

  it("gives the defaults when there is no config, and reads --config when given", async () => {
    const dir = await folder({
      "package.json": '{ "name": "x" }',
      "ci/osmosis.ci.json": '{ "concurrency": 3 }',
    });
    const none = await loadConfig({ searchFrom: dir, env: {}, cwd: dir });
    expect(none.file).toBeUndefined();
    expect(none.config.provider).toBe("openai");
    expect(none.config.concurrency).toBe(8);
    expect(none.config.check.minCoverage).toBe(100);
    const explicit = await loadConfig({
      searchFrom: dir,
      file: "ci/osmosis.ci.json",
      env: {},
      cwd: dir,
    });
    expect(explicit.config.concurrency).toBe(3);
    await expect(
      loadConfig({ searchFrom: dir, file: "missing.json", env: {}, cwd: dir }),
    ).rejects.toThrow(/missing\.json does not exist/);
  });

  it("loads the README's example config as written", async () => {
    const readme = await readFile(resolve(here, "../../README.md"), "utf8");
    const block = /```ts\n\/\/ osmosis\.config\.ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const dir = await folder({ "osmosis.config.ts": block as string });
    const loaded = await loadConfig({ searchFrom: dir, env: {}, cwd: dir });
    expect(loaded.config.provider).toBe("anthropic");
    expect(loaded.config.documentation.examples).toBe(3);
    expect(loaded.config.columnPrefixes).toEqual(["stg_", "src_"]);
  });
});

describe("precedence", () => {
  it("takes flags over the environment over the file over the defaults, key by key", async () => {
    const dir = await folder({
      "osmosis.config.json": JSON.stringify({
        provider: "anthropic",
        model: "file-model",
        timeout: 30,
        concurrency: 4,
        retry: { maxRetries: 5, baseDelay: 2 },
      }),
    });
    const env = { LLM_PROVIDER: "gemini", OSMOSIS_LLM_TIMEOUT: "45", OSMOSIS_LLM_MAX_RETRIES: "7" };
    const fileOnly = await loadConfig({ searchFrom: dir, env: {}, cwd: dir });
    expect(fileOnly.config).toMatchObject({
      provider: "anthropic",
      model: "file-model",
      timeout: 30,
    });
    const withEnv = await loadConfig({ searchFrom: dir, env, cwd: dir });
    expect(withEnv.config).toMatchObject({ provider: "gemini", model: "file-model", timeout: 45 });
    // A nested key from the environment keeps its siblings from the file.
    expect(withEnv.config.retry).toMatchObject({ maxRetries: 7, baseDelay: 2 });
    const withFlags = await loadConfig({
      searchFrom: dir,
      env,
      cwd: dir,
      flags: { provider: "ollama", timeout: 60 },
    });
    expect(withFlags.config).toMatchObject({
      provider: "ollama",
      model: "file-model",
      timeout: 60,
      concurrency: 4,
    });
    expect(withFlags.config.retry.maxRetries).toBe(7);
  });
});

describe("errors", () => {
  it("names the file, the field path and what is expected", async () => {
    const dir = await folder({
      "osmosis.config.ts":
        'import { defineConfig } from "@osmosis/cli";\n// @ts-expect-error: a wrong type, on purpose\nexport default defineConfig({ temperature: "hot", check: { minCoverage: 120 } });\n',
    });
    const error = await loadConfig({ searchFrom: dir, env: {}, cwd: dir }).catch((e) => e);
    expect(error.message).toContain("osmosis.config.ts");
    expect(error.message).toMatch(/temperature: must be a number from 0 to 2/);
    expect(error.message).toMatch(/check\.minCoverage: must be at most 100/);
    expect(error.file).toBe("osmosis.config.ts");
    expect(error.field).toBe("temperature");
  });

  it("names an unknown key and a broken file", async () => {
    const unknown = await folder({ "osmosis.config.json": '{ "modle": "x" }' });
    await expect(loadConfig({ searchFrom: unknown, env: {}, cwd: unknown })).rejects.toThrow(
      /unknown key "modle"/,
    );
    const broken = await folder({ "osmosis.config.ts": "export default {\n" });
    await expect(loadConfig({ searchFrom: broken, env: {}, cwd: broken })).rejects.toThrow(
      /The config file osmosis\.config\.ts could not be loaded/,
    );
  });

  it("names a bad environment variable", async () => {
    const dir = await folder({});
    await expect(
      loadConfig({ searchFrom: dir, env: { OSMOSIS_LLM_TIMEOUT: "soon" }, cwd: dir }),
    ).rejects.toThrow(/OSMOSIS_LLM_TIMEOUT="soon" is not valid/);
    await expect(
      loadConfig({ searchFrom: dir, env: { OSMOSIS_LLM_MAX_COST: "-1" }, cwd: dir }),
    ).rejects.toThrow(/OSMOSIS_LLM_MAX_COST="-1" is not valid/);
  });
});
