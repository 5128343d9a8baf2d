// The columns a select-list expression reads, as written (not yet resolved against the FROM
// clause), and whether the expression is just one of them.

import type { Expr, FunctionCall } from "./ast.js";

export interface ColumnReference {
  /** `[col]`, `[t, col]`, `[t, col, field]`, `[schema, t, col]`: which is which depends on the FROM clause. */
  parts: string[];
  /** The expression reads into the value (`payload:id`, `arr[0]`), so it is not the column itself. */
  path: boolean;
}

export interface ExprReferences {
  references: ColumnReference[];
  /** The expression is its one column, maybe cast, trimmed, cased or coalesced with literals. */
  direct: boolean;
}

/**
 * The column references of `expr`. Function names, data types and lambda parameters are not
 * columns; the inside of a scalar subquery, `exists (…)` or `in (select …)` is another query
 * whose columns do not become the output, so it is skipped.
 */
export function referencesOf(expr: Expr): ExprReferences {
  const single = directColumn(expr);
  if (single) return { references: [single], direct: true };
  const references: ColumnReference[] = [];
  walk(expr, references, new Set());
  return { references, direct: false };
}

/** Every column reference anywhere in `value` (an AST node), as `referencesOf` finds them. */
export function referencesIn(value: unknown): ColumnReference[] {
  const references: ColumnReference[] = [];
  walk(value, references, new Set());
  return references;
}

/** Functions that return their first argument's value unchanged in meaning. */
const PASS_THROUGH = new Set([
  "coalesce",
  "ifnull",
  "nvl",
  "trim",
  "ltrim",
  "rtrim",
  "btrim",
  "lower",
  "upper",
  "lcase",
  "ucase",
]);

function directColumn(expr: Expr): ColumnReference | undefined {
  if (expr.Identifier) return { parts: [expr.Identifier.value], path: false };
  if (expr.CompoundIdentifier) {
    return { parts: expr.CompoundIdentifier.map((ident) => ident.value), path: false };
  }
  if (expr.Nested) return directColumn(expr.Nested);
  if (expr.Cast) return directColumn(expr.Cast.expr);
  if (expr.Trim) {
    const { trim_what, trim_characters } = expr.Trim;
    const literals = [...(trim_what ? [trim_what] : []), ...(trim_characters ?? [])];
    return literals.every(isLiteral) ? directColumn(expr.Trim.expr) : undefined;
  }
  if (expr.Function) {
    const call = expr.Function;
    if (!PASS_THROUGH.has(functionName(call)) || call.over || call.filter) return undefined;
    const args = unnamedArgs(call);
    const [first, ...rest] = args ?? [];
    if (!first || !rest.every(isLiteral)) return undefined;
    return directColumn(first);
  }
  return undefined;
}

function isLiteral(expr: Expr): boolean {
  if (expr.Value !== undefined || expr.TypedString !== undefined) return true;
  if (expr.Nested) return isLiteral(expr.Nested);
  if (expr.Cast) return isLiteral(expr.Cast.expr);
  if (expr.UnaryOp) return isLiteral(expr.UnaryOp.expr);
  return false;
}

/** The arguments of a call when all are plain expressions; undefined for named or `*` arguments. */
function unnamedArgs(call: FunctionCall): Expr[] | undefined {
  if (typeof call.args !== "object") return [];
  const exprs: Expr[] = [];
  for (const arg of call.args.List?.args ?? []) {
    const expr = arg.Unnamed?.Expr;
    if (!expr) return undefined;
    exprs.push(expr);
  }
  return exprs;
}

function functionName(call: FunctionCall): string {
  return (call.name.at(-1)?.Identifier?.value ?? "").toLowerCase();
}

/** Keys whose values hold no column of this query: names, types, other queries. */
const SKIPPED_KEYS = new Set([
  "span",
  "name",
  "data_type",
  "field_type",
  "collation",
  "charset",
  "QualifiedWildcard",
  "Subquery",
  "subquery",
  "Exists",
]);

function walk(value: unknown, out: ColumnReference[], bound: ReadonlySet<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, out, bound);
    return;
  }
  if (!value || typeof value !== "object") return;
  const expr = value as Expr;
  if (expr.Identifier && typeof expr.Identifier.value === "string") {
    if (!bound.has(expr.Identifier.value.toLowerCase())) {
      out.push({ parts: [expr.Identifier.value], path: false });
    }
    return;
  }
  if (Array.isArray(expr.CompoundIdentifier)) {
    const parts = expr.CompoundIdentifier.map((ident) => ident.value);
    if (!bound.has((parts[0] ?? "").toLowerCase())) out.push({ parts, path: false });
    return;
  }
  if (expr.CompoundFieldAccess) {
    const reference = fieldAccess(expr.CompoundFieldAccess);
    if (reference && !bound.has((reference.parts[0] ?? "").toLowerCase())) out.push(reference);
    else if (!reference) walk(expr.CompoundFieldAccess.root, out, bound);
    return;
  }
  if (expr.JsonAccess) {
    // The path's keys are names inside the value, not columns.
    const inner: ColumnReference[] = [];
    walk(expr.JsonAccess.value, inner, bound);
    for (const reference of inner) out.push({ ...reference, path: true });
    return;
  }
  if (expr.Lambda) {
    const params = new Set(bound);
    collectNames(expr.Lambda.params, params);
    walk(expr.Lambda.body, out, params);
    return;
  }
  if (expr.Function) {
    walkCall(expr.Function, out, bound);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (!SKIPPED_KEYS.has(key)) walk(child, out, bound);
  }
}

/** Snowflake and others take the date part as a bare word: `datediff(day, a, b)`, `date_trunc(month, d)`. */
const DATE_FUNCTIONS = new Set([
  "datediff",
  "date_diff",
  "dateadd",
  "date_add",
  "date_sub",
  "timediff",
  "time_diff",
  "timeadd",
  "time_add",
  "time_sub",
  "timestampdiff",
  "timestamp_diff",
  "timestampadd",
  "timestamp_add",
  "timestamp_sub",
  "datetime_diff",
  "datetime_add",
  "datetime_sub",
  "date_trunc",
  "datetime_trunc",
  "timestamp_trunc",
  "time_trunc",
  "date_part",
  "datepart",
  "last_day",
  "time_slice",
]);

const DATE_PARTS = new Set(
  (
    "year years yr yrs y yy yyy yyyy quarter quarters qtr qtrs q month months mon mons mm week " +
    "weeks wk wks w isoweek weekiso week_iso day days dd d dayofmonth dayofweek dow weekday " +
    "dayofweekiso dayofyear doy yearofweek yearofweekiso hour hours hh h hr hrs minute minutes mi " +
    "min mins m second seconds ss s sec secs millisecond milliseconds ms msec microsecond " +
    "microseconds us usec nanosecond nanoseconds ns nsec epoch epoch_second epoch_millisecond " +
    "date datetime time"
  ).split(" "),
);

function walkCall(call: FunctionCall, out: ColumnReference[], bound: ReadonlySet<string>): void {
  const isDate = DATE_FUNCTIONS.has(functionName(call));
  const args = typeof call.args === "object" ? (call.args.List?.args ?? []) : [];
  for (const arg of args) {
    const expr = arg.Unnamed?.Expr;
    const word = expr?.Identifier;
    if (isDate && word && !word.quote_style && DATE_PARTS.has(word.value.toLowerCase())) continue;
    walk(arg.Unnamed ?? arg.Named?.arg, out, bound);
  }
  // `within group (order by …)`, `filter (where …)`, `over (partition by … order by …)`.
  for (const [key, child] of Object.entries(call)) {
    if (key !== "name" && key !== "args") walk(child, out, bound);
  }
}

/** `t.col.field`, `(col).field`, `t.col[0]` as a reference to `t.col` that reads into it. */
function fieldAccess(
  access: NonNullable<Expr["CompoundFieldAccess"]>,
): ColumnReference | undefined {
  const root = access.root;
  const parts = root.Identifier
    ? [root.Identifier.value]
    : root.CompoundIdentifier?.map((ident) => ident.value);
  if (!parts) return undefined;
  const chain = access.access_chain;
  let at = 0;
  for (; at < chain.length; at++) {
    const field = chain[at]?.Dot?.Identifier;
    if (!field) break;
    parts.push(field.value);
  }
  // Which parts are qualifiers and which fields is decided against the FROM clause; a subscript
  // left over means the expression reads into the column.
  return { parts, path: at < chain.length };
}

/** Lambda parameters: `x -> …`, `(x, y) -> …`. */
function collectNames(params: unknown, into: Set<string>): void {
  if (Array.isArray(params)) {
    for (const param of params) collectNames(param, into);
    return;
  }
  if (!params || typeof params !== "object") return;
  const record = params as Record<string, unknown>;
  if (typeof record.value === "string") {
    into.add(record.value.toLowerCase());
    return;
  }
  for (const child of Object.values(record)) collectNames(child, into);
}
