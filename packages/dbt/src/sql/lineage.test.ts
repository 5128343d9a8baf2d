import { describe, expect, it } from "vitest";
import type { SqlDialect } from "./dialect.js";
import type { ColumnSource } from "./lineage.js";
import { columnLineage } from "./lineage.js";
import type { RelationRef } from "./relation.js";

/** `columnsOf` over a table of relations keyed as written (`db.schema.name`, `schema.name`, `name`). */
function relations(known: Record<string, string[]> = {}) {
  return (relation: RelationRef) =>
    known[
      [relation.database, relation.schema, relation.name].filter((p) => p !== undefined).join(".")
    ];
}

/** `=schema.table.column` when the output is the column itself, `~schema.table.column` when computed from it. */
function shown(sources: ColumnSource[]): string[] {
  return sources.map((s) => {
    const { database, schema, name } = s.relation;
    const relation = [database, schema, name].filter((p) => p !== undefined).join(".");
    return `${s.direct ? "=" : "~"}${relation}.${s.column}`;
  });
}

interface Case {
  name: string;
  dialect: SqlDialect;
  sql: string;
  known?: Record<string, string[]>;
  /** Every output column, lower-cased, with what feeds it. */
  lineage: Record<string, string[]>;
  /** Defaults to true. */
  complete?: boolean;
  /** A fragment of the expected note. */
  note?: string;
}

const ORDERS = { "raw.orders": ["id", "customer_id", "amount", "status", "created_at"] };
const CUSTOMERS = { "raw.customers": ["id", "name", "email"] };

const cases: Case[] = [
  {
    name: "renames, with and without AS, qualified and not",
    dialect: "postgres",
    sql: "select o.id as order_id, o.status state, amount from raw.orders as o",
    lineage: {
      order_id: ["=raw.orders.id"],
      state: ["=raw.orders.status"],
      amount: ["=raw.orders.amount"],
    },
  },
  {
    name: "casts stay direct: ::, cast, try_cast",
    dialect: "snowflake",
    sql: `select id::varchar as id, cast(amount as number(10, 2)) as amount,
            try_cast(status as int) as status_code, (created_at)::date as created_on
          from raw.orders`,
    lineage: {
      id: ["=raw.orders.id"],
      amount: ["=raw.orders.amount"],
      status_code: ["=raw.orders.status"],
      created_on: ["=raw.orders.created_at"],
    },
  },
  {
    name: "BigQuery safe_cast over a backquoted project.dataset.table",
    dialect: "bigquery",
    sql: "select safe_cast(user_id as int64) as user_id from `my-proj.crm.users`",
    lineage: { user_id: ["=my-proj.crm.users.user_id"] },
  },
  {
    name: "coalesce with a literal, trim, lower and upper stay direct; two columns are computed",
    dialect: "postgres",
    sql: `select coalesce(amount, 0) as amount, coalesce(status, cast(null as text)) as status,
            trim(name) as name, lower(email) as email, upper(trim(both ' ' from name)) as shout,
            coalesce(email, name) as contact, lower(name || email) as handle
          from raw.customers, raw.orders`,
    known: { ...ORDERS, ...CUSTOMERS },
    lineage: {
      amount: ["=raw.orders.amount"],
      status: ["=raw.orders.status"],
      name: ["=raw.customers.name"],
      email: ["=raw.customers.email"],
      shout: ["=raw.customers.name"],
      contact: ["~raw.customers.email", "~raw.customers.name"],
      handle: ["~raw.customers.name", "~raw.customers.email"],
    },
  },
  {
    name: "a chain of CTEs ending in select * (jaffle_shop's staging shape)",
    dialect: "duckdb",
    sql: `with source as (select * from raw_customers),
          renamed as (select id as customer_id, first_name, last_name as surname from source)
          select * from renamed`,
    lineage: {
      customer_id: ["=raw_customers.id"],
      first_name: ["=raw_customers.first_name"],
      surname: ["=raw_customers.last_name"],
    },
  },
  {
    name: "a computed column stays computed through later casts and CTEs",
    dialect: "postgres",
    sql: `with totals as (select customer_id, sum(amount) as total from raw.orders group by 1),
          typed as (select customer_id, total::numeric(12, 2) as total from totals)
          select * from typed`,
    lineage: { customer_id: ["=raw.orders.customer_id"], total: ["~raw.orders.amount"] },
  },
  {
    name: "joins with aliases",
    dialect: "postgres",
    sql: `select o.id as order_id, c.name as customer_name, c.id as customer_id
          from raw.orders o left join raw.customers c on c.id = o.customer_id`,
    lineage: {
      order_id: ["=raw.orders.id"],
      customer_name: ["=raw.customers.name"],
      customer_id: ["=raw.customers.id"],
    },
  },
  {
    name: "unqualified columns over two relations, resolved by their known columns",
    dialect: "postgres",
    sql: "select status, email from raw.orders o join raw.customers c on c.id = o.customer_id",
    known: { ...ORDERS, ...CUSTOMERS },
    lineage: { status: ["=raw.orders.status"], email: ["=raw.customers.email"] },
  },
  {
    name: "unqualified over two relations: the one whose columns are unknown, when the other lacks it",
    dialect: "snowflake",
    sql: "select amount, event_type from raw.orders o join raw.events e on e.order_id = o.id",
    known: ORDERS,
    lineage: { amount: ["=raw.orders.amount"], event_type: ["=raw.events.event_type"] },
  },
  {
    name: "an unqualified column in both relations is ambiguous",
    dialect: "postgres",
    sql: "select id, name from raw.orders o join raw.customers c on c.id = o.customer_id",
    known: { ...ORDERS, ...CUSTOMERS },
    lineage: { id: [], name: ["=raw.customers.name"] },
    complete: false,
    note: "the column id is in more than one relation",
  },
  {
    name: "union all: each column reads the same position of every branch",
    dialect: "postgres",
    sql: `select id, 'web' as channel, amount from raw.web_orders
          union all
          select order_ref, 'store', total_cents / 100.0 from raw.store_orders`,
    lineage: {
      id: ["=raw.web_orders.id", "=raw.store_orders.order_ref"],
      channel: [],
      amount: ["=raw.web_orders.amount", "~raw.store_orders.total_cents"],
    },
  },
  {
    name: "union of three branches, one a select * from a CTE",
    dialect: "snowflake",
    sql: `with a as (select id, created_at from raw.a)
          select * from a
          union all select id, created_at from raw.b
          union all select uid, inserted_at from raw.c`,
    lineage: {
      id: ["=raw.a.id", "=raw.b.id", "=raw.c.uid"],
      created_at: ["=raw.a.created_at", "=raw.b.created_at", "=raw.c.inserted_at"],
    },
  },
  {
    name: "except reads the left branch only",
    dialect: "postgres",
    sql: "select id from raw.orders except select order_id from raw.refunds",
    lineage: { id: ["=raw.orders.id"] },
  },
  {
    name: "Snowflake union all by name matches columns by name",
    dialect: "snowflake",
    sql: "select id, a from t1 union all by name select b, id from t2",
    lineage: { id: ["=t1.id", "=t2.id"], a: ["=t1.a"], b: ["=t2.b"] },
  },
  {
    name: "select * from a known relation: each column is itself, as the relation spells it",
    dialect: "snowflake",
    sql: "select * from ANALYTICS.DBT.STG_ORDERS",
    known: { "ANALYTICS.DBT.STG_ORDERS": ["ORDER_ID", "CUSTOMER_ID"] },
    lineage: {
      order_id: ["=ANALYTICS.DBT.STG_ORDERS.ORDER_ID"],
      customer_id: ["=ANALYTICS.DBT.STG_ORDERS.CUSTOMER_ID"],
    },
  },
  {
    name: "columns named through a select * over a relation nobody knows",
    dialect: "snowflake",
    sql: "with src as (select * from raw.events) select event_id, s.payload from src as s",
    lineage: { event_id: ["=raw.events.event_id"], payload: ["=raw.events.payload"] },
  },
  {
    name: "a column past the ones YAML lists, through select *",
    dialect: "postgres",
    sql: "with o as (select * from raw.orders) select o.discount from o",
    known: ORDERS,
    lineage: { discount: ["=raw.orders.discount"] },
  },
  {
    name: "t.* from a CTE beside explicit columns",
    dialect: "postgres",
    sql: `with orders as (select id as order_id, amount * 100 as cents from raw.orders)
          select orders.*, customers.name as customer_name
          from orders join raw.customers as customers on customers.id = orders.order_id`,
    lineage: {
      order_id: ["=raw.orders.id"],
      cents: ["~raw.orders.amount"],
      customer_name: ["=raw.customers.name"],
    },
  },
  {
    name: "Snowflake * EXCLUDE, REPLACE and RENAME",
    dialect: "snowflake",
    sql: `select p.* exclude amount replace (upper(method) as method, method || '!' as note)
            rename (id as payment_id)
          from raw.payments p`,
    known: { "raw.payments": ["id", "method", "amount", "note"] },
    lineage: {
      payment_id: ["=raw.payments.id"],
      method: ["=raw.payments.method"],
      note: ["~raw.payments.method"],
    },
  },
  {
    name: "a renamed column of a * over an unknown relation is found by its old name",
    dialect: "snowflake",
    sql: `with p as (select * exclude (_loaded_at) rename (id as payment_id) from raw.payments)
          select payment_id, amount from p`,
    lineage: { payment_id: ["=raw.payments.id"], amount: ["=raw.payments.amount"] },
  },
  {
    name: "BigQuery * EXCEPT",
    dialect: "bigquery",
    sql: "select * except (raw_json) from `my-proj.crm.users`",
    known: { "my-proj.crm.users": ["user_id", "email", "raw_json"] },
    lineage: { user_id: ["=my-proj.crm.users.user_id"], email: ["=my-proj.crm.users.email"] },
  },
  {
    name: "join using: the merged column is the left side's",
    dialect: "postgres",
    sql: "select *, id as again from raw.a join raw.b using (id)",
    known: { "raw.a": ["id", "x"], "raw.b": ["id", "y"] },
    lineage: { id: ["=raw.a.id"], x: ["=raw.a.x"], y: ["=raw.b.y"], again: ["=raw.a.id"] },
  },
  {
    name: "nested subqueries in FROM",
    dialect: "postgres",
    sql: `select per_customer.customer_id, per_customer.orders
          from (
            select customer_id, count(distinct id) as orders
            from (select * from raw.orders where status <> 'cancelled') as live
            group by 1
          ) as per_customer`,
    lineage: { customer_id: ["=raw.orders.customer_id"], orders: ["~raw.orders.id"] },
  },
  {
    name: "scalar subqueries, exists and in (select …) are not read",
    dialect: "postgres",
    sql: `select id,
            (select max(created_at) from raw.events e where e.order_id = o.id) as last_event,
            exists (select 1 from raw.refunds r where r.order_id = o.id) as refunded,
            status in (select status from raw.valid_statuses) as valid
          from raw.orders o`,
    lineage: {
      id: ["=raw.orders.id"],
      last_event: [],
      refunded: [],
      valid: ["~raw.orders.status"],
    },
  },
  {
    name: "window functions read their argument, partition and order columns",
    dialect: "postgres",
    sql: `select id,
            row_number() over (partition by customer_id order by created_at) as order_seq,
            sum(amount) over (partition by customer_id) as customer_total
          from raw.orders`,
    lineage: {
      id: ["=raw.orders.id"],
      order_seq: ["~raw.orders.customer_id", "~raw.orders.created_at"],
      customer_total: ["~raw.orders.amount", "~raw.orders.customer_id"],
    },
  },
  {
    name: "case expressions and aggregates are computed; count(*) reads no column",
    dialect: "snowflake",
    sql: `select customer_id,
            case when status = 'paid' then amount else 0 end as paid_amount,
            iff(status = 'paid', 1, 0) as is_paid,
            count(*) as row_count
          from raw.orders group by all`,
    lineage: {
      customer_id: ["=raw.orders.customer_id"],
      paid_amount: ["~raw.orders.status", "~raw.orders.amount"],
      is_paid: ["~raw.orders.status"],
      row_count: [],
    },
  },
  {
    name: "Snowflake : paths read into the column, so they are computed from it",
    dialect: "snowflake",
    sql: `select payload:id::string as event_id, e.payload:user.name::varchar as user_name,
            payload['amount'] as amount, event_type
          from raw.events e`,
    lineage: {
      event_id: ["~raw.events.payload"],
      user_name: ["~raw.events.payload"],
      amount: ["~raw.events.payload"],
      event_type: ["=raw.events.event_type"],
    },
  },
  {
    name: "Snowflake LATERAL FLATTEN: its columns come from its input",
    dialect: "snowflake",
    sql: `select e.id, f.value:sku::string as sku, f.index
          from raw.events e, lateral flatten(input => e.payload:items) f`,
    lineage: {
      id: ["=raw.events.id"],
      sku: ["~raw.events.payload"],
      index: ["~raw.events.payload"],
    },
  },
  {
    name: "BigQuery struct field access: t.col.field and col.field read col",
    dialect: "bigquery",
    sql: `select o.shipping.city as city, customer.email as email, o.id
          from raw.orders as o`,
    lineage: {
      city: ["~raw.orders.shipping"],
      email: ["~raw.orders.customer"],
      id: ["=raw.orders.id"],
    },
  },
  {
    name: "BigQuery unnest: the element comes from the array",
    dialect: "bigquery",
    sql: "select o.id, item.sku from raw.orders as o, unnest(o.items) as item",
    lineage: { id: ["=raw.orders.id"], sku: ["~raw.orders.items"] },
  },
  {
    name: "a schema-qualified column reference",
    dialect: "postgres",
    sql: "select raw.orders.id from raw.orders",
    lineage: { id: ["=raw.orders.id"] },
  },
  {
    name: "a CTE's column list renames its query's columns",
    dialect: "postgres",
    sql: `with totals(cid, total) as (select customer_id, sum(amount) from raw.orders group by 1)
          select * from totals`,
    lineage: { cid: ["=raw.orders.customer_id"], total: ["~raw.orders.amount"] },
  },
  {
    name: "values read no relation",
    dialect: "postgres",
    sql: "select * from (values (1, 'placed'), (2, 'shipped')) as statuses(id, label)",
    lineage: { id: [], label: [] },
  },
  {
    name: "Snowflake lateral column alias: a later item reads an earlier one",
    dialect: "snowflake",
    sql: "select amount * 2 as doubled, doubled + 1 as plus_one from raw.orders",
    known: ORDERS,
    lineage: { doubled: ["~raw.orders.amount"], plus_one: ["~raw.orders.amount"] },
  },
  {
    name: "date parts written as words are not columns",
    dialect: "snowflake",
    sql: `select datediff(day, created_at, shipped_at) as days_to_ship,
            date_trunc(month, created_at) as order_month
          from raw.orders`,
    lineage: {
      days_to_ship: ["~raw.orders.created_at", "~raw.orders.shipped_at"],
      order_month: ["~raw.orders.created_at"],
    },
  },
  {
    name: "lambda parameters are not columns",
    dialect: "duckdb",
    sql: "select list_transform(prices, p -> p * rate) as converted from raw.products",
    lineage: { converted: ["~raw.products.prices", "~raw.products.rate"] },
  },
  {
    name: "a recursive CTE: its columns come from its anchor and its recursive step",
    dialect: "postgres",
    sql: `with recursive tree as (
            select id, parent_id, 1 as depth from raw.nodes where parent_id is null
            union all
            select n.id, n.parent_id, tree.depth + 1 from raw.nodes n join tree on n.parent_id = tree.id
          ) select * from tree`,
    lineage: { id: ["=raw.nodes.id"], parent_id: ["=raw.nodes.parent_id"], depth: [] },
  },
  {
    name: "a CTE inside a subquery shadows an outer one",
    dialect: "postgres",
    sql: `with x as (select a from raw.outer_t)
          select * from (with x as (select b from raw.inner_t) select * from x) as s`,
    lineage: { b: ["=raw.inner_t.b"] },
  },
  {
    name: "quoted identifiers keep their case",
    dialect: "snowflake",
    sql: `select "Order ID", o."CamelCase" as "Display Name" from "RAW"."Orders" o`,
    lineage: {
      "order id": ["=RAW.Orders.Order ID"],
      "display name": ["=RAW.Orders.CamelCase"],
    },
  },
  {
    name: "a * over an unknown relation leaves the list partial, named columns still traced",
    dialect: "postgres",
    sql: "select *, amount * 100 as cents from raw.events",
    lineage: { cents: ["~raw.events.amount"] },
    complete: false,
    note: "select * from an unknown relation raw.events",
  },
  {
    name: "a column reference only Jinja can render",
    dialect: "snowflake",
    sql: "select id, __dbt_jinja__ as amount from raw.orders",
    lineage: { id: ["=raw.orders.id"], amount: [] },
    complete: false,
    note: "Jinja",
  },
  {
    name: "SQL that does not parse",
    dialect: "postgres",
    sql: "select id from orders where (",
    lineage: {},
    complete: false,
    note: "could not be parsed",
  },
];

describe("columnLineage", () => {
  it.each(cases)("$name ($dialect)", async (c) => {
    const result = await columnLineage(c.sql, {
      dialect: c.dialect,
      columnsOf: relations(c.known),
    });
    expect(Object.fromEntries([...result.columns].map(([k, v]) => [k, shown(v)]))).toEqual(
      c.lineage,
    );
    expect(result.complete).toBe(c.complete ?? true);
    if (c.note) expect(result.notes.join("\n")).toContain(c.note);
    if ((c.complete ?? true) && !c.note) expect(result.notes).toEqual([]);
  });

  it("stops at the CTEs it is told to, reporting them as relations", async () => {
    const sql = `with __dbt__cte__stg as (select id as order_id, amount from raw.orders)
                 select order_id, amount * 2 as doubled from __dbt__cte__stg`;
    const result = await columnLineage(sql, {
      dialect: "postgres",
      columnsOf: relations(),
      stopsAt: (cte) => cte.startsWith("__dbt__cte__"),
    });
    expect(Object.fromEntries([...result.columns].map(([k, v]) => [k, shown(v)]))).toEqual({
      order_id: ["=__dbt__cte__stg.order_id"],
      doubled: ["~__dbt__cte__stg.amount"],
    });
  });

  it("never throws, whatever it is given", async () => {
    for (const sql of ["", ";", "select", "{{ ref('x') }}", "select * from (", "\u0000"]) {
      const result = await columnLineage(sql, { dialect: "snowflake", columnsOf: relations() });
      expect(result.complete).toBe(false);
      expect(result.notes.length).toBeGreaterThan(0);
    }
  });

  it("ends on SQL whose CTE selects from itself", async () => {
    const sql = `with recursive r as (select * from r) select x, r.y from r`;
    const result = await columnLineage(sql, { dialect: "postgres", columnsOf: relations() });
    expect(Object.fromEntries(result.columns)).toEqual({ x: [], y: [] });
    expect(result.complete).toBe(false);
    expect(result.notes).toContain("the SQL references itself too deeply to trace");
  });

  it("reports what columnsOf throws as a partial result", async () => {
    const result = await columnLineage("select id from raw.a, raw.b", {
      dialect: "postgres",
      columnsOf: () => {
        throw new Error("catalog unreadable");
      },
    });
    expect(result.complete).toBe(false);
    expect(result.notes).toEqual(["the lineage could not be read in full: catalog unreadable"]);
  });
});
