// `osmosis init` in-process: the file it writes loads through the CLI's own config loader (jiti,
// then CliConfigSchema), for every provider, with the examples commented and uncommented.
//
// The file imports `@osmosis/cli`, so it is written under packages/cli/.test-work/: there Node's
// package self-reference resolves `@osmosis/cli` to this package's exports, i.e. its built
// dist/ (turbo's test task builds the package first), exactly as a user's install resolves it.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config/load.js";
import { CliConfigSchema } from "../config/schema.js";
import { runCli } from "../program.js";
import { testContext } from "../test-support/context.js";
import { CONFIG_FILE, configText, INIT_PROVIDERS } from "./init.js";

const clack = vi.hoisted(() => ({
  select: vi.fn(),
  text: vi.fn(),
  CANCEL: Symbol("cancel"),
}));
vi.mock("@clack/prompts", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  select: clack.select,
  text: clack.text,
  isCancel: (value: unknown) => value === clack.CANCEL,
}));

const WORK = fileURLToPath(new URL("../../.test-work/", import.meta.url));
const PACKAGES = fileURLToPath(new URL("../../../", import.meta.url));
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

beforeEach(() => {
  clack.select.mockReset();
  clack.text.mockReset();
});

async function folder(): Promise<string> {
  const dir = join(WORK, `init-${randomBytes(6).toString("hex")}`);
  made.push(dir);
  await mkdir(dir, { recursive: true });
  return dir;
}

async function init(cwd: string, args: string[], options: { interactive?: boolean } = {}) {
  const t = testContext({ cwd, interactive: options.interactive ?? false });
  const code = await runCli(["init", ...args], t.ctx);
  return { code, out: t.stdout(), err: t.stderr() };
}

/** The config in `dir` as `osmosis document` loads it, with an empty environment. */
async function load(dir: string) {
  const loaded = await loadConfig({ searchFrom: dir, env: {}, cwd: dir });
  expect(loaded.file).toBe(join(dir, CONFIG_FILE));
  expect(CliConfigSchema.safeParse(loaded.levels.file).success).toBe(true);
  return loaded;
}

/** A provider package's plugin, from its source (the CLI does not depend on most of them). */
async function pluginOf(id: string): Promise<{
  options: { safeParse(v: unknown): { success: boolean; data?: { model?: unknown } } };
}> {
  const module = await import(
    pathToFileURL(join(PACKAGES, `provider-${id}`, "src", "plugin.ts")).href
  );
  return module.default;
}

describe("osmosis init", () => {
  it("writes openai's config when no provider is given outside a terminal, and says so", async () => {
    const dir = await folder();
    const { code, out, err } = await init(dir, []);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("No --provider given: using openai.");
    expect(out).toContain(`Wrote ${CONFIG_FILE} (provider openai, model gpt-4o-mini).`);
    expect(out).toContain("npm install -D @osmosis/cli @osmosis/provider-openai\n");
    expect(out).toContain("pnpm add -D @osmosis/cli @osmosis/provider-openai\n");
    expect(out).toContain("Set OPENAI_API_KEY");
    const text = await readFile(join(dir, CONFIG_FILE), "utf8");
    expect(text).toContain('import { defineConfig } from "@osmosis/cli";');
    expect(text).toContain("// budgetUsd: 5,");
    expect(text).toContain("//   openai: { baseURL: ");
    const loaded = await load(dir);
    expect(loaded.config.provider).toBe("openai");
    expect(loaded.config.model).toBe("gpt-4o-mini");
    expect(loaded.levels.file).toEqual({ provider: "openai", model: "gpt-4o-mini" });
  });

  for (const provider of INIT_PROVIDERS) {
    it(`writes a config for ${provider.id} that loads, with its examples valid too`, async () => {
      const dir = await folder();
      const { code, out } = await init(dir, ["--provider", provider.id, "--yes"]);
      expect(code).toBe(0);
      expect(out).not.toContain("No --provider given");
      expect(out).toContain(`npm install -D @osmosis/cli ${provider.packageName}\n`);
      for (const key of provider.keyVariables) expect(out).toContain(key);
      const loaded = await load(dir);
      expect(loaded.config.provider).toBe(provider.id);
      expect(loaded.config.model).toBe(provider.defaultModel);

      // The default model is the plugin's own.
      const plugin = await pluginOf(provider.id);
      const defaults = plugin.options.safeParse({});
      expect(defaults.success).toBe(true);
      expect(defaults.data?.model).toBe(provider.defaultModel);

      // Every commented-out example, uncommented, is a valid configuration, and the provider's
      // options example is valid for the plugin.
      await writeFile(
        join(dir, CONFIG_FILE),
        configText(provider, provider.defaultModel, { examples: "active" }),
      );
      const active = await load(dir);
      expect(active.config.budgetUsd).toBe(5);
      expect(active.config.check.minCoverage).toBe(80);
      expect(active.config.documentation.redactLiterals).toBe(true);
      expect(active.config.rateLimit.requestsPerMinute).toBe(500);
      expect(active.config.prompts).toBe(join(dir, "osmosis.prompts.yml"));
      const options = active.config.providers[provider.id];
      expect(options).toBeDefined();
      expect(plugin.options.safeParse(options).success).toBe(true);
    });
  }

  it("takes --model, and leaves Azure's model for the user when none is given", async () => {
    const dir = await folder();
    expect(
      (await init(dir, ["--provider", "anthropic", "--model", "claude-sonnet-4-5"])).code,
    ).toBe(0);
    expect((await load(dir)).config.model).toBe("claude-sonnet-4-5");

    const azure = await folder();
    const { code, out } = await init(azure, ["--provider", "azure-openai"]);
    expect(code).toBe(0);
    expect(out).toContain("model: set it to your deployment's name");
    expect(out).toContain("AZURE_OPENAI_DEPLOYMENT_NAME");
    expect(await readFile(join(azure, CONFIG_FILE), "utf8")).toContain(
      '  // model: "my-deployment",',
    );
    expect((await load(azure)).config.model).toBeUndefined();
  });

  it("writes into --project-dir", async () => {
    const dir = await folder();
    const { code, out } = await init(dir, [
      "--project-dir",
      "nested/project",
      "--provider",
      "ollama",
    ]);
    expect(code).toBe(0);
    expect(out).toContain(`Wrote nested/project/${CONFIG_FILE} (provider ollama, model llama3.2).`);
    expect(out).toContain("No key needed");
    expect((await load(join(dir, "nested/project"))).config.provider).toBe("ollama");
  });

  it("refuses to overwrite a config without --force (exit 2, with the fix)", async () => {
    const dir = await folder();
    await writeFile(join(dir, CONFIG_FILE), "// mine\n");
    const refused = await init(dir, ["--provider", "gemini"]);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toContain(
      `${CONFIG_FILE} already configures osmosis; nothing was written.`,
    );
    expect(refused.err).toContain("pass --force to overwrite it");
    expect(await readFile(join(dir, CONFIG_FILE), "utf8")).toBe("// mine\n");

    const forced = await init(dir, ["--provider", "gemini", "--force"]);
    expect(forced.code).toBe(0);
    expect((await load(dir)).config.provider).toBe("gemini");
  });

  it("never writes a config another file would shadow", async () => {
    const dir = await folder();
    await writeFile(join(dir, ".osmosisrc.json"), "{}");
    const refused = await init(dir, ["--force"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("would still be read before osmosis.config.ts");
    expect(existsSync(join(dir, CONFIG_FILE))).toBe(false);

    const later = await folder();
    await writeFile(join(later, "osmosis.config.json"), "{}");
    expect((await init(later, [])).code).toBe(2);
    const forced = await init(later, ["--force"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("osmosis.config.json is no longer read");
    expect((await load(later)).config.model).toBe("gpt-4o-mini");
  });

  it("asks for the provider and the model on a terminal", async () => {
    clack.select.mockResolvedValue("ollama");
    clack.text.mockResolvedValue("qwen2.5:7b");
    const dir = await folder();
    const { code, out } = await init(dir, [], { interactive: true });
    expect(code).toBe(0);
    expect(clack.select).toHaveBeenCalledOnce();
    expect(clack.text.mock.calls[0]?.[0]).toMatchObject({ defaultValue: "llama3.2" });
    expect(out).not.toContain("No --provider given");
    const loaded = await load(dir);
    expect(loaded.config.provider).toBe("ollama");
    expect(loaded.config.model).toBe("qwen2.5:7b");
  });

  it("takes the provider's default model for an empty answer, and asks only what flags leave open", async () => {
    clack.text.mockResolvedValue("");
    const dir = await folder();
    expect((await init(dir, ["--provider", "lm-studio"], { interactive: true })).code).toBe(0);
    expect(clack.select).not.toHaveBeenCalled();
    expect((await load(dir)).config.model).toBe("local-model");
  });

  it("asks nothing with --yes", async () => {
    const dir = await folder();
    const { code, out } = await init(dir, ["--yes"], { interactive: true });
    expect(code).toBe(0);
    expect(clack.select).not.toHaveBeenCalled();
    expect(clack.text).not.toHaveBeenCalled();
    expect(out).toContain("No --provider given: using openai.");
  });

  it("writes nothing when a question is cancelled", async () => {
    clack.select.mockResolvedValue(clack.CANCEL);
    const dir = await folder();
    const { code, out } = await init(dir, [], { interactive: true });
    expect(code).toBe(130);
    expect(out).toContain("Cancelled: nothing was written.");
    expect(existsSync(join(dir, CONFIG_FILE))).toBe(false);
  });
});
