// The schema YAML's descriptions as they are now, laid over the project model read from the
// manifest. The manifest is a snapshot: descriptions osmosis (or a person) wrote since the last
// `dbt parse` are only in the files, and without this a rerun would plan and pay for them again.
import { hasJinja, readableDescription } from "../descriptions.js";
import { schemaFileFor } from "../plan.js";
import { type DbtColumn, type DbtNode, type DbtProject, isOwnNode } from "../project.js";
import { sameVersion } from "./schema-file.js";
import { SchemaFileReader } from "./schema-reader.js";

export interface OverlayOptions {
  /** Where osmosis puts the docs of a node that has no schema file (`schemaFileFor`'s template). */
  schemaPathTemplate?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface OverlayResult {
  /** Schema files read and parsed (one that could not be is in `warnings` instead). */
  filesRead: number;
  /** Nodes whose description or columns changed. */
  nodesUpdated: number;
  /** Node and column descriptions whose text changed (a column added with one counts). */
  descriptionsChanged: number;
  /** Problems, one line each: a broken file, a path out of the project, files or entries gone. */
  warnings: string[];
}

/** Files read and parsed between two turns of the event loop (about 5 ms of work). */
const YIELD_EVERY = 100;

const LIST_KEYS = { model: "models", seed: "seeds", snapshot: "snapshots", source: "sources" };

/** A node to overlay, and whether the file is the one the manifest read its docs from. */
interface Target {
  node: DbtNode;
  /**
   * The file is the node's `patch_path` (a source's own file): the manifest's descriptions came
   * from it, so a description it no longer holds is gone. A file named by the template instead
   * (osmosis created it after the last `dbt parse`) only adds what it holds.
   */
  fromManifest: boolean;
}

/** What a file says of one node. */
interface FileDocs {
  /** "" when absent, empty or null. */
  description: string;
  /** The column entries (each with a `name`) by lower-cased name; of two, the last, as dbt keeps it. */
  columns: Map<string, Json>;
}

type Json = Record<string, unknown>;

/**
 * Reads the schema files of the project's own nodes and makes each node's description and column
 * descriptions what the files say now. Never throws for a file: a broken one leaves its nodes as
 * the manifest has them and says so in `warnings`.
 */
export async function overlaySchemaFiles(
  project: DbtProject,
  options: OverlayOptions = {},
): Promise<OverlayResult> {
  const byFile = new Map<string, Target[]>();
  for (const node of project.nodes.values()) {
    if (!isOwnNode(project, node)) continue;
    const file = schemaFileFor(node, options.schemaPathTemplate);
    let targets = byFile.get(file.path);
    if (!targets) {
      targets = [];
      byFile.set(file.path, targets);
    }
    targets.push({ node, fromManifest: file.exists });
  }

  const result: OverlayResult = {
    filesRead: 0,
    nodesUpdated: 0,
    descriptionsChanged: 0,
    warnings: [],
  };
  const files = [...byFile.keys()].sort();
  const gone: string[] = [];
  const notInFile: Array<{ uniqueId: string; file: string }> = [];

  const reader = await SchemaFileReader.open(project.rootDir, files, options.signal);
  for (const [i, file] of files.entries()) {
    if (i % YIELD_EVERY === 0) {
      await new Promise((next) => setImmediate(next));
      options.signal?.throwIfAborted();
    }
    const targets = byFile.get(file) as Target[];
    const read = reader.read(file);
    if (read.kind === "missing") {
      if (targets.some((t) => t.fromManifest)) gone.push(file);
      continue;
    }
    if (read.kind === "problem") {
      const nodes = `${targets[0]?.node.uniqueId}${targets.length > 1 ? ` and ${plural(targets.length - 1, "other node")}` : ""}`;
      const keep = targets.length > 1 ? "keep" : "keeps";
      result.warnings.push(`${read.problem} ${nodes} ${keep} the manifest's descriptions.`);
      continue;
    }
    result.filesRead += 1;
    for (const target of targets) {
      const docs = docsOf(read.data, target.node);
      if (!docs) {
        if (target.fromManifest) notInFile.push({ uniqueId: target.node.uniqueId, file });
        continue;
      }
      const changed = applyDocs(project, target, docs);
      if (changed.updated) result.nodesUpdated += 1;
      result.descriptionsChanged += changed.descriptions;
    }
  }
  if (gone.length > 0) {
    result.warnings.push(
      `${plural(gone.length, "schema file")} the manifest names ${gone.length === 1 ? "no longer exists" : "no longer exist"} (${gone[0]}${gone.length > 1 ? ", …" : ""}); ${gone.length === 1 ? "its" : "their"} nodes keep the manifest's descriptions. Run \`dbt parse\` to refresh the manifest.`,
    );
  }
  if (notInFile.length > 0) {
    notInFile.sort((a, b) => a.uniqueId.localeCompare(b.uniqueId));
    const first = notInFile[0] as { uniqueId: string; file: string };
    result.warnings.push(
      `${plural(notInFile.length, "node")} ${notInFile.length === 1 ? "is" : "are"} no longer in the schema file the manifest names (${first.uniqueId} in ${first.file}${notInFile.length > 1 ? ", …" : ""}); ${notInFile.length === 1 ? "it keeps" : "they keep"} the manifest's descriptions. Run \`dbt parse\` to refresh the manifest.`,
    );
  }
  return result;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// ---------------------------------------------------------------------------------------------
// Finding a node's entry, as the writer finds it (`locateNode` in schema-file.ts)

function isMap(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A scalar as text: names and versions may be read as numbers (`v: 2`). */
function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** The first entry of `list` whose `name` is `name`. */
function named(list: unknown, name: string): Json | undefined {
  if (!Array.isArray(list)) return undefined;
  for (const item of list) if (isMap(item) && scalarText(item.name) === name) return item;
  return undefined;
}

function docsOf(data: unknown, node: DbtNode): FileDocs | undefined {
  if (!isMap(data)) return undefined;
  if (node.resourceType === "source") {
    const source = named(data.sources, node.sourceName ?? "");
    const table = source && named(source.tables, node.name);
    return table && { description: text(table.description), columns: columnsOf(table.columns) };
  }
  const entry = named(data[LIST_KEYS[node.resourceType]], node.name);
  if (!entry) return undefined;
  if (node.version === undefined || !Array.isArray(entry.versions)) {
    return { description: text(entry.description), columns: columnsOf(entry.columns) };
  }
  let version: Json | undefined;
  for (const item of entry.versions) {
    const v = isMap(item) ? scalarText(item.v) : undefined;
    if (v !== undefined && sameVersion(v, node.version)) version = item as Json;
  }
  if (!version) return undefined;
  // As dbt builds a version: its own description, else the model's; the model's columns its
  // `include`/`exclude` keep, then its own columns over them.
  const own = Array.isArray(version.columns) ? version.columns : [];
  const keep = inclusion(own);
  const columns = new Map([...columnsOf(entry.columns)].filter(([lower]) => keep(lower)));
  for (const [lower, column] of columnsOf(own)) columns.set(lower, column);
  return { description: text(version.description) || text(entry.description), columns };
}

/** A description's text: "" when absent or null. */
function text(value: unknown): string {
  return scalarText(value) ?? "";
}

function columnsOf(list: unknown): FileDocs["columns"] {
  const columns: FileDocs["columns"] = new Map();
  if (!Array.isArray(list)) return columns;
  for (const item of list) {
    if (!isMap(item)) continue;
    const name = scalarText(item.name);
    if (name !== undefined) columns.set(name.toLowerCase(), item);
  }
  return columns;
}

/** Which of the model's columns a version keeps: its `include` (default all) minus its `exclude`. */
function inclusion(versionColumns: readonly unknown[]): (lowerName: string) => boolean {
  let include: Set<string> | "all" = "all";
  const exclude = new Set<string>();
  const names = (value: unknown): string[] =>
    Array.isArray(value) ? value.flatMap((v) => scalarText(v)?.toLowerCase() ?? []) : [];
  for (const item of versionColumns) {
    if (!isMap(item)) continue;
    if ("include" in item) {
      const all = item.include === "all" || item.include === "*";
      include = all ? "all" : new Set(names(item.include));
    }
    for (const name of names(item.exclude)) exclude.add(name);
  }
  return (name) => !exclude.has(name) && (include === "all" || include.has(name));
}

// ---------------------------------------------------------------------------------------------
// Setting what the file says

/**
 * The description a node or column has once the file is read:
 * - the file's text, when it holds one;
 * - "" when it holds none (absent, empty or null) and the manifest read this very file: the
 *   description was removed since; otherwise (a file osmosis created after the last `dbt parse`)
 *   the manifest's value, which did not come from this file, stands;
 * - the manifest's value when the file's text differs from it only in surrounding blanks;
 * - the manifest's value when the file holds Jinja that reads exactly so: dbt writes doc blocks
 *   into the manifest rendered (`{{ doc("orders") }}` becomes the block's text), and that is
 *   the same description. Other Jinja is kept as written.
 */
function settle(
  project: DbtProject,
  node: DbtNode,
  current: string,
  fileText: string,
  fromManifest: boolean,
): string {
  if (fileText === current) return current;
  if (fileText === "") return fromManifest ? "" : current;
  // YAML readers differ on a block scalar's final line break at the end of a file (dbt's PyYAML
  // drops it, `yaml` keeps it): text differing only in surrounding blanks is the same text.
  if (fileText.trim() === current.trim()) return current;
  if (hasJinja(fileText) && readableDescription(project, node, fileText) === current.trim()) {
    return current;
  }
  return fileText;
}

function applyDocs(
  project: DbtProject,
  target: Target,
  docs: FileDocs,
): { updated: boolean; descriptions: number } {
  const { node, fromManifest } = target;
  let descriptions = 0;
  const description = settle(project, node, node.description, docs.description, fromManifest);
  if (description !== node.description) {
    node.description = description;
    descriptions += 1;
  }

  const columns = node.columns;
  let declaredBefore = 0;
  for (const column of columns) if (column.origin === "yaml") declaredBefore += 1;
  let declaredSeen = 0;
  /** Columns the file declares that the manifest's YAML did not: new ones and catalog ones. */
  const nowDeclared: DbtColumn[] = [];
  // The file usually lists the columns in the manifest's order: matched by position first, by
  // name (an index built on the first miss) otherwise.
  let byName: Map<string, DbtColumn> | undefined;
  let at = 0;
  for (const [lower, item] of docs.columns) {
    let column = columns[at];
    if (column && column.name.toLowerCase() === lower) at += 1;
    else {
      byName ??= indexByName(columns);
      column = byName.get(lower);
    }
    const name = scalarText(item.name) as string;
    if (!column) {
      column = { name, description: "", origin: "yaml" };
      if (typeof item.data_type === "string") column.dataType = item.data_type;
      byName ??= indexByName(columns);
      byName.set(lower, column);
      nowDeclared.push(column);
    } else if (column.origin !== "yaml") {
      // Listed by the catalog only until now: named as the YAML names it, as dbt would list it.
      column.origin = "yaml";
      column.name = name;
      nowDeclared.push(column);
    } else declaredSeen += 1;
    const next = settle(project, node, column.description, text(item.description), fromManifest);
    if (next !== column.description) {
      column.description = next;
      descriptions += 1;
    }
  }
  if (fromManifest && declaredSeen < declaredBefore) {
    // Entries removed from the file: their descriptions went with them. The column stays (the
    // catalog or the SQL may still have it); which columns a node has is not this module's call.
    for (const column of columns) {
      if (column.origin !== "yaml" || column.description === "") continue;
      if (docs.columns.has(column.name.toLowerCase())) continue;
      column.description = "";
      descriptions += 1;
    }
  }
  if (nowDeclared.length > 0) {
    // YAML columns first, as the manifest lists them; then what the catalog added.
    const moved = new Set(nowDeclared);
    node.columns = [
      ...columns.filter((c) => c.origin === "yaml" && !moved.has(c)),
      ...nowDeclared,
      ...columns.filter((c) => c.origin !== "yaml"),
    ];
  }
  return { updated: nowDeclared.length > 0 || descriptions > 0, descriptions };
}

/** The columns by lower-cased name; the first of two spellings of one name, as `findColumn`. */
function indexByName(columns: readonly DbtColumn[]): Map<string, DbtColumn> {
  const byName = new Map<string, DbtColumn>();
  for (const column of columns) {
    const lower = column.name.toLowerCase();
    if (!byName.has(lower)) byName.set(lower, column);
  }
  return byName;
}
