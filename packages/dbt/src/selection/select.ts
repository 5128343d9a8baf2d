// Evaluates `--select`/`--exclude` over a project as dbt does (dbt-core `graph/selector.py`,
// `graph/cli.py`): methods, then graph operators, then intersections, unions and the exclusion.
import type { DbtProject, ResourceType } from "../project.js";
import { childrensParents, reachable } from "./graph.js";
import { type MethodContext, matchCriterion } from "./methods.js";
import { parseSelectorFor, type SelectorAst, type SelectorCriterion } from "./parse.js";

export interface SelectOptions {
  /**
   * `--select` values; each may hold space-separated unions, and commas intersect within one.
   * Empty or undefined: every node.
   */
  select?: readonly string[];
  /** `--exclude` values, same syntax; removed from the selection. */
  exclude?: readonly string[];
  /** The previous project (from `--state DIR`'s manifest), for `state:` methods. */
  state?: DbtProject;
  /** Resource types to keep, applied last (default: model, seed, snapshot, source). */
  resourceTypes?: readonly ResourceType[];
}

export interface SelectionResult {
  /** Unique ids of the selected nodes, in the project's node order. */
  selected: Set<string>;
  /**
   * What the run should show once: selectors that matched nothing (dbt warns, it does not fail)
   * and parts of a selector osmosis could only partly honour.
   */
  warnings: string[];
}

const ALL_TYPES: readonly ResourceType[] = ["model", "seed", "snapshot", "source"];

/** The unique ids `options` select in `project`. Throws `SelectorError` for a malformed selector. */
export function selectNodes(project: DbtProject, options: SelectOptions = {}): Set<string> {
  return selectNodesWithWarnings(project, options).selected;
}

/** `selectNodes`, with the warnings dbt would print alongside. */
export function selectNodesWithWarnings(
  project: DbtProject,
  options: SelectOptions = {},
): SelectionResult {
  // Parse everything first, so a typo in --exclude fails before any work.
  const include = (options.select ?? []).map((text) => parseSelectorFor(text, "select"));
  const exclude = (options.exclude ?? []).map((text) => parseSelectorFor(text, "exclude"));
  const warnings = new Set<string>();
  const warn = (message: string): void => {
    warnings.add(message);
  };

  // dbt's default selection (fqn:* source:* …) is every node the project holds.
  const included =
    include.length === 0
      ? new Set(project.nodes.keys())
      : evaluate(project, options.state, include, "select", warn);
  const excluded = evaluate(project, options.state, exclude, "exclude", warn);
  const types = new Set(options.resourceTypes ?? ALL_TYPES);

  const selected = new Set<string>();
  for (const node of project.nodes.values()) {
    if (
      included.has(node.uniqueId) &&
      !excluded.has(node.uniqueId) &&
      types.has(node.resourceType)
    ) {
      selected.add(node.uniqueId);
    }
  }
  return { selected, warnings: [...warnings] };
}

function evaluate(
  project: DbtProject,
  state: DbtProject | undefined,
  asts: readonly SelectorAst[],
  option: "select" | "exclude",
  warn: (message: string) => void,
): Set<string> {
  const out = new Set<string>();
  for (const ast of asts) {
    const context: MethodContext = { project, state, text: ast.text, option, warn };
    for (const intersection of ast.union) {
      let common: Set<string> | undefined;
      for (const criterion of intersection.criteria) {
        const found = expand(project, criterion, matchCriterion(context, criterion));
        common = common === undefined ? found : intersect(common, found);
      }
      // dbt's alert_non_existence: each space-separated member given by the user should match.
      if (common === undefined || common.size === 0) {
        warn(
          `The --${option} criterion '${intersection.raw}' does not match any nodes.${sourceHint(context, intersection.criteria)}`,
        );
        continue;
      }
      for (const id of common) out.add(id);
    }
  }
  return out;
}

// dbt's collect_specified_neighbors: the matched nodes plus what `@`, `n+` and `+n` add.
function expand(
  project: DbtProject,
  criterion: SelectorCriterion,
  matched: Set<string>,
): Set<string> {
  const out = new Set(matched);
  if (criterion.childrensParents) {
    for (const id of childrensParents(project, matched)) out.add(id);
  }
  if (criterion.parents) {
    for (const id of reachable(project, matched, project.parents, criterion.parentsDepth)) {
      out.add(id);
    }
  }
  if (criterion.children) {
    for (const id of reachable(project, matched, project.children, criterion.childrenDepth)) {
      out.add(id);
    }
  }
  return out;
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const id of a) if (b.has(id)) out.add(id);
  return out;
}

// dbt finds sources only with source:, so `raw.orders` alone selects nothing; say what would.
function sourceHint(context: MethodContext, criteria: readonly SelectorCriterion[]): string {
  for (const criterion of criteria) {
    if (criterion.method !== "fqn" || criterion.value.split(".").length > 3) continue;
    const asSource: SelectorCriterion = { ...criterion, method: "source" };
    if (matchCriterion(context, asSource).size > 0) {
      return ` Sources are selected with source:, as in source:${criterion.value}.`;
    }
  }
  return "";
}
