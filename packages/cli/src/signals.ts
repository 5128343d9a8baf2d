import { setMaxListeners } from "node:events";

// Ctrl-C as a user expects it: the first one stops new work and lets what is in flight land (the
// summary still prints); the second exits at once. Every write is atomic, so nothing is torn.
export interface StopSignals {
  /** Aborted by the first Ctrl-C (or SIGTERM): start nothing new. */
  drain: AbortSignal;
  /** Aborted by the second: cut everything. */
  hard: AbortSignal;
}

export interface SignalHandling {
  signals: StopSignals;
  dispose(): void;
}

export function handleStopSignals(
  onSecond: () => void,
  target: Pick<NodeJS.Process, "on" | "off"> = process,
): SignalHandling {
  const drain = new AbortController();
  const hard = new AbortController();
  // Every call waiting for the limiter listens to the drain: hundreds at once are expected.
  setMaxListeners(0, drain.signal, hard.signal);
  const onSignal = () => {
    if (!drain.signal.aborted) {
      drain.abort(new Error("stopped by a signal"));
      return;
    }
    hard.abort(new Error("stopped by a second signal"));
    onSecond();
  };
  target.on("SIGINT", onSignal);
  target.on("SIGTERM", onSignal);
  return {
    signals: { drain: drain.signal, hard: hard.signal },
    dispose: () => {
      target.off("SIGINT", onSignal);
      target.off("SIGTERM", onSignal);
    },
  };
}

/** Signals that never fire, for commands that have nothing to drain. */
export function noStopSignals(): StopSignals {
  return { drain: new AbortController().signal, hard: new AbortController().signal };
}
