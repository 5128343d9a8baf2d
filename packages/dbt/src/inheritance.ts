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

/** Lower-cased, then with each configured prefix or suffix stripped: the forms a name matches by. */
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

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Inheritance for many nodes of one project: each node's documented columns are indexed once (by
 * every key they match under) and reused by every descendant that walks up through it. Call
 * `refresh(id)` after replacing a node whose descriptions changed.
 */
export class InheritanceIndex {
  readonly #project: DbtProject;
  readonly #options: InheritanceOptions;
  readonly #placeholders: readonly string[];
  /** Per node id: its documented columns by every key they match under, exact names first. */
  readonly #documented = new Map<string, Map<string, DbtColumn>>();

  constructor(project: DbtProject, options: InheritanceOptions = {}) {
    this.#project = project;
    this.#options = options;
    this.#placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
  }

  /**
   * Forget what was worked out about node `uniqueId`'s own columns: call it after replacing the
   * node with one whose descriptions changed (its ancestors' answers stay valid).
   */
  refresh(uniqueId: string): void {
    this.#documented.delete(uniqueId);
  }

  /** The columns `node` documents, by every key they match under (exact names win). */
  documented(node: DbtNode): Map<string, DbtColumn> {
    let map = this.#documented.get(node.uniqueId);
    if (map) return map;
    map = new Map();
    const usable = node.columns.filter(
      (column) => descriptionState(column.description, this.#placeholders) !== "missing",
    );
    for (const column of usable) {
      const exact = column.name.toLowerCase();
      if (!map.has(exact)) map.set(exact, column);
    }
    for (const column of usable) {
      for (const key of nameKeys(column.name, this.#options).slice(1)) {
        if (!map.has(key)) map.set(key, column);
      }
    }
    this.#documented.set(node.uniqueId, map);
    return map;
  }

  /**
   * For each column of `node` whose description is missing (or, with `force`, written by a
   * person), the description of the nearest upstream column matching one of its name's keys:
   * nearest generation first, then ancestors in the order they were reached (a node's parents in
   * the order it depends on them), then its exact name before stripped forms.
   */
  inherit(node: DbtNode): InheritedColumn[] {
    const maxDepth = this.#options.maxDepth ?? Number.POSITIVE_INFINITY;
    const wanted: Array<{ column: DbtColumn; keys: string[] }> = [];
    for (const column of node.columns) {
      const state = descriptionState(column.description, this.#placeholders);
      if (state === "missing" || (this.#options.force === true && state === "written")) {
        wanted.push({ column, keys: nameKeys(column.name, this.#options) });
      }
    }
    if (wanted.length === 0) return [];
    // Generation by generation, each ancestor once; stop as soon as every column is found.
    const found = new Map<DbtColumn, InheritedColumn>();
    const { parents: parentMap, nodes } = this.#project;
    const seen = new Set<string>([node.uniqueId]);
    let frontier: string[] = [node.uniqueId];
    for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const parent of parentMap.get(id) ?? EMPTY) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          next.push(parent);
        }
      }
      for (const id of next) {
        const ancestor = nodes.get(id);
        if (!ancestor) continue;
        const documented = this.documented(ancestor);
        if (documented.size === 0) continue;
        for (const { column, keys } of wanted) {
          if (found.has(column)) continue;
          for (const key of keys) {
            const match = documented.get(key);
            if (!match) continue;
            found.set(column, {
              column: column.name,
              description: match.description,
              from: { uniqueId: id, column: match.name, depth },
            });
            break;
          }
        }
        if (found.size === wanted.length) break;
      }
      if (found.size === wanted.length) break;
      frontier = next;
    }
    const out: InheritedColumn[] = [];
    for (const { column } of wanted) {
      const hit = found.get(column);
      if (hit) out.push(hit);
    }
    return out;
  }
}

/**
 * For each column of `node` whose description is missing (or, with `force`, written by a person),
 * the description of the nearest upstream column of the same name that has one. Nearest
 * generation first; at equal distance, through the parent the node depends on first. A name match
 * ignores case; configured prefixes and suffixes are tried after exact names.
 */
export function inheritColumns(
  project: DbtProject,
  node: DbtNode,
  options: InheritanceOptions = {},
): InheritedColumn[] {
  return new InheritanceIndex(project, options).inherit(node);
}
