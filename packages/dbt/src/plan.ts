// The work plan: for every selected node of the project's own package, in dependency order, what
// its description and each column already have, what inheritance fills for free (and from where),
// what is left for the LLM, and which schema file it lands in. Pure: no I/O, no LLM.
import { DEFAULT_PLACEHOLDERS, type DescriptionState, descriptionState } from "./descriptions.js";
import { InheritanceIndex, type InheritanceOptions, type Provenance } from "./inheritance.js";
import type { ColumnOrigin, DbtNode, DbtProject, ResourceType } from "./project.js";

export interface PlanOptions extends InheritanceOptions {
  /** The unique ids to document (from the selection); default every own node of `resourceTypes`. */
  nodes?: Iterable<string>;
  /** Kinds of node to document (default models, sources, seeds and snapshots). */
  resourceTypes?: readonly ResourceType[];
  /**
   * Where a node without a schema file gets one, relative to the project root. Variables:
   * `{dir}` (the folder of the node's file), `{name}`, `{resource_type}`, `{package}`,
   * `{schema}`, `{database}`. Default `{dir}/{name}.yml`: beside the model.
   */
  schemaPathTemplate?: string;
  /** How each node's column list was made, from the step that completed it (catalog, SQL). */
  columnLists?: ReadonlyMap<string, ColumnListSource>;
  /** Prompt tokens the LLM call for a node would take, when a prompt builder is at hand. */
  estimatePromptTokens?: (node: DbtNode, plan: NodePlan) => number;
}

export type ColumnState =
  /** A person wrote it: kept. */
  | "written"
  /** It holds Jinja (`{{ doc(...) }}`): kept, never touched. */
  | "jinja"
  /** Filled from upstream, free. */
  | "inherited"
  /** Left for the LLM. */
  | "llm";

export interface PlannedColumn {
  name: string;
  state: ColumnState;
  /** Inherited: where from. `pending` when that upstream column is itself to be written by the LLM first. */
  from?: Provenance & { pending?: boolean };
  /** The inherited description, when known now. */
  description?: string;
  origin: ColumnOrigin;
  dataType?: string;
}

/** Where the node's column list came from, for the plan's reader. */
export interface ColumnListSource {
  kind: ColumnOrigin | "none";
  /** False when the list may be short (SQL with a `*` from an unknown relation). */
  complete: boolean;
  notes: string[];
}

export interface NodePlan {
  uniqueId: string;
  resourceType: ResourceType;
  name: string;
  version?: string | number;
  /** The schema file the node's docs are (or will be) in, relative to the project root. */
  schemaFile: string;
  /** False when osmosis will create it. */
  schemaFileExists: boolean;
  description: { state: Exclude<DescriptionState, "missing"> | "llm" };
  columns: PlannedColumn[];
  columnList: ColumnListSource;
  /** The description or some column still needs the LLM. */
  needsLlm: boolean;
  /** Selected nodes upstream that must be documented before this one (their docs feed it). */
  waitsFor: string[];
  estimatedPromptTokens?: number;
  /** The calls its documentation takes (more than one past `maxColumnsPerCall`), when estimated. */
  estimatedCalls?: number;
  /** The scoped prompts that shape this node's prompt, when prompts were applied to the plan. */
  promptScopes?: readonly string[];
}

export interface PlanTotals {
  nodes: number;
  nodesNeedingLlm: number;
  columns: number;
  columnsWritten: number;
  columnsJinja: number;
  columnsInherited: number;
  columnsLlm: number;
  descriptionsLlm: number;
  /** Sum over nodes that need the LLM, when an estimator was given. */
  estimatedPromptTokens?: number;
}

export interface DocumentationPlan {
  project: string;
  /** Upstream first: a node comes after every selected node it depends on. */
  nodes: NodePlan[];
  totals: PlanTotals;
}

export const DEFAULT_RESOURCE_TYPES: readonly ResourceType[] = [
  "model",
  "source",
  "seed",
  "snapshot",
];
export const DEFAULT_SCHEMA_PATH_TEMPLATE = "{dir}/{name}.yml";

/** A dependency cycle in the manifest's graph (dbt refuses them; a hand-edited manifest may not). */
export class DependencyCycleError extends Error {
  readonly cycle: string[];
  constructor(cycle: string[]) {
    super(
      `The project's dependencies form a cycle: ${cycle.join(" → ")}. Fix the refs, then run \`dbt parse\` again.`,
    );
    this.name = "DependencyCycleError";
    this.cycle = cycle;
  }
}

/**
 * Every node of `project` (nodes and sources), parents before children; ties in unique id order
 * so the plan is the same on every run. Throws `DependencyCycleError` on a cycle.
 */
export function topologicalOrder(project: DbtProject): string[] {
  const indegree = new Map<string, number>();
  for (const id of project.nodes.keys()) indegree.set(id, 0);
  for (const [id, parents] of project.parents) {
    if (!indegree.has(id)) continue;
    indegree.set(id, parents.filter((p) => indegree.has(p)).length);
  }
  const ready = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  ready.sort();
  const order: string[] = [];
  // A sorted ready list, consumed from the front; new entries are inserted in order.
  while (ready.length > 0) {
    const id = ready.shift() as string;
    order.push(id);
    const unlocked: string[] = [];
    for (const child of project.children.get(id) ?? []) {
      const d = indegree.get(child);
      if (d === undefined) continue;
      indegree.set(child, d - 1);
      if (d - 1 === 0) unlocked.push(child);
    }
    if (unlocked.length > 0) {
      ready.push(...unlocked);
      ready.sort();
    }
  }
  if (order.length < indegree.size) throw new DependencyCycleError(findCycle(project, indegree));
  return order;
}

function findCycle(project: DbtProject, indegree: Map<string, number>): string[] {
  const stuck = new Set([...indegree].filter(([, d]) => d > 0).map(([id]) => id));
  const start = [...stuck].sort()[0] as string;
  const path: string[] = [];
  const index = new Map<string, number>();
  let current: string | undefined = start;
  while (current !== undefined && !index.has(current)) {
    index.set(current, path.length);
    path.push(current);
    current = (project.parents.get(current) ?? []).find((p) => stuck.has(p));
  }
  return current === undefined ? path : [...path.slice(index.get(current)), current];
}

/** The schema file path for `node`, relative to the project root. */
export function schemaFileFor(
  node: DbtNode,
  template = DEFAULT_SCHEMA_PATH_TEMPLATE,
): { path: string; exists: boolean } {
  if (node.patchPath) return { path: stripPackagePrefix(node.patchPath), exists: true };
  if (node.resourceType === "source") return { path: node.originalFilePath, exists: true };
  const file = node.originalFilePath;
  const slash = file.lastIndexOf("/");
  const values: Record<string, string> = {
    dir: slash >= 0 ? file.slice(0, slash) : ".",
    name: node.name,
    resource_type: node.resourceType,
    package: node.packageName,
    schema: node.schema ?? "",
    database: node.database ?? "",
  };
  const path = template
    .replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
    .replace(/^\.\//, "");
  return { path, exists: false };
}

/** `patch_path` is written `pkg://models/x.yml`: the part after `://`. */
function stripPackagePrefix(path: string): string {
  const at = path.indexOf("://");
  return at >= 0 ? path.slice(at + 3) : path;
}

/** A marker for columns the LLM will write earlier in the run, so downstream plans inherit them. */
const PENDING = "\u0000osmosis:pending";

/**
 * Plans the documentation of the selected own nodes: inheritance first (free), the rest for the
 * LLM, in dependency order. Columns the LLM will write upstream count as inherited downstream
 * (`from.pending`): the run recomputes inheritance when a node's turn comes, with real text.
 */
export function planDocumentation(
  project: DbtProject,
  options: PlanOptions = {},
): DocumentationPlan {
  const placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
  const types = new Set(options.resourceTypes ?? DEFAULT_RESOURCE_TYPES);
  const wanted = new Set<string>();
  for (const id of options.nodes ?? project.nodes.keys()) {
    const node = project.nodes.get(id);
    if (node && node.packageName === project.name && types.has(node.resourceType)) wanted.add(id);
  }
  // A working copy of the descriptions: planned LLM columns are marked so that downstream nodes
  // plan to inherit them. The project itself is not changed.
  const working: DbtProject = { ...project, nodes: new Map(project.nodes) };
  const order = topologicalOrder(project).filter((id) => wanted.has(id));
  const waits = nearestSelectedAncestors(project, wanted);
  const plans: NodePlan[] = [];
  // One index for the pass: nodes are planned upstream first, so whatever it remembers about a
  // node's ancestors was worked out after they were planned.
  const index = new InheritanceIndex(working, { ...options, placeholders });
  for (const id of order) {
    const node = working.nodes.get(id) as DbtNode;
    const inherited = new Map(index.inherit(node).map((c) => [c.column, c]));
    const columns: PlannedColumn[] = node.columns.map((column) => {
      const base: PlannedColumn = { name: column.name, state: "llm", origin: column.origin };
      if (column.dataType !== undefined) base.dataType = column.dataType;
      const state = descriptionState(column.description, placeholders);
      const hit = inherited.get(column.name);
      if (state === "jinja") return { ...base, state: "jinja" };
      if (hit) {
        const pending = hit.description === PENDING;
        const planned: PlannedColumn = {
          ...base,
          state: "inherited",
          from: pending ? { ...hit.from, pending: true } : hit.from,
        };
        if (!pending) planned.description = hit.description;
        return planned;
      }
      if (state === "written") return { ...base, state: "written" };
      return base;
    });
    const descriptionNow = descriptionState(node.description, placeholders);
    const description: NodePlan["description"] = {
      state: descriptionNow === "missing" ? "llm" : descriptionNow,
    };
    const file = schemaFileFor(node, options.schemaPathTemplate);
    const plan: NodePlan = {
      uniqueId: id,
      resourceType: node.resourceType,
      name: node.name,
      schemaFile: file.path,
      schemaFileExists: file.exists,
      description,
      columns,
      columnList: options.columnLists?.get(id) ?? columnListOf(node),
      needsLlm: description.state === "llm" || columns.some((c) => c.state === "llm"),
      waitsFor: waits.get(id) ?? [],
    };
    if (node.version !== undefined) plan.version = node.version;
    if (plan.needsLlm && options.estimatePromptTokens) {
      plan.estimatedPromptTokens = options.estimatePromptTokens(node, plan);
    }
    plans.push(plan);
    // Downstream nodes see this one as it will be: inherited text now, LLM text later.
    index.refresh(id);
    working.nodes.set(id, {
      ...node,
      columns: node.columns.map((column, i) => {
        const planned = columns[i] as PlannedColumn;
        if (planned.state === "inherited")
          return { ...column, description: planned.description ?? PENDING };
        if (planned.state === "llm") return { ...column, description: PENDING };
        return column;
      }),
    });
  }
  return { project: project.name, nodes: plans, totals: totalsOf(plans) };
}

/** How the node's column list was made, read off its columns' origins. */
function columnListOf(node: DbtNode): ColumnListSource {
  if (node.columns.length === 0) {
    return {
      kind: "none",
      complete: false,
      notes: ["no columns known: not in the YAML, the catalog or inferable from the SQL"],
    };
  }
  const origins = new Set(node.columns.map((c) => c.origin));
  const kind: ColumnOrigin = origins.has("catalog")
    ? "catalog"
    : origins.has("sql")
      ? "sql"
      : "yaml";
  return { kind, complete: true, notes: [] };
}

/**
 * For each wanted node, the nearest wanted nodes upstream of it, looking through nodes that are
 * not wanted (their docs are already what they will be).
 */
function nearestSelectedAncestors(project: DbtProject, wanted: Set<string>): Map<string, string[]> {
  const memo = new Map<string, Set<string>>();
  const visit = (id: string, stack: Set<string>): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const result = new Set<string>();
    stack.add(id);
    for (const parent of project.parents.get(id) ?? []) {
      if (stack.has(parent)) continue;
      if (wanted.has(parent)) result.add(parent);
      else for (const above of visit(parent, stack)) result.add(above);
    }
    stack.delete(id);
    memo.set(id, result);
    return result;
  };
  const out = new Map<string, string[]>();
  for (const id of wanted) {
    const found = new Set<string>();
    for (const parent of project.parents.get(id) ?? []) {
      if (wanted.has(parent)) found.add(parent);
      else for (const above of visit(parent, new Set([id]))) found.add(above);
    }
    out.set(id, [...found].sort());
  }
  return out;
}

function totalsOf(plans: NodePlan[]): PlanTotals {
  const totals: PlanTotals = {
    nodes: plans.length,
    nodesNeedingLlm: 0,
    columns: 0,
    columnsWritten: 0,
    columnsJinja: 0,
    columnsInherited: 0,
    columnsLlm: 0,
    descriptionsLlm: 0,
  };
  let tokens = 0;
  let estimated = false;
  for (const plan of plans) {
    if (plan.needsLlm) totals.nodesNeedingLlm += 1;
    if (plan.description.state === "llm") totals.descriptionsLlm += 1;
    if (plan.estimatedPromptTokens !== undefined) {
      tokens += plan.estimatedPromptTokens;
      estimated = true;
    }
    for (const column of plan.columns) {
      totals.columns += 1;
      if (column.state === "written") totals.columnsWritten += 1;
      else if (column.state === "jinja") totals.columnsJinja += 1;
      else if (column.state === "inherited") totals.columnsInherited += 1;
      else totals.columnsLlm += 1;
    }
  }
  if (estimated) totals.estimatedPromptTokens = tokens;
  return totals;
}
