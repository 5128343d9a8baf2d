// The built `osmosis` command end to end, part 3: Ctrl-C. A run stopped with SIGINT once a first
// node is written exits 130 with its summary, leaves valid YAML, and a rerun finishes the job
// with exactly the files of a run that was never stopped (the fake's answers depend on the
// request only).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RunReport } from "@osmosis/dbt";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import {
  API_KEY,
  assertBuilt,
  cliEnv,
  configTs,
  copyProject,
  killLeftovers,
  removeWorkDirs,
  reply,
  runCli,
  schemaFiles,
  startCli,
} from "./e2e/harness.js";

const servers: FakeOpenAIServer[] = [];
beforeAll(assertBuilt);
afterEach(async () => {
  killLeftovers();
  for (const server of servers.splice(0)) await server.close();
});
afterAll(removeWorkDirs);

async function fake(latencyMs = 0) {
  const server = await startFakeOpenAIServer({ apiKey: API_KEY, reply, latencyMs });
  servers.push(server);
  return server;
}

async function pointAt(dir: string, url: string): Promise<void> {
  await writeFile(
    join(dir, "osmosis.config.ts"),
    configTs(`{ provider: "openai", providers: { openai: { baseURL: ${JSON.stringify(url)} } } }`),
  );
}

const env = () => cliEnv({ OPENAI_API_KEY: API_KEY });
const readReport = async (path: string) => JSON.parse(await readFile(path, "utf8")) as RunReport;

describe("Ctrl-C", () => {
  it("stops after the first node with exit 130 and a summary; a rerun ends with the files of an unstopped run", async () => {
    // The reference: a run that goes through.
    const whole = await fake();
    const through = await copyProject("jaffle-shop");
    await pointAt(through, whole.url);
    const reference = await runCli(["document", "--yes"], { cwd: through, env: env() });
    expect(reference.code, reference.stderr).toBe(0);

    // The same project on a slow server, one call at a time, stopped once a first node is written.
    const slow = await fake(300);
    const stopped = await copyProject("jaffle-shop");
    await pointAt(stopped, slow.url);
    const cli = startCli(
      ["document", "--yes", "--concurrency", "1", "--report", "../stopped-report.json"],
      { cwd: stopped, env: env() },
    );
    await cli.waitForLine((line) => /^\[\s*\d+\/\d+\] ✓ /.test(line));
    const sentBefore = slow.stats.requests;
    cli.child.kill("SIGINT");
    const half = await cli.done;
    // No new calls: at most the one that was already on its way when the signal came.
    expect(slow.stats.requests - sentBefore).toBeLessThanOrEqual(1);
    expect(half.code, half.stderr).toBe(130);
    expect(half.stderr).toMatch(/Stopping: no new calls/);
    expect(half.stdout).toMatch(/^Stopped early \(cancelled\)/m);
    expect(half.stdout).toMatch(/^Nodes {4}\d+ documented/m);
    expect(half.stdout).toMatch(/^Cost {5}/m);
    const halfReport = await readReport(join(stopped, "..", "stopped-report.json"));
    expect(halfReport.stopped?.reason).toBe("cancelled");
    expect(halfReport.totals.documented).toBeGreaterThan(0);
    expect(halfReport.nodes.some((n) => n.status === "skipped" && n.reason)).toBe(true);
    // Whatever was written is whole, valid YAML.
    for (const [file, text] of await schemaFiles(stopped)) {
      expect(parseDocument(text).errors, file).toEqual([]);
    }

    // The rerun, on a fast server, finishes the job.
    const rest = await fake();
    await pointAt(stopped, rest.url);
    const resumed = await runCli(["document", "--yes", "--report", "../resumed-report.json"], {
      cwd: stopped,
      env: env(),
    });
    expect(resumed.code, resumed.stderr).toBe(0);
    const resumedReport = await readReport(join(stopped, "..", "resumed-report.json"));
    expect(resumedReport.stopped).toBeUndefined();
    expect(resumedReport.totals.failed).toBe(0);
    expect(rest.stats.completed).toBeGreaterThan(0);
    // Nothing paid for was lost: the two parts asked at most what the whole run asked, plus the
    // calls that were still out when the first part stopped.
    expect(slow.stats.completed + rest.stats.completed).toBeLessThanOrEqual(
      whole.stats.completed + slow.stats.requests - slow.stats.completed,
    );

    const expected = await schemaFiles(through);
    const actual = await schemaFiles(stopped);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(actual.get(file), file).toBe(text);
  }, 120_000);

  it("exits at once on a second Ctrl-C, leaving only whole files", async () => {
    const slow = await fake(2_000);
    const dir = await copyProject("jaffle-shop");
    await pointAt(dir, slow.url);
    const cli = startCli(["document", "--yes", "--concurrency", "2"], { cwd: dir, env: env() });
    // The calls are out (the plan line is printed before they start, the server sees them).
    await cli.waitForLine((line) => line.startsWith("Planned "));
    cli.child.kill("SIGINT");
    await cli.waitForLine((line) => line.includes("Stopping: no new calls"), "stderr");
    cli.child.kill("SIGINT");
    const result = await cli.done;
    expect(result.code).toBe(130);
    // Out before the grace ran out: no summary.
    expect(result.stdout).not.toMatch(/^Nodes {4}/m);
    for (const [file, text] of await schemaFiles(dir)) {
      expect(parseDocument(text).errors, file).toEqual([]);
    }
  }, 120_000);
});
