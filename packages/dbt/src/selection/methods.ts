// What each selector method matches, node by node (dbt-core `graph/selector_methods.py`).
import type { DbtNode, DbtProject } from "../project.js";
import { SelectorError } from "./errors.js";
import { fnmatch, hasWildcard, matchPathGlob } from "./glob.js";
import type { SelectorCriterion, StateCheck, VersionCheck } from "./parse.js";
import { passesStateCheck, STATE_MODIFIED_CAVEAT } from "./state.js";

export interface MethodContext {
  project: DbtProject;
  /** The `--state` project, for `state:`. */
  state: DbtProject | undefined;
  /** The text the criterion came from and its flag, for errors. */
  text: string;
  option: "select" | "exclude";
  warn: (message: string) => void;
}

/** The nodes `criterion`'s method and value pick, before graph operators. */
export function matchCriterion(context: MethodContext, criterion: SelectorCriterion): Set<string> {
  const test = predicate(context, criterion);
  const out = new Set<string>();
  for (const node of context.project.nodes.values()) {
    if (test(node)) out.add(node.uniqueId);
  }
  return out;
}

function predicate(
  context: MethodContext,
  criterion: SelectorCriterion,
): (node: DbtNode) => boolean {
  const { project } = context;
  const value = criterion.value;
  switch (criterion.method) {
    case "fqn":
      // dbt searches `manifest.nodes` only: sources are reached with source:, not by name.
      return (node) =>
        node.resourceType !== "source" && fqnMatches(node.fqn, value, node.version !== undefined);
    case "tag":
      return (node) => node.tags.some((tag) => fnmatch(tag, value));
    case "path":
      return pathPredicate(project, value);
    case "file":
      return (node) => {
        const name = basename(node.originalFilePath);
        return fnmatch(name, value) || fnmatch(name.replace(/\.[^.]*$/, ""), value);
      };
    case "package": {
      // `package:this` is the project's own package (dbt-core #6891).
      const pattern = value === "this" ? project.name : value;
      return (node) => fnmatch(node.packageName, pattern);
    }
    case "source":
      return sourcePredicate(value);
    case "resource_type":
      if (!["model", "seed", "snapshot", "source"].includes(value)) {
        context.warn(
          `resource_type:${value} selects nothing: osmosis's project holds only models, seeds, snapshots and sources.`,
        );
      }
      return (node) => node.resourceType === value;
    case "config":
      return configPredicate(context, criterion);
    case "state":
      return statePredicate(context, criterion);
    case "version":
      return versionPredicate(context, value as VersionCheck);
    default:
      context.warn(
        `${criterion.method}:${value} selects nothing: it picks dbt resources (tests, exposures, metrics, …) that osmosis does not document.`,
      );
      return () => false;
  }
}

/**
 * dbt-core `is_selected_node`: the leaf name (for a versioned model, the name or `name.vN`/
 * `name_vN`), or a dot-separated prefix of the fqn (`marts`, `shop.marts.orders`), where a part
 * with a wildcard matches the rest of the fqn with `fnmatch`. Tried with and without the package.
 */
export function fqnMatches(fqn: readonly string[], selector: string, versioned: boolean): boolean {
  return (
    isSelectedNode(fqn, selector, versioned) || isSelectedNode(fqn.slice(1), selector, versioned)
  );
}

function isSelectedNode(fqn: readonly string[], selector: string, versioned: boolean): boolean {
  const parts = selector.split(".");
  if (versioned) {
    if (fqn.at(-2) === selector) return true;
    if (fqn.length >= 2 && fqn.slice(-2).join("_") === parts.slice(-2).join("_")) return true;
  } else if (fqn.at(-1) === selector) {
    return true;
  }
  // Dots in model names act as namespace separators.
  const flat = fqn.flatMap((segment) => segment.split("."));
  if (flat.length < parts.length) return false;
  for (const [i, part] of parts.entries()) {
    if (hasWildcard(part)) {
      return fnmatch(flat.slice(i).join("."), parts.slice(i).join("."));
    }
    if (flat[i] !== part) return false;
  }
  return true;
}

// dbt-core PathSelectorMethod: the node's file, its schema YAML (patch path) or any folder above
// its file matches the glob, relative to the project root. dbt globs the disk and keeps paths that
// exist in the root project; osmosis matches the pattern against the nodes' own paths.
function pathPredicate(project: DbtProject, value: string): (node: DbtNode) => boolean {
  const pattern = normalizePath(value, project.rootDir);
  if (pattern === ".") return () => true;
  return (node) => {
    const file = normalizePath(node.originalFilePath);
    if (matchPathGlob(file, pattern)) return true;
    if (node.patchPath !== undefined && matchPathGlob(normalizePath(node.patchPath), pattern)) {
      return true;
    }
    const folders = file.split("/");
    for (let end = folders.length - 1; end > 0; end--) {
      if (matchPathGlob(folders.slice(0, end).join("/"), pattern)) return true;
    }
    return false;
  };
}

/** Forward slashes, no `./` or doubled or trailing slashes, relative to `rootDir` when under it. */
export function normalizePath(path: string, rootDir?: string): string {
  let out = path.replace(/\\/g, "/");
  if (rootDir !== undefined) {
    const root = rootDir.replace(/\\/g, "/").replace(/\/+$/, "");
    if (out === root) return ".";
    if (out.startsWith(`${root}/`)) out = out.slice(root.length + 1);
  }
  const absolute = out.startsWith("/") ? "/" : "";
  const segments = out.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.length === 0) return absolute || ".";
  return absolute + segments.join("/");
}

function basename(path: string): string {
  return path.replace(/\\/g, "/").split("/").at(-1) ?? "";
}

// dbt-core SourceSelectorMethod: `source`, `source.table` or `package.source.table`, each fnmatch.
function sourcePredicate(value: string): (node: DbtNode) => boolean {
  const parts = value.split(".");
  const [pkg, source, table] =
    parts.length === 1
      ? ["*", parts[0] as string, "*"]
      : parts.length === 2
        ? ["*", parts[0] as string, parts[1] as string]
        : (parts as [string, string, string]);
  return (node) =>
    node.resourceType === "source" &&
    fnmatch(node.packageName, pkg) &&
    fnmatch(node.sourceName ?? "", source) &&
    fnmatch(node.name, table);
}

// dbt-core ConfigSelectorMethod: descend the config by the method's arguments; equal to the value,
// or containing it for a list; "true"/"false" (any case) match booleans. The project model keeps
// three config keys.
function configPredicate(
  context: MethodContext,
  criterion: SelectorCriterion,
): (node: DbtNode) => boolean {
  const [key, ...rest] = criterion.methodArgs;
  const value = criterion.value;
  let read: (node: DbtNode) => unknown;
  if (key === "materialized" && rest.length === 0) {
    read = (node) => node.materialized;
  } else if (key === "tags" && rest.length === 0) {
    read = (node) => node.tags;
  } else if (key === "meta") {
    read = (node) => rest.reduce<unknown>((at, part) => readKey(at, part), node.meta);
  } else {
    context.warn(
      `config.${criterion.methodArgs.join(".")}:${value} selects nothing: osmosis's project model keeps only the materialized, tags and meta configs.`,
    );
    return () => false;
  }
  const lower = value.toLowerCase();
  const matches = (candidate: unknown): boolean =>
    candidate === value ||
    (lower === "true" && candidate === true) ||
    (lower === "false" && candidate === false);
  return (node) => {
    const found = read(node);
    return Array.isArray(found) ? found.some(matches) : matches(found);
  };
}

function readKey(at: unknown, key: string): unknown {
  if (at === null || typeof at !== "object" || Array.isArray(at)) return undefined;
  return Object.hasOwn(at, key) ? (at as Record<string, unknown>)[key] : undefined;
}

function statePredicate(
  context: MethodContext,
  criterion: SelectorCriterion,
): (node: DbtNode) => boolean {
  const previous = context.state;
  if (previous === undefined) {
    throw new SelectorError(
      `state:${criterion.value} compares with a previous project, and none was given; pass --state DIR (the folder of the previous run's manifest.json).`,
      { selector: context.text, position: criterion.position, option: context.option },
    );
  }
  const check = criterion.value as StateCheck;
  if (check === "modified" || check === "unmodified") context.warn(STATE_MODIFIED_CAVEAT);
  return (node) => passesStateCheck(check, node, previous.nodes.get(node.uniqueId));
}

// dbt-core VersionSelectorMethod, over models only: a model's `latest_version` from the manifest
// (v10+), else dbt's default, the greatest version of the name.
function versionPredicate(context: MethodContext, check: VersionCheck): (node: DbtNode) => boolean {
  if (check === "none") {
    return (node) => node.resourceType === "model" && node.version === undefined;
  }
  const latest = latestVersions(context.project);
  return (node) => {
    if (node.resourceType !== "model" || node.version === undefined) return false;
    const newest = latest.get(versionKey(node));
    if (newest === undefined) return false;
    const order = compareVersions(node.version, newest);
    return check === "latest" ? order === 0 : check === "old" ? order < 0 : order > 0;
  };
}

function versionKey(node: DbtNode): string {
  return `${node.packageName}.${node.name}`;
}

// latest_version's default: numerically greatest if every version is numeric, else the
// alphabetically last (dbt docs, resource-properties/latest_version).
function latestVersions(project: DbtProject): Map<string, string | number> {
  const byName = new Map<string, Array<string | number>>();
  for (const node of project.nodes.values()) {
    if (node.resourceType !== "model" || node.version === undefined) continue;
    const key = versionKey(node);
    byName.set(key, [...(byName.get(key) ?? []), node.version]);
  }
  const out = new Map<string, string | number>();
  for (const node of project.nodes.values()) {
    if (node.resourceType === "model" && node.latestVersion !== undefined) {
      out.set(versionKey(node), node.latestVersion);
    }
  }
  for (const [key, versions] of byName) {
    if (out.has(key)) continue;
    const numeric = versions.every((v) => asNumber(v) !== undefined);
    const sorted = [...versions].sort((a, b) =>
      numeric ? (asNumber(a) as number) - (asNumber(b) as number) : String(a) < String(b) ? -1 : 1,
    );
    out.set(key, sorted.at(-1) as string | number);
  }
  return out;
}

// dbt's UnparsedVersion ordering: numbers as numbers, anything else as text.
function compareVersions(a: string | number, b: string | number): number {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  const [p, q] = [String(a), String(b)];
  return p === q ? 0 : p < q ? -1 : 1;
}

function asNumber(version: string | number): number | undefined {
  if (typeof version === "number") return version;
  const trimmed = version.trim();
  if (trimmed === "") return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}
