// The dbt project as osmosis sees it, whatever manifest version it was read from: the nodes that
// can carry documentation, their columns and descriptions, and the lineage between them.

/** The kinds of node whose descriptions osmosis reads, inherits and writes. */
export type ResourceType = "model" | "source" | "seed" | "snapshot";

/** Where a column's entry came from. */
export type ColumnOrigin =
  /** Declared in the schema YAML (the manifest's `columns`). */
  | "yaml"
  /** Found in the warehouse (`target/catalog.json`). */
  | "catalog"
  /** Inferred from the model's SQL select list. */
  | "sql";

export interface DbtColumn {
  /** As declared, or as the warehouse or SQL names it. */
  name: string;
  /** `""` when there is none. May hold Jinja (`{{ doc("orders_id") }}`), kept as written. */
  description: string;
  /** The warehouse type (catalog) or the declared `data_type`, when known. */
  dataType?: string;
  origin: ColumnOrigin;
  meta?: Record<string, unknown>;
  tags?: string[];
}

export interface DbtNode {
  /** `model.jaffle_shop.orders`, `model.pkg.dim_customers.v2`, `source.pkg.raw.orders`. */
  uniqueId: string;
  resourceType: ResourceType;
  /** The dbt package the node belongs to; only the project's own package is ever written. */
  packageName: string;
  /** Model, seed or snapshot name; for a source, the table's name. */
  name: string;
  /** A versioned model's version (`v: 2` in YAML). */
  version?: string | number;
  /** A versioned model's `latest_version` (v10+ manifests), when set. */
  latestVersion?: string | number;
  /** A source table's source (`sources: - name: <sourceName>`). */
  sourceName?: string;
  /**
   * The file that defines the node, relative to its package's root (`original_file_path`): the
   * `.sql` of a model or snapshot, the `.csv` of a seed, the schema `.yml` of a source.
   */
  originalFilePath: string;
  /** The schema YAML that documents it, relative to its package's root (`patch_path` without `pkg://`); sources: `originalFilePath`. */
  patchPath?: string;
  /** `""` when there is none. May hold Jinja, kept as written. */
  description: string;
  /** In declaration order: YAML columns first, then any the catalog or SQL add. */
  columns: DbtColumn[];
  /** The SQL as written (`raw_code`, `raw_sql`). */
  rawSql?: string;
  /** The SQL as compiled, when the manifest has it (`compiled_code`, `compiled_sql`). */
  compiledSql?: string;
  /** Unique ids of the nodes and sources it reads from (`depends_on.nodes`). */
  dependsOn: string[];
  tags: string[];
  /** `config.materialized`: `view`, `table`, `incremental`, `ephemeral`, … */
  materialized?: string;
  /** `meta` merged with `config.meta`. */
  meta: Record<string, unknown>;
  /** dbt's fully qualified name (`["jaffle_shop", "marts", "orders"]`). */
  fqn: string[];
  /** The file checksum dbt records, for `state:modified`. */
  checksum?: string;
  /** The warehouse relation (`"analytics"."marts"."orders"`), for matching compiled SQL to nodes. */
  relationName?: string;
  database?: string;
  schema?: string;
  /** The relation name when it differs from `name` (`alias`, a source's `identifier`). */
  alias?: string;
}

export interface DbtProject {
  /** The project's own package: `name` in `dbt_project.yml`. */
  name: string;
  /** Absolute path of the folder holding `dbt_project.yml`. */
  rootDir: string;
  /** `metadata.adapter_type` (`snowflake`, `postgres`, `duckdb`, …), when recorded. */
  adapter?: string;
  /** The manifest schema version, 4 to 12. */
  manifestVersion: number;
  dbtVersion?: string;
  /** `metadata.generated_at`, ISO 8601. */
  generatedAt?: string;
  /** Models, seeds, snapshots and sources of every package, by unique id. */
  nodes: Map<string, DbtNode>;
  /** Unique id → the unique ids it depends on (nodes and sources only). */
  parents: Map<string, string[]>;
  /** Unique id → the unique ids that depend on it (nodes and sources only). */
  children: Map<string, string[]>;
  /** Doc blocks by `package.name` and by bare `name`. */
  docs: Map<string, string>;
}

/** True when `node` belongs to the project's own package: the only nodes osmosis writes. */
export function isOwnNode(project: DbtProject, node: DbtNode): boolean {
  return node.packageName === project.name;
}

/** The column of `node` named `name`, compared case-insensitively as warehouses do. */
export function findColumn(node: DbtNode, name: string): DbtColumn | undefined {
  const lower = name.toLowerCase();
  return node.columns.find((column) => column.name.toLowerCase() === lower);
}
