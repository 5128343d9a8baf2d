// A real HTTP server on 127.0.0.1 that answers like Ollama's native API (`/api/chat`, `/api/tags`, `/api/version`), with limits and scripted faults.
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseWith } from "@osmosis/core";
import { z } from "zod";
import { faultContent } from "./fake-server/faults.js";
import {
  bearerKey,
  createLoopbackServer,
  functionOption,
  type LoopbackServerOptions,
  LoopbackServerOptionsSchema,
} from "./fake-server/loopback-server.js";
import {
  answerFor,
  chatResponse,
  chatStreamLines,
  defaultOllamaReply,
  formatOf,
  type OllamaChatAnswer,
  type OllamaChatBody,
  OllamaChatBodySchema,
  promptTokensOf,
} from "./fake-server/ollama-chat.js";
import {
  invalidFormat,
  modelNotFound,
  serverBusy,
  tooManyRequests,
  unauthorized,
} from "./fake-server/ollama-errors.js";
import { ollamaFaultAction } from "./fake-server/ollama-faults.js";
import { OllamaScheduler } from "./fake-server/ollama-scheduler.js";
import {
  RateLimiter,
  type RateLimitOptions,
  RateLimitOptionsSchema,
} from "./fake-server/rate-limit.js";
import type {
  FakeServerStats,
  FakeVendorServer,
  RecordedRequest,
} from "./fake-server/vendor-server.js";

export type { OllamaChatBody } from "./fake-server/ollama-chat.js";

/** Milliseconds before an answer is sent: fixed, or per request body. */
export type FakeOllamaLatency = number | ((body: OllamaChatBody) => number);

export interface FakeOllamaServerOptions extends LoopbackServerOptions {
  /**
   * Ollama has no keys; set this to act like an auth proxy (or ollama.com) in front of it:
   * requests must carry `Authorization: Bearer <apiKey>` or get `401 {"error":"unauthorized"}`.
   */
  apiKey?: string;
  /** Pulled models, listed by `/api/tags`; chat with any other gets Ollama's 404. A name without a tag means `:latest`. */
  models?: string[];
  /** Answered by `GET /api/version`. */
  version?: string;
  /**
   * The assistant's content for a request; an object is sent as its JSON text. Default: a
   * sample valid against a JSON Schema `format`, a small object for `format: "json"`, else a sentence.
   */
  reply?: (body: OllamaChatBody) => string | object;
  latencyMs?: FakeOllamaLatency;
  /** OLLAMA_NUM_PARALLEL: chats answered at once (default: no limit). */
  numParallel?: number;
  /** OLLAMA_MAX_QUEUE: chats that may wait for a slot before the rest get a 503 (default 512). */
  maxQueue?: number;
  /**
   * Per-minute limits, as ollama.com (or a rate-limiting proxy) enforces them: over a limit, a
   * 429 `{"error": …}` with `retry-after` in seconds. A chat costs one request and its prompt
   * tokens plus `options.num_predict`. Ollama sends no limit headers, so `remaining` and
   * `limitHeaders` change nothing here.
   */
  rateLimit?: RateLimitOptions;
}

export interface FakeOllamaServerStats extends FakeServerStats {
  /** 503 "server busy" answers because the queue was full (scripted 503s count under `faults`). */
  busy: number;
}

export interface FakeOllamaServer extends FakeVendorServer {
  /** The host URL (`http://127.0.0.1:<port>`, no path), for `new Ollama({ host })`. */
  readonly url: string;
  readonly port: number;
  readonly stats: FakeOllamaServerStats;
  setLatency(latency: FakeOllamaLatency): void;
}

const Latency = z.union([z.number().min(0), functionOption<(body: OllamaChatBody) => number>()]);

const Options = LoopbackServerOptionsSchema.extend({
  apiKey: z.string().min(1).optional(),
  models: z.array(z.string().min(1)).optional(),
  version: z.string().min(1).optional(),
  reply: functionOption<FakeOllamaServerOptions["reply"]>().optional(),
  latencyMs: Latency.optional(),
  numParallel: z.number().int().positive().optional(),
  maxQueue: z.number().int().min(0).optional(),
  rateLimit: RateLimitOptionsSchema.optional(),
});

const DEFAULT_MODELS = ["llama3.2:latest", "qwen2.5:7b"];

/** `llama3.2` → `llama3.2:latest`, as Ollama resolves names. */
function withTag(name: string): string {
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  return lastSegment.includes(":") ? name : `${name}:latest`;
}

function tagsEntry(name: string, index: number) {
  const family = name.split(/[:/]/)[0]?.replace(/[\d.]+$/, "") || "llama";
  return {
    name,
    model: name,
    modified_at: "2025-01-15T10:00:00.000000000Z",
    size: 2_019_393_189 + index,
    digest: `${(index + 10).toString(16).padStart(2, "0")}${"a80c4f17acd5".repeat(5)}abcd`,
    details: {
      parent_model: "",
      format: "gguf",
      family,
      families: [family],
      parameter_size: "3.2B",
      quantization_level: "Q4_K_M",
    },
  };
}

/**
 * Starts a fake Ollama server. It answers `POST /api/chat` (whole or streamed as NDJSON, like
 * the real server), `GET /api/tags` and `GET /api/version` with Ollama's shapes and
 * `{"error": …}` bodies; see the package README.
 */
export async function startFakeOllamaServer(
  options: FakeOllamaServerOptions = {},
): Promise<FakeOllamaServer> {
  const config = parseWith(Options, options, { prefix: "startFakeOllamaServer options" });
  const models = (config.models ?? DEFAULT_MODELS).map(withTag);
  let latency: FakeOllamaLatency = config.latencyMs ?? 0;
  let scheduler = new OllamaScheduler(config.numParallel, config.maxQueue ?? 512);
  const loop = createLoopbackServer(config, {
    contentType: { text: "text/plain; charset=utf-8", json: "application/json; charset=utf-8" },
    extraStats: { busy: 0 },
    crashBody: (message) => ({ error: `fake server error: ${message}` }),
  });
  const { send, wait, stats, now } = loop;
  const newLimiter = () =>
    config.rateLimit ? new RateLimiter(config.rateLimit, now()) : undefined;
  let limiter = newLimiter();

  async function answer(
    res: ServerResponse,
    body: OllamaChatBody,
    content: string,
    promptTokens: number,
    receivedAt: number,
  ): Promise<void> {
    const admission = await scheduler.acquire((cancel) => {
      res.on("close", cancel);
      return () => res.off("close", cancel);
    });
    if (!admission.ok) {
      if (admission.reason === "busy") {
        stats.busy++;
        send(res, 503, serverBusy());
      }
      return;
    }
    try {
      const delay = typeof latency === "function" ? latency(body) : latency;
      if (!(await wait(delay, res))) return;
      const result: OllamaChatAnswer = answerFor(body, content, promptTokens);
      // Every answer built is billed, content faults included, so clients' totals can be checked.
      stats.completed++;
      stats.inputTokens += result.usage.promptTokens;
      stats.outputTokens += result.usage.completionTokens;
      const elapsed = now() - receivedAt;
      if (body.stream === false) {
        send(res, 200, chatResponse(body.model, result, elapsed));
        return;
      }
      if (res.headersSent || res.destroyed) return;
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end(`${chatStreamLines(body.model, result, elapsed).join("\n")}\n`);
    } finally {
      admission.release();
    }
  }

  async function chat(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    rawBody: string,
  ): Promise<void> {
    if (record.body === undefined) {
      const error = rawBody.trim()
        ? `invalid character '${rawBody.trim()[0]}' looking for beginning of value`
        : "missing request body";
      send(res, 400, { error });
      return;
    }
    const parsed = OllamaChatBodySchema.safeParse(record.body);
    if (!parsed.success) {
      send(res, 400, { error: parsed.error.issues[0]?.message ?? "invalid request" });
      return;
    }
    const body = parsed.data;
    if (!formatOf(body)) {
      send(res, 400, invalidFormat());
      return;
    }
    const promptTokens = promptTokensOf(body);

    const fault = loop.nextFault(record);
    if (fault) {
      const action = ollamaFaultAction(fault, { model: body.model });
      switch (action.action) {
        case "reset":
          req.socket.destroy();
          return;
        case "hang":
          // Nothing is written; `close()` or the client's own abort ends the connection.
          return;
        case "content":
        case "fenced-content": {
          const content = faultContent(action, () => replyContent(res, body));
          if (content === undefined) return;
          await answer(res, body, content, promptTokens, record.receivedAt);
          return;
        }
        case "rate-limit":
          send(res, 429, tooManyRequests(), {
            "retry-after": String(Math.ceil(action.retryAfterMs / 1000)),
          });
          return;
        case "error":
          send(res, action.status, action.body, action.headers);
          return;
      }
    }

    if (!models.includes(withTag(body.model))) {
      send(res, 404, modelNotFound(body.model));
      return;
    }

    if (limiter) {
      const outputBudget = Math.max(0, body.options?.num_predict ?? 0);
      const admission = limiter.admit(promptTokens + outputBudget, now());
      if (!admission.ok) {
        send(res, 429, tooManyRequests(), {
          "retry-after": String(Math.ceil(admission.retryAfterMs / 1000)),
        });
        return;
      }
    }

    const content = replyContent(res, body);
    if (content === undefined) return;
    await answer(res, body, content, promptTokens, record.receivedAt);
  }

  /**
   * The assistant's content for `body` (the `reply` option's, else the default), or `undefined`
   * once a 400 has been sent for a schema no value satisfies.
   */
  function replyContent(res: ServerResponse, body: OllamaChatBody): string | undefined {
    try {
      const reply = config.reply ? config.reply(body) : defaultOllamaReply(body);
      return typeof reply === "string" ? reply : JSON.stringify(reply);
    } catch (error) {
      // A schema the sampler cannot satisfy: the real server fails to build a grammar for it.
      const message = error instanceof Error ? error.message : String(error);
      send(res, 400, { error: `invalid JSON schema in format: ${message}` });
      return undefined;
    }
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    { rawBody }: { rawBody: string },
  ): Promise<void> {
    const { method, path } = record;

    if (config.apiKey !== undefined && bearerKey(req.headers) !== config.apiKey) {
      send(res, 401, unauthorized());
      return;
    }

    if (method === "POST" && path === "/api/chat") {
      await chat(req, res, record, rawBody);
    } else if (method === "GET" && path === "/api/tags") {
      send(res, 200, { models: models.map(tagsEntry) });
    } else if (method === "GET" && path === "/api/version") {
      send(res, 200, { version: config.version ?? "0.12.6" });
    } else if ((method === "GET" || method === "HEAD") && path === "/") {
      send(res, 200, "Ollama is running");
    } else {
      // Gin's default for unknown routes.
      send(res, 404, "404 page not found");
    }
  }

  const { url, port } = await loop.listen(handle);

  return {
    url,
    port,
    requests: loop.requests,
    get stats() {
      return { ...stats };
    },
    script: loop.script,
    setLatency(value) {
      latency = parseWith(Latency, value, { prefix: "setLatency" });
    },
    reset() {
      loop.reset();
      limiter = newLimiter();
      // Requests still waiting on the old scheduler are admitted by its own releases.
      scheduler = new OllamaScheduler(config.numParallel, config.maxQueue ?? 512);
    },
    close() {
      scheduler.cancelAll();
      return loop.close();
    },
  };
}
