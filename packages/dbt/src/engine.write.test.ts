// The engine end to end on copies of real projects: open, plan, write every inherited description
// to the schema files, and check what changed in them (and that a second pass changes nothing).
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  openProject,
  openState,
  planProject,
  previewNodeDocs,
  writeInheritedDocs,
  writeNodeDocs,
} from "./engine.js";
import { copyFixture, removeTemporaryFolders } from "./fixture-projects.js";
import { SchemaFileError, SchemaFileWriter, UnsafePathError } from "./yaml/index.js";
import { commentLines, isSubsequence, nonDescriptionLines } from "./yaml/test-support.js";

afterEach(removeTemporaryFolders);

const copyOf = copyFixture;

/** The file's text with CRLF read as LF: a line that gains a line break after it keeps its bytes. */
const read = (dir: string, file: string) =>
  readFile(join(dir, file), "utf8").then(
    (text) => text.replaceAll("\r\n", "\n"),
    () => undefined,
  );

/** Writes what inheritance found for every planned node; returns the files' texts before. */
async function writeInherited(dir: string, open: { overlaySchemaFiles?: boolean } = {}) {
  const opened = await openProject({ projectDir: dir, ...open });
  const plan = planProject(opened);
  const writer = new SchemaFileWriter({ rootDir: dir });
  const before = new Map<string, string | undefined>();
  for (const node of plan.nodes) {
    if (!before.has(node.schemaFile)) before.set(node.schemaFile, await read(dir, node.schemaFile));
  }
  const results = await Promise.all(
    plan.nodes.map((node) => writeNodeDocs(writer, opened.project, node, { columns: [] })),
  );
  return { plan, before, results };
}

/** Lines a write may add besides descriptions: entries for columns or nodes not listed yet. */
const NEW_ENTRY = /^\s*(- )?(name|columns|models|seeds|snapshots|sources|tables|version)\b|^\s*$/;

describe.each(["jaffle-shop", "hubspot", "qfdmo", "tuva"])(
  "writing %s's inherited descriptions",
  (name) => {
    it("changes description lines only, keeps every comment, and lands each description", async () => {
      const dir = await copyOf(name);
      const { plan, before } = await writeInherited(dir);
      for (const [file, text] of before) {
        const after = await read(dir, file);
        if (text === undefined || after === undefined) continue;
        const was = nonDescriptionLines(text);
        const now = nonDescriptionLines(after);
        // Every other line is still there, in order; what is new is entries for what was missing.
        expect(isSubsequence(was, now)).toBe(true);
        const remaining = [...was];
        for (const line of now) {
          const at = remaining.indexOf(line);
          if (at >= 0) remaining.splice(at, 1);
          else expect(line).toMatch(NEW_ENTRY);
        }
        expect(isSubsequence(commentLines(text), commentLines(after))).toBe(true);
      }
      let landed = 0;
      for (const node of plan.nodes) {
        const inherited = node.columns.filter(
          (c) => c.state === "inherited" && c.description !== undefined,
        );
        if (inherited.length === 0) continue;
        const data = JSON.stringify(
          parse((await read(dir, node.schemaFile)) ?? "", { uniqueKeys: false }),
        );
        for (const column of inherited) {
          expect(data).toContain(JSON.stringify(column.description).slice(1, -1));
          landed += 1;
        }
      }
      expect(landed).toBeGreaterThan(0);
    }, 60_000);

    it("is idempotent: a second pass writes nothing", async () => {
      const dir = await copyOf(name);
      await writeInherited(dir);
      // Read from the manifest alone, which still holds the old descriptions, the plan repeats
      // itself; the files already hold them, so nothing changes. (With the schema files
      // overlaid, as by default, the plan has nothing left to inherit.)
      const { results } = await writeInherited(dir, { overlaySchemaFiles: false });
      expect(results.filter((r) => r.changed)).toEqual([]);
    }, 60_000);
  },
);

describe("writing nodes that have no schema file, or a broken one", () => {
  it("creates the schema file beside a model that has none, with what it inherits", async () => {
    const dir = await copyOf("jaffle-shop");
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened, { select: ["+order_items"] });
    const node = plan.nodes.find((n) => n.name === "order_items");
    expect(node).toBeDefined();
    // Pretend order_items has no YAML: the template puts one beside the model.
    const withoutFile = {
      ...(node as NonNullable<typeof node>),
      schemaFile: "models/marts/new/order_items.yml",
    };
    const writer = new SchemaFileWriter({ rootDir: dir });
    const result = await writeNodeDocs(writer, opened.project, withoutFile, {
      description: "One row per item of an order.",
      columns: [],
    });
    expect(result.changed).toBe(true);
    const text = (await read(dir, "models/marts/new/order_items.yml")) ?? "";
    const data = parse(text) as {
      models: Array<{
        name: string;
        description: string;
        columns: Array<{ name: string; description?: string }>;
      }>;
    };
    expect(data.models[0]?.name).toBe("order_items");
    expect(data.models[0]?.description).toBe("One row per item of an order.");
    expect(data.models[0]?.columns.find((c) => c.name === "order_id")?.description).toBe(
      "The corresponding order each order item belongs to",
    );
    // Snowflake-cased catalog names are written the way dbt users write them.
    expect(data.models[0]?.columns.every((c) => c.name === c.name.toLowerCase())).toBe(true);
  });

  it("reports a schema file with a YAML error by file and line, and writes the other nodes", async () => {
    const dir = await copyOf("jaffle-shop");
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened);
    const broken = "models/marts/order_items.yml";
    await writeFile(join(dir, broken), "models:\n  - name: order_items\n    columns: [unclosed\n");
    const writer = new SchemaFileWriter({ rootDir: dir });
    const outcomes = await Promise.allSettled(
      plan.nodes.map((node) => writeNodeDocs(writer, opened.project, node, { columns: [] })),
    );
    const failures = outcomes.flatMap((o, i) =>
      o.status === "rejected" ? [[plan.nodes[i]?.schemaFile, o.reason]] : [],
    );
    expect(failures.map(([file]) => file)).toEqual([broken]);
    const error = failures[0]?.[1] as Error;
    expect(error).toBeInstanceOf(SchemaFileError);
    expect(error.message).toMatch(/^models\/marts\/order_items\.yml:\d+:\d+: /);
    expect(await read(dir, broken)).toBe(
      "models:\n  - name: order_items\n    columns: [unclosed\n",
    );
    expect(
      outcomes.filter((o) => o.status === "fulfilled" && o.value.changed).length,
    ).toBeGreaterThan(0);
  });

  it("refuses a schema path that leaves the project", async () => {
    const dir = await copyOf("jaffle-shop");
    const opened = await openProject({ projectDir: dir });
    const node = planProject(opened, { select: ["order_items"] }).nodes[0];
    const escaping = { ...(node as NonNullable<typeof node>), schemaFile: "../outside.yml" };
    const error = await writeNodeDocs(
      new SchemaFileWriter({ rootDir: dir }),
      opened.project,
      escaping,
      {
        columns: [],
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafePathError);
  });
});

describe("state:modified through the engine", () => {
  it("selects only what changed against the previous manifest", async () => {
    const dir = await copyOf("jaffle-shop");
    const state = join(dir, "prod-artifacts");
    await cp(join(dir, "target"), state, { recursive: true });
    const manifestPath = join(dir, "target", "manifest.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
    const stgOrders = manifest.nodes["model.jaffle_shop.stg_orders"];
    stgOrders.raw_code = `${stgOrders.raw_code}\n-- changed`;
    await writeFile(manifestPath, JSON.stringify(manifest));
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened, {
      select: ["state:modified+"],
      state: await openState(state, dir),
      resourceTypes: ["model"],
    });
    expect(plan.nodes.map((n) => n.name).sort()).toEqual([
      "customers",
      "order_items",
      "orders",
      "stg_orders",
    ]);
  });
});

describe("previewNodeDocs", () => {
  it("shows the schema file before and after, writing nothing and changing nothing in the project", async () => {
    const dir = await copyOf("jaffle-shop");
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened);
    const node = plan.nodes.find((n) => n.uniqueId === "model.jaffle_shop.orders");
    if (!node) throw new Error("orders is not planned");
    const column = node.columns.find((c) => c.state === "llm");
    if (!column) throw new Error("orders has no column left for the LLM");
    const before = await read(dir, node.schemaFile);
    const change = await previewNodeDocs(opened.project, node, {
      columns: [{ name: column.name, description: "Previewed text." }],
    });
    expect(change?.relativePath).toBe(node.schemaFile);
    expect(change?.before?.replaceAll("\r\n", "\n")).toBe(before);
    expect(change?.after).toContain("description: Previewed text.");
    expect(await read(dir, node.schemaFile)).toBe(before);
    const inProject = opened.project.nodes
      .get(node.uniqueId)
      ?.columns.find((c) => c.name.toLowerCase() === column.name.toLowerCase());
    expect(inProject?.description ?? "").not.toBe("Previewed text.");
  });
});

describe("a schema file that is not there", () => {
  it("is created holding what the manifest knows of the node, so the next run does not ask for it again", async () => {
    const dir = await copyOf("jaffle-shop");
    // Deleted since the last `dbt parse`: the manifest still has orders' descriptions.
    await rm(join(dir, "models", "marts", "orders.yml"));
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened);
    const orders = plan.nodes.find((n) => n.uniqueId === "model.jaffle_shop.orders");
    if (!orders) throw new Error("orders is not planned");
    expect(orders.description.state).toBe("written");
    const missing = orders.columns.find((c) => c.state === "llm");
    if (!missing) throw new Error("orders has no column left for the LLM");
    const writer = new SchemaFileWriter({ rootDir: dir });
    await writeNodeDocs(
      writer,
      opened.project,
      orders,
      { columns: [{ name: missing.name, description: "Written by the LLM." }] },
      { provenance: { generatedBy: "openai/gpt-4o-mini", generatedAt: "2026-12-02" } },
    );
    expect(writer.created("models/marts/orders.yml")).toBe(true);
    const text = (await read(dir, "models/marts/orders.yml")) ?? "";
    const entry = (parse(text).models as Array<Record<string, unknown>>)[0] as {
      description: string;
      meta?: unknown;
      columns: Array<{ name: string; description: string; meta?: unknown }>;
    };
    expect(entry.description).toMatch(/^Order overview data mart/);
    // Carried over: no provenance mark; the LLM's column has one.
    expect(entry.meta).toBeUndefined();
    const byName = new Map(entry.columns.map((c) => [c.name.toLowerCase(), c]));
    expect(byName.get("order_id")?.description).toBe("The unique key of the orders mart.");
    expect(byName.get("order_id")?.meta).toBeUndefined();
    expect(byName.get(missing.name.toLowerCase())?.description).toBe("Written by the LLM.");
    expect(byName.get(missing.name.toLowerCase())?.meta).toBeDefined();

    // The next run reads the file over the manifest: nothing it knew is missing.
    const again = planProject(await openProject({ projectDir: dir }));
    const next = again.nodes.find((n) => n.uniqueId === "model.jaffle_shop.orders");
    expect(next?.description.state).toBe("written");
    const stateOf = (name: string) =>
      next?.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.state;
    expect(stateOf("order_id")).toBe("written");
    expect(stateOf(missing.name)).toBe("written");
  });
});

describe("writeInheritedDocs", () => {
  it("writes the nodes that inherit something, each file once, and only those", async () => {
    const dir = await copyOf("jaffle-shop");
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened);
    const inheriting = plan.nodes.filter((n) =>
      n.columns.some((c) => c.state === "inherited" && c.description !== undefined),
    );
    expect(inheriting.length).toBeGreaterThan(0);
    const writer = new SchemaFileWriter({ rootDir: dir, dryRun: true });
    const results = await writeInheritedDocs(writer, opened.project, plan.nodes);
    expect(results).toHaveLength(inheriting.length);
    const changed = writer.changes().map((c) => c.relativePath);
    expect(changed).toEqual([...new Set(inheriting.map((n) => n.schemaFile))].sort());
    expect(await read(dir, changed[0] as string)).toBe(
      writer.changes()[0]?.before?.replaceAll("\r\n", "\n"),
    );
  });
});
