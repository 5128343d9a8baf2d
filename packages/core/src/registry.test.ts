import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LLMConfigError, ProviderNotFoundError } from "./errors.js";
import { definePlugin, defineProvider } from "./plugin.js";
import {
  canonicalProviderId,
  importFromProject,
  ProviderRegistry,
  pluginOptionsInput,
} from "./registry.js";

const echoPlugin = definePlugin({
  name: "echo",
  packageName: "osmosis-provider-echo",
  options: z.strictObject({
    apiKey: z.string({ error: "is required; set ECHO_API_KEY or providers.echo.apiKey" }),
    model: z.string().default("echo-1"),
  }),
  fromEnv: (env) => ({ apiKey: env.ECHO_API_KEY, model: env.ECHO_MODEL }),
  create: (options) =>
    defineProvider({
      id: "echo",
      capabilities: { usage: true },
      async generate(request) {
        return {
          text: `${options.model}:${request.messages.at(-1)?.content}`,
          finishReason: "stop",
          model: options.model,
        };
      },
    }),
});

const noImports = async (name: string) => {
  throw Object.assign(new Error(`Cannot find package '${name}' imported from /x`), {
    code: "ERR_MODULE_NOT_FOUND",
  });
};

describe("ProviderRegistry", () => {
  it("builds a provider with options from env, explicit config winning", async () => {
    const registry = new ProviderRegistry([echoPlugin], noImports);
    const provider = await registry.create("echo", {
      env: { ECHO_API_KEY: "env-key", ECHO_MODEL: "from-env" },
      options: { model: "from-config" },
    });
    const result = await provider.generate({
      model: "x",
      messages: [{ role: "user", content: "hi" }],
    });
    expect(result.text).toBe("from-config:hi");
    expect(provider.capabilities).toEqual({
      jsonSchema: false,
      jsonMode: false,
      usage: true,
      cachedInputUsage: false,
      rateLimitHeaders: false,
    });
  });

  it("names the file, the field and the fix when options are invalid", async () => {
    const registry = new ProviderRegistry([echoPlugin], noImports);
    const error = await registry
      .create("echo", { env: {}, options: { modle: "typo" }, file: "osmosis.config.ts" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    const message = (error as LLMConfigError).message;
    expect(message).toContain(
      "osmosis.config.ts: providers.echo.apiKey: is required; set ECHO_API_KEY",
    );
    expect(message).toContain(
      'providers.echo: unknown key "modle"; remove it or check the spelling',
    );
    expect((error as LLMConfigError).field).toBe("providers.echo.apiKey");
    expect((error as LLMConfigError).file).toBe("osmosis.config.ts");
  });

  it("says which package to install for a known provider that is missing", async () => {
    const registry = new ProviderRegistry([echoPlugin], noImports);
    const error = await registry.load("anthropic").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderNotFoundError);
    const notFound = error as ProviderNotFoundError;
    expect(notFound.code).toBe("provider_not_installed");
    expect(notFound.packageName).toBe("@osmosis/provider-anthropic");
    expect(notFound.installed).toEqual(["echo"]);
    expect(notFound.message).toBe(
      'Provider "anthropic" is not installed. Install it: `pnpm add @osmosis/provider-anthropic` (or `npm install @osmosis/provider-anthropic`). Installed providers: echo.',
    );
  });

  it("lists installed and known providers for an unknown id", () => {
    const registry = new ProviderRegistry([echoPlugin], noImports);
    expect(() => registry.get("mistral")).toThrowError(
      /Unknown provider "mistral"\. No plugin registers "mistral"\. Installed providers: echo\. Known providers: openai, azure-openai, anthropic, gemini, ollama, lm-studio\./,
    );
  });

  it("lists the provider packages that are installed but not loaded yet when one is missing", async () => {
    // Only @osmosis/provider-openai can be imported from here.
    const registry = new ProviderRegistry([], async (name) => {
      if (name === "@osmosis/provider-openai") return { default: echoPlugin };
      return noImports(name);
    });
    await expect(registry.load("acme")).rejects.toThrowError(
      /Unknown provider "acme"\. No plugin registers "acme"\. Installed providers: openai\./,
    );
  });

  it("builds a provider's options from its variables under the config's, unset values dropped", () => {
    const plugin = definePlugin({
      name: "echo",
      options: z.object({ model: z.string().optional(), baseURL: z.string().optional() }),
      fromEnv: (env) => ({ model: env.ECHO_MODEL, baseURL: env.ECHO_URL }),
      create: () => {
        throw new Error("not built here");
      },
    });
    const input = pluginOptionsInput(
      plugin,
      { model: "from-config", baseURL: undefined },
      { ECHO_MODEL: "from-env", ECHO_URL: "http://env" },
    );
    expect(input.fromEnv).toEqual({ model: "from-env", baseURL: "http://env" });
    expect(input.explicit).toEqual({ model: "from-config" });
    expect(input.merged).toEqual({ model: "from-config", baseURL: "http://env" });
  });

  it("maps dbt-osmosis provider names to ours", () => {
    expect(canonicalProviderId("google-gemini")).toBe("gemini");
    expect(canonicalProviderId("azure-openai-ad")).toBe("azure-openai");
    expect(canonicalProviderId("LM-Studio")).toBe("lm-studio");
    expect(canonicalProviderId("openai")).toBe("openai");
  });

  it("loads a provider package by convention and registers it", async () => {
    const imported: string[] = [];
    const registry = new ProviderRegistry([], async (name) => {
      imported.push(name);
      return { default: echoPlugin };
    });
    await expect(registry.load("echo")).resolves.toBe(echoPlugin);
    await registry.load("echo");
    expect(imported).toEqual(["osmosis-provider-echo"]);
    expect(registry.list()).toEqual(["echo"]);
  });

  it("rejects a package whose export is not a plugin, or serves another id", async () => {
    const notPlugin = new ProviderRegistry([], async () => ({ default: { hello: "world" } }));
    await expect(notPlugin.load("openai")).rejects.toThrowError(
      "@osmosis/provider-openai does not export a provider plugin. Its default export must be made with definePlugin() from @osmosis/core.",
    );
    const wrongId = new ProviderRegistry([], async () => ({ default: echoPlugin }));
    await expect(wrongId.load("ollama")).rejects.toThrowError('provides "echo", not "ollama"');
  });

  it("reports a package that fails while loading without calling it missing", async () => {
    const registry = new ProviderRegistry([], async () => {
      throw new SyntaxError("Unexpected token");
    });
    const error = await registry.load("openai").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error).not.toBeInstanceOf(ProviderNotFoundError);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it("refuses two plugins with one id", () => {
    const twin = definePlugin({ ...echoPlugin, packageName: "other-echo" });
    expect(() => new ProviderRegistry([echoPlugin, twin], noImports)).toThrowError(
      'Two plugins claim the provider id "echo" (osmosis-provider-echo and other-echo).',
    );
  });

  it("imports a package from the user's project folder", async () => {
    const project = await mkdtemp(join(tmpdir(), "osmosis-registry-"));
    const pkg = join(project, "node_modules", "osmosis-provider-local");
    await mkdir(pkg, { recursive: true });
    await writeFile(join(project, "package.json"), "{}");
    await writeFile(
      join(pkg, "package.json"),
      JSON.stringify({
        name: "osmosis-provider-local",
        type: "module",
        exports: { ".": { default: "./index.js" } },
      }),
    );
    await writeFile(
      join(pkg, "index.js"),
      'export default { name: "local", options: { safeParse: (v) => ({ success: true, data: v }) }, create: () => ({}) };',
    );
    const registry = new ProviderRegistry([], importFromProject(project));
    const plugin = await registry.load("local");
    expect(plugin.name).toBe("local");
    await expect(registry.load("absent")).rejects.toBeInstanceOf(ProviderNotFoundError);
  });
});

describe("definePlugin", () => {
  it("rejects invalid ids and missing parts with a fix", () => {
    expect(() => definePlugin({ ...echoPlugin, name: "My Provider" })).toThrowError(
      /not a valid provider id\. Use lower-case letters/,
    );
    expect(() =>
      definePlugin({ ...echoPlugin, options: undefined } as unknown as typeof echoPlugin),
    ).toThrowError(/has no zod schema/);
  });
});

describe("client caching", () => {
  it("builds one SDK client for 1,000 calls with the same options, and one per distinct key", async () => {
    let clientsBuilt = 0;
    const plugin = definePlugin({
      name: "counted",
      options: z.object({ apiKey: z.string(), model: z.string().default("m") }),
      fromEnv: (env) => ({ apiKey: env.COUNTED_API_KEY }),
      create: (options) => {
        clientsBuilt += 1;
        const sdkClient = { key: options.apiKey };
        return defineProvider({
          id: "counted",
          async generate(request) {
            return {
              text: sdkClient.key.length.toString(),
              finishReason: "stop",
              model: request.model,
            };
          },
        });
      },
    });
    const registry = new ProviderRegistry([plugin], noImports);
    const env = { COUNTED_API_KEY: "sk-test-aaaaaaaaaaaaaaaa" };
    for (let i = 0; i < 1_000; i++) {
      const provider = await registry.create("counted", { env });
      await provider.generate({ model: "m", messages: [] });
    }
    expect(clientsBuilt).toBe(1);
    await registry.create("counted", { env: { COUNTED_API_KEY: "sk-test-bbbbbbbbbbbbbbbb" } });
    expect(clientsBuilt).toBe(2);
  });
});
