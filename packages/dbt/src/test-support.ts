// Builds small DbtProject graphs for tests: nodes by a compact spec, lineage from `dependsOn`.
import type { DbtColumn, DbtNode, DbtProject, ResourceType } from "./project.js";

export interface NodeSpec {
  /** `model.shop.orders`; the type, package and name are read from it. */
  uniqueId: string;
  /** Columns as `name` (no description) or `[name, description]`. */
  columns?: Array<string | [string, string]>;
  description?: string;
  dependsOn?: string[];
  tags?: string[];
  path?: string;
  patchPath?: string;
  materialized?: string;
  compiledSql?: string;
  rawSql?: string;
  version?: string | number;
  checksum?: string;
}

export function node(spec: NodeSpec): DbtNode {
  const [type, packageName, ...rest] = spec.uniqueId.split(".");
  const resourceType = type as ResourceType;
  const name = resourceType === "source" ? (rest[1] ?? "") : (rest[0] ?? "");
  const columns: DbtColumn[] = (spec.columns ?? []).map((c) =>
    typeof c === "string"
      ? { name: c, description: "", origin: "yaml" }
      : { name: c[0], description: c[1], origin: "yaml" },
  );
  const built: DbtNode = {
    uniqueId: spec.uniqueId,
    resourceType,
    packageName: packageName ?? "shop",
    name,
    originalFilePath: spec.path ?? `models/${name}.sql`,
    description: spec.description ?? "",
    columns,
    dependsOn: spec.dependsOn ?? [],
    tags: spec.tags ?? [],
    meta: {},
    fqn: [packageName ?? "shop", name],
  };
  if (resourceType === "source") built.sourceName = rest[0] ?? "";
  for (const key of [
    "patchPath",
    "materialized",
    "compiledSql",
    "rawSql",
    "version",
    "checksum",
  ] as const) {
    if (spec[key] !== undefined) (built as unknown as Record<string, unknown>)[key] = spec[key];
  }
  return built;
}

/** A project of `name` with these nodes; parents from each node's `dependsOn`. */
export function project(nodes: NodeSpec[], name = "shop"): DbtProject {
  const built = nodes.map(node);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const n of built) {
    parents.set(n.uniqueId, [...n.dependsOn]);
    for (const p of n.dependsOn) children.set(p, [...(children.get(p) ?? []), n.uniqueId]);
  }
  return {
    name,
    rootDir: "/project",
    manifestVersion: 12,
    nodes: new Map(built.map((n) => [n.uniqueId, n])),
    parents,
    children,
    docs: new Map(),
  };
}

/** The node `id` of `p`; throws when it is not there, so a test fails where it went wrong. */
export function get(p: DbtProject, id: string): DbtNode {
  const found = p.nodes.get(id);
  if (!found) throw new Error(`no node ${id} in the test project`);
  return found;
}
