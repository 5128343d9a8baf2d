// The built `osmosis` command end to end, part 1: where its configuration comes from and which
// level wins (flags > env > file > defaults), and its exit codes. Each test runs
// `node dist/bin.js` as a subprocess (CI=true, no TTY, an environment the test sets) on a copy of
// a fixture project under packages/cli/.test-work, against the fake OpenAI server of this process.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  API_KEY,
  assertBuilt,
  type CountingProxy,
  cliEnv,
  configTs,
  copyProject,
  killLeftovers,
  removeWorkDirs,
  reply,
  runCli,
  startCountingProxy,
  userText,
  workDir,
} from "./e2e/harness.js";

/** A subprocess run takes a few seconds; this only guards against a hang. */
const RUN = 120_000;

const servers: FakeOpenAIServer[] = [];
const proxies: CountingProxy[] = [];
beforeAll(assertBuilt);
afterEach(async () => {
  killLeftovers();
  for (const proxy of proxies.splice(0)) await proxy.close();
  for (const server of servers.splice(0)) await server.close();
});
afterAll(removeWorkDirs);

async function fake(options: Parameters<typeof startFakeOpenAIServer>[0] = {}) {
  const server = await startFakeOpenAIServer({ apiKey: API_KEY, reply, ...options });
  servers.push(server);
  return server;
}

/** The model each chat request named. */
const modelsAsked = (server: FakeOpenAIServer) =>
  server.requests.map((r) => (r.body as { model?: string } | undefined)?.model);

const withKey = (extra: Record<string, string> = {}) =>
  cliEnv({ OPENAI_API_KEY: API_KEY, ...extra });

describe("third-party provider plugins", () => {
  it(
    "loads a plugin package by its id's convention (osmosis-provider-<id>) and one listed in `plugins`",
    async () => {
      const server = await fake();
      // By convention: `--provider http-chat` imports osmosis-provider-http-chat.
      const byId = await copyProject("jaffle-shop");
      await writeFile(
        join(byId, "osmosis.config.ts"),
        configTs(
          `{ providers: { "http-chat": { baseURL: ${JSON.stringify(server.url)}, apiKey: process.env.GATEWAY_KEY } } }`,
        ),
      );
      const first = await runCli(
        [
          "document",
          "--yes",
          "--provider",
          "http-chat",
          "--model",
          "gpt-4o-mini",
          "-s",
          "stg_orders",
        ],
        { cwd: byId, env: cliEnv({ GATEWAY_KEY: API_KEY }) },
      );
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^Cost {5}\S+ · http-chat\/gpt-4o-mini/m);
      expect(server.stats.completed).toBe(1);

      // Listed in the config: the plugin object itself, imported by the TypeScript config.
      const listed = await copyProject("jaffle-shop");
      await writeFile(
        join(listed, "osmosis.config.ts"),
        `import httpChat from "osmosis-provider-http-chat";\n${configTs(
          `{ plugins: [httpChat], provider: "http-chat", model: "gpt-4o-mini", providers: { "http-chat": { baseURL: ${JSON.stringify(server.url)}, apiKey: process.env.GATEWAY_KEY } } }`,
        )}`,
      );
      const second = await runCli(["document", "--yes", "-s", "stg_customers"], {
        cwd: listed,
        env: cliEnv({ GATEWAY_KEY: API_KEY }),
      });
      expect(second.code, second.stderr).toBe(0);
      expect(server.stats.completed).toBe(2);
      for (const text of [first.stdout, first.stderr, second.stdout, second.stderr]) {
        expect(text).not.toContain(API_KEY);
      }
    },
    RUN,
  );
});

describe("config discovery", () => {
  it(
    "finds osmosis.config.ts (TypeScript, importing defineConfig from @osmosis/cli) in the project folder and uses it",
    async () => {
      const server = await fake();
      const project = await copyProject("jaffle-shop");
      await writeFile(
        join(project, "osmosis.config.ts"),
        configTs(
          `{ provider: "openai", providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`,
        ),
      );
      // Run from the project folder itself, no --project-dir and no --config.
      const result = await runCli(["document", "--yes", "-s", "stg_orders", "stg_customers"], {
        cwd: project,
        env: withKey(),
      });
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.code).toBe(0);
      // The only way to reach the fake is the baseURL the file sets.
      expect(server.stats.requests).toBeGreaterThan(0);
      expect(server.stats.completed).toBe(2);
      expect(result.stdout).toMatch(/^\[\s*\d+\/\d+\] ✓ stg_orders /m);
      expect(result.stdout).toMatch(/^\[\s*\d+\/\d+\] ✓ stg_customers /m);
    },
    RUN,
  );

  it(
    "finds .osmosisrc.json in a parent folder when --project-dir points at the project below it",
    async () => {
      const server = await fake();
      const work = await workDir();
      const repo = join(work, "repo");
      const project = await copyProject("jaffle-shop", repo);
      await writeFile(
        join(repo, ".osmosisrc.json"),
        JSON.stringify({
          provider: "openai",
          model: "rc-model",
          providers: { openai: { baseURL: server.url } },
        }),
      );
      // The working folder is neither the project nor the config's folder.
      const result = await runCli(
        ["document", "--yes", "--project-dir", relative(work, project), "-s", "stg_customers"],
        { cwd: work, env: withKey() },
      );
      expect(result.code).toBe(0);
      expect(server.stats.completed).toBe(1);
      expect(modelsAsked(server)).toEqual(["rc-model"]);
    },
    RUN,
  );
});

describe("precedence: flags > env > file > defaults", () => {
  /** One run on a fresh copy (a second run on the same copy would have nothing left to ask). */
  async function modelOf(options: {
    file?: string;
    env?: Record<string, string>;
    flags?: string[];
  }) {
    const server = await fake();
    const project = await copyProject("jaffle-shop");
    await writeFile(
      join(project, "osmosis.config.ts"),
      configTs(
        `{ provider: "openai", ${options.file ? `model: ${JSON.stringify(options.file)}, ` : ""}providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`,
      ),
    );
    const report = join(project, "..", "report.json");
    const result = await runCli(
      ["document", "--yes", "-s", "stg_customers", "--report", report, ...(options.flags ?? [])],
      { cwd: project, env: withKey(options.env) },
    );
    expect(result.code, result.stderr).toBe(0);
    const written = JSON.parse(await readFile(report, "utf8")) as { model: string };
    const asked = modelsAsked(server);
    expect(asked).toHaveLength(1);
    // The report and the request agree on the model.
    expect(written.model).toBe(asked[0]);
    return written.model;
  }

  it(
    "takes the model from --model, else OSMOSIS_LLM_MODEL, else OPENAI_MODEL, else the file, else the provider's default",
    async () => {
      const env = { OSMOSIS_LLM_MODEL: "env-model", OPENAI_MODEL: "openai-env-model" };
      const [fromDefault, fromFile, fromProviderEnv, fromEnv, fromFlag] = await Promise.all([
        modelOf({}),
        modelOf({ file: "file-model" }),
        modelOf({ file: "file-model", env: { OPENAI_MODEL: "openai-env-model" } }),
        modelOf({ file: "file-model", env }),
        modelOf({ file: "file-model", env, flags: ["--model", "flag-model"] }),
      ]);
      expect(fromDefault).toBe("gpt-4o-mini");
      expect(fromFile).toBe("file-model");
      expect(fromProviderEnv).toBe("openai-env-model");
      expect(fromEnv).toBe("env-model");
      expect(fromFlag).toBe("flag-model");
    },
    RUN,
  );

  it(
    "takes the provider from --provider over LLM_PROVIDER over the file",
    async () => {
      const server = await fake();
      const project = await copyProject("jaffle-shop");
      // The file names a provider that is not installed; the environment and the flag override it.
      await writeFile(
        join(project, "osmosis.config.ts"),
        configTs(
          `{ provider: "lm-studio", providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`,
        ),
      );
      const fileOnly = await runCli(["document", "--yes", "-s", "stg_customers"], {
        cwd: project,
        env: withKey(),
      });
      expect(fileOnly.code).toBe(2);
      expect(fileOnly.stderr).toMatch(/lm-studio/);

      const envOverFile = await runCli(["document", "--yes", "-s", "stg_customers"], {
        cwd: project,
        env: withKey({ LLM_PROVIDER: "openai" }),
      });
      expect(envOverFile.code, envOverFile.stderr).toBe(0);
      expect(server.stats.completed).toBe(1);

      // The flag beats the environment: LLM_PROVIDER names the missing one, --provider openai wins.
      const flagOverEnv = await runCli(
        ["document", "--yes", "-s", "stg_orders", "--provider", "openai"],
        { cwd: project, env: withKey({ LLM_PROVIDER: "lm-studio" }) },
      );
      expect(flagOverEnv.code, flagOverEnv.stderr).toBe(0);
      expect(server.stats.completed).toBe(2);
    },
    RUN,
  );

  /** A run through a proxy that sees how many calls the CLI has out at once. */
  async function concurrencyRun(fileConcurrency: number, flags: string[], holdUntil: number) {
    // Some latency, so calls the CLI may overlap do overlap.
    const server = await fake({ latencyMs: 50 });
    const proxy = await startCountingProxy(server.port, { holdUntil });
    proxies.push(proxy);
    const project = await copyProject("jaffle-shop");
    await writeFile(
      join(project, "osmosis.config.ts"),
      configTs(
        `{ provider: "openai", concurrency: ${fileConcurrency}, providers: { openai: { baseURL: ${JSON.stringify(proxy.url)} } } }`,
      ),
    );
    // The sources and seeds: twelve independent nodes, all ready at once.
    const result = await runCli(
      ["document", "--yes", "-s", "resource_type:seed", "resource_type:source", ...flags],
      {
        cwd: project,
        env: withKey(),
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(server.stats.completed).toBeGreaterThanOrEqual(6);
    return proxy.maxInFlight;
  }

  it(
    "takes the concurrency from --concurrency over the file (there is no variable for it)",
    async () => {
      const [flagOne, flagThree, fileOne] = await Promise.all([
        // The file allows 3, the flag 1: never two calls at once.
        concurrencyRun(3, ["--concurrency", "1"], 1),
        // The file allows 1, the flag 3: the proxy holds the first call until a second one comes,
        // which only a CLI running more than one at once sends.
        concurrencyRun(1, ["--concurrency", "3"], 2),
        // The file alone, 1: one at a time.
        concurrencyRun(1, [], 1),
      ]);
      expect(flagOne).toBe(1);
      expect(flagThree).toBeGreaterThanOrEqual(2);
      expect(flagThree).toBeLessThanOrEqual(3);
      expect(fileOne).toBe(1);
    },
    RUN,
  );
});

describe("exit codes", () => {
  it(
    "exits 1 when some nodes fail for good, after writing the others",
    async () => {
      // Every request about stg_orders is refused as invalid: no retry can help.
      const server = await fake({
        faultFor: (request) =>
          /^model stg_orders \(/.test(userText(request.body)) ? { status: 400 } : undefined,
      });
      const project = await copyProject("jaffle-shop");
      await writeFile(
        join(project, "osmosis.config.ts"),
        configTs(`{ providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`),
      );
      const result = await runCli(["document", "--yes", "-s", "stg_orders", "stg_customers"], {
        cwd: project,
        env: withKey(),
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^\[\s*\d+\/\d+\] ✗ stg_orders/m);
      expect(result.stdout).toMatch(/^\[\s*\d+\/\d+\] ✓ stg_customers /m);
      expect(result.stdout).toMatch(/Failed:\n\s+stg_orders/);
      expect(server.stats.faults).toBeGreaterThanOrEqual(1);
    },
    RUN,
  );

  it(
    "exits 0 when everything is done",
    async () => {
      const server = await fake();
      const project = await copyProject("jaffle-shop");
      await writeFile(
        join(project, "osmosis.config.ts"),
        configTs(`{ providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`),
      );
      const result = await runCli(["document", "--yes", "-s", "stg_orders"], {
        cwd: project,
        env: withKey(),
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/0 failed/);
    },
    RUN,
  );

  it(
    "exits 2 for a config file with a wrong type, naming the file and the field",
    async () => {
      const server = await fake();
      const project = await copyProject("jaffle-shop");
      await writeFile(
        join(project, "osmosis.config.ts"),
        configTs(
          `{ temperature: "hot" as unknown as number, providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`,
        ),
      );
      const result = await runCli(["document", "--yes"], { cwd: project, env: withKey() });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/osmosis\.config\.ts/);
      expect(result.stderr).toMatch(/temperature/);
      expect(server.stats.requests).toBe(0);
    },
    RUN,
  );

  it(
    "exits 2 for an unknown option",
    async () => {
      const project = await copyProject("jaffle-shop");
      const result = await runCli(["document", "--no-such-option"], {
        cwd: project,
        env: withKey(),
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/unknown option '--no-such-option'/);
    },
    RUN,
  );

  it(
    "exits 2 when the manifest is missing",
    async () => {
      const server = await fake();
      const project = await copyProject("jaffle-shop");
      await rm(join(project, "target", "manifest.json"));
      await writeFile(
        join(project, "osmosis.config.ts"),
        configTs(`{ providers: { openai: { baseURL: ${JSON.stringify(server.url)} } } }`),
      );
      const [document, check] = await Promise.all([
        runCli(["document", "--yes"], { cwd: project, env: withKey() }),
        runCli(["check"], { cwd: project, env: withKey() }),
      ]);
      for (const result of [document, check]) {
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/manifest/i);
      }
      expect(server.stats.requests).toBe(0);
    },
    RUN,
  );
});
