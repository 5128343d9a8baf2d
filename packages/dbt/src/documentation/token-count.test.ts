import { describe, expect, it } from "vitest";
import { o200kTokenCounter, requestTokens } from "./token-count.js";

describe("prompt token counts", () => {
  it("counts with o200k_base, plus each message's overhead and the answer's schema", async () => {
    const count = await o200kTokenCounter();
    expect(count("hello world")).toBe(2);
    const request = {
      model: "gpt-4o-mini",
      system: "hello world",
      messages: [{ role: "user" as const, content: "hello world" }],
    };
    // 3 to prime the reply, then 3 + 2 per message.
    expect(requestTokens(request, count)).toBe(13);
    const withSchema = requestTokens(
      {
        ...request,
        output: { name: "answer", schema: { type: "object" } },
      },
      count,
    );
    expect(withSchema).toBe(13 + count('{"type":"object"}'));
  });
});
