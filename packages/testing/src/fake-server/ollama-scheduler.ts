// Ollama's admission rule instead of per-minute limits: OLLAMA_NUM_PARALLEL requests run at once, up to OLLAMA_MAX_QUEUE wait, the rest get a 503.

export type Admission =
  /** Runs now; call `release` when the answer is sent or the client has gone. */
  | { ok: true; release: () => void }
  /** The queue is full: Ollama answers 503 "server busy". */
  | { ok: false; reason: "busy" }
  /** The client went away (or the server closed) while it waited. */
  | { ok: false; reason: "gone" };

interface Waiter {
  admit: () => void;
  cancel: () => void;
}

export class OllamaScheduler {
  readonly numParallel: number;
  readonly maxQueue: number;
  #running = 0;
  readonly #waiting: Waiter[] = [];

  /** `numParallel` unset: no limit (the fake answers as fast as it is asked). */
  constructor(numParallel: number | undefined, maxQueue: number) {
    this.numParallel = numParallel ?? Number.POSITIVE_INFINITY;
    this.maxQueue = maxQueue;
  }

  /** Waits for a slot; `onGone` registers a callback fired when the client disconnects. */
  acquire(onGone: (cancel: () => void) => () => void): Promise<Admission> {
    if (this.#running < this.numParallel) {
      this.#running++;
      return Promise.resolve({ ok: true, release: this.#releaser() });
    }
    if (this.#waiting.length >= this.maxQueue)
      return Promise.resolve({ ok: false, reason: "busy" });
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => {
          unsubscribe();
          this.#running++;
          resolve({ ok: true, release: this.#releaser() });
        },
        cancel: () => {
          unsubscribe();
          const i = this.#waiting.indexOf(waiter);
          if (i >= 0) this.#waiting.splice(i, 1);
          resolve({ ok: false, reason: "gone" });
        },
      };
      const unsubscribe = onGone(() => waiter.cancel());
      this.#waiting.push(waiter);
    });
  }

  /** Cancels every waiting request (server closing or reset). */
  cancelAll(): void {
    for (const waiter of [...this.#waiting]) waiter.cancel();
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#running--;
      this.#waiting.shift()?.admit();
    };
  }
}
