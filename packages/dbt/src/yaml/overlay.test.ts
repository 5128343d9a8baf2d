// The overlay on real projects: an untouched project reads as its manifest says, and what osmosis
// or a person wrote in the schema files since the last `dbt parse` is what the project model
// shows (and what the plan no longer asks for), without running dbt.
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openProject, planProject, writeNodeDocs } from "../engine.js";
import {
  copyFixture,
  fixtureProject,
  removeTemporaryFolders,
  temporaryFolder,
} from "../fixture-projects.js";
import { loadProject } from "../manifest/index.js";
import { type DbtNode, type DbtProject, findColumn } from "../project.js";
import { overlaySchemaFiles } from "./overlay.js";
import { SchemaFileWriter } from "./writer.js";

afterEach(removeTemporaryFolders);

function get(project: DbtProject, uniqueId: string): DbtNode {
  const node = project.nodes.get(uniqueId);
  if (!node) throw new Error(`no node ${uniqueId}`);
  return node;
}

/** The node's column named `column`, compared case-insensitively. */
function columnOf(project: DbtProject, uniqueId: string, column: string) {
  return findColumn(get(project, uniqueId), column);
}

/** A person's edit: `from` replaced by `to` in the file (which must hold `from`). */
async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const path = join(dir, file);
  const text = await readFile(path, "utf8");
  expect(text, `${file} holds ${JSON.stringify(from)}`).toContain(from);
  await writeFile(path, text.replace(from, to));
}

type Json = Record<string, unknown>;

/** Changes the copy's manifest as `change` says, as a run of `dbt parse` would have. */
async function changeManifest(dir: string, change: (manifest: Json) => void): Promise<void> {
  const path = join(dir, "target", "manifest.json");
  const manifest = JSON.parse(await readFile(path, "utf8")) as Json;
  change(manifest);
  await writeFile(path, JSON.stringify(manifest));
}

/** Every node's descriptions and columns, to compare before and after. */
const snapshot = (project: DbtProject) => structuredClone([...project.nodes.values()]);

describe("an untouched project: the schema files say what the manifest says", () => {
  it.each([
    ["jaffle-shop", 13, []],
    // v4, snowflake: descriptions are `{{ doc("…") }}` in the files, rendered in the manifest.
    ["ethereum-models", 32, []],
    ["flow-models", 16, []],
    ["crosschain-models", 59, []],
    // `>` text ending a file without a line break: dbt's PyYAML drops the final line break that
    // `yaml` keeps (stg_hubspot__contact.yml, merged_object_ids).
    ["hubspot", 19, []],
    ["hubspot-v11", 8, []],
    ["jaffle-shop-duckdb", 2, []],
    ["qfdmo", 31, []],
    // Only models/ of tuva was copied: the seeds' schema files the manifest names are not here.
    [
      "tuva",
      14,
      [
        "11 schema files the manifest names no longer exist (seeds/terminology/terminology_seeds.yml, …); their nodes keep the manifest's descriptions. Run `dbt parse` to refresh the manifest.",
      ],
    ],
  ])("%s", async (name, filesRead, warnings) => {
    const { project } = await loadProject({ projectDir: fixtureProject(name) });
    const before = snapshot(project);
    const result = await overlaySchemaFiles(project);
    expect(result).toEqual({ filesRead, nodesUpdated: 0, descriptionsChanged: 0, warnings });
    expect(snapshot(project)).toEqual(before);
  });
});

describe("descriptions osmosis wrote are not planned again", () => {
  it.each([
    ["jaffle-shop", "v12"],
    ["ethereum-models", "v4"],
  ])(
    "%s (manifest %s): every description written, then the project opened again",
    async (name) => {
      const dir = await copyFixture(name);
      const opened = await openProject({ projectDir: dir });
      const plan = planProject(opened);
      const writer = new SchemaFileWriter({ rootDir: dir });
      // What inheritance found, and an answer for every description the LLM was to write.
      const results = await Promise.all(
        plan.nodes.map((node) =>
          writeNodeDocs(writer, opened.project, node, {
            ...(node.description.state === "llm" && { description: `About ${node.name}.` }),
            columns: node.columns
              .filter((c) => c.state === "llm")
              .map((c) => ({ name: c.name, description: `What ${c.name} holds.` })),
          }),
        ),
      );
      const applied = results.flatMap((r) => r.applied);
      expect(applied.length).toBeGreaterThan(50);

      // The manifest is as it was: only the files hold what was written.
      const stale = planProject(await openProject({ projectDir: dir, overlaySchemaFiles: false }));
      expect(stale.totals.columnsLlm).toBe(plan.totals.columnsLlm);

      const reopened = await openProject({ projectDir: dir });
      expect(reopened.overlay?.descriptionsChanged).toBe(applied.length);
      expect(reopened.overlay?.warnings).toEqual([]);
      const again = planProject(reopened);
      const byId = new Map(again.nodes.map((n) => [n.uniqueId, n]));
      const key = (n: { resourceType: string; name: string; version?: unknown }, source?: string) =>
        `${n.resourceType}:${source ?? ""}:${n.name}:${n.version ?? ""}`;
      const ids = new Map(
        plan.nodes.map((n) => [key(n, get(opened.project, n.uniqueId).sourceName), n]),
      );
      for (const edit of applied) {
        const planned = ids.get(key(edit, edit.sourceName));
        const now = byId.get(planned?.uniqueId ?? "");
        if (edit.column === undefined) {
          expect(now?.description.state).toBe("written");
          continue;
        }
        const lower = edit.column.toLowerCase();
        const column = now?.columns.find((c) => c.name.toLowerCase() === lower);
        expect(column?.state, `${planned?.uniqueId}.${edit.column}`).toBe("written");
        expect(columnOf(reopened.project, planned?.uniqueId ?? "", edit.column)?.description).toBe(
          edit.description,
        );
      }
      // Nothing is left for the LLM but what the writer could not write.
      const skipped = results.flatMap((r) => r.skipped).filter((s) => s.reason !== "unchanged");
      expect(again.totals.columnsLlm).toBe(skipped.filter((s) => s.column !== undefined).length);
    },
    60_000,
  );
});

describe("a node documented in a new schema file", () => {
  it.each([
    ["jaffle-shop", "model.jaffle_shop.metricflow_time_spine", "models/marts"],
    ["ethereum-models", "model.ethereum_models.bronze__blocks", "models/bronze"],
  ])(
    "%s: %s is read from the file the template names",
    async (name, uniqueId, folder) => {
      const dir = await copyFixture(name);
      const template = "{dir}/_{name}.yml";
      const opened = await openProject({ projectDir: dir, schemaPathTemplate: template });
      const node = planProject(opened, { schemaPathTemplate: template }).nodes.find(
        (n) => n.uniqueId === uniqueId,
      );
      expect(node?.schemaFileExists).toBe(false);
      expect(node?.schemaFile).toBe(`${folder}/_${get(opened.project, uniqueId).name}.yml`);
      const columns = node?.columns.map((c) => ({ name: c.name, description: `${c.name}, new.` }));
      expect(columns?.length).toBeGreaterThan(0);
      const writer = new SchemaFileWriter({ rootDir: dir });
      const written = await writeNodeDocs(
        writer,
        opened.project,
        node as NonNullable<typeof node>,
        {
          description: "Written by osmosis on an earlier run.",
          columns: columns ?? [],
        },
      );
      expect(written.changed).toBe(true);

      const reopened = await openProject({ projectDir: dir, schemaPathTemplate: template });
      const model = get(reopened.project, uniqueId);
      expect(model.patchPath).toBeUndefined();
      expect(model.description).toBe("Written by osmosis on an earlier run.");
      for (const column of columns ?? []) {
        expect(columnOf(reopened.project, uniqueId, column.name)).toMatchObject({
          description: column.description,
          origin: "yaml",
        });
      }
      expect(planProject(reopened).nodes.find((n) => n.uniqueId === uniqueId)?.needsLlm).toBe(
        false,
      );
      // Without the template, osmosis would look for the default file, which is not there.
      const elsewhere = await openProject({ projectDir: dir });
      expect(get(elsewhere.project, uniqueId).description).toBe("");
    },
    60_000,
  );
});

describe("a person's edits are what the project shows", () => {
  it("jaffle-shop: text changed, removed, and a column added", async () => {
    const dir = await copyFixture("jaffle-shop");
    const file = "models/marts/customers.yml";
    await edit(
      dir,
      file,
      "description: Customers' full name.",
      "description: Full name, as given.",
    );
    await edit(
      dir,
      file,
      "        description: Total number of orders a customer has ever placed.\n",
      "",
    );
    await edit(
      dir,
      file,
      "      - name: customer_type\n",
      "      - name: loyalty_tier\n        description: Bronze, silver or gold.\n      - name: customer_type\n",
    );
    const { project, overlay } = await openProject({ projectDir: dir });
    const id = "model.jaffle_shop.customers";
    expect(columnOf(project, id, "customer_name")?.description).toBe("Full name, as given.");
    // The manifest's text came from this file: a key the file no longer has means none.
    expect(columnOf(project, id, "count_lifetime_orders")?.description).toBe("");
    expect(columnOf(project, id, "loyalty_tier")).toEqual({
      name: "loyalty_tier",
      description: "Bronze, silver or gold.",
      origin: "yaml",
    });
    // YAML columns first, in the file's order, then the catalog's.
    const names = get(project, id).columns.map((c) => c.name);
    expect(names.indexOf("loyalty_tier")).toBe(9);
    expect(overlay).toEqual({
      filesRead: 13,
      nodesUpdated: 1,
      descriptionsChanged: 3,
      warnings: [],
    });
    const plan = planProject(await openProject({ projectDir: dir }), { select: ["customers"] });
    expect(plan.nodes[0]?.columns.find((c) => c.name === "count_lifetime_orders")?.state).toBe(
      "llm",
    );
  });

  it("ethereum-models: a doc block reference changed is kept as written; the others read rendered", async () => {
    const dir = await copyFixture("ethereum-models");
    await edit(
      dir,
      "models/gold/core__fact_blocks.yml",
      `- name: BLOCK_NUMBER\n        description: '{{ doc("eth_block_number") }}'`,
      `- name: BLOCK_NUMBER\n        description: '{{ doc("eth_tx_count") }}'`,
    );
    const { project, overlay } = await openProject({ projectDir: dir });
    const id = "model.ethereum_models.core__fact_blocks";
    expect(columnOf(project, id, "BLOCK_NUMBER")?.description).toBe('{{ doc("eth_tx_count") }}');
    expect(columnOf(project, id, "TX_COUNT")?.description).toBe(project.docs.get("eth_tx_count"));
    expect(overlay?.descriptionsChanged).toBe(1);
    const plan = planProject(await openProject({ projectDir: dir }), {
      select: ["core__fact_blocks"],
    });
    expect(plan.nodes[0]?.columns.find((c) => c.name === "BLOCK_NUMBER")?.state).toBe("jinja");
  });
});

describe("files that cannot be read", () => {
  it("a YAML error: a warning with the file and line; the other files are read", async () => {
    const dir = await copyFixture("jaffle-shop");
    const broken = "models/marts/order_items.yml";
    await writeFile(join(dir, broken), "models:\n  - name: order_items\n    columns: [unclosed\n");
    await edit(dir, "models/marts/customers.yml", "Customers' full name.", "Full name.");
    const manifestOnly = await openProject({ projectDir: dir, overlaySchemaFiles: false });
    const opened = await openProject({ projectDir: dir });
    const problems = opened.warnings.filter((w) => w.startsWith(broken));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^models\/marts\/order_items\.yml:4:1: .+ model\.jaffle_shop\.order_items keeps the manifest's descriptions\.$/,
    );
    expect(opened.overlay?.warnings).toEqual(problems);
    const id = "model.jaffle_shop.order_items";
    expect(get(opened.project, id).columns).toEqual(get(manifestOnly.project, id).columns);
    expect(
      columnOf(opened.project, "model.jaffle_shop.customers", "customer_name")?.description,
    ).toBe("Full name.");
  });

  it.each([
    [
      "a path out of the project",
      async (dir: string, outside: string) => {
        await writeFile(
          join(outside, "customers.yml"),
          "models:\n  - name: customers\n    description: Outside.\n",
        );
        return `jaffle_shop://${relative(dir, join(outside, "customers.yml"))}`;
      },
      /^Did not read \.\.\/.*customers\.yml: it resolves to .*, outside the project root /,
    ],
    [
      "a folder linked out of the project",
      async (dir: string, outside: string) => {
        await writeFile(
          join(outside, "customers.yml"),
          "models:\n  - name: customers\n    description: Outside.\n",
        );
        await symlink(outside, join(dir, "models", "linked"));
        return "jaffle_shop://models/linked/customers.yml";
      },
      /^Did not read models\/linked\/customers\.yml: its folder is a symbolic link to .*, outside the project root /,
    ],
    [
      "a file linked out of the project",
      async (dir: string, outside: string) => {
        await writeFile(
          join(outside, "customers.yml"),
          "models:\n  - name: customers\n    description: Outside.\n",
        );
        await mkdir(join(dir, "models", "links"));
        await symlink(
          join(outside, "customers.yml"),
          join(dir, "models", "links", "customers.yml"),
        );
        return "jaffle_shop://models/links/customers.yml";
      },
      /^Did not read models\/links\/customers\.yml: it is a symbolic link to .*, outside the project root /,
    ],
  ])("%s: not read, and said so", async (_, prepare, warning) => {
    const dir = await copyFixture("jaffle-shop");
    const outside = await temporaryFolder();
    const patchPath = await prepare(dir, outside);
    await changeManifest(dir, (manifest) => {
      const nodes = manifest.nodes as Record<string, Json>;
      (nodes["model.jaffle_shop.customers"] as Json).patch_path = patchPath;
    });
    const { project, overlay } = await openProject({ projectDir: dir });
    expect(overlay?.warnings).toHaveLength(1);
    expect(overlay?.warnings[0]).toMatch(warning);
    expect(overlay?.warnings[0]).toMatch(
      /model\.jaffle_shop\.customers keeps the manifest's descriptions\.$/,
    );
    expect(get(project, "model.jaffle_shop.customers").description).toMatch(/^Customer overview/);
  });
});

describe("sources and versioned models", () => {
  it("jaffle-shop's sources: a table described by osmosis, another by a person", async () => {
    const dir = await copyFixture("jaffle-shop");
    const opened = await openProject({ projectDir: dir });
    const stores = planProject(opened, { select: ["source:ecom.raw_stores"] }).nodes[0];
    expect(stores?.description.state).toBe("llm");
    const writer = new SchemaFileWriter({ rootDir: dir });
    await writeNodeDocs(writer, opened.project, stores as NonNullable<typeof stores>, {
      description: "One record per store.",
      columns: [],
    });
    await edit(
      dir,
      "models/staging/__sources.yml",
      "One record per person who has purchased one or more items",
      "One record per customer",
    );
    const { project, overlay } = await openProject({ projectDir: dir });
    expect(get(project, "source.jaffle_shop.ecom.raw_stores").description).toBe(
      "One record per store.",
    );
    expect(get(project, "source.jaffle_shop.ecom.raw_customers").description).toBe(
      "One record per customer",
    );
    expect(overlay?.descriptionsChanged).toBe(2);
  });

  /**
   * Makes jaffle-shop's `customers` a versioned model, in its YAML and in its manifest as dbt
   * records one (no fixture has a versioned model with its YAML): v1 leaves out
   * `lifetime_tax_paid`; v2 has its own description and its own `customer_type`.
   */
  async function versionCustomers(dir: string): Promise<void> {
    const file = "models/marts/customers.yml";
    await edit(
      dir,
      file,
      "description: Options are 'new' or 'returning', indicating if a customer has ordered more than once or has only placed their first order to date.",
      "description: New or returning.",
    );
    await edit(
      dir,
      file,
      '              values: ["new", "returning"]\n',
      [
        '              values: ["new", "returning"]',
        "    latest_version: 2",
        "    versions:",
        "      - v: 1",
        "        columns:",
        "          - include: all",
        "            exclude: [lifetime_tax_paid]",
        "      - v: 2",
        "        description: Customers, one row each, with their type.",
        "        columns:",
        "          - include: '*'",
        "          - name: customer_type",
        "            description: Whether the customer has ordered more than once.",
        "",
      ].join("\n"),
    );
    await changeManifest(dir, (manifest) => {
      const nodes = manifest.nodes as Record<string, Json>;
      const model = nodes["model.jaffle_shop.customers"] as Json;
      const columns = model.columns as Record<string, Json>;
      const version = (
        v: number,
        description: string,
        typeDescription: string,
        keep: string[],
      ) => ({
        ...structuredClone(model),
        unique_id: `model.jaffle_shop.customers.v${v}`,
        version: v,
        latest_version: 2,
        description,
        columns: Object.fromEntries(
          keep.map((name) => [
            name,
            name === "customer_type"
              ? { ...columns[name], description: typeDescription }
              : columns[name],
          ]),
        ),
      });
      const all = Object.keys(columns);
      delete nodes["model.jaffle_shop.customers"];
      nodes["model.jaffle_shop.customers.v1"] = version(
        1,
        model.description as string,
        "New or returning.",
        all.filter((c) => c !== "lifetime_tax_paid"),
      );
      nodes["model.jaffle_shop.customers.v2"] = version(
        2,
        "Customers, one row each, with their type.",
        "Whether the customer has ordered more than once.",
        all,
      );
      // Lineage to the old id: left out, and warned about, which is not what this test is about.
      manifest.parent_map = undefined;
      manifest.child_map = undefined;
    });
  }

  it("jaffle-shop's customers, versioned: each version reads its own entry and what it includes", async () => {
    const dir = await copyFixture("jaffle-shop");
    await versionCustomers(dir);
    const options = { projectDir: dir, catalogPath: false } as const;
    const untouched = await openProject(options);
    expect(untouched.overlay?.descriptionsChanged).toBe(0);
    expect(untouched.overlay?.warnings).toEqual([]);

    await edit(dir, "models/marts/customers.yml", "Customers' full name.", "Full name.");
    await edit(dir, "models/marts/customers.yml", "with their type.", "and their type.");
    await edit(
      dir,
      "models/marts/customers.yml",
      "The sum of all the tax portion",
      "The tax portion",
    );
    const { project, overlay } = await openProject(options);
    const v1 = "model.jaffle_shop.customers.v1";
    const v2 = "model.jaffle_shop.customers.v2";
    // The model's own column: both versions show it.
    expect(columnOf(project, v1, "customer_name")?.description).toBe("Full name.");
    expect(columnOf(project, v2, "customer_name")?.description).toBe("Full name.");
    // v2's own description; v1 has none of its own and shows the model's.
    expect(get(project, v2).description).toBe("Customers, one row each, and their type.");
    expect(get(project, v1).description).toMatch(/^Customer overview data mart/);
    // v1 excludes lifetime_tax_paid: it does not get it back.
    expect(columnOf(project, v1, "lifetime_tax_paid")).toBeUndefined();
    expect(columnOf(project, v2, "lifetime_tax_paid")?.description).toMatch(/^The tax portion/);
    // v2's own entry wins over the model's.
    expect(columnOf(project, v1, "customer_type")?.description).toBe("New or returning.");
    expect(columnOf(project, v2, "customer_type")?.description).toBe(
      "Whether the customer has ordered more than once.",
    );
    expect(overlay).toMatchObject({ nodesUpdated: 2, descriptionsChanged: 4, warnings: [] });
  });
});
