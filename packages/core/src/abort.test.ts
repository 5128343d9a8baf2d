import { describe, expect, it } from "vitest";
import { anySignal, sleep } from "./abort.js";
import { LLMCancelledError } from "./errors.js";

describe("anySignal", () => {
  it("aborts with the reason of whichever signal aborts first", () => {
    const a = new AbortController();
    const b = new AbortController();
    const any = anySignal([a.signal, b.signal]);
    expect(any.aborted).toBe(false);
    b.abort("second");
    expect(any.aborted).toBe(true);
    expect(any.reason).toBe("second");
  });

  it("is aborted at once when a signal already is", () => {
    expect(anySignal([new AbortController().signal, AbortSignal.abort("done")]).reason).toBe(
      "done",
    );
  });

  it("works without AbortSignal.any (Node before 20.3)", () => {
    const original = AbortSignal.any;
    Object.defineProperty(AbortSignal, "any", { value: undefined, configurable: true });
    try {
      const a = new AbortController();
      const any = anySignal([a.signal, new AbortController().signal]);
      a.abort("first");
      expect(any.reason).toBe("first");
    } finally {
      Object.defineProperty(AbortSignal, "any", { value: original, configurable: true });
    }
  });
});

describe("sleep", () => {
  it("rejects at once with a cancellation when its signal aborts", async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(LLMCancelledError);
  });
});
