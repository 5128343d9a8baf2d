// Small DbtProject graphs for the selection tests, shaped as dbt's manifest shapes them: fqn from
// the package and the file's folders under its resource path, `vN` appended for a versioned model,
// a source's fqn ending in source and table.
import type { DbtNode, DbtProject, ResourceType } from "../project.js";

export interface TestNode {
  /** Short handle the tests use: `orders`, `raw.orders`, `dim_customers.v2`, `utils.calendar`. */
  key: string;
  type: ResourceType;
  name: string;
  /** Default `shop`, the project's own package. */
  packageName?: string;
  /** `original_file_path`, relative to the package root. */
  path: string;
  patchPath?: string;
  sourceName?: string;
  version?: string | number;
  /** Keys of the nodes it reads from. */
  dependsOn?: string[];
  tags?: string[];
  materialized?: string;
  meta?: Record<string, unknown>;
  rawSql?: string;
  checksum?: string;
  description?: string;
}

export interface TestProject {
  project: DbtProject;
  /** Key → unique id. */
  id: (key: string) => string;
  /** Unique ids → keys, sorted, for readable assertions. */
  keys: (ids: Iterable<string>) => string[];
}

export function uniqueIdOf(node: TestNode): string {
  const pkg = node.packageName ?? "shop";
  if (node.type === "source") return `source.${pkg}.${node.sourceName}.${node.name}`;
  const base = `${node.type}.${pkg}.${node.name}`;
  return node.version === undefined ? base : `${base}.v${node.version}`;
}

function fqnOf(node: TestNode): string[] {
  const pkg = node.packageName ?? "shop";
  // dbt drops the resource path (`models/`, `seeds/`, `snapshots/`) and the file name.
  const folders = node.path.split("/").slice(1, -1);
  if (node.type === "source") return [pkg, ...folders, node.sourceName ?? "", node.name];
  // A snapshot's fqn keeps its file's name before the snapshot's (dbt-core's v12 state fixture:
  // snapshots/snapshot_seed.sql → ["test", "snapshot_seed", "snapshot_seed"]).
  if (node.type === "snapshot") {
    const file =
      node.path
        .split("/")
        .at(-1)
        ?.replace(/\.sql$/, "") ?? "";
    return [pkg, ...folders, file, node.name];
  }
  const fqn = [pkg, ...folders, node.name];
  if (node.version !== undefined) fqn.push(`v${node.version}`);
  return fqn;
}

export function buildProject(specs: readonly TestNode[], name = "shop"): TestProject {
  const idByKey = new Map(specs.map((spec) => [spec.key, uniqueIdOf(spec)]));
  const keyById = new Map(specs.map((spec) => [uniqueIdOf(spec), spec.key]));
  const id = (key: string): string => {
    const found = idByKey.get(key);
    if (found === undefined) throw new Error(`no test node "${key}"`);
    return found;
  };
  const nodes = new Map<string, DbtNode>();
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const spec of specs) {
    const uniqueId = uniqueIdOf(spec);
    const dependsOn = (spec.dependsOn ?? []).map(id);
    const node: DbtNode = {
      uniqueId,
      resourceType: spec.type,
      packageName: spec.packageName ?? "shop",
      name: spec.name,
      originalFilePath: spec.path,
      description: spec.description ?? "",
      columns: [],
      dependsOn,
      tags: spec.tags ?? [],
      meta: spec.meta ?? {},
      fqn: fqnOf(spec),
    };
    if (spec.type === "source") node.patchPath = spec.path;
    if (spec.patchPath !== undefined) node.patchPath = spec.patchPath;
    if (spec.sourceName !== undefined) node.sourceName = spec.sourceName;
    if (spec.version !== undefined) node.version = spec.version;
    if (spec.materialized !== undefined) node.materialized = spec.materialized;
    if (spec.rawSql !== undefined) node.rawSql = spec.rawSql;
    if (spec.checksum !== undefined) node.checksum = spec.checksum;
    nodes.set(uniqueId, node);
    parents.set(uniqueId, dependsOn);
    for (const parent of dependsOn)
      children.set(parent, [...(children.get(parent) ?? []), uniqueId]);
  }
  return {
    project: {
      name,
      rootDir: "/work/shop",
      manifestVersion: 12,
      nodes,
      parents,
      children,
      docs: new Map(),
    },
    id,
    keys: (ids) => [...ids].map((uid) => keyById.get(uid) ?? uid).sort(),
  };
}

/**
 * A jaffle-shop-like project with an installed `utils` package:
 *
 *   raw.orders → stg_orders → int_orders_payments → orders → customers → dim_customers.v1/.v2
 *   raw.customers → stg_customers → orders, customers
 *   stripe.payments → stg_payments → int_orders_payments
 *   stg_orders → orders_snapshot;  orders, country_codes → country_report
 *   utils.calendar → dates;  utils.date_spine (models/staging in utils)
 */
export const SHOP: readonly TestNode[] = [
  src("raw.orders", "raw", "orders", "models/staging/_sources.yml"),
  src("raw.customers", "raw", "customers", "models/staging/_sources.yml"),
  src("stripe.payments", "stripe", "payments", "models/staging/stripe/_stripe.yml"),
  {
    key: "country_codes",
    type: "seed",
    name: "country_codes",
    path: "seeds/country_codes.csv",
    tags: ["reference"],
    checksum: "seed-1",
  },
  model("stg_orders", "models/staging/stg_orders.sql", ["raw.orders"], {
    tags: ["staging"],
    materialized: "view",
    patchPath: "models/staging/_staging.yml",
  }),
  model("stg_customers", "models/staging/stg_customers.sql", ["raw.customers"], {
    tags: ["staging"],
    materialized: "view",
    patchPath: "models/staging/_staging.yml",
  }),
  model("stg_payments", "models/staging/stripe/stg_payments.sql", ["stripe.payments"], {
    tags: ["staging", "stripe"],
    materialized: "view",
  }),
  model(
    "int_orders_payments",
    "models/intermediate/int_orders_payments.sql",
    ["stg_orders", "stg_payments"],
    { materialized: "ephemeral" },
  ),
  model("orders", "models/marts/orders.sql", ["int_orders_payments", "stg_customers"], {
    tags: ["marts", "nightly"],
    materialized: "table",
    meta: { owner: "finance", contains_pii: false },
    patchPath: "models/marts/_marts.yml",
  }),
  model("customers", "models/marts/customers.sql", ["stg_customers", "orders"], {
    tags: ["marts"],
    materialized: "table",
    meta: { owner: "growth", contains_pii: true },
    patchPath: "models/marts/_marts.yml",
  }),
  model("dim_customers.v1", "models/marts/dim_customers_v1.sql", ["customers"], {
    name: "dim_customers",
    version: 1,
    materialized: "table",
  }),
  model("dim_customers.v2", "models/marts/dim_customers_v2.sql", ["customers"], {
    name: "dim_customers",
    version: 2,
    materialized: "table",
  }),
  model("country_report", "models/marts/reports/country_report.sql", ["orders", "country_codes"], {
    tags: ["nightly"],
    materialized: "incremental",
  }),
  {
    key: "orders_snapshot",
    type: "snapshot",
    name: "orders_snapshot",
    path: "snapshots/orders_snapshot.sql",
    dependsOn: ["stg_orders"],
    materialized: "snapshot",
    rawSql:
      "{% snapshot orders_snapshot %} select * from {{ ref('stg_orders') }} {% endsnapshot %}",
  },
  model("dates", "models/marts/dates.sql", ["utils.calendar"], { materialized: "view" }),
  model("utils.calendar", "models/calendar.sql", [], {
    name: "calendar",
    packageName: "utils",
    tags: ["utility"],
    materialized: "table",
  }),
  model("utils.date_spine", "models/staging/date_spine.sql", [], {
    name: "date_spine",
    packageName: "utils",
    materialized: "view",
  }),
];

function src(key: string, sourceName: string, name: string, path: string): TestNode {
  return { key, type: "source", sourceName, name, path };
}

function model(
  key: string,
  path: string,
  dependsOn: string[],
  extra: Partial<TestNode> = {},
): TestNode {
  return {
    key,
    type: "model",
    name: key,
    path,
    dependsOn,
    rawSql: `select * from upstream -- ${key}`,
    ...extra,
  };
}
