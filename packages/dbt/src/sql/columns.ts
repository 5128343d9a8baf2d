// A model's output columns from its SQL's final select list: CTEs and `select *` are resolved here,
// against the caller's knowledge of the relations the SQL reads (manifest, catalog).

import {
  type Cte,
  type Ident,
  type Join,
  nameParts,
  type ObjectName,
  type Query,
  type Select,
  type SelectItem,
  type SetExpr,
  type Statement,
  type TableAlias,
  type TableFactor,
  type TableWithJoins,
  variantOf,
  type WildcardOptions,
} from "./ast.js";
import type { SqlDialect } from "./dialect.js";
import { JINJA_PLACEHOLDER, JINJA_QUERY } from "./jinja.js";
import { nameOfExpr } from "./naming.js";
import { loadSqlParser, parseSql } from "./parser.js";
import type { RelationRef } from "./relation.js";

export interface InferOptions {
  dialect: SqlDialect;
  /** Columns of a relation the SQL reads (a model, a source, a seed), when known; `undefined` when not. */
  columnsOf: (relation: RelationRef) => readonly string[] | undefined;
}

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

/**
 * One output column, or a hole in the list: `unnamed` is one column the warehouse names after
 * its text or position, `gap` an unknown number of columns (a `*` over an unknown relation).
 */
type Item = { name: string } | { unnamed: string } | { gap: string };

function infer(sql: string, options: InferOptions): InferredColumns {
  const parsed = parseSql(sql, options.dialect);
  if (!parsed.ok) {
    return { columns: [], complete: false, notes: [...parsed.notes, parseNote(parsed.error)] };
  }
  const query = finalQuery(parsed.statements);
  if (!query) return partial("the SQL has no select statement");
  const items = new Resolver(options).query(query, undefined);

  const columns: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const note = (text: string) => {
    if (!notes.includes(text)) notes.push(text);
  };
  for (const text of parsed.notes) note(text);
  let complete = parsed.notes.length === 0;
  for (const item of items) {
    if ("name" in item && !item.name.includes(JINJA_PLACEHOLDER)) {
      const key = item.name.toLowerCase();
      if (seen.has(key)) {
        note(`column ${item.name} appears more than once in the select list; it is listed once`);
        continue;
      }
      seen.add(key);
      columns.push(item.name);
      continue;
    }
    complete = false;
    if ("name" in item) note("a column is named or computed by Jinja that only dbt can render");
    else note("unnamed" in item ? item.unnamed : item.gap);
  }
  return { columns, complete, notes };
}

/** The statement dbt materialises: the last query (or the query a `create … as` wraps). */
function finalQuery(statements: Statement[]): Query | undefined {
  for (const statement of statements.toReversed()) {
    const query = statement.Query ?? statement.CreateView?.query ?? statement.CreateTable?.query;
    if (query) return query;
  }
  return undefined;
}

interface Scope {
  ctes: Map<string, CteEntry>;
  parent: Scope | undefined;
}

interface CteEntry {
  cte: Cte;
  /** Where the CTE's own query resolves names: the CTEs before it (and itself, when recursive). */
  scope: Scope | undefined;
  resolved?: Item[];
  resolving?: boolean;
}

/** A FROM item, as `select *` and `t.*` see it. */
interface Source {
  /** Lower-cased alias, or the relation's last name part when it has none. */
  qualifier: string | undefined;
  columns: () => Item[];
  /** Lower-cased columns a `join … using (…)` merges into the left side's. */
  merged?: Set<string>;
}

class Resolver {
  constructor(private readonly options: InferOptions) {}

  query(query: Query, outer: Scope | undefined): Item[] {
    let scope = outer;
    for (const cte of query.with?.cte_tables ?? []) {
      const entry: CteEntry = { cte, scope };
      scope = { ctes: new Map([[cte.alias.name.value.toLowerCase(), entry]]), parent: scope };
      if (query.with?.recursive) entry.scope = scope;
    }
    return this.setExpr(query.body, scope);
  }

  private setExpr(body: SetExpr, scope: Scope | undefined): Item[] {
    if (body.Select) return this.select(body.Select, scope);
    if (body.Query) return this.query(body.Query, scope);
    if (body.SetOperation) {
      const { left, right, set_quantifier } = body.SetOperation;
      // The first branch names the columns, except for `union … by name` (Snowflake, DuckDB).
      if (!set_quantifier.includes("ByName")) return this.setExpr(left, scope);
      const items = this.setExpr(left, scope);
      const names = new Set(items.flatMap((item) => ("name" in item ? [key(item.name)] : [])));
      for (const item of this.setExpr(right, scope)) {
        if (!("name" in item) || !names.has(key(item.name))) items.push(item);
      }
      return items;
    }
    return [{ gap: `a ${variantOf(body)} clause has no column names` }];
  }

  private select(select: Select, scope: Scope | undefined): Item[] {
    const sources = select.from.flatMap((from) => this.sources(from, scope));
    return select.projection.flatMap((item) => this.selectItem(item, sources));
  }

  private selectItem(item: SelectItem, sources: Source[]): Item[] {
    if (item.ExprWithAlias) return [{ name: item.ExprWithAlias.alias.value }];
    if (item.UnnamedExpr) return [nameOfExpr(item.UnnamedExpr, this.options.dialect)];
    if (item.Wildcard) {
      if (sources.length === 0) return [{ gap: "select * without a FROM clause" }];
      const items = sources.flatMap((source) => {
        const columns = source.columns();
        const merged = source.merged;
        return merged ? columns.filter((c) => !("name" in c && merged.has(key(c.name)))) : columns;
      });
      return applyOptions(items, item.Wildcard);
    }
    if (item.QualifiedWildcard) {
      const [kind, options] = item.QualifiedWildcard;
      const qualifier = kind.ObjectName ? nameParts(kind.ObjectName).at(-1) : undefined;
      if (qualifier === undefined) return [{ gap: "a `<expression>.*` in the select list" }];
      const source = sources.find((s) => s.qualifier === key(qualifier));
      if (!source) return [{ gap: `${qualifier}.* names no relation of the FROM clause` }];
      return applyOptions(source.columns(), options);
    }
    return [{ unnamed: `a ${variantOf(item)} select item` }];
  }

  private sources(from: TableWithJoins, scope: Scope | undefined): Source[] {
    const sources = this.source(from.relation, scope);
    for (const join of from.joins) {
      const right = this.source(join.relation, scope);
      const using = usingColumns(join);
      const last = right.at(-1);
      if (using && last) last.merged = new Set(using.map(key));
      sources.push(...right);
    }
    return sources;
  }

  private source(factor: TableFactor, scope: Scope | undefined): Source[] {
    if (factor.NestedJoin) return this.sources(factor.NestedJoin.table_with_joins, scope);
    if (factor.Table) {
      const { name, alias } = factor.Table;
      const parts = nameParts(name);
      const qualifier = key(alias?.name.value ?? parts.at(-1) ?? "");
      const cte = parts.length === 1 ? lookupCte(scope, key(parts[0] ?? "")) : undefined;
      const columns = cte ? () => this.cte(cte) : () => this.relation(parts);
      return [{ qualifier, columns: memo(() => withAlias(columns(), alias)) }];
    }
    if (factor.Derived) {
      const { subquery, alias } = factor.Derived;
      const columns = () => withAlias(this.valuesOrQuery(subquery, alias, scope), alias);
      return [{ qualifier: alias ? key(alias.name.value) : undefined, columns: memo(columns) }];
    }
    const other = factor.Function ?? factor.TableFunction ?? factor.UNNEST;
    const alias = other?.alias ?? undefined;
    const fn = factor.Function ? nameParts(factor.Function.name).at(-1) : undefined;
    const columns = (): Item[] => {
      if (alias?.columns.length) return alias.columns.map((c) => ({ name: c.name.value }));
      if (this.options.dialect === "snowflake" && isFlatten(factor)) {
        return FLATTEN_COLUMNS.map((name) => ({ name }));
      }
      if (factor.UNNEST && alias) return [{ name: alias.name.value }];
      return [{ gap: `select * over ${fn ? `the table function ${fn}` : variantOf(factor)}` }];
    };
    return [{ qualifier: alias ? key(alias.name.value) : fn && key(fn), columns: memo(columns) }];
  }

  private valuesOrQuery(
    query: Query,
    alias: TableAlias | null | undefined,
    scope: Scope | undefined,
  ): Item[] {
    // `(values (1, 'a')) as v(id, name)`: the alias names every column.
    if (query.body.Values && alias?.columns.length) return [];
    return this.query(query, scope);
  }

  private cte(entry: CteEntry): Item[] {
    if (entry.resolved) return entry.resolved;
    const name = entry.cte.alias.name.value;
    if (entry.resolving) return [{ gap: `the CTE ${name} selects * from itself` }];
    entry.resolving = true;
    const items = this.valuesOrQuery(entry.cte.query, entry.cte.alias, entry.scope);
    entry.resolved = withAlias(items, entry.cte.alias);
    entry.resolving = false;
    return entry.resolved;
  }

  private relation(parts: string[]): Item[] {
    const written = parts.join(".");
    if (written === JINJA_QUERY)
      return [{ gap: "a query that only dbt can render (a Jinja macro)" }];
    if (written.includes(JINJA_PLACEHOLDER)) {
      return [{ gap: "select * from a relation that only dbt's Jinja can name" }];
    }
    const [name = "", schema, database] = parts.toReversed();
    const ref: RelationRef = { name };
    if (schema !== undefined) ref.schema = schema;
    if (database !== undefined) ref.database = database;
    const columns = this.options.columnsOf(ref);
    if (!columns) return [{ gap: `select * from an unknown relation ${written}` }];
    return columns.map((name) => ({ name }));
  }
}

/** Snowflake's FLATTEN always returns these columns. */
const FLATTEN_COLUMNS = ["SEQ", "KEY", "PATH", "INDEX", "VALUE", "THIS"];

function isFlatten(factor: TableFactor): boolean {
  const name = factor.Function?.name ?? tableFunctionName(factor);
  return name !== undefined && key(nameParts(name).at(-1) ?? "") === "flatten";
}

function tableFunctionName(factor: TableFactor): ObjectName | undefined {
  const expr = (factor.TableFunction as { expr?: { Function?: { name: ObjectName } } } | undefined)
    ?.expr;
  return expr?.Function?.name;
}

function lookupCte(scope: Scope | undefined, name: string): CteEntry | undefined {
  for (let s = scope; s; s = s.parent) {
    const entry = s.ctes.get(name);
    if (entry) return entry;
  }
  return undefined;
}

/** `t(a, b)` renames the relation's first columns. */
function withAlias(items: Item[], alias: TableAlias | null | undefined): Item[] {
  const names = alias?.columns.map((c) => c.name.value) ?? [];
  if (names.length === 0) return items;
  const gap = items.findIndex((item) => "gap" in item);
  if (gap !== -1 && gap < names.length) {
    // Past a hole, positions are unknown: the alias names are all that is sure.
    return names.map((name) => ({ name }));
  }
  return [...names.map((name) => ({ name })), ...items.slice(names.length)];
}

function usingColumns(join: Join): string[] | undefined {
  const operator = join.join_operator;
  if (!operator || typeof operator !== "object") return undefined;
  const constraint = Object.values(operator)[0] as { Using?: ObjectName[] } | undefined;
  return constraint?.Using?.map((name) => nameParts(name).at(-1) ?? "");
}

/** `* EXCLUDE (…)`, `* EXCEPT (…)`, `* RENAME (…)`, `* ILIKE '…'`; `REPLACE` keeps the names. */
function applyOptions(items: Item[], options: WildcardOptions): Item[] {
  const dropped = new Set<string>();
  const exclude = options.opt_exclude;
  for (const name of exclude?.Multiple ?? (exclude?.Single ? [exclude.Single] : [])) {
    dropped.add(key(nameParts(name).at(-1) ?? ""));
  }
  const except = options.opt_except;
  if (except) {
    for (const ident of [except.first_element, ...except.additional_elements]) {
      dropped.add(key(ident.value));
    }
  }
  const rename = options.opt_rename;
  const renames = new Map<string, Ident>();
  for (const pair of rename?.Multiple ?? (rename?.Single ? [rename.Single] : [])) {
    renames.set(key(pair.ident.value), pair.alias);
  }
  const like = options.opt_ilike ? likePattern(options.opt_ilike.pattern) : undefined;
  return items.flatMap((item): Item[] => {
    if (!("name" in item)) return [item];
    if (dropped.has(key(item.name)) || (like && !like.test(item.name))) return [];
    const renamed = renames.get(key(item.name));
    return [renamed ? { name: renamed.value } : item];
  });
}

function likePattern(pattern: string): RegExp {
  const source = [...pattern]
    .map((ch) => (ch === "%" ? ".*" : ch === "_" ? "." : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "is");
}

function memo<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

function key(name: string): string {
  return name.toLowerCase();
}

function partial(note: string): InferredColumns {
  return { columns: [], complete: false, notes: [note] };
}

function parseNote(error: string): string {
  const first = error.split("\n")[0] ?? error;
  if (first.includes(JINJA_PLACEHOLDER)) {
    return `the SQL could not be read around a Jinja expression only dbt can render (${first.replace(/^sql parser error: /, "")})`;
  }
  return `the SQL could not be parsed: ${first.replace(/^sql parser error: /, "")}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
