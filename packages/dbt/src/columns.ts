// Column lists for nodes that have none: a model the YAML does not describe and the catalog does
// not list gets the columns of its SQL's final select list (compiled when the manifest has it,
// else the raw SQL with its Jinja stripped), resolving `select *` from upstream nodes' columns.
import type { ColumnListSource } from "./plan.js";
import { topologicalOrder } from "./plan.js";
import type { DbtNode, DbtProject } from "./project.js";
import { RelationIndex } from "./relations.js";
import { inferColumns } from "./sql/index.js";

export interface CompleteColumnsOptions {
  /** `vars` of `dbt_project.yml`, for Jinja in raw SQL (`{{ var("schema") }}`). */
  vars?: Record<string, unknown>;
}

/**
 * Infers the columns of every model and snapshot that has none (no YAML columns, not in the
 * catalog), in dependency order so a `select *` reads what was inferred upstream. Returns how
 * each node's column list was made; inferred columns are added to the nodes (origin `sql`).
 */
export async function completeColumns(
  project: DbtProject,
  options: CompleteColumnsOptions,
): Promise<Map<string, ColumnListSource>> {
  const lists = new Map<string, ColumnListSource>();
  const index = RelationIndex.of(project);

  for (const id of topologicalOrder(project)) {
    const node = project.nodes.get(id) as DbtNode;
    if (node.columns.length > 0) {
      const origins = new Set(node.columns.map((c) => c.origin));
      lists.set(id, {
        kind: origins.has("catalog") ? "catalog" : "yaml",
        complete: true,
        notes: [],
      });
      continue;
    }
    if (node.resourceType !== "model" && node.resourceType !== "snapshot") continue;
    const read = index.read(node, options);
    if (read === undefined) {
      lists.set(id, {
        kind: "none",
        complete: false,
        notes: ["no SQL in the manifest to read columns from"],
      });
      continue;
    }
    const inferred = await inferColumns(read.sql, {
      dialect: index.dialect,
      columnsOf: read.columnsOf,
    });
    for (const name of inferred.columns)
      node.columns.push({ name, description: "", origin: "sql" });
    const notes = [...read.notes, ...inferred.notes];
    lists.set(id, {
      kind: inferred.columns.length > 0 ? "sql" : "none",
      complete: inferred.complete,
      notes: read.fromRaw
        ? ["read from the raw SQL (no compiled SQL in the manifest)", ...notes]
        : notes,
    });
  }
  return lists;
}
