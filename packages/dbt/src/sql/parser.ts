// sqlparser-rs (WASM), loaded once per process on first use.

import { init, parse } from "@guanmingchiu/sqlparser-ts";
import type { Statement } from "./ast.js";
import { PARSER_DIALECTS, type SqlDialect } from "./dialect.js";
import { JINJA_PLACEHOLDER, JINJA_QUERY } from "./jinja.js";

// The WASM module takes ~100 ms to compile; `init` is itself idempotent, but holding the promise
// here lets every caller await the same load without re-entering the package.
let loading: Promise<void> | undefined;

/** Loads the parser; later calls return the same promise. */
export function loadSqlParser(): Promise<void> {
  loading ??= init().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export type ParseResult =
  | { ok: true; statements: Statement[]; notes: string[] }
  | { ok: false; error: string; notes: string[] };

/** Placeholders a parse may step over before giving up. */
const MAX_REPAIRS = 50;

/**
 * Parses SQL, stepping over what `stripJinja` could not render: where the parser stops at a
 * placeholder that stands for a whole query (`{{ union_relations(...) }}`) it reads
 * `select * from <unknown query>`; where it stops at one anywhere else (a macro that renders a
 * clause, `partition by a {{ extra_partitions() }}`) the placeholder is dropped, with a note.
 */
export function parseSql(sql: string, dialect: SqlDialect): ParseResult {
  const notes: string[] = [];
  let text = sql;
  for (let repairs = 0; ; repairs++) {
    const parsed = parseOnce(text, dialect);
    if (parsed.ok) return { ok: true, statements: parsed.statements, notes };
    const at = repairs < MAX_REPAIRS ? placeholderAt(text, parsed.error) : undefined;
    if (at === undefined) return { ok: false, error: parsed.error, notes };
    const { line, column } = position(text, at);
    if (/an SQL statement|SELECT, VALUES, or a subquery/.test(parsed.error)) {
      text = `${text.slice(0, at)}select * from ${JINJA_QUERY}${text.slice(at + JINJA_PLACEHOLDER.length)}`;
    } else {
      text = `${text.slice(0, at)}${" ".repeat(JINJA_PLACEHOLDER.length)}${text.slice(at + JINJA_PLACEHOLDER.length)}`;
      // Inside `over (…)` it can only have been a partition or an order: no column of its own.
      if (!insideWindow(text, at))
        notes.push(
          `a Jinja expression at line ${line}, column ${column} was left out to read the SQL; it may add columns`,
        );
    }
  }
}

/**
 * Parses with the dialect's parser, then with the generic one: the generic parser accepts some
 * syntax a dialect's parser rejects, and output names do not depend on which parser read them.
 */
function parseOnce(
  sql: string,
  dialect: SqlDialect,
): { ok: true; statements: Statement[] } | { ok: false; error: string } {
  const tried = [PARSER_DIALECTS[dialect], ...(dialect === "generic" ? [] : ["generic" as const])];
  let first: string | undefined;
  for (const name of tried) {
    try {
      return { ok: true, statements: parse(sql, name) as unknown as Statement[] };
    } catch (error) {
      first ??= error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, error: first ?? "unknown parse error" };
}

/** The offset of the placeholder a parse error points at, if it points at one. */
function placeholderAt(sql: string, error: string): number | undefined {
  const match = new RegExp(`found: ${JINJA_PLACEHOLDER} at Line: (\\d+), Column: (\\d+)`).exec(
    error,
  );
  if (!match) return undefined;
  const lines = sql.split("\n");
  const line = Number(match[1]) - 1;
  const lineStart = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  const lineText = lines[line] ?? "";
  // Columns count characters; take the placeholder on that line nearest to the reported one.
  let best: number | undefined;
  for (
    let i = lineText.indexOf(JINJA_PLACEHOLDER);
    i !== -1;
    i = lineText.indexOf(JINJA_PLACEHOLDER, i + 1)
  ) {
    if (
      best === undefined ||
      Math.abs(i + 1 - Number(match[2])) < Math.abs(best + 1 - Number(match[2]))
    )
      best = i;
  }
  return best === undefined ? undefined : lineStart + best;
}

/** Whether the innermost parenthesis open at `offset` is a window's `over (`. */
function insideWindow(sql: string, offset: number): boolean {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    if (sql[i] === ")") depth++;
    else if (sql[i] === "(") {
      if (depth === 0) return /\bover\s*$/i.test(sql.slice(Math.max(0, i - 20), i));
      depth--;
    }
  }
  return false;
}

function position(sql: string, offset: number): { line: number; column: number } {
  const before = sql.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
