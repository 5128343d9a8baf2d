// Reading the `yaml` package's CST (concrete syntax tree): keys, values and the exact offsets that
// edits splice text at. Every token keeps its offset in the source, so an edit touches only the
// bytes it means to.
import { CST } from "yaml";

export type MapToken = CST.BlockMap | CST.FlowCollection;
export type SeqToken = CST.BlockSequence | CST.FlowCollection;

export interface MapEntry {
  key: string | null;
  item: CST.CollectionItem;
}

export function isMapToken(token: CST.Token | undefined): token is MapToken {
  return (
    token?.type === "block-map" ||
    (token?.type === "flow-collection" && token.start.type === "flow-map-start")
  );
}

export function isSeqToken(token: CST.Token | undefined): token is SeqToken {
  return (
    token?.type === "block-seq" ||
    (token?.type === "flow-collection" && token.start.type === "flow-seq-start")
  );
}

export function isScalarToken(
  token: CST.Token | undefined,
): token is CST.FlowScalar | CST.BlockScalar {
  return (
    token?.type === "scalar" ||
    token?.type === "single-quoted-scalar" ||
    token?.type === "double-quoted-scalar" ||
    token?.type === "block-scalar"
  );
}

/** The string a scalar token holds, before any schema turns it into a number or boolean. */
export function scalarText(token: CST.Token | undefined): string | null {
  if (!isScalarToken(token)) return null;
  return CST.resolveAsScalar(token, false, () => {})?.value ?? null;
}

/** A plain scalar YAML reads as null (`~`, `null`), or no token at all. */
export function isNullScalar(token: CST.Token | undefined): boolean {
  if (token === undefined) return true;
  return token.type === "scalar" && /^(?:~|null|Null|NULL|)$/.test(scalarText(token) ?? "");
}

export function mapEntries(map: MapToken): MapEntry[] {
  const entries: MapEntry[] = [];
  for (const item of map.items) {
    if (item.key === undefined && item.sep === undefined) continue;
    entries.push({ key: item.key ? scalarText(item.key) : null, item });
  }
  return entries;
}

/** The entry for `key`; with duplicate keys the last wins, as in PyYAML (and so in dbt). */
export function getEntry(map: MapToken, key: string): MapEntry | undefined {
  let found: MapEntry | undefined;
  for (const entry of mapEntries(map)) if (entry.key === key) found = entry;
  return found;
}

export function seqItems(seq: SeqToken): CST.CollectionItem[] {
  return seq.items.filter((item) => item.value !== undefined);
}

/** An `&anchor` on the value: other places may alias it, so editing it would edit them too. */
export function hasAnchor(item: CST.CollectionItem): boolean {
  return [...item.start, ...(item.sep ?? [])].some((token) => token.type === "anchor");
}

/** Offset just after the last character of real content in `token` (comments and blank lines excluded). */
export function contentEnd(token: CST.Token): number {
  switch (token.type) {
    case "block-scalar": {
      const { start, end } = blockBody(token);
      return end > start ? end : headerEnd(token);
    }
    case "block-map":
    case "block-seq": {
      for (let i = token.items.length - 1; i >= 0; i--) {
        const end = itemContentEnd(token.items[i] as CST.CollectionItem);
        if (end !== null) return end;
      }
      return token.offset;
    }
    case "flow-collection": {
      const close = token.end.find(
        (t) =>
          t.type === "flow-map-end" || t.type === "flow-seq-end" || t.type === "flow-error-end",
      );
      return close ? close.offset + close.source.length : token.offset + token.start.source.length;
    }
    case "document":
      return token.value ? contentEnd(token.value) : token.offset;
    default:
      return token.offset + ("source" in token ? token.source.length : 0);
  }
}

export function itemContentEnd(item: CST.CollectionItem): number | null {
  if (item.value) return contentEnd(item.value);
  const sep = item.sep?.filter((t) => t.type === "map-value-ind");
  const colon = sep?.[sep.length - 1];
  if (colon) return colon.offset + colon.source.length;
  if (item.key) return contentEnd(item.key);
  const dash = item.start.find((t) => t.type === "seq-item-ind");
  return dash ? dash.offset + dash.source.length : null;
}

/** End of the header line's own tokens (header, space, comment), before its line break. */
function headerEnd(token: CST.BlockScalar): number {
  let end = token.offset;
  for (const prop of token.props) {
    if (prop.type === "newline") break;
    end = prop.offset + ("source" in prop ? prop.source.length : 0);
  }
  return end;
}

/**
 * The block scalar's body lines that hold text: from after the header line to the end of the last
 * non-blank line. Trailing blank lines stay out, so replacing the body keeps them.
 */
export function blockBody(token: CST.BlockScalar): { start: number; end: number } {
  const final = token.props[token.props.length - 1];
  const start = final?.type === "newline" ? final.offset + final.source.length : headerEnd(token);
  const source = token.source;
  let last = source.length - 1;
  while (last >= 0 && /\s/.test(source[last] as string)) last--;
  if (last < 0) return { start, end: start };
  const lineBreak = source.indexOf("\n", last);
  return { start, end: start + (lineBreak === -1 ? source.length : lineBreak + 1) };
}

/** The first key in a block map, for its column. */
export function firstKeyOffset(map: MapToken): number | undefined {
  for (const item of map.items) if (item.key) return item.key.offset;
  return undefined;
}

export function seqDash(item: CST.CollectionItem): CST.SourceToken | undefined {
  return item.start.find((t) => t.type === "seq-item-ind");
}
