import { describe, expect, it } from "vitest";
import { toChatParams } from "./chat-mapping.js";

describe("toChatParams", () => {
  const request = {
    model: "gpt-4o-mini",
    system: "sys",
    messages: [{ role: "user" as const, content: "hi" }],
    temperature: 0.2,
    maxOutputTokens: 300,
    output: { name: "doc", schema: { type: "object" } },
  };

  it("sends the system message first and the schema as strict json_schema", () => {
    expect(
      toChatParams(request, {
        structuredOutput: "json_schema",
        maxTokensField: "max_completion_tokens",
      }),
    ).toEqual({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "sys" },
        { role: "user", content: "hi" },
      ],
      temperature: 0.2,
      max_completion_tokens: 300,
      response_format: {
        type: "json_schema",
        json_schema: { name: "doc", schema: { type: "object" }, strict: true },
      },
    });
  });

  it("falls back to JSON mode or plain text", () => {
    expect(
      toChatParams(request, { structuredOutput: "json_object", maxTokensField: "max_tokens" }),
    ).toMatchObject({
      max_tokens: 300,
      response_format: { type: "json_object" },
    });
    expect(
      toChatParams(request, { structuredOutput: "none", maxTokensField: "max_tokens" })
        .response_format,
    ).toBeUndefined();
  });
});
