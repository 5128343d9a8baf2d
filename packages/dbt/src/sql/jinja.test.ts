import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inferColumns } from "./columns.js";
import { JINJA_PLACEHOLDER, stripJinja } from "./jinja.js";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/sql");
const read = (file: string) => readFileSync(resolve(FIXTURES, file), "utf8");
const squash = (sql: string) => sql.replace(/\s+/g, " ").trim();
const noRelations = () => undefined;

describe("stripJinja", () => {
  it.each([
    {
      name: "ref to a model",
      raw: "select * from {{ ref('stg_orders') }}",
      sql: "select * from stg_orders",
    },
    {
      // dbt would write a quoted `"db"."schema"."stg_orders"` that may touch `from`; a bare name
      // must not, so whitespace control is not applied.
      name: "ref to another package's model, double quotes, whitespace control ignored",
      raw: `select * from {{- ref("jaffle", "stg_orders") -}}`,
      sql: "select * from stg_orders",
    },
    {
      name: "versioned refs, v= and version=",
      raw: "select * from {{ ref('dim_customers', v=2) }} join {{ ref('dim_orders', version='3') }}",
      sql: "select * from dim_customers_v2 join dim_orders_v3",
    },
    {
      name: "a source",
      raw: "select * from {{ source('stripe', 'payments') }}",
      sql: "select * from stripe.payments",
    },
    {
      name: "a source whose names are not plain identifiers",
      raw: "select * from {{ source('raw-data', 'Order Lines') }}",
      sql: `select * from "raw-data"."Order Lines"`,
    },
    {
      name: "a multi-line config with a dict and a conditional",
      raw: `{{
    config(
        materialized='incremental' if adapter.supports_merge() else 'table',
        partition_by = {'field': 'date_day', 'data_type': 'date'}
            if target.type not in ['spark', 'databricks'] else ['date_day'],
        incremental_strategy = 'insert_overwrite' if target.type not in ('snowflake', 'postgres') else 'delete+insert',
    )
}}
select 1 as one`,
      sql: "select 1 as one",
    },
    {
      name: "comments",
      raw: "select {# the key #} id {#- trimmed -#} from t",
      sql: "select id from t",
    },
    {
      name: "is_incremental() is false: a full build",
      raw: `select * from events
{% if is_incremental() %}
where loaded_at > (select max(loaded_at) from {{ this }})
{% endif %}`,
      sql: "select * from events",
    },
    {
      name: "if/elif/else on a var's default",
      raw: `select id
{% if var('with_email', false) %}, email{% elif var('with_phone', true) %}, phone{% else %}, fax{% endif %}
from t`,
      sql: "select id , phone from t",
    },
    {
      name: "for over a list set in the template, with loop.last",
      raw: `{% set methods = ['card', 'cash'] %}
select {% for m in methods %}sum(case when method = '{{ m }}' then amount end) as {{ m }}_amount{% if not loop.last %}, {% endif %}{% endfor %}
from payments`,
      sql: "select sum(case when method = 'card' then amount end) as card_amount, sum(case when method = 'cash' then amount end) as cash_amount from payments",
    },
    {
      name: "for with a filter and filters on items",
      raw: "select {% for c in ['A', 'b', 'id'] if c|lower != 'id' %}{{ c|lower }}{{ ',' if not loop.last }}{% endfor %} from t",
      sql: "select a,b from t",
    },
    {
      name: "macro and call blocks are not SQL",
      raw: `{% macro cents(col) %}{{ col }} / 100{% endmacro %}
{% call statement('max', fetch_result=True) %}select max(id) from t{% endcall %}
select id from t`,
      sql: "select id from t",
    },
    {
      name: "raw blocks are text",
      raw: "select '{% raw %}{{ not jinja }}{% endraw %}' as literal",
      sql: "select '{{ not jinja }}' as literal",
    },
    {
      name: "set blocks",
      raw: "{% set cols %}id, name{% endset %}select {{ cols }} from t",
      sql: "select id, name from t",
    },
    {
      name: "dbt.type_*() casts and other macros",
      raw: "select cast(id as {{ dbt.type_string() }}) as id, {{ dbt_utils.generate_surrogate_key(['a']) }} as sk from t",
      sql: `select cast(id as varchar) as id, ${JINJA_PLACEHOLDER} as sk from t`,
    },
    {
      name: "var with a default in a string",
      raw: "select '{{ var(\"start_date\", \"2020-01-01\") }}' as start_date, {{ var('unknown') }} as x",
      sql: `select '2020-01-01' as start_date, ${JINJA_PLACEHOLDER} as x`,
    },
    {
      name: "exceptions and logs render nothing, even in a branch kept",
      raw: "{% if execute %}{{ exceptions.raise_compiler_error('no') }}{{ log('hi') }}{% endif %}select 1 as x",
      sql: "select 1 as x",
    },
  ])("$name", ({ raw, sql }) => {
    expect(squash(stripJinja(raw).sql)).toBe(squash(sql));
  });

  it("returns the refs and sources it wrote, in order", () => {
    const result = stripJinja(
      `select * from {{ ref('orders') }}
       join {{ source('stripe', 'payments') }} using (order_id)
       join {{ ref('finance', 'fx_rates', v=1) }} using (currency)`,
    );
    expect(result.refs).toEqual([
      { name: "orders", relation: { name: "orders" } },
      { package: "finance", name: "fx_rates", version: 1, relation: { name: "fx_rates_v1" } },
    ]);
    expect(result.sources).toEqual([
      { source: "stripe", table: "payments", relation: { schema: "stripe", name: "payments" } },
    ]);
    expect(result.notes).toEqual([]);
  });

  it("does not record refs of branches it leaves out", () => {
    const result = stripJinja(
      "select * from {% if is_incremental() %}{{ ref('a') }}{% else %}{{ ref('b') }}{% endif %}",
    );
    expect(result.refs.map((r) => r.name)).toEqual(["b"]);
  });

  it("quotes relation names with backticks for BigQuery", () => {
    const result = stripJinja("select * from {{ source('raw-data', 'events') }}", {
      dialect: "bigquery",
    });
    expect(result.sql).toBe("select * from `raw-data`.events");
  });

  it("takes project vars, rendering the Jinja in their values", () => {
    const result = stripJinja(
      "select * from {{ var('deal') }} {% if var('with_deleted') %}where not is_deleted{% endif %}",
      { vars: { deal: "{{ source('hubspot', 'deal') }}", with_deleted: true } },
    );
    expect(squash(result.sql)).toBe("select * from hubspot.deal where not is_deleted");
    expect(result.sources).toEqual([
      { source: "hubspot", table: "deal", relation: { schema: "hubspot", name: "deal" } },
    ]);
  });

  it("keeps the first branch of an if only dbt can decide, and says so", () => {
    const result = stripJinja("select a{% if target.name == 'prod' %}, b{% endif %} from t");
    expect(squash(result.sql)).toBe("select a, b from t");
    expect(result.notes).toEqual([
      "{% if target.name == 'prod' %} kept its branch: only dbt can decide it",
    ]);
  });

  it("renders a loop over a list only dbt knows once, and says so", () => {
    const result = stripJinja(
      `{% for rel in relations %}select * from {{ rel }}{% if not loop.last %} union all {% endif %}{% endfor %}`,
    );
    expect(result.sql).toBe(`select * from ${JINJA_PLACEHOLDER}`);
    expect(result.notes).toEqual([
      "{% for rel in relations %} was rendered once: only dbt knows the list",
    ]);
  });

  it("stops at an unterminated tag without throwing", () => {
    const result = stripJinja("select id from t {% if x ");
    expect(result.sql).toBe("select id from t ");
    expect(result.notes).toEqual([
      "an unterminated Jinja tag was dropped with the rest of the file",
    ]);
  });
});

describe("stripJinja then inferColumns on real models (fixtures/sql)", () => {
  it("unrolls jaffle_shop's payment-method loops (jaffle-shop-duckdb orders)", async () => {
    const stripped = stripJinja(read("jaffle-shop-duckdb--orders.raw.sql"), { dialect: "duckdb" });
    expect(stripped.refs.map((r) => r.name)).toEqual(["stg_orders", "stg_payments"]);
    const result = await inferColumns(stripped.sql, { dialect: "duckdb", columnsOf: noRelations });
    // The columns of the model's compiled SQL.
    expect(result).toEqual({
      columns: [
        "order_id",
        "customer_id",
        "order_date",
        "status",
        "credit_card_amount",
        "coupon_amount",
        "bank_transfer_amount",
        "gift_card_amount",
        "amount",
      ],
      complete: true,
      notes: [],
    });
  });

  it("decides `var('hubspot_merged_deal_enabled', false)` (hubspot deal_stages)", async () => {
    const raw = read("hubspot--hubspot__deal_stages.raw.sql");
    const without = stripJinja(raw, { dialect: "postgres" });
    const withMerged = stripJinja(raw, {
      dialect: "postgres",
      vars: { hubspot_merged_deal_enabled: true },
    });
    const options = { dialect: "postgres" as const, columnsOf: noRelations };
    const compiled = await inferColumns(
      read("hubspot--hubspot__deal_stages.compiled.sql"),
      options,
    );
    expect((await inferColumns(withMerged.sql, options)).columns).toEqual(compiled.columns);
    expect((await inferColumns(without.sql, options)).columns).toEqual(
      compiled.columns.filter((c) => c !== "merged_deal_ids"),
    );
  });

  it("drops a macro inside a window's partition by silently (hubspot company_history)", async () => {
    const stripped = stripJinja(read("hubspot--hubspot__company_history.raw.sql"));
    const result = await inferColumns(stripped.sql, {
      dialect: "postgres",
      columnsOf: noRelations,
    });
    expect(result).toEqual({
      columns: [
        "source_relation",
        "company_id",
        "field_name",
        "change_source",
        "change_source_id",
        "valid_from",
        "new_value",
        "valid_to",
        "id",
      ],
      complete: true,
      notes: [],
    });
  });

  it("renders Jinja in SQL comments as dbt does (crosschain-models tags_wallet_value)", async () => {
    const stripped = stripJinja(read("crosschain-models--silver__tags_wallet_value.raw.sql"));
    const result = await inferColumns(stripped.sql, {
      dialect: "snowflake",
      columnsOf: noRelations,
    });
    expect(result.complete).toBe(true);
    expect(result.columns).toContain("tag_name");
  });

  it("reads a CTE whose body a macro generates as unknown, and the final list still (tuva)", async () => {
    const stripped = stripJinja(
      read("tuva--data_quality__claims_preprocessing_eligibility_missing_values.raw.sql"),
    );
    expect(stripped.refs.map((r) => r.name)).toEqual(["data_quality__test_catalog"]);
    const result = await inferColumns(stripped.sql, {
      dialect: "snowflake",
      columnsOf: noRelations,
    });
    expect(result.columns).toEqual([
      "source_table",
      "claim_type",
      "grain",
      "patient_id",
      "data_source",
      "test_category",
      "test_name",
      "pipeline_test",
      "tuva_last_run",
    ]);
    expect(result.complete).toBe(true);
  });

  it("reports a model that is one macro call as unknown (qfdmo marts_carte_acteur)", async () => {
    const stripped = stripJinja(read("qfdmo--marts_carte_acteur.raw.sql"));
    // `-- depends_on:` refs are refs to dbt, comments or not.
    expect(stripped.refs.map((r) => r.name)).toEqual([
      "marts_carte_filtered_acteur",
      "marts_carte_propositionservice",
    ]);
    const result = await inferColumns(stripped.sql, {
      dialect: "postgres",
      columnsOf: noRelations,
    });
    expect(result).toEqual({
      columns: [],
      complete: false,
      notes: ["a query that only dbt can render (a Jinja macro)"],
    });
  });

  it("marks columns of a loop over adapter columns partial (hubspot daily_ticket_history)", async () => {
    const stripped = stripJinja(read("hubspot--hubspot__daily_ticket_history.raw.sql"));
    expect(stripped.notes[0]).toMatch(/^\{% for col in change_data_columns/);
    const result = await inferColumns(stripped.sql, {
      dialect: "postgres",
      columnsOf: noRelations,
    });
    expect(result.complete).toBe(false);
    expect(result.notes).toContain(
      "a column is named or computed by Jinja that only dbt can render",
    );
  });
});
