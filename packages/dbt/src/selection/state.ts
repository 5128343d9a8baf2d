// `state:` comparisons of a node with its namesake in the `--state` project, following dbt-core's
// `StateSelectorMethod` and `ParsedNode.same_contents` as far as osmosis's project model allows.
import type { DbtNode } from "../project.js";
import type { StateCheck } from "./parse.js";

/** Shown once when `state:modified` or `state:unmodified` is used: what the comparison cannot see. */
export const STATE_MODIFIED_CAVEAT =
  "state:modified compares each node's SQL (a seed's file checksum), its materialized, tags and " +
  "meta, its fqn and its dependencies with the --state project. Changes dbt would also see in " +
  "macros, contracts, persisted descriptions and configured database/schema/alias are not " +
  "detected: osmosis's project model does not keep them.";

/** Whether `current` passes `check` against `previous`, its namesake in the state project (if any). */
export function passesStateCheck(
  check: StateCheck,
  current: DbtNode,
  previous: DbtNode | undefined,
): boolean {
  switch (check) {
    case "new":
      return previous === undefined;
    case "old":
      return previous !== undefined;
    case "modified":
      return isModified(current, previous);
    case "unmodified":
      return !isModified(current, previous);
    case "modified.body":
      // dbt: sources have no `same_body`, so they are never body-modified, even when new.
      if (current.resourceType === "source") return false;
      return previous === undefined || !sameBody(current, previous);
    case "modified.configs":
      return previous === undefined || !sameConfig(current, previous);
  }
}

// dbt's same_contents: body, configs, fqn (and relation, contract, persisted descriptions and
// macros, which osmosis cannot compare). A new node counts as modified, sources included, as dbt's
// docs say ("all new resources"), though dbt-core's SourceDefinition.same_contents(None) says "same".
function isModified(current: DbtNode, previous: DbtNode | undefined): boolean {
  if (previous === undefined) return true;
  if (current.fqn.join(".") !== previous.fqn.join(".")) return true;
  if (current.resourceType === "source") return false;
  return (
    !sameBody(current, previous) ||
    !sameConfig(current, previous) ||
    // osmosis's stand-in for dbt's ref checks (a model's latest_version moving under an unpinned
    // ref changes what the node reads without changing its SQL).
    !sameMembers(current.dependsOn, previous.dependsOn)
  );
}

// dbt compares `raw_code` for models and snapshots and the file checksum for seeds (`same_seeds`).
function sameBody(current: DbtNode, previous: DbtNode): boolean {
  if (
    current.resourceType !== "seed" &&
    current.rawSql !== undefined &&
    previous.rawSql !== undefined
  ) {
    return current.rawSql === previous.rawSql;
  }
  return current.checksum === previous.checksum;
}

// dbt compares the whole unrendered config; the model keeps materialized, tags and meta of it.
// Sources: dbt counts neither tags nor meta as changes ("metadata/tags changes are not changes").
function sameConfig(current: DbtNode, previous: DbtNode): boolean {
  if (current.resourceType === "source") return true;
  return (
    current.materialized === previous.materialized &&
    sameMembers(current.tags, previous.tags) &&
    stableJson(current.meta) === stableJson(previous.meta)
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
