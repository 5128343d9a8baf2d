// A cancelled run must let Node exit at once: no timer or listener of the pipeline outlives it.
import { describe, expect, it } from "vitest";
import { LLMCancelledError, LLMRateLimitError } from "./errors.js";
import { LLMClient } from "./llm-client.js";
import { defineProvider } from "./plugin.js";
import { Run } from "./run.js";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

describe("exit after Ctrl-C", () => {
  it("cancelling calls that wait out a 5 s retry-after leaves no timer behind", async () => {
    const before = timers();
    let refused = 0;
    const provider = defineProvider({
      id: "openai",
      generate: async () => {
        refused += 1;
        throw new LLMRateLimitError("429", { retryAfterMs: 5_000 });
      },
    });
    const controller = new AbortController();
    const run = new Run({ signal: controller.signal, deadlineMs: 60_000 });
    const client = new LLMClient({ provider, run });
    const request = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "x" }] };
    // One call in its back-off, others queued behind the limiter's hold.
    const calls = [client.generate(request), client.generate(request), client.generate(request)];
    while (refused === 0) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(timers()).toBeGreaterThan(before);
    controller.abort();
    const results = await Promise.allSettled(calls);
    for (const result of results) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(LLMCancelledError);
    }
    run.dispose();
    expect(timers()).toBe(before);
  });

  it("a run's deadline does not keep Node alive once its work is done", () => {
    const before = timers();
    const work = setTimeout(() => {}, 3_600_000);
    expect(timers()).toBe(before + 1);
    clearTimeout(work);
    const run = new Run({ deadlineMs: 3_600_000 });
    expect(timers()).toBe(before);
    run.dispose();
  });
});
