import { readStructuredAnswer } from "@osmosis/core";
import { describe, expect, it } from "vitest";
import { type AnswerOptions, answerFormat, answerJsonSchema, answerOutput } from "./answer.js";

const options: AnswerOptions = {
  mode: "pinned",
  column: { maxChars: 200 },
  node: { maxChars: 600 },
};
const ab = { describeNode: false, columns: ["a", "b"] };

describe("the answer schema", () => {
  it("for a model with columns a, b accepts exactly a, b", () => {
    const { validate } = answerOutput(ab, options);
    expect(validate({ columns: { a: "The first.", b: "The second." } })).toEqual({
      success: true,
      value: {
        columns: new Map([
          ["a", "The first."],
          ["b", "The second."],
        ]),
      },
    });
    const invented = validate({ columns: { a: "The first.", b: "The second.", c: "Made up." } });
    expect(invented).toEqual({
      success: false,
      issues: ["columns.c: not a column marked *; remove it"],
    });
    const dropped = validate({ columns: { a: "The first." } });
    expect(dropped).toEqual({
      success: false,
      issues: ["columns: b is missing; give each a description, or null when it cannot be told"],
    });
  });

  it("pins the names in the JSON Schema sent, all required and no others", () => {
    expect(answerJsonSchema(ab, "pinned")).toEqual({
      type: "object",
      properties: {
        columns: {
          type: "object",
          properties: { a: { type: ["string", "null"] }, b: { type: ["string", "null"] } },
          required: ["a", "b"],
          additionalProperties: false,
        },
      },
      required: ["columns"],
      additionalProperties: false,
    });
    const withModel = answerJsonSchema({ describeNode: true, columns: ["a"] }, "pinned");
    expect(withModel.required).toEqual(["description", "columns"]);
  });

  it("takes null as 'cannot be told': the column is kept empty, not guessed", () => {
    const { validate } = answerOutput({ describeNode: true, columns: ["a", "b"] }, options);
    expect(validate({ description: null, columns: { a: null, b: "unknown" } })).toEqual({
      success: true,
      value: {
        description: null,
        columns: new Map([
          ["a", null],
          ["b", null],
        ]),
      },
    });
  });

  it("forgives a name in another case and answers given as a list, keeping the real names", () => {
    const { validate } = answerOutput(
      { describeNode: false, columns: ["ORDER_ID", "amount"] },
      options,
    );
    const checked = validate({
      columns: [
        { name: "amount", description: "In dollars." },
        { name: "order_id", description: "The order's key." },
      ],
    });
    expect(checked).toEqual({
      success: true,
      value: {
        columns: new Map([
          ["ORDER_ID", "The order's key."],
          ["amount", "In dollars."],
        ]),
      },
    });
  });

  it("reports each problem on its own line, for the repair round", () => {
    const { validate } = answerOutput({ describeNode: true, columns: ["a", "b"] }, options);
    const checked = validate({ columns: { a: "{{ doc('x') }}", b: "x".repeat(300) } });
    expect(checked.success).toBe(false);
    expect(!checked.success && checked.issues).toEqual([
      "columns.a: contains Jinja delimiters ({{, {%, }}), which dbt would try to render; write plain text",
      "columns.b: is 300 characters long; keep it under 200",
      "description: missing; give the model's description, or null",
    ]);
    expect(validate([1, 2]).success).toBe(false);
    expect(validate({ columns: "a: x" }).success).toBe(false);
  });

  it("cacheable mode sends one schema for every call and still checks the names", () => {
    const cacheable: AnswerOptions = { ...options, mode: "cacheable" };
    const first = answerOutput({ describeNode: true, columns: ["a"] }, cacheable);
    const second = answerOutput({ describeNode: false, columns: ["x", "y"] }, cacheable);
    expect(first.schema).toEqual(second.schema);
    expect(
      second.validate({ description: null, columns: [{ name: "x", description: "X." }] }),
    ).toEqual({
      success: false,
      issues: ["columns: y is missing; give each a description, or null when it cannot be told"],
    });
    expect(answerFormat({ describeNode: false, columns: ["x"] }, "cacheable")).toContain(
      '"description": null',
    );
  });

  it("reads an answer wrapped in chatter through the core reader, then checks it", () => {
    const output = answerOutput(ab, options);
    const read = readStructuredAnswer(
      {
        text: 'Sure! Here it is:\n```json\n{"columns": {"a": "The first.", "b": null}}\n```',
        finishReason: "stop",
      },
      output,
    );
    expect(read).toEqual({
      ok: true,
      value: {
        columns: new Map([
          ["a", "The first."],
          ["b", null],
        ]),
      },
    });
  });
});
