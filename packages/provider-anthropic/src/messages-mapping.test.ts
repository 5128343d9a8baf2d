import type Anthropic from "@anthropic-ai/sdk";
import type { GenerateRequest } from "@osmosis/core";
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

  it("marks a repeated system prompt cacheable when the request says it is", () => {
    const params = toMessageParams(
      {
        ...base,
        system: "You document dbt models.",
        cacheSystem: true,
        messages: [{ role: "user", content: "Describe orders." }],
      },
      mapping,
    );
    expect(params.system).toEqual([
      { type: "text", text: "You document dbt models.", cache_control: { type: "ephemeral" } },
    ]);
    const plain = toMessageParams(
      { ...base, system: "You document dbt models.", messages: [] },
      mapping,
    );
    expect(plain.system).toBe("You document dbt models.");
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
    { stop: "refusal", expected: "content_filter" },
    { stop: "pause_turn", expected: "other" },
  ] as const)(
    "maps stop_reason $stop to $expected without structured output",
    ({ stop, expected }) => {
      const result = fromMessage(
        message({ stop_reason: stop, content: [text("hi")] }),
        undefined,
        base,
        "tool",
      );
      expect(result.finishReason).toBe(expected);
      expect(result.text).toBe("hi");
      expect(result.model).toBe("claude-haiku-4-5-20251001");
    },
  );

  it("reports the forced tool's call as a normal stop, its input as the JSON text", () => {
    const result = fromMessage(
      message({ stop_reason: "tool_use", content: [toolUse({ description: "x" })] }),
      undefined,
      structured,
      "tool",
    );
    expect(result).toEqual({
      text: '{"description":"x"}',
      finishReason: "stop",
      model: "claude-haiku-4-5-20251001",
      usage: { inputTokens: 10, outputTokens: 5, cachedInputTokens: 0, cacheWriteInputTokens: 0 },
    });
  });

  it("unwraps a non-object schema's { value } from the tool input", () => {
    const list = { ...base, output: { name: "doc", schema: { type: "array" } } };
    const result = fromMessage(
      message({ stop_reason: "tool_use", content: [toolUse({ value: ["a", "b"] })] }),
      undefined,
      list,
      "tool",
    );
    expect(result.text).toBe('["a","b"]');
  });

  // None of these throw: the client, which has recorded the usage, finds no usable JSON and asks again.
  it.each([
    {
      name: "no tool call: the text blocks",
      content: [text("I think the model is about orders.")],
      expected: "I think the model is about orders.",
    },
    { name: "another tool's call: no text", content: [toolUse({}, "other")], expected: "" },
    {
      name: "a quoted input: the string as sent",
      content: [toolUse('{"description":"x"}')],
      expected: '{"description":"x"}',
    },
    { name: "a null input: null", content: [toolUse(null)], expected: "null" },
  ])("returns the answer as text for $name", ({ content, expected }) => {
    const result = fromMessage(
      message({ stop_reason: "end_turn", content }),
      undefined,
      structured,
      "tool",
    );
    expect(result.text).toBe(expected);
    expect(result.finishReason).toBe("stop");
    expect(result.usage).toMatchObject({ inputTokens: 10, outputTokens: 5 });
  });

  it("returns a refusal as content_filter naming its category, with its usage (anthropic-refusal)", () => {
    const result = fromMessage(
      refusal as unknown as Anthropic.Message,
      undefined,
      structured,
      "tool",
    );
    expect(result).toEqual({
      text: "",
      finishReason: "content_filter",
      refusal: "refusal category general_harms",
      model: "claude-haiku-4-5",
      usage: { inputTokens: 42, outputTokens: 2, cachedInputTokens: 0, cacheWriteInputTokens: 0 },
    });
  });

  it("puts a refusal's explanation first when Anthropic gives one", () => {
    const result = fromMessage(
      message({
        stop_reason: "refusal",
        stop_details: { type: "refusal", category: "cyber", explanation: "Malware development." },
      }),
      undefined,
      base,
      "tool",
    );
    expect(result.refusal).toBe("Malware development. (cyber)");
  });

  it("returns an answer the context window cut as length, with what the tool input held", () => {
    const result = fromMessage(
      message({ stop_reason: "model_context_window_exceeded", content: [toolUse({})] }),
      undefined,
      structured,
      "tool",
    );
    expect(result).toMatchObject({ finishReason: "length", text: "{}" });
  });

  it("counts cache reads and writes in inputTokens, each also on its own", () => {
    const result = fromMessage(
      message({
        content: [text("hi")],
        usage: {
          ...message({}).usage,
          input_tokens: 3,
          cache_read_input_tokens: 1000,
          cache_creation_input_tokens: 200,
        },
      }),
      undefined,
      base,
      "tool",
    );
    expect(result.usage).toEqual({
      inputTokens: 1203,
      outputTokens: 5,
      cachedInputTokens: 1000,
      cacheWriteInputTokens: 200,
    });
  });

  it("returns the text as is in json_schema and none modes", () => {
    const fenced = message({ content: [text('Here:\n```json\n{"description":"y"}\n```')] });
    expect(fromMessage(fenced, undefined, structured, "none").text).toBe(
      'Here:\n```json\n{"description":"y"}\n```',
    );
    expect(fromMessage(fenced, undefined, structured, "json_schema").finishReason).toBe("stop");
  });
});
