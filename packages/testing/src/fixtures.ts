// Shared request fixtures for provider tests: one dbt model to document, the way osmosis asks.

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
