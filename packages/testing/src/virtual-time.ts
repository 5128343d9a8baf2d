// Runs work that talks to a fake server over real HTTP on a VirtualClock shared by the client and
// the server: time moves to the next timer only once every request the client has sent is parked
// on the clock at the server, so no timer fires while bytes are still on their way.
import type { VirtualClock } from "@osmosis/core";

/** Real time to let sockets deliver what is in flight before looking again. */
const poll = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/**
 * Fires `clock`'s timers in order until `work` settles. Before each jump, waits (in real time)
 * until `settled()` holds twice in a row: it should say that every call the client has in flight
 * is waiting at the server on the clock (a latency wait), not travelling. Throws when `work` is
 * still pending with no timer left, or when the system never settles within `maxWaitMs`.
 */
export async function runOnVirtualTime<T>(
  clock: VirtualClock,
  work: Promise<T>,
  settled: () => boolean,
  maxWaitMs = 30_000,
): Promise<T> {
  let done = false;
  const watched = work.finally(() => {
    done = true;
  });
  watched.catch(() => {});
  while (!done) {
    const started = Date.now();
    for (let calm = 0; calm < 2 && !done; ) {
      await poll();
      calm = settled() ? calm + 1 : 0;
      if (Date.now() - started > maxWaitMs) {
        throw new Error(`runOnVirtualTime: the client and server never settled (t=${clock.now()})`);
      }
    }
    if (done) break;
    if (!(await clock.step())) {
      await poll();
      if (!done)
        throw new Error(`runOnVirtualTime: work pending at t=${clock.now()} with no timer left`);
    }
  }
  return watched;
}
