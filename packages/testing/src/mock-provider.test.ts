import {
  ContentFilterError,
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  LLMConfigError,
  LLMError,
  LLMRateLimitError,
  Run,
  ServerError,
  structuredOutput,
} from "@osmosis/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MockProvider } from "./mock-provider.js";

const request: GenerateRequest = {
  model: "mock-large",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Describe orders." }],
};

describe("MockProvider", () => {
  it("answers from the queue in order: text, JSON, then a thrown core error", async () => {
    const rateLimit = new LLMRateLimitError("slow down", { retryAfterMs: 250 });
    const provider = new MockProvider({
      replies: ["plain text", { json: { ok: true } }, rateLimit],
    });

    await expect(provider.generate(request)).resolves.toMatchObject({
      text: "plain text",
      finishReason: "stop",
      model: "mock-large",
    });
    const second = await provider.generate(request);
    // Like a real provider, the mock answers text; the client parses it.
    expect(second.text).toBe('{"ok":true}');
    expect(second).not.toHaveProperty("json");
    await expect(provider.generate(request)).rejects.toBe(rateLimit);
    expect(provider.pendingReplies).toBe(0);
  });

  it("estimates usage at ~4 characters a token, the way the fake OpenAI server counts", async () => {
    const provider = new MockProvider({ replies: ["12345678"] });
    const result = await provider.generate(request);
    // System 24 chars → 6 + 4, user 16 chars → 4 + 4; answer 8 chars → 2.
    expect(result.usage).toEqual({ inputTokens: 18, outputTokens: 2 });
  });

  it("reports a reply's own usage, model and finish reason, and no usage when the capability is off", async () => {
    const usage = { inputTokens: 1000, outputTokens: 10, cachedInputTokens: 900 };
    const provider = new MockProvider({
      replies: [{ text: "cut", usage, model: "mock-large-2025", finishReason: "length" }, "x"],
      capabilities: { usage: false },
    });
    await expect(provider.generate(request)).resolves.toMatchObject({
      usage,
      model: "mock-large-2025",
      finishReason: "length",
    });
    expect((await provider.generate(request)).usage).toBeUndefined();
    expect(provider.capabilities).toEqual({
      jsonSchema: true,
      jsonMode: true,
      usage: false,
      cachedInputUsage: false,
      rateLimitHeaders: false,
    });
  });

  it("reports a refusal as content_filter with its reason and usage", async () => {
    const provider = new MockProvider({
      replies: [
        { refusal: "I can't help with that." },
        { text: "x", refusal: "no", finishReason: "stop" },
      ],
    });
    const refused = await provider.generate(request);
    expect(refused).toMatchObject({
      text: "",
      finishReason: "content_filter",
      refusal: "I can't help with that.",
    });
    expect(refused.usage?.inputTokens).toBeGreaterThan(0);
    expect(await provider.generate(request)).toMatchObject({ finishReason: "stop", refusal: "no" });
  });

  it("drives LLMClient: a { json } reply comes back parsed, a refusal as ContentFilterError with its usage", async () => {
    const usage = { inputTokens: 120, outputTokens: 4 };
    const provider = new MockProvider({
      replies: [{ json: { description: "Orders." } }, { refusal: "Not allowed.", usage }],
    });
    const client = new LLMClient({ provider, run: new Run() });
    const output = structuredOutput("doc", z.object({ description: z.string() }));
    const answer = await client.generate({ ...request, output });
    expect(answer.json).toEqual({ description: "Orders." });

    const error = await client.generate({ ...request, output }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentFilterError);
    expect((error as ContentFilterError).message).toContain("Not allowed.");
    expect((error as ContentFilterError).usage).toEqual(usage);
  });

  it("computes replies with respond(request, callIndex) once the queue is empty", async () => {
    const provider = new MockProvider({
      replies: ["first"],
      respond: (req, index) =>
        index === 2 ? { error: new ServerError("overloaded") } : `${req.model}#${index}`,
    });
    expect((await provider.generate(request)).text).toBe("first");
    expect((await provider.generate(request)).text).toBe("mock-large#1");
    await expect(provider.generate(request)).rejects.toBeInstanceOf(ServerError);
  });

  it("throws a clear error when the script runs out, or repeats the last reply when asked", async () => {
    const strict = new MockProvider({ id: "scripted", replies: ["only"] });
    await strict.generate(request);
    const error = await strict.generate(request).catch((e: unknown) => e);
    expect(LLMError.isInstance(error)).toBe(true);
    expect((error as LLMError).retryable).toBe(false);
    expect((error as Error).message).toMatch(
      /MockProvider "scripted" has no reply for call #2 \(model "mock-large"\): its 1 scripted reply was used up\. .*whenExhausted/,
    );

    const repeating = new MockProvider({ replies: ["again"], whenExhausted: "repeat-last" });
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await repeating.generate(request)).text);
    expect(texts).toEqual(["again", "again", "again"]);
  });

  it("records each call without its signal, with start and end times and the outcome", async () => {
    const provider = new MockProvider({
      replies: [{ text: "slow", latencyMs: 30 }, new ServerError("down")],
    });
    const controller = new AbortController();
    await provider.generate({ ...request, signal: controller.signal });
    await provider.generate(request).catch(() => undefined);

    expect(provider.calls).toHaveLength(2);
    const [first, second] = provider.calls;
    expect(first?.request).toEqual(request);
    expect(first?.request).not.toHaveProperty("signal");
    expect((first?.endedAt ?? 0) - (first?.startedAt ?? 0)).toBeGreaterThanOrEqual(25);
    expect(first?.result?.text).toBe("slow");
    expect(second?.index).toBe(1);
    expect(second?.error).toBeInstanceOf(ServerError);
  });

  it("rejects with LLMCancelledError as soon as the signal aborts during latency", async () => {
    const provider = new MockProvider({ latencyMs: 5000, respond: () => "never" });
    const controller = new AbortController();
    const started = Date.now();
    const pending = provider.generate({ ...request, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user pressed Ctrl-C")), 20);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMCancelledError);
    expect((error as LLMCancelledError).cause).toEqual(new Error("user pressed Ctrl-C"));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(provider.inFlight).toBe(0);
  });

  it("rejects at once, without using a reply, when the signal is already aborted", async () => {
    const provider = new MockProvider({ replies: ["kept"] });
    await expect(
      provider.generate({ ...request, signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(LLMCancelledError);
    expect(provider.pendingReplies).toBe(1);
  });

  it("tracks the most calls in flight at once", async () => {
    const provider = new MockProvider({
      respond: () => "ok",
      latencyMs: (_req, index) => 10 + index * 5,
    });
    await Promise.all(Array.from({ length: 3 }, () => provider.generate(request)));
    await provider.generate(request);
    expect(provider.maxInFlight).toBe(3);
    expect(provider.inFlight).toBe(0);
  });

  it("validates its options", () => {
    expect(() => new MockProvider({ id: "Not Valid" })).toThrow(LLMConfigError);
    expect(() => new MockProvider({ latencyMs: -1 })).toThrow(/MockProvider options.latencyMs/);
  });

  it("marks itself closed", async () => {
    const provider = new MockProvider();
    await provider.close();
    expect(provider.closed).toBe(true);
  });
});
