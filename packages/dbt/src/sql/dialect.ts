// Which SQL dialect a dbt adapter speaks, and which of sqlparser-rs's dialects parses it.

import type { DialectName } from "@guanmingchiu/sqlparser-ts";

export type SqlDialect =
  | "snowflake"
  | "bigquery"
  | "postgres"
  | "redshift"
  | "duckdb"
  | "databricks"
  | "spark"
  | "generic";

/** Adapters (`metadata.adapter_type`) that speak one of the dialects above under another name. */
const ADAPTER_DIALECTS: Record<string, SqlDialect> = {
  snowflake: "snowflake",
  bigquery: "bigquery",
  postgres: "postgres",
  // Postgres-compatible warehouses: their SQL and their naming of unaliased expressions follow it.
  materialize: "postgres",
  alloydb: "postgres",
  risingwave: "postgres",
  yellowbrick: "postgres",
  greenplum: "postgres",
  redshift: "redshift",
  duckdb: "duckdb",
  motherduck: "duckdb",
  databricks: "databricks",
  spark: "spark",
  glue: "spark",
  hive: "spark",
  impala: "spark",
};

/** The dialect of a dbt adapter; `generic` for an adapter not listed (trino, sqlserver, …). */
export function dialectForAdapter(adapter: string | undefined): SqlDialect {
  return ADAPTER_DIALECTS[adapter?.trim().toLowerCase() ?? ""] ?? "generic";
}

/** The sqlparser-rs dialect that parses each of ours. */
export const PARSER_DIALECTS: Record<SqlDialect, DialectName> = {
  snowflake: "snowflake",
  bigquery: "bigquery",
  postgres: "postgresql",
  redshift: "redshift",
  duckdb: "duckdb",
  databricks: "databricks",
  spark: "spark",
  generic: "generic",
};
