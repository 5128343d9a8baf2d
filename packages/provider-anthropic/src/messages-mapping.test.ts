import type Anthropic from "@anthropic-ai/sdk";
import { ContentFilterError, type GenerateRequest, LLMResponseError } from "@osmosis/core";
import { describe, expect, it } from "vitest";
import refusal from "./__fixtures__/anthropic-refusal.json" with { type: "json" };
import { fromMessage, toMessageParams } from "./messages-mapping.js";

const schema = {
  type: "object",
  properties: { description: { type: "string" } },
  required: ["description"],
  additionalProperties: false,
};
const base: GenerateRequest = {
  model: "claude-haiku-4-5",
  messages: [{ role: "user", content: "Describe orders." }],
};
const structured: GenerateRequest = { ...base, output: { name: "doc", schema } };
const mapping = { structuredOutput: "tool" as const, maxOutputTokens: 4096 };

function message(overrides: Partial<Anthropic.Message>): Anthropic.Message {
  return {
    id: "msg_1",
    type: "message",
    role: "assistant",
    model: "claude-haiku-4-5-20251001",
    content: [],
    stop_reason: "end_turn",
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      input_tokens: 10,
      output_tokens: 5,
      cache_read_input_tokens: null,
      cache_creation_input_tokens: null,
      cache_creation: null,
      inference_geo: null,
      output_tokens_details: null,
      server_tool_use: null,
      service_tier: null,
      speed: null,
    },
    ...overrides,
  } as Anthropic.Message;
}

const toolUse = (input: unknown, name = "doc") =>
  ({
    type: "tool_use",
    id: "toolu_1",
    name,
    input,
    caller: { type: "direct" },
  }) as Anthropic.ToolUseBlock;
const text = (value: string) =>
  ({ type: "text", text: value, citations: null }) as Anthropic.TextBlock;

describe("toMessageParams", () => {
  it("puts system prompts, the request's and system-role messages, in the top-level system field", () => {
    const params = toMessageParams(
      {
        ...base,
        system: "You document dbt models.",
        messages: [
          { role: "system", content: "Answer in English." },
          { role: "user", content: "Describe orders." },
          { role: "assistant", content: "Sure." },
        ],
      },
      mapping,
    );
    expect(params.system).toBe("You document dbt models.\n\nAnswer in English.");
    expect(params.messages).toEqual([
      { role: "user", content: "Describe orders." },
      { role: "assistant", content: "Sure." },
    ]);
  });

  it("sends no tools without structured output, and no system without one", () => {
    const params = toMessageParams(base, mapping);
    expect(params).toEqual({
      model: "claude-haiku-4-5",
      max_tokens: 4096,
      messages: [{ role: "user", content: "Describe orders." }],
    });
  });

  it("leaves strict off when the request turns it off", () => {
    const params = toMessageParams(
      { ...base, output: { name: "doc", schema, strict: false } },
      mapping,
    );
    expect(params.tools?.[0]).not.toHaveProperty("strict");
  });
});

describe("fromMessage", () => {
  it.each([
    { stop: "end_turn", expected: "stop" },
    { stop: "stop_sequence", expected: "stop" },
    { stop: "max_tokens", expected: "length" },
    { stop: "model_context_window_exceeded", expected: "length" },
    { stop: "tool_use", expected: "tool_calls" },
    { stop: "pause_turn", expected: "other" },
  ] as const)(
    "maps stop_reason $stop to $expected without structured output",
    ({ stop, expected }) => {
      const result = fromMessage(
        message({ stop_reason: stop, content: [text("hi")] }),
        undefined,
        base,
        "tool",
        "anthropic",
      );
      expect(result.finishReason).toBe(expected);
      expect(result.text).toBe("hi");
      expect(result.model).toBe("claude-haiku-4-5-20251001");
    },
  );

  it("reports the forced tool's call as a normal stop, with its input as the JSON", () => {
    const result = fromMessage(
      message({ stop_reason: "tool_use", content: [toolUse({ description: "x" })] }),
      undefined,
      structured,
      "tool",
      "anthropic",
    );
    expect(result).toMatchObject({
      finishReason: "stop",
      json: { description: "x" },
      text: '{"description":"x"}',
    });
    expect(result.usage).toEqual({ inputTokens: 10, outputTokens: 5, cachedInputTokens: 0 });
  });

  it.each([
    {
      name: "no tool call",
      content: [text("I think the model is about orders.")],
      pattern: /without calling the doc tool/,
    },
    {
      name: "another tool's call",
      content: [toolUse({}, "other")],
      pattern: /without calling the doc tool/,
    },
    {
      name: "a string input",
      content: [toolUse('{"description":')],
      pattern: /without a JSON object/,
    },
    { name: "a null input", content: [toolUse(null)], pattern: /without a JSON object/ },
  ])("throws a retryable LLMResponseError for $name", ({ content, pattern }) => {
    const error = (() => {
      try {
        fromMessage(
          message({ stop_reason: "end_turn", content }),
          undefined,
          structured,
          "tool",
          "anthropic",
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LLMResponseError);
    expect((error as Error).message).toMatch(pattern);
    expect((error as LLMResponseError).retryable).toBe(true);
  });

  it("throws ContentFilterError for a refusal, naming its category", () => {
    expect(() =>
      fromMessage(
        refusal as unknown as Anthropic.Message,
        undefined,
        structured,
        "tool",
        "anthropic",
      ),
    ).toThrow(ContentFilterError);
    expect(() =>
      fromMessage(refusal as unknown as Anthropic.Message, undefined, base, "tool", "anthropic"),
    ).toThrow(/refused to answer \(general_harms\)/);
  });

  it("says to send less context when the context window cut the answer", () => {
    expect(() =>
      fromMessage(
        message({ stop_reason: "model_context_window_exceeded", content: [toolUse({})] }),
        undefined,
        structured,
        "tool",
        "anthropic",
      ),
    ).toThrow(/send less context/);
  });

  it("extracts JSON from text in json_schema and none modes, and rejects prose", () => {
    const fenced = message({ content: [text('Here:\n```json\n{"description":"y"}\n```')] });
    expect(fromMessage(fenced, undefined, structured, "none", "anthropic").json).toEqual({
      description: "y",
    });
    const prose = message({ content: [text("No JSON here.")] });
    expect(() => fromMessage(prose, undefined, structured, "json_schema", "anthropic")).toThrow(
      LLMResponseError,
    );
    const empty = message({ content: [] });
    expect(() => fromMessage(empty, undefined, structured, "none", "anthropic")).toThrow(
      /empty answer/,
    );
  });
});
