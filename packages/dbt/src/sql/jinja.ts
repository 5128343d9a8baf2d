// Raw dbt SQL → SQL a parser reads, without dbt.
//
// Hand-written because no JavaScript Jinja engine can render dbt's context: `ref`, `source`,
// `config`, `var`, `adapter`, `target` and every package macro exist only inside dbt (Python).
// A template engine such as Nunjucks would parse the syntax, but each of those would still need a
// stub. This renders the constructs that decide a model's columns (refs, sources, `set`, `if`,
// `for` over literal lists, `var` defaults, `dbt.type_*()`) and puts a placeholder identifier
// wherever only dbt knows the text.

import type { SqlDialect } from "./dialect.js";
import type { RelationRef } from "./relation.js";

/** Stands for an expression only dbt can render; `inferColumns` reports columns that contain it. */
export const JINJA_PLACEHOLDER = "__dbt_jinja__";
/** Stands, in a relation's place, for a query a Jinja macro generates (`with x as ({{ macro() }})`). */
export const JINJA_QUERY = "__dbt_jinja_query__";

export interface StripJinjaOptions {
  /** Decides how a relation name that is not a plain identifier is quoted (backticks for BigQuery, Databricks and Spark). */
  dialect?: SqlDialect;
  /** Project variables (`vars:` of dbt_project.yml, `--vars`); a `var()` not found here takes its default. */
  vars?: Readonly<Record<string, unknown>>;
}

export interface JinjaRef {
  package?: string;
  name: string;
  version?: string | number;
  /** The relation written in its place: the model's name (`<name>_v<version>` for a versioned ref). */
  relation: RelationRef;
}

export interface JinjaSource {
  source: string;
  table: string;
  /** The relation written in its place: `<source>.<table>`. */
  relation: RelationRef;
}

export interface StrippedSql {
  sql: string;
  /** Refs written as relations, in order of appearance. */
  refs: JinjaRef[];
  /** Sources written as relations, in order of appearance. */
  sources: JinjaSource[];
  /** Where the text may differ from what dbt renders (a loop over a list only dbt knows, …). */
  notes: string[];
}

/**
 * Raw dbt SQL → parsable SQL: `{{ ref('x') }}` / `{{ ref('pkg','x') }}` / `{{ ref('x', v=2) }}`
 * become a relation named like the model, `{{ source('s','t') }}` a relation `s.t`,
 * `{{ config(...) }}`, `{% macro %}`/`{% call %}` blocks and `{# comments #}` are removed,
 * `{% if %}` keeps the branch it can decide (else the first), `{% for %}` over a literal list is
 * unrolled, and every other expression becomes a placeholder identifier.
 */
export function stripJinja(rawSql: string, options: StripJinjaOptions = {}): StrippedSql {
  const notes: string[] = [];
  const nodes = parseTemplate(lex(rawSql, notes), notes);
  const renderer = new Renderer(options, notes);
  // dbt renders models with `execute` true; false only while parsing the project.
  const sql = renderer.render(nodes, new Map([["execute", true]]));
  return { sql, refs: renderer.refs, sources: renderer.sources, notes };
}

// ---------------------------------------------------------------------------------------------
// Template: text, `{{ expressions }}` and `{% tags %}` into a tree of blocks.

type Token =
  | { kind: "text"; text: string }
  | { kind: "expr"; code: string }
  | { kind: "tag"; name: string; code: string };

function lex(raw: string, notes: string[]): Token[] {
  const tokens: Token[] = [];
  const opening = /\{[{%#]/g;
  let at = 0;
  for (;;) {
    opening.lastIndex = at;
    const match = opening.exec(raw);
    if (!match) break;
    if (match.index > at) tokens.push({ kind: "text", text: raw.slice(at, match.index) });
    const kind = raw[match.index + 1];
    const body = match.index + 2;
    if (kind === "#") {
      const end = raw.indexOf("#}", body);
      if (end === -1)
        note(notes, "an unterminated {# comment #} was dropped with the rest of the file");
      at = end === -1 ? raw.length : end + 2;
      continue;
    }
    const end = findClose(raw, body, kind === "{" ? "}}" : "%}");
    if (end === -1) {
      note(notes, "an unterminated Jinja tag was dropped with the rest of the file");
      at = raw.length;
      break;
    }
    const code = raw.slice(body, end).replace(/^[-+]/, "").replace(/[-+]$/, "").trim();
    at = end + 2;
    if (kind === "{") {
      tokens.push({ kind: "expr", code });
      continue;
    }
    const name = /^\w+/.exec(code)?.[0] ?? "";
    if (name === "raw") {
      // `{% raw %}…{% endraw %}` is text, braces and all.
      const endRaw = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
      endRaw.lastIndex = at;
      const close = endRaw.exec(raw);
      tokens.push({ kind: "text", text: raw.slice(at, close ? close.index : raw.length) });
      at = close ? close.index + close[0].length : raw.length;
      continue;
    }
    tokens.push({ kind: "tag", name, code: code.slice(name.length).trim() });
  }
  if (at < raw.length) tokens.push({ kind: "text", text: raw.slice(at) });
  return tokens;
}

/** The index of `close`, skipping string literals, or -1. */
function findClose(raw: string, from: number, close: string): number {
  let quote: string | undefined;
  for (let i = from; i < raw.length; i++) {
    const ch = raw[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (raw.startsWith(close, i)) return i;
  }
  return -1;
}

type Node =
  | { kind: "text"; text: string }
  | { kind: "expr"; code: string }
  | { kind: "set"; code: string }
  | { kind: "setBlock"; target: string; body: Node[] }
  | { kind: "if"; branches: Array<{ condition: string | undefined; body: Node[] }> }
  | { kind: "for"; header: string; body: Node[]; otherwise: Node[] };

/** Blocks whose body is not part of the model's SQL. */
const DROPPED_BLOCKS = new Set(["macro", "call", "materialization", "test", "data_test", "docs"]);
/** Blocks whose body is rendered as is. */
const KEPT_BLOCKS = new Set(["snapshot", "filter", "with", "autoescape", "block"]);

function parseTemplate(tokens: Token[], notes: string[]): Node[] {
  let at = 0;
  const parse = (enders: readonly string[]): { nodes: Node[]; ender?: Token & { kind: "tag" } } => {
    const nodes: Node[] = [];
    while (at < tokens.length) {
      const token = tokens[at++] as Token;
      if (token.kind === "text") nodes.push(token);
      else if (token.kind === "expr") nodes.push(token);
      else if (enders.includes(token.name)) return { nodes, ender: token };
      else if (token.name === "if") {
        const branches: Array<{ condition: string | undefined; body: Node[] }> = [];
        let condition: string | undefined = token.code;
        for (;;) {
          const { nodes: body, ender } = parse(["elif", "else", "endif"]);
          branches.push({ condition, body });
          if (!ender || ender.name === "endif") break;
          condition = ender.name === "elif" ? ender.code : undefined;
        }
        nodes.push({ kind: "if", branches });
      } else if (token.name === "for") {
        const { nodes: body, ender } = parse(["else", "endfor"]);
        const otherwise = ender?.name === "else" ? parse(["endfor"]).nodes : [];
        nodes.push({ kind: "for", header: token.code, body, otherwise });
      } else if (token.name === "set" && !token.code.includes("=")) {
        nodes.push({ kind: "setBlock", target: token.code, body: parse(["endset"]).nodes });
      } else if (token.name === "set") nodes.push({ kind: "set", code: token.code });
      else if (DROPPED_BLOCKS.has(token.name)) parse([`end${token.name}`]);
      else if (KEPT_BLOCKS.has(token.name)) nodes.push(...parse([`end${token.name}`]).nodes);
      else if (token.name.startsWith("end") || ["elif", "else"].includes(token.name)) {
        note(notes, `a stray {% ${token.name} %} was ignored`);
      }
      // Any other tag (`do`, `import`, `from`, …) renders nothing.
    }
    return { nodes };
  };
  return parse([]).nodes;
}

// ---------------------------------------------------------------------------------------------
// Rendering, with the values a template can know without dbt.

const UNKNOWN = Symbol("unknown");
type Relation = { kind: "relation"; text: string; ref?: JinjaRef; source?: JinjaSource };
type Dict = { kind: "dict"; entries: Map<string, Value> };
type Value = string | number | boolean | null | Value[] | Relation | Dict | typeof UNKNOWN;

type Env = Map<string, Value>;

class Renderer {
  readonly refs: JinjaRef[] = [];
  readonly sources: JinjaSource[] = [];

  constructor(
    private readonly options: StripJinjaOptions,
    private readonly notes: string[],
  ) {}

  render(nodes: Node[], env: Env): string {
    let out = "";
    for (const node of nodes) {
      if (node.kind === "text") out += node.text;
      else if (node.kind === "expr") out += this.output(this.evaluate(node.code, env));
      else if (node.kind === "set") this.set(node.code, env);
      else if (node.kind === "setBlock") env.set(node.target, this.render(node.body, env));
      else if (node.kind === "if") out += this.renderIf(node.branches, env);
      else out += this.renderFor(node, env);
    }
    return out;
  }

  private renderIf(branches: Array<{ condition: string | undefined; body: Node[] }>, env: Env) {
    for (const { condition, body } of branches) {
      if (condition === undefined) return this.render(body, env);
      const value = this.evaluate(condition, env);
      if (value === UNKNOWN) {
        note(this.notes, `{% if ${condition} %} kept its branch: only dbt can decide it`);
        return this.render(body, env);
      }
      if (truthy(value)) return this.render(body, env);
    }
    return "";
  }

  private renderFor(node: Node & { kind: "for" }, env: Env): string {
    const header = parseFor(node.header);
    const iterable = header ? evaluate(header.iterable, env, this.calls) : UNKNOWN;
    if (!header || !Array.isArray(iterable)) {
      // Rendered once with unknown items, as if the list had one element.
      note(this.notes, `{% for ${node.header} %} was rendered once: only dbt knows the list`);
      const scope = new Map(env);
      for (const target of header?.targets ?? []) scope.set(target, UNKNOWN);
      scope.set("loop", loopValue(0, 1));
      return this.render(node.body, scope);
    }
    const items = iterable.filter((item) => {
      if (!header.filter) return true;
      const scope = bind(env, header.targets, item);
      const keep = evaluate(header.filter, scope, this.calls);
      return keep === UNKNOWN || truthy(keep);
    });
    if (items.length === 0) return this.render(node.otherwise, env);
    return items
      .map((item, index) => {
        const scope = bind(env, header.targets, item);
        scope.set("loop", loopValue(index, items.length));
        return this.render(node.body, scope);
      })
      .join("");
  }

  private set(code: string, env: Env): void {
    const match = /^([\w\s,]+?)\s*=(?!=)\s*([\s\S]*)$/.exec(code);
    if (!match) return;
    const targets = (match[1] ?? "").split(",").map((t) => t.trim());
    const value = this.evaluate(match[2] ?? "", env);
    if (targets.length === 1) env.set(targets[0] ?? "", value);
    else for (const target of targets) env.set(target, UNKNOWN);
  }

  private evaluate(code: string, env: Env): Value {
    return evaluate(parseExpression(code), env, this.calls);
  }

  /** Text for `{{ value }}`; refs and sources are recorded as they are written. */
  private output(value: Value): string {
    if (value === UNKNOWN) return JINJA_PLACEHOLDER;
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    if (typeof value === "boolean") return value ? "True" : "False";
    if (value && !Array.isArray(value) && value.kind === "relation") {
      if (value.ref) this.refs.push(value.ref);
      if (value.source) this.sources.push(value.source);
      return value.text;
    }
    return JINJA_PLACEHOLDER;
  }

  private readonly calls = (path: string, args: Value[], kwargs: Map<string, Value>): Value => {
    const name = path.split(".").at(-1) ?? "";
    if (["ref", "builtins.ref", "dbt.ref"].includes(path)) return this.ref(args, kwargs);
    if (["source", "builtins.source", "dbt.source"].includes(path)) return this.source(args);
    // `config()` renders nothing; nor do the side effects a model may call.
    if (path === "config" || path === "log" || path === "print") return "";
    if (path.startsWith("exceptions.") || path.startsWith("config.set")) return "";
    if (path === "is_incremental") return false;
    if (path === "var") {
      const key = args[0];
      const vars = this.options.vars ?? {};
      if (typeof key === "string" && Object.hasOwn(vars, key)) return this.variable(vars[key]);
      return args.length > 1 ? (args[1] as Value) : UNKNOWN;
    }
    if (path === "env_var") return args.length > 1 ? (args[1] as Value) : UNKNOWN;
    const type = /^type_(\w+)$/.exec(name)?.[1];
    if (type && args.length === 0) return TYPE_NAMES[type] ?? UNKNOWN;
    return UNKNOWN;
  };

  /** A project variable; dbt renders the Jinja in its value (`deal: "{{ ref('stg_deal') }}"`). */
  private variable(value: unknown): Value {
    if (typeof value !== "string" || !/\{[{%]/.test(value)) return fromJs(value);
    const whole = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(value);
    if (whole && !whole[1]?.includes("}}")) return this.evaluate(whole[1] ?? "", new Map());
    return this.render(parseTemplate(lex(value, this.notes), this.notes), new Map());
  }

  private ref(args: Value[], kwargs: Map<string, Value>): Value {
    const strings = args.filter((a): a is string => typeof a === "string");
    if (strings.length !== args.length || strings.length < 1 || strings.length > 2) return UNKNOWN;
    const name = strings.at(-1) as string;
    const version = kwargs.get("v") ?? kwargs.get("version");
    const ref: JinjaRef = { name, relation: { name } };
    if (strings.length === 2) ref.package = strings[0] as string;
    if (typeof version === "string" || typeof version === "number") {
      ref.version = version;
      // dbt's default alias of a model version.
      ref.relation = { name: `${name}_v${version}` };
    }
    return { kind: "relation", text: this.quote([ref.relation.name]), ref };
  }

  private source(args: Value[]): Value {
    const [source, table] = args;
    if (args.length !== 2 || typeof source !== "string" || typeof table !== "string")
      return UNKNOWN;
    const relation = { schema: source, name: table };
    return {
      kind: "relation",
      text: this.quote([source, table]),
      source: { source, table, relation },
    };
  }

  private quote(parts: string[]): string {
    const backtick = ["bigquery", "databricks", "spark"].includes(this.options.dialect ?? "");
    return parts
      .map((part) => {
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) return part;
        return backtick ? `\`${part.replaceAll("`", "\\`")}\`` : `"${part.replaceAll('"', '""')}"`;
      })
      .join(".");
  }
}

/** What `dbt.type_*()` renders to: any spelling the parsers accept keeps a cast's output name. */
const TYPE_NAMES: Record<string, string> = {
  string: "varchar",
  timestamp: "timestamp",
  numeric: "numeric",
  int: "integer",
  bigint: "bigint",
  float: "float",
  boolean: "boolean",
};

function bind(env: Env, targets: string[], item: Value): Env {
  const scope = new Map(env);
  if (targets.length === 1) scope.set(targets[0] ?? "", item);
  else {
    targets.forEach((target, i) => {
      scope.set(target, Array.isArray(item) ? (item[i] ?? UNKNOWN) : UNKNOWN);
    });
  }
  return scope;
}

function loopValue(index: number, length: number): Dict {
  return {
    kind: "dict",
    entries: new Map<string, Value>([
      ["index", index + 1],
      ["index0", index],
      ["revindex", length - index],
      ["revindex0", length - index - 1],
      ["first", index === 0],
      ["last", index === length - 1],
      ["length", length],
    ]),
  };
}

function fromJs(value: unknown): Value {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
    return value as Value;
  }
  if (Array.isArray(value)) return value.map(fromJs);
  return UNKNOWN;
}

function truthy(value: Value): boolean {
  if (Array.isArray(value) || typeof value === "string") return value.length > 0;
  if (value && typeof value === "object")
    return value.kind === "relation" || value.entries.size > 0;
  return Boolean(value);
}

function note(notes: string[], text: string): void {
  if (!notes.includes(text)) notes.push(text);
}

// ---------------------------------------------------------------------------------------------
// Jinja expressions: a parser for the subset models use, and an evaluator in which anything that
// depends on dbt (adapter, target, macros, unknown names) is UNKNOWN and stays so.

type Expression =
  | { t: "literal"; value: Value }
  | { t: "name"; name: string }
  | { t: "attr"; object: Expression; name: string }
  | { t: "index"; object: Expression; index: Expression }
  | { t: "call"; callee: Expression; args: Expression[]; kwargs: Array<[string, Expression]> }
  | { t: "filter"; value: Expression; name: string; args: Expression[] }
  | { t: "list"; items: Expression[] }
  | { t: "not"; operand: Expression }
  | { t: "binary"; op: string; left: Expression; right: Expression }
  | { t: "test"; operand: Expression; test: string; negated: boolean }
  | { t: "conditional"; test: Expression; then: Expression; otherwise: Expression | undefined };

type Calls = (path: string, args: Value[], kwargs: Map<string, Value>) => Value;

const UNKNOWN_EXPRESSION: Expression = { t: "literal", value: UNKNOWN };

function parseExpression(code: string): Expression {
  try {
    const parser = new ExpressionParser(code);
    const expression = parser.expression();
    if (parser.done()) return expression;
  } catch {
    // Syntax this parser does not know: settled below.
  }
  // `config(...)` renders nothing whatever its arguments.
  return /^config\s*\(/.test(code) ? { t: "literal", value: "" } : UNKNOWN_EXPRESSION;
}

function parseFor(
  header: string,
): { targets: string[]; iterable: Expression; filter?: Expression } | undefined {
  const match = /^([\w\s,]+?)\s+in\s+([\s\S]+)$/.exec(header);
  if (!match) return undefined;
  try {
    const parser = new ExpressionParser(match[2] ?? "");
    const iterable = parser.or();
    const filter = parser.accept("if") ? parser.or() : undefined;
    parser.accept("recursive");
    if (!parser.done()) return undefined;
    const targets = (match[1] ?? "").split(",").map((t) => t.trim());
    return filter ? { targets, iterable, filter } : { targets, iterable };
  } catch {
    return undefined;
  }
}

const TOKEN =
  /\s*(?:('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(==|!=|<=|>=|\*\*|\/\/|[-+*/%~<>()[\]{}.,|:=]))/y;

class ExpressionParser {
  private readonly tokens: string[] = [];
  private at = 0;

  constructor(code: string) {
    let at = 0;
    for (;;) {
      TOKEN.lastIndex = at;
      const match = TOKEN.exec(code);
      if (!match) break;
      this.tokens.push(match[0].trim());
      at = TOKEN.lastIndex;
    }
    if (code.slice(at).trim() !== "") throw new Error(`cannot read ${code.slice(at)}`);
  }

  done(): boolean {
    return this.at === this.tokens.length;
  }

  accept(token: string): boolean {
    if (this.tokens[this.at] !== token) return false;
    this.at++;
    return true;
  }

  private expect(token: string): void {
    if (!this.accept(token)) throw new Error(`expected ${token}`);
  }

  private next(): string {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new Error("unexpected end");
    return token;
  }

  expression(): Expression {
    const then = this.or();
    if (!this.accept("if")) return then;
    const test = this.or();
    const otherwise = this.accept("else") ? this.expression() : undefined;
    return { t: "conditional", test, then, otherwise };
  }

  or(): Expression {
    let left = this.and();
    while (this.accept("or")) left = { t: "binary", op: "or", left, right: this.and() };
    return left;
  }

  private and(): Expression {
    let left = this.not();
    while (this.accept("and")) left = { t: "binary", op: "and", left, right: this.not() };
    return left;
  }

  private not(): Expression {
    return this.accept("not") ? { t: "not", operand: this.not() } : this.compare();
  }

  private compare(): Expression {
    let left = this.concat();
    for (;;) {
      const token = this.tokens[this.at];
      if (token && ["==", "!=", "<", ">", "<=", ">=", "in"].includes(token)) {
        this.at++;
        left = { t: "binary", op: token, left, right: this.concat() };
      } else if (token === "not" && this.tokens[this.at + 1] === "in") {
        this.at += 2;
        left = { t: "not", operand: { t: "binary", op: "in", left, right: this.concat() } };
      } else if (this.accept("is")) {
        const negated = this.accept("not");
        left = { t: "test", operand: left, test: this.next(), negated };
      } else return left;
    }
  }

  private concat(): Expression {
    let left = this.sum();
    while (this.accept("~")) left = { t: "binary", op: "~", left, right: this.sum() };
    return left;
  }

  private sum(): Expression {
    let left = this.product();
    for (let op = this.tokens[this.at]; op === "+" || op === "-"; op = this.tokens[this.at]) {
      this.at++;
      left = { t: "binary", op, left, right: this.product() };
    }
    return left;
  }

  private product(): Expression {
    let left = this.unary();
    for (
      let op = this.tokens[this.at];
      op && ["*", "/", "//", "%", "**"].includes(op);
      op = this.tokens[this.at]
    ) {
      this.at++;
      left = { t: "binary", op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expression {
    if (this.accept("-")) {
      return { t: "binary", op: "-", left: { t: "literal", value: 0 }, right: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Expression {
    let value = this.primary();
    for (;;) {
      if (this.accept(".")) value = { t: "attr", object: value, name: this.next() };
      else if (this.accept("[")) {
        value = { t: "index", object: value, index: this.expression() };
        this.expect("]");
      } else if (this.accept("(")) {
        const { args, kwargs } = this.arguments();
        value = { t: "call", callee: value, args, kwargs };
      } else if (this.accept("|")) {
        const name = this.next();
        const args = this.accept("(") ? this.arguments().args : [];
        value = { t: "filter", value, name, args };
      } else return value;
    }
  }

  /** After `(`: positional and keyword arguments up to `)`. */
  private arguments(): { args: Expression[]; kwargs: Array<[string, Expression]> } {
    const args: Expression[] = [];
    const kwargs: Array<[string, Expression]> = [];
    while (!this.accept(")")) {
      const name = this.tokens[this.at];
      if (name && /^[A-Za-z_]\w*$/.test(name) && this.tokens[this.at + 1] === "=") {
        this.at += 2;
        kwargs.push([name, this.expression()]);
      } else args.push(this.expression());
      if (!this.accept(",")) {
        this.expect(")");
        break;
      }
    }
    return { args, kwargs };
  }

  private primary(): Expression {
    const token = this.next();
    if (token === "(") {
      const inner = this.expression();
      if (this.accept(",")) {
        // A tuple: read like a list.
        const items = [inner];
        while (!this.accept(")")) {
          items.push(this.expression());
          if (!this.accept(",")) {
            this.expect(")");
            break;
          }
        }
        return { t: "list", items };
      }
      this.expect(")");
      return inner;
    }
    if (token === "[") {
      const items: Expression[] = [];
      while (!this.accept("]")) {
        items.push(this.expression());
        if (!this.accept(",")) {
          this.expect("]");
          break;
        }
      }
      return { t: "list", items };
    }
    if (token === "{") {
      // Dicts are not needed for columns; skip to the matching brace.
      for (let depth = 1; depth > 0; ) {
        const inner = this.next();
        if (inner === "{") depth++;
        else if (inner === "}") depth--;
      }
      return UNKNOWN_EXPRESSION;
    }
    if (token.startsWith("'") || token.startsWith('"')) {
      return { t: "literal", value: unescapeString(token.slice(1, -1)) };
    }
    if (/^\d/.test(token)) return { t: "literal", value: Number(token) };
    const lower = token.toLowerCase();
    if (lower === "true" || lower === "false") return { t: "literal", value: lower === "true" };
    if (lower === "none") return { t: "literal", value: null };
    if (/^[A-Za-z_]/.test(token)) return { t: "name", name: token };
    throw new Error(`unexpected ${token}`);
  }
}

function unescapeString(text: string): string {
  return text.replace(/\\(.)/g, (_, ch: string) => (ch === "n" ? "\n" : ch === "t" ? "\t" : ch));
}

/** `dbt.type_string` for an attribute chain on a name, else undefined. */
function pathOf(expression: Expression): string | undefined {
  if (expression.t === "name") return expression.name;
  if (expression.t === "attr") {
    const object = pathOf(expression.object);
    return object === undefined ? undefined : `${object}.${expression.name}`;
  }
  return undefined;
}

function evaluate(expression: Expression, env: Env, calls: Calls): Value {
  const recurse = (e: Expression) => evaluate(e, env, calls);
  switch (expression.t) {
    case "literal":
      return expression.value;
    case "name":
      return env.has(expression.name) ? (env.get(expression.name) as Value) : UNKNOWN;
    case "attr": {
      const object = recurse(expression.object);
      if (object && typeof object === "object" && !Array.isArray(object)) {
        if (object.kind === "dict") return object.entries.get(expression.name) ?? UNKNOWN;
      }
      return UNKNOWN;
    }
    case "index": {
      const object = recurse(expression.object);
      const index = recurse(expression.index);
      if (Array.isArray(object) && typeof index === "number") return object.at(index) ?? UNKNOWN;
      return UNKNOWN;
    }
    case "call": {
      const path = pathOf(expression.callee);
      // A name the template set itself (a list's `.append`, …) is not a dbt function.
      const root = path?.split(".")[0];
      if (path === undefined || (root !== undefined && env.has(root))) return UNKNOWN;
      const args = expression.args.map(recurse);
      const kwargs = new Map(expression.kwargs.map(([k, v]) => [k, recurse(v)] as const));
      return calls(path, args, kwargs);
    }
    case "filter":
      return filter(recurse(expression.value), expression.name, expression.args.map(recurse));
    case "list": {
      const items = expression.items.map(recurse);
      return items;
    }
    case "not": {
      const operand = recurse(expression.operand);
      return operand === UNKNOWN ? UNKNOWN : !truthy(operand);
    }
    case "test": {
      const operand = recurse(expression.operand);
      const result = test(operand, expression.test);
      return result === UNKNOWN ? UNKNOWN : result !== expression.negated;
    }
    case "conditional": {
      const condition = recurse(expression.test);
      if (condition === UNKNOWN) return UNKNOWN;
      if (truthy(condition)) return recurse(expression.then);
      return expression.otherwise ? recurse(expression.otherwise) : "";
    }
    case "binary":
      return binary(expression.op, recurse(expression.left), () => recurse(expression.right));
  }
}

function binary(op: string, left: Value, right: () => Value): Value {
  if (op === "and" || op === "or") {
    // Short-circuit as Jinja does, so `false and <unknown>` is decided.
    if (left !== UNKNOWN && truthy(left) === (op === "or")) return left;
    const r = right();
    if (left === UNKNOWN) return r !== UNKNOWN && truthy(r) === (op === "or") ? r : UNKNOWN;
    return r;
  }
  const r = right();
  if (left === UNKNOWN || r === UNKNOWN) return UNKNOWN;
  switch (op) {
    case "==":
      return same(left, r);
    case "!=":
      return !same(left, r);
    case "in":
      if (Array.isArray(r)) {
        if (r.some((item) => same(item, left))) return true;
        return r.includes(UNKNOWN) ? UNKNOWN : false;
      }
      if (typeof r === "string" && typeof left === "string") return r.includes(left);
      return UNKNOWN;
    case "~":
      return typeof left === "object" || typeof r === "object" ? UNKNOWN : `${left}${r}`;
    default:
      break;
  }
  if (typeof left === "number" && typeof r === "number") {
    const results: Record<string, number | boolean> = {
      "<": left < r,
      ">": left > r,
      "<=": left <= r,
      ">=": left >= r,
      "+": left + r,
      "-": left - r,
      "*": left * r,
      "/": left / r,
    };
    return results[op] ?? UNKNOWN;
  }
  if (op === "+" && typeof left === "string" && typeof r === "string") return left + r;
  if (op === "+" && Array.isArray(left) && Array.isArray(r)) return [...left, ...r];
  return UNKNOWN;
}

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => same(item, b[i] as Value));
  }
  return a === b;
}

function test(value: Value, name: string): boolean | typeof UNKNOWN {
  if (value === UNKNOWN) return UNKNOWN;
  switch (name) {
    case "none":
      return value === null;
    case "defined":
      return true;
    case "undefined":
      return false;
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    default:
      return UNKNOWN;
  }
}

function filter(value: Value, name: string, args: Value[]): Value {
  if (value === UNKNOWN) return UNKNOWN;
  switch (name) {
    case "lower":
      return typeof value === "string" ? value.toLowerCase() : UNKNOWN;
    case "upper":
      return typeof value === "string" ? value.toUpperCase() : UNKNOWN;
    case "trim":
      return typeof value === "string" ? value.trim() : UNKNOWN;
    case "string":
      return typeof value === "string" || typeof value === "number" ? String(value) : UNKNOWN;
    case "int":
      return typeof value === "string" || typeof value === "number"
        ? Number.parseInt(String(value), 10)
        : UNKNOWN;
    case "length":
    case "count":
      return Array.isArray(value) || typeof value === "string" ? value.length : UNKNOWN;
    case "list":
      return Array.isArray(value) ? value : UNKNOWN;
    case "join": {
      const separator = args[0] ?? "";
      if (!Array.isArray(value) || typeof separator !== "string") return UNKNOWN;
      if (value.some((item) => typeof item !== "string" && typeof item !== "number"))
        return UNKNOWN;
      return value.join(separator);
    }
    default:
      return UNKNOWN;
  }
}
