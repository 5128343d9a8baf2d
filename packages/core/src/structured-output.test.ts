import { describe, expect, it } from "vitest";
import { LLMResponseError } from "./errors.js";
import { extractJson, parseStructuredText } from "./structured-output.js";

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

describe("parseStructuredText", () => {
  const context = { provider: "openai", requestId: "req_1", finishReason: "stop" as const };

  it("returns the JSON of a good answer", () => {
    expect(parseStructuredText('{"a":1}', context)).toEqual({ a: 1 });
  });

  it.each([
    [
      "cut off",
      '{"a":',
      "length" as const,
      /cut off at the output token limit\. Raise maxOutputTokens/,
      false,
    ],
    ["empty", "  ", "stop" as const, /returned an empty answer\. osmosis asks again/, true],
    ["not JSON", "Sure! {broken", "stop" as const, /is not valid JSON\. osmosis asks again/, true],
  ])("classifies a %s answer", (_, text, finishReason, message, retryable) => {
    let caught: unknown;
    try {
      parseStructuredText(text, { ...context, finishReason });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LLMResponseError);
    expect((caught as LLMResponseError).message).toMatch(message);
    expect((caught as LLMResponseError).retryable).toBe(retryable);
    expect((caught as LLMResponseError).requestId).toBe("req_1");
  });
});
