// Filling descriptions into a dbt schema YAML file's text without touching anything else: the
// file is parsed to a CST, every edit becomes a splice at exact offsets (a value replaced, a key
// or an entry inserted with the indentation of its neighbours), and every other byte is kept:
// comments, key order, quoting, block scalars, blank lines, anchors, CRLF line endings.
import { Composer, type CST, type Document, LineCounter, Parser, type Scalar, visit } from "yaml";
import { DEFAULT_PLACEHOLDERS, descriptionState } from "../descriptions.js";
import type { ResourceType } from "../project.js";
import {
  blockBody,
  contentEnd,
  firstKeyOffset,
  getEntry,
  hasAnchor,
  isMapToken,
  isNullScalar,
  isScalarToken,
  isSeqToken,
  itemContentEnd,
  type MapToken,
  mapEntries,
  type SeqToken,
  scalarText,
  seqDash,
  seqItems,
} from "./cst.js";
import { SchemaFileError } from "./errors.js";
import {
  type KeySlot,
  type MetaKey,
  type MetaPlacement,
  type MetaResult,
  type MetaSink,
  metaPath,
  newEntryMetaPath,
  newMetaLines,
  newMetaPair,
  type ProvenanceMeta,
  writeEntryMeta,
} from "./provenance.js";
import { type RenderedScalar, renderInline, renderScalar, type ScalarStyle } from "./quoting.js";

export interface DescriptionEdit {
  resourceType: ResourceType;
  /** Model, seed or snapshot name; for a source, the table name. */
  name: string;
  /** Sources: the source's name. */
  sourceName?: string | undefined;
  /**
   * A versioned model's version (`v: 2` and `v: "2"` both match 2). The version's description
   * goes on its `versions:` entry when that entry has its own `columns:` or `description:`;
   * otherwise on the model's top-level entry, which the version shows. Its columns go to the
   * entry's own `columns:` when it has them (a column found only among the model's columns, and
   * kept by the version's `include`/`exclude`, is edited there); otherwise to the model's. A
   * version not listed under `versions:` is skipped (`not-found`). A model with no `versions:`
   * list is edited as unversioned.
   */
  version?: string | number | undefined;
  /** Set the node's description (when it may be set, see `EditOptions`). */
  description?: string | undefined;
  /** The node's description is carried over (not generated): no provenance `meta` for it. */
  descriptionInherited?: boolean | undefined;
  /** Set these columns' descriptions; a column with no entry gets one, appended after the existing ones in the order given. */
  columns?: ReadonlyArray<ColumnEdit> | undefined;
  /**
   * Who wrote these descriptions (an LLM). When set, each description this edit writes (the
   * node's, and each column's not marked `inherited`) gets `meta.osmosis` beside it, naming it
   * (see `EditOptions.metaPlacement` for where). A description skipped, or already reading so,
   * gets none. Off when absent.
   */
  provenance?: ProvenanceMeta | undefined;
}

export interface ColumnEdit {
  name: string;
  description: string;
  /** Copied from an upstream column rather than generated: no provenance `meta` for it. */
  inherited?: boolean | undefined;
}

export interface EditOptions {
  /** Descriptions counting as missing, besides "" and an absent key (default: dbt-osmosis's list, `DEFAULT_PLACEHOLDERS` of ../descriptions.ts). */
  placeholders?: readonly string[] | undefined;
  /** Replace human-written descriptions too (default false). Jinja (`{{ doc("x") }}`) is never replaced. */
  force?: boolean | undefined;
  /**
   * Where provenance `meta` goes in an entry that has neither `config:` nor `meta:`, and in new
   * entries (default `top-level`; `metaPlacementFor(dbtVersion)` picks it for a project). An
   * entry with `config:` gets `config.meta.osmosis`, one with only `meta:` gets `meta.osmosis`.
   */
  metaPlacement?: MetaPlacement | undefined;
}

/** Which description an applied or skipped edit is about. */
export interface EditTarget {
  resourceType: ResourceType;
  name: string;
  sourceName?: string | undefined;
  version?: string | number | undefined;
  /** Set for a column's description; absent for the node's own. */
  column?: string | undefined;
}

export interface AppliedEdit extends EditTarget {
  description: string;
  /** The value replaced (a placeholder, "", or human text under `force`); absent when there was none. */
  previous?: string | undefined;
  /** The column or node had no entry in the file: one was added. */
  created: boolean;
  /** Its provenance `meta`, when the edit carried one for this description (see `DescriptionEdit.provenance`). */
  meta?: MetaResult | undefined;
}

export type SkipReason =
  /** A person wrote it; only `force` replaces it. */
  | "human-written"
  /** It holds Jinja (`{{ doc("x") }}`), which is never replaced. */
  | "jinja"
  /** The versioned model's version is not declared in the file. */
  | "not-found"
  /** It already reads exactly so, or the new description is empty. */
  | "unchanged"
  /** The YAML there is shared through an anchor or merge key, or is not the shape dbt reads. */
  | "unsupported";

export interface SkippedEdit extends EditTarget {
  reason: SkipReason;
  /** A sentence for the report. */
  detail: string;
  /** The description kept, when there is one. */
  current?: string | undefined;
}

export interface EditResult {
  /** The new text; the input string itself when nothing changed. */
  text: string;
  changed: boolean;
  applied: AppliedEdit[];
  skipped: SkippedEdit[];
}

/** Set the descriptions `edits` ask for in a schema file's text; see `EditOptions` for which are set. */
export function editSchemaFile(
  text: string,
  edits: readonly DescriptionEdit[],
  options: EditOptions = {},
): EditResult {
  const file = SchemaText.parse(text);
  const planner = new Planner(file, options);
  for (const edit of edits) planner.plan(edit);
  const output = planner.render();
  if (output === text) {
    return { text, changed: false, applied: planner.applied(), skipped: planner.skipped };
  }
  verify(output, planner.applied(), planner.provenanceOf);
  return { text: output, changed: true, applied: planner.applied(), skipped: planner.skipped };
}

/** The text of a new schema file (`version: 2` and the entries) for nodes that have none. */
export function createSchemaFile(edits: readonly DescriptionEdit[]): string {
  const { text } = editSchemaFile("", edits);
  return text === "" ? "version: 2\n" : text;
}

const LIST_KEYS: Record<ResourceType, string> = {
  model: "models",
  seed: "seeds",
  snapshot: "snapshots",
  source: "sources",
};

// ---------------------------------------------------------------------------------------------
// The parsed file

interface Layout {
  /** Extra columns of a block sequence's `-` under its key: 2 for `columns:\n  - name`, 0 for `columns:\n- name`. */
  seqIndent: number;
  /** Columns a block scalar's body sits right of its key. */
  blockIndent: number;
  /** Spaces after a sequence's `-`: 1 for `- name`, 3 for `-   name`. */
  seqGap: number;
  /** Top-level keys are separated by blank lines. */
  spacedTopLevel: boolean;
  /** Columns a nested block mapping sits right of its key (`meta:` and what it holds). */
  mapIndent: number;
}

class SchemaText {
  private constructor(
    readonly text: string,
    /** The composed documents, for reading values with their types. */
    readonly documents: Document.Parsed[],
    /** The top-level mapping; null for a file with no content yet. */
    readonly top: MapToken | null,
    readonly eol: string,
    readonly layout: Layout,
  ) {}

  static parse(text: string): SchemaText {
    const lineCounter = new LineCounter();
    const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
    const fail = (offset: number, reason: string): never => {
      const { line, col } = lineCounter.linePos(offset);
      throw new SchemaFileError(reason, { line, column: col });
    };
    const composer = new Composer({ keepSourceTokens: true, uniqueKeys: false, merge: true });
    const docs = [...composer.compose(tokens, true, text.length)];
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) fail(error.pos[0], error.message);
    }
    const documents = tokens.filter((t): t is CST.Document => t.type === "document");
    if (documents.length > 1) {
      fail(
        (documents[1] as CST.Document).offset,
        `the file holds ${documents.length} YAML documents; a dbt schema file is one document`,
      );
    }
    const document = documents[0];
    const value = document?.value;
    let top: MapToken | null = null;
    if (value && !isNullScalar(value)) {
      if (!isMapToken(value)) {
        fail(value.offset, "the top level is not a mapping (`version:`, `models:`, `sources:` …)");
      }
      top = value as MapToken;
    }
    const eol = /\r\n|\n/.exec(text)?.[0] ?? "\n";
    return new SchemaText(text, docs, top, eol, detectLayout(text, top));
  }

  column(offset: number): number {
    return columnOf(this.text, offset);
  }

  /** Start of the line after the one `offset` is in; `offset` itself when it starts a line. */
  lineEnd(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === "\n") return offset;
    const lineBreak = this.text.indexOf("\n", offset);
    return lineBreak === -1 ? this.text.length : lineBreak + 1;
  }

  /** The line before the one `offset` is in holds only blanks. */
  blankLineBefore(offset: number): boolean {
    const lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
    if (lineStart === 0) return false;
    const previousStart = this.text.lastIndexOf("\n", lineStart - 2) + 1;
    return this.text.slice(previousStart, lineStart).trim() === "";
  }
}

/** Column of `offset` in its line (a byte-order mark at the start is no column). */
function columnOf(text: string, offset: number): number {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (lineStart === 0 && text.startsWith("\uFEFF")) lineStart = 1;
  return offset - lineStart;
}

function detectLayout(text: string, top: MapToken | null): Layout {
  const seqVotes = new Map<number, number>();
  const blockVotes = new Map<number, number>();
  const mapVotes = new Map<number, number>();
  const gapVotes = new Map<number, number>();
  const column = (offset: number) => columnOf(text, offset);
  const vote = (votes: Map<number, number>, n: number) => votes.set(n, (votes.get(n) ?? 0) + 1);
  const walk = (token: CST.Token | undefined): void => {
    if (!token) return;
    if (token.type === "block-map") {
      for (const item of token.items) {
        const value = item.value;
        if (item.key && value) {
          const keyColumn = column(item.key.offset);
          if (value.type === "block-seq") {
            const dash = value.items[0] && seqDash(value.items[0]);
            if (dash) vote(seqVotes, column(dash.offset) - keyColumn);
          } else if (value.type === "block-map") {
            const first = firstKeyOffset(value);
            if (first !== undefined && column(first) > keyColumn) {
              vote(mapVotes, column(first) - keyColumn);
            }
          } else if (value.type === "block-scalar") {
            const body = blockBody(value);
            const line = text.slice(body.start, body.end);
            const indent = /^( *)\S/m.exec(line)?.[1]?.length;
            if (indent !== undefined && indent > keyColumn) vote(blockVotes, indent - keyColumn);
          }
        }
        walk(value);
      }
    } else if (token.type === "block-seq") {
      for (const item of token.items) {
        const dash = seqDash(item);
        const after = dash && item.start[item.start.indexOf(dash) + 1];
        if (after?.type === "space" && isMapToken(item.value)) vote(gapVotes, after.source.length);
        walk(item.value);
      }
    }
  };
  walk(top ?? undefined);
  const mode = (votes: Map<number, number>) =>
    [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  let spacedTopLevel = false;
  if (top?.type === "block-map" && top.items.length > 1) {
    const last = top.items[top.items.length - 1] as CST.CollectionItem;
    spacedTopLevel = last.start.some((t) => t.type === "newline");
  }
  const seqIndent = mode(seqVotes) ?? 2;
  const seqGap = mode(gapVotes) ?? 1;
  // With no nested mapping to copy, an entry's keys tell: `  - name` sits two levels of 2 right
  // of `models:`, `-   name` one level of 4.
  const entryColumn = seqIndent + 1 + seqGap;
  const fromSeq = seqIndent > 0 ? entryColumn / 2 : entryColumn;
  return {
    seqIndent,
    blockIndent: mode(blockVotes) ?? mode(mapVotes) ?? 2,
    seqGap,
    spacedTopLevel,
    mapIndent:
      mode(mapVotes) ??
      mode(blockVotes) ??
      (Number.isInteger(fromSeq) && fromSeq >= 2 ? fromSeq : 2),
  };
}

// ---------------------------------------------------------------------------------------------
// Finding where a node's and its columns' descriptions are

interface MapLoc {
  token: MapToken;
  depth: number;
  item: CST.CollectionItem;
}

/** A list in the file (`models:`, `columns:`…), or where it would go. */
type ListLoc =
  | { kind: "seq"; token: SeqToken; depth: number }
  /** The key is absent from `parent` (null: a file with no content), or present with no value (`item`). */
  | {
      kind: "absent";
      parent: MapToken | null;
      depth: number;
      key: string;
      item?: CST.CollectionItem;
    }
  | { kind: "unsupported"; detail: string };

interface ColumnSearch {
  /** Where a column is looked for, in order; `includes` filters a version's inherited columns. */
  lookups: Array<{ list: ListLoc; includes?: (lowerName: string) => boolean }>;
  /** Where a column found nowhere is appended. */
  append: ListLoc;
}

type NodeLoc =
  | {
      kind: "found";
      /** The map the node's description is read from and written to. */
      target: MapLoc;
      /** `name`, or `v` for a version entry: a new `description:` goes after it. */
      anchorKey: "name" | "v";
      /** A version entry with columns but no description shows the model's: it is read from here. */
      inheritsFrom?: MapLoc | undefined;
      columns: ColumnSearch;
    }
  | { kind: "missing"; list: ListLoc; sourceName?: string | undefined }
  | { kind: "skip"; reason: SkipReason; detail: string };

function listIn(parent: MapLoc | null, key: string): ListLoc {
  if (parent === null) return { kind: "absent", parent: null, depth: 0, key };
  const entry = getEntry(parent.token, key);
  const depth = parent.depth + 1;
  if (!entry) {
    if (getEntry(parent.token, "<<")) {
      return { kind: "unsupported", detail: `\`${key}\` may come from a merge key (<<)` };
    }
    return { kind: "absent", parent: parent.token, depth, key };
  }
  const value = entry.item.value;
  if (hasAnchor(entry.item)) {
    return {
      kind: "unsupported",
      detail: `\`${key}\` has an anchor (&); its aliases would change too`,
    };
  }
  if (value === undefined || isNullScalar(value)) {
    return { kind: "absent", parent: parent.token, depth, key, item: entry.item };
  }
  if (value.type === "alias") {
    return {
      kind: "unsupported",
      detail: `\`${key}\` is an alias (*) of a list defined elsewhere`,
    };
  }
  if (!isSeqToken(value)) return { kind: "unsupported", detail: `\`${key}\` is not a list` };
  return { kind: "seq", token: value, depth };
}

/** Entries of a list whose `key` (default `name`) matches. */
function* entriesOf(list: ListLoc, key = "name"): Generator<MapLoc & { value: string }> {
  if (list.kind !== "seq") return;
  for (const item of seqItems(list.token)) {
    if (!isMapToken(item.value)) continue;
    const value = scalarText(getEntry(item.value, key)?.item.value);
    if (value !== null) yield { token: item.value, depth: list.depth + 1, item, value };
  }
}

function findNamed(list: ListLoc, name: string): MapLoc | undefined {
  for (const entry of entriesOf(list)) if (entry.value === name) return entry;
  return undefined;
}

/** A version as written in YAML (`v: 2`, `v: "2"`) against the node's. */
export function sameVersion(a: string, b: string | number): boolean {
  const text = String(b).trim();
  if (a.trim() === text) return true;
  return a.trim() !== "" && text !== "" && Number(a) === Number(text);
}

function locateNode(file: SchemaText, edit: DescriptionEdit): NodeLoc {
  const top: MapLoc | null = file.top ? { token: file.top, depth: 0, item: { start: [] } } : null;
  if (edit.resourceType === "source") {
    const sources = listIn(top, "sources");
    const source = findNamed(sources, edit.sourceName as string);
    if (!source) return { kind: "missing", list: sources, sourceName: edit.sourceName };
    const tables = listIn(source, "tables");
    const table = findNamed(tables, edit.name);
    if (!table) return { kind: "missing", list: tables };
    return { kind: "found", target: table, anchorKey: "name", columns: plainColumns(table) };
  }
  const list = listIn(top, LIST_KEYS[edit.resourceType]);
  const node = findNamed(list, edit.name);
  if (!node) {
    if (edit.version !== undefined) {
      return {
        kind: "skip",
        reason: "not-found",
        detail: `versioned model ${edit.name} is not declared in this file`,
      };
    }
    return { kind: "missing", list };
  }
  const versions = listIn(node, "versions");
  if (edit.version === undefined || versions.kind !== "seq") {
    return { kind: "found", target: node, anchorKey: "name", columns: plainColumns(node) };
  }
  let version: MapLoc | undefined;
  for (const entry of entriesOf(versions, "v")) {
    if (sameVersion(entry.value, edit.version)) version = entry;
  }
  if (!version) {
    return {
      kind: "skip",
      reason: "not-found",
      detail: `version ${edit.version} of ${edit.name} is not listed under its \`versions:\``,
    };
  }
  const ownColumns = listIn(version, "columns");
  const ownDescription = getEntry(version.token, "description");
  const modelColumns = listIn(node, "columns");
  if (ownColumns.kind === "absent" && !ownDescription) {
    // The version declares nothing of its own: it shows the model's description and columns.
    return { kind: "found", target: node, anchorKey: "name", columns: plainColumns(node) };
  }
  const columns: ColumnSearch =
    ownColumns.kind === "absent"
      ? { lookups: [{ list: modelColumns }], append: modelColumns }
      : {
          lookups: [{ list: ownColumns }, { list: modelColumns, includes: inclusion(ownColumns) }],
          append: ownColumns,
        };
  return {
    kind: "found",
    target: version,
    anchorKey: "v",
    inheritsFrom: ownDescription ? undefined : node,
    columns,
  };
}

function plainColumns(node: MapLoc): ColumnSearch {
  const columns = listIn(node, "columns");
  return { lookups: [{ list: columns }], append: columns };
}

/** Which of the model's columns a version keeps: its `include` (default all) minus its `exclude`. */
function inclusion(versionColumns: ListLoc): (lowerName: string) => boolean {
  if (versionColumns.kind !== "seq") return () => true;
  let include: Set<string> | "all" = "all";
  const exclude = new Set<string>();
  const names = (token: CST.Token | undefined): string[] => {
    if (!isSeqToken(token)) return [];
    return seqItems(token).flatMap((item) => scalarText(item.value)?.toLowerCase() ?? []);
  };
  for (const item of seqItems(versionColumns.token)) {
    if (!isMapToken(item.value)) continue;
    const includeItem = getEntry(item.value, "include")?.item;
    if (includeItem) {
      const text = scalarText(includeItem.value);
      include = text === "all" || text === "*" ? "all" : new Set(names(includeItem.value));
    }
    for (const name of names(getEntry(item.value, "exclude")?.item.value)) exclude.add(name);
  }
  return (name) => !exclude.has(name) && (include === "all" || include.has(name));
}

/** The column's entry: the last whose name matches case-insensitively (dbt keeps the last). */
function findColumn(search: ColumnSearch, name: string): MapLoc | undefined {
  const lower = name.toLowerCase();
  for (const { list, includes } of search.lookups) {
    if (includes && !includes(lower)) continue;
    let found: MapLoc | undefined;
    for (const entry of entriesOf(list)) if (entry.value.toLowerCase() === lower) found = entry;
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Planning: decide each description, collect the splices

type Current =
  | { state: "missing"; previous?: string | undefined }
  | { state: "human" | "jinja"; text: string }
  | { state: "unsupported"; detail: string };

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Insertions at one offset: the deeper structure's first (a column's key before the next column). */
  depth: number;
  order: number;
}

interface NewEntry {
  name: string;
  description?: string | undefined;
  /** Provenance `meta` written with the description. */
  provenance?: ProvenanceMeta | undefined;
  children: Map<"columns" | "tables", Map<string, NewEntry>>;
}

interface DescribeOp {
  target: MapLoc;
  anchorKey: "name" | "v";
  value: string;
  record: AppliedEdit;
  provenance?: ProvenanceMeta | undefined;
}

interface AppendOp {
  list: ListLoc & { kind: "seq" | "absent" };
  entries: Map<string, NewEntry>;
}

class Planner {
  readonly skipped: SkippedEdit[] = [];
  private readonly describes = new Map<MapToken, DescribeOp>();
  private readonly appends = new Map<unknown, AppendOp>();
  /** Records of descriptions in new entries, by entry: a later edit of the same entry replaces it. */
  private readonly created = new Map<NewEntry, AppliedEdit>();
  private readonly placeholders: readonly string[];
  private readonly force: boolean;
  private readonly metaPlacement: MetaPlacement;
  private readonly splices: Splice[] = [];
  /** A list was added to a file with no content: `version: 2` is written. */
  private startedFile = false;
  /** The provenance each applied record's `meta` was written with, for `verify`. */
  readonly provenanceOf = new WeakMap<AppliedEdit, ProvenanceMeta>();
  private readonly metaSink: MetaSink;

  constructor(
    private readonly file: SchemaText,
    options: EditOptions,
  ) {
    this.placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
    this.force = options.force ?? false;
    this.metaPlacement = options.metaPlacement ?? "top-level";
    this.metaSink = {
      text: file.text,
      column: (offset) => file.column(offset),
      lineEnd: (offset) => file.lineEnd(offset),
      mapIndent: file.layout.mapIndent,
      splice: (start, end, text, depth) => this.splice(start, end, text, depth),
      insertLines: (offset, lines, depth) => this.insertLines(offset, lines, depth),
    };
  }

  applied(): AppliedEdit[] {
    return [...[...this.describes.values()].map((op) => op.record), ...this.created.values()];
  }

  plan(edit: DescriptionEdit): void {
    if (edit.resourceType === "source" && !edit.sourceName) {
      throw new TypeError(`The edit for source table ${edit.name} has no sourceName.`);
    }
    const base: EditTarget = {
      resourceType: edit.resourceType,
      name: edit.name,
      ...(edit.sourceName !== undefined && { sourceName: edit.sourceName }),
      ...(edit.version !== undefined && { version: edit.version }),
    };
    const description = meaningful(edit.description, base, this.skipped);
    const columns = (edit.columns ?? []).filter((c) =>
      meaningful(c.description, { ...base, column: c.name }, this.skipped),
    );
    const provenance = edit.provenance;
    const columnProvenance = (c: ColumnEdit) => (c.inherited ? undefined : provenance);
    if (description === undefined && columns.length === 0) return;

    const node = locateNode(this.file, edit);
    if (node.kind === "skip") {
      const skip = { reason: node.reason, detail: node.detail };
      if (description !== undefined) this.skipped.push({ ...base, ...skip });
      for (const c of columns) this.skipped.push({ ...base, column: c.name, ...skip });
      return;
    }
    if (node.kind === "missing") {
      this.planNewNode(node.list, node.sourceName, edit.name, base, description, columns, edit);
      return;
    }
    if (description !== undefined) {
      this.planNodeDescription(
        node,
        base,
        description,
        edit.descriptionInherited ? undefined : provenance,
      );
    }
    for (const column of columns) {
      const target = { ...base, column: column.name };
      const found = findColumn(node.columns, column.name);
      if (found) {
        this.planDescribe(found, "name", column.description, target, columnProvenance(column));
        continue;
      }
      const append = this.appendOp(node.columns.append);
      if (!append) {
        const detail = (node.columns.append as { detail: string }).detail;
        this.skipped.push({ ...target, reason: "unsupported", detail });
        continue;
      }
      const entry = addEntry(append.entries, column.name, column.description);
      entry.provenance = columnProvenance(column);
      this.setCreated(entry, { ...target, description: column.description, created: true });
    }
  }

  /** Record a description written in a new entry, with its provenance `meta` if it has one. */
  private setCreated(entry: NewEntry, record: AppliedEdit): void {
    if (entry.provenance) {
      const key = newEntryMetaPath(this.metaPlacement).join(".") as MetaKey;
      record.meta = { status: "written", key, updated: false };
      this.provenanceOf.set(record, entry.provenance);
    }
    this.created.set(entry, record);
  }

  private planNodeDescription(
    node: NodeLoc & { kind: "found" },
    base: EditTarget,
    description: string,
    provenance: ProvenanceMeta | undefined,
  ): void {
    if (node.inheritsFrom) {
      const inherited = this.current(getEntry(node.inheritsFrom.token, "description")?.item);
      if (inherited.state === "human" || inherited.state === "jinja") {
        if (inherited.state === "jinja" || !this.force) {
          this.skipped.push({
            ...base,
            reason: inherited.state === "jinja" ? "jinja" : "human-written",
            detail: "the version shows the model's own description",
            current: inherited.text,
          });
          return;
        }
      }
    }
    this.planDescribe(node.target, node.anchorKey, description, base, provenance);
  }

  private planNewNode(
    list: ListLoc,
    sourceName: string | undefined,
    name: string,
    base: EditTarget,
    description: string | undefined,
    columns: readonly ColumnEdit[],
    edit: DescriptionEdit,
  ): void {
    const append = this.appendOp(list);
    if (!append) {
      const detail = (list as { detail: string }).detail;
      if (description !== undefined) this.skipped.push({ ...base, reason: "unsupported", detail });
      for (const c of columns) {
        this.skipped.push({ ...base, column: c.name, reason: "unsupported", detail });
      }
      return;
    }
    let entries = append.entries;
    if (sourceName !== undefined) {
      entries = childEntries(addEntry(entries, sourceName, undefined), "tables");
    }
    const entry = addEntry(entries, name, description);
    if (description !== undefined) {
      entry.provenance = edit.descriptionInherited ? undefined : edit.provenance;
      this.setCreated(entry, { ...base, description, created: true });
    }
    for (const column of columns) {
      const child = addEntry(childEntries(entry, "columns"), column.name, column.description);
      child.provenance = column.inherited ? undefined : edit.provenance;
      this.setCreated(child, {
        ...base,
        column: column.name,
        description: column.description,
        created: true,
      });
    }
  }

  private appendOp(list: ListLoc): AppendOp | undefined {
    if (list.kind === "unsupported") return undefined;
    const key = list.kind === "seq" ? list.token : `${list.parent?.offset ?? -1}:${list.key}`;
    let op = this.appends.get(key);
    if (!op) {
      op = { list, entries: new Map() };
      this.appends.set(key, op);
    }
    return op;
  }

  private current(item: CST.CollectionItem | undefined): Current {
    if (!item) return { state: "missing" };
    const value = item.value;
    if (hasAnchor(item)) {
      return { state: "unsupported", detail: "the description has an anchor (&) others may alias" };
    }
    if (value === undefined || isNullScalar(value)) return { state: "missing" };
    if (value.type === "alias") {
      return { state: "unsupported", detail: "the description is an alias (*) of another value" };
    }
    const text = scalarText(value);
    if (text === null) return { state: "unsupported", detail: "the description is not text" };
    // One rule with the planner's (../descriptions.ts): what it plans to fill is what is filled.
    switch (descriptionState(text, this.placeholders)) {
      case "jinja":
        return { state: "jinja", text };
      case "missing":
        return { state: "missing", previous: text };
      default:
        return { state: "human", text };
    }
  }

  private planDescribe(
    target: MapLoc,
    anchorKey: "name" | "v",
    value: string,
    editTarget: EditTarget,
    provenance: ProvenanceMeta | undefined,
  ): void {
    if (hasAnchor(target.item)) {
      this.skipped.push({
        ...editTarget,
        reason: "unsupported",
        detail: "the entry has an anchor (&); its aliases would change too",
      });
      return;
    }
    const current = this.current(getEntry(target.token, "description")?.item);
    if (current.state === "unsupported") {
      this.skipped.push({ ...editTarget, reason: "unsupported", detail: current.detail });
      return;
    }
    if (current.state === "jinja") {
      this.skipped.push({
        ...editTarget,
        reason: "jinja",
        detail: "the description holds Jinja (a doc block or a variable); it is never replaced",
        current: current.text,
      });
      return;
    }
    const currentText = current.state === "missing" ? current.previous : current.text;
    if (currentText === value) {
      this.skipped.push({
        ...editTarget,
        reason: "unchanged",
        detail: "the description already reads so",
        current: value,
      });
      return;
    }
    if (current.state === "human" && !this.force) {
      this.skipped.push({
        ...editTarget,
        reason: "human-written",
        detail: "the description was written by a person; pass force to replace it",
        current: current.text,
      });
      return;
    }
    if (!getEntry(target.token, "description") && getEntry(target.token, "<<")) {
      this.skipped.push({
        ...editTarget,
        reason: "unsupported",
        detail: "the entry takes keys from a merge key (<<); its description may come from there",
      });
      return;
    }
    const previous = current.state === "missing" ? current.previous : current.text;
    this.describes.set(target.token, {
      target,
      anchorKey,
      value,
      provenance,
      record: {
        ...editTarget,
        description: value,
        ...(previous !== undefined && { previous }),
        created: false,
      },
    });
  }

  // -------------------------------------------------------------------------------------------
  // Rendering the splices

  render(): string {
    for (const op of this.describes.values()) this.emitDescribe(op);
    for (const op of this.appends.values()) this.emitAppend(op);
    if (this.splices.length === 0) return this.file.text;
    const text = this.file.text;
    const splices = [...this.splices].sort(
      (a, b) => a.start - b.start || b.depth - a.depth || a.order - b.order,
    );
    let out = "";
    let at = 0;
    for (const splice of splices) {
      if (splice.start < at) throw new Error("unreachable: overlapping schema file edits");
      out += text.slice(at, splice.start) + splice.text;
      at = splice.end;
    }
    return out + text.slice(at);
  }

  private splice(start: number, end: number, text: string, depth: number): void {
    this.splices.push({ start, end, text, depth, order: this.splices.length });
  }

  /** Insert whole lines at `offset` (a line start, or the end of a file with no final line break). */
  private insertLines(offset: number, lines: string[], depth: number): void {
    if (lines.length === 0) return;
    const { text, eol } = this.file;
    const atOpenEnd = offset === text.length && text !== "" && !text.endsWith("\n");
    this.splice(
      offset,
      offset,
      atOpenEnd ? eol + lines.join(eol) : lines.map((l) => l + eol).join(""),
      depth,
    );
  }

  private spaces(n: number): string {
    return " ".repeat(Math.max(0, n));
  }

  /** `description: …` and a block body's lines, at `keyColumn`. */
  private descriptionLines(keyColumn: number, value: string, prefer?: ScalarStyle): string[] {
    const rendered = renderScalar(value, {
      inFlow: false,
      bodyIndent: keyColumn + this.file.layout.blockIndent,
      prefer,
    });
    const head = `${this.spaces(keyColumn)}description: `;
    return rendered.kind === "inline"
      ? [head + rendered.source]
      : [head + rendered.header, ...rendered.lines];
  }

  private emitDescribe(op: DescribeOp): void {
    // The slot is read before the description's splices: both come from the original text.
    const slot = op.provenance ? this.metaSlot(op) : undefined;
    this.emitDescription(op);
    if (!op.provenance || !slot) return;
    const path = metaPath(op.target.token, this.metaPlacement, {
      versionEntry: op.anchorKey === "v",
    });
    const result = writeEntryMeta(
      this.metaSink,
      op.target.token,
      op.target.depth,
      slot,
      path,
      op.provenance,
    );
    op.record.meta = result;
    if (result.status === "written") this.provenanceOf.set(op.record, op.provenance);
  }

  /** Where a key new to the entry goes: right after its description, the new one or the old. */
  private metaSlot(op: DescribeOp): KeySlot {
    const { file } = this;
    const map = op.target.token;
    const entry = getEntry(map, "description");
    if (entry) {
      const end = itemContentEnd(entry.item) ?? map.offset;
      if (map.type === "flow-collection") return { kind: "pair", offset: end };
      const keyColumn = file.column(entry.item.key?.offset ?? map.offset);
      return { kind: "lines", offset: file.lineEnd(end), keyColumn };
    }
    // Where emitDescription puts the new `description:`.
    const anchor = getEntry(map, op.anchorKey)?.item ?? mapEntries(map)[0]?.item;
    const after = anchor ? (itemContentEnd(anchor) ?? map.offset) : map.offset;
    if (map.type === "flow-collection") return { kind: "pair", offset: after };
    const keyColumn = file.column(anchor?.key?.offset ?? map.offset);
    return { kind: "lines", offset: file.lineEnd(after), keyColumn };
  }

  private emitDescription(op: DescribeOp): void {
    const { file } = this;
    const map = op.target.token;
    const depth = op.target.depth;
    const inFlow = map.type === "flow-collection";
    const entry = getEntry(map, "description");

    if (!entry) {
      const anchor = getEntry(map, op.anchorKey)?.item ?? mapEntries(map)[0]?.item;
      const after = anchor ? (itemContentEnd(anchor) ?? map.offset) : map.offset;
      if (inFlow) {
        this.splice(after, after, `, description: ${renderInline(op.value, true)}`, depth);
        return;
      }
      const keyColumn = file.column(anchor?.key?.offset ?? map.offset);
      this.insertLines(file.lineEnd(after), this.descriptionLines(keyColumn, op.value), depth);
      return;
    }

    const { item } = entry;
    const keyColumn = file.column(item.key?.offset ?? map.offset);
    const value = item.value;
    let bodyIndent = keyColumn + file.layout.blockIndent;
    let prefer: ScalarStyle | undefined;
    if (value?.type === "block-scalar") {
      const body = blockBody(value);
      const indent = /^( *)\S/m.exec(file.text.slice(body.start, body.end))?.[1]?.length;
      if (indent !== undefined && indent > keyColumn) bodyIndent = indent;
      const header = value.props[0];
      prefer = header && "source" in header && header.source.startsWith(">") ? "folded" : "literal";
    } else if (value?.type === "single-quoted-scalar") prefer = "single";
    else if (value?.type === "double-quoted-scalar") prefer = "double";
    const rendered = renderScalar(op.value, { inFlow, bodyIndent, prefer });

    if (value === undefined) {
      // `description:` with nothing after the colon.
      const colon = item.sep?.find((t) => t.type === "map-value-ind");
      const at = colon ? colon.offset + colon.source.length : contentEnd(item.key as CST.Token);
      const lead = colon ? (file.text[at] === " " ? "" : " ") : ": ";
      const start = lead === "" ? at + 1 : at;
      // `description: # todo`: the comment keeps a space before it.
      const trail = file.text[start] === "#" ? " " : "";
      if (rendered.kind === "inline") {
        this.splice(start, start, lead + rendered.source + trail, depth);
      } else {
        this.splice(start, start, lead + rendered.header + trail, depth);
        this.insertLines(file.lineEnd(start), rendered.lines, depth);
      }
      return;
    }
    if (value.type === "block-scalar") {
      const header = value.props[0] as CST.SourceToken;
      const body = blockBody(value);
      const headerEnd = header.offset + header.source.length;
      if (rendered.kind === "inline") {
        this.splice(header.offset, headerEnd, rendered.source, depth);
        this.splice(body.start, body.end, "", depth);
      } else {
        this.splice(header.offset, headerEnd, rendered.header, depth);
        if (body.end > body.start) {
          this.splice(body.start, body.end, blockText(rendered, file.eol), depth);
        } else this.insertLines(body.start, rendered.lines, depth);
      }
      return;
    }
    if (!isScalarToken(value)) throw new Error("unreachable: description value is not a scalar");
    const end = value.offset + value.source.length;
    if (rendered.kind === "inline") {
      this.splice(value.offset, end, rendered.source, depth);
    } else {
      this.splice(value.offset, end, rendered.header, depth);
      this.insertLines(file.lineEnd(end), rendered.lines, depth);
    }
  }

  private emitAppend(op: AppendOp): void {
    const { file } = this;
    const { list } = op;
    const entries = [...op.entries.values()];
    if (list.kind === "seq") {
      const items = seqItems(list.token);
      const last = items[items.length - 1];
      if (list.token.type === "flow-collection" || !last) {
        const at = last?.value
          ? contentEnd(last.value)
          : list.token.offset + (list.token.type === "flow-collection" ? 1 : 0);
        const flow = entries.map((e) => flowEntry(e, this.metaPlacement)).join(", ");
        this.splice(at, at, last ? `, ${flow}` : flow, list.depth);
        return;
      }
      const dash = seqDash(last) as CST.SourceToken;
      const afterDash = last.start[last.start.indexOf(dash) + 1];
      const gap = afterDash?.type === "space" ? afterDash.source.length : 1;
      const spaced = items.length > 1 && file.blankLineBefore(dash.offset);
      const lines = entries.flatMap((e) => [
        ...(spaced ? [""] : []),
        ...this.entryLines(e, file.column(dash.offset), gap),
      ]);
      this.insertLines(file.lineEnd(contentEnd(list.token)), lines, list.depth);
      return;
    }
    // The list's key is absent, or present with no value.
    const { parent, key, item } = list;
    const depth = list.depth - 1;
    if (parent?.type === "flow-collection") {
      const flow = `[${entries.map((e) => flowEntry(e, this.metaPlacement)).join(", ")}]`;
      if (item) {
        const at = itemContentEnd(item) ?? parent.offset;
        this.splice(at, at, ` ${flow}`, depth);
      } else {
        const last = mapEntries(parent).pop();
        const at = last ? (itemContentEnd(last.item) ?? parent.offset + 1) : parent.offset + 1;
        this.splice(at, at, `${last ? ", " : ""}${key}: ${flow}`, depth);
      }
      return;
    }
    if (item) {
      if (item.value) {
        // `columns: ~`: the null goes, the entries follow on the next lines.
        const colon = item.sep?.find((t) => t.type === "map-value-ind");
        const from = colon ? colon.offset + colon.source.length : item.value.offset;
        this.splice(from, contentEnd(item.value), "", depth);
      }
      const keyColumn = file.column(item.key?.offset ?? 0);
      const dashColumn = keyColumn + file.layout.seqIndent;
      const at = item.value ? contentEnd(item.value) : (itemContentEnd(item) ?? 0);
      const lines = entries.flatMap((e) => this.entryLines(e, dashColumn, file.layout.seqGap));
      this.insertLines(file.lineEnd(at), lines, depth);
      return;
    }
    if (parent === null) {
      // A file with no content yet (empty, or only comments): the first list brings `version: 2`.
      const lines = [
        ...(this.startedFile ? [""] : ["version: 2", ""]),
        `${key}:`,
        ...entries.flatMap((e) => this.entryLines(e, file.layout.seqIndent, file.layout.seqGap)),
      ];
      if (!this.startedFile && file.text.trim() !== "" && !file.text.endsWith("\n")) {
        lines.unshift("");
      }
      this.startedFile = true;
      this.insertLines(file.text.length, lines, depth);
      return;
    }
    const keyColumn = file.column(firstKeyOffset(parent) ?? parent.offset);
    const spaced = parent === file.top && file.layout.spacedTopLevel;
    const lines = [
      ...(spaced ? [""] : []),
      `${this.spaces(keyColumn)}${key}:`,
      ...entries.flatMap((e) =>
        this.entryLines(e, keyColumn + file.layout.seqIndent, file.layout.seqGap),
      ),
    ];
    this.insertLines(file.lineEnd(contentEnd(parent)), lines, depth);
  }

  /** A new list entry in block style: `- name: …`, its description, its nested lists. */
  private entryLines(entry: NewEntry, dashColumn: number, gap: number): string[] {
    const keyColumn = dashColumn + 1 + gap;
    const lines = [
      `${this.spaces(dashColumn)}-${this.spaces(gap)}name: ${renderInline(entry.name, false)}`,
    ];
    if (entry.description !== undefined) {
      lines.push(...this.descriptionLines(keyColumn, entry.description));
      if (entry.provenance) {
        const path = newEntryMetaPath(this.metaPlacement);
        const { mapIndent } = this.file.layout;
        lines.push(...newMetaLines(path, entry.provenance, keyColumn, mapIndent));
      }
    }
    for (const [key, children] of entry.children) {
      lines.push(`${this.spaces(keyColumn)}${key}:`);
      for (const child of children.values()) {
        const { seqIndent, seqGap } = this.file.layout;
        lines.push(...this.entryLines(child, keyColumn + seqIndent, seqGap));
      }
    }
    return lines;
  }
}

function blockText(rendered: RenderedScalar & { kind: "block" }, eol: string): string {
  return rendered.lines.map((line) => line + eol).join("");
}

/** A new list entry inside a flow collection: `{name: …, description: …}`. */
function flowEntry(entry: NewEntry, placement: MetaPlacement): string {
  const parts = [`name: ${renderInline(entry.name, true)}`];
  if (entry.description !== undefined) {
    parts.push(`description: ${renderInline(entry.description, true)}`);
    if (entry.provenance) {
      parts.push(newMetaPair(newEntryMetaPath(placement), entry.provenance));
    }
  }
  for (const [key, children] of entry.children) {
    const flows = [...children.values()].map((c) => flowEntry(c, placement));
    parts.push(`${key}: [${flows.join(", ")}]`);
  }
  return `{${parts.join(", ")}}`;
}

function addEntry(
  entries: Map<string, NewEntry>,
  name: string,
  description: string | undefined,
): NewEntry {
  const key = name.toLowerCase();
  let entry = entries.get(key);
  if (!entry) {
    entry = { name, children: new Map() };
    entries.set(key, entry);
  }
  if (description !== undefined) entry.description = description;
  return entry;
}

function childEntries(entry: NewEntry, key: "columns" | "tables"): Map<string, NewEntry> {
  let children = entry.children.get(key);
  if (!children) {
    children = new Map();
    entry.children.set(key, children);
  }
  return children;
}

/** The description to set, or undefined (recorded as skipped when it is blank). */
function meaningful(
  description: string | undefined,
  target: EditTarget,
  skipped: SkippedEdit[],
): string | undefined {
  if (description === undefined) return undefined;
  if (description.trim() === "") {
    skipped.push({ ...target, reason: "unchanged", detail: "the new description is empty" });
    return undefined;
  }
  return description;
}

// ---------------------------------------------------------------------------------------------
// Checking the output

/**
 * Parse the edited text and read every description set back at its place. A splice that
 * produced invalid YAML or a value that reads differently is a bug: better to stop than to write.
 */
function verify(
  output: string,
  applied: readonly AppliedEdit[],
  provenanceOf: WeakMap<AppliedEdit, ProvenanceMeta>,
): void {
  let file: SchemaText;
  try {
    file = SchemaText.parse(output);
  } catch (error) {
    throw new Error(
      "osmosis produced invalid YAML while editing a schema file; please report it.",
      {
        cause: error,
      },
    );
  }
  const scalars = new Map<unknown, Scalar>();
  for (const doc of file.documents) {
    visit(doc, {
      Scalar(_, node) {
        if (node.srcToken) scalars.set(node.srcToken, node);
      },
    });
  }
  const read = (token: CST.Token | undefined) => (token ? scalars.get(token)?.value : undefined);
  for (const edit of applied) {
    const node = locateNode(file, edit);
    const map =
      node.kind !== "found"
        ? undefined
        : edit.column === undefined
          ? node.target
          : findColumn(node.columns, edit.column);
    const where = () =>
      [edit.sourceName, edit.name, edit.version, edit.column]
        .filter((part) => part !== undefined)
        .join(".");
    const value = map && read(getEntry(map.token, "description")?.item.value);
    if (value !== edit.description) {
      throw new Error(
        `osmosis wrote the description of ${where()} but it reads back as ${JSON.stringify(value)}; please report it.`,
      );
    }
    const provenance = provenanceOf.get(edit);
    if (edit.meta?.status !== "written" || !provenance || !map) continue;
    let osmosis: CST.Token | undefined = map.token;
    for (const key of edit.meta.key.split(".")) {
      osmosis = isMapToken(osmosis) ? getEntry(osmosis, key)?.item.value : undefined;
    }
    const found = isMapToken(osmosis)
      ? {
          generatedBy: read(getEntry(osmosis, "generated_by")?.item.value),
          generatedAt: read(getEntry(osmosis, "generated_at")?.item.value),
        }
      : undefined;
    if (
      found?.generatedBy !== provenance.generatedBy ||
      found.generatedAt !== provenance.generatedAt
    ) {
      throw new Error(
        `osmosis wrote ${edit.meta.key} of ${where()} but it reads back as ${JSON.stringify(found)}; please report it.`,
      );
    }
  }
}
