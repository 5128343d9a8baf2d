// `osmosis document` in-process: state:modified against a previous manifest, and --state errors.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyProject, removeWorkDirs } from "../e2e/harness.js";
import { runCli } from "../program.js";
import { testContext } from "../test-support/context.js";

afterEach(removeWorkDirs);

describe("osmosis document --state", () => {
  it("plans only what changed since the previous manifest (state:modified+)", async () => {
    const dir = await copyProject("jaffle-shop");
    // The previous run's artifacts: the manifest as it is now.
    await mkdir(join(dir, "prod"), { recursive: true });
    const manifestPath = join(dir, "target", "manifest.json");
    const text = await readFile(manifestPath, "utf8");
    await writeFile(join(dir, "prod", "manifest.json"), text);
    // Then stg_supplies's SQL changes, as `dbt parse` would record an edited file.
    const manifest = JSON.parse(text);
    const node = manifest.nodes["model.jaffle_shop.stg_supplies"];
    node.raw_code = `${node.raw_code}\n-- a change`;
    node.checksum.checksum = "changed";
    await writeFile(manifestPath, JSON.stringify(manifest));

    const { ctx, stdout, stderr } = testContext({ cwd: dir });
    const code = await runCli(["document", "--dry-run", "state:modified+", "--state", "prod"], ctx);
    expect(code, stderr()).toBe(0);
    const planned = stdout()
      .split("\n")
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.trim().split(/\s{2,}/)[0]);
    // stg_supplies and what is downstream of it, upstream first.
    expect(planned[0]).toBe("stg_supplies");
    expect([...planned].sort()).toEqual(["order_items", "orders", "stg_supplies", "supplies"]);
    // customers (downstream of orders) is selected too, with nothing missing.
    expect(stdout()).toMatch(/^Plan 5 nodes selected: 4 need the LLM/m);
  });

  it("says what --state needs when the folder has no manifest", async () => {
    const dir = await copyProject("jaffle-shop");
    const { ctx, stderr } = testContext({ cwd: dir });
    const code = await runCli(["document", "--dry-run", "--state", "missing"], ctx);
    expect(code).toBe(2);
    expect(stderr()).toMatch(/--state .*missing: there is no manifest\.json in that folder/);
    expect(stderr()).toMatch(/fix +Pass the folder holding the manifest\.json/);
  });

  it("asks for --state when a selector needs it", async () => {
    const dir = await copyProject("jaffle-shop");
    const { ctx, stderr } = testContext({ cwd: dir });
    const code = await runCli(["document", "--dry-run", "-s", "state:modified"], ctx);
    expect(code).toBe(2);
    expect(stderr()).toMatch(/A state: selector needs the previous run's artifacts/);
  });
});

describe("osmosis document --max-cost", () => {
  it("refuses a cap it cannot count against (a model with no known price) before any call", async () => {
    const dir = await copyProject("jaffle-shop");
    const { ctx, stderr } = testContext({
      cwd: dir,
      // An endpoint nothing listens on: the check must come before any request.
      env: {
        OPENAI_API_KEY: "sk-test-0000000000000000000000",
        OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
      },
    });
    const code = await runCli(
      ["document", "--yes", "--model", "acme-large", "--max-cost", "1"],
      ctx,
    );
    expect(code).toBe(2);
    expect(stderr()).toMatch(
      /A spending cap of \$1\.00 is set, but the price of openai\/acme-large is unknown/,
    );
    expect(stderr()).toMatch(/prices: \{ "acme-large": \{ input: 0\.15, output: 0\.6 \} \}/);
  });
});

describe("osmosis document --inherit-only", () => {
  it("writes what inheritance finds with no key and no call, and says what is left for the LLM", async () => {
    const dir = await copyProject("jaffle-shop");
    const { ctx, stdout, stderr } = testContext({ cwd: dir, ci: true });
    const code = await runCli(["document", "--inherit-only"], ctx);
    expect(code, stderr()).toBe(0);
    expect(stdout()).toMatch(/^Inherited \d+ descriptions into 4 schema files, free\.$/m);
    expect(stdout()).toMatch(/^ {2}models\/marts\/order_items\.yml$/m);
    expect(stdout()).toMatch(
      /still need the LLM: run `osmosis document` without --inherit-only\.$/m,
    );
    const orders = await readFile(join(dir, "models", "marts", "order_items.yml"), "utf8");
    expect(orders).toContain("description: The unique key for each order item.");
    await expect(readFile(join(dir, ".osmosis", "cache"), "utf8")).rejects.toThrow();

    // Nothing left for inheritance: a preview finds no file to change.
    const again = testContext({ cwd: dir });
    expect(await runCli(["document", "--dry-run"], again.ctx)).toBe(0);
    expect(again.stdout()).toContain("Inheritance changes no file.");
  });
});
