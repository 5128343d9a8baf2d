// Column lineage between project nodes: for a model's columns, the columns of its upstream nodes
// that its SQL reads to make each one, so a prompt can carry exactly their descriptions.

import { type DbtNode, type DbtProject, findColumn } from "./project.js";
import { RelationIndex } from "./relations.js";
import { columnLineage } from "./sql/index.js";

export interface UpstreamColumn {
  uniqueId: string;
  /** As the upstream node spells it when it lists the column, else as the SQL writes it. */
  column: string;
  /** The column is the upstream one passed through (renamed, cast, trimmed…); false when computed from it. */
  direct: boolean;
}

export interface UpstreamColumnsOptions {
  /** `vars` of `dbt_project.yml`, for Jinja in raw SQL (`{{ var("schema") }}`). */
  vars?: Record<string, unknown>;
}

/**
 * For each column of `node` (lower-cased name): the upstream project columns that feed it, as
 * node unique ids + column names. Reads the compiled SQL when the manifest has it, else the raw
 * SQL with its Jinja stripped; relations that are no project node (and the node itself, as an
 * incremental model reads it) are left out. A node without SQL, or SQL that cannot be read, gives
 * an empty map; columns it could not trace have an empty list. Never throws for SQL it cannot read.
 */
export async function upstreamColumnsOf(
  project: DbtProject,
  node: DbtNode,
  options: UpstreamColumnsOptions = {},
): Promise<Map<string, UpstreamColumn[]>> {
  const index = RelationIndex.of(project);
  const read = index.read(node, options);
  const upstream = new Map<string, UpstreamColumn[]>();
  if (!read) return upstream;
  const lineage = await columnLineage(read.sql, {
    dialect: index.dialect,
    columnsOf: read.columnsOf,
    // An ephemeral model is a node of its own, with its own docs: lineage stops there.
    stopsAt: read.isEphemeral,
  });
  for (const [column, sources] of lineage.columns) {
    const feeds: UpstreamColumn[] = [];
    const seen = new Map<string, UpstreamColumn>();
    for (const source of sources) {
      const parent = read.nodeOf(source.relation);
      if (!parent || parent === node) continue;
      const name = findColumn(parent, source.column)?.name ?? source.column;
      const key = `${parent.uniqueId}\u0000${name.toLowerCase()}`;
      const known = seen.get(key);
      if (known) {
        known.direct ||= source.direct;
        continue;
      }
      const feed = { uniqueId: parent.uniqueId, column: name, direct: source.direct };
      seen.set(key, feed);
      feeds.push(feed);
    }
    upstream.set(column, feeds);
  }
  return upstream;
}
