// Builds one deterministic value that satisfies a JSON Schema, standing in for a model's structured output.
import type { JsonSchema } from "@osmosis/core";

export interface SampleOptions {
  /** Nesting limit; a schema that recurses without an exit fails here instead of overflowing the stack. */
  maxDepth?: number;
}

type SchemaObject = { [key: string]: unknown };

interface Walk {
  root: SchemaObject;
  /** `$ref`s being expanded on the current path: a branch that re-enters one is avoided when possible. */
  refStack: readonly string[];
  depth: number;
  maxDepth: number;
}

// Fixed values per `format`, each valid for the format (ajv-formats' definitions).
const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "12:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  url: "https://example.com/",
  uuid: "123e4567-e89b-42d3-a456-426614174000",
};

function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A value valid against `schema`: every property of an object, the first `enum` value or the
 * `const`, `minItems` items (or one) per array, strings derived from the property name
 * ("Example customer_id"), the first `anyOf`/`oneOf` branch, and local `$ref`s (`#/$defs/…`,
 * `#/definitions/…`, `#`) followed. Recursive schemas stop at a nullable branch, an optional
 * property or an empty array. `pattern`, `not` and `uniqueItems` on non-string items are not
 * honoured.
 */
export function sampleFromJsonSchema(schema: JsonSchema, options: SampleOptions = {}): unknown {
  const walk: Walk = { root: schema, refStack: [], depth: 0, maxDepth: options.maxDepth ?? 32 };
  return sample(schema, undefined, walk);
}

function deeper(walk: Walk, ref?: string): Walk {
  if (walk.depth >= walk.maxDepth) {
    throw new Error(
      `The JSON Schema nests deeper than ${walk.maxDepth} levels or recurses without an exit. Give recursive references an exit (a nullable anyOf branch, an optional property or an array without minItems), or raise maxDepth.`,
    );
  }
  return {
    ...walk,
    depth: walk.depth + 1,
    refStack: ref === undefined ? walk.refStack : [...walk.refStack, ref],
  };
}

/** True when sampling `schema` would re-enter a `$ref` already being expanded. */
function recurses(schema: unknown, walk: Walk): boolean {
  return (
    isSchemaObject(schema) && typeof schema.$ref === "string" && walk.refStack.includes(schema.$ref)
  );
}

function resolveRef(ref: string, root: SchemaObject): unknown {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) {
    throw new Error(`Only local $refs ("#/$defs/Name") are supported, got "${ref}".`);
  }
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    node = isSchemaObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`$ref "${ref}" points at nothing in the schema.`);
  }
  return node;
}

/** Folds `allOf` branches into one schema: keywords merged, `properties` merged, `required` unioned. */
function flattenAllOf(schema: SchemaObject, walk: Walk): SchemaObject {
  const { allOf, ...rest } = schema;
  let merged: SchemaObject = rest;
  for (const branch of Array.isArray(allOf) ? allOf : []) {
    let part = branch;
    if (isSchemaObject(part) && typeof part.$ref === "string")
      part = resolveRef(part.$ref, walk.root);
    if (!isSchemaObject(part)) continue;
    if (Array.isArray(part.allOf)) part = flattenAllOf(part, walk);
    const p = part as SchemaObject;
    merged = {
      ...merged,
      ...p,
      properties: { ...asObject(merged.properties), ...asObject(p.properties) },
      required: [...new Set([...asStrings(merged.required), ...asStrings(p.required)])],
    };
  }
  return merged;
}

function asObject(value: unknown): SchemaObject {
  return isSchemaObject(value) ? value : {};
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function sample(schema: unknown, name: string | undefined, walk: Walk): unknown {
  if (schema === false)
    throw new Error(`No value satisfies the schema \`false\`${name ? ` (at "${name}")` : ""}.`);
  if (!isSchemaObject(schema)) return exampleString({}, name);

  if (typeof schema.$ref === "string") {
    const { $ref, ...siblings } = schema;
    const target = resolveRef($ref, walk.root);
    const merged = Object.keys(siblings).length > 0 ? { ...asObject(target), ...siblings } : target;
    return sample(merged, name, deeper(walk, $ref));
  }
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (Array.isArray(schema.allOf)) return sample(flattenAllOf(schema, walk), name, deeper(walk));

  const branches = Array.isArray(schema.anyOf) ? schema.anyOf : schema.oneOf;
  if (Array.isArray(branches) && branches.length > 0) {
    // The first branch, unless it re-enters a $ref being expanded and another branch does not.
    const branch = branches.find((b) => !recurses(b, walk)) ?? branches[0];
    const { anyOf: _a, oneOf: _o, ...siblings } = schema;
    const merged =
      isSchemaObject(branch) && Object.keys(siblings).length > 0
        ? { ...siblings, ...branch }
        : branch;
    return sample(merged, name, deeper(walk));
  }

  switch (typeOf(schema)) {
    case "object":
      return sampleObject(schema, walk);
    case "array":
      return sampleArray(schema, name, walk);
    case "integer":
      return sampleNumber(schema, true);
    case "number":
      return sampleNumber(schema, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return exampleString(schema, name);
  }
}

function typeOf(schema: SchemaObject): string {
  const { type } = schema;
  if (typeof type === "string") return type;
  if (Array.isArray(type) && type.length > 0) {
    // A nullable type samples its non-null member, which says more about the field.
    const nonNull = type.find((t) => t !== "null");
    return String(nonNull ?? type[0]);
  }
  if ("properties" in schema || "required" in schema || "additionalProperties" in schema)
    return "object";
  if ("items" in schema || "prefixItems" in schema || "minItems" in schema) return "array";
  if ("minimum" in schema || "maximum" in schema || "multipleOf" in schema) return "number";
  return "string";
}

function sampleObject(schema: SchemaObject, walk: Walk): Record<string, unknown> {
  const required = new Set(asStrings(schema.required));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(asObject(schema.properties))) {
    if (!required.has(key) && recurses(sub, walk)) continue;
    out[key] = sample(sub, key, deeper(walk));
  }
  for (const key of required) {
    if (key in out) continue;
    const extra = isSchemaObject(schema.additionalProperties) ? schema.additionalProperties : {};
    out[key] = sample(extra, key, deeper(walk));
  }
  return out;
}

function sampleArray(schema: SchemaObject, name: string | undefined, walk: Walk): unknown[] {
  // Draft-07 tuples are `items: [...]`; 2020-12 tuples are `prefixItems`.
  const tuple = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : [];
  const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
  const minItems = typeof schema.minItems === "number" ? schema.minItems : undefined;
  const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : Number.POSITIVE_INFINITY;
  let count = Math.min(Math.max(minItems ?? 1, tuple.length), maxItems);
  if (tuple.length === 0 && (minItems ?? 0) === 0 && recurses(rest, walk)) count = 0;
  if (rest === false) count = Math.min(count, tuple.length);

  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    // Numbered names keep string items distinct, which `uniqueItems` needs.
    const itemName = count > 1 && name ? `${name} ${i + 1}` : name;
    out.push(sample(i < tuple.length ? tuple[i] : rest, itemName, deeper(walk)));
  }
  return out;
}

function sampleNumber(schema: SchemaObject, integer: boolean): number {
  const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
  const step = num(schema.multipleOf) ?? (integer ? 1 : undefined);
  const min = num(schema.minimum);
  const exclusiveMin = num(schema.exclusiveMinimum);
  const max = num(schema.maximum);
  const exclusiveMax = num(schema.exclusiveMaximum);

  let low = Math.max(min ?? Number.NEGATIVE_INFINITY, exclusiveMin ?? Number.NEGATIVE_INFINITY);
  let high = Math.min(max ?? Number.POSITIVE_INFINITY, exclusiveMax ?? Number.POSITIVE_INFINITY);
  const nudge = step ?? (Number.isFinite(high) && Number.isFinite(low) ? (high - low) / 2 : 1);
  if (exclusiveMin !== undefined && low === exclusiveMin) low += nudge;
  if (exclusiveMax !== undefined && high === exclusiveMax) high -= nudge;

  let value = step ?? (integer ? 1 : 1.5);
  if (value < low) value = low;
  if (value > high) value = high;
  if (step !== undefined) {
    const up = Math.ceil(value / step) * step;
    value = up <= high ? up : Math.floor(value / step) * step;
  }
  return integer ? Math.round(value) : value;
}

function exampleString(schema: SchemaObject, name: string | undefined): string {
  const format = typeof schema.format === "string" ? FORMAT_SAMPLES[schema.format] : undefined;
  if (format !== undefined) return format;
  let text = `Example ${name ?? "value"}`;
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength =
    typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  if (text.length < minLength) text = text.padEnd(minLength, ".");
  if (text.length > maxLength) text = text.slice(0, maxLength);
  return text;
}
