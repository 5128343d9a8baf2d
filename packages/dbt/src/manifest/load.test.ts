import { mkdir, readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureProject } from "../fixture-projects.js";
import { type DbtNode, type DbtProject, isOwnNode } from "../project.js";
import {
  DbtProjectError,
  loadManifest,
  loadProject,
  ManifestNotFoundError,
  projectFromArtifacts,
  UnsupportedManifestError,
} from "./index.js";
import { copyFixture, removeTemporaryFolders, setAllTimes, temporaryFolder } from "./testing.js";

afterAll(removeTemporaryFolders);

type Json = Record<string, unknown>;

async function readJson(file: string): Promise<Json> {
  return JSON.parse(await readFile(file, "utf8")) as Json;
}

function ownModels(project: DbtProject): DbtNode[] {
  return [...project.nodes.values()].filter(
    (node) => node.resourceType === "model" && isOwnNode(project, node),
  );
}

function count<T>(items: Iterable<T>, test: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (test(item)) n += 1;
  return n;
}

function modelsByOtherPackage(project: DbtProject): Record<string, number> {
  const out: Record<string, number> = {};
  for (const node of project.nodes.values()) {
    if (node.resourceType === "model" && !isOwnNode(project, node)) {
      out[node.packageName] = (out[node.packageName] ?? 0) + 1;
    }
  }
  return out;
}

interface CatalogCounts {
  /** Tables in the catalog's `nodes`. */
  nodes: number;
  /** Columns of those tables. */
  columns?: number;
  /** The package's models the catalog lists, and their columns. */
  ownModels?: number;
  ownModelColumns?: number;
  /** Of those columns, the ones no YAML declares: appended with origin "catalog". */
  notDeclared?: number;
}

interface FixtureCounts {
  folder: string;
  name: string;
  version: number;
  models: number;
  described: number;
  withYaml?: number;
  columns: number;
  columnsDescribed: number;
  /** YAML columns with a `data_type`, read without the catalog. */
  columnsTyped?: number;
  sources: number;
  docs?: number;
  otherPackages: Record<string, number>;
  catalog?: CatalogCounts;
}

// The numbers each fixture's SOURCE.md gives, computed there with python3 from the files.
const FIXTURES: FixtureCounts[] = [
  {
    folder: "ethereum-models",
    name: "ethereum_models",
    version: 4,
    models: 51,
    described: 18,
    columns: 399,
    columnsDescribed: 235,
    sources: 19,
    otherPackages: {},
    catalog: { nodes: 54, columns: 704 },
  },
  {
    folder: "flow-models",
    name: "flow_models",
    version: 5,
    models: 18,
    described: 15,
    withYaml: 15,
    columns: 123,
    columnsDescribed: 123,
    columnsTyped: 0,
    sources: 3,
    docs: 41,
    otherPackages: {},
    catalog: { nodes: 17, ownModels: 17, ownModelColumns: 148, notDeclared: 28 },
  },
  {
    folder: "crosschain-models",
    name: "crosschain_models",
    version: 6,
    models: 68,
    described: 8,
    withYaml: 58,
    columns: 232,
    columnsDescribed: 177,
    columnsTyped: 0,
    sources: 90,
    docs: 36,
    otherPackages: {},
    catalog: { nodes: 70, ownModels: 68, ownModelColumns: 618, notDeclared: 389 },
  },
  {
    folder: "tuva",
    name: "the_tuva_project",
    version: 8,
    models: 295,
    described: 203,
    withYaml: 295,
    columns: 1301,
    columnsDescribed: 1236,
    columnsTyped: 164,
    sources: 0,
    docs: 0,
    otherPackages: { input_layer: 12 },
    catalog: { nodes: 342, ownModels: 253, ownModelColumns: 3140, notDeclared: 1951 },
  },
  {
    folder: "jaffle-shop-duckdb",
    name: "jaffle_shop_duckdb",
    version: 10,
    models: 5,
    described: 2,
    withYaml: 5,
    columns: 27,
    columnsDescribed: 15,
    columnsTyped: 12,
    sources: 0,
    docs: 1,
    otherPackages: {},
  },
  {
    folder: "hubspot-v11",
    name: "hubspot",
    version: 11,
    models: 39,
    described: 29,
    withYaml: 33,
    columns: 482,
    columnsDescribed: 478,
    columnsTyped: 0,
    sources: 0,
    docs: 27,
    otherPackages: { hubspot_source: 96 },
    catalog: { nodes: 179, ownModels: 35, ownModelColumns: 570, notDeclared: 97 },
  },
  {
    folder: "hubspot",
    name: "hubspot",
    version: 12,
    models: 154,
    described: 86,
    withYaml: 90,
    columns: 1011,
    columnsDescribed: 1008,
    columnsTyped: 0,
    sources: 61,
    docs: 43,
    otherPackages: {},
    catalog: { nodes: 206, ownModels: 150, ownModelColumns: 1674, notDeclared: 671 },
  },
  {
    folder: "qfdmo",
    name: "qfdmo",
    version: 12,
    models: 159,
    described: 137,
    withYaml: 142,
    columns: 905,
    columnsDescribed: 905,
    columnsTyped: 287,
    sources: 40,
    docs: 0,
    otherPackages: {},
    catalog: { nodes: 136, ownModels: 136, ownModelColumns: 1354, notDeclared: 645 },
  },
  {
    folder: "jaffle-shop",
    name: "jaffle_shop",
    version: 12,
    models: 13,
    described: 8,
    columns: 25,
    columnsDescribed: 23,
    sources: 6,
    otherPackages: {},
    catalog: { nodes: 19, columns: 112 },
  },
];

describe("loadProject on the fixture projects", () => {
  it.each(FIXTURES)("$folder: v$version, counts of SOURCE.md", async (expected) => {
    const projectDir = fixtureProject(expected.folder);
    const { project, warnings, stale, catalog } = await loadProject({ projectDir });
    expect(warnings).toEqual([]);
    expect(stale).toBe(false);
    expect(project.name).toBe(expected.name);
    expect(project.rootDir).toBe(projectDir);
    expect(project.manifestVersion).toBe(expected.version);

    const models = ownModels(project);
    expect(models).toHaveLength(expected.models);
    expect(count(models, (m) => m.description !== "")).toBe(expected.described);
    if (expected.withYaml !== undefined) {
      expect(count(models, (m) => m.patchPath !== undefined)).toBe(expected.withYaml);
    }
    const yaml = models.flatMap((m) => m.columns.filter((c) => c.origin === "yaml"));
    expect(yaml).toHaveLength(expected.columns);
    expect(count(yaml, (c) => c.description !== "")).toBe(expected.columnsDescribed);
    const sources = [...project.nodes.values()].filter(
      (n) => n.resourceType === "source" && isOwnNode(project, n),
    );
    expect(sources).toHaveLength(expected.sources);
    expect(modelsByOtherPackage(project)).toEqual(expected.otherPackages);
    if (expected.docs !== undefined) {
      const prefix = `${expected.name}.`;
      const blocks = [...project.docs.keys()].filter(
        (key) => key.startsWith(prefix) && key !== `${prefix}__overview__`,
      );
      expect(blocks).toHaveLength(expected.docs);
    }

    if (!expected.catalog) {
      expect(catalog).toBeUndefined();
      expect(count(yaml, (c) => c.dataType !== undefined)).toBe(expected.columnsTyped);
      return;
    }
    // The catalog as published, against which the merged columns are checked.
    const raw = (await readJson(path.join(projectDir, "target/catalog.json"))) as {
      nodes: Record<string, { columns: Record<string, { name: string; type: string }> }>;
    };
    const tables = Object.entries(raw.nodes);
    expect(tables).toHaveLength(expected.catalog.nodes);
    if (expected.catalog.columns !== undefined) {
      expect(tables.reduce((n, [, t]) => n + Object.keys(t.columns).length, 0)).toBe(
        expected.catalog.columns,
      );
    }
    const listed = models.filter((m) => raw.nodes[m.uniqueId]);
    if (expected.catalog.ownModels !== undefined) {
      expect(listed).toHaveLength(expected.catalog.ownModels);
      expect(
        listed.reduce((n, m) => n + Object.keys(raw.nodes[m.uniqueId]?.columns ?? {}).length, 0),
      ).toBe(expected.catalog.ownModelColumns);
      expect(models.flatMap((m) => m.columns.filter((c) => c.origin === "catalog"))).toHaveLength(
        expected.catalog.notDeclared as number,
      );
    }
    // Every warehouse column of every listed node is in its column list, with the warehouse type.
    for (const [id, table] of tables) {
      const node = project.nodes.get(id);
      if (!node) continue;
      for (const column of Object.values(table.columns)) {
        const found = node.columns.find((c) => c.name.toLowerCase() === column.name.toLowerCase());
        expect(found?.dataType, `${id}.${column.name}`).toBe(column.type);
      }
    }

    // Without the catalog: YAML columns only, with their declared data_type.
    const bare = await loadManifest(path.join(projectDir, "target/manifest.json"), { projectDir });
    const bareYaml = ownModels(bare.project).flatMap((m) => m.columns);
    expect(bareYaml.every((c) => c.origin === "yaml")).toBe(true);
    expect(bareYaml).toHaveLength(expected.columns);
    if (expected.columnsTyped !== undefined) {
      expect(count(bareYaml, (c) => c.dataType !== undefined)).toBe(expected.columnsTyped);
    }
  });

  it("hubspot: the package's 61 sources and their 478 columns are all described", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("hubspot") });
    const sources = [...project.nodes.values()].filter((n) => n.resourceType === "source");
    expect(sources).toHaveLength(61);
    expect(count(sources, (s) => s.description !== "")).toBe(61);
    const columns = sources.flatMap((s) => s.columns.filter((c) => c.origin === "yaml"));
    expect(columns).toHaveLength(478);
    expect(count(columns, (c) => c.description !== "")).toBe(478);
    const source = sources[0] as DbtNode;
    expect(source.sourceName).toBeTruthy();
    expect(source.patchPath).toBe(source.originalFilePath);
  });
});

// dbt-core's own test manifests: tiny projects of package `test`, without a dbt_project.yml.
const DBT_CORE: Array<
  [version: number, models: number, seeds: number, snapshots: number, sources: number]
> = [
  [6, 1, 0, 0, 0],
  [7, 1, 0, 0, 0],
  [8, 1, 1, 1, 1],
  [9, 1, 1, 1, 1],
  [10, 1, 1, 1, 1],
  [11, 2, 1, 1, 1],
  [12, 2, 1, 1, 1],
];

describe("loadManifest on dbt-core's test manifests", () => {
  it.each(DBT_CORE)(
    "v%i: %i models, %i seeds, %i snapshots, %i sources",
    async (version, models, seeds, snapshots, sources) => {
      const projectDir = await temporaryFolder();
      await writeFile(path.join(projectDir, "dbt_project.yml"), "name: test\n");
      const manifest = path.join(fixtureProject("manifest-versions"), `manifest-v${version}.json`);
      const { project, warnings } = await loadManifest(manifest, { projectDir });
      expect(warnings).toEqual([]);
      expect(project.manifestVersion).toBe(version);
      const nodes = [...project.nodes.values()];
      expect(count(nodes, (n) => n.resourceType === "model")).toBe(models);
      expect(count(nodes, (n) => n.resourceType === "seed")).toBe(seeds);
      expect(count(nodes, (n) => n.resourceType === "snapshot")).toBe(snapshots);
      expect(count(nodes, (n) => n.resourceType === "source")).toBe(sources);
      expect(nodes.every((n) => n.packageName === "test")).toBe(true);
      const model = project.nodes.get("model.test.my_model");
      expect(model?.rawSql).toBeTruthy();
      expect(model?.version).toBeUndefined();
    },
  );

  it("v12: a snapshot's lineage comes from parent_map, tests left out", async () => {
    const projectDir = await temporaryFolder();
    await writeFile(path.join(projectDir, "dbt_project.yml"), "name: test\n");
    const manifest = path.join(fixtureProject("manifest-versions"), "manifest-v12.json");
    const { project } = await loadManifest(manifest, { projectDir });
    expect(project.parents.get("snapshot.test.snapshot_seed")).toEqual(["seed.test.my_seed"]);
    expect(project.children.get("seed.test.my_seed")).toEqual(["snapshot.test.snapshot_seed"]);
    expect(project.docs.get("test.somedoc")).toBe("Testing, testing");
    expect(project.docs.get("somedoc")).toBe("Testing, testing");
  });
});

describe("what the model holds", () => {
  it("hubspot-v11: own package from dbt_project.yml, not metadata.project_name", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("hubspot-v11") });
    expect(project.name).toBe("hubspot");
    const nodes = [...project.nodes.values()].filter((n) => n.resourceType === "model");
    expect(count(nodes, (n) => isOwnNode(project, n))).toBe(39);
    expect(count(nodes, (n) => n.packageName === "hubspot_source")).toBe(96);
    // Upstream context: the other package's sources and doc blocks are there too.
    expect(count(project.nodes.values(), (n) => n.resourceType === "source")).toBe(55);
  });

  it("tuva (v8, no metadata.project_name): the package named in its dbt_project.yml", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("tuva") });
    expect(project.name).toBe("the_tuva_project");
    expect(project.adapter).toBe("snowflake");
    expect(project.dbtVersion).toBe("1.4.9");
    expect(project.generatedAt).toBe("2024-02-22T18:57:22.705277Z");
  });

  it("ethereum-models (v4): raw_sql and compiled_sql", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("ethereum-models") });
    const node = project.nodes.get("model.ethereum_models.bronze__contracts_backfill");
    expect(node?.rawSql).toMatch(/^\{\{ config\(\n {4}materialized = 'incremental'/);
    expect(node?.compiledSql).toMatch(/WITH base AS/);
    expect(node?.rawSql).not.toBe(node?.compiledSql);
    expect(node?.materialized).toBe("incremental");
    expect(node?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(ownModels(project).every((m) => m.rawSql && m.compiledSql)).toBe(true);
  });

  it("crosschain-models: Windows paths become `/` paths, patch_path loses its `pkg://`", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("crosschain-models") });
    const node = project.nodes.get("model.crosschain_models.core__dim_dates");
    expect(node?.originalFilePath).toBe("models/core/core__dim_dates.sql");
    expect(node?.patchPath).toBe("models/core/core__dim_dates.yml");
  });

  it("jaffle-shop: YAML columns first, then the catalog's in index order, with types", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("jaffle-shop") });
    const orders = project.nodes.get("model.jaffle_shop.orders") as DbtNode;
    expect(orders.columns.map((c) => [c.name, c.origin, c.dataType])).toEqual([
      ["order_id", "yaml", "TEXT"],
      ["customer_id", "yaml", "TEXT"],
      ["order_total", "yaml", "NUMBER"],
      ["ordered_at", "yaml", "TIMESTAMP_NTZ"],
      ["order_cost", "yaml", "NUMBER"],
      ["is_food_order", "yaml", "BOOLEAN"],
      ["is_drink_order", "yaml", "BOOLEAN"],
      ["LOCATION_ID", "catalog", "TEXT"],
      ["SUBTOTAL_CENTS", "catalog", "NUMBER"],
      ["TAX_PAID_CENTS", "catalog", "NUMBER"],
      ["ORDER_TOTAL_CENTS", "catalog", "NUMBER"],
      ["SUBTOTAL", "catalog", "NUMBER"],
      ["TAX_PAID", "catalog", "NUMBER"],
      ["ORDER_ITEMS_SUBTOTAL", "catalog", "NUMBER"],
      ["COUNT_FOOD_ITEMS", "catalog", "NUMBER"],
      ["COUNT_DRINK_ITEMS", "catalog", "NUMBER"],
      ["COUNT_ORDER_ITEMS", "catalog", "NUMBER"],
      ["CUSTOMER_ORDER_NUMBER", "catalog", "NUMBER"],
    ]);
    expect(
      orders.columns.filter((c) => c.origin === "catalog").every((c) => c.description === ""),
    ).toBe(true);
  });

  it("jaffle-shop: lineage keeps models, seeds, snapshots and sources only", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("jaffle-shop") });
    expect(project.parents.get("model.jaffle_shop.orders")).toEqual([
      "model.jaffle_shop.order_items",
      "model.jaffle_shop.stg_orders",
    ]);
    // child_map also lists a semantic model, six tests and a unit test.
    expect(project.children.get("model.jaffle_shop.orders")).toEqual([
      "model.jaffle_shop.customers",
    ]);
    for (const edges of [project.parents, project.children]) {
      for (const [id, others] of edges) {
        expect(project.nodes.has(id)).toBe(true);
        for (const other of others) expect(project.nodes.has(other), `${id} → ${other}`).toBe(true);
      }
    }
  });

  it("lineage from depends_on when the manifest has no parent_map/child_map", async () => {
    const projectDir = fixtureProject("qfdmo");
    const manifest = await readJson(path.join(projectDir, "target/manifest.json"));
    const withMaps = projectFromArtifacts(manifest, { name: "qfdmo", rootDir: projectDir });
    const { parent_map: _p, child_map: _c, ...withoutMaps } = manifest;
    const derived = projectFromArtifacts(withoutMaps, { name: "qfdmo", rootDir: projectDir });
    expect(derived.warnings).toEqual([]);
    for (const id of withMaps.project.nodes.keys()) {
      expect([...(derived.project.parents.get(id) ?? [])].sort()).toEqual(
        [...(withMaps.project.parents.get(id) ?? [])].sort(),
      );
      expect([...(derived.project.children.get(id) ?? [])].sort()).toEqual(
        [...(withMaps.project.children.get(id) ?? [])].sort(),
      );
    }
  });

  it("an edge to a model the manifest lacks is left out, with one warning", async () => {
    const projectDir = fixtureProject("jaffle-shop");
    const manifest = await readJson(path.join(projectDir, "target/manifest.json"));
    const nodes = { ...(manifest.nodes as Json) };
    delete nodes["model.jaffle_shop.stg_orders"];
    const { project, warnings } = projectFromArtifacts(
      { ...manifest, nodes },
      { name: "jaffle_shop", rootDir: projectDir },
    );
    expect(project.parents.get("model.jaffle_shop.orders")).toEqual([
      "model.jaffle_shop.order_items",
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^\d+ lineage edges of the manifest point to nodes it does not define \(such as model\.jaffle_shop\.stg_orders\); left out\.$/,
    );
  });

  it("jaffle-shop-duckdb: doc blocks by package.name and by name, the project's own first", async () => {
    const { project } = await loadProject({ projectDir: fixtureProject("jaffle-shop-duckdb") });
    expect(project.docs.get("jaffle_shop_duckdb.orders_status")).toMatch(/^Orders can be one of/);
    expect(project.docs.get("orders_status")).toMatch(/^Orders can be one of/);
    expect(project.docs.get("dbt.__overview__")).toMatch(/^### Welcome!/);
    expect(project.docs.get("__overview__")).toMatch(/^## Data Documentation for Jaffle Shop/);
  });

  it("a versioned model gets its version (dbt-core's v12 model, versioned as dbt records v2)", async () => {
    // No fixture manifest has a versioned model; this one is dbt-core's v12 `my_model` with the
    // three fields dbt sets on version 2 of a model (unique_id suffix, version, latest_version).
    const manifest = await readJson(
      path.join(fixtureProject("manifest-versions"), "manifest-v12.json"),
    );
    const nodes = manifest.nodes as Record<string, Json>;
    const model = nodes["model.test.my_model"] as Json;
    const versioned = {
      ...model,
      unique_id: "model.test.my_model.v2",
      version: 2,
      latest_version: 2,
    };
    const { project } = projectFromArtifacts(
      { ...manifest, nodes: { ...nodes, "model.test.my_model.v2": versioned } },
      { name: "test", rootDir: "/project" },
    );
    expect(project.nodes.get("model.test.my_model.v2")?.version).toBe(2);
    expect(project.nodes.get("model.test.my_model.v2")?.name).toBe("my_model");
    expect(project.nodes.get("model.test.my_model")?.version).toBeUndefined();
  });

  it("warns when no node belongs to the package dbt_project.yml names", async () => {
    const projectDir = fixtureProject("jaffle-shop");
    const manifest = await readJson(path.join(projectDir, "target/manifest.json"));
    const { warnings } = projectFromArtifacts(manifest, { name: "other", rootDir: projectDir });
    expect(warnings).toEqual([
      "The manifest has no model, seed, snapshot or source of package `other` (the name in dbt_project.yml; it has jaffle_shop): was it written by another project? Run `dbt parse` in this project to refresh it.",
    ]);
  });
});

describe("stale manifest", () => {
  const T0 = new Date("2025-01-01T00:00:00Z");
  const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

  it("warns with the number of newer files and the newest one", async () => {
    const dir = await copyFixture("jaffle-shop");
    await setAllTimes(dir, at(0));
    await utimes(path.join(dir, "target/manifest.json"), at(10), at(10));
    const fresh = await loadProject({ projectDir: dir });
    expect(fresh.stale).toBe(false);
    expect(fresh.warnings).toEqual([]);

    await utimes(path.join(dir, "models/marts/orders.sql"), at(20), at(20));
    await utimes(path.join(dir, "models/marts/orders.yml"), at(30), at(30));
    const stale = await loadProject({ projectDir: dir });
    expect(stale.stale).toBe(true);
    expect(stale.warnings).toEqual([
      "target/manifest.json is older than 2 files of the project (newest: models/marts/orders.yml); run `dbt parse` to refresh it.",
    ]);
  });

  it("counts dbt_project.yml, not other files or folders dbt skips", async () => {
    const dir = await copyFixture("jaffle-shop");
    await setAllTimes(dir, at(0));
    await utimes(path.join(dir, "target/manifest.json"), at(10), at(10));
    await utimes(path.join(dir, "dbt_project.yml"), at(20), at(20));
    await writeFile(path.join(dir, "models/notes.txt"), "not read by dbt");
    await mkdir(path.join(dir, "models/node_modules"));
    await writeFile(path.join(dir, "models/node_modules/x.sql"), "select 1");
    const { warnings } = await loadProject({ projectDir: dir });
    expect(warnings).toEqual([
      "target/manifest.json is older than 1 file of the project (newest: dbt_project.yml); run `dbt parse` to refresh it.",
    ]);
  });
});

describe("errors", () => {
  it("no manifest: ManifestNotFoundError says where it looked and to run dbt parse", async () => {
    const dir = await temporaryFolder();
    await writeFile(path.join(dir, "dbt_project.yml"), "name: shop\n");
    const error = await loadProject({ projectDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestNotFoundError);
    expect(ManifestNotFoundError.isInstance(error)).toBe(true);
    const notFound = error as ManifestNotFoundError;
    expect(notFound.message).toBe(
      `No dbt manifest at target/manifest.json (looked for ${path.join(dir, "target/manifest.json")}). Run \`dbt parse\` in ${dir} (or \`osmosis document --parse\`) to create it.`,
    );
    expect(notFound.manifestPath).toBe(path.join(dir, "target/manifest.json"));
    expect(notFound.projectDir).toBe(dir);
    expect(notFound.code).toBe("config");
    expect(notFound.verdict).toBe("fatal");
  });

  it("honours target-path from dbt_project.yml", async () => {
    const dir = await temporaryFolder();
    await writeFile(path.join(dir, "dbt_project.yml"), "name: shop\ntarget-path: build/dbt\n");
    const error = (await loadProject({ projectDir: dir }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^No dbt manifest at build\/dbt\/manifest\.json /);
  });

  const SUPPORTED = "osmosis reads manifest versions v4 to v12.";
  it.each([
    [
      "https://schemas.getdbt.com/dbt/manifest/v13.json",
      `is of schema https://schemas.getdbt.com/dbt/manifest/v13.json (dbt 1.9.4); ${SUPPORTED} Upgrade osmosis, or write the manifest with an older dbt (\`dbt parse\`).`,
    ],
    [
      "https://schemas.getdbt.com/dbt/manifest/v3.json",
      `is of schema https://schemas.getdbt.com/dbt/manifest/v3.json (dbt 1.9.4); ${SUPPORTED} Upgrade dbt to 1.0 or later and run \`dbt parse\`.`,
    ],
    [
      undefined,
      `has no metadata.dbt_schema_version, so it is not a dbt manifest; ${SUPPORTED} Point osmosis at the manifest.json dbt writes in target/, or run \`dbt parse\` to create it.`,
    ],
  ])("unsupported version %s: UnsupportedManifestError", async (schemaVersion, message) => {
    const dir = await copyFixture("jaffle-shop");
    const file = path.join(dir, "target/manifest.json");
    const manifest = await readJson(file);
    const metadata = { ...(manifest.metadata as Json), dbt_schema_version: schemaVersion };
    await writeFile(file, JSON.stringify({ ...manifest, metadata }));
    const error = (await loadProject({ projectDir: dir }).catch(
      (e: unknown) => e,
    )) as UnsupportedManifestError;
    expect(error).toBeInstanceOf(UnsupportedManifestError);
    expect(error.message).toBe(`target/manifest.json ${message}`);
    expect(error.schemaVersion).toBe(schemaVersion);
    expect(error.supported).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(error.file).toBe(file);
  });

  it("corrupted JSON: names the file and says to run dbt parse", async () => {
    const dir = await copyFixture("jaffle-shop");
    const file = path.join(dir, "target/manifest.json");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.slice(0, text.length / 2));
    const error = (await loadProject({ projectDir: dir }).catch(
      (e: unknown) => e,
    )) as DbtProjectError;
    expect(error).toBeInstanceOf(DbtProjectError);
    expect(error.message).toMatch(
      /^target\/manifest\.json is not valid JSON \(.+\)\. It may have been cut short while dbt wrote it: run `dbt parse` to write it again\.$/,
    );
    expect(error.file).toBe(file);
  });

  it("a node of the wrong shape: names the file and the JSON path of each problem", async () => {
    const dir = await copyFixture("jaffle-shop");
    const file = path.join(dir, "target/manifest.json");
    const manifest = await readJson(file);
    const nodes = manifest.nodes as Record<string, Json>;
    const orders = nodes["model.jaffle_shop.orders"] as Json;
    const columns = orders.columns as Record<string, Json>;
    nodes["model.jaffle_shop.orders"] = {
      ...orders,
      name: 42,
      columns: { ...columns, order_id: { ...columns.order_id, description: ["x"] } },
    };
    await writeFile(file, JSON.stringify(manifest));
    const error = (await loadProject({ projectDir: dir }).catch(
      (e: unknown) => e,
    )) as DbtProjectError;
    expect(error).toBeInstanceOf(DbtProjectError);
    expect(error.message).toBe(
      [
        "target/manifest.json does not have the shape of a dbt v12 manifest:",
        '  - nodes["model.jaffle_shop.orders"].name: Invalid input: expected string, received number',
        '  - nodes["model.jaffle_shop.orders"].columns.order_id.description: Invalid input: expected string, received array',
        "Run `dbt parse` to write it again; if the problem stays, report it with the dbt version (1.9.4).",
      ].join("\n"),
    );
    expect(error.field).toBe('nodes["model.jaffle_shop.orders"].name');
  });

  it("a test node of any shape does not fail the load", async () => {
    const projectDir = fixtureProject("jaffle-shop");
    const manifest = await readJson(path.join(projectDir, "target/manifest.json"));
    const nodes = {
      ...(manifest.nodes as Json),
      "test.jaffle_shop.odd": { resource_type: "test" },
    };
    const { project } = projectFromArtifacts(
      { ...manifest, nodes },
      { name: "jaffle_shop", rootDir: projectDir },
    );
    expect(project.nodes.has("test.jaffle_shop.odd")).toBe(false);
  });

  it.each([
    [
      "missing",
      undefined,
      /^No dbt_project\.yml in .+\. Run osmosis in the folder of your dbt project/,
    ],
    [
      "not YAML",
      "name: [shop\n",
      /dbt_project\.yml is not valid YAML \(line \d+\): .+\. Fix the file: dbt cannot read it either\.$/,
    ],
    [
      "without name",
      "version: '1.0'\n",
      /dbt_project\.yml has no `name`\. Add `name: <your_project>` at its top level, as dbt requires\.$/,
    ],
  ])(
    "dbt_project.yml %s: DbtProjectError naming the file and the fix",
    async (_, text, message) => {
      const dir = await temporaryFolder();
      if (text !== undefined) await writeFile(path.join(dir, "dbt_project.yml"), text);
      const error = (await loadProject({ projectDir: dir }).catch(
        (e: unknown) => e,
      )) as DbtProjectError;
      expect(error).toBeInstanceOf(DbtProjectError);
      expect(error.message).toMatch(message);
      expect(error.file).toBe(path.join(dir, "dbt_project.yml"));
    },
  );

  it("a catalog named but missing: DbtProjectError saying to run dbt docs generate", async () => {
    const projectDir = fixtureProject("jaffle-shop-duckdb");
    const error = (await loadProject({
      projectDir,
      catalogPath: path.join(projectDir, "target/catalog.json"),
    }).catch((e: unknown) => e)) as DbtProjectError;
    expect(error).toBeInstanceOf(DbtProjectError);
    expect(error.message).toBe(
      "No dbt catalog at target/catalog.json. Run `dbt docs generate` to create it, or leave the catalog out.",
    );
  });

  it("an aborted signal stops the load with an AbortError, not a project error", async () => {
    const signal = AbortSignal.abort(new Error("stopped"));
    const error = await loadProject({ projectDir: fixtureProject("jaffle-shop"), signal }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe("AbortError");
    expect(DbtProjectError.isInstance(error)).toBe(false);
  });

  it("catalogPath false reads no catalog", async () => {
    const { project, catalog } = await loadProject({
      projectDir: fixtureProject("jaffle-shop"),
      catalogPath: false,
    });
    expect(catalog).toBeUndefined();
    expect(
      ownModels(project)
        .flatMap((m) => m.columns)
        .every((c) => c.origin === "yaml"),
    ).toBe(true);
  });
});
