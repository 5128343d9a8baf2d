// dbt's graph operators over the project's lineage (dbt-core `graph/graph.py`): ancestors and
// descendants up to a depth, and `@`'s descendants plus their ancestors.
import type { DbtProject } from "../project.js";

/**
 * Nodes reachable from `start` along `edges`, at most `maxDepth` steps away (all when undefined),
 * layer by layer as dbt's `select_parents`/`select_children` walk. A start node is in the result
 * only when another start node reaches it.
 */
export function reachable(
  project: DbtProject,
  start: Iterable<string>,
  edges: ReadonlyMap<string, readonly string[]>,
  maxDepth?: number,
): Set<string> {
  const found = new Set<string>();
  let frontier = [...start];
  for (
    let depth = 0;
    frontier.length > 0 && (maxDepth === undefined || depth < maxDepth);
    depth++
  ) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of edges.get(id) ?? []) {
        // Edges may name ids the project does not hold (a test, a disabled node): not selectable.
        if (found.has(neighbour) || !project.nodes.has(neighbour)) continue;
        found.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return found;
}

/** `@x`: x, its descendants, and every ancestor of those (dbt's `select_childrens_parents`). */
export function childrensParents(project: DbtProject, selected: ReadonlySet<string>): Set<string> {
  const descendants = reachable(project, selected, project.children);
  for (const id of selected) descendants.add(id);
  const out = reachable(project, descendants, project.parents);
  for (const id of descendants) out.add(id);
  return out;
}
