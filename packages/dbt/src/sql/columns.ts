// A model's output columns from its SQL's final select list: CTEs and `select *` are resolved
// (by `resolver.ts`) against the caller's knowledge of the relations the SQL reads (manifest, catalog).

import { JINJA_PLACEHOLDER } from "./jinja.js";
import { loadSqlParser, parseSql } from "./parser.js";
import { finalQuery, type InferOptions, outputColumns, Resolver } from "./resolver.js";

export type { InferOptions } from "./resolver.js";

export interface InferredColumns {
  /** Output column names in select-list order, as the warehouse would name them (unquoted; case as written). */
  columns: string[];
  /** false when part of the list could not be resolved (a `*` from an unknown relation, an unparsable statement): the list is partial. */
  complete: boolean;
  /** Why it is partial, one line each (for the plan: "select * from an unknown relation raw.events"). */
  notes: string[];
}

/**
 * The output columns of `sql` (compiled SQL, or raw SQL passed through `stripJinja`). Never
 * throws: SQL it cannot read gives `complete: false` and a note. Loads the SQL parser on first use.
 */
export async function inferColumns(sql: string, options: InferOptions): Promise<InferredColumns> {
  try {
    await loadSqlParser();
  } catch (error) {
    return partial(`the SQL parser could not be loaded: ${messageOf(error)}`);
  }
  try {
    return infer(sql, options);
  } catch (error) {
    // A shape of AST this code does not expect: report it rather than fail the run.
    return partial(`the select list could not be read: ${messageOf(error)}`);
  }
}

function infer(sql: string, options: InferOptions): InferredColumns {
  const parsed = parseSql(sql, options.dialect);
  if (!parsed.ok) {
    return { columns: [], complete: false, notes: [...parsed.notes, parseNote(parsed.error)] };
  }
  const query = finalQuery(parsed.statements);
  if (!query) return partial("the SQL has no select statement");

  const columns: string[] = [];
  const notes = new Set(parsed.notes);
  let complete = parsed.notes.length === 0;
  for (const output of outputColumns(new Resolver(options).columns(query))) {
    if ("name" in output) columns.push(output.name);
    else {
      notes.add(output.note);
      if (output.partial) complete = false;
    }
  }
  return { columns, complete, notes: [...notes] };
}

function partial(note: string): InferredColumns {
  return { columns: [], complete: false, notes: [note] };
}

/** A parse error as a note for the plan. */
export function parseNote(error: string): string {
  const first = error.split("\n")[0] ?? error;
  if (first.includes(JINJA_PLACEHOLDER)) {
    return `the SQL could not be read around a Jinja expression only dbt can render (${first.replace(/^sql parser error: /, "")})`;
  }
  return `the SQL could not be parsed: ${first.replace(/^sql parser error: /, "")}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
