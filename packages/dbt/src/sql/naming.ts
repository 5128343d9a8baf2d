// How each warehouse names a select-list expression written without an alias.

import { type Expr, variantOf } from "./ast.js";
import type { SqlDialect } from "./dialect.js";

export type ExprName =
  | { name: string }
  /** The warehouse makes up a name nobody would document (`COUNT(*)`, `f0_`, `?column?`). */
  | { unnamed: string };

/**
 * Every warehouse names a bare column reference after the column. Beyond that only Postgres and
 * Redshift derive a plain word (`count(*)` → `count`, `x::int` → `x`, `case …` → `case`), and
 * Spark keeps a column's name through a cast; otherwise they use the expression's text
 * (Snowflake `COUNT(*)`, DuckDB `count_star()`, Spark `count(1)`) or a position (BigQuery
 * `f0_`), which we report as unnamed.
 */
export function nameOfExpr(expr: Expr, dialect: SqlDialect): ExprName {
  const name =
    columnName(expr) ??
    (postgresLike(dialect) ? postgresName(expr) : undefined) ??
    (sparkLike(dialect) ? sparkName(expr) : undefined);
  return name === undefined ? { unnamed: describe(expr, dialect) } : { name };
}

function sparkLike(dialect: SqlDialect): boolean {
  return dialect === "spark" || dialect === "databricks";
}

/** Spark's analyzer keeps a column's name through a cast (`cast(id as string)` → `id`). */
function sparkName(expr: Expr): string | undefined {
  return expr.Cast ? columnName(expr.Cast.expr) : undefined;
}

function postgresLike(dialect: SqlDialect): boolean {
  return dialect === "postgres" || dialect === "redshift";
}

function columnName(expr: Expr): string | undefined {
  if (expr.Identifier) return expr.Identifier.value;
  if (expr.CompoundIdentifier) return expr.CompoundIdentifier.at(-1)?.value;
  if (expr.Nested) return columnName(expr.Nested);
  return undefined;
}

/** Postgres's FigureColname, for the expressions dbt models write. */
function postgresName(expr: Expr): string | undefined {
  if (expr.Nested) return postgresName(expr.Nested) ?? columnName(expr.Nested);
  if (expr.Cast) return columnName(expr.Cast.expr) ?? postgresName(expr.Cast.expr);
  if (expr.Function) {
    const last = expr.Function.name.at(-1)?.Identifier;
    if (!last) return undefined;
    return last.quote_style ? last.value : last.value.toLowerCase();
  }
  if (expr.Subquery) {
    const first = expr.Subquery.body.Select?.projection[0];
    if (first?.ExprWithAlias) return first.ExprWithAlias.alias.value;
    if (first?.UnnamedExpr) return columnName(first.UnnamedExpr) ?? postgresName(first.UnnamedExpr);
    return undefined;
  }
  if (expr.CompoundFieldAccess) {
    const last = expr.CompoundFieldAccess.access_chain.at(-1)?.Dot;
    return last ? columnName(last) : undefined;
  }
  return POSTGRES_KEYWORD_NAMES[variantOf(expr)];
}

/** Expressions sqlparser gives their own variant, named by Postgres after the keyword. */
const POSTGRES_KEYWORD_NAMES: Record<string, string> = {
  Case: "case",
  Exists: "exists",
  Extract: "extract",
  Substring: "substring",
  Trim: "btrim",
  Position: "position",
  Ceil: "ceil",
  Floor: "floor",
  Overlay: "overlay",
  Array: "array",
};

function describe(expr: Expr, dialect: SqlDialect): string {
  const what = variantOf(expr);
  const fn = expr.Function?.name.at(-1)?.Identifier?.value;
  const shown = fn ? `${fn}(…)` : what === "Cast" ? "a cast" : `a ${what} expression`;
  return `${shown} has no alias, and ${dialect === "generic" ? "the warehouse" : dialect} names such a column after its text or position`;
}
