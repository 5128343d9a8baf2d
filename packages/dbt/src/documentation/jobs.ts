// The documentation jobs osmosis runs and the variables their prompt templates may use. A
// template naming anything else is refused when the prompt file is loaded, before any call.
import type { PromptJob } from "@osmosis/core";

const common: Record<string, string> = {
  "ask.describe": "true when this call asks for the node's own description",
  "ask.columns": "the names of the columns to describe in this call (marked * in `columns`)",
  "ask.part": "this call's number when a wide node is split into several calls (1 otherwise)",
  "ask.parts": "how many calls the node is split into (1 for most)",
  columns:
    'the node\'s columns, each with name, data_type, description ("" when none) and missing (true when asked for in this call)',
  columns_omitted:
    "how many documented columns were left out of `columns` to keep the prompt short",
  style_guide: 'the project\'s style guide (dbt-styleguide.md), cut to its budget; "" when none',
  examples:
    "human-written descriptions from nearby nodes, each with subject (orders.amount) and description; empty unless `examples` is set",
  answer_format: "one line saying the JSON shape to answer with, in step with the schema sent",
};

export const MODEL_JOB: PromptJob = {
  name: "model",
  description:
    "a model, seed or snapshot: its description and each column still missing one, in one call",
  variables: {
    "model.name": "the model's name (orders)",
    "model.unique_id": "model.jaffle_shop.orders",
    "model.resource_type": "model, seed or snapshot",
    "model.path": "its file, relative to the project root (models/marts/orders.sql)",
    "model.materialization": 'view, table, incremental, ephemeral… ("" when unknown)',
    "model.tags": "its tags (a list)",
    "model.description": 'its current description ("" when it has none)',
    "model.database": 'its database ("" when unknown)',
    "model.schema": 'its schema ("" when unknown)',
    "model.package": "its dbt package",
    upstream:
      "the documented upstream columns that feed the columns asked for, each with column (the one asked for), source (stg_orders.order_id), description and direct (true when passed through, false when computed from it)",
    sql: 'the compiled SQL (raw when not compiled), cut to OSMOSIS_LLM_MAX_SQL_CHARS; literals redacted when asked; "" for seeds',
    sql_note: 'why and how much of the SQL was cut or redacted ("" when sent whole)',
    sql_dialect: "the warehouse's SQL dialect (snowflake, bigquery, postgres…)",
    ...common,
  },
};

export const SOURCE_JOB: PromptJob = {
  name: "source",
  description: "a source table: its description and each column still missing one, in one call",
  variables: {
    "source.name": "the table's name",
    "source.source_name": "the source it belongs to (`sources: - name:`)",
    "source.unique_id": "source.jaffle_shop.raw.orders",
    "source.path": "the schema file that declares it",
    "source.relation": 'the warehouse relation (raw.jaffle_shop.orders), "" when unknown',
    "source.tags": "its tags (a list)",
    "source.description": 'its current description ("" when it has none)',
    "source.database": 'its database ("" when unknown)',
    "source.schema": 'its schema ("" when unknown)',
    "source.package": "its dbt package",
    ...common,
  },
};

export const DOCUMENTATION_JOBS: readonly PromptJob[] = [MODEL_JOB, SOURCE_JOB];
