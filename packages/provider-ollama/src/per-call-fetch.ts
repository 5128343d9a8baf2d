// Gives each provider call its own AbortSignal and response headers, through the one client built per provider.
import { AsyncLocalStorage } from "node:async_hooks";
import { anySignal } from "@osmosis/core";

/** One call's view of the fetches it makes. */
export interface CallScope {
  /** Aborts this call's requests (merged with any signal the SDK sets itself). */
  signal?: AbortSignal | undefined;
  /** The last response received, kept for its headers (`retry-after`), which ollama-js drops. */
  response?: Response;
}

/**
 * ollama-js (0.6) takes no per-request AbortSignal: non-streaming calls pass none to `fetch`,
 * and `client.abort()` only stops streams, of every call at once. Its errors keep the status
 * and message but not the headers. It does accept a custom `fetch`, so the client gets this one,
 * built once, which reads the current call's scope from AsyncLocalStorage (async context follows
 * the SDK's awaits into `fetch`). Concurrent calls on the same client each see their own scope.
 */
export class PerCallFetch {
  readonly #scopes = new AsyncLocalStorage<CallScope>();
  readonly #base: typeof fetch;

  constructor(base: typeof fetch = globalThis.fetch) {
    this.#base = base;
  }

  /** The `fetch` to hand to `new Ollama({ fetch })`. */
  readonly fetch: typeof fetch = async (input, init) => {
    const scope = this.#scopes.getStore();
    const signals = [init?.signal, scope?.signal].filter((s): s is AbortSignal => !!s);
    const signal = signals.length > 1 ? anySignal(signals) : signals[0];
    const response = await this.#base(input, signal ? { ...init, signal } : init);
    if (scope) scope.response = response;
    return response;
  };

  /** Runs `call` with `scope` applied to every fetch it makes. */
  run<T>(scope: CallScope, call: () => Promise<T>): Promise<T> {
    return this.#scopes.run(scope, call);
  }
}
