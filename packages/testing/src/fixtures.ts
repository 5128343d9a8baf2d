// Shared request fixtures for provider and fake-server tests: one dbt model to document, the way osmosis asks.

/** The structured answer asked for in provider tests: a model description and named columns. */
export const ORDERS_DOC_SCHEMA = {
  type: "object",
  properties: {
    description: { type: "string" },
    columns: {
      type: "array",
      items: {
        type: "object",
        properties: {
          name: { type: "string", enum: ["order_id", "amount"] },
          description: { type: "string" },
        },
        required: ["name", "description"],
        additionalProperties: false,
      },
    },
  },
  required: ["description", "columns"],
  additionalProperties: false,
} as const satisfies Record<string, unknown>;

/**
 * The documentation answer the fake servers' tests ask every vendor for, with what a schema
 * sampler and a client's validation must both get right: `minItems`, enums, an array of enums
 * inside an array of objects, and a nullable field written as a type array.
 */
export const DOC_WORKLOAD_SCHEMA = {
  type: "object",
  properties: {
    description: { type: "string" },
    columns: {
      type: "array",
      minItems: 2,
      items: {
        type: "object",
        properties: {
          name: { type: "string", enum: ["order_id", "amount"] },
          description: { type: "string" },
          data_type: { type: "string", enum: ["integer", "numeric"] },
          tests: { type: "array", items: { type: "string", enum: ["unique", "not_null"] } },
        },
        required: ["name", "description", "data_type", "tests"],
        additionalProperties: false,
      },
    },
    owner: { type: ["string", "null"] },
  },
  required: ["description", "columns", "owner"],
  additionalProperties: false,
} as const satisfies Record<string, unknown>;
