import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  InvalidRequestError,
  LLMCancelledError,
  LLMConnectionError,
  LLMRateLimitError,
  QuotaExhaustedError,
  ServerError,
} from "./errors.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, retriesOf, withRetry } from "./retry.js";
import { VirtualClock } from "./virtual-clock.js";

const fast = { baseDelayMs: 1, maxDelayMs: 5 };

function failing(errors: unknown[], value = "ok") {
  let calls = 0;
  const attempt = async () => {
    const error = errors[calls];
    calls += 1;
    if (error) throw error;
    return value;
  };
  return { attempt, calls: () => calls };
}

describe("backoffDelay", () => {
  it("grows by the factor, keeps half fixed and half random, and caps", () => {
    const policy = DEFAULT_RETRY_POLICY;
    expect(backoffDelay(1, policy, undefined, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, undefined, () => 0.999999)).toBe(1000);
    expect(backoffDelay(3, policy, undefined, () => 0)).toBe(2000);
    expect(backoffDelay(20, policy, undefined, () => 1)).toBe(60_000);
  });

  it("never comes back sooner than the vendor asked", () => {
    const error = new LLMRateLimitError("429", { retryAfterMs: 7_000 });
    for (const r of [0, 0.5, 0.99]) {
      const delay = backoffDelay(1, DEFAULT_RETRY_POLICY, error, () => r);
      expect(delay).toBeGreaterThanOrEqual(7_000);
      expect(delay).toBeLessThanOrEqual(8_000);
    }
  });

  it("honours a retry-after longer than maxDelay: the vendor's wait is a floor, not capped", () => {
    const error = new LLMRateLimitError("429", { retryAfterMs: 90_000 });
    const delay = backoffDelay(1, { ...DEFAULT_RETRY_POLICY, maxDelayMs: 60_000 }, error, () => 0);
    expect(delay).toBe(90_000);
  });
});

describe("withRetry", () => {
  it("retries retryable errors and reports each retry", async () => {
    const { attempt, calls } = failing([new ServerError("500"), new LLMConnectionError("reset")]);
    const events: string[] = [];
    const result = await withRetry(attempt, {
      policy: fast,
      onRetry: (e) => events.push(`${e.retry}:${e.reason}`),
    });
    expect(result).toEqual({ value: "ok", retries: 2 });
    expect(calls()).toBe(3);
    expect(events).toEqual(["1:server", "2:connection"]);
  });

  it.each([
    ["authentication", new AuthenticationError("401")],
    ["invalid request", new InvalidRequestError("400")],
    ["exhausted quota", new QuotaExhaustedError("billing")],
    ["a plain error", new Error("bug")],
  ])("never retries %s", async (_, error) => {
    const { attempt, calls } = failing([error]);
    await expect(withRetry(attempt, { policy: fast })).rejects.toBe(error);
    expect(calls()).toBe(1);
  });

  it("gives up after maxRetries and records the retries on the error", async () => {
    const errors = Array.from({ length: 10 }, () => new ServerError("503"));
    const { attempt, calls } = failing(errors);
    const error = await withRetry(attempt, { policy: { ...fast, maxRetries: 3 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(calls()).toBe(4);
    expect(retriesOf(error)).toBe(3);
  });

  it("allows more retries for rate limits than for other errors", async () => {
    const errors = Array.from(
      { length: 6 },
      () => new LLMRateLimitError("429", { retryAfterMs: 1 }),
    );
    const { attempt, calls } = failing(errors);
    const result = await withRetry(attempt, {
      policy: { ...fast, maxRetries: 1, maxRateLimitRetries: 6 },
    });
    expect(result.retries).toBe(6);
    expect(calls()).toBe(7);
  });

  it("stops when the next delay would pass the total time bound", async () => {
    const { attempt, calls } = failing([new ServerError("500"), new ServerError("500")]);
    await expect(
      withRetry(attempt, { policy: { baseDelayMs: 1_000, maxDelayMs: 1_000, maxTotalMs: 100 } }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(calls()).toBe(1);
  });

  it("aborts a back-off wait at once when the signal fires", async () => {
    const clock = new VirtualClock();
    const controller = new AbortController();
    const { attempt } = failing([new ServerError("500")]);
    const pending = withRetry(attempt, {
      policy: { baseDelayMs: 30_000, maxDelayMs: 30_000 },
      signal: controller.signal,
      clock,
      onRetry: () => clock.setTimer(() => controller.abort(), 20),
    });
    await expect(clock.runUntil(pending)).rejects.toBeInstanceOf(LLMCancelledError);
    expect(clock.now()).toBe(20);
  });

  it("waits out a long retry-after in full, and counts it against the total time", async () => {
    const clock = new VirtualClock();
    const long = new LLMRateLimitError("429", { retryAfterMs: 90_000 });
    const { attempt, calls } = failing([long, long]);
    const done = withRetry(attempt, { clock, random: () => 0, policy: { maxTotalMs: 120_000 } });
    const error = await clock.runUntil(done).catch((e: unknown) => e);
    // One full 90 s wait; a second would end past the 120 s bound, so the call gives up.
    expect(calls()).toBe(2);
    expect(clock.now()).toBe(90_000);
    expect(error).toBe(long);
    expect(retriesOf(error)).toBe(1);
  });
});
