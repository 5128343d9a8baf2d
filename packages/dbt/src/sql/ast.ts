// The parts of sqlparser-rs 0.62's AST that column inference and lineage read, as its WASM build serialises
// them (serde, snake_case). The package's own .d.ts describes an older camelCase shape, so these
// types are ours, checked against `parse()` output; any other variant falls through to a note.

export interface Ident {
  value: string;
  quote_style?: string | null;
}

/** `ObjectName` serialises as its parts; a part is an identifier (or, rarely, a function call). */
export interface ObjectNamePart {
  Identifier?: Ident;
}
export type ObjectName = ObjectNamePart[];

export interface TableAliasColumn {
  name: Ident;
}

export interface TableAlias {
  name: Ident;
  columns: TableAliasColumn[];
}

// Rust enums serialise as `{ Variant: value }` (or `"Variant"` for a unit variant), so each enum
// is typed as one interface whose keys are the variants read here, all optional: exactly one is
// present at run time, and a variant not listed shows up only through `variantOf`.

export interface Query {
  with?: { recursive: boolean; cte_tables: Cte[] } | null;
  body: SetExpr;
}

export interface Cte {
  alias: TableAlias;
  query: Query;
}

export interface SetExpr {
  Select?: Select;
  Query?: Query;
  SetOperation?: { op: string; set_quantifier: string; left: SetExpr; right: SetExpr };
  Values?: unknown;
}

export interface Select {
  projection: SelectItem[];
  from: TableWithJoins[];
}

export interface SelectItem {
  UnnamedExpr?: Expr;
  ExprWithAlias?: { expr: Expr; alias: Ident };
  QualifiedWildcard?: [{ ObjectName?: ObjectName; Expr?: Expr }, WildcardOptions];
  Wildcard?: WildcardOptions;
}

export interface WildcardOptions {
  opt_ilike?: { pattern: string } | null;
  opt_exclude?: { Single?: ObjectName; Multiple?: ObjectName[] } | null;
  opt_except?: { first_element: Ident; additional_elements: Ident[] } | null;
  opt_replace?: { items: Array<{ expr: Expr; column_name: Ident }> } | null;
  opt_rename?: { Single?: IdentWithAlias; Multiple?: IdentWithAlias[] } | null;
}

export interface IdentWithAlias {
  ident: Ident;
  alias: Ident;
}

export interface Join {
  relation: TableFactor;
  join_operator: unknown;
}

export interface TableWithJoins {
  relation: TableFactor;
  joins: Join[];
}

export interface TableFactor {
  Table?: { name: ObjectName; alias?: TableAlias | null };
  Derived?: { subquery: Query; alias?: TableAlias | null };
  NestedJoin?: { table_with_joins: TableWithJoins; alias?: TableAlias | null };
  Function?: { name: ObjectName; args?: unknown; alias?: TableAlias | null };
  TableFunction?: { expr?: Expr; alias?: TableAlias | null };
  UNNEST?: { array_exprs?: Expr[]; alias?: TableAlias | null };
}

/**
 * Only the variants whose output name some warehouse derives, or whose shape lineage reads, are
 * spelled out; lineage walks the others generically.
 */
export interface Expr {
  Identifier?: Ident;
  CompoundIdentifier?: Ident[];
  Nested?: Expr;
  /** `cast(x as t)`, `x::t`, `try_cast`, `safe_cast` (`kind` tells which). */
  Cast?: { kind?: string; expr: Expr };
  Function?: FunctionCall;
  Subquery?: Query;
  CompoundFieldAccess?: { root: Expr; access_chain: Array<{ Dot?: Expr; Subscript?: unknown }> };
  /** Snowflake's `payload:id`, `payload['id']`. */
  JsonAccess?: { value: Expr; path: unknown };
  /** `trim(x)`, `trim(both 'x' from y)`. */
  Trim?: { expr: Expr; trim_what?: Expr | null; trim_characters?: Expr[] | null };
  Value?: unknown;
  /** `date '2024-01-01'`. */
  TypedString?: unknown;
  UnaryOp?: { op: string; expr: Expr };
  /** `x -> x + 1`: its parameters are not columns. */
  Lambda?: { params: unknown; body: Expr };
}

export interface FunctionCall {
  name: ObjectName;
  /** `"None"` for a call without parentheses (`current_date`). */
  args?: { List?: { args: FunctionArg[] } } | string;
  over?: unknown;
  filter?: Expr | null;
}

export interface FunctionArg {
  Unnamed?: FunctionArgExpr;
  Named?: { name: Ident; arg: FunctionArgExpr };
}

export interface FunctionArgExpr {
  Expr?: Expr;
  QualifiedWildcard?: ObjectName;
}

export interface Statement {
  Query?: Query;
  CreateView?: { query: Query };
  CreateTable?: { query?: Query | null };
}

/** The variant name of a serialised Rust enum value (`{ Variant: … }` or `"Variant"`). */
export function variantOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") return Object.keys(value)[0] ?? "unknown";
  return String(value);
}

/** The identifier parts of an object name; a part that is not an identifier becomes `?`. */
export function nameParts(name: ObjectName): string[] {
  return name.map((part) => part.Identifier?.value ?? "?");
}
