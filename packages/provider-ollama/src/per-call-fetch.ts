// Gives each provider call its own AbortSignal and response headers, through the one client built per provider.
import { AsyncLocalStorage } from "node:async_hooks";
import { type LinkedSignal, linkSignals } from "@osmosis/core";

/** One call's view of the fetches it makes. */
export interface CallScope {
  /** Aborts this call's requests (merged with any signal the SDK sets itself). */
  signal?: AbortSignal | undefined;
  /** The last response received, kept for its headers (`retry-after`), which ollama-js drops. */
  response?: Response;
}

interface ActiveCall {
  scope: CallScope;
  /** Signals linked for this call's fetches, unlinked when the call ends. */
  links: LinkedSignal[];
}

/**
 * ollama-js (0.6) takes no per-request AbortSignal: non-streaming calls pass none to `fetch`,
 * and `client.abort()` only stops streams, of every call at once. Its errors keep the status
 * and message but not the headers. It does accept a custom `fetch`, so the client gets this one,
 * built once, which reads the current call's scope from AsyncLocalStorage (async context follows
 * the SDK's awaits into `fetch`). Concurrent calls on the same client each see their own scope.
 */
export class PerCallFetch {
  readonly #calls = new AsyncLocalStorage<ActiveCall>();
  readonly #base: typeof fetch;

  constructor(base: typeof fetch = globalThis.fetch) {
    this.#base = base;
  }

  /** The `fetch` to hand to `new Ollama({ fetch })`. */
  readonly fetch: typeof fetch = async (input, init) => {
    const call = this.#calls.getStore();
    let signal = init?.signal ?? undefined;
    const own = call?.scope.signal;
    if (own && signal) {
      // Linked for the whole call, not just this fetch: the SDK reads the body after it returns.
      const linked = linkSignals([signal, own]);
      call.links.push(linked);
      signal = linked.signal;
    } else if (own) {
      signal = own;
    }
    const response = await this.#base(input, signal ? { ...init, signal } : init);
    if (call) call.scope.response = response;
    return response;
  };

  /**
   * Runs `call` with `scope` applied to every fetch it makes. The signals linked for it are
   * unlinked once it has ended (its bodies read), so a run-long signal keeps no listeners.
   */
  async run<T>(scope: CallScope, call: () => Promise<T>): Promise<T> {
    const active: ActiveCall = { scope, links: [] };
    try {
      return await this.#calls.run(active, call);
    } finally {
      for (const link of active.links) link.dispose();
    }
  }
}
