// Gemini's `responseSchema` (an OpenAPI 3.0 subset with upper-case types) as the JSON Schema the sampler reads.
import type { JsonSchema } from "@osmosis/core";

type SchemaObject = { [key: string]: unknown };

function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Converts a Gemini `Schema` object (`{ type: "OBJECT", properties, required, nullable,
 * propertyOrdering, format: "enum", … }`) to JSON Schema: types lower-cased, `nullable` as a
 * `"null"` type member, properties in `propertyOrdering` order (the order Gemini writes them),
 * and the `format: "enum"` marker dropped. Lower-case types, which the API also accepts, pass
 * through unchanged.
 */
export function geminiSchemaToJsonSchema(schema: unknown): JsonSchema {
  return isSchemaObject(schema) ? convert(schema) : {};
}

function convert(schema: SchemaObject): SchemaObject {
  const {
    type,
    nullable,
    properties,
    propertyOrdering,
    items,
    anyOf,
    format,
    minItems,
    maxItems,
    minLength,
    maxLength,
    minProperties,
    maxProperties,
    ...rest
  } = schema;
  const out: SchemaObject = { ...rest };
  if (typeof type === "string" && type !== "TYPE_UNSPECIFIED") {
    const lower = type.toLowerCase();
    out.type = nullable === true ? [lower, "null"] : lower;
  }
  if (typeof format === "string" && format !== "enum") out.format = format;
  // The OpenAPI subset sends int64 counts as JSON strings ("2"); JSON Schema wants numbers.
  for (const [key, value] of Object.entries({
    minItems,
    maxItems,
    minLength,
    maxLength,
    minProperties,
    maxProperties,
  })) {
    if (value !== undefined) out[key] = typeof value === "string" ? Number(value) : value;
  }
  if (isSchemaObject(properties)) {
    const order = Array.isArray(propertyOrdering)
      ? propertyOrdering.filter((k): k is string => typeof k === "string" && k in properties)
      : [];
    const keys = [...order, ...Object.keys(properties).filter((k) => !order.includes(k))];
    out.properties = Object.fromEntries(
      keys.map((key) => [key, isSchemaObject(properties[key]) ? convert(properties[key]) : {}]),
    );
  }
  if (isSchemaObject(items)) out.items = convert(items);
  if (Array.isArray(anyOf)) out.anyOf = anyOf.map((b) => (isSchemaObject(b) ? convert(b) : b));
  return out;
}
