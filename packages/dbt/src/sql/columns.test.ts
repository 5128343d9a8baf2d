import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inferColumns } from "./columns.js";
import { dialectForAdapter, type SqlDialect } from "./dialect.js";
import type { RelationRef } from "./relation.js";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/sql");

/** `columnsOf` over a table of relations keyed as written (`db.schema.name`, `schema.name`, `name`). */
function relations(known: Record<string, string[]> = {}) {
  const asked: RelationRef[] = [];
  const columnsOf = (relation: RelationRef) => {
    asked.push(relation);
    const key = [relation.database, relation.schema, relation.name]
      .filter((p) => p !== undefined)
      .join(".");
    return known[key];
  };
  return { columnsOf, asked };
}

interface Case {
  name: string;
  dialect: SqlDialect;
  sql: string;
  known?: Record<string, string[]>;
  columns: string[];
  /** Defaults to true. */
  complete?: boolean;
  /** A fragment of the expected note. */
  note?: string;
}

const cases: Case[] = [
  {
    name: "aliases with and without AS, qualified columns",
    dialect: "postgres",
    sql: `select c.id, c.first_name as given_name, c.last_name family_name, c.email
          from raw.customers as c`,
    columns: ["id", "given_name", "family_name", "email"],
  },
  {
    name: "a chain of CTEs ending in select * (jaffle_shop's staging shape)",
    dialect: "duckdb",
    sql: `with source as (select * from raw_customers),
          renamed as (select id as customer_id, first_name, last_name from source)
          select * from renamed`,
    columns: ["customer_id", "first_name", "last_name"],
  },
  {
    name: "select * from a relation the caller knows",
    dialect: "snowflake",
    sql: "select * from ANALYTICS.DBT.STG_ORDERS",
    known: { "ANALYTICS.DBT.STG_ORDERS": ["ORDER_ID", "CUSTOMER_ID", "ORDER_DATE"] },
    columns: ["ORDER_ID", "CUSTOMER_ID", "ORDER_DATE"],
  },
  {
    name: "select * from a relation nobody knows",
    dialect: "postgres",
    sql: "select *, now() as loaded_at from raw.events",
    columns: ["loaded_at"],
    complete: false,
    note: "select * from an unknown relation raw.events",
  },
  {
    name: "an unknown relation in a CTE the final select does not star",
    dialect: "snowflake",
    sql: "with src as (select * from raw.events) select event_id, event_type from src",
    columns: ["event_id", "event_type"],
  },
  {
    name: "t.* from a CTE beside explicit columns",
    dialect: "postgres",
    sql: `with orders as (select id as order_id, customer_id, amount from raw.orders)
          select orders.*, customers.name as customer_name
          from orders join raw.customers as customers on customers.id = orders.customer_id`,
    columns: ["order_id", "customer_id", "amount", "customer_name"],
  },
  {
    name: "t.* by the relation's own name when it has no alias",
    dialect: "postgres",
    sql: "select orders.*, 1 as one from analytics.orders",
    known: { "analytics.orders": ["id", "status"] },
    columns: ["id", "status", "one"],
  },
  {
    name: "Snowflake * EXCLUDE",
    dialect: "snowflake",
    sql: "select * exclude (_loaded_at, _file) from raw.payments",
    known: { "raw.payments": ["ID", "AMOUNT", "_LOADED_AT", "_FILE"] },
    columns: ["ID", "AMOUNT"],
  },
  {
    name: "Snowflake * EXCLUDE a single column, REPLACE and RENAME",
    dialect: "snowflake",
    sql: `select p.* exclude amount replace (upper(method) as method) rename (id as payment_id)
          from raw.payments p`,
    known: { "raw.payments": ["id", "method", "amount"] },
    columns: ["payment_id", "method"],
  },
  {
    name: "Snowflake * ILIKE",
    dialect: "snowflake",
    sql: "select * ilike '%_id' from raw.payments",
    known: { "raw.payments": ["PAYMENT_ID", "ORDER_ID", "AMOUNT"] },
    columns: ["PAYMENT_ID", "ORDER_ID"],
  },
  {
    name: "BigQuery * EXCEPT and REPLACE, backquoted project.dataset.table",
    dialect: "bigquery",
    sql: "select * except (raw_json) replace (lower(email) as email) from `my-proj.crm.users`",
    known: { "my-proj.crm.users": ["user_id", "email", "raw_json"] },
    columns: ["user_id", "email"],
  },
  {
    name: "DuckDB * EXCLUDE",
    dialect: "duckdb",
    sql: "select * exclude (status) from main.orders",
    known: { "main.orders": ["id", "status", "amount"] },
    columns: ["id", "amount"],
  },
  {
    name: "Databricks * EXCEPT",
    dialect: "databricks",
    sql: "select * except (ssn) from hive_metastore.crm.people",
    known: { "hive_metastore.crm.people": ["id", "ssn", "name"] },
    columns: ["id", "name"],
  },
  {
    name: "union all: the first branch names the columns",
    dialect: "postgres",
    sql: `select id, 'web' as channel from web_orders
          union all
          select order_ref, 'store' from store_orders`,
    columns: ["id", "channel"],
  },
  {
    name: "union all whose first branch is select * from a CTE",
    dialect: "snowflake",
    sql: `with a as (select id, created_at from raw.a)
          select * from a
          union all
          select id, created_at from raw.b`,
    columns: ["id", "created_at"],
  },
  {
    name: "Snowflake union all by name",
    dialect: "snowflake",
    sql: "select id, a from t1 union all by name select id, b from t2",
    columns: ["id", "a", "b"],
  },
  {
    name: "a subquery in FROM",
    dialect: "postgres",
    sql: `select * from (
            select customer_id, count(*) as order_count from orders group by 1
          ) as per_customer`,
    columns: ["customer_id", "order_count"],
  },
  {
    name: "select distinct and distinct on",
    dialect: "postgres",
    sql: "select distinct on (customer_id) customer_id, order_date as first_order from orders",
    columns: ["customer_id", "first_order"],
  },
  {
    name: "window functions: aliased, and unaliased as Postgres names them",
    dialect: "postgres",
    sql: `select id,
            row_number() over (partition by customer_id order by created_at) as order_seq,
            lag(amount) over (order by created_at)
          from orders`,
    columns: ["id", "order_seq", "lag"],
  },
  {
    name: "Postgres names unaliased expressions after a column, function or keyword",
    dialect: "postgres",
    sql: `select count(*), status::text, cast(amount as numeric), coalesce(a, b),
            case when x then 1 end, (select max(id) from t2), extract(year from d)
          from t`,
    columns: ["count", "status", "amount", "coalesce", "case", "max", "extract"],
  },
  {
    name: "Redshift names them as Postgres does",
    dialect: "redshift",
    sql: "select sum(amount), getdate() from orders",
    columns: ["sum", "getdate"],
  },
  {
    name: "Spark keeps a column's name through a cast",
    dialect: "databricks",
    sql: "select cast(id as string), amount::double from orders",
    columns: ["id", "amount"],
  },
  {
    name: "Snowflake names an unaliased count(*) after its text: unnamed",
    dialect: "snowflake",
    sql: "select customer_id, count(*) from orders group by 1",
    columns: ["customer_id"],
    complete: false,
    note: "count(…) has no alias",
  },
  {
    name: "BigQuery names an unaliased expression by position: unnamed",
    dialect: "bigquery",
    sql: "select id, amount * 100 from orders",
    columns: ["id"],
    complete: false,
    note: "has no alias",
  },
  {
    name: "Snowflake : paths and :: casts",
    dialect: "snowflake",
    sql: `select payload:id::string as event_id, payload:user.name::varchar as user_name,
            value:amount as amount
          from raw.events`,
    columns: ["event_id", "user_name", "amount"],
  },
  {
    name: "Snowflake LATERAL FLATTEN: its fixed columns through f.*",
    dialect: "snowflake",
    sql: "select e.id, f.* from raw.events e, lateral flatten(input => e.payload:items) f",
    columns: ["id", "SEQ", "KEY", "PATH", "INDEX", "VALUE", "THIS"],
  },
  {
    name: "quoted identifiers keep their case, unquoted",
    dialect: "snowflake",
    sql: `select "Order ID", o."CamelCase" as "Display Name", lower_case from "RAW"."Orders" o`,
    columns: ["Order ID", "Display Name", "lower_case"],
  },
  {
    name: "join using: select * lists the merged column once",
    dialect: "postgres",
    sql: "select * from a join b using (id)",
    known: { a: ["id", "x"], b: ["id", "y"] },
    columns: ["id", "x", "y"],
  },
  {
    name: "join on: a column in both sides is listed once, with a note",
    dialect: "duckdb",
    sql: "select * from a join b on a.id = b.id",
    known: { a: ["id", "x"], b: ["id", "y"] },
    columns: ["id", "x", "y"],
    note: "column id appears more than once",
  },
  {
    name: "a recursive CTE",
    dialect: "postgres",
    sql: `with recursive days as (
            select date '2024-01-01' as day
            union all
            select day + 1 from days where day < date '2024-12-31'
          ) select * from days`,
    columns: ["day"],
  },
  {
    name: "a CTE's column list renames its query's columns",
    dialect: "postgres",
    sql: "with totals(customer_id, total) as (select customer_id, sum(amount) from orders group by 1) select * from totals",
    columns: ["customer_id", "total"],
  },
  {
    name: "values with a column list",
    dialect: "postgres",
    sql: "select * from (values (1, 'placed'), (2, 'shipped')) as statuses(id, label)",
    columns: ["id", "label"],
  },
  {
    name: "a CTE inside a subquery shadows an outer one",
    dialect: "postgres",
    sql: `with x as (select 1 as outer_col)
          select * from (with x as (select 2 as inner_col) select * from x) as s`,
    columns: ["inner_col"],
  },
  {
    name: "select * over two CTEs with a column in common",
    dialect: "snowflake",
    sql: `with a as (select 1 as a1), b as (select * from a)
          select * from a, b`,
    columns: ["a1"],
    note: "column a1 appears more than once",
  },
  {
    name: "select * without FROM",
    dialect: "duckdb",
    sql: "select 1 as one, *",
    columns: ["one"],
    complete: false,
    note: "select * without a FROM clause",
  },
  {
    name: "several statements: the last query is the model",
    dialect: "snowflake",
    sql: "set cutoff = '2024-01-01'; select id, created_at from raw.events",
    columns: ["id", "created_at"],
  },
  {
    name: "t.* naming no FROM relation",
    dialect: "postgres",
    sql: "select missing.* from orders",
    columns: [],
    complete: false,
    note: "missing.* names no relation",
  },
  {
    name: "SQL that does not parse",
    dialect: "postgres",
    sql: "select id from orders where (",
    columns: [],
    complete: false,
    note: "could not be parsed",
  },
  {
    name: "no select statement",
    dialect: "postgres",
    sql: "drop table if exists t",
    columns: [],
    complete: false,
    note: "no select statement",
  },
  {
    name: "a column named by a Jinja placeholder",
    dialect: "snowflake",
    sql: "select id, __dbt_jinja__, amount as __dbt_jinja___amount from t",
    columns: ["id"],
    complete: false,
    note: "Jinja",
  },
];

describe("inferColumns", () => {
  it.each(cases)("$name ($dialect)", async (c) => {
    const { columnsOf } = relations(c.known);
    const result = await inferColumns(c.sql, { dialect: c.dialect, columnsOf });
    expect(result.columns).toEqual(c.columns);
    expect(result.complete).toBe(c.complete ?? true);
    if (c.note) expect(result.notes.join("\n")).toContain(c.note);
    if ((c.complete ?? true) && !c.note) expect(result.notes).toEqual([]);
  });

  it("asks for relations as written, quotes removed", async () => {
    const { columnsOf, asked } = relations();
    await inferColumns(`select * from "ANALYTICS"."Stg Orders", raw.events, prod.raw.payments`, {
      dialect: "postgres",
      columnsOf,
    });
    expect(asked).toEqual([
      { schema: "ANALYTICS", name: "Stg Orders" },
      { schema: "raw", name: "events" },
      { database: "prod", schema: "raw", name: "payments" },
    ]);
  });

  it("does not ask about relations whose columns are not needed", async () => {
    const { columnsOf, asked } = relations();
    await inferColumns("with a as (select * from raw.a) select id from a", {
      dialect: "snowflake",
      columnsOf,
    });
    expect(asked).toEqual([]);
  });

  it("never throws, whatever it is given", async () => {
    const { columnsOf } = relations();
    for (const sql of ["", ";", "select", "{{ ref('x') }}", "select * from (", "\u0000"]) {
      const result = await inferColumns(sql, { dialect: "snowflake", columnsOf });
      expect(result.complete).toBe(false);
      expect(result.notes.length).toBeGreaterThan(0);
    }
  });

  it("reports what columnsOf throws as a partial list", async () => {
    const result = await inferColumns("select * from t", {
      dialect: "postgres",
      columnsOf: () => {
        throw new Error("catalog unreadable");
      },
    });
    expect(result).toEqual({
      columns: [],
      complete: false,
      notes: ["the select list could not be read: catalog unreadable"],
    });
  });
});

describe("inferColumns on real compiled SQL (fixtures/sql)", () => {
  const read = (file: string) => readFileSync(resolve(FIXTURES, file), "utf8");

  it("Snowflake: : paths and table(flatten(...)) (ethereum-models)", async () => {
    const { columnsOf } = relations();
    const result = await inferColumns(
      read("ethereum-models--sushi__dim_distributor_reward_schedule.compiled.sql"),
      { dialect: "snowflake", columnsOf },
    );
    // The catalog's columns, upper-cased there by Snowflake.
    expect(result).toEqual({
      columns: ["merkle_root", "rewards_snapshot", "address", "index", "amount", "proof"],
      complete: true,
      notes: [],
    });
  });

  it("Snowflake: qualify and a correlated filter (crosschain-models)", async () => {
    const { columnsOf } = relations();
    const result = await inferColumns(
      read("crosschain-models--silver__asset_metadata_coin_gecko.compiled.sql"),
      { dialect: "snowflake", columnsOf },
    );
    expect(result.columns).toEqual([
      "id",
      "token_address",
      "NAME",
      "symbol",
      "platform",
      "_inserted_timestamp",
    ]);
    expect(result.complete).toBe(true);
  });

  it("Snowflake: select distinct over union all (tuva)", async () => {
    const { columnsOf } = relations();
    const result = await inferColumns(read("tuva--core__stg_claims_location.compiled.sql"), {
      dialect: "snowflake",
      columnsOf,
    });
    expect(result.columns.map((c) => c.toUpperCase())).toEqual([
      "LOCATION_ID",
      "NPI",
      "NAME",
      "FACILITY_TYPE",
      "PARENT_ORGANIZATION",
      "ADDRESS",
      "CITY",
      "STATE",
      "ZIP_CODE",
      "LATITUDE",
      "LONGITUDE",
      "DATA_SOURCE",
      "TUVA_LAST_RUN",
    ]);
    expect(result.complete).toBe(true);
  });

  it("Postgres: select * through four CTEs over quoted relations (hubspot)", async () => {
    const { columnsOf, asked } = relations();
    const result = await inferColumns(read("hubspot--hubspot__deal_stages.compiled.sql"), {
      dialect: "postgres",
      columnsOf,
    });
    expect(result.columns).toContain("merged_deal_ids");
    expect(result.columns).toHaveLength(25);
    expect(result.complete).toBe(true);
    // The final select lists its columns: no relation is asked about.
    expect(asked).toEqual([]);
  });
});

describe("dialectForAdapter", () => {
  it.each([
    ["snowflake", "snowflake"],
    ["postgres", "postgres"],
    ["duckdb", "duckdb"],
    ["bigquery", "bigquery"],
    ["redshift", "redshift"],
    ["databricks", "databricks"],
    ["spark", "spark"],
    ["materialize", "postgres"],
    ["Snowflake", "snowflake"],
    ["trino", "generic"],
    [undefined, "generic"],
  ] as const)("%s → %s", (adapter, dialect) => {
    expect(dialectForAdapter(adapter)).toBe(dialect);
  });
});
