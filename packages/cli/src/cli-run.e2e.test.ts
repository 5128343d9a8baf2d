// The built `osmosis` command end to end, part 2: what a run leaves behind. --dry-run and a
// missing key change no byte; `check` gates on coverage; a rerun makes no call; the report's
// totals are the server's and validate against the published JSON Schema; no secret anywhere;
// an old (v4) manifest documents through the CLI too.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RunReport } from "@osmosis/dbt";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import {
  API_KEY,
  allTexts,
  assertBuilt,
  cliEnv,
  configTs,
  copyProject,
  hashTree,
  killLeftovers,
  REPORT_SCHEMA,
  removeWorkDirs,
  reply,
  runCli,
  schemaFiles,
  userText,
} from "./e2e/harness.js";

/** A subprocess run takes a few seconds; this only guards against a hang. */
const RUN = 120_000;

const servers: FakeOpenAIServer[] = [];
beforeAll(assertBuilt);
afterEach(async () => {
  killLeftovers();
  for (const server of servers.splice(0)) await server.close();
});
afterAll(removeWorkDirs);

async function fake(options: Parameters<typeof startFakeOpenAIServer>[0] = {}) {
  const server = await startFakeOpenAIServer({ apiKey: API_KEY, reply, ...options });
  servers.push(server);
  return server;
}

/** A copy of a fixture whose osmosis.config.ts points the openai provider at `url`. */
async function project(url: string, name = "jaffle-shop"): Promise<string> {
  const dir = await copyProject(name);
  await writeConfig(dir, url);
  return dir;
}

async function writeConfig(dir: string, url: string): Promise<void> {
  await writeFile(
    join(dir, "osmosis.config.ts"),
    configTs(`{ provider: "openai", providers: { openai: { baseURL: ${JSON.stringify(url)} } } }`),
  );
}

const withKey = (extra: Record<string, string> = {}) =>
  cliEnv({ OPENAI_API_KEY: API_KEY, ...extra });

describe("--dry-run and a missing key", () => {
  it(
    "--dry-run changes no byte, shows the inheritance diff and the estimate, and calls nothing",
    async () => {
      const server = await fake();
      const dir = await project(server.url);
      const before = await hashTree(dir);
      const result = await runCli(["document", "--dry-run"], { cwd: dir, env: withKey() });
      expect(result.code, result.stderr).toBe(0);
      expect(await hashTree(dir)).toEqual(before);
      expect(server.stats.requests).toBe(0);
      expect(result.stdout).toMatch(/^--- a\/models\/.+\.yml$/m);
      expect(result.stdout).toMatch(/^\+\+\+ b\/models\/.+\.yml$/m);
      expect(result.stdout).toMatch(/^\+\s+description: /m);
      expect(result.stdout).toMatch(/^Estimate \d+ calls to openai\/gpt-4o-mini: /m);
      expect(result.stdout).toMatch(/Dry run: nothing was called or written/);
    },
    RUN,
  );

  it(
    "--dry-run without a key is still a preview: exit 0, no byte changed",
    async () => {
      const server = await fake();
      const dir = await project(server.url);
      const before = await hashTree(dir);
      const result = await runCli(["document", "--dry-run"], { cwd: dir, env: cliEnv() });
      expect(result.code, result.stderr).toBe(0);
      expect(await hashTree(dir)).toEqual(before);
      expect(result.stdout).toMatch(/^Estimate /m);
      expect(result.stdout).toMatch(/OPENAI_API_KEY is not set/);
      expect(server.stats.requests).toBe(0);
    },
    RUN,
  );

  it(
    "without a key in CI, prints the preview, writes nothing and exits 2",
    async () => {
      const server = await fake();
      const dir = await project(server.url);
      const before = await hashTree(dir);
      const result = await runCli(["document"], { cwd: dir, env: cliEnv() });
      expect(result.code).toBe(2);
      expect(await hashTree(dir)).toEqual(before);
      expect(server.stats.requests).toBe(0);
      expect(result.stdout).toMatch(/^Plan \d+ nodes selected/m);
      expect(result.stdout).toMatch(/^--- a\//m);
      expect(result.stdout).toMatch(/^Estimate /m);
      expect(result.stdout).toMatch(/Nothing was written: OPENAI_API_KEY is not set/);
    },
    RUN,
  );
});

interface Coverage {
  nodes: { total: number; documented: number; percent: number };
  columns: { total: number; documented: number; inherited: number; percent: number };
  threshold: number;
  passed: boolean;
  missing: Array<{ unique_id: string; name: string; description: boolean; columns: string[] }>;
}

describe("check", () => {
  it(
    "passes at or above the threshold, fails below it, lists what is missing; --json parses",
    async () => {
      const dir = await copyProject("jaffle-shop");
      const json = await runCli(["check", "--json", "--threshold", "0"], {
        cwd: dir,
        env: cliEnv(),
      });
      expect(json.code, json.stderr).toBe(0);
      const coverage = JSON.parse(json.stdout) as Coverage;
      expect(coverage.nodes.percent).toBeGreaterThan(0);
      expect(coverage.nodes.percent).toBeLessThan(100);
      expect(coverage.columns.percent).toBeGreaterThan(0);
      expect(coverage.columns.percent).toBeLessThan(100);
      expect(coverage.nodes.documented).toBeLessThan(coverage.nodes.total);
      expect(coverage.missing.length).toBeGreaterThanOrEqual(
        coverage.nodes.total - coverage.nodes.documented,
      );

      // The threshold is met when both shares reach it: exactly the lower one passes, a tenth more fails.
      const lower = Math.min(coverage.nodes.percent, coverage.columns.percent);
      const [at, below, aboveJson] = await Promise.all([
        runCli(["check", "--threshold", String(lower)], { cwd: dir, env: cliEnv() }),
        runCli(["check", "--threshold", (lower + 0.1).toFixed(1)], { cwd: dir, env: cliEnv() }),
        runCli(["check", "--json", "--threshold", (lower + 0.1).toFixed(1)], {
          cwd: dir,
          env: cliEnv(),
        }),
      ]);
      expect(at.code).toBe(0);
      expect(at.stdout).toMatch(/^Passed: /m);
      expect(below.code).toBe(1);
      expect(below.stdout).toMatch(/^Below the threshold: /m);
      expect(aboveJson.code).toBe(1);
      expect((JSON.parse(aboveJson.stdout) as Coverage).passed).toBe(false);
      // Every node the JSON says is missing something is listed, with its columns.
      expect(below.stdout).toMatch(
        new RegExp(`^Missing \\(${coverage.missing.length} nodes\\):$`, "m"),
      );
      for (const node of coverage.missing) {
        const [kind, , ...rest] = node.unique_id.split(".");
        const label =
          kind === "model"
            ? node.name
            : kind === "source"
              ? `source ${rest.join(".")}`
              : `${kind} ${node.name}`;
        const line = below.stdout.split("\n").find((l) => l.startsWith(`  ${label}  `));
        expect(line, node.unique_id).toBeDefined();
        for (const column of node.columns) expect(line).toContain(column);
      }
    },
    RUN,
  );
});

describe("a documentation run", () => {
  it(
    "writes a report whose totals are the server's and that validates against run-report.v1.json; a rerun makes no call",
    async () => {
      // Two faults the client gets over (a 503 and a reset), so requests differ from calls.
      const server = await fake({ faults: [{ status: 503 }, { kind: "reset" }] });
      const dir = await project(server.url);
      const reportPath = join(dir, "..", "report.json");
      const result = await runCli(["document", "--yes", "--report", "../report.json"], {
        cwd: dir,
        env: withKey(),
      });
      expect(result.code, result.stderr).toBe(0);
      // Node's own warnings (a listener leak) would break the live panel: none.
      expect(result.stderr).not.toMatch(/Warning/);
      const report = JSON.parse(await readFile(reportPath, "utf8")) as RunReport;
      const stats = server.stats;
      expect(stats.faults).toBe(2);
      expect(report.totals.input_tokens).toBe(stats.inputTokens);
      expect(report.totals.output_tokens).toBe(stats.outputTokens);
      expect(report.totals.requests).toBe(stats.requests);
      expect(report.totals.calls).toBe(stats.completed);
      expect(report.totals.requests).toBeGreaterThan(report.totals.calls);
      expect(report.totals.failed).toBe(0);
      expect(report.stopped).toBeUndefined();

      const schema = JSON.parse(await readFile(REPORT_SCHEMA, "utf8")) as object;
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

      // Every schema file written parses as YAML.
      for (const [file, text] of await schemaFiles(dir)) {
        expect(parseDocument(text).errors, file).toEqual([]);
      }

      // A second run, against a server that never saw this project: nothing left to ask.
      const again = await fake();
      await writeConfig(dir, again.url);
      const rerun = await runCli(["document", "--yes"], { cwd: dir, env: withKey() });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(again.stats.requests).toBe(0);
      expect(rerun.stdout).toMatch(/^Calls {4}0 /m);

      // With nothing left for the LLM, no key is needed, even in CI.
      const keyless = await runCli(["document", "--yes"], { cwd: dir, env: cliEnv() });
      expect(keyless.code, keyless.stderr).toBe(0);
      expect(keyless.stdout).toMatch(/^Calls {4}0 /m);
    },
    RUN,
  );

  it(
    "--log-format json: stdout is JSON lines, one per event, the last carrying the report",
    async () => {
      const server = await fake();
      const dir = await project(server.url);
      const result = await runCli(["document", "--yes", "--log-format", "json"], {
        cwd: dir,
        env: withKey(),
      });
      expect(result.code, result.stderr).toBe(0);
      const events = result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { type: string; time: string; report?: RunReport });
      expect(events[0]?.type).toBe("planned");
      expect(events.at(-1)?.type).toBe("finished");
      const known = [
        "planned",
        "started",
        "inherited",
        "documented",
        "failed",
        "retried",
        "rate-limited",
        "cost",
        "finished",
      ];
      expect(events.filter((e) => !known.includes(e.type))).toEqual([]);
      for (const type of ["started", "documented", "cost"]) {
        expect(
          events.some((e) => e.type === type),
          type,
        ).toBe(true);
      }
      expect(events.every((e) => !Number.isNaN(Date.parse(e.time)))).toBe(true);
      const report = events.at(-1)?.report as RunReport;
      expect(report.totals.input_tokens).toBe(server.stats.inputTokens);
      expect(report.totals.calls).toBe(server.stats.completed);
      expect(events.filter((e) => e.type === "documented").length).toBe(report.totals.documented);
    },
    RUN,
  );

  // A vendor-shaped key (caught by pattern too) and a gateway's key of no known shape (caught only
  // because osmosis knows it is the configured key).
  it.each([
    ["a vendor-shaped key", API_KEY],
    ["a gateway key of no known shape", "gateway-Secret-0123456789abcdef"],
  ])(
    "never prints or writes %s, not even when a vendor's error message repeats it",
    async (_, key) => {
      // An error body that echoes the caller's key, for one node.
      const server = await fake({
        apiKey: key,
        faultFor: (request) =>
          /^model stg_orders \(/.test(userText(request.body))
            ? {
                status: 400,
                body: {
                  error: {
                    message: `Bad request from key ${key} (Authorization: Bearer ${key})`,
                    type: "invalid_request_error",
                    param: null,
                    code: null,
                  },
                },
              }
            : undefined,
      });
      const dir = await project(server.url);
      const result = await runCli(
        ["document", "--yes", "--report", "report.json", "--log-level", "debug"],
        { cwd: dir, env: cliEnv({ OPENAI_API_KEY: key }) },
      );
      expect(result.code).toBe(1);
      // The vendor's message is shown (it says what went wrong), with the key scrubbed out.
      expect(result.stdout).toMatch(
        /^\[\s*\d+\/\d+\] ✗ stg_orders .*Bad request from key \S*\[REDACTED\]/m,
      );
      expect(server.stats.completed).toBeGreaterThan(0);
      const texts = await allTexts(dir);
      expect(texts.get("report.json")).toMatch(/Bad request from key \S*\[REDACTED\]/);
      expect([...texts.keys()].some((file) => file.startsWith(".osmosis/cache"))).toBe(true);
      const leaks = [
        ["stdout", result.stdout] as const,
        ["stderr", result.stderr] as const,
        ...texts,
      ]
        .filter(([, text]) => text.includes(key) || text.includes(key.slice(6)))
        .map(([where]) => where);
      expect(leaks).toEqual([]);
    },
    RUN,
  );

  it(
    "documents a few models of a v4 manifest (ethereum-models) selected with --select",
    async () => {
      const server = await fake();
      const dir = await project(server.url, "ethereum-models");
      const selected = ["silver__blocks", "silver__logs", "core__ez_nft_mints"];
      const result = await runCli(["document", "--yes", "--select", ...selected], {
        cwd: dir,
        env: withKey(),
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Planned 3 nodes/m);
      for (const name of selected)
        expect(result.stdout).toMatch(new RegExp(`^\\[\\s*\\d+/\\d+\\] ✓ ${name} `, "m"));
      expect(server.stats.completed).toBe(3);
      // What was written is what `check` now counts as described.
      const check = await runCli(["check", "--json", "--select", ...selected], {
        cwd: dir,
        env: cliEnv(),
      });
      const coverage = JSON.parse(check.stdout) as Coverage;
      expect(coverage.missing).toEqual([]);
      expect(check.code).toBe(0);
    },
    RUN,
  );
});
