import { describe, expect, it } from "vitest";
import { extractJson } from "./structured-output.js";

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
