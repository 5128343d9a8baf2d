// Resolves what a query outputs through CTEs, derived tables, joins, `select *` and set
// operations: the names of its columns (for `inferColumns`) and, on demand, the columns of the
// relations it reads that feed each one (for `columnLineage`). Lineage is computed lazily, so
// inferring names never pays for it, and never asks `columnsOf` about more relations.

import {
  type Cte,
  type Expr,
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
import { type ColumnReference, referencesIn, referencesOf } from "./references.js";
import type { RelationRef } from "./relation.js";

export interface InferOptions {
  dialect: SqlDialect;
  /** Columns of a relation the SQL reads (a model, a source, a seed), when known; `undefined` when not. */
  columnsOf: (relation: RelationRef) => readonly string[] | undefined;
}

export interface ResolverOptions extends InferOptions {
  /**
   * CTEs to stop at and report as relations of their own name rather than trace through: dbt
   * inlines an ephemeral model as a CTE `__dbt__cte__<model>`, and its columns are the model's.
   */
  stopsAt?: (cte: string) => boolean;
}

/** A column of a relation the SQL reads, and how an output column uses it. */
export interface ColumnSource {
  relation: RelationRef;
  /** As the relation's known columns spell it, else as the SQL writes it. */
  column: string;
  /** The output is this column itself, maybe cast/renamed/coalesced with literals; false when computed from it (`sum(x)`, `case …`). */
  direct: boolean;
}

/** The columns of the relations the SQL reads that feed one column. */
export type Lineage = () => ColumnSource[];

/**
 * One output column, or a hole in the list: `unnamed` is one column the warehouse names after
 * its text or position, `gap` an unknown number of columns (a `*` over an unknown relation).
 */
export type Item =
  | { name: string; lineage?: Lineage }
  | { unnamed: string; lineage?: Lineage }
  | { gap: string };

/** An item with a name: one output column. */
export type NamedItem = Extract<Item, { name: string }>;

/** What a query, a CTE or a FROM item offers the select that reads it. */
interface Relation {
  /** Its columns in order, for `select *` and set operations. */
  items: () => Item[];
  /** Whether it has the column; undefined when its columns are not (all) known. */
  has: (name: string) => boolean | undefined;
  /** Where its column `name` comes from; undefined when it cannot say. */
  lookup: (name: string) => ColumnSource[] | undefined;
}

/** A FROM item, as `select *`, `t.*` and column references see it. */
interface Source extends Relation {
  /** Lower-cased alias, or the relation's last name part when it has none. */
  qualifier: string | undefined;
  /** Lower-cased columns a `join … using (…)` merges into the left side's. */
  merged?: Set<string>;
}

interface Scope {
  ctes: Map<string, CteEntry>;
  parent: Scope | undefined;
}

interface CteEntry {
  cte: Cte;
  /** Where the CTE's own query resolves names: the CTEs before it (and itself, when recursive). */
  scope: Scope | undefined;
  relation?: Relation;
}

/** Past this many nested lookups the SQL is taken to reference itself (a recursive CTE). */
const MAX_DEPTH = 300;

export class Resolver {
  private depth = 0;

  /** `note` receives why some lineage could not be traced; names never produce notes here. */
  constructor(
    private readonly options: ResolverOptions,
    private readonly note: (text: string) => void = () => {},
  ) {}

  /** The final query's columns: each output item, with its lineage to be asked for. */
  columns(query: Query): Item[] {
    return this.query(query, undefined).items();
  }

  private query(query: Query, outer: Scope | undefined): Relation {
    let scope = outer;
    for (const cte of query.with?.cte_tables ?? []) {
      const entry: CteEntry = { cte, scope };
      scope = { ctes: new Map([[key(cte.alias.name.value), entry]]), parent: scope };
      if (query.with?.recursive) entry.scope = scope;
    }
    return this.setExpr(query.body, scope);
  }

  private setExpr(body: SetExpr, scope: Scope | undefined): Relation {
    if (body.Select) return this.select(body.Select, scope);
    if (body.Query) return this.query(body.Query, scope);
    if (body.SetOperation) return this.setOperation(body.SetOperation, scope);
    return fixed([{ gap: `a ${variantOf(body)} clause has no column names` }]);
  }

  private setOperation(
    operation: NonNullable<SetExpr["SetOperation"]>,
    scope: Scope | undefined,
  ): Relation {
    const { op, left: leftExpr, right: rightExpr, set_quantifier } = operation;
    const left = this.setExpr(leftExpr, scope);
    // Resolved only when lineage asks: the first branch names the columns.
    const right = memo(() => this.setExpr(rightExpr, scope));
    // `except` returns rows of the left branch only; union and intersect values come from both.
    const feeds = op === "Except" || op === "Minus" ? () => [left] : () => [left, right()];
    const byName = (name: string) => merge(feeds().map((branch) => branch.lookup(name)));

    if (set_quantifier.includes("ByName")) {
      // `union … by name` (Snowflake, DuckDB) matches columns by name.
      const items = memo(() => {
        const out = [...left.items()];
        const names = new Set(out.flatMap((item) => ("name" in item ? [key(item.name)] : [])));
        for (const item of right().items()) {
          if (!("name" in item) || !names.has(key(item.name))) out.push(item);
        }
        return out.map((item) =>
          "name" in item ? { name: item.name, lineage: memo(() => byName(item.name) ?? []) } : item,
        );
      });
      return {
        items,
        has: (name) => (findItem(items(), name) ? true : undefined),
        lookup: (name) => lineageOf(findItem(items(), name)) ?? byName(name),
      };
    }

    // Otherwise by position: column i of every branch feeds column i.
    const items = memo(() =>
      left.items().map((item, at): Item => {
        if ("gap" in item) return item;
        const lineage = this.guarded(() => {
          const branches = feeds().map((branch) => {
            if (branch === left) return lineageOf(item);
            const column = positional(branch.items(), at);
            if (column) return lineageOf(column);
            return "name" in item ? branch.lookup(item.name) : undefined;
          });
          return merge(branches) ?? [];
        });
        return { ...item, lineage };
      }),
    );
    return {
      items,
      has: (name) => left.has(name),
      lookup: (name) => {
        const found = findItem(items(), name);
        // Past a `*` whose columns are unknown, positions are unknown: match by name.
        return found && positional(items(), items().indexOf(found))
          ? lineageOf(found)
          : byName(name);
      },
    };
  }

  private select(select: Select, scope: Scope | undefined): Relation {
    const sources: Source[] = [];
    for (const from of select.from) sources.push(...this.sources(from, scope, sources));
    const items = memo(() => {
      const out: Item[] = [];
      for (const item of select.projection) {
        for (const one of this.selectItem(item, sources, out)) {
          // Holes of unknown width side by side are one hole (`select a.*, b.*` over the same
          // unknown relation would otherwise double the list at every CTE that does it).
          const last = out.at(-1);
          if ("gap" in one && last && "gap" in last && last.gap === one.gap) continue;
          out.push(one);
        }
      }
      return out;
    });
    const stars = select.projection.flatMap((item) => {
      if (item.Wildcard) return [{ sources, options: item.Wildcard }];
      const [kind, options] = item.QualifiedWildcard ?? [];
      const qualifier = kind?.ObjectName ? nameParts(kind.ObjectName).at(-1) : undefined;
      const source = qualifier && sources.find((s) => s.qualifier === key(qualifier));
      return source && options ? [{ sources: [source], options }] : [];
    });
    const starHas = (name: string) =>
      stars.some((star) => {
        const original = beforeOptions(name, star.options);
        return original !== undefined && star.sources.some((s) => s.has(original) !== false);
      });
    return {
      items,
      has: perName((name) => (findItem(items(), name) ? true : starHas(name) ? undefined : false)),
      lookup: perName((name) => {
        const found = findItem(items(), name);
        if (found) return lineageOf(found);
        // A column beyond the listed ones: a `*` over a relation whose columns are not known,
        // or known only in part (YAML that lists some of a model's columns).
        for (const star of stars) {
          const original = beforeOptions(name, star.options);
          if (original === undefined) continue;
          const lineage = this.unqualified(original, star.sources, undefined);
          if (lineage) return lineage;
        }
        return undefined;
      }),
    };
  }

  /** `earlier`: the items before this one, for Snowflake's and DuckDB's lateral column aliases. */
  private selectItem(item: SelectItem, sources: Source[], earlier: Item[]): Item[] {
    const before = earlier.length;
    const lineage = (expr: Expr) =>
      this.guarded(() => this.exprLineage(expr, sources, earlier.slice(0, before)));
    if (item.ExprWithAlias) {
      return [{ name: item.ExprWithAlias.alias.value, lineage: lineage(item.ExprWithAlias.expr) }];
    }
    if (item.UnnamedExpr) {
      const expr = item.UnnamedExpr;
      return [{ ...nameOfExpr(expr, this.options.dialect), lineage: lineage(expr) }];
    }
    if (item.Wildcard) {
      if (sources.length === 0) return [{ gap: "select * without a FROM clause" }];
      const items = sources.flatMap((source) => {
        const columns = source.items();
        const merged = source.merged;
        return merged ? columns.filter((c) => !("name" in c && merged.has(key(c.name)))) : columns;
      });
      return applyOptions(items, item.Wildcard, lineage);
    }
    if (item.QualifiedWildcard) {
      const [kind, options] = item.QualifiedWildcard;
      const qualifier = kind.ObjectName ? nameParts(kind.ObjectName).at(-1) : undefined;
      if (qualifier === undefined) return [{ gap: "a `<expression>.*` in the select list" }];
      const source = sources.find((s) => s.qualifier === key(qualifier));
      if (!source) return [{ gap: `${qualifier}.* names no relation of the FROM clause` }];
      return applyOptions(source.items(), options, lineage);
    }
    return [{ unnamed: `a ${variantOf(item)} select item` }];
  }

  /** `before`: the FROM items to the left, which a lateral table function may read. */
  private sources(
    from: TableWithJoins,
    scope: Scope | undefined,
    before: readonly Source[],
  ): Source[] {
    const sources = this.source(from.relation, scope, before);
    for (const join of from.joins) {
      const right = this.source(join.relation, scope, [...before, ...sources]);
      const using = usingColumns(join);
      const last = right.at(-1);
      if (using && last) last.merged = new Set(using.map(key));
      sources.push(...right);
    }
    return sources;
  }

  private source(
    factor: TableFactor,
    scope: Scope | undefined,
    before: readonly Source[],
  ): Source[] {
    if (factor.NestedJoin) return this.sources(factor.NestedJoin.table_with_joins, scope, before);
    if (factor.Table) {
      const { name, alias } = factor.Table;
      const parts = nameParts(name);
      const qualifier = key(alias?.name.value ?? parts.at(-1) ?? "");
      const cte = parts.length === 1 ? lookupCte(scope, key(parts[0] ?? "")) : undefined;
      const relation = !cte
        ? this.relation(parts)
        : this.options.stopsAt?.(cte.cte.alias.name.value)
          ? this.stop(cte)
          : this.cte(cte);
      return [{ qualifier, ...aliased(relation, alias) }];
    }
    if (factor.Derived) {
      const { subquery, alias } = factor.Derived;
      const relation = this.valuesOrQuery(subquery, alias, scope);
      return [
        { qualifier: alias ? key(alias.name.value) : undefined, ...aliased(relation, alias) },
      ];
    }
    const other = factor.Function ?? factor.TableFunction ?? factor.UNNEST;
    const alias = other?.alias ?? undefined;
    const fn = factor.Function ? nameParts(factor.Function.name).at(-1) : undefined;
    const items = memo((): Item[] => {
      if (alias?.columns.length) return alias.columns.map((c) => ({ name: c.name.value }));
      if (this.options.dialect === "snowflake" && isFlatten(factor)) {
        return FLATTEN_COLUMNS.map((name) => ({ name }));
      }
      if (factor.UNNEST && alias) return [{ name: alias.name.value }];
      return [{ gap: `select * over ${fn ? `the table function ${fn}` : variantOf(factor)}` }];
    });
    // Every column of `flatten(input => t.payload)` or `unnest(t.items)` is computed from its
    // arguments, which read the FROM items to their left.
    const lineage = this.guarded(() => {
      const { alias: _alias, ...call } = other ?? {};
      return this.references(referencesIn(call), [...before], [], false);
    });
    return [
      {
        qualifier: alias ? key(alias.name.value) : fn && key(fn),
        items: () => items().map((item) => ("name" in item ? { name: item.name, lineage } : item)),
        has: (name) =>
          items().some((item) => "gap" in item) ? undefined : !!findItem(items(), name),
        lookup: () => lineage(),
      },
    ];
  }

  private valuesOrQuery(
    query: Query,
    alias: TableAlias | null | undefined,
    scope: Scope | undefined,
  ): Relation {
    // `(values (1, 'a')) as v(id, name)`: the alias names every column.
    if (query.body.Values && alias?.columns.length) return fixed([]);
    return this.query(query, scope);
  }

  private cte(entry: CteEntry): Relation {
    if (entry.relation) return entry.relation;
    const alias = entry.cte.alias;
    const inner = memo(() => this.valuesOrQuery(entry.cte.query, alias, entry.scope));
    let resolving = false;
    const items = memo((): Item[] => {
      resolving = true;
      try {
        return inner().items();
      } finally {
        resolving = false;
      }
    });
    const self: Item[] = [{ gap: `the CTE ${alias.name.value} selects * from itself` }];
    entry.relation = aliased(
      {
        items: () => (resolving ? self : items()),
        has: (column) => (resolving ? undefined : this.nested(() => inner().has(column))),
        lookup: (column) => (resolving ? undefined : this.nested(() => inner().lookup(column))),
      },
      alias,
    );
    return entry.relation;
  }

  /** A CTE as a relation of its own name: its columns, not where they come from. */
  private stop(entry: CteEntry): Relation {
    const cte = this.cte(entry);
    const ref: RelationRef = { name: entry.cte.alias.name.value };
    const source = (column: string): ColumnSource[] => [
      { relation: ref, column: findItem(cte.items(), column)?.name ?? column, direct: true },
    ];
    return {
      items: memo(() =>
        cte
          .items()
          .map((item) =>
            "name" in item ? { name: item.name, lineage: () => source(item.name) } : item,
          ),
      ),
      has: cte.has,
      lookup: source,
    };
  }

  /** A relation that is not a CTE: one of the project's, known to the caller or not. */
  private relation(parts: string[]): Relation {
    const written = parts.join(".");
    if (written === JINJA_QUERY) {
      return fixed([{ gap: "a query that only dbt can render (a Jinja macro)" }]);
    }
    if (written.includes(JINJA_PLACEHOLDER)) {
      return fixed([{ gap: "select * from a relation that only dbt's Jinja can name" }]);
    }
    const [name = "", schema, database] = parts.toReversed();
    const ref: RelationRef = { name };
    if (schema !== undefined) ref.schema = schema;
    if (database !== undefined) ref.database = database;
    const known = memo(() => {
      const columns = this.options.columnsOf(ref);
      if (!columns) return undefined;
      const spelled = new Map<string, string>();
      for (const column of columns) if (!spelled.has(key(column))) spelled.set(key(column), column);
      return { columns, spelled };
    });
    const source = (column: string): ColumnSource[] => [
      { relation: ref, column: known()?.spelled.get(key(column)) ?? column, direct: true },
    ];
    return {
      items: () => {
        const columns = known()?.columns;
        if (!columns) return [{ gap: `select * from an unknown relation ${written}` }];
        return columns.map((name) => ({ name, lineage: () => source(name) }));
      },
      has: (column) => known()?.spelled.has(key(column)),
      // Whatever it lists, a column the SQL names is its own (YAML may list only some).
      lookup: source,
    };
  }

  private exprLineage(expr: Expr, sources: Source[], earlier: Item[]): ColumnSource[] {
    const { references, direct } = referencesOf(expr);
    return this.references(references, sources, earlier, direct);
  }

  private references(
    references: ColumnReference[],
    sources: Source[],
    earlier: Item[],
    direct: boolean,
  ): ColumnSource[] {
    const out: Array<ColumnSource[] | undefined> = [];
    for (const reference of references) {
      const resolved = this.reference(reference, sources, earlier);
      if (!resolved) continue;
      const keep = direct && !resolved.path;
      out.push(resolved.lineage.map((s) => (keep ? s : { ...s, direct: false })));
    }
    return merge(out) ?? [];
  }

  private reference(
    reference: ColumnReference,
    sources: Source[],
    earlier: Item[],
  ): { lineage: ColumnSource[]; path: boolean } | undefined {
    const { parts } = reference;
    const written = parts.join(".");
    if (written.includes(JINJA_PLACEHOLDER)) {
      this.note("a column reference only dbt's Jinja can render was not traced");
      return undefined;
    }
    // `t.col`, `schema.t.col`, `t.col.field`: the first part naming a FROM item qualifies.
    for (let at = 0; at + 1 < parts.length; at++) {
      const source = sources.find((s) => s.qualifier === key(parts[at] ?? ""));
      if (!source) continue;
      const column = parts[at + 1] as string;
      const lineage = this.nested(() => source.lookup(column));
      if (!lineage) this.note(`the column ${written} could not be traced through ${parts[at]}`);
      const path = reference.path || at + 2 < parts.length;
      return lineage && { lineage, path };
    }
    // Unqualified; more parts are fields of a struct column (`col.field`).
    const column = parts[0] ?? "";
    const lineage = this.unqualified(column, sources, earlier);
    if (!lineage) return undefined;
    return { lineage, path: reference.path || parts.length > 1 };
  }

  /** An unqualified column: the one FROM item that has it, else the only one there is. */
  private unqualified(
    column: string,
    sources: Source[],
    earlier: Item[] | undefined,
  ): ColumnSource[] | undefined {
    const having = sources.filter((s) => s.has(column) === true);
    // `join … using (id)`: `id` is the left side's.
    const unmerged = having.filter((s) => !s.merged?.has(key(column)));
    const owner = having.length === 1 ? having[0] : unmerged.length === 1 ? unmerged[0] : undefined;
    if (owner) return this.nested(() => owner.lookup(column));
    if (having.length > 1) {
      this.note(`the column ${column} is in more than one relation of its FROM clause`);
      return undefined;
    }
    // Snowflake and DuckDB let a select item use an earlier one's alias.
    const alias = earlier && findItem(earlier, column);
    if (alias) return lineageOf(alias);
    const maybe = sources.length === 1 ? sources : sources.filter((s) => s.has(column) !== false);
    const only = maybe.length === 1 ? maybe[0] : undefined;
    if (only) return this.nested(() => only.lookup(column));
    this.note(
      sources.length === 0
        ? `the column ${column} has no FROM clause to come from`
        : `the column ${column} could come from ${maybe.length === 0 ? "none" : "more than one"} of the relations of its FROM clause`,
    );
    return undefined;
  }

  /** Counts nested lookups, so SQL that references itself ends instead of overflowing the stack. */
  private nested<T>(compute: () => T | undefined): T | undefined {
    if (this.depth >= MAX_DEPTH) {
      this.note("the SQL references itself too deeply to trace");
      return undefined;
    }
    this.depth++;
    try {
      return compute();
    } finally {
      this.depth--;
    }
  }

  /** A lineage computed once; asked for again while computing (a recursive CTE), it adds nothing. */
  private guarded(compute: () => ColumnSource[]): Lineage {
    let state: "new" | "computing" | "done" = "new";
    let value: ColumnSource[] = [];
    return () => {
      if (state === "computing") return [];
      if (state === "new") {
        state = "computing";
        try {
          value = compute();
        } finally {
          state = "done";
        }
      }
      return value;
    };
  }
}

/** The statement dbt materialises: the last query (or the query a `create … as` wraps). */
export function finalQuery(statements: Statement[]): Query | undefined {
  for (const statement of statements.toReversed()) {
    const query = statement.Query ?? statement.CreateView?.query ?? statement.CreateTable?.query;
    if (query) return query;
  }
  return undefined;
}

/** An output column as a caller reports it, or why the list is partial. */
export type OutputColumn = { name: string; item: NamedItem } | { note: string; partial: boolean };

/**
 * The final select's items as reported: names with Jinja in them and repeated names dropped,
 * holes turned into notes. `partial` is false only for a repeated name (listed once).
 */
export function outputColumns(items: Item[]): OutputColumn[] {
  const seen = new Set<string>();
  return items.map((item): OutputColumn => {
    if ("name" in item && !item.name.includes(JINJA_PLACEHOLDER)) {
      const lower = key(item.name);
      if (seen.has(lower)) {
        return {
          note: `column ${item.name} appears more than once in the select list; it is listed once`,
          partial: false,
        };
      }
      seen.add(lower);
      return { name: item.name, item };
    }
    if ("name" in item) {
      return {
        note: "a column is named or computed by Jinja that only dbt can render",
        partial: true,
      };
    }
    return { note: "unnamed" in item ? item.unnamed : item.gap, partial: true };
  });
}

/** Snowflake's FLATTEN always returns these columns. */
const FLATTEN_COLUMNS = ["SEQ", "KEY", "PATH", "INDEX", "VALUE", "THIS"];

function isFlatten(factor: TableFactor): boolean {
  const name = factor.Function?.name ?? factor.TableFunction?.expr?.Function?.name;
  return name !== undefined && key(nameParts(name).at(-1) ?? "") === "flatten";
}

function lookupCte(scope: Scope | undefined, name: string): CteEntry | undefined {
  for (let s = scope; s; s = s.parent) {
    const entry = s.ctes.get(name);
    if (entry) return entry;
  }
  return undefined;
}

/** A relation whose items are fixed and carry no lineage. */
function fixed(items: Item[]): Relation {
  return {
    items: () => items,
    has: (name) =>
      findItem(items, name) ? true : items.some((i) => "gap" in i) ? undefined : false,
    lookup: (name) => lineageOf(findItem(items, name)),
  };
}

/** `from x as t(a, b)`: the relation with its first columns renamed. */
function aliased(relation: Relation, alias: TableAlias | null | undefined): Relation {
  if (!alias?.columns.length) return { ...relation, items: memo(relation.items) };
  const items = memo(() => withAlias(relation.items(), alias));
  return {
    items,
    has: (name) => (findItem(items(), name) ? true : relation.has(name)),
    lookup: (name) => {
      const found = findItem(items(), name);
      return found ? lineageOf(found) : relation.lookup(name);
    },
  };
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
  const renamed = names.map((name, at): Item => {
    const lineage = lineageOf(items[at]);
    return lineage ? { name, lineage: () => lineage } : { name };
  });
  return [...renamed, ...items.slice(names.length)];
}

function usingColumns(join: Join): string[] | undefined {
  const operator = join.join_operator;
  if (!operator || typeof operator !== "object") return undefined;
  const constraint = Object.values(operator)[0] as { Using?: ObjectName[] } | undefined;
  return constraint?.Using?.map((name) => nameParts(name).at(-1) ?? "");
}

/** `* EXCLUDE (…)`, `* EXCEPT (…)`, `* RENAME (…)`, `* ILIKE '…'`; `REPLACE` keeps the names. */
function applyOptions(
  items: Item[],
  options: WildcardOptions,
  replaced: (expr: Expr) => Lineage,
): Item[] {
  const { dropped, renames, like } = readOptions(options);
  const replacements = new Map(
    (options.opt_replace?.items ?? []).map((r) => [key(r.column_name.value), r.expr]),
  );
  return items.flatMap((item): Item[] => {
    if (!("name" in item)) return [item];
    if (dropped.has(key(item.name)) || (like && !like.test(item.name))) return [];
    const replacement = replacements.get(key(item.name));
    const kept = replacement ? { name: item.name, lineage: replaced(replacement) } : item;
    const renamed = renames.get(key(item.name));
    return [renamed ? { ...kept, name: renamed.value } : kept];
  });
}

/** The column a `*` with these options outputs as `name`; undefined when it outputs none. */
function beforeOptions(name: string, options: WildcardOptions): string | undefined {
  const { dropped, renames, like } = readOptions(options);
  let original = name;
  for (const [from, to] of renames) {
    if (key(to.value) === key(name)) original = from;
    else if (from === key(name)) return undefined;
  }
  if (dropped.has(key(original)) || (like && !like.test(original))) return undefined;
  return original;
}

function readOptions(options: WildcardOptions) {
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
  return { dropped, renames, like };
}

function likePattern(pattern: string): RegExp {
  const source = [...pattern]
    .map((ch) => (ch === "%" ? ".*" : ch === "_" ? "." : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "is");
}

// Item lists are memoised, so each is indexed once however many columns are looked up in it.
const itemIndexes = new WeakMap<Item[], Map<string, NamedItem>>();

/** The first item named `name`, compared case-insensitively. */
function findItem(items: Item[], name: string): NamedItem | undefined {
  let index = itemIndexes.get(items);
  if (!index) {
    index = new Map();
    for (const item of items) {
      if ("name" in item && !index.has(key(item.name))) index.set(key(item.name), item);
    }
    itemIndexes.set(items, index);
  }
  return index.get(key(name));
}

/** `lookup` or `has` answered once per column name: CTEs read by several others are asked again. */
function perName<T>(answer: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    const lower = key(name);
    if (answers.has(lower)) return answers.get(lower) as T;
    const value = answer(name);
    answers.set(lower, value);
    return value;
  };
}

/** Item `at` when no `*` of unknown width comes before it (else its position means nothing). */
function positional(items: Item[], at: number): Item | undefined {
  for (let i = 0; i < at; i++) if ("gap" in (items[i] as Item)) return undefined;
  const item = items[at];
  return item && !("gap" in item) ? item : undefined;
}

function lineageOf(item: Item | undefined): ColumnSource[] | undefined {
  return item && !("gap" in item) ? (item.lineage?.() ?? []) : undefined;
}

/** Lists merged, deduplicated by relation and column in first-seen order; direct if any use is. */
function merge(lists: Array<ColumnSource[] | undefined>): ColumnSource[] | undefined {
  if (lists.every((list) => list === undefined)) return undefined;
  const out: ColumnSource[] = [];
  const at = new Map<string, number>();
  for (const list of lists) {
    for (const source of list ?? []) {
      const { database, schema, name } = source.relation;
      const id = [database, schema, name, source.column].map((p) => key(p ?? "")).join("\u0000");
      const seen = at.get(id);
      if (seen === undefined) {
        at.set(id, out.length);
        out.push(source);
      } else if (source.direct && !out[seen]?.direct) {
        out[seen] = { ...(out[seen] as ColumnSource), direct: true };
      }
    }
  }
  return out;
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
