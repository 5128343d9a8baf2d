// The system clock, keeping count of the timers it holds: a test can prove that nothing of the
// pipeline is left waiting once a run is cancelled (whatever else the process is doing).
import type { Clock } from "@osmosis/core";

export interface CountingClock extends Clock {
  /** Timers set through this clock that have neither fired nor been cleared. */
  readonly live: number;
}

export function countingClock(): CountingClock {
  const live = new Set<unknown>();
  return {
    now: () => Date.now(),
    setTimer(fn, ms) {
      const handle = setTimeout(() => {
        live.delete(handle);
        fn();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimer(handle) {
      live.delete(handle);
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
    get live() {
      return live.size;
    },
  };
}
