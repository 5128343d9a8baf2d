// Parses one `--select`/`--exclude` value into dbt's shape: a union (spaces) of intersections
// (commas) of criteria, each `[@][n+][method[.arg…]:]value[+n]` (dbt-core `selector_spec.py`).
import { SelectorError } from "./errors.js";

/** The dbt selector methods osmosis evaluates. */
export const SUPPORTED_METHODS = [
  "fqn",
  "tag",
  "path",
  "file",
  "package",
  "source",
  "resource_type",
  "config",
  "state",
  "version",
] as const;

export type SupportedMethod = (typeof SUPPORTED_METHODS)[number];

/**
 * dbt methods that only ever pick resources osmosis does not document (tests, exposures, metrics,
 * …): valid, but they select nothing here, with a warning.
 */
export const FOREIGN_RESOURCE_METHODS = [
  "test_name",
  "test_type",
  "exposure",
  "metric",
  "semantic_model",
  "saved_query",
  "unit_test",
] as const;

export type ForeignResourceMethod = (typeof FOREIGN_RESOURCE_METHODS)[number];

/** dbt methods that need data osmosis's project model does not keep: rejected with the reason. */
const UNSUPPORTED_METHODS: Record<string, string> = {
  access: "it keeps no model access levels",
  group: "it keeps no groups",
  result: "it reads no run_results.json",
  source_status: "it reads no sources.json freshness results",
};

/** `state:` values osmosis evaluates (dbt-core `StateSelectorMethod.search`). */
export const STATE_CHECKS = [
  "new",
  "old",
  "modified",
  "unmodified",
  "modified.body",
  "modified.configs",
] as const;

export type StateCheck = (typeof STATE_CHECKS)[number];

const UNSUPPORTED_STATE_CHECKS: Record<string, string> = {
  "modified.relation":
    "osmosis's project model keeps the rendered database and schema, which differ between targets, not the configured ones dbt compares",
  "modified.persisted_descriptions":
    "osmosis's project model does not keep the persist_docs config this check depends on",
  "modified.macros": "osmosis's project model does not keep macros",
  "modified.contract": "osmosis's project model does not keep model contracts",
};

/** `version:` values (dbt-core `VersionSelectorMethod`). */
export const VERSION_CHECKS = ["latest", "prerelease", "old", "none"] as const;

export type VersionCheck = (typeof VERSION_CHECKS)[number];

/** Every `resource_type` dbt knows (`NodeType`); osmosis's project holds the first four. */
export const DBT_RESOURCE_TYPES = [
  "model",
  "seed",
  "snapshot",
  "source",
  "analysis",
  "test",
  "operation",
  "rpc",
  "sql_operation",
  "doc",
  "macro",
  "exposure",
  "metric",
  "group",
  "saved_query",
  "semantic_model",
  "unit_test",
  "fixture",
  "function",
] as const;

export type SelectorMethod = SupportedMethod | ForeignResourceMethod;

/** One criterion: a method and value, with the graph operators around it. */
export interface SelectorCriterion {
  /** As written, operators included. */
  raw: string;
  /** Index of `raw` in the parsed text. */
  position: number;
  method: SelectorMethod;
  /** True when no `method:` was written and dbt's rule picked path, file or fqn. */
  methodImplicit: boolean;
  /** What follows the method name: `config.materialized` → `["materialized"]`. */
  methodArgs: string[];
  value: string;
  /** Index of `value` in the parsed text. */
  valuePosition: number;
  /** `+x` / `n+x`. */
  parents: boolean;
  /** `n` of `n+x`; undefined for all ancestors. */
  parentsDepth?: number;
  /** `x+` / `x+n`. */
  children: boolean;
  /** `n` of `x+n`; undefined for all descendants. */
  childrenDepth?: number;
  /** `@x`: descendants, and every ancestor of those. */
  childrensParents: boolean;
}

/** Comma-joined criteria, all of which a node must meet. */
export interface SelectorIntersection {
  raw: string;
  position: number;
  criteria: SelectorCriterion[];
}

/** One `--select`/`--exclude` value: its space-separated members, united. */
export interface SelectorAst {
  text: string;
  union: SelectorIntersection[];
}

// dbt's RAW_SELECTOR_PATTERN; Python's `\w` is Unicode-aware, hence \p{L}\p{N}.
const CRITERION =
  /^(?:(?<cpDepth>\d*)@)?(?:(?<parentsDepth>\d*)\+)?(?:(?<method>[\p{L}\p{N}_.]+):)?(?<value>.*?)(?:\+(?<childrenDepth>\d*))?$/su;

/**
 * Parses one `--select` or `--exclude` value. Throws `SelectorError` with the position of the
 * first thing wrong.
 */
export function parseSelector(text: string): SelectorAst {
  return parseSelectorFor(text, undefined);
}

/** `parseSelector`, naming the flag the text came from in its errors. */
export function parseSelectorFor(
  text: string,
  option: "select" | "exclude" | undefined,
): SelectorAst {
  const fail = (position: number, reason: string): never => {
    throw new SelectorError(reason, { selector: text, position, option });
  };
  const union: SelectorIntersection[] = [];
  // dbt splits on single spaces and would look up an empty name; runs of whitespace are one gap here.
  for (const member of text.matchAll(/\S+/g)) {
    const raw = member[0];
    const start = member.index;
    const criteria: SelectorCriterion[] = [];
    let offset = 0;
    for (const part of raw.split(",")) {
      const position = start + offset;
      offset += part.length + 1;
      if (part === "") {
        fail(position, "empty selector between commas; write a,b with something on each side.");
      }
      criteria.push(parseCriterion(part, position, fail));
    }
    union.push({ raw, position: start, criteria });
  }
  if (union.length === 0) fail(0, "the selector is empty.");
  return { text, union };
}

function parseCriterion(
  raw: string,
  position: number,
  fail: (position: number, reason: string) => never,
): SelectorCriterion {
  const match = CRITERION.exec(raw);
  const groups = match?.groups;
  if (!groups) return fail(position, "not a selector.");
  const { cpDepth, parentsDepth, method: rawMethod, childrenDepth } = groups;
  const value = groups.value ?? "";
  const cpLength = cpDepth === undefined ? 0 : cpDepth.length + 1;
  const parentsLength = parentsDepth === undefined ? 0 : parentsDepth.length + 1;
  const methodPosition = position + cpLength + parentsLength;
  const valuePosition = methodPosition + (rawMethod === undefined ? 0 : rawMethod.length + 1);
  const childrenPosition =
    position + raw.length - (childrenDepth === undefined ? 0 : childrenDepth.length + 1);

  if (cpDepth) {
    fail(position, `a depth before @ ("${cpDepth}@") is not supported; write @x for all of them.`);
  }
  if (cpDepth !== undefined && childrenDepth !== undefined) {
    fail(
      childrenPosition,
      'the "@" prefix and the "+" suffix cannot be combined (dbt forbids it).',
    );
  }
  let method: SelectorMethod;
  let methodArgs: string[] = [];
  if (rawMethod === undefined) {
    method = value === "" ? "fqn" : defaultMethod(value);
  } else {
    const [name = "", ...args] = rawMethod.split(".");
    method = checkMethod(name, methodPosition, fail);
    methodArgs = args;
    if (method === "config") {
      if (args.length === 0 || args.some((arg) => arg === "")) {
        fail(methodPosition, 'config needs a key, as in "config.materialized:incremental".');
      }
    } else if (args.length > 0) {
      fail(
        methodPosition + name.length,
        `"${name}" takes no ".${args.join(".")}"; only config takes a key (config.materialized:table).`,
      );
    }
  }
  if (value === "") {
    fail(
      valuePosition,
      rawMethod === undefined
        ? "nothing to select: a name, path or METHOD:VALUE is missing."
        : `"${rawMethod}:" needs a value, as in ${rawMethod}:${exampleValue(rawMethod)}.`,
    );
  }
  checkValue(method, value, valuePosition, fail);

  const criterion: SelectorCriterion = {
    raw,
    position,
    method,
    methodImplicit: rawMethod === undefined,
    methodArgs,
    value,
    valuePosition,
    parents: parentsDepth !== undefined,
    children: childrenDepth !== undefined,
    childrensParents: cpDepth !== undefined,
  };
  if (parentsDepth) criterion.parentsDepth = Number.parseInt(parentsDepth, 10);
  if (childrenDepth) criterion.childrenDepth = Number.parseInt(childrenDepth, 10);
  return criterion;
}

// dbt-core SelectionCriteria.default_method: a path separator means a path, a model file's
// extension means a file name, anything else is an fqn. Backslashes count on every platform, as
// osmosis runs where dbt on Windows would.
function defaultMethod(value: string): SelectorMethod {
  if (value.includes("/") || value.includes("\\")) return "path";
  if (/\.(?:sql|py|csv)$/i.test(value)) return "file";
  return "fqn";
}

function checkMethod(
  name: string,
  position: number,
  fail: (position: number, reason: string) => never,
): SelectorMethod {
  if ((SUPPORTED_METHODS as readonly string[]).includes(name)) return name as SupportedMethod;
  if ((FOREIGN_RESOURCE_METHODS as readonly string[]).includes(name)) {
    return name as ForeignResourceMethod;
  }
  const why = UNSUPPORTED_METHODS[name];
  if (why !== undefined) {
    return fail(
      position,
      `"${name}" is a dbt method osmosis does not support: ${why}. Supported methods: ${SUPPORTED_METHODS.join(", ")}.`,
    );
  }
  return fail(
    position,
    `"${name}" is not a valid method name. Supported methods: ${SUPPORTED_METHODS.join(", ")}.`,
  );
}

function checkValue(
  method: SelectorMethod,
  value: string,
  position: number,
  fail: (position: number, reason: string) => never,
): void {
  if (method === "state") {
    if ((STATE_CHECKS as readonly string[]).includes(value)) return;
    const why = UNSUPPORTED_STATE_CHECKS[value];
    if (why !== undefined) {
      fail(position, `state:${value} is not supported: ${why}. Use one of ${stateList()}.`);
    }
    fail(position, `"${value}" is not a state check; expected one of ${stateList()}.`);
  }
  if (method === "version" && !(VERSION_CHECKS as readonly string[]).includes(value)) {
    fail(
      position,
      `"${value}" is not a version selector; expected one of ${VERSION_CHECKS.join(", ")}.`,
    );
  }
  if (method === "source" && value.split(".").length > 3) {
    fail(
      position,
      `"${value}" is not a source; write source_name, source_name.table_name or package_name.source_name.table_name.`,
    );
  }
  if (method === "resource_type" && !(DBT_RESOURCE_TYPES as readonly string[]).includes(value)) {
    fail(
      position,
      `"${value}" is not a dbt resource type; expected one of ${DBT_RESOURCE_TYPES.join(", ")}.`,
    );
  }
}

function stateList(): string {
  return STATE_CHECKS.map((check) => `state:${check}`).join(", ");
}

function exampleValue(method: string): string {
  switch (method.split(".")[0]) {
    case "tag":
      return "nightly";
    case "path":
      return "models/staging";
    case "file":
      return "orders.sql";
    case "source":
      return "raw.orders";
    case "state":
      return "modified";
    case "version":
      return "latest";
    case "resource_type":
      return "model";
    case "package":
      return "this";
    case "config":
      return method === "config.materialized" ? "incremental" : "VALUE";
    default:
      return "VALUE";
  }
}
