import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PROJECTS } from "../fixture-projects.js";
import { loadProject } from "../manifest/load.js";
import type { DbtNode } from "../project.js";
import { dialectForAdapter, type SqlDialect } from "./dialect.js";
import { loadSqlParser, parseSql } from "./parser.js";
import { redactLiterals } from "./redact.js";

const DIALECTS: readonly SqlDialect[] = [
  "snowflake",
  "bigquery",
  "postgres",
  "redshift",
  "duckdb",
  "databricks",
  "spark",
  "generic",
];

describe("redactLiterals", () => {
  it.each<{ name: string; dialect: SqlDialect; sql: string; expected: string }>([
    {
      name: "customer e-mails in a case when: one value, one number",
      dialect: "snowflake",
      sql: "case when email = 'jane@acme.com' then 'vip' when backup_email = 'jane@acme.com' then 'vip' else 'standard' end",
      expected:
        "case when email = '<string 1>' then '<string 2>' when backup_email = '<string 1>' then '<string 2>' else '<string 3>' end",
    },
    {
      name: "Jinja expressions, tags and comments stay",
      dialect: "snowflake",
      sql: "{{ config(materialized='table') }}\nselect * from {{ ref('stg_orders') }} o\n{% if is_incremental() %} where o.status = 'returned' {% endif %} {# 'note' #}",
      expected:
        "{{ config(materialized='table') }}\nselect * from {{ ref('stg_orders') }} o\n{% if is_incremental() %} where o.status = '<string 1>' {% endif %} {# 'note' #}",
    },
    {
      name: "integers, decimals, .5, exponents; the sign stays an operator",
      dialect: "snowflake",
      sql: "where amount > 1000.50 and discount < .5 and score >= 1e-3 and qty = -2 and id = 1000.50",
      expected:
        "where amount > '<number 1>' and discount < '<number 2>' and score >= '<number 3>' and qty = -'<number 4>' and id = '<number 1>'",
    },
    {
      name: "digits in names are not numbers",
      dialect: "snowflake",
      sql: 'select col_1, t1.x, "2fa_enabled", "Order Total 2024", a$1 from schema_2.t1',
      expected: 'select col_1, t1.x, "2fa_enabled", "Order Total 2024", a$1 from schema_2.t1',
    },
    {
      name: "group by / order by positions stay, a limit does not",
      dialect: "snowflake",
      sql: "select a, b, sum(c) from t group by 1, 2 order by 1 desc, 2 nulls last limit 100",
      expected:
        "select a, b, sum(c) from t group by 1, 2 order by 1 desc, 2 nulls last limit '<number 1>'",
    },
    {
      name: "a having after a group by, and an expression in an order by",
      dialect: "snowflake",
      sql: "select a from t group by 1 having count(*) > 1 order by a * 2, 1",
      expected:
        "select a from t group by 1 having count(*) > '<number 1>' order by a * '<number 2>', 1",
    },
    {
      name: "type sizes and top stay",
      dialect: "snowflake",
      sql: "select top 10 cast(amount as number(38, 2)), note::varchar(256), round(amount, 2) from t",
      expected:
        "select top 10 cast(amount as number(38, 2)), note::varchar(256), round(amount, '<number 1>') from t",
    },
    {
      name: "$$ strings, $1 columns of a stage, backslash escapes and // comments",
      dialect: "snowflake",
      sql: "select $$it's a \"string\"$$, $1:email::string, 'it\\'s' // 'a note' 42\nfrom @stage",
      expected: "select '<string 1>', $1:email::string, '<string 2>' // 'a note' 42\nfrom @stage",
    },
    {
      name: "typed literals keep their keyword",
      dialect: "snowflake",
      sql: "where created_at >= date '2024-01-01' and updated_at < timestamp '2024-01-01 00:00:00'",
      expected: "where created_at >= date '<string 1>' and updated_at < timestamp '<string 2>'",
    },
    {
      name: "Jinja inside a string stays, the text around it does not",
      dialect: "snowflake",
      sql: "where d >= '{{ var(\"start_date\") }}' and code like 'EU_{{ var('region') }}%'",
      expected:
        "where d >= '{{ var(\"start_date\") }}' and code like '<string 1>{{ var('region') }}<string 2>'",
    },
    {
      name: "-- and /* */ comments stay",
      dialect: "snowflake",
      sql: "select 1 -- 'jane@acme.com' 42\n/* 'x' 3.5 */ , 'y'",
      expected: "select '<number 1>' -- 'jane@acme.com' 42\n/* 'x' 3.5 */ , '<string 1>'",
    },
    {
      name: "no backslash escapes in Postgres strings, but in E'…'",
      dialect: "postgres",
      sql: "select 'C:\\' as path, 'x' as y, E'it\\'s' as z",
      expected: "select '<string 1>' as path, '<string 2>' as y, E'<string 3>' as z",
    },
    {
      name: "tagged dollar quoting",
      dialect: "postgres",
      sql: "select $fn$ select 'a' $fn$ as body, $$x$$ as y",
      expected: "select '<string 1>' as body, '<string 2>' as y",
    },
    {
      name: "double quotes name a column in Postgres",
      dialect: "postgres",
      sql: 'select "customer\'s email", "a""b" from t where "x" = \'x\'',
      expected: 'select "customer\'s email", "a""b" from t where "x" = \'<string 1>\'',
    },
    {
      name: "nested block comments",
      dialect: "postgres",
      sql: "/* outer /* inner 'x' */ still a comment 42 */ select 7",
      expected: "/* outer /* inner 'x' */ still a comment 42 */ select '<number 1>'",
    },
    {
      name: "casts with sizes and intervals",
      dialect: "postgres",
      sql: "select x::numeric(10,2), y::character varying(255), now() - interval '7 days'",
      expected: "select x::numeric(10,2), y::character varying(255), now() - interval '<string 1>'",
    },
    {
      name: "'' escapes: the same name spelled the same way is one value",
      dialect: "postgres",
      sql: "where last_name in ('O''Brien', 'Jane', 'O''Brien')",
      expected: "where last_name in ('<string 1>', '<string 2>', '<string 1>')",
    },
    {
      name: "BigQuery: double quotes make strings, backticks names",
      dialect: "bigquery",
      sql: "select * from `my-project.analytics.orders` where status = \"shipped\" or status = 'shipped'",
      expected:
        "select * from `my-project.analytics.orders` where status = '<string 1>' or status = '<string 1>'",
    },
    {
      name: "BigQuery: triple quotes",
      dialect: "bigquery",
      sql: "select '''multi\nline 'quoted' text''', \"\"\"x \"y\" z\"\"\"",
      expected: "select '<string 1>', '<string 2>'",
    },
    {
      name: "BigQuery: raw and bytes prefixes",
      dialect: "bigquery",
      sql: "where regexp_contains(email, r'@acme\\.com$') and token = b'abc' and tag = RB\"x\"",
      expected:
        "where regexp_contains(email, r'<string 1>') and token = b'<string 2>' and tag = RB'<string 3>'",
    },
    {
      name: "BigQuery: # comments and backslash escapes",
      dialect: "bigquery",
      sql: "select 'it\\'s', \"say \\\"hi\\\"\" # 'comment' 12\nfrom t",
      expected: "select '<string 1>', '<string 2>' # 'comment' 12\nfrom t",
    },
    {
      name: "BigQuery: hexadecimal numbers and array offsets",
      dialect: "bigquery",
      sql: "select 0x1F, items[offset(0)] from t",
      expected: "select '<number 1>', items[offset('<number 2>')] from t",
    },
    {
      name: "Databricks: typed numbers, double-quoted strings, backticks",
      dialect: "databricks",
      sql: 'select 10L, 1.5BD, 2D, `2fa enabled`, "yes" from t where `x` = 10L',
      expected:
        "select '<number 1>', '<number 2>', '<number 3>', `2fa enabled`, '<string 1>' from t where `x` = '<number 1>'",
    },
    {
      name: "Spark: names that start with digits stay",
      dialect: "spark",
      sql: "select 2fa_enabled, t.2fa_enabled, 1d_users from t where a = 'x\\'y'",
      expected: "select 2fa_enabled, t.2fa_enabled, 1d_users from t where a = '<string 1>'",
    },
    {
      name: "DuckDB: 1_000_000 is 1000000",
      dialect: "duckdb",
      sql: 'select 1_000_000 as million, "Amount 1" from t where n > 1000000',
      expected: "select '<number 1>' as million, \"Amount 1\" from t where n > '<number 1>'",
    },
    {
      name: "Redshift: backslash escapes",
      dialect: "redshift",
      sql: "select 'it\\'s', 'plain' from t",
      expected: "select '<string 1>', '<string 2>' from t",
    },
    {
      name: "generic: quoted names and positional parameters",
      dialect: "generic",
      sql: "select \"Customer Email\", $1, x[2] from t where y between 1 and 10 and z = 'a'",
      expected:
        "select \"Customer Email\", $1, x['<number 1>'] from t where y between '<number 2>' and '<number 3>' and z = '<string 1>'",
    },
    {
      name: "empty strings stay, they hold nothing",
      dialect: "generic",
      sql: "select coalesce(note, '') from t",
      expected: "select coalesce(note, '') from t",
    },
    {
      name: "placeholders already there stay, and new values number after them",
      dialect: "generic",
      sql: "where a = '<string 2>' and b = 'new' and c = '<number 1>' and d = 5",
      expected:
        "where a = '<string 2>' and b = '<string 3>' and c = '<number 1>' and d = '<number 2>'",
    },
    {
      name: "an unterminated string is redacted to the end",
      dialect: "generic",
      sql: "select 'jane@acme.com, 42 from t",
      expected: "select '<string 1>'",
    },
    {
      name: "unterminated Jinja stays",
      dialect: "generic",
      sql: "select * from {{ ref('orders'",
      expected: "select * from {{ ref('orders'",
    },
    {
      name: "literals side by side stay apart",
      dialect: "generic",
      sql: "select 1'a', 'b'2, 'c''d', 3''",
      expected:
        "select '<number 1>' '<string 1>', '<string 2>' '<number 2>', '<string 3>', '<number 3>' ''",
    },
    {
      name: "a window's order by is not a position list",
      dialect: "snowflake",
      sql: "select row_number() over (order by 1) = 1, sum(x) over (partition by a order by b rows between 1 preceding and current row) from t order by 1",
      expected:
        "select row_number() over (order by '<number 1>') = '<number 1>', sum(x) over (partition by a order by b rows between '<number 1>' preceding and current row) from t order by 1",
    },
  ])("$dialect: $name", ({ dialect, sql, expected }) => {
    expect(redactLiterals(sql, { dialect }).sql).toBe(expected);
  });

  it("counts the distinct values it replaced", () => {
    expect(
      redactLiterals("select 'a', 'b', 'a', 1, 2.0, 1, '<string 9>' from t group by 1", {
        dialect: "snowflake",
      }),
    ).toEqual({
      sql: "select '<string 10>', '<string 11>', '<string 10>', '<number 1>', '<number 2>', '<number 1>', '<string 9>' from t group by 1",
      strings: 2,
      numbers: 2,
    });
  });
});

describe("redactLiterals properties", () => {
  const dialect = fc.constantFrom(...DIALECTS);
  /** SQL-ish text: keywords, names, quotes of every kind, digits, Jinja, comments. */
  const sqlish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "select ",
          "group by ",
          "order by ",
          " 1",
          ", 2",
          "'a'",
          "'",
          '"',
          "`",
          "$$",
          "$t$",
          "$1",
          "\\",
          "--",
          "/*",
          "*/",
          "\n",
          "{{",
          "}}",
          "{%",
          "%}",
          "{#",
          "#}",
          "#",
          "//",
          "E'",
          "r'",
          "'''",
          "1e5",
          ".5",
          "0x1F",
          "10L",
          "(",
          ")",
          "numeric(",
          "top ",
          "<string 1>",
          "<number 2>",
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(""));

  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(sqlish, dialect, (sql, name) => {
        const once = redactLiterals(sql, { dialect: name });
        const twice = redactLiterals(once.sql, { dialect: name });
        expect(twice.sql).toBe(once.sql);
        expect(twice.strings + twice.numbers).toBe(0);
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves text without quotes and digits unchanged", () => {
    const plain = fc.string({
      unit: fc.constantFrom(..."abcxyz_ ,.()*+-=<>;:\n\t{}%#/é".split("")),
      maxLength: 60,
    });
    fc.assert(
      fc.property(plain, dialect, (sql, name) => {
        expect(redactLiterals(sql, { dialect: name })).toEqual({ sql, strings: 0, numbers: 0 });
      }),
      { numRuns: 1_000 },
    );
  });
});

// Every model of the real fixture projects, from the manifest dbt wrote.
interface FixtureModel {
  project: string;
  node: DbtNode;
  dialect: SqlDialect;
}

/** Literal values in a parsed statement: strings (every quoting) and numbers. */
function literals(ast: unknown): { strings: string[]; numbers: string[]; positions: number } {
  const found = { strings: [] as string[], numbers: [] as string[], positions: 0 };
  const positionItems = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    // `group by 1, 2` and `order by 1 desc`: items that are a bare number.
    const groupBy = (record.group_by as { Expressions?: unknown[][] } | undefined)
      ?.Expressions?.[0];
    for (const item of groupBy ?? []) positionItems.add(item);
    const orderBy = (record.kind as { Expressions?: Array<{ expr: unknown }> } | undefined)
      ?.Expressions;
    for (const item of orderBy ?? []) positionItems.add(item.expr);
    for (const [key, value] of Object.entries(record)) {
      const literal = key === "Value" ? (value as { value?: unknown }).value : undefined;
      if (typeof literal === "object" && literal !== null) {
        const [kind, content] = Object.entries(literal)[0] ?? [];
        if (kind === "Number") {
          if (positionItems.has(node)) found.positions++;
          else found.numbers.push(String((content as unknown[])[0]));
        } else if (typeof content === "string") found.strings.push(content);
        else if (typeof (content as { value?: unknown })?.value === "string") {
          found.strings.push((content as { value: string }).value);
        }
      } else visit(value);
    }
  };
  visit(ast);
  return found;
}

/** The text outside Jinja and comments, for looking for literals left behind. */
function outsideJinjaAndComments(sql: string): string {
  return sql
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, " ")
    .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
}

describe("redactLiterals on the fixture projects", () => {
  const models: FixtureModel[] = [];

  beforeAll(async () => {
    await loadSqlParser();
    for (const name of readdirSync(FIXTURE_PROJECTS).sort()) {
      const loaded = await loadProject({
        projectDir: join(FIXTURE_PROJECTS, name),
        catalogPath: false,
      }).catch(() => undefined); // dbt-osmosis-demo and manifest-versions have no target/
      if (!loaded) continue;
      const dialect = dialectForAdapter(loaded.project.adapter);
      for (const node of loaded.project.nodes.values()) {
        if (node.resourceType === "model" && node.rawSql)
          models.push({ project: name, node, dialect });
      }
    }
  });

  it("reads the models of every project with a manifest", () => {
    expect(new Set(models.map((m) => m.project))).toEqual(
      new Set([
        "crosschain-models",
        "ethereum-models",
        "flow-models",
        "hubspot",
        "hubspot-v11",
        "jaffle-shop",
        "jaffle-shop-duckdb",
        "qfdmo",
        "tuva",
      ]),
    );
    expect(models.length).toBeGreaterThan(900);
  });

  it("keeps every ref and source of the raw SQL, and no string literal outside Jinja and comments", () => {
    let checked = 0;
    for (const { project, node, dialect } of models) {
      const raw = node.rawSql as string;
      const { sql } = redactLiterals(raw, { dialect });
      expect(redactLiterals(sql, { dialect }).sql, `${project} ${node.name}: twice`).toBe(sql);
      const calls = raw.match(/\{\{-?\s*(?:ref|source)\s*\([^)]*\)\s*-?\}\}/g) ?? [];
      for (const call of calls) {
        expect(sql.split(call).length, `${project} ${node.name}: ${call}`).toBe(
          raw.split(call).length,
        );
      }
      const before = outsideJinjaAndComments(raw);
      const after = outsideJinjaAndComments(sql);
      for (const [literal, content] of before.matchAll(/'((?:[^'\\]|''|\\.)*)'/g)) {
        if (content === undefined || content.length < 3 || /^<(string|number) \d+>$/.test(content))
          continue;
        checked++;
        expect(after.includes(literal), `${project} ${node.name}: ${literal}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(2_500);
  });

  it("leaves compiled SQL parsable, with placeholders for every string and number but positions", () => {
    let parsed = 0;
    let numbers = 0;
    let positions = 0;
    for (const { project, node, dialect } of models) {
      if (!node.compiledSql) continue;
      const original = parseSql(node.compiledSql, dialect);
      if (!original.ok) continue;
      parsed++;
      const redacted = redactLiterals(node.compiledSql, { dialect });
      const result = parseSql(redacted.sql, dialect);
      if (!result.ok) throw new Error(`${project} ${node.name}: ${result.error}`);
      const before = literals(original.statements);
      const after = literals(result.statements);
      numbers += before.numbers.length;
      positions += before.positions;
      expect(
        after.strings.filter((s) => s !== "" && !/^<string \d+>$|^<number \d+>$/.test(s)),
        `${project} ${node.name}`,
      ).toEqual([]);
      expect(after.numbers, `${project} ${node.name}`).toEqual([]);
      expect(after.positions, `${project} ${node.name}`).toBe(before.positions);
    }
    expect(parsed).toBeGreaterThan(900);
    expect(numbers).toBeGreaterThan(2_500);
    expect(positions).toBeGreaterThan(100);
  });
});
