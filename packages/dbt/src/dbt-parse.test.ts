import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DbtParseError, findOnPath, runDbtParse } from "./dbt-parse.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A folder holding a fake `dbt` (a Node script) that does what `script` says. */
async function fakeDbt(script: string): Promise<string> {
  const bin = await mkdtemp(join(tmpdir(), "osmosis-fake-dbt-"));
  dirs.push(bin);
  const path = join(bin, "dbt");
  await writeFile(path, `#!/usr/bin/env node\n${script}\n`);
  await chmod(path, 0o755);
  return bin;
}

async function projectDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "osmosis-project-"));
  dirs.push(dir);
  await writeFile(join(dir, "dbt_project.yml"), "name: shop\n");
  return dir;
}

describe("runDbtParse", () => {
  it("runs `dbt parse --project-dir <dir>` from PATH, which writes the manifest", async () => {
    const bin = await fakeDbt(`
const fs = require("node:fs"), path = require("node:path");
const dir = process.argv[process.argv.indexOf("--project-dir") + 1];
fs.mkdirSync(path.join(dir, "target"), { recursive: true });
fs.writeFileSync(path.join(dir, "target", "manifest.json"), JSON.stringify({ args: process.argv.slice(2) }));`);
    const dir = await projectDir();
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
    await runDbtParse(dir, { env, args: ["--target", "dev"] });
    const written = JSON.parse(await readFile(join(dir, "target", "manifest.json"), "utf8"));
    expect(written.args).toEqual(["parse", "--project-dir", dir, "--target", "dev"]);
  });

  it("says what to do when dbt is not installed", async () => {
    const dir = await projectDir();
    const empty = await mkdtemp(join(tmpdir(), "osmosis-empty-"));
    dirs.push(empty);
    const error = await runDbtParse(dir, { env: { PATH: empty } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbtParseError);
    expect((error as Error).message).toMatch(
      /dbt is not on PATH.*Run `dbt parse` where dbt is installed/,
    );
  });

  it("reports dbt's failure with its exit code and the end of its output", async () => {
    const bin = await fakeDbt(`console.log("Running with dbt=1.9.4");
console.error("Compilation Error in model orders (models/orders.sql)");
process.exit(2);`);
    const dir = await projectDir();
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
    const error = (await runDbtParse(dir, { env }).catch((e: unknown) => e)) as DbtParseError;
    expect(error).toBeInstanceOf(DbtParseError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/`dbt parse` failed \(exit code 2\)/);
    expect(error.output).toContain("Compilation Error in model orders");
  });
});

describe("findOnPath", () => {
  it("finds only executables", async () => {
    const bin = await fakeDbt("");
    await mkdir(join(bin, "sub"));
    await writeFile(join(bin, "not-exec"), "x");
    expect(await findOnPath("dbt", { PATH: bin })).toBe(join(bin, "dbt"));
    expect(await findOnPath("not-exec", { PATH: bin })).toBeUndefined();
  });
});
