// Maps a validated manifest (and catalog) onto the DbtProject model: pure, no I/O.
import type { DbtColumn, DbtNode, DbtProject } from "../project.js";
import { type ParsedManifest, parseCatalog, parseManifest } from "./parse.js";
import type { Catalog, ManifestColumn, ManifestNode, ManifestSource } from "./schema.js";

export interface BuildOptions {
  /** The project's own package: `name` in `dbt_project.yml`. */
  name: string;
  /** Absolute path of the folder holding `dbt_project.yml`. */
  rootDir: string;
  catalog?: Catalog | undefined;
  /** How the catalog is named in warnings. */
  catalogDisplay?: string;
}

export interface BuildResult {
  project: DbtProject;
  warnings: string[];
}

/** Resource types whose ids osmosis keeps in the lineage; edges to others (tests, exposures, …) are dropped. */
const LINEAGE_KINDS = new Set(["model", "seed", "snapshot", "source"]);

/** Manifests written on Windows use `\`; osmosis joins paths with `/`. */
function toPosix(p: string): string {
  return p.includes("\\") ? p.replaceAll("\\", "/") : p;
}

/** `pkg://models/schema.yml` → `models/schema.yml`. */
function patchPathOf(patchPath: string | null | undefined): string | undefined {
  if (!patchPath) return undefined;
  const at = patchPath.indexOf("://");
  return toPosix(at === -1 ? patchPath : patchPath.slice(at + 3));
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _ in record) return false;
  return true;
}

function yamlColumns(columns: Record<string, ManifestColumn> | null | undefined): DbtColumn[] {
  const out: DbtColumn[] = [];
  if (!columns) return out;
  for (const key in columns) {
    const column = columns[key] as ManifestColumn;
    const entry: DbtColumn = {
      name: column.name || key,
      description: column.description ?? "",
      origin: "yaml",
    };
    if (column.data_type) entry.dataType = column.data_type;
    if (column.meta && !isEmpty(column.meta)) entry.meta = column.meta;
    if (column.tags && column.tags.length > 0) entry.tags = column.tags;
    out.push(entry);
  }
  return out;
}

function mergedMeta(
  meta: Record<string, unknown> | null | undefined,
  configMeta: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  if (!configMeta || isEmpty(configMeta)) return meta ?? {};
  if (!meta || isEmpty(meta)) return configMeta;
  return { ...meta, ...configMeta };
}

function nodeFrom(node: ManifestNode): DbtNode {
  const out: DbtNode = {
    uniqueId: node.unique_id,
    resourceType: node.resource_type,
    packageName: node.package_name,
    name: node.name,
    originalFilePath: toPosix(node.original_file_path),
    description: node.description ?? "",
    columns: yamlColumns(node.columns),
    dependsOn: node.depends_on?.nodes ?? [],
    tags: node.tags ?? [],
    meta: mergedMeta(node.meta, node.config?.meta),
    fqn: node.fqn,
  };
  const patchPath = patchPathOf(node.patch_path);
  if (patchPath !== undefined) out.patchPath = patchPath;
  if (node.version !== null && node.version !== undefined) out.version = node.version;
  if (node.latest_version !== null && node.latest_version !== undefined) {
    out.latestVersion = node.latest_version;
  }
  const rawSql = node.raw_code ?? node.raw_sql;
  if (rawSql) out.rawSql = rawSql;
  const compiledSql = node.compiled_code ?? node.compiled_sql;
  if (compiledSql) out.compiledSql = compiledSql;
  if (node.config?.materialized) out.materialized = node.config.materialized;
  if (node.checksum?.checksum) out.checksum = node.checksum.checksum;
  if (node.relation_name) out.relationName = node.relation_name;
  if (node.database) out.database = node.database;
  if (node.schema) out.schema = node.schema;
  if (node.alias && node.alias !== node.name) out.alias = node.alias;
  return out;
}

function sourceFrom(source: ManifestSource): DbtNode {
  const originalFilePath = toPosix(source.original_file_path);
  const out: DbtNode = {
    uniqueId: source.unique_id,
    resourceType: "source",
    packageName: source.package_name,
    name: source.name,
    sourceName: source.source_name,
    originalFilePath,
    patchPath: patchPathOf(source.patch_path) ?? originalFilePath,
    description: source.description ?? "",
    columns: yamlColumns(source.columns),
    dependsOn: [],
    tags: source.tags ?? [],
    meta: mergedMeta(source.meta, source.config?.meta),
    fqn: source.fqn,
  };
  if (source.relation_name) out.relationName = source.relation_name;
  if (source.database) out.database = source.database;
  if (source.schema) out.schema = source.schema;
  if (source.identifier && source.identifier !== source.name) out.alias = source.identifier;
  return out;
}

/**
 * Gives YAML columns the warehouse type and appends the columns only the warehouse knows, in
 * the catalog's `index` order. Names match case-insensitively (Snowflake reports `ORDER_ID` for
 * a YAML `order_id`).
 */
function addCatalogColumns(node: DbtNode, table: Catalog["nodes"][string]): void {
  const byName = new Map<string, DbtColumn>();
  for (const column of node.columns) byName.set(column.name.toLowerCase(), column);
  const warehouse = Object.values(table.columns).sort((a, b) => a.index - b.index);
  for (const column of warehouse) {
    const declared = byName.get(column.name.toLowerCase());
    if (declared) {
      if (column.type) declared.dataType = column.type;
      continue;
    }
    const added: DbtColumn = { name: column.name, description: "", origin: "catalog" };
    if (column.type) added.dataType = column.type;
    node.columns.push(added);
    byName.set(column.name.toLowerCase(), added);
  }
}

function kindOf(id: string): string {
  const dot = id.indexOf(".");
  return dot === -1 ? id : id.slice(0, dot);
}

interface Lineage {
  parents: Map<string, string[]>;
  children: Map<string, string[]>;
  /** Edges left out because one end is a model, seed, snapshot or source the manifest lacks. */
  dangling: number;
  example: string | undefined;
}

function buildLineage(manifest: ParsedManifest, nodes: Map<string, DbtNode>): Lineage {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const id of nodes.keys()) {
    parents.set(id, []);
    children.set(id, []);
  }
  const lineage: Lineage = { parents, children, dangling: 0, example: undefined };
  const missing = (id: string): boolean => !nodes.has(id) && LINEAGE_KINDS.has(kindOf(id));

  // Edges to tests, exposures, metrics and the like are dropped silently; an edge to a model,
  // seed, snapshot or source the manifest lacks is dropped and counted, once, from this side.
  const parentEdges: Iterable<[string, readonly string[]]> = manifest.parentMap
    ? Object.entries(manifest.parentMap)
    : [...nodes.values()].map((node) => [node.uniqueId, [...new Set(node.dependsOn)]]);
  for (const [child, ps] of parentEdges) {
    const list = parents.get(child);
    for (const parent of ps) {
      if (list && nodes.has(parent)) list.push(parent);
      else if (missing(child) || missing(parent)) {
        lineage.dangling += 1;
        lineage.example ??= missing(parent) ? parent : child;
      }
    }
  }
  if (manifest.childMap) {
    for (const [parent, cs] of Object.entries(manifest.childMap)) {
      const list = children.get(parent);
      if (list) for (const child of cs) if (nodes.has(child)) list.push(child);
    }
  } else {
    for (const [child, ps] of parents) for (const parent of ps) children.get(parent)?.push(child);
  }
  return lineage;
}

function docsFrom(manifest: ParsedManifest, ownPackage: string): Map<string, string> {
  const docs = new Map<string, string>();
  const bare = new Map<string, { pkg: string; text: string }>();
  for (const doc of Object.values(manifest.docs)) {
    docs.set(`${doc.package_name}.${doc.name}`, doc.block_contents);
    const seen = bare.get(doc.name);
    // A bare `doc('x')` resolves to the project's own block first, as dbt resolves it.
    if (!seen || (doc.package_name === ownPackage && seen.pkg !== ownPackage)) {
      bare.set(doc.name, { pkg: doc.package_name, text: doc.block_contents });
    }
  }
  for (const [name, { text }] of bare) if (!docs.has(name)) docs.set(name, text);
  return docs;
}

/** Builds the project model from a validated manifest and, when given, a catalog. */
export function buildProject(manifest: ParsedManifest, options: BuildOptions): BuildResult {
  const warnings: string[] = [];
  const nodes = new Map<string, DbtNode>();
  const packages = new Set<string>();
  for (const node of manifest.nodes) {
    nodes.set(node.unique_id, nodeFrom(node));
    packages.add(node.package_name);
  }
  for (const source of manifest.sources) {
    nodes.set(source.unique_id, sourceFrom(source));
    packages.add(source.package_name);
  }
  if (nodes.size > 0 && !packages.has(options.name)) {
    warnings.push(
      `The manifest has no model, seed, snapshot or source of package \`${options.name}\` (the name in dbt_project.yml; it has ${[...packages].sort().join(", ")}): was it written by another project? Run \`dbt parse\` in this project to refresh it.`,
    );
  }

  if (options.catalog) {
    let unknownTables = 0;
    const tables = [
      ...Object.entries(options.catalog.nodes),
      ...Object.entries(options.catalog.sources ?? {}),
    ];
    for (const [id, table] of tables) {
      const node = nodes.get(id);
      if (node) addCatalogColumns(node, table);
      else if (LINEAGE_KINDS.has(kindOf(id))) unknownTables += 1;
    }
    if (unknownTables > 0) {
      warnings.push(
        `${options.catalogDisplay ?? "catalog.json"} has ${unknownTables} table${unknownTables === 1 ? "" : "s"} the manifest does not (left out); run \`dbt docs generate\` to refresh it.`,
      );
    }
  }

  const lineage = buildLineage(manifest, nodes);
  if (lineage.dangling > 0) {
    warnings.push(
      `${lineage.dangling} lineage edge${lineage.dangling === 1 ? "" : "s"} of the manifest point${lineage.dangling === 1 ? "s" : ""} to nodes it does not define (such as ${lineage.example}); left out.`,
    );
  }

  const { metadata } = manifest;
  const project: DbtProject = {
    name: options.name,
    rootDir: options.rootDir,
    manifestVersion: manifest.version,
    nodes,
    parents: lineage.parents,
    children: lineage.children,
    docs: docsFrom(manifest, options.name),
  };
  if (metadata.adapter_type) project.adapter = metadata.adapter_type;
  if (metadata.dbt_version) project.dbtVersion = metadata.dbt_version;
  if (metadata.generated_at) project.generatedAt = metadata.generated_at;
  return { project, warnings };
}

export interface ArtifactsInput {
  /** The project's own package: `name` in `dbt_project.yml`. */
  name: string;
  /** Absolute path of the folder holding `dbt_project.yml`. */
  rootDir: string;
  /** The parsed JSON of a catalog.json, when there is one. */
  catalog?: unknown;
}

/** Builds the project model from already parsed manifest.json (and catalog.json) values. */
export function projectFromArtifacts(manifest: unknown, input: ArtifactsInput): BuildResult {
  const manifestFile = { display: "manifest.json", path: "manifest.json" };
  const catalogFile = { display: "catalog.json", path: "catalog.json" };
  return buildProject(parseManifest(manifest, manifestFile), {
    name: input.name,
    rootDir: input.rootDir,
    catalog: input.catalog === undefined ? undefined : parseCatalog(input.catalog, catalogFile),
  });
}
