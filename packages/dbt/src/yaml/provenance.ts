// The optional provenance entry written beside a description osmosis generated
// (`meta: {osmosis: {generated_by, generated_at}}`), so a team can find and review LLM-written
// text later. It goes into the entry's own `config.meta` or `meta`, whichever the entry already
// uses, by splices like the description's: every other key and byte of the file is kept.
import type { CST } from "yaml";
import {
  contentEnd,
  firstKeyOffset,
  getEntry,
  hasAnchor,
  isMapToken,
  isNullScalar,
  isScalarToken,
  itemContentEnd,
  type MapToken,
  mapEntries,
} from "./cst.js";
import { doubleQuoted, renderScalar, type ScalarStyle } from "./quoting.js";

/** Who wrote a description, recorded as `meta.osmosis` beside it. */
export interface ProvenanceMeta {
  /** `provider/model`, e.g. `openai/gpt-4o-mini`; written as `generated_by`. */
  generatedBy: string;
  /** A date, `2026-12-02`; written as `generated_at`, quoted so YAML 1.1 reads it as text. */
  generatedAt: string;
}

/**
 * Where a new `meta` goes in an entry that has neither `config:` nor `meta:`: `config: meta:`
 * (dbt 1.10 and later, which warns on a top-level `meta`) or a top-level `meta:` (read by every
 * dbt version). See `metaPlacementFor`.
 */
export type MetaPlacement = "config" | "top-level";

/** The provenance key written: under `config.meta` or the top-level `meta`. */
export type MetaKey = "config.meta.osmosis" | "meta.osmosis";

/** What became of a description's provenance. */
export type MetaResult =
  | {
      status: "written";
      key: MetaKey;
      /** An `osmosis` entry was there already (an earlier run's) and was updated in place. */
      updated: boolean;
    }
  /** The entry's YAML has no safe place for it (an alias, a merge key, a value that is not a mapping); the description was written all the same. */
  | { status: "skipped"; detail: string };

/**
 * The placement for a project built with `dbtVersion` (the manifest's `metadata.dbt_version`):
 * `config` from dbt 1.10 on, where a top-level `meta` is deprecated; `top-level` before, and when
 * the version is unknown, since a column's `config: meta:` is read only from dbt 1.9 on.
 */
export function metaPlacementFor(dbtVersion: string | undefined): MetaPlacement {
  const match = /^\s*v?(\d+)\.(\d+)/.exec(dbtVersion ?? "");
  if (!match) return "top-level";
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return major > 1 || (major === 1 && minor >= 10) ? "config" : "top-level";
}

const CONFIG_PATH = ["config", "meta", "osmosis"] as const;
const TOP_LEVEL_PATH = ["meta", "osmosis"] as const;

/** The keys leading to the `osmosis` mapping in an entry, by the rule in the README. */
export function metaPath(
  entry: MapToken,
  placement: MetaPlacement,
  options: { versionEntry?: boolean } = {},
): readonly string[] {
  // dbt reads a version's `meta` from the model, never from its `versions:` entry; the entry's
  // `config` is merged into the model's.
  if (options.versionEntry) return CONFIG_PATH;
  const mapAt = (map: CST.Token | undefined, key: string) =>
    isMapToken(map) ? getEntry(map, key)?.item.value : undefined;
  const has = (map: CST.Token | undefined, key: string) =>
    isMapToken(map) && getEntry(map, key) !== undefined;
  const config = mapAt(entry, "config");
  // An earlier run's entry is updated where it is, so a project never holds two.
  if (has(mapAt(config, "meta"), "osmosis")) return CONFIG_PATH;
  if (has(mapAt(entry, "meta"), "osmosis")) return TOP_LEVEL_PATH;
  if (has(entry, "config")) return CONFIG_PATH;
  if (has(entry, "meta")) return TOP_LEVEL_PATH;
  return placement === "config" ? CONFIG_PATH : TOP_LEVEL_PATH;
}

/** The keys leading to the `osmosis` mapping in an entry osmosis adds. */
export function newEntryMetaPath(placement: MetaPlacement): readonly string[] {
  return placement === "config" ? CONFIG_PATH : TOP_LEVEL_PATH;
}

/** The `generated_by` and `generated_at` pairs, in that order. */
function leavesOf(provenance: ProvenanceMeta): Array<[string, string]> {
  return [
    ["generated_by", provenance.generatedBy],
    ["generated_at", provenance.generatedAt],
  ];
}

/** What writing meta needs of the file being edited and of its planner. */
export interface MetaSink {
  readonly text: string;
  column(offset: number): number;
  /** Start of the line after the one `offset` is in; `offset` itself when it starts a line. */
  lineEnd(offset: number): number;
  /** Spaces per level of nested block mappings in this file. */
  readonly mapIndent: number;
  splice(start: number, end: number, text: string, depth: number): void;
  insertLines(offset: number, lines: string[], depth: number): void;
}

/**
 * Where a key new to the entry goes: whole lines at a line start (a block mapping), or a
 * `, key: …` pair at an offset (a flow mapping). Right after the description, so the two read
 * together.
 */
export type KeySlot =
  | { kind: "lines"; offset: number; keyColumn: number }
  | { kind: "pair"; offset: number };

/**
 * Set `meta.osmosis` (or `config.meta.osmosis`, by `metaPath`) in an existing entry. Nothing is
 * spliced unless all of it can be: a refusal leaves the entry as it was.
 */
export function writeEntryMeta(
  sink: MetaSink,
  entry: MapToken,
  depth: number,
  slot: KeySlot,
  path: readonly string[],
  provenance: ProvenanceMeta,
): MetaResult {
  const writer = new MetaWriter(
    sink,
    ownIndent(sink, entry) ?? sink.mapIndent,
    leavesOf(provenance),
  );
  const refusal = writer.into(entry, depth, [...path], [], slot);
  if (refusal !== undefined) return { status: "skipped", detail: refusal };
  writer.commit();
  return { status: "written", key: path.join(".") as MetaKey, updated: writer.updated };
}

/** The lines of a new entry's meta (`meta:` or `config:` and what it holds), keys at `keyColumn`. */
export function newMetaLines(
  path: readonly string[],
  provenance: ProvenanceMeta,
  keyColumn: number,
  indent: number,
): string[] {
  return blockLines([...path], leavesOf(provenance), keyColumn, indent);
}

/** A new flow entry's meta pair: `meta: {osmosis: {…}}` or `config: {meta: {osmosis: {…}}}`. */
export function newMetaPair(path: readonly string[], provenance: ProvenanceMeta): string {
  const [key, ...rest] = path;
  return `${key}: ${flowValue(rest, leavesOf(provenance))}`;
}

/** Columns a nested block mapping of the entry is indented by, when it has one. */
function ownIndent(sink: MetaSink, entry: MapToken): number | undefined {
  for (const { item } of mapEntries(entry)) {
    const value = item.value;
    if (!item.key || value?.type !== "block-map") continue;
    const first = firstKeyOffset(value);
    if (first === undefined) continue;
    const indent = sink.column(first) - sink.column(item.key.offset);
    if (indent > 0) return indent;
  }
  return undefined;
}

/** A scalar on one line: plain when it reads back so, else quoted. */
function inline(value: string, inFlow: boolean, prefer?: ScalarStyle): string {
  const rendered = renderScalar(value, { inFlow, bodyIndent: 2, prefer, inlineOnly: true });
  return rendered.kind === "inline" ? rendered.source : doubleQuoted(value);
}

/** `keys` nested as block mappings, the leaves in the innermost; the first key at `column`. */
function blockLines(
  keys: string[],
  leaves: ReadonlyArray<[string, string]>,
  column: number,
  indent: number,
): string[] {
  const spaces = " ".repeat(column);
  const [key, ...rest] = keys;
  if (key === undefined) return leaves.map(([k, v]) => `${spaces}${k}: ${inline(v, false)}`);
  return [`${spaces}${key}:`, ...blockLines(rest, leaves, column + indent, indent)];
}

/** `{…}` holding `keys` nested, the leaves in the innermost. */
function flowValue(keys: string[], leaves: ReadonlyArray<[string, string]>): string {
  const [key, ...rest] = keys;
  if (key === undefined)
    return `{${leaves.map(([k, v]) => `${k}: ${inline(v, true)}`).join(", ")}}`;
  return `{${key}: ${flowValue(rest, leaves)}}`;
}

/** `{}` with nothing inside, in a block mapping: filled like a null, in block style. */
function isEmptyFlowMap(token: CST.Token | undefined, text: string): boolean {
  if (token?.type !== "flow-collection" || !isMapToken(token)) return false;
  return /^\{\s*\}$/.test(text.slice(token.offset, contentEnd(token)));
}

/** A key path set inside an entry: the splices are collected, and made only when all is safe. */
class MetaWriter {
  private readonly ops: Array<() => void> = [];
  updated = false;

  constructor(
    private readonly sink: MetaSink,
    private readonly indent: number,
    private readonly leaves: ReadonlyArray<[string, string]>,
  ) {}

  commit(): void {
    for (const op of this.ops) op();
  }

  /** Set `keys`, then the leaves, inside `map`; returns why not, or undefined. */
  into(
    map: MapToken,
    depth: number,
    keys: string[],
    path: string[],
    slot?: KeySlot,
  ): string | undefined {
    const [key, ...rest] = keys;
    if (key === undefined) return this.leavesInto(map, depth, path);
    const where = `\`${[...path, key].join(".")}\``;
    const entry = getEntry(map, key);
    if (!entry) {
      if (getEntry(map, "<<")) return `${where} may come from a merge key (<<)`;
      this.addKey(map, depth, key, rest, slot);
      return undefined;
    }
    if (hasAnchor(entry.item)) return `${where} has an anchor (&); its aliases would change too`;
    const value = entry.item.value;
    if (
      isNullScalar(value) ||
      (map.type === "block-map" && isEmptyFlowMap(value, this.sink.text))
    ) {
      return this.setValue(map, depth, entry.item, rest, where);
    }
    if (value?.type === "alias") return `${where} is an alias (*) of a mapping defined elsewhere`;
    if (!isMapToken(value)) return `${where} is not a mapping`;
    // The last key is `osmosis` itself: an earlier run's entry, updated in place.
    if (rest.length === 0) this.updated = true;
    return this.into(value, depth + 1, rest, [...path, key]);
  }

  private leavesInto(map: MapToken, depth: number, path: string[]): string | undefined {
    const inFlow = map.type === "flow-collection";
    for (const [key, text] of this.leaves) {
      const where = `\`${[...path, key].join(".")}\``;
      const entry = getEntry(map, key);
      if (!entry) {
        if (getEntry(map, "<<")) return `${where} may come from a merge key (<<)`;
        this.addKey(map, depth, key, text);
        continue;
      }
      if (hasAnchor(entry.item)) return `${where} has an anchor (&); its aliases would change too`;
      const value = entry.item.value;
      if (isNullScalar(value)) {
        const refusal = this.setValue(map, depth, entry.item, text, where);
        if (refusal !== undefined) return refusal;
        continue;
      }
      if (!isScalarToken(value) || value.type === "block-scalar") {
        return `${where} is not a one-line value`;
      }
      const prefer =
        value.type === "single-quoted-scalar"
          ? "single"
          : value.type === "double-quoted-scalar"
            ? "double"
            : undefined;
      const source = inline(text, inFlow, prefer);
      if (source === value.source) continue;
      const end = value.offset + value.source.length;
      this.ops.push(() => this.sink.splice(value.offset, end, source, depth));
    }
    return undefined;
  }

  /**
   * A key the map lacks: whole lines at the end of a block mapping (or at `slot`), a pair at the
   * end of a flow mapping. `value` is a leaf's text, or the keys nested under it.
   */
  private addKey(
    map: MapToken,
    depth: number,
    key: string,
    value: string | string[],
    slot?: KeySlot,
  ): void {
    const { sink } = this;
    if (map.type === "flow-collection") {
      const last = mapEntries(map).pop();
      const end = last ? (itemContentEnd(last.item) ?? map.offset + 1) : map.offset + 1;
      const at = slot?.kind === "pair" ? slot.offset : end;
      const pair = `${key}: ${typeof value === "string" ? inline(value, true) : flowValue(value, this.leaves)}`;
      const text = `${last ? ", " : ""}${pair}`;
      this.ops.push(() => sink.splice(at, at, text, depth));
      return;
    }
    const { offset, keyColumn } =
      slot?.kind === "lines"
        ? slot
        : {
            offset: sink.lineEnd(contentEnd(map)),
            keyColumn: sink.column(firstKeyOffset(map) ?? map.offset),
          };
    const lines =
      typeof value === "string"
        ? [`${" ".repeat(keyColumn)}${key}: ${inline(value, false)}`]
        : blockLines([key, ...value], this.leaves, keyColumn, this.indent);
    this.ops.push(() => sink.insertLines(offset, lines, depth));
  }

  /** A key present with no value (`meta:`, `meta: ~`, `meta: {}`): the value is written in. */
  private setValue(
    map: MapToken,
    depth: number,
    item: CST.CollectionItem,
    value: string | string[],
    where: string,
  ): string | undefined {
    const { sink } = this;
    const colon = item.sep?.find((t) => t.type === "map-value-ind");
    if (!colon || !item.key) return `${where} has no \`:\``;
    const afterColon = colon.offset + colon.source.length;
    const current = item.value;
    if (map.type === "flow-collection") {
      const text = typeof value === "string" ? inline(value, true) : flowValue(value, this.leaves);
      if (current) {
        this.ops.push(() => sink.splice(current.offset, contentEnd(current), text, depth));
      } else this.ops.push(() => sink.splice(afterColon, afterColon, ` ${text}`, depth));
      return undefined;
    }
    if (typeof value === "string") {
      const text = inline(value, false);
      if (current) {
        this.ops.push(() => sink.splice(current.offset, contentEnd(current), text, depth));
        return undefined;
      }
      // `generated_by:` and maybe a comment: the value goes between, a space on each side.
      const lead = sink.text[afterColon] === " " ? "" : " ";
      const start = lead === "" ? afterColon + 1 : afterColon;
      const trail = sink.text[start] === "#" ? " " : "";
      this.ops.push(() => sink.splice(start, start, lead + text + trail, depth));
      return undefined;
    }
    // `meta: ~ # none`: the null goes, the keys follow on the next lines (the comment stays).
    if (current) this.ops.push(() => sink.splice(afterColon, contentEnd(current), "", depth));
    const at = current ? contentEnd(current) : afterColon;
    const keyColumn = sink.column(item.key.offset);
    const lines = blockLines(value, this.leaves, keyColumn + this.indent, this.indent);
    this.ops.push(() => sink.insertLines(sink.lineEnd(at), lines, depth + 1));
    return undefined;
  }
}
