// Column lists for nodes that have none: a model the YAML does not describe and the catalog does
// not list gets the columns of its SQL's final select list (compiled when the manifest has it,
// else the raw SQL with its Jinja stripped), resolving `select *` from upstream nodes' columns.
import type { ColumnListSource } from "./plan.js";
import { topologicalOrder } from "./plan.js";
import type { DbtNode, DbtProject } from "./project.js";
import { dialectForAdapter, inferColumns, type RelationRef, stripJinja } from "./sql/index.js";

export interface CompleteColumnsOptions {
  /** `vars` of `dbt_project.yml`, for Jinja in raw SQL (`{{ var("schema") }}`). */
  vars?: Record<string, unknown>;
}

const relationKey = (parts: ReadonlyArray<string | undefined>) =>
  parts
    .filter((p): p is string => p !== undefined && p !== "")
    .map((p) => p.replaceAll('"', "").replaceAll("`", "").toLowerCase())
    .join(".");

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
  const dialect = dialectForAdapter(project.adapter);
  // Relations as compiled SQL names them (`db.schema.table`, `schema.table`) → nodes.
  const byRelation = new Map<string, DbtNode>();
  for (const node of project.nodes.values()) {
    const relation = node.alias ?? node.name;
    for (const key of [
      relationKey([node.database, node.schema, relation]),
      relationKey([node.schema, relation]),
      node.relationName ? relationKey(node.relationName.split(".")) : "",
    ]) {
      if (key && !byRelation.has(key)) byRelation.set(key, node);
    }
  }
  // Models, seeds and snapshots by name; sources by `source.table`: what refs and sources name.
  const byName = new Map<string, DbtNode[]>();
  const bySource = new Map<string, DbtNode>();
  for (const node of project.nodes.values()) {
    if (node.resourceType === "source") bySource.set(`${node.sourceName}.${node.name}`, node);
    else byName.set(node.name, [...(byName.get(node.name) ?? []), node]);
  }
  const columnsOfNode = (node: DbtNode | undefined) =>
    node && node.columns.length > 0 ? node.columns.map((c) => c.name) : undefined;

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
    const compiled = node.compiledSql;
    const stripped =
      compiled === undefined && node.rawSql !== undefined
        ? stripJinja(node.rawSql, { dialect, ...(options.vars ? { vars: options.vars } : {}) })
        : undefined;
    const sql = compiled ?? stripped?.sql;
    if (sql === undefined) {
      lists.set(id, {
        kind: "none",
        complete: false,
        notes: ["no SQL in the manifest to read columns from"],
      });
      continue;
    }
    // Raw SQL: refs and sources were written as relations; map them back to their nodes.
    const byStripped = new Map<string, DbtNode>();
    if (stripped) {
      for (const ref of stripped.refs) {
        const target = (byName.get(ref.name) ?? []).find(
          (n) =>
            (ref.package === undefined || n.packageName === ref.package) &&
            (ref.version === undefined || String(n.version) === String(ref.version)),
        );
        if (target)
          byStripped.set(
            relationKey([ref.relation.database, ref.relation.schema, ref.relation.name]),
            target,
          );
      }
      for (const source of stripped.sources) {
        const target = bySource.get(`${source.source}.${source.table}`);
        if (target)
          byStripped.set(
            relationKey([source.relation.database, source.relation.schema, source.relation.name]),
            target,
          );
      }
    }
    const inferred = await inferColumns(sql, {
      dialect,
      columnsOf: (relation: RelationRef) => {
        const key = relationKey([relation.database, relation.schema, relation.name]);
        return columnsOfNode(byStripped.get(key) ?? byRelation.get(key));
      },
    });
    for (const name of inferred.columns)
      node.columns.push({ name, description: "", origin: "sql" });
    const notes = [...(stripped?.notes ?? []), ...inferred.notes];
    lists.set(id, {
      kind: inferred.columns.length > 0 ? "sql" : "none",
      complete: inferred.complete,
      notes:
        compiled === undefined
          ? ["read from the raw SQL (no compiled SQL in the manifest)", ...notes]
          : notes,
    });
  }
  return lists;
}
