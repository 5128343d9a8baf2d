// The HTTP plumbing every fake vendor server shares: listening on loopback, recording requests,
// the fault queue, latency waits that end with the client or the server, and close().
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type Clock, systemClock } from "@osmosis/core";
import { z } from "zod";
import type { FakeFault } from "./faults.js";
import type { FakeServerStats, RecordedRequest } from "./vendor-server.js";

/** The options every fake server takes besides its vendor's own. */
export interface LoopbackServerOptions {
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Port (default 0: a free one). */
  port?: number;
  /** Faults for the first generation requests, as if passed to `script()`. */
  faults?: FakeFault[];
  /** Decides a fault per generation request when none is scripted; `undefined` for a normal answer. */
  faultFor?: (request: RecordedRequest) => FakeFault | undefined;
  /**
   * Time for rate limits, latency and `receivedAt` (default: the system clock). A virtual clock
   * makes limits and latency independent of the machine's speed: nothing refills and no
   * latency ends until the test moves it.
   */
  clock?: Clock;
}

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === "function";
/** An option that must be a function; zod checks no more than that. */
export const functionOption = <T>() => z.custom<T>(isFunction, "expected a function");

/** Validates `LoopbackServerOptions`; each server extends it with its vendor's options. */
export const LoopbackServerOptionsSchema = z.object({
  host: z.string().min(1).optional(),
  port: z.number().int().min(0).max(65_535).optional(),
  faults: z.array(z.custom<FakeFault>((v) => typeof v === "object" && v !== null)).optional(),
  faultFor: functionOption<LoopbackServerOptions["faultFor"]>().optional(),
  clock: z
    .custom<Clock>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        ["now", "setTimer", "clearTimer"].every(
          (name) => typeof (v as Record<string, unknown>)[name] === "function",
        ),
      "expected a Clock: { now(), setTimer(fn, ms), clearTimer(handle) }",
    )
    .optional(),
});

/** How the vendor's answers look on the wire, where the plumbing writes them. */
interface WireFormat<X extends Record<string, number>> {
  /** `content-type` of a string body and of a JSON one. */
  contentType: { text: string; json: string };
  /** Headers on every answer, before the answer's own. */
  headers?: Record<string, string>;
  /** The vendor's counters beyond `FakeServerStats`, at zero. */
  extraStats?: X;
  /** The vendor's 500 body when a handler throws, given the error's message. */
  crashBody: (message: string) => unknown;
}

/** Answers one request, already read, parsed and recorded. */
type RequestHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  record: RecordedRequest,
  received: { url: URL; rawBody: string },
) => Promise<void>;

/** The `Authorization: Bearer` credential, if any. */
export function bearerKey(headers: IncomingHttpHeaders): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "")?.[1]?.trim();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * The state and helpers a fake server's handlers use. Nothing listens until `listen`, so a
 * server builds its handlers on this first and starts it last.
 */
export function createLoopbackServer<X extends Record<string, number> = Record<never, number>>(
  options: LoopbackServerOptions,
  wire: WireFormat<X>,
) {
  const clock = options.clock ?? systemClock;
  const requests: RecordedRequest[] = [];
  const faultQueue: FakeFault[] = [...(options.faults ?? [])];
  const emptyStats = () => ({
    requests: 0,
    completed: 0,
    rateLimited: 0,
    faults: 0,
    inputTokens: 0,
    outputTokens: 0,
    cachedInputTokens: 0,
    ...(wire.extraStats as X),
  });
  /** Live counters; handlers add to them, `reset` zeroes them in place. */
  const stats: FakeServerStats & X = emptyStats();
  /** Cancels pending latency waits when the server closes. */
  const pendingWaits = new Set<() => void>();
  const server = createServer();
  let closing: Promise<void> | undefined;

  function send(
    res: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (res.headersSent || res.destroyed) return;
    if (status === 429) stats.rateLimited++;
    const isText = typeof payload === "string";
    const text = isText ? payload : JSON.stringify(payload);
    res.writeHead(status, {
      "content-type": isText ? wire.contentType.text : wire.contentType.json,
      "content-length": Buffer.byteLength(text),
      ...wire.headers,
      ...headers,
    });
    res.end(text);
  }

  async function receive(req: IncomingMessage, res: ServerResponse, handle: RequestHandler) {
    const receivedAt = clock.now();
    stats.requests++;
    const rawBody = await readBody(req);
    let body: unknown;
    try {
      body = rawBody.length > 0 ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      headers: req.headers,
      body,
      receivedAt,
    };
    requests.push(record);
    await handle(req, res, record, { url, rawBody });
  }

  return {
    /** Every request received, oldest first (live array). */
    requests,
    stats,
    send,

    /** The current time on the server's clock. */
    now: (): number => clock.now(),

    /** Resolves true after `ms`, or false as soon as the client goes away or the server closes. */
    wait(ms: number, res: ServerResponse): Promise<boolean> {
      if (ms <= 0) return Promise.resolve(!res.destroyed);
      return new Promise((resolve) => {
        const done = (elapsed: boolean) => {
          clock.clearTimer(timer);
          res.off("close", cancel);
          pendingWaits.delete(cancel);
          resolve(elapsed);
        };
        const cancel = () => done(false);
        const timer = clock.setTimer(() => done(true), ms);
        res.on("close", cancel);
        pendingWaits.add(cancel);
      });
    },

    /** The next scripted fault, else `faultFor`'s verdict on the request; counted when there is one. */
    nextFault(record: RecordedRequest): FakeFault | undefined {
      const fault = faultQueue.shift() ?? options.faultFor?.(record);
      if (fault) stats.faults++;
      return fault;
    },

    /** Queues faults; each is consumed by the next generation request, in order. */
    script(faults: readonly FakeFault[]): void {
      faultQueue.push(...faults);
    },

    /** Clears recorded requests, counters and queued faults. */
    reset(): void {
      requests.length = 0;
      faultQueue.length = 0;
      Object.assign(stats, emptyStats());
    },

    /** Starts answering with `handle`; resolves to the server's root URL and port. */
    async listen(handle: RequestHandler): Promise<{ url: string; port: number }> {
      server.on("request", (req: IncomingMessage, res: ServerResponse) => {
        receive(req, res, handle).catch((error: unknown) => {
          // A throwing `reply`/`faultFor`/`latencyMs` is a bug in the test; say so in the 500 rather than hang.
          const message = error instanceof Error ? error.message : String(error);
          send(res, 500, wire.crashBody(message));
        });
      });
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return { url: `http://${host}:${address.port}`, port: address.port };
    },

    /** Stops listening and destroys open connections, hung ones included. */
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        for (const cancel of [...pendingWaits]) cancel();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
