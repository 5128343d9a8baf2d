// A synthetic dbt project shaped like tuva (sources → staging → intermediate → marts, a shared
// column vocabulary so inheritance finds matches, staging well documented and marts barely),
// written as a real project folder: dbt_project.yml, SQL, schema YAML and target/manifest.json
// (schema v12). Deterministic for a given seed. For benchmarks of the engine and the run.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface SyntheticOptions {
  models: number;
  /** Average columns per model (default 20: 5,000 models ≈ 100,000 columns). */
  columnsPerModel?: number;
  /** Schema YAML files to write (one per model, for the first this many models; default all). */
  schemaFiles?: number;
  seed?: number;
  /** Package name (default `synthetic_tuva`). */
  name?: string;
}

export interface SyntheticSummary {
  dir: string;
  models: number;
  sources: number;
  columns: number;
  documentedColumns: number;
  schemaFiles: number;
  manifestBytes: number;
}

/** A small seeded generator (mulberry32): the same project for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ENTITIES = [
  "patient",
  "claim",
  "encounter",
  "provider",
  "payer",
  "member",
  "facility",
  "procedure",
  "diagnosis",
  "medication",
  "lab_result",
  "eligibility",
  "appointment",
  "condition",
  "location",
];
const ATTRIBUTES = [
  "id",
  "key",
  "start_date",
  "end_date",
  "type",
  "status",
  "code",
  "description",
  "amount",
  "paid_amount",
  "allowed_amount",
  "charge_amount",
  "quantity",
  "source",
  "npi",
  "name",
  "category",
  "created_at",
  "updated_at",
  "first_name",
  "last_name",
  "birth_date",
  "gender",
  "race",
  "zip_code",
  "state",
  "county",
  "taxonomy",
  "specialty",
  "line_number",
  "revenue_code",
  "place_of_service",
  "admit_date",
  "discharge_date",
  "length_of_stay",
  "bill_type",
  "drg_code",
  "ndc_code",
  "days_supply",
];
const VOCABULARY = ENTITIES.flatMap((e) => ATTRIBUTES.map((a) => `${e}_${a}`));

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/**
 * Writes the project under `dir` and returns what it holds. About 15% of the models are staging
 * (1:1 on a source, 80% of columns documented), 45% intermediate (2–5 parents, 20%), 40% marts
 * (3–8 parents, a few up to 32; 5%). Sources document 90% of their columns.
 */
export async function writeSyntheticProject(
  dir: string,
  options: SyntheticOptions,
): Promise<SyntheticSummary> {
  const rand = random(options.seed ?? 42);
  const name = options.name ?? "synthetic_tuva";
  const perModel = options.columnsPerModel ?? 20;
  const staging = Math.max(1, Math.round(options.models * 0.15));
  const intermediate = Math.round(options.models * 0.45);
  const marts = options.models - staging - intermediate;
  const nodes: Record<string, unknown> = {};
  const sources: Record<string, unknown> = {};
  const parentMap: Record<string, string[]> = {};
  const childMap: Record<string, string[]> = {};
  let columns = 0;
  let documented = 0;
  const files: Array<{ path: string; text: string }> = [];

  const columnSet = (count: number, documentedShare: number, prefix: string) => {
    const out: Record<string, { name: string; description: string; meta: object; tags: [] }> = {};
    const wanted = Math.max(2, Math.round(count));
    for (let i = 0; out[`${prefix}_id`] === undefined || Object.keys(out).length < wanted; i++) {
      const column = Object.keys(out).length === 0 ? `${prefix}_id` : pick(VOCABULARY, rand);
      if (out[column]) continue;
      const isDocumented = rand() < documentedShare;
      out[column] = {
        name: column,
        description: isDocumented ? `The ${column.replaceAll("_", " ")} as recorded upstream.` : "",
        meta: {},
        tags: [],
      };
      columns += 1;
      if (isDocumented) documented += 1;
      if (i > wanted * 20) break;
    }
    return out;
  };
  const width = () => Math.max(3, Math.round(perModel * (0.25 + rand() * 1.5)));
  const link = (child: string, parents: string[]) => {
    parentMap[child] = parents;
    for (const parent of parents) {
      childMap[parent] ??= [];
      childMap[parent].push(child);
    }
    childMap[child] ??= [];
  };

  const sourceIds: string[] = [];
  for (let i = 0; i < staging; i++) {
    const entity = ENTITIES[i % ENTITIES.length] as string;
    const table = `${entity}_${i}`;
    const id = `source.${name}.raw.${table}`;
    sourceIds.push(id);
    sources[id] = {
      unique_id: id,
      resource_type: "source",
      package_name: name,
      name: table,
      source_name: "raw",
      identifier: table,
      database: "warehouse",
      schema: "raw",
      relation_name: `warehouse.raw.${table}`,
      original_file_path: "models/staging/_sources.yml",
      path: "models/staging/_sources.yml",
      fqn: [name, "staging", "raw", table],
      description: `Raw ${entity} records.`,
      columns: columnSet(width(), 0.9, entity),
      meta: {},
      config: { enabled: true },
      tags: [],
    };
    link(id, []);
  }
  const model = (layer: string, index: number, parents: string[], share: number) => {
    const entity = ENTITIES[index % ENTITIES.length] as string;
    const modelName = `${layer === "staging" ? "stg" : layer === "intermediate" ? "int" : "fct"}_${entity}_${index}`;
    const id = `model.${name}.${modelName}`;
    const path = `models/${layer}/${modelName}.sql`;
    const sql = `select * from ${parents.map((p) => `{{ ref('${p.split(".").at(-1)}') }}`).join(" join ")}`;
    nodes[id] = {
      unique_id: id,
      resource_type: "model",
      package_name: name,
      name: modelName,
      original_file_path: path,
      path: `${layer}/${modelName}.sql`,
      patch_path: `${name}://models/${layer}/${modelName}.yml`,
      fqn: [name, layer, modelName],
      description: rand() < share ? `The ${entity} ${layer} model.` : "",
      columns: columnSet(width(), share, entity),
      depends_on: { nodes: parents, macros: [] },
      raw_code: sql,
      compiled_code: sql,
      config: { enabled: true, materialized: layer === "marts" ? "table" : "view", meta: {} },
      tags: [layer],
      meta: {},
      checksum: { name: "sha256", checksum: `${index}` },
      database: "warehouse",
      schema: layer,
      alias: modelName,
      relation_name: `warehouse.${layer}.${modelName}`,
    };
    link(id, parents);
    return id;
  };
  const stagingIds = sourceIds.map((source, i) => model("staging", i, [source], 0.8));
  const intermediateIds: string[] = [];
  for (let i = 0; i < intermediate; i++) {
    const pool = [...stagingIds, ...intermediateIds];
    const parents = new Set<string>();
    const count = 2 + Math.floor(rand() * 4);
    while (parents.size < Math.min(count, pool.length)) parents.add(pick(pool, rand));
    intermediateIds.push(model("intermediate", i, [...parents], 0.2));
  }
  for (let i = 0; i < marts; i++) {
    const pool = [...intermediateIds, ...stagingIds];
    const parents = new Set<string>();
    const count = rand() < 0.03 ? 32 : 3 + Math.floor(rand() * 6);
    while (parents.size < Math.min(count, pool.length)) parents.add(pick(pool, rand));
    model("marts", i, [...parents], 0.05);
  }

  // Schema YAML, one file per model, for the first `schemaFiles` models.
  const wantedFiles = Math.min(options.schemaFiles ?? options.models, options.models);
  for (const node of Object.values(nodes).slice(0, wantedFiles) as Array<Record<string, unknown>>) {
    const cols = Object.values(
      node.columns as Record<string, { name: string; description: string }>,
    );
    const lines = [
      "version: 2",
      "",
      "models:",
      `  - name: ${node.name}`,
      ...(node.description ? [`    description: ${node.description}`] : []),
      "    columns:",
      ...cols.flatMap((c) => [
        `      - name: ${c.name}`,
        ...(c.description ? [`        description: ${c.description}`] : []),
      ]),
      "",
    ];
    files.push({
      path: String(node.original_file_path).replace(/\.sql$/, ".yml"),
      text: lines.join("\n"),
    });
    files.push({ path: String(node.original_file_path), text: `${node.raw_code}\n` });
  }
  // The sources' schema file, as the manifest was parsed from it.
  files.push({
    path: "models/staging/_sources.yml",
    text: [
      "version: 2",
      "",
      "sources:",
      "  - name: raw",
      "    tables:",
      ...sourceIds.flatMap((id) => {
        const source = sources[id] as {
          name: string;
          description: string;
          columns: Record<string, { name: string; description: string }>;
        };
        return [
          `      - name: ${source.name}`,
          ...(source.description ? [`        description: ${source.description}`] : []),
          "        columns:",
          ...Object.values(source.columns).flatMap((c) => [
            `          - name: ${c.name}`,
            ...(c.description ? [`            description: ${c.description}`] : []),
          ]),
        ];
      }),
      "",
    ].join("\n"),
  });
  const manifest = {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json",
      dbt_version: "1.9.4",
      generated_at: "2026-12-01T00:00:00Z",
      project_name: name,
      adapter_type: "snowflake",
    },
    nodes,
    sources,
    macros: {},
    docs: {},
    exposures: {},
    metrics: {},
    groups: {},
    selectors: {},
    disabled: {},
    parent_map: parentMap,
    child_map: childMap,
    group_map: {},
    saved_queries: {},
    semantic_models: {},
    unit_tests: {},
  };
  const manifestText = JSON.stringify(manifest);
  await mkdir(join(dir, "target"), { recursive: true });
  await writeFile(
    join(dir, "dbt_project.yml"),
    `name: ${name}\nversion: "1.0.0"\nprofile: ${name}\n`,
  );
  const folders = new Set(files.map((f) => f.path.slice(0, f.path.lastIndexOf("/"))));
  for (const folder of folders) await mkdir(join(dir, folder), { recursive: true });
  await Promise.all(files.map((f) => writeFile(join(dir, f.path), f.text)));
  // Last, so it is newer than every file: a fresh manifest, as `dbt parse` would leave it.
  await writeFile(join(dir, "target", "manifest.json"), manifestText);
  return {
    dir,
    models: options.models,
    sources: sourceIds.length,
    columns,
    documentedColumns: documented,
    schemaFiles: wantedFiles,
    manifestBytes: Buffer.byteLength(manifestText),
  };
}
