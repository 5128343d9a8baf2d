// A clock for tests whose time must not depend on the machine's speed: timers fire in order of
// their due time, and time jumps from one to the next as soon as every promise has settled.
import type { Clock } from "./clock.js";

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Lets every pending promise reaction run: `setImmediate` comes after the microtask queue. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Implements core's `Clock`. Give it to a `Run` (`new Run({ clock })`) and to the limiters
 * (`new RateLimiters({ clock })`), start the work, then `await clock.runUntil(promise)`: minutes of
 * back-off and pacing pass in milliseconds, the same way on a busy machine as on an idle one.
 */
export class VirtualClock implements Clock {
  #now: number;
  #seq = 0;
  /** Pending timers, kept sorted by due time then creation order. */
  #timers: Timer[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(fn: () => void, ms: number): unknown {
    const timer: Timer = { at: this.#now + Math.max(0, ms), seq: this.#seq++, fn };
    // Binary search for the insertion point: timers due at the same time keep their order.
    let lo = 0;
    let hi = this.#timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.#timers[mid] as Timer;
      if (other.at < timer.at || (other.at === timer.at && other.seq < timer.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.#timers.splice(lo, 0, timer);
    return timer;
  }

  clearTimer(handle: unknown): void {
    const index = this.#timers.indexOf(handle as Timer);
    if (index >= 0) this.#timers.splice(index, 1);
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Fires the next due timer after letting promises settle; false when none is left. */
  async step(): Promise<boolean> {
    await settle();
    const timer = this.#timers.shift();
    if (!timer) return false;
    this.#now = Math.max(this.#now, timer.at);
    timer.fn();
    await settle();
    return true;
  }

  /** Moves time forward by `ms`, firing every timer due on the way. */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms;
    await settle();
    while (this.#timers.length > 0 && (this.#timers[0] as Timer).at <= until) await this.step();
    this.#now = until;
    await settle();
  }

  /**
   * Fires timers in order until `work` settles, and returns its outcome. Throws when no timer is
   * left while `work` is still pending (it waits on something this clock does not drive).
   */
  async runUntil<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const watched = work.finally(() => {
      done = true;
    });
    watched.catch(() => {});
    while (!done) {
      const fired = await this.step();
      if (!fired && !done) {
        await settle();
        if (!done) {
          throw new Error(
            `VirtualClock: the work is still pending at t=${this.#now} ms with no timer left to fire.`,
          );
        }
      }
    }
    return watched;
  }
}
