// Column lineage: which columns of the relations a query reads feed each of its output columns,
// through CTEs, derived tables, joins, `select *` and set operations (`resolver.ts`).

import { parseNote } from "./columns.js";
import { loadSqlParser, parseSql } from "./parser.js";
import {
  type ColumnSource,
  finalQuery,
  type NamedItem,
  outputColumns,
  Resolver,
  type ResolverOptions,
} from "./resolver.js";

export type { ColumnSource } from "./resolver.js";

/** `InferOptions`, and the CTEs to stop at (dbt's inlined ephemeral models). */
export type LineageOptions = ResolverOptions;

export interface ColumnLineage {
  /** Output column (lower-cased name as in InferredColumns) → the base-relation columns it reads, deduplicated, in first-seen order. */
  columns: Map<string, ColumnSource[]>;
  /** false when the column list is partial (as `inferColumns` says) or a column reference could not be traced. */
  complete: boolean;
  /** Why it is partial, one line each. */
  notes: string[];
}

/**
 * The columns of base relations (anything that is not a CTE) each output column of `sql`
 * reads: column references of its expression (not those inside scalar subqueries, `exists` or
 * `in (select …)`, which filter rather than feed), traced to where they come from. `direct` tells
 * a column passed through (renamed, cast, trimmed, coalesced with a literal) from one computed.
 * Never throws: SQL it cannot read gives `complete: false` and a note.
 */
export async function columnLineage(sql: string, options: LineageOptions): Promise<ColumnLineage> {
  try {
    await loadSqlParser();
  } catch (error) {
    return partial(`the SQL parser could not be loaded: ${messageOf(error)}`);
  }
  const columns = new Map<string, ColumnSource[]>();
  const notes = new Set<string>();
  try {
    const parsed = parseSql(sql, options.dialect);
    for (const text of parsed.notes) notes.add(text);
    if (!parsed.ok) return partial(...notes, parseNote(parsed.error));
    const query = finalQuery(parsed.statements);
    if (!query) return partial("the SQL has no select statement");
    let complete = parsed.notes.length === 0;
    const note = (text: string) => {
      complete = false;
      notes.add(text);
    };
    const resolver = new Resolver(options, note);
    for (const output of outputColumns(resolver.columns(query))) {
      if ("name" in output) columns.set(output.name.toLowerCase(), traced(output.item, note));
      else {
        notes.add(output.note);
        if (output.partial) complete = false;
      }
    }
    return { columns, complete, notes: [...notes] };
  } catch (error) {
    // A shape of AST this code does not expect: keep what was traced, and say so.
    notes.add(`the lineage could not be read in full: ${messageOf(error)}`);
    return { columns, complete: false, notes: [...notes] };
  }
}

/** One column's lineage; an AST this code does not expect costs that column, not the others. */
function traced(item: NamedItem, note: (text: string) => void): ColumnSource[] {
  try {
    return item.lineage?.() ?? [];
  } catch (error) {
    note(`the lineage could not be read in full: ${messageOf(error)}`);
    return [];
  }
}

function partial(...notes: string[]): ColumnLineage {
  return { columns: new Map(), complete: false, notes };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
