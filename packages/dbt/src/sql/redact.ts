// Redaction of the data a model's SQL holds (string and number literals) before it goes into a
// prompt: customer e-mails in a `case when`, account ids in a `where`, thresholds.
//
// A hand-written lexer, because no maintained JavaScript library tokenises literals for every
// warehouse dialect (backslash escapes in BigQuery and Snowflake but not Postgres, `"…"` a string
// in BigQuery and an identifier in Snowflake, `$tag$…$tag$`, `'''…'''`, `r'…'`), and the WASM
// parser of this package cannot be used: it does not read raw SQL with Jinja in it, and printing
// its tree back would rewrite the whole text. This one copies everything it does not redact
// byte for byte: comments, Jinja, identifiers, keywords and layout.

import type { SqlDialect } from "./dialect.js";

export interface RedactOptions {
  dialect: SqlDialect;
}

export interface RedactedSql {
  sql: string;
  /** Distinct string values replaced (`'<string 1>'` … `'<string N>'`). */
  strings: number;
  /** Distinct number values replaced (`'<number 1>'` … `'<number N>'`). */
  numbers: number;
}

/**
 * Replaces string literals with `'<string N>'` and number literals with `'<number N>'`, the same
 * value with the same N, so the model still sees that two branches compare to one value.
 *
 * Numbers become quoted placeholders, not a bare `<number N>`: a string literal is valid wherever
 * a number is (`amount > '<number 1>'`, `limit '<number 2>'`, `interval '<number 3>' day`), so
 * the redacted SQL still parses, while `<number 1>` parses nowhere.
 *
 * Kept as they are: comments, Jinja (`{{ ref('orders') }}`, `{% … %}`, `{# … #}`, also inside a
 * string literal), quoted identifiers (`"2fa_enabled"`, `` `my-project`.x ``), digits in
 * identifiers (`col_1`, `t1.x`, `2fa_enabled`), positional parameters (`$1`), the positions of
 * `group by 1, 2` / `order by 1 desc`, a type's size (`varchar(256)`, `numeric(38, 6)`),
 * `top 10`, and empty strings. A string already redacted stays as it is, so redacting twice
 * changes nothing.
 */
export function redactLiterals(sql: string, options: RedactOptions): RedactedSql {
  return new Redactor(sql, RULES[options.dialect]).run();
}

/** How a dialect writes strings and comments. */
interface DialectRules {
  /** `\'` escapes a quote in `'…'` (in `E'…'` it does in every dialect). */
  backslash: boolean;
  /** `"…"` is a string; elsewhere it is an identifier, kept. */
  doubleQuotedStrings: boolean;
  /** `'''…'''` and `"""…"""`. */
  tripleQuotes: boolean;
  /** `$$…$$` only, or also `$tag$…$tag$`. */
  dollarQuotes: "none" | "plain" | "tagged";
  /** `# …` comments. */
  hashComments: boolean;
  /** `// …` comments. */
  slashComments: boolean;
  /** Block comments nest: a comment inside a comment closes before the outer one. */
  nestedComments: boolean;
  /** Typed number literals: `10L`, `1.5BD`, `2D`. */
  numberSuffixes: boolean;
}

const RULES: Record<SqlDialect, DialectRules> = {
  snowflake: {
    backslash: true,
    doubleQuotedStrings: false,
    tripleQuotes: false,
    dollarQuotes: "plain",
    hashComments: false,
    slashComments: true,
    nestedComments: false,
    numberSuffixes: false,
  },
  bigquery: {
    backslash: true,
    doubleQuotedStrings: true,
    tripleQuotes: true,
    dollarQuotes: "none",
    hashComments: true,
    slashComments: false,
    nestedComments: false,
    numberSuffixes: false,
  },
  postgres: {
    backslash: false,
    doubleQuotedStrings: false,
    tripleQuotes: false,
    dollarQuotes: "tagged",
    hashComments: false,
    slashComments: false,
    nestedComments: true,
    numberSuffixes: false,
  },
  // Redshift's Postgres 8 roots: backslashes still escape in plain strings.
  redshift: {
    backslash: true,
    doubleQuotedStrings: false,
    tripleQuotes: false,
    dollarQuotes: "plain",
    hashComments: false,
    slashComments: false,
    nestedComments: false,
    numberSuffixes: false,
  },
  duckdb: {
    backslash: false,
    doubleQuotedStrings: false,
    tripleQuotes: false,
    dollarQuotes: "tagged",
    hashComments: false,
    slashComments: false,
    nestedComments: false,
    numberSuffixes: false,
  },
  databricks: {
    backslash: true,
    doubleQuotedStrings: true,
    tripleQuotes: false,
    dollarQuotes: "none",
    hashComments: false,
    slashComments: false,
    nestedComments: true,
    numberSuffixes: true,
  },
  spark: {
    backslash: true,
    doubleQuotedStrings: true,
    tripleQuotes: false,
    dollarQuotes: "none",
    hashComments: false,
    slashComments: false,
    nestedComments: true,
    numberSuffixes: true,
  },
  // Standard SQL (Trino, SQL Server, …): `''` escapes, `"…"` names.
  generic: {
    backslash: false,
    doubleQuotedStrings: false,
    tripleQuotes: false,
    dollarQuotes: "plain",
    hashComments: false,
    slashComments: false,
    nestedComments: false,
    numberSuffixes: false,
  },
};

/** Letters written before a quote that make it a special string: `E'\n'`, `r'\d'`, `N'…'`. */
const STRING_PREFIXES = new Set(["e", "n", "x", "b", "r", "rb", "br"]);

/** Types whose parenthesised numbers are sizes, not data: `varchar(256)`, `numeric(38, 6)`. */
const SIZED_TYPES = new Set([
  "decimal",
  "dec",
  "numeric",
  "number",
  "bignumeric",
  "bigdecimal",
  "float",
  "double",
  "int",
  "integer",
  "bigint",
  "smallint",
  "tinyint",
  "varchar",
  "nvarchar",
  "char",
  "nchar",
  "character",
  "varying",
  "string",
  "text",
  "binary",
  "varbinary",
  "bytes",
  "bit",
  "timestamp",
  "timestamptz",
  "timestamp_ntz",
  "timestamp_ltz",
  "timestamp_tz",
  "datetime2",
  "vector",
  // `top (10)` in SQL Server and Snowflake: a row count.
  "top",
]);

/** Words after which a `group by` / `order by` list is over. */
const CLAUSE_ENDS = new Set([
  "having",
  "qualify",
  "limit",
  "offset",
  "fetch",
  "window",
  "union",
  "intersect",
  "except",
  "minus",
  "select",
  "from",
  "where",
  "join",
  "on",
  "using",
  "values",
  "rows",
  "range",
]);

/** What a string placeholder holds; a literal already holding one is left alone. */
const PLACEHOLDER = /^<(?:string|number) \d+>$/;
const NUMBER =
  /(?:0[xX][0-9a-fA-F]+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d+)?)/y;
const NUMBER_SUFFIX = /(?:bd|[lsydf])/iy;
const DOLLAR_TAG = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;

function isIdentifierChar(ch: string): boolean {
  return /[A-Za-z0-9_$]/.test(ch) || ch > "\u007f";
}

function isIdentifierStart(ch: string): boolean {
  return /[A-Za-z_]/.test(ch) || ch > "\u007f";
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** A string literal's content: text runs and Jinja, which stays. */
type Piece = { jinja: boolean; text: string };

class Redactor {
  readonly #sql: string;
  readonly #rules: DialectRules;
  readonly #out: string[] = [];
  readonly #strings = new Map<string, number>();
  readonly #numbers = new Map<string, number>();
  #nextString: number;
  #nextNumber: number;
  #at = 0;
  /** The last significant token: a lower-case word, a punctuation character, or `}}` for Jinja. */
  #previous = "";
  #beforePrevious = "";
  /** For each open parenthesis: a type's sizes, a window (`over (…)`, `within group (…)`), or else. */
  readonly #parens: Array<"sizes" | "window" | "other"> = [];
  /** Depth of the `group by` / `order by` list being read, if any. */
  #byList: number | undefined;

  constructor(sql: string, rules: DialectRules) {
    this.#sql = sql;
    this.#rules = rules;
    // Numbering continues after placeholders already present, so redacting twice is a no-op.
    this.#nextString = highest(sql, /<string (\d+)>/g);
    this.#nextNumber = highest(sql, /<number (\d+)>/g);
  }

  run(): RedactedSql {
    const sql = this.#sql;
    while (this.#at < sql.length) this.#step();
    return {
      sql: this.#out.join(""),
      strings: this.#strings.size,
      numbers: this.#numbers.size,
    };
  }

  #step(): void {
    const sql = this.#sql;
    const i = this.#at;
    const ch = sql.charAt(i);
    const next = sql.charAt(i + 1);
    if (ch === "{" && (next === "{" || next === "%" || next === "#")) {
      this.#copy(jinjaEnd(sql, i));
      this.#significant("}}");
    } else if ((ch === "-" && next === "-") || this.#lineComment(ch, next)) {
      const end = sql.indexOf("\n", i);
      this.#copy(end === -1 ? sql.length : end);
    } else if (ch === "/" && next === "*") {
      this.#copy(this.#blockCommentEnd(i));
    } else if (ch === "'" || (ch === '"' && this.#rules.doubleQuotedStrings)) {
      this.#string(i, "");
    } else if (ch === '"' || ch === "`") {
      this.#copy(quotedEnd(sql, i + 1, ch));
      this.#significant("name");
    } else if (ch === "$") {
      this.#dollar(i);
    } else if (isIdentifierStart(ch)) {
      this.#word(i);
    } else if (
      isDigit(ch) ||
      (ch === "." && isDigit(next) && !this.#qualifies(i, this.#previous))
    ) {
      this.#number(i);
    } else if (/\s/.test(ch)) {
      this.#copy(i + 1);
    } else {
      this.#punctuation(ch);
      this.#copy(i + 1);
    }
  }

  #lineComment(ch: string, next: string): boolean {
    return (
      (ch === "#" && this.#rules.hashComments) ||
      (ch === "/" && next === "/" && this.#rules.slashComments)
    );
  }

  #blockCommentEnd(start: number): number {
    const sql = this.#sql;
    if (!this.#rules.nestedComments) {
      const end = sql.indexOf("*/", start + 2);
      return end === -1 ? sql.length : end + 2;
    }
    let depth = 0;
    for (let i = start; i < sql.length - 1; i++) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i++;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i++;
        if (depth === 0) return i + 1;
      }
    }
    return sql.length;
  }

  /**
   * Whether the `.` at `i` joins a qualified name (`t.1`, `"t".2fa`), not a decimal point: it
   * touches a name, a closing bracket or a quoted identifier, and `token` (the significant token
   * before it) is not a number or a string (`1.5.5`, `'a'.5`).
   */
  #qualifies(i: number, token: string): boolean {
    const before = this.#sql.charAt(i - 1);
    const touches =
      isIdentifierChar(before) ||
      before === '"' ||
      before === "`" ||
      before === ")" ||
      before === "]";
    return touches && token !== "0" && token !== "'";
  }

  #word(start: number): void {
    const sql = this.#sql;
    let end = start + 1;
    while (end < sql.length && isIdentifierChar(sql.charAt(end))) end++;
    const word = sql.slice(start, end);
    const lower = word.toLowerCase();
    const quote = sql.charAt(end);
    if (
      STRING_PREFIXES.has(lower) &&
      (quote === "'" || (quote === '"' && this.#rules.doubleQuotedStrings))
    ) {
      this.#copy(end);
      this.#string(end, lower);
      return;
    }
    if (lower === "u" && sql.startsWith("&'", end)) {
      this.#copy(end + 1);
      this.#string(end + 1, "");
      return;
    }
    this.#copy(end);
    if (lower === "by" && (this.#previous === "group" || this.#previous === "order")) {
      // `over (order by 1)` orders by a constant: not a position.
      if (this.#parens.at(-1) !== "window") this.#byList = this.#parens.length;
    } else if (CLAUSE_ENDS.has(lower) && this.#byList === this.#parens.length) {
      this.#byList = undefined;
    }
    this.#significant(lower);
  }

  #number(start: number): void {
    const sql = this.#sql;
    // After `t.` a leading digit starts a name (`t.2fa_enabled`), not a number.
    const qualified =
      sql.charAt(start - 1) === "." &&
      this.#previous === "." &&
      this.#qualifies(start - 1, this.#beforePrevious);
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(sql);
    let end = start + (match?.[0].length ?? 1);
    if (this.#rules.numberSuffixes) {
      NUMBER_SUFFIX.lastIndex = end;
      const suffix = NUMBER_SUFFIX.exec(sql);
      if (suffix && !isIdentifierChar(sql.charAt(end + suffix[0].length))) end += suffix[0].length;
    }
    if (qualified || isIdentifierChar(sql.charAt(end))) {
      // A name that starts with digits (`2fa_enabled`): kept whole.
      while (end < sql.length && isIdentifierChar(sql.charAt(end))) end++;
      this.#copy(end);
      this.#significant("name");
      return;
    }
    const text = sql.slice(start, end);
    if (this.#keepsNumber(end)) this.#copy(end);
    else this.#placeholder(`'<number ${this.#numberOf(text.replaceAll("_", ""))}>'`, end);
    this.#significant("0");
  }

  /** Sizes of a type, `top 10`, and the positions of a `group by` / `order by` list. */
  #keepsNumber(end: number): boolean {
    if (this.#parens.at(-1) === "sizes" || this.#previous === "top") return true;
    if (this.#byList !== this.#parens.length) return false;
    const listed = this.#previous === "by" || this.#previous === ",";
    if (!listed) return false;
    const after = nextSignificant(this.#sql, end);
    return (
      after === "" ||
      after === "," ||
      after === ")" ||
      after === ";" ||
      after === "{" ||
      isIdentifierStart(after)
    );
  }

  #punctuation(ch: string): void {
    if (ch === "(") {
      const sizes = SIZED_TYPES.has(this.#previous) && this.#beforePrevious !== ".";
      const window = this.#previous === "over" || this.#previous === "group";
      this.#parens.push(sizes ? "sizes" : window ? "window" : "other");
    } else if (ch === ")") {
      if (this.#byList !== undefined && this.#byList >= this.#parens.length)
        this.#byList = undefined;
      this.#parens.pop();
    } else if (ch === ";") {
      this.#byList = undefined;
    }
    this.#significant(ch);
  }

  #dollar(start: number): void {
    const sql = this.#sql;
    if (this.#rules.dollarQuotes !== "none") {
      DOLLAR_TAG.lastIndex = start;
      const tag = DOLLAR_TAG.exec(sql)?.[0];
      if (tag && (tag === "$$" || this.#rules.dollarQuotes === "tagged")) {
        const close = sql.indexOf(tag, start + tag.length);
        if (close !== -1) {
          const body = sql.slice(start + tag.length, close);
          this.#literal(pieces(body), tag, tag, close + tag.length);
          return;
        }
      }
    }
    // `$1`: a positional parameter, kept.
    let end = start + 1;
    while (end < sql.length && isIdentifierChar(sql.charAt(end))) end++;
    this.#copy(end);
    this.#significant("name");
  }

  /** A string literal opening at `start` (after any prefix). */
  #string(start: number, prefix: string): void {
    const sql = this.#sql;
    const quote = sql.charAt(start);
    const backslash = this.#rules.backslash || prefix.includes("e");
    if (this.#rules.tripleQuotes && sql.startsWith(quote.repeat(3), start)) {
      const delimiter = quote.repeat(3);
      const end = findDelimiter(sql, start + 3, delimiter, backslash);
      const closed = end < sql.length;
      this.#literal(
        pieces(sql.slice(start + 3, end)),
        delimiter,
        closed ? delimiter : "",
        closed ? end + 3 : end,
      );
      return;
    }
    // `''` inside the quotes is one quote; with backslash escapes, `\'` is too.
    let i = start + 1;
    const runs: Piece[] = [];
    let text = "";
    let closed = false;
    while (i < sql.length) {
      const ch = sql.charAt(i);
      if (ch === "{" && "{%#".includes(sql.charAt(i + 1))) {
        runs.push({ jinja: false, text });
        text = "";
        const end = jinjaEnd(sql, i);
        runs.push({ jinja: true, text: sql.slice(i, end) });
        i = end;
      } else if (ch === "\\" && backslash) {
        text += sql.slice(i, i + 2);
        i += 2;
      } else if (ch === quote) {
        if (sql.charAt(i + 1) === quote) {
          text += quote + quote;
          i += 2;
        } else {
          closed = true;
          i++;
          break;
        }
      } else {
        text += ch;
        i++;
      }
    }
    runs.push({ jinja: false, text });
    this.#literal(runs, quote, closed ? quote : "", i);
  }

  /**
   * Writes a string literal (its prefix, such as `E` or `r`, is already written): `'<string N>'`,
   * or, when it holds Jinja, its own quotes with each run of text between the Jinja replaced.
   */
  #literal(runs: Piece[], open: string, close: string, end: number): void {
    const text = runs.filter((run) => !run.jinja);
    const hasJinja = runs.length > text.length;
    const value = text.map((run) => run.text).join("");
    if (!hasJinja) {
      if (value === "" || PLACEHOLDER.test(value)) this.#copy(end);
      else this.#placeholder(`'<string ${this.#stringOf(decode(value, open))}>'`, end);
    } else {
      const body = runs
        .map((run) =>
          run.jinja || run.text === "" || PLACEHOLDER.test(run.text)
            ? run.text
            : `<string ${this.#stringOf(decode(run.text, open))}>`,
        )
        .join("");
      this.#out.push(open + body + close);
      this.#at = end;
    }
    this.#significant("'");
  }

  #stringOf(value: string): number {
    let n = this.#strings.get(value);
    if (n === undefined) {
      n = ++this.#nextString;
      this.#strings.set(value, n);
    }
    return n;
  }

  #numberOf(value: string): number {
    let n = this.#numbers.get(value);
    if (n === undefined) {
      n = ++this.#nextNumber;
      this.#numbers.set(value, n);
    }
    return n;
  }

  /**
   * Writes a placeholder for the text up to `end`. A space keeps it apart from a quote right
   * before or after (`1'a'`), which would otherwise read as one string with a `''` in it.
   */
  #placeholder(text: string, end: number): void {
    const before = this.#out.at(-1)?.at(-1) === "'" ? " " : "";
    const after = this.#sql.charAt(end) === "'" ? " " : "";
    this.#out.push(before + text + after);
    this.#at = end;
  }

  /** Copies the text from the cursor up to `end` unchanged. */
  #copy(end: number): void {
    this.#out.push(this.#sql.slice(this.#at, end));
    this.#at = end;
  }

  #significant(token: string): void {
    this.#beforePrevious = this.#previous;
    this.#previous = token;
  }
}

/** Splits the body of a string with no escapes (`$$…$$`, `'''…'''`) into text and Jinja. */
function pieces(body: string): Piece[] {
  const runs: Piece[] = [];
  let at = 0;
  const opening = /\{[{%#]/g;
  for (let match = opening.exec(body); match; match = opening.exec(body)) {
    runs.push({ jinja: false, text: body.slice(at, match.index) });
    const end = jinjaEnd(body, match.index);
    runs.push({ jinja: true, text: body.slice(match.index, end) });
    at = end;
    opening.lastIndex = end;
  }
  runs.push({ jinja: false, text: body.slice(at) });
  return runs;
}

/** The value of a literal's text, roughly unescaped: the same value spelled two ways is one. */
function decode(text: string, quote: string): string {
  if (quote.length !== 1) return text;
  return text.replaceAll(quote + quote, quote).replace(/\\(.)/gs, "$1");
}

/** The end of the Jinja tag, expression or comment opening at `start` (the text's end if open). */
function jinjaEnd(text: string, start: number): number {
  const kind = text.charAt(start + 1);
  if (kind === "#") {
    const end = text.indexOf("#}", start + 2);
    return end === -1 ? text.length : end + 2;
  }
  const close = kind === "{" ? "}}" : "%}";
  let quote = "";
  for (let i = start + 2; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (text.startsWith(close, i)) return i + 2;
  }
  return text.length;
}

/** The end of a quoted identifier whose quote is doubled to escape it. */
function quotedEnd(sql: string, from: number, quote: string): number {
  for (let i = from; i < sql.length; i++) {
    if (sql.charAt(i) !== quote) continue;
    if (sql.charAt(i + 1) === quote) i++;
    else return i + 1;
  }
  return sql.length;
}

/** The index of `delimiter` from `from`, skipping backslash escapes; the text's length if none. */
function findDelimiter(sql: string, from: number, delimiter: string, backslash: boolean): number {
  for (let i = from; i < sql.length; i++) {
    if (backslash && sql.charAt(i) === "\\") i++;
    else if (sql.startsWith(delimiter, i)) return i;
  }
  return sql.length;
}

/** The first character after `from` that is not blank or in a comment; "" at the end. */
function nextSignificant(sql: string, from: number): string {
  for (let i = from; i < sql.length; i++) {
    const ch = sql.charAt(i);
    if (/\s/.test(ch)) continue;
    if (sql.startsWith("--", i)) {
      const end = sql.indexOf("\n", i);
      if (end === -1) return "";
      i = end;
    } else if (sql.startsWith("/*", i)) {
      const end = sql.indexOf("*/", i + 2);
      if (end === -1) return "";
      i = end + 1;
    } else return ch;
  }
  return "";
}

function highest(sql: string, pattern: RegExp): number {
  let max = 0;
  for (const match of sql.matchAll(pattern)) max = Math.max(max, Number(match[1]));
  return max;
}
