import type { ChatResponse } from "ollama";
import { describe, expect, it } from "vitest";
import { fromChatResponse, toChatRequest } from "./chat-mapping.js";

const request = {
  model: "llama3.2",
  system: "sys",
  messages: [{ role: "user" as const, content: "hi" }],
  temperature: 0.2,
  maxOutputTokens: 300,
  output: { name: "doc", schema: { type: "object" } },
};

describe("toChatRequest", () => {
  it("sends the system message first, the schema as format, and the limits as options", () => {
    expect(toChatRequest(request, { structuredOutput: "json_schema", numCtx: 8192 })).toEqual({
      model: "llama3.2",
      messages: [
        { role: "system", content: "sys" },
        { role: "user", content: "hi" },
      ],
      stream: false,
      format: { type: "object" },
      options: { temperature: 0.2, num_predict: 300, num_ctx: 8192 },
    });
  });

  it('uses format "json", or no format, and leaves unset options out', () => {
    const bare = { model: "m", messages: request.messages, output: request.output };
    expect(toChatRequest(bare, { structuredOutput: "json", keepAlive: "10m" })).toEqual({
      model: "m",
      messages: [{ role: "user", content: "hi" }],
      stream: false,
      format: "json",
      keep_alive: "10m",
    });
    expect(toChatRequest(bare, { structuredOutput: "none" }).format).toBeUndefined();
    expect(
      toChatRequest({ ...bare, output: undefined }, { structuredOutput: "json_schema" }).format,
    ).toBeUndefined();
  });
});

// The documented /api/chat answer (docs/api.md), with done_reason as servers since 0.1.33 send it.
const answer: ChatResponse = {
  model: "llama3.2",
  created_at: new Date("2023-12-12T14:13:43.416Z"),
  message: { role: "assistant", content: '{"description":"One row per order."}' },
  done: true,
  done_reason: "stop",
  total_duration: 5_191_566_416,
  load_duration: 2_154_458,
  prompt_eval_count: 26,
  prompt_eval_duration: 383_809_000,
  eval_count: 298,
  eval_duration: 4_799_921_000,
};

describe("fromChatResponse", () => {
  it("reads text, usage, finish reason and model, and leaves the text unparsed", () => {
    expect(fromChatResponse(answer, request)).toEqual({
      text: '{"description":"One row per order."}',
      usage: { inputTokens: 26, outputTokens: 298 },
      finishReason: "stop",
      model: "llama3.2",
    });
  });

  it("treats a missing prompt_eval_count (omitted when zero) as 0, and a missing done_reason as stop", () => {
    const { prompt_eval_count: _, done_reason: __, ...older } = answer;
    const result = fromChatResponse(older as ChatResponse, request);
    expect(result.usage).toEqual({ inputTokens: 0, outputTokens: 298 });
    expect(result.finishReason).toBe("stop");
  });

  // None of these throw: the client, which has recorded the usage, judges them.
  it.each([
    [{ done_reason: "length" }, "length", '{"description":"One row per order."}'],
    [{ message: { role: "assistant", content: "  " } }, "stop", "  "],
    [{ message: { role: "assistant", content: 'Sure! {"broken": ' } }, "stop", 'Sure! {"broken": '],
    [{ done_reason: "unload" }, "other", '{"description":"One row per order."}'],
  ])("returns %j as finish reason %s with its text and usage", (patch, finishReason, text) => {
    const result = fromChatResponse({ ...answer, ...patch }, request);
    expect(result).toMatchObject({
      finishReason,
      text,
      usage: { inputTokens: 26, outputTokens: 298 },
    });
  });
});
