// What a documentation prompt is told about one node, each part cut to its budget with a note
// rather than sent whole: the node, its columns (those to write marked), the upstream columns
// that feed them, its SQL, the team's nearby descriptions. Pure over the project model.
import { dirname } from "node:path";
import { DEFAULT_PLACEHOLDERS, descriptionState, readableDescription } from "../descriptions.js";
import type { DbtColumn, DbtNode, DbtProject } from "../project.js";
import { findColumn } from "../project.js";
import type { SqlDialect } from "../sql/index.js";
import { redactLiterals } from "../sql/redact.js";

/** Budgets of the parts of a prompt, in characters (about four per token). */
export const CONTEXT_BUDGETS = {
  /** The column list: every column asked for is always listed; documented ones fill the rest. */
  columns: 6_000,
  /** One documented column's description, as shown in the list. */
  columnDescription: 160,
  /** The upstream descriptions, all together. */
  upstream: 3_000,
  /** One upstream description. */
  upstreamDescription: 240,
  /** The node's own description, when it has one. */
  nodeDescription: 1_000,
  /** The style guide. */
  styleGuide: 8_000,
  /** One example description. */
  example: 240,
} as const;

export interface ColumnVariable {
  name: string;
  data_type: string;
  description: string;
  missing: boolean;
}

export interface UpstreamVariable {
  /** The column asked for. */
  column: string;
  /** `stg_orders.order_id`; a source as `source_name.table.column`. */
  source: string;
  description: string;
  direct: boolean;
}

export interface ExampleVariable {
  subject: string;
  description: string;
}

/** A column of an upstream node that feeds a column of this node. */
export interface FeedingColumn {
  uniqueId: string;
  column: string;
  direct: boolean;
}

/** Cuts `text` to `max` characters at a word boundary, marking the cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** True when a column (or node) has a description a reader can use as context. */
function usable(text: string, placeholders: readonly string[]): boolean {
  const state = descriptionState(text, placeholders);
  return state === "written" || state === "jinja";
}

/**
 * The column list: every column asked for (marked), then the documented ones, with their
 * descriptions while the budget lasts. Returns how many documented columns were left out.
 */
export function columnsVariable(
  project: DbtProject,
  node: DbtNode,
  asked: ReadonlySet<string>,
  placeholders: readonly string[],
): { columns: ColumnVariable[]; omitted: number } {
  const rows = node.columns.map((column): ColumnVariable => {
    const missing = asked.has(column.name.toLowerCase());
    const description =
      !missing && usable(column.description, placeholders)
        ? cut(
            readableDescription(project, node, column.description),
            CONTEXT_BUDGETS.columnDescription,
          )
        : "";
    return { name: column.name, data_type: shortType(column.dataType), description, missing };
  });
  const size = (row: ColumnVariable) =>
    row.name.length + row.data_type.length + row.description.length + 6;
  let total = rows.filter((r) => r.missing).reduce((sum, r) => sum + size(r), 0);
  const kept: ColumnVariable[] = [];
  let omitted = 0;
  for (const row of rows) {
    if (row.missing) {
      kept.push(row);
      continue;
    }
    if (total + size(row) <= CONTEXT_BUDGETS.columns) {
      kept.push(row);
      total += size(row);
    } else if (total + row.name.length + row.data_type.length + 4 <= CONTEXT_BUDGETS.columns) {
      // Past the budget a documented column keeps its name, not its description.
      kept.push({ ...row, description: "" });
      total += row.name.length + row.data_type.length + 4;
    } else {
      omitted++;
    }
  }
  return { columns: kept, omitted };
}

/**
 * A data type as a reader needs it: the warehouse's maximal defaults dropped
 * (`VARCHAR(16777216)` → `VARCHAR`, `NUMBER(38,0)` → `NUMBER`), anything informative kept.
 */
export function shortType(dataType: string | undefined): string {
  if (!dataType) return "";
  return dataType
    .trim()
    .replace(
      /^((?:character )?varying|varchar|text|string|char(?:acter)?)\s*\(\s*(?:16777216|65535|max)\s*\)$/i,
      "$1",
    )
    .replace(/^(number|numeric|decimal)\s*\(\s*38\s*,\s*0\s*\)$/i, "$1");
}

/** How an upstream node is named in a prompt: `stg_orders`, a source as `raw.orders`. */
export function nodeLabel(node: DbtNode): string {
  return node.resourceType === "source" ? `${node.sourceName}.${node.name}` : node.name;
}

/**
 * The documented upstream columns feeding each column asked for: from the SQL's lineage, and
 * by name from the direct parents. An undocumented feeding column is followed further up (a
 * few hops), so a rename through an undocumented staging model still finds its description.
 */
export function upstreamVariable(
  project: DbtProject,
  node: DbtNode,
  asked: readonly string[],
  feeding: (node: DbtNode) => ReadonlyMap<string, readonly FeedingColumn[]> | undefined,
  placeholders: readonly string[],
): UpstreamVariable[] {
  const out: UpstreamVariable[] = [];
  let total = 0;
  const seen = new Set<string>();
  for (const name of asked) {
    const lower = name.toLowerCase();
    const found: Array<{ from: DbtNode; column: DbtColumn; direct: boolean }> = [];
    const visit = (
      at: DbtNode,
      column: string,
      direct: boolean,
      hops: number,
      trail: Set<string>,
    ) => {
      for (const source of feeding(at)?.get(column.toLowerCase()) ?? []) {
        const upstream = project.nodes.get(source.uniqueId);
        if (!upstream || trail.has(`${source.uniqueId}.${source.column.toLowerCase()}`)) continue;
        const upstreamColumn = findColumn(upstream, source.column);
        const through = direct && source.direct;
        if (upstreamColumn && usable(upstreamColumn.description, placeholders)) {
          found.push({ from: upstream, column: upstreamColumn, direct: through });
        } else if (hops < 3) {
          trail.add(`${source.uniqueId}.${source.column.toLowerCase()}`);
          visit(upstream, source.column, through, hops + 1, trail);
        }
      }
    };
    visit(node, name, true, 1, new Set());
    if (found.length === 0) {
      // By name, from the direct parents: what the SQL could not trace (a macro, `select *`).
      for (const parentId of project.parents.get(node.uniqueId) ?? []) {
        const parent = project.nodes.get(parentId);
        const column = parent && findColumn(parent, name);
        if (parent && column && usable(column.description, placeholders)) {
          found.push({ from: parent, column, direct: true });
        }
      }
    }
    for (const { from, column, direct } of found) {
      const key = `${lower}|${from.uniqueId}|${column.name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: UpstreamVariable = {
        column: name,
        source: `${nodeLabel(from)}.${column.name}`,
        description: cut(
          readableDescription(project, from, column.description),
          CONTEXT_BUDGETS.upstreamDescription,
        ),
        direct,
      };
      const size = entry.column.length + entry.source.length + entry.description.length + 8;
      if (total + size > CONTEXT_BUDGETS.upstream) return out;
      total += size;
      out.push(entry);
    }
  }
  return out;
}

export interface SqlVariable {
  sql: string;
  note: string;
}

/** The SQL budget when the user set none: enough for the columns asked, never more than 8,000. */
export function defaultSqlBudget(askedColumns: number, describeNode: boolean): number {
  return Math.min(8_000, 1_500 + 350 * askedColumns + (describeNode ? 1_000 : 0));
}

/**
 * The SQL a prompt carries: compiled when the manifest has it (raw otherwise), indentation and
 * blank lines dropped, literals redacted when asked. Over `maxChars`, first an excerpt: the
 * lines that name the columns asked for (or the upstream columns feeding them) and the lines
 * that give the query its shape (CTE heads, select, from, join, where, group by); then, if still
 * over, the head and the tail. A note says what was cut.
 */
export function sqlVariable(
  node: DbtNode,
  options: { maxChars: number; redact: boolean; dialect: SqlDialect; focus?: readonly string[] },
): SqlVariable {
  const source = node.compiledSql ?? node.rawSql;
  if (source === undefined || source.trim() === "") return { sql: "", note: "" };
  let sql = source
    .replace(/\r\n?/g, "\n")
    .split("\n")
    // Indentation is a third of compiled SQL's characters and tells a model little.
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
  const notes: string[] = [];
  if (node.compiledSql === undefined) notes.push("raw SQL: the manifest has no compiled SQL");
  if (options.redact) {
    const redacted = redactLiterals(sql, { dialect: options.dialect });
    sql = redacted.sql;
    if (redacted.strings + redacted.numbers > 0) notes.push("literals replaced with placeholders");
  }
  const whole = sql.length;
  if (sql.length > options.maxChars && options.focus && options.focus.length > 0) {
    sql = excerpt(sql, options.focus);
  }
  if (sql.length > options.maxChars) sql = headAndTail(sql, options.maxChars);
  if (sql.length < whole) {
    notes.push(
      `excerpt: ${whole - sql.length} of ${whole} characters left out where marked "-- …"`,
    );
  }
  return { sql, note: notes.join("; ") };
}

// What gives an excerpt its shape: CTE heads and the relations read (FROM/JOIN, with the next
// line when the keyword stands alone, as formatters write it).
const CTE_HEAD = /^(?:with\s+)?(?:recursive\s+)?\)?\s*,?\s*[\w"`]+\s+as\s*\($/i;
const RELATION_LINE = /^(?:from|(?:(?:left|right|full|inner|cross|outer|lateral)\s+)*join)\b/i;
const BARE_KEYWORD = /^(?:from|(?:(?:left|right|full|inner|cross|outer|lateral)\s+)*join)$/i;

/** The lines of `sql` that name a focus column or give the query its shape; runs of others become `-- …`. */
function excerpt(sql: string, focus: readonly string[]): string {
  const lines = sql.split("\n");
  const names = [...new Set(focus.map((name) => name.toLowerCase()))];
  const named = (line: string) => {
    const lower = line.toLowerCase();
    return names.some((name) => {
      let at = lower.indexOf(name);
      while (at !== -1) {
        const before = lower[at - 1];
        const after = lower[at + name.length];
        if (!isWordChar(before) && !isWordChar(after)) return true;
        at = lower.indexOf(name, at + 1);
      }
      return false;
    });
  };
  const keep = lines.map(
    (line, index) =>
      index === 0 ||
      index >= lines.length - 2 ||
      CTE_HEAD.test(line) ||
      RELATION_LINE.test(line) ||
      named(line),
  );
  lines.forEach((line, index) => {
    if (BARE_KEYWORD.test(line) && index + 1 < lines.length) keep[index + 1] = true;
  });
  const out: string[] = [];
  let skipped = false;
  lines.forEach((line, index) => {
    if (keep[index]) {
      if (skipped) out.push("-- …");
      skipped = false;
      out.push(line);
    } else {
      skipped = true;
    }
  });
  return out.join("\n");
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w$]/.test(ch);
}

/** The head and the tail of `sql` (the imports and the final select say the most). */
function headAndTail(sql: string, maxChars: number): string {
  const headLength = Math.floor(maxChars * 0.6);
  const tailLength = maxChars - headLength;
  const headEnd = sql.lastIndexOf("\n", headLength);
  const tailStart = sql.indexOf("\n", sql.length - tailLength);
  const head = sql.slice(0, headEnd > 0 ? headEnd : headLength);
  const tail = sql.slice(tailStart > 0 ? tailStart + 1 : sql.length - tailLength);
  // An excerpt's own marker at either edge of the cut is not repeated.
  const joined = `${head.replace(/\n-- …$/, "")}\n-- …\n${tail.replace(/^-- …\n/, "")}`;
  return joined;
}

/**
 * Up to `count` human-written descriptions from the nodes nearest `node` (same folder, then the
 * folder above, then a shared tag), so the answer sounds like the team. Deterministic.
 */
export function examplesVariable(
  project: DbtProject,
  node: DbtNode,
  count: number,
  placeholders: readonly string[] = DEFAULT_PLACEHOLDERS,
): ExampleVariable[] {
  if (count <= 0) return [];
  const folder = dirname(node.originalFilePath);
  const parentFolder = dirname(folder);
  const tags = new Set(node.tags);
  const distance = (other: DbtNode): number | undefined => {
    const otherFolder = dirname(other.originalFilePath);
    if (otherFolder === folder) return 0;
    if (dirname(otherFolder) === parentFolder || otherFolder === parentFolder) return 1;
    if (other.tags.some((tag) => tags.has(tag))) return 2;
    return undefined;
  };
  const candidates: Array<{ distance: number; node: DbtNode }> = [];
  for (const other of project.nodes.values()) {
    if (other === node || other.packageName !== node.packageName) continue;
    const d = distance(other);
    if (d !== undefined) candidates.push({ distance: d, node: other });
  }
  candidates.sort(
    (a, b) => a.distance - b.distance || a.node.uniqueId.localeCompare(b.node.uniqueId),
  );
  const out: ExampleVariable[] = [];
  const texts = new Set<string>();
  const take = (subject: string, text: string) => {
    // Only what a person plainly wrote: no Jinja, no placeholder, not a one-word stub.
    if (descriptionState(text, placeholders) !== "written" || text.trim().split(/\s+/).length < 3)
      return;
    const description = cut(text.trim().replace(/\s+/g, " "), CONTEXT_BUDGETS.example);
    if (texts.has(description)) return;
    texts.add(description);
    out.push({ subject, description });
  };
  // One model description first, then columns, nearest first.
  for (const { node: other } of candidates) {
    take(nodeLabel(other), other.description);
    if (out.length > 0) break;
  }
  for (const { node: other } of candidates) {
    for (const column of other.columns) {
      if (out.length >= count) return out;
      take(`${nodeLabel(other)}.${column.name}`, column.description);
    }
  }
  return out.slice(0, count);
}
