import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readStructuredAnswer, repairPrompt, structuredOutput } from "./structured-output.js";

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
    [
      "not JSON",
      "Sure! Here is the documentation.",
      "stop" as const,
      undefined,
      "invalid",
      /^the answer is not valid JSON$/,
    ],
    [
      "cut-off, with nothing complete",
      '{"description": "One row per ord',
      "stop" as const,
      undefined,
      "invalid",
      /^the answer is not valid JSON: it looks cut off/,
    ],
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

describe("readStructuredAnswer with several JSON values", () => {
  const modelDoc = structuredOutput(
    "model_doc",
    z.strictObject({
      description: z.string(),
      columns: z.record(z.string(), z.string().nullable()),
    }),
  );
  const read = (text: string, output: Parameters<typeof readStructuredAnswer>[1] = modelDoc) =>
    readStructuredAnswer({ text, finishReason: "stop" }, output);

  it.each([
    {
      name: "the fenced schema fails, the answer in the prose passes",
      text: 'The schema is:\n```json\n{"type": "object", "required": ["description", "columns"]}\n```\nHere is the documentation: {"description": "Orders.", "columns": {"order_id": "Key."}}',
    },
    {
      name: "a later remark fails, the answer before it passes",
      text: '{"description": "Orders.", "columns": {"order_id": "Key."}}\nYou could also add {"tests": ["unique"]} to order_id.',
    },
    {
      name: "an answer cut off after its first try: the first try passes",
      text: '{"description": "Orders.", "columns": {"order_id": "Key."}}\nOops, with more detail:\n{"descr',
    },
  ])("takes the first that validates when $name", ({ text }) => {
    expect(read(text)).toEqual({
      ok: true,
      value: { description: "Orders.", columns: { order_id: "Key." } },
    });
  });

  it("accepts the complete part of a cut-off answer when the schema does", () => {
    expect(
      read('{"description": "Orders.", "columns": {"order_id": "Key.", "amount": "Total in US'),
    ).toEqual({ ok: true, value: { description: "Orders.", columns: { order_id: "Key." } } });
  });

  it("reports on the last complete value when none validates", () => {
    const answer = read(
      'Example: {"description": 1, "columns": {}}\nAnswer: {"description": "Orders.", "columns": {"order_id": 2}}',
    );
    expect(answer).toEqual({
      ok: false,
      problem: {
        kind: "invalid",
        message:
          "the answer does not match the model_doc schema: columns.order_id: Invalid input: expected string, received number",
        issues: ["columns.order_id: Invalid input: expected string, received number"],
      },
    });
  });

  it("says the answer looks cut off when the JSON that fails was salvaged", () => {
    const answer = read(
      'Example: {"description": "…", "columns": {"…": "…"}, "extra": true}\nAnswer: {"columns": {"order_id": "Key.", "amount": "Total in US',
    );
    if (answer.ok || answer.problem.kind !== "invalid")
      throw new Error("expected an invalid answer");
    expect(answer.problem.message).toBe(
      "the answer looks cut off (its JSON stops before it is closed), and its complete part does not match the model_doc schema: description: Invalid input: expected string, received undefined",
    );
    expect(repairPrompt(answer.problem)).toBe(
      [
        "Your last answer could not be used:",
        "- the answer stops before its JSON is closed: send all of it, more briefly if it is long",
        "- description: Invalid input: expected string, received undefined",
        "Answer again with only the corrected JSON, matching the schema exactly: no prose, no code fence.",
      ].join("\n"),
    );
  });

  it("does not take a salvage without a check to vouch for it", () => {
    const output = { name: "doc", schema: { type: "object" } };
    expect(read('{"description": "Orders.", "columns": {"order_id": "Ke', output)).toEqual({
      ok: false,
      problem: {
        kind: "invalid",
        message: "the answer looks cut off: its JSON stops before it is closed",
        issues: ["the answer looks cut off: its JSON stops before it is closed"],
      },
    });
    expect(read('{"description": "Orders."} and {"description": "Or', output)).toEqual({
      ok: true,
      value: { description: "Orders." },
    });
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
