import { chmod, cp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DbtParseError } from "./dbt-parse.js";
import { openProject, planProject } from "./engine.js";
import {
  copyFixture,
  fixtureProject,
  removeTemporaryFolders,
  temporaryFolder,
} from "./fixture-projects.js";
import { ManifestNotFoundError } from "./manifest/index.js";

afterEach(removeTemporaryFolders);

const copyOf = copyFixture;

/** A PATH whose `dbt` copies `manifest` into the project's target/ (as `dbt parse` would write it). */
async function fakeDbtPath(manifest: string): Promise<string> {
  const bin = await temporaryFolder();
  await writeFile(
    join(bin, "dbt"),
    `#!/usr/bin/env node
const fs = require("node:fs"), path = require("node:path");
const dir = process.argv[process.argv.indexOf("--project-dir") + 1];
fs.mkdirSync(path.join(dir, "target"), { recursive: true });
fs.copyFileSync(${JSON.stringify(manifest)}, path.join(dir, "target", "manifest.json"));
fs.appendFileSync(path.join(dir, "parse.log"), "parsed\\n");
`,
  );
  await chmod(join(bin, "dbt"), 0o755);
  return `${bin}${delimiter}${process.env.PATH}`;
}

describe("openProject + planProject on jaffle-shop (manifest v12, catalog)", () => {
  it("inherits what the staging models document, as checked by hand in the YAML", async () => {
    const opened = await openProject({ projectDir: fixtureProject("jaffle-shop") });
    const plan = planProject(opened, { select: ["order_items"] });
    expect(plan.nodes.map((n) => n.name)).toEqual(["order_items"]);
    const columns = Object.fromEntries(plan.nodes[0]?.columns.map((c) => [c.name, c]) ?? []);
    // models/staging/stg_order_items.yml documents both; models/marts/order_items.yml does not.
    expect(columns.order_item_id).toMatchObject({
      state: "inherited",
      description: "The unique key for each order item.",
      from: { uniqueId: "model.jaffle_shop.stg_order_items", column: "order_item_id", depth: 1 },
    });
    expect(columns.order_id).toMatchObject({
      state: "inherited",
      description: "The corresponding order each order item belongs to",
      from: { uniqueId: "model.jaffle_shop.stg_order_items", column: "order_id", depth: 1 },
    });
    // The catalog adds the warehouse's columns. Upstream, stg_products leaves PRODUCT_NAME
    // undocumented and is not selected: this run's LLM call writes it here.
    expect(columns.PRODUCT_NAME).toMatchObject({ state: "llm", origin: "catalog" });
    // Selected too, stg_products is documented first and order_items inherits its answer.
    const both = planProject(opened, { select: ["order_items", "stg_products"] });
    const later = both.nodes.find((n) => n.name === "order_items");
    expect(later?.columns.find((c) => c.name === "PRODUCT_NAME")).toMatchObject({
      state: "inherited",
      from: { uniqueId: "model.jaffle_shop.stg_products", pending: true },
    });
    expect(later?.waitsFor).toEqual(["model.jaffle_shop.stg_products"]);
    expect(plan.nodes[0]?.schemaFile).toBe("models/marts/order_items.yml");
    expect(plan.nodes[0]?.description.state).toBe("llm");
  });

  it("plans the whole project upstream first, own nodes only", async () => {
    const opened = await openProject({ projectDir: fixtureProject("jaffle-shop") });
    const plan = planProject(opened);
    const position = new Map(plan.nodes.map((n, i) => [n.uniqueId, i]));
    for (const nodePlan of plan.nodes) {
      for (const upstream of nodePlan.waitsFor) {
        expect(position.get(upstream)).toBeLessThan(position.get(nodePlan.uniqueId) as number);
      }
    }
    expect(plan.totals).toMatchObject({ nodes: 25, columnsWritten: 23 });
    expect(new Set(plan.nodes.map((n) => n.uniqueId.split(".")[1]))).toEqual(
      new Set(["jaffle_shop"]),
    );
  });
});

describe("openProject without a catalog", () => {
  it("reads an undocumented model's columns from its SQL, and says so in the plan", async () => {
    const dir = await copyOf("jaffle-shop-duckdb");
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened);
    const fromSql = plan.nodes.filter((n) => n.columnList.kind === "sql");
    for (const nodePlan of fromSql) {
      expect(nodePlan.columns.length).toBeGreaterThan(0);
      expect(nodePlan.columns.every((c) => c.origin === "sql")).toBe(true);
    }
    expect(plan.nodes.every((n) => n.columnList.kind !== "none" || n.columns.length === 0)).toBe(
      true,
    );
  });
});

describe("openProject --parse", () => {
  it("runs `dbt parse` when the manifest is missing, then reads it", async () => {
    const dir = await copyOf("jaffle-shop");
    const manifest = join(dir, "target", "manifest.json");
    const saved = join(dir, "saved-manifest.json");
    await cp(manifest, saved);
    await rm(manifest);
    await expect(openProject({ projectDir: dir })).rejects.toBeInstanceOf(ManifestNotFoundError);
    const env = { ...process.env, PATH: await fakeDbtPath(saved) };
    const opened = await openProject({ projectDir: dir, parse: { env } });
    expect(opened.project.name).toBe("jaffle_shop");
  });

  it("runs `dbt parse` again when the manifest is older than the project's files", async () => {
    const dir = await copyOf("jaffle-shop");
    const old = new Date("2020-01-01T00:00:00Z");
    await utimes(join(dir, "target", "manifest.json"), old, old);
    const stale = await openProject({ projectDir: dir });
    expect(stale.warnings[0]).toMatch(/older than \d+ files? of the project.*run `dbt parse`/);
    const saved = join(dir, "saved-manifest.json");
    await cp(join(dir, "target", "manifest.json"), saved);
    const env = { ...process.env, PATH: await fakeDbtPath(saved) };
    const fresh = await openProject({ projectDir: dir, parse: { env } });
    expect(fresh.warnings.filter((w) => w.includes("older than"))).toEqual([]);
  });

  it("does not ask for `dbt parse` when only schema YAML changed since (the overlay reads it)", async () => {
    const dir = await copyOf("jaffle-shop");
    const manifest = join(dir, "target", "manifest.json");
    const old = new Date("2020-01-01T00:00:00Z");
    const older = new Date("2019-01-01T00:00:00Z");
    // Every file older than the manifest, then one schema file saved after it.
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) await utimes(join(entry.parentPath, entry.name), older, older);
    }
    await utimes(manifest, old, old);
    await utimes(join(dir, "models", "marts", "orders.yml"), new Date(), new Date());
    const yamlOnly = await openProject({ projectDir: dir });
    expect(yamlOnly.warnings.filter((w) => w.includes("older than"))).toEqual([]);
    // Without the overlay the manifest's descriptions are all there is: the warning stays.
    const noOverlay = await openProject({ projectDir: dir, overlaySchemaFiles: false });
    expect(noOverlay.warnings[0]).toMatch(/older than 1 file of the project/);
    // A changed SQL file is another matter.
    await utimes(join(dir, "models", "marts", "orders.sql"), new Date(), new Date());
    const sql = await openProject({ projectDir: dir });
    expect(sql.warnings[0]).toMatch(/older than 2 files of the project.*run `dbt parse`/);
  });

  it("says to install dbt or run it elsewhere when it is not on PATH", async () => {
    const dir = await copyOf("jaffle-shop");
    await rm(join(dir, "target", "manifest.json"));
    const error = await openProject({ projectDir: dir, parse: { env: { PATH: dir } } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DbtParseError);
  });
});
