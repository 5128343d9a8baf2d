// Which project node a relation named in a model's SQL stands for: compiled SQL names warehouse
// relations (`db.schema.table`), raw SQL names refs and sources as `stripJinja` wrote them.
// Built once per project; column inference and lineage both read SQL through it.

import type { DbtNode, DbtProject } from "./project.js";
import { dialectForAdapter, type RelationRef, type SqlDialect, stripJinja } from "./sql/index.js";

/** The SQL osmosis reads for a node, and what the relations it names stand for. */
export interface NodeSql {
  /** Compiled SQL when the manifest has it, else the raw SQL with its Jinja stripped. */
  sql: string;
  /** True when `sql` was made from the raw SQL. */
  fromRaw: boolean;
  /** Where the stripped SQL may differ from what dbt renders. */
  notes: string[];
  /**
   * The project node a relation of `sql` stands for, when it is one; where several do (a seed,
   * and a source declared over its table), the one the node depends on.
   */
  nodeOf: (relation: RelationRef) => DbtNode | undefined;
  /** The columns of that node, when it lists any. */
  columnsOf: (relation: RelationRef) => string[] | undefined;
  /** Whether a CTE of `sql` is an ephemeral model dbt inlined (`__dbt__cte__<model>`). */
  isEphemeral: (cte: string) => boolean;
}

/** dbt inlines an ephemeral model into compiled SQL as a CTE of this prefix and the model's name. */
const EPHEMERAL_PREFIX = "__dbt__cte__";

export interface ReadSqlOptions {
  /** `vars` of `dbt_project.yml`, for Jinja in raw SQL (`{{ var("schema") }}`). */
  vars?: Record<string, unknown>;
}

// One index per project object, so every model's lineage reuses it; weakly held, it goes with
// the project. Nodes' columns are read when asked, so columns added later are seen.
const indexes = new WeakMap<DbtProject, RelationIndex>();

export class RelationIndex {
  readonly dialect: SqlDialect;
  /** Relations as compiled SQL names them (`db.schema.table`, `schema.table`) → nodes. */
  private readonly byRelation = new Map<string, DbtNode[]>();
  /** Models, seeds and snapshots by name: what refs name. */
  private readonly byName = new Map<string, DbtNode[]>();
  /** Sources by `source.table`. */
  private readonly bySource = new Map<string, DbtNode>();
  private readonly size: number;

  /** The index of `project`, built on first use. */
  static of(project: DbtProject): RelationIndex {
    const existing = indexes.get(project);
    if (existing && existing.size === project.nodes.size) return existing;
    const index = new RelationIndex(project);
    indexes.set(project, index);
    return index;
  }

  constructor(project: DbtProject) {
    this.dialect = dialectForAdapter(project.adapter);
    this.size = project.nodes.size;
    for (const node of project.nodes.values()) {
      const relation = node.alias ?? node.name;
      for (const key of [
        relationKey([node.database, node.schema, relation]),
        relationKey([node.schema, relation]),
        node.relationName ? relationKey(node.relationName.split(".")) : "",
      ]) {
        const named = key ? (this.byRelation.get(key) ?? []) : [];
        if (key && !named.includes(node)) this.byRelation.set(key, [...named, node]);
      }
      if (node.resourceType === "source")
        this.bySource.set(`${node.sourceName}.${node.name}`, node);
      else this.byName.set(node.name, [...(this.byName.get(node.name) ?? []), node]);
    }
  }

  /** The SQL to read for `node`; undefined when the manifest has none. */
  read(node: DbtNode, options: ReadSqlOptions = {}): NodeSql | undefined {
    const compiled = node.compiledSql;
    if (compiled === undefined && node.rawSql === undefined) return undefined;
    const stripped =
      compiled === undefined && node.rawSql !== undefined
        ? stripJinja(node.rawSql, {
            dialect: this.dialect,
            ...(options.vars ? { vars: options.vars } : {}),
          })
        : undefined;
    // Raw SQL: refs and sources were written as relations; map them back to their nodes.
    const byStripped = new Map<string, DbtNode>();
    for (const ref of stripped?.refs ?? []) {
      const target = (this.byName.get(ref.name) ?? []).find(
        (n) =>
          (ref.package === undefined || n.packageName === ref.package) &&
          (ref.version === undefined || String(n.version) === String(ref.version)),
      );
      if (target) byStripped.set(keyOf(ref.relation), target);
    }
    for (const source of stripped?.sources ?? []) {
      const target = this.bySource.get(`${source.source}.${source.table}`);
      if (target) byStripped.set(keyOf(source.relation), target);
    }
    const parents = new Set(node.dependsOn);
    const pick = (candidates: DbtNode[] | undefined) =>
      candidates?.find((n) => parents.has(n.uniqueId)) ?? candidates?.[0];
    const nodeOf = (relation: RelationRef) => {
      const key = keyOf(relation);
      const ephemeral = key.startsWith(EPHEMERAL_PREFIX) && !relation.schema;
      return (
        byStripped.get(key) ??
        pick(this.byRelation.get(key)) ??
        (ephemeral
          ? pick(this.byName.get(relation.name.slice(EPHEMERAL_PREFIX.length)))
          : undefined)
      );
    };
    return {
      sql: compiled ?? stripped?.sql ?? "",
      fromRaw: compiled === undefined,
      notes: stripped?.notes ?? [],
      nodeOf,
      columnsOf: (relation) => {
        const target = nodeOf(relation);
        return target && target.columns.length > 0 ? target.columns.map((c) => c.name) : undefined;
      },
      isEphemeral: (cte) => cte.toLowerCase().startsWith(EPHEMERAL_PREFIX),
    };
  }
}

function keyOf(relation: RelationRef): string {
  return relationKey([relation.database, relation.schema, relation.name]);
}

function relationKey(parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((p): p is string => p !== undefined && p !== "")
    .map((p) => p.replaceAll('"', "").replaceAll("`", "").toLowerCase())
    .join(".");
}
