// A cancelled run must let Node exit at once: no timer or listener of the pipeline outlives it.
import { describe, expect, it } from "vitest";
import type { Clock } from "./clock.js";
import { LLMCancelledError, LLMRateLimitError } from "./errors.js";
import { LLMClient } from "./llm-client.js";
import { defineProvider } from "./plugin.js";
import { RateLimiters } from "./rate-limiter.js";
import { Run } from "./run.js";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

/** The system clock, counting the timers it holds that have neither fired nor been cleared. */
function countingClock() {
  const live = new Set<unknown>();
  const made: unknown[] = [];
  const clock: Clock = {
    now: () => Date.now(),
    setTimer(fn, ms) {
      const handle = setTimeout(() => {
        live.delete(handle);
        fn();
      }, ms);
      live.add(handle);
      made.push(handle);
      return handle;
    },
    clearTimer(handle) {
      live.delete(handle);
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
  };
  return { clock, live: () => live.size, made };
}

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
    const { clock, live } = countingClock();
    const run = new Run({
      signal: controller.signal,
      deadlineMs: 60_000,
      clock,
      limiters: new RateLimiters({ clock }),
    });
    const client = new LLMClient({ provider, run });
    const request = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "x" }] };
    // One call in its back-off, others queued behind the limiter's hold.
    const calls = [client.generate(request), client.generate(request), client.generate(request)];
    while (refused === 0) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    // The limiter's hold, a back-off and the deadline are waiting.
    expect(live()).toBeGreaterThanOrEqual(3);
    controller.abort();
    const results = await Promise.allSettled(calls);
    for (const result of results) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(LLMCancelledError);
    }
    run.dispose();
    expect(live()).toBe(0);
    // And so nothing of ours is left for Node to wait on (other code may have ended timers too).
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it("a run's deadline does not keep Node alive once its work is done", () => {
    const { clock, made } = countingClock();
    const run = new Run({ deadlineMs: 3_600_000, clock });
    expect(made).toHaveLength(1);
    expect((made[0] as ReturnType<typeof setTimeout>).hasRef()).toBe(false);
    run.dispose();
  });
});
