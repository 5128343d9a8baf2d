// Column descriptions flow downstream for free: a column with no description takes the one of the
// nearest upstream column of the same name (models, sources and seeds, any package), walking the
// lineage generation by generation. No LLM, no cost; where each came from is kept.
import { DEFAULT_PLACEHOLDERS, descriptionState } from "./descriptions.js";
import type { DbtColumn, DbtNode, DbtProject } from "./project.js";

export interface InheritanceOptions {
  /** Descriptions that count as missing (default: dbt-osmosis's placeholders). */
  placeholders?: readonly string[];
  /**
   * Name prefixes and suffixes that do not change a column's meaning when matching names across
   * models (`_stg_`, `src_`, `_raw`): `src_customer_id` upstream documents `customer_id` downstream
   * and the other way round. Exact (case-insensitive) names win over these.
   */
  columnPrefixes?: readonly string[];
  columnSuffixes?: readonly string[];
  /** Replace human-written descriptions with inherited ones too (never Jinja ones). */
  force?: boolean;
  /** How many generations up to look (default: all). */
  maxDepth?: number;
}

/** Where an inherited description came from. */
export interface Provenance {
  /** The upstream node's unique id. */
  uniqueId: string;
  /** Its column, as it is named there. */
  column: string;
  /** Generations up: 1 for a parent, 2 for a grandparent… */
  depth: number;
}

export interface InheritedColumn {
  /** The column, as named on the node. */
  column: string;
  description: string;
  from: Provenance;
}

/** Lower-cased, and with the configured prefixes and suffixes stripped: the forms a name matches by. */
function nameKeys(name: string, options: InheritanceOptions): string[] {
  const lower = name.toLowerCase();
  const keys = [lower];
  for (const prefix of options.columnPrefixes ?? []) {
    const p = prefix.toLowerCase();
    if (p && lower.startsWith(p) && lower.length > p.length) keys.push(lower.slice(p.length));
  }
  for (const suffix of options.columnSuffixes ?? []) {
    const s = suffix.toLowerCase();
    if (s && lower.endsWith(s) && lower.length > s.length) keys.push(lower.slice(0, -s.length));
  }
  return keys;
}

/** The ancestors of `uniqueId`, nearest generation first; each id once, at its nearest depth. */
export function ancestorsByGeneration(
  project: DbtProject,
  uniqueId: string,
  maxDepth = Number.POSITIVE_INFINITY,
): string[][] {
  const generations: string[][] = [];
  const seen = new Set([uniqueId]);
  let frontier = [uniqueId];
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const parent of project.parents.get(id) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        next.push(parent);
      }
    }
    if (next.length > 0) generations.push(next);
    frontier = next;
  }
  return generations;
}

/**
 * For each column of `node` whose description is missing (or, with `force`, written by a person),
 * the description of the nearest upstream column of the same name that has one. Nearest
 * generation first; within a generation, parents in the order the node depends on them. A name
 * match ignores case; configured prefixes and suffixes are tried after exact names.
 */
export function inheritColumns(
  project: DbtProject,
  node: DbtNode,
  options: InheritanceOptions = {},
): InheritedColumn[] {
  const placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
  const wanted = node.columns.filter((column) => {
    const state = descriptionState(column.description, placeholders);
    return state === "missing" || (options.force === true && state === "written");
  });
  if (wanted.length === 0) return [];
  const found = new Map<DbtColumn, InheritedColumn>();
  const generations = ancestorsByGeneration(project, node.uniqueId, options.maxDepth);
  for (const [index, generation] of generations.entries()) {
    for (const ancestorId of generation) {
      const ancestor = project.nodes.get(ancestorId);
      if (!ancestor) continue;
      // The ancestor's documented columns by every key they match under.
      // Exact names first, so a stripped prefix never shadows a column of that very name.
      const documented = new Map<string, DbtColumn>();
      const usable = ancestor.columns.filter(
        (column) => descriptionState(column.description, placeholders) !== "missing",
      );
      for (const column of usable) {
        const exact = column.name.toLowerCase();
        if (!documented.has(exact)) documented.set(exact, column);
      }
      for (const column of usable) {
        for (const key of nameKeys(column.name, options).slice(1)) {
          if (!documented.has(key)) documented.set(key, column);
        }
      }
      if (documented.size === 0) continue;
      for (const column of wanted) {
        if (found.has(column)) continue;
        const keys = nameKeys(column.name, options);
        const match = keys.map((key) => documented.get(key)).find((c) => c !== undefined);
        if (!match) continue;
        found.set(column, {
          column: column.name,
          description: match.description,
          from: { uniqueId: ancestorId, column: match.name, depth: index + 1 },
        });
      }
      if (found.size === wanted.length) break;
    }
    if (found.size === wanted.length) break;
  }
  return wanted.flatMap((column) => {
    const hit = found.get(column);
    return hit ? [hit] : [];
  });
}
