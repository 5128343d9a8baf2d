// Validates the JSON of manifest.json and catalog.json: the version first, then the shell once, then
// only the nodes osmosis reads, one by one (tests, macros and the rest are never looked at).
import type { z } from "zod";
import { DbtProjectError, UnsupportedManifestError } from "./errors.js";
import {
  type Catalog,
  CatalogSchema,
  DOCUMENTED_NODE_TYPES,
  type ManifestNode,
  ManifestNodeSchema,
  type ManifestShell,
  ManifestShellSchema,
  type ManifestSource,
  ManifestSourceSchema,
  SUPPORTED_MANIFEST_VERSIONS,
} from "./schema.js";

export interface ParsedManifest {
  /** The schema version, 4 to 12. */
  version: number;
  metadata: ManifestShell["metadata"];
  /** Models, seeds and snapshots, in manifest order. */
  nodes: ManifestNode[];
  sources: ManifestSource[];
  docs: NonNullable<ManifestShell["docs"]>;
  parentMap: Record<string, string[]> | undefined;
  childMap: Record<string, string[]> | undefined;
}

/** How a file is named in messages, and where it is. */
export interface ArtifactFile {
  /** As shown to the user (`target/manifest.json`). */
  display: string;
  /** Absolute path, kept on the error. */
  path: string;
}

/** Problems listed in an error message; the rest are counted. */
const MAX_LISTED_ISSUES = 5;
const DOCUMENTED = new Set<string>(DOCUMENTED_NODE_TYPES);
const VERSION_PATTERN = /\/manifest\/v(\d+)\.json$/;

/** The version number in a `dbt_schema_version` URL, or `undefined` when there is none. */
export function manifestVersionOf(schemaVersion: unknown): number | undefined {
  if (typeof schemaVersion !== "string") return undefined;
  const match = VERSION_PATTERN.exec(schemaVersion);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** `JSON.parse`, with an error naming the file when the text is not JSON. */
export function parseJson(text: string, file: ArtifactFile, fix: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DbtProjectError(`${file.display} is not valid JSON (${reason}).`, {
      hint: fix,
      file: file.path,
      cause,
    });
  }
}

/** `nodes["model.pkg.orders"].columns.id.description`: the form a reader can paste into `jq`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const text = String(key);
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(text)
        ? `${out === "" ? "" : "."}${text}`
        : `[${JSON.stringify(text)}]`;
    }
  }
  return out === "" ? "(root)" : out;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

class IssueList {
  readonly listed: Issue[] = [];
  total = 0;

  push(issue: Issue): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
  }

  add(prefix: readonly PropertyKey[], error: z.ZodError): void {
    for (const issue of error.issues) {
      this.push({ path: [...prefix, ...issue.path], message: issue.message });
    }
  }

  /** One line per problem, as `parseWith` in @osmosis/core words configuration errors, then the fix. */
  toError(file: ArtifactFile, what: string, fix: string): DbtProjectError {
    const lines = this.listed.map((i) => `  - ${formatJsonPath(i.path)}: ${i.message}`);
    const more = this.total - this.listed.length;
    if (more > 0) lines.push(`  - … and ${more} more`);
    const first = this.listed[0];
    return new DbtProjectError(
      `${file.display} does not have the shape of ${what}:\n${lines.join("\n")}\n${fix}`,
      { file: file.path, field: first ? formatJsonPath(first.path) : undefined },
    );
  }
}

function refreshManifestHint(dbtVersion: string | null | undefined): string {
  return `Run \`dbt parse\` to write it again; if the problem stays, report it with the dbt version${dbtVersion ? ` (${dbtVersion})` : ""}.`;
}

/** Checks the version and the shape of a parsed manifest.json; throws `DbtProjectError`s naming `file`. */
export function parseManifest(json: unknown, file: ArtifactFile): ParsedManifest {
  const metadata =
    typeof json === "object" && json !== null
      ? (json as { metadata?: unknown }).metadata
      : undefined;
  const schemaVersion =
    typeof metadata === "object" && metadata !== null
      ? (metadata as { dbt_schema_version?: unknown }).dbt_schema_version
      : undefined;
  const version = manifestVersionOf(schemaVersion);
  const supported: readonly number[] = SUPPORTED_MANIFEST_VERSIONS;
  if (version === undefined || !supported.includes(version)) {
    const dbtVersion = (metadata as { dbt_version?: unknown } | undefined)?.dbt_version;
    const found =
      typeof schemaVersion === "string"
        ? `is of schema ${schemaVersion}${typeof dbtVersion === "string" ? ` (dbt ${dbtVersion})` : ""}`
        : "has no metadata.dbt_schema_version, so it is not a dbt manifest";
    const first = supported[0];
    const last = supported[supported.length - 1];
    const hint =
      version !== undefined && first !== undefined && version < first
        ? "Upgrade dbt to 1.0 or later and run `dbt parse`."
        : version !== undefined
          ? "Upgrade osmosis, or write the manifest with an older dbt (`dbt parse`)."
          : "Point osmosis at the manifest.json dbt writes in target/, or run `dbt parse` to create it.";
    throw new UnsupportedManifestError(
      `${file.display} ${found}; osmosis reads manifest versions v${first} to v${last}.`,
      {
        hint,
        file: file.path,
        field: "metadata.dbt_schema_version",
        schemaVersion: typeof schemaVersion === "string" ? schemaVersion : undefined,
        supported,
      },
    );
  }

  const what = `a dbt v${version} manifest`;
  const shell = ManifestShellSchema.safeParse(json);
  if (!shell.success) {
    const issues = new IssueList();
    issues.add([], shell.error);
    throw issues.toError(file, what, refreshManifestHint(undefined));
  }

  const issues = new IssueList();
  const nodes: ManifestNode[] = [];
  for (const [id, raw] of Object.entries(shell.data.nodes)) {
    const type =
      typeof raw === "object" && raw !== null
        ? (raw as { resource_type?: unknown }).resource_type
        : undefined;
    if (typeof type !== "string") {
      issues.push({ path: ["nodes", id, "resource_type"], message: "expected a string" });
      continue;
    }
    if (!DOCUMENTED.has(type)) continue;
    const node = ManifestNodeSchema.safeParse(raw);
    if (node.success) nodes.push(node.data);
    else issues.add(["nodes", id], node.error);
  }
  const sources: ManifestSource[] = [];
  for (const [id, raw] of Object.entries(shell.data.sources)) {
    const source = ManifestSourceSchema.safeParse(raw);
    if (source.success) sources.push(source.data);
    else issues.add(["sources", id], source.error);
  }
  if (issues.total > 0) {
    throw issues.toError(file, what, refreshManifestHint(shell.data.metadata.dbt_version));
  }

  return {
    version,
    metadata: shell.data.metadata,
    nodes,
    sources,
    docs: shell.data.docs ?? {},
    parentMap: shell.data.parent_map ?? undefined,
    childMap: shell.data.child_map ?? undefined,
  };
}

/** Checks the shape of a parsed catalog.json (v1, the only version dbt has written). */
export function parseCatalog(json: unknown, file: ArtifactFile): Catalog {
  const fix = "Run `dbt docs generate` to write it again, or leave the catalog out.";
  const catalog = CatalogSchema.safeParse(json);
  if (!catalog.success) {
    const issues = new IssueList();
    issues.add([], catalog.error);
    throw issues.toError(file, "a dbt catalog", fix);
  }
  const schemaVersion = catalog.data.metadata.dbt_schema_version;
  if (schemaVersion && !/\/catalog\/v1\.json$/.test(schemaVersion)) {
    throw new DbtProjectError(
      `${file.display} is a catalog of schema ${schemaVersion}; osmosis reads catalog v1.`,
      {
        hint: "Upgrade osmosis, or leave the catalog out.",
        file: file.path,
        field: "metadata.dbt_schema_version",
      },
    );
  }
  return catalog.data;
}
