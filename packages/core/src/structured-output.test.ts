import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  extractJson,
  readStructuredAnswer,
  repairPrompt,
  structuredOutput,
} from "./structured-output.js";

describe("extractJson", () => {
  it.each([
    ['{"a":1}', { a: 1 }],
    ['  {"a":1}\n', { a: 1 }],
    ['```json\n{"a":1}\n```', { a: 1 }],
    ['```\n{"a":1}\n```', { a: 1 }],
    ['Sure! Here it is: {"a":{"b":[1,2]}} Hope it helps.', { a: { b: [1, 2] } }],
    ["[1,2]", [1, 2]],
  ])("reads %j", (text, value) => {
    expect(extractJson(text)).toEqual(value);
  });

  it.each(['Sure! ```json\n{"broken": ', "no json here", ""])("throws on %j", (text) => {
    expect(() => extractJson(text)).toThrowError(SyntaxError);
  });
});

describe("readStructuredAnswer", () => {
  const output = { name: "doc", schema: { type: "object" } };

  it("returns the JSON of a good answer", () => {
    expect(readStructuredAnswer({ text: '{"a":1}', finishReason: "stop" }, output)).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });

  it.each([
    [
      "cut off",
      '{"a":',
      "length" as const,
      undefined,
      "cut_off",
      /cut off at the output token limit/,
    ],
    ["refused", "", "content_filter" as const, "I can't help", "refused", /declined: I can't help/],
    ["blocked", "", "content_filter" as const, undefined, "refused", /content filter/],
    ["empty", "  ", "stop" as const, undefined, "invalid", /empty/],
    ["not JSON", "Sure! {broken", "stop" as const, undefined, "invalid", /not valid JSON/],
  ])("classifies a %s answer", (_, text, finishReason, refusal, kind, message) => {
    const read = readStructuredAnswer(
      refusal === undefined ? { text, finishReason } : { text, finishReason, refusal },
      output,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.kind).toBe(kind);
    expect(read.problem.message).toMatch(message);
  });

  it("validates with the output's check and lists its problems", () => {
    const checked = structuredOutput(
      "model_doc",
      z.strictObject({ description: z.string(), columns: z.strictObject({ a: z.string() }) }),
    );
    const read = readStructuredAnswer(
      { text: '{"description": 1, "columns": {"b": "x"}}', finishReason: "stop" },
      checked,
    );
    expect(read.ok).toBe(false);
    if (read.ok || read.problem.kind !== "invalid") throw new Error("expected an invalid answer");
    expect(read.problem.issues).toEqual([
      "description: Invalid input: expected string, received number",
      "columns.a: Invalid input: expected string, received undefined",
      'columns: Unrecognized key: "b"',
    ]);
    expect(repairPrompt(read.problem)).toBe(
      [
        "Your last answer could not be used:",
        "- description: Invalid input: expected string, received number",
        "- columns.a: Invalid input: expected string, received undefined",
        '- columns: Unrecognized key: "b"',
        "Answer again with only the corrected JSON, matching the schema exactly: no prose, no code fence.",
      ].join("\n"),
    );
  });
});

describe("structuredOutput", () => {
  it("sends the JSON Schema of the zod schema and returns the parsed value", () => {
    const output = structuredOutput("model_doc", z.strictObject({ a: z.string(), n: z.number() }));
    expect(output.schema).toEqual({
      type: "object",
      properties: { a: { type: "string" }, n: { type: "number" } },
      required: ["a", "n"],
      additionalProperties: false,
    });
    expect(output.validate({ a: "x", n: 1 })).toEqual({ success: true, value: { a: "x", n: 1 } });
  });
});
