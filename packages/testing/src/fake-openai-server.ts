// A real HTTP server on 127.0.0.1 that answers like OpenAI's chat-completions API, with limits and scripted faults.
import { randomBytes } from "node:crypto";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { parseWith } from "@osmosis/core";
import { z } from "zod";
import {
  buildCompletion,
  type ChatCompletionBody,
  ChatCompletionBodySchema,
  defaultReply,
  maxOutputTokensOf,
  promptTokensOf,
} from "./fake-server/chat-completion.js";
import { type FakeFault, faultAction } from "./fake-server/faults.js";
import {
  invalidApiKey,
  invalidRequest,
  invalidUrl,
  missingApiKey,
  rateLimitReached,
  unparsableBody,
} from "./fake-server/openai-errors.js";
import {
  formatOpenAIDuration,
  RateLimiter,
  type RateLimitOptions,
} from "./fake-server/rate-limit.js";

export type { ChatCompletionBody } from "./fake-server/chat-completion.js";
export type { FakeFault } from "./fake-server/faults.js";
export type { RateLimitOptions } from "./fake-server/rate-limit.js";

/** Milliseconds before a completion is sent: fixed, or per request body. */
export type FakeLatency = number | ((body: ChatCompletionBody) => number);

export interface FakeOpenAIServerOptions {
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Port (default 0: a free one). */
  port?: number;
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get OpenAI's 401. */
  apiKey?: string;
  /** Organisation named in 429 messages and the `openai-organization` header. */
  organization?: string;
  /** Ids listed by `GET /v1/models`. */
  models?: string[];
  /**
   * The assistant's content for a request; an object is sent as its JSON text. Default: a
   * sample valid against the requested JSON Schema, a small object in JSON mode, else a sentence.
   */
  reply?: (body: ChatCompletionBody) => string | object;
  latencyMs?: FakeLatency;
  /**
   * Prompt tokens reported as cached (`prompt_tokens_details.cached_tokens`): a count, capped
   * at the prompt's tokens, or a function of the body and the prompt's tokens. Default 0.
   */
  cachedPrefixTokens?: number | ((body: ChatCompletionBody, promptTokens: number) => number);
  rateLimit?: RateLimitOptions;
  /** Faults for the first requests, as if passed to `script()`. */
  faults?: FakeFault[];
  /** Decides a fault per chat request when none is scripted; return `undefined` for a normal answer. */
  faultFor?: (request: RecordedRequest) => FakeFault | undefined;
}

export interface RecordedRequest {
  method: string;
  /** URL path without the query (`/v1/chat/completions`). */
  path: string;
  /** Headers as received, `authorization` included; see `redactHeaders` before printing them. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `undefined` when empty or not JSON. */
  body: unknown;
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
}

export interface FakeServerStats {
  /** HTTP requests received, of any kind. */
  requests: number;
  /** Chat completions answered with 200. */
  completed: number;
  /** Answers with status 429: rate limits (enforced or scripted) and `insufficient_quota`. */
  rateLimited: number;
  /** Scripted or `faultFor` faults applied. */
  faults: number;
  /** Sum of `usage.prompt_tokens` over completed answers. */
  inputTokens: number;
  /** Sum of `usage.completion_tokens` over completed answers. */
  outputTokens: number;
  /** Sum of `usage.prompt_tokens_details.cached_tokens` over completed answers. */
  cachedInputTokens: number;
}

export interface FakeOpenAIServer {
  /** Base URL ending in `/v1`, for `new OpenAI({ baseURL })`. */
  readonly url: string;
  readonly port: number;
  /** Every request received, oldest first (live array). */
  readonly requests: readonly RecordedRequest[];
  /** A snapshot of the counters. */
  readonly stats: FakeServerStats;
  /** Queues faults; each is consumed by the next chat request, in order. */
  script(faults: readonly FakeFault[]): void;
  setLatency(latency: FakeLatency): void;
  /** Clears recorded requests, counters and queued faults, and refills the rate-limit buckets. */
  reset(): void;
  /** Stops listening and destroys open connections, hung ones included. */
  close(): Promise<void>;
}

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === "function";
const fn = <T>() => z.custom<T>(isFunction, "expected a function");

const Options = z.object({
  host: z.string().min(1).optional(),
  port: z.number().int().min(0).max(65_535).optional(),
  apiKey: z.string().min(1).optional(),
  organization: z.string().min(1).optional(),
  models: z.array(z.string().min(1)).optional(),
  reply: fn<FakeOpenAIServerOptions["reply"]>().optional(),
  latencyMs: z.union([z.number().min(0), fn<(body: ChatCompletionBody) => number>()]).optional(),
  cachedPrefixTokens: z
    .union([
      z.number().int().min(0),
      fn<(body: ChatCompletionBody, promptTokens: number) => number>(),
    ])
    .optional(),
  rateLimit: z
    .object({
      requestsPerMinute: z.number().positive().optional(),
      tokensPerMinute: z.number().positive().optional(),
      burstSeconds: z.number().positive().optional(),
    })
    .optional(),
  faults: z.array(z.custom<FakeFault>((v) => typeof v === "object" && v !== null)).optional(),
  faultFor: fn<FakeOpenAIServerOptions["faultFor"]>().optional(),
});

const DEFAULT_MODELS = ["gpt-4o-mini", "gpt-4o"];
/** A plausible RPM/TPM for 429s scripted on a server without configured limits. */
const NOMINAL_LIMITS = { requests: 500, tokens: 200_000 } as const;

/** Redacts credential headers of a recorded request, for logs and snapshots. */
export function redactHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = { ...headers };
  for (const name of ["authorization", "api-key", "x-api-key", "x-goog-api-key"]) {
    if (out[name] !== undefined) out[name] = "[REDACTED]";
  }
  return out;
}

function bearerKey(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "");
  return match?.[1]?.trim();
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
 * Starts a fake OpenAI server. It answers `POST /v1/chat/completions` and `GET /v1/models`
 * with OpenAI's shapes, headers and error bodies; see the package README.
 */
export async function startFakeOpenAIServer(
  options: FakeOpenAIServerOptions = {},
): Promise<FakeOpenAIServer> {
  const config = parseWith(Options, options, { prefix: "startFakeOpenAIServer options" });
  const organization = config.organization ?? "org-fakeorganization0000000";
  const models = config.models ?? DEFAULT_MODELS;
  const requests: RecordedRequest[] = [];
  const faultQueue: FakeFault[] = [...(config.faults ?? [])];
  let latency: FakeLatency = config.latencyMs ?? 0;
  let limiter = config.rateLimit ? new RateLimiter(config.rateLimit, Date.now()) : undefined;
  const emptyStats = (): FakeServerStats => ({
    requests: 0,
    completed: 0,
    rateLimited: 0,
    faults: 0,
    inputTokens: 0,
    outputTokens: 0,
    cachedInputTokens: 0,
  });
  let stats = emptyStats();
  /** Cancels pending latency waits when the server closes. */
  const pendingWaits = new Set<() => void>();
  let closing: Promise<void> | undefined;

  function commonHeaders(requestId: string, startedAt: number): Record<string, string> {
    return {
      "x-request-id": requestId,
      "openai-organization": organization,
      "openai-version": "2020-10-01",
      "openai-processing-ms": String(Date.now() - startedAt),
      ...limiter?.headers(Date.now()),
    };
  }

  function send(
    res: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string>,
  ): void {
    if (res.headersSent || res.destroyed) return;
    if (status === 429) stats.rateLimited++;
    const isText = typeof payload === "string";
    const text = isText ? payload : JSON.stringify(payload);
    res.writeHead(status, {
      "content-type": isText ? "text/html; charset=utf-8" : "application/json",
      "content-length": Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  function sendRateLimited(
    res: ServerResponse,
    headers: Record<string, string>,
    details: {
      model: string;
      kind: "requests" | "tokens";
      limit: number;
      used: number;
      requested: number;
    },
    retryAfterMs: number,
  ): void {
    const body = rateLimitReached({
      ...details,
      organization,
      retryIn: formatOpenAIDuration(retryAfterMs),
    });
    send(res, 429, body, {
      ...headers,
      "retry-after": String(Math.ceil(retryAfterMs / 1000)),
      "retry-after-ms": String(retryAfterMs),
    });
  }

  /** Resolves true after `ms`, or false as soon as the client goes away or the server closes. */
  function wait(ms: number, res: ServerResponse): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(!res.destroyed);
    return new Promise((resolve) => {
      const done = (elapsed: boolean) => {
        clearTimeout(timer);
        res.off("close", cancel);
        pendingWaits.delete(cancel);
        resolve(elapsed);
      };
      const cancel = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      res.on("close", cancel);
      pendingWaits.add(cancel);
    });
  }

  function cachedTokensFor(body: ChatCompletionBody, promptTokens: number): number {
    const setting = config.cachedPrefixTokens ?? 0;
    const value = typeof setting === "function" ? setting(body, promptTokens) : setting;
    return Math.max(0, Math.min(promptTokens, Math.floor(value)));
  }

  async function complete(
    res: ServerResponse,
    body: ChatCompletionBody,
    content: string,
    promptTokens: number,
    requestId: string,
    startedAt: number,
  ): Promise<void> {
    const delay = typeof latency === "function" ? latency(body) : latency;
    if (!(await wait(delay, res))) return;
    const { completion, usage } = buildCompletion(
      body,
      content,
      promptTokens,
      cachedTokensFor(body, promptTokens),
    );
    stats.completed++;
    stats.inputTokens += usage.promptTokens;
    stats.outputTokens += usage.completionTokens;
    stats.cachedInputTokens += usage.cachedTokens;
    send(res, 200, completion, commonHeaders(requestId, startedAt));
  }

  async function chatCompletions(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    requestId: string,
  ): Promise<void> {
    const startedAt = record.receivedAt;
    const headers = () => commonHeaders(requestId, startedAt);
    if (record.body === undefined) {
      send(res, 400, unparsableBody(), headers());
      return;
    }
    const parsed = ChatCompletionBodySchema.safeParse(record.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const param = issue?.path.map(String).join(".") || null;
      send(res, 400, invalidRequest(issue?.message ?? "Invalid request body.", param), headers());
      return;
    }
    const body = parsed.data;
    if (body.stream === true) {
      send(
        res,
        400,
        invalidRequest(
          "The fake OpenAI server does not stream. Send the request without `stream: true`.",
          "stream",
        ),
        headers(),
      );
      return;
    }
    const promptTokens = promptTokensOf(body);

    const fault = faultQueue.shift() ?? config.faultFor?.(record);
    if (fault) {
      stats.faults++;
      const action = faultAction(fault, { apiKey: bearerKey(req.headers), promptTokens });
      switch (action.action) {
        case "reset":
          req.socket.destroy();
          return;
        case "hang":
          // Nothing is written; `close()` or the client's own abort ends the connection.
          return;
        case "content":
          await complete(res, body, action.content, promptTokens, requestId, startedAt);
          return;
        case "rate-limit": {
          const limit =
            config.rateLimit?.[
              action.limit === "requests" ? "requestsPerMinute" : "tokensPerMinute"
            ];
          const nominal = limit ?? NOMINAL_LIMITS[action.limit];
          const requested =
            action.limit === "requests" ? 1 : promptTokens + (maxOutputTokensOf(body) ?? 0);
          sendRateLimited(
            res,
            headers(),
            { model: body.model, kind: action.limit, limit: nominal, used: nominal, requested },
            action.retryAfterMs,
          );
          return;
        }
        case "error":
          send(res, action.status, action.body, { ...headers(), ...action.headers });
          return;
      }
    }

    if (limiter) {
      const admission = limiter.admit(promptTokens + (maxOutputTokensOf(body) ?? 0), Date.now());
      if (!admission.ok) {
        sendRateLimited(
          res,
          headers(),
          { ...admission, model: body.model },
          admission.retryAfterMs,
        );
        return;
      }
    }

    let content: string;
    try {
      const reply = config.reply ? config.reply(body) : defaultReply(body);
      content = typeof reply === "string" ? reply : JSON.stringify(reply);
    } catch (error) {
      // A schema the sampler cannot satisfy is what OpenAI rejects as an invalid response_format.
      const message = error instanceof Error ? error.message : String(error);
      const name =
        body.response_format?.type === "json_schema" ? body.response_format.json_schema.name : "";
      send(
        res,
        400,
        invalidRequest(
          `Invalid schema for response_format '${name}': ${message}`,
          "response_format",
        ),
        headers(),
      );
      return;
    }
    await complete(res, body, content, promptTokens, requestId, startedAt);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    stats.requests++;
    const requestId = `req_${randomBytes(16).toString("hex")}`;
    const rawBody = await readBody(req);
    let body: unknown;
    try {
      body = rawBody.length > 0 ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const record: RecordedRequest = { method, path, headers: req.headers, body, receivedAt };
    requests.push(record);
    const headers = () => commonHeaders(requestId, receivedAt);

    if (config.apiKey !== undefined) {
      const key = bearerKey(req.headers);
      if (key !== config.apiKey) {
        send(res, 401, key ? invalidApiKey(key) : missingApiKey(), headers());
        return;
      }
    }

    if (method === "POST" && path === "/v1/chat/completions") {
      await chatCompletions(req, res, record, requestId);
    } else if (method === "GET" && path === "/v1/models") {
      const data = models.map((id) => ({
        id,
        object: "model",
        created: 1_700_000_000,
        owned_by: "system",
      }));
      send(res, 200, { object: "list", data }, headers());
    } else if (method === "GET" && path.startsWith("/v1/models/")) {
      const id = decodeURIComponent(path.slice("/v1/models/".length));
      if (models.includes(id)) {
        send(
          res,
          200,
          { id, object: "model", created: 1_700_000_000, owned_by: "system" },
          headers(),
        );
      } else {
        send(
          res,
          404,
          invalidRequest(`The model '${id}' does not exist`, "model", "model_not_found"),
          headers(),
        );
      }
    } else {
      send(res, 404, invalidUrl(method, path), headers());
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A throwing `reply`/`faultFor` is a bug in the test; say so in the 500 rather than hang.
      const message = error instanceof Error ? error.message : String(error);
      send(
        res,
        500,
        {
          error: {
            message: `Fake server error: ${message}`,
            type: "server_error",
            param: null,
            code: null,
          },
        },
        {},
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port ?? 0, config.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/v1`,
    port: address.port,
    requests,
    get stats() {
      return { ...stats };
    },
    script(faults) {
      faultQueue.push(...faults);
    },
    setLatency(value) {
      latency = parseWith(Options.shape.latencyMs.unwrap(), value, { prefix: "setLatency" });
    },
    reset() {
      requests.length = 0;
      faultQueue.length = 0;
      stats = emptyStats();
      limiter = config.rateLimit ? new RateLimiter(config.rateLimit, Date.now()) : undefined;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const cancel of [...pendingWaits]) cancel();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
