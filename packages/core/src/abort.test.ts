import { describe, expect, it } from "vitest";
import { linkSignals, sleep } from "./abort.js";
import { LLMCancelledError } from "./errors.js";
import { VirtualClock } from "./virtual-clock.js";

/** Listeners currently on `signal`, read through Node's internal event target symbol list. */
function listenerCount(signal: AbortSignal): number {
  const kEvents = Object.getOwnPropertySymbols(signal).find((s) => s.description === "kEvents");
  const events = kEvents
    ? (signal as unknown as Record<symbol, Map<string, { size: number }>>)[kEvents]
    : undefined;
  return events?.get("abort")?.size ?? 0;
}

describe("linkSignals", () => {
  it("aborts with the reason of whichever signal aborts first", () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = linkSignals([a.signal, b.signal]);
    expect(linked.signal.aborted).toBe(false);
    b.abort("second");
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe("second");
  });

  it("is aborted at once when a signal already is", () => {
    const linked = linkSignals([new AbortController().signal, AbortSignal.abort("done")]);
    expect(linked.signal.reason).toBe("done");
  });

  it("leaves no listener on its sources once disposed: 10,000 calls on one run signal stay flat", () => {
    const run = new AbortController();
    for (let i = 0; i < 10_000; i++) {
      const timeout = new AbortController();
      const linked = linkSignals([run.signal, timeout.signal]);
      linked.dispose();
    }
    expect(listenerCount(run.signal)).toBe(0);
    const kept = linkSignals([run.signal]);
    expect(listenerCount(run.signal)).toBe(1);
    kept.dispose();
    expect(listenerCount(run.signal)).toBe(0);
  });

  it("skips missing signals", () => {
    const a = new AbortController();
    const linked = linkSignals([undefined, a.signal]);
    a.abort("only");
    expect(linked.signal.reason).toBe("only");
  });
});

describe("sleep", () => {
  it("rejects at once with a cancellation when its signal aborts, and clears its timer", async () => {
    const clock = new VirtualClock();
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal, clock);
    expect(clock.pending).toBe(1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(LLMCancelledError);
    expect(clock.pending).toBe(0);
  });

  it("resolves after its time on the clock it is given", async () => {
    const clock = new VirtualClock();
    let done = false;
    const pending = sleep(60_000, undefined, clock).then(() => {
      done = true;
    });
    await clock.advance(59_999);
    expect(done).toBe(false);
    await clock.advance(1);
    await pending;
    expect(done).toBe(true);
  });
});
