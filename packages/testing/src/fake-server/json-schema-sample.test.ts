import type { JsonSchema } from "@osmosis/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { sampleFromJsonSchema } from "./json-schema-sample.js";

// ajv is the independent judge: every sample must validate against its schema.
const ajv = new Ajv2020({ strict: false, validateFormats: false });

function expectValid(schema: JsonSchema, value: unknown): void {
  const validate = ajv.compile(schema);
  const ok = validate(value);
  expect(validate.errors ?? [], JSON.stringify(value)).toEqual([]);
  expect(ok).toBe(true);
}

// The shape osmosis asks models for when documenting a dbt model, in OpenAI strict mode.
const dbtDocs: JsonSchema = {
  type: "object",
  additionalProperties: false,
  required: ["description", "columns", "confidence", "tags", "grain"],
  properties: {
    description: { type: "string", minLength: 20 },
    columns: {
      type: "array",
      minItems: 2,
      items: { $ref: "#/$defs/column" },
    },
    confidence: { type: "number", minimum: 0, maximum: 1 },
    tags: { type: "array", items: { type: "string" }, uniqueItems: true, minItems: 3 },
    grain: { anyOf: [{ type: "string" }, { type: "null" }] },
  },
  $defs: {
    column: {
      type: "object",
      additionalProperties: false,
      required: ["name", "description", "data_type", "tests"],
      properties: {
        name: { type: "string" },
        description: { type: "string" },
        data_type: { enum: ["integer", "text", "timestamp"] },
        tests: {
          type: "array",
          items: {
            type: "array",
            items: { type: "string", enum: ["unique", "not_null"] },
            minItems: 2,
          },
        },
      },
    },
  },
};

describe("sampleFromJsonSchema", () => {
  it.each<[string, JsonSchema]>([
    ["dbt documentation with $defs, enum and nested arrays", dbtDocs],
    [
      "draft-07 definitions and a nullable type list",
      {
        type: "object",
        properties: { owner: { $ref: "#/definitions/person" }, note: { type: ["string", "null"] } },
        required: ["owner"],
        definitions: {
          person: {
            type: "object",
            properties: {
              email: { type: "string", format: "email" },
              age: { type: "integer", minimum: 18 },
            },
            required: ["email", "age"],
          },
        },
      },
    ],
    [
      "a tree that recurses through a nullable branch",
      {
        $ref: "#/$defs/node",
        $defs: {
          node: {
            type: "object",
            required: ["label", "parent", "children"],
            properties: {
              label: { type: "string" },
              parent: { anyOf: [{ $ref: "#/$defs/node" }, { type: "null" }] },
              children: { type: "array", items: { $ref: "#/$defs/node" } },
            },
          },
        },
      },
    ],
    [
      "allOf, oneOf, const and numeric bounds",
      {
        allOf: [
          { type: "object", properties: { kind: { const: "metric" } }, required: ["kind"] },
          {
            type: "object",
            properties: {
              score: { type: "integer", exclusiveMinimum: 10, maximum: 20, multipleOf: 3 },
              ratio: { type: "number", exclusiveMaximum: 0 },
              choice: { oneOf: [{ type: "boolean" }, { type: "string" }] },
            },
            required: ["score", "ratio", "choice"],
          },
        ],
      },
    ],
    [
      "a tuple with prefixItems",
      { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false },
    ],
    ["a string with a short maxLength", { type: "string", maxLength: 3 }],
  ])("builds a valid value for %s", (_name, schema) => {
    expectValid(schema, sampleFromJsonSchema(schema));
  });

  it("fills every property, takes the first enum value and names strings after their property", () => {
    const value = sampleFromJsonSchema(dbtDocs) as {
      description: string;
      columns: { name: string; data_type: string; tests: string[][] }[];
      tags: string[];
      grain: unknown;
    };
    expect(Object.keys(value)).toEqual(["description", "columns", "confidence", "tags", "grain"]);
    expect(value.description).toBe("Example description.");
    expect(value.columns).toHaveLength(2);
    expect(value.columns[0]?.name).toBe("Example name");
    expect(value.columns[0]?.data_type).toBe("integer");
    expect(value.columns[0]?.tests).toEqual([["unique", "unique"]]);
    expect(value.tags).toEqual(["Example tags 1", "Example tags 2", "Example tags 3"]);
    expect(value.grain).toBe("Example grain");
  });

  it("is deterministic", () => {
    expect(sampleFromJsonSchema(dbtDocs)).toEqual(sampleFromJsonSchema(dbtDocs));
  });

  it("stops a recursive schema at its exits: the null branch and an empty array", () => {
    const tree = { label: "Example label", parent: null, children: [] };
    expect(
      sampleFromJsonSchema({
        $ref: "#/$defs/node",
        $defs: {
          node: {
            type: "object",
            required: ["label", "parent", "children"],
            properties: {
              label: { type: "string" },
              parent: { anyOf: [{ $ref: "#/$defs/node" }, { type: "null" }] },
              children: { type: "array", items: { $ref: "#/$defs/node" } },
            },
          },
        },
      }),
    ).toEqual(tree);
  });

  it("uses fixed values for string formats", () => {
    const value = sampleFromJsonSchema({
      type: "object",
      properties: {
        at: { type: "string", format: "date-time" },
        id: { type: "string", format: "uuid" },
      },
    }) as { at: string; id: string };
    expect(Number.isNaN(Date.parse(value.at))).toBe(false);
    expect(value.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("fails clearly on a recursion without an exit and on a missing $ref target", () => {
    expect(() =>
      sampleFromJsonSchema({
        $ref: "#/$defs/loop",
        $defs: {
          loop: {
            type: "object",
            required: ["next"],
            properties: { next: { $ref: "#/$defs/loop" } },
          },
        },
      }),
    ).toThrow(/recurses without an exit/);
    expect(() => sampleFromJsonSchema({ $ref: "#/$defs/missing" })).toThrow(/points at nothing/);
    expect(() => sampleFromJsonSchema({ $ref: "https://example.com/schema.json" })).toThrow(
      /Only local \$refs/,
    );
  });
});
