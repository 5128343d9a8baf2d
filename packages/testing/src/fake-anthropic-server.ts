// A real HTTP server on 127.0.0.1 that answers like Anthropic's Messages API, with limits and scripted faults.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { parseWith } from "@osmosis/core";
import { z } from "zod";
import {
  type AnthropicErrorObject,
  errorBody,
  invalidApiKey,
  invalidRequest,
  missingApiKey,
  notFound,
  rateLimitExceeded,
} from "./fake-server/anthropic-errors.js";
import { anthropicFaultAction } from "./fake-server/anthropic-faults.js";
import {
  buildMessage,
  defaultReply,
  invalidBodyMessage,
  type MessagesBody,
  MessagesBodySchema,
  promptTokensOf,
  randomId,
  toReply,
} from "./fake-server/anthropic-message.js";
import {
  AnthropicRateLimiter,
  type AnthropicRateLimitOptions,
  AnthropicRateLimitOptionsSchema,
  exhaustedHeaders,
  NOMINAL_ANTHROPIC_LIMITS,
} from "./fake-server/anthropic-rate-limit.js";
import { faultContent } from "./fake-server/faults.js";
import {
  bearerKey,
  createLoopbackServer,
  functionOption,
  type LoopbackServerOptions,
  LoopbackServerOptionsSchema,
} from "./fake-server/loopback-server.js";
import type {
  FakeServerStats,
  FakeVendorServer,
  RecordedRequest,
} from "./fake-server/vendor-server.js";

export type { MessagesBody as AnthropicMessagesBody } from "./fake-server/anthropic-message.js";
export type { AnthropicRateLimitOptions } from "./fake-server/anthropic-rate-limit.js";

/** A number, or a function of the request body and its prompt tokens. */
type TokenSetting = number | ((body: MessagesBody, promptTokens: number) => number);

export interface FakeAnthropicServerOptions extends LoopbackServerOptions {
  /**
   * When set, requests must carry it in `x-api-key` (or `Authorization: Bearer`, which SDK 1.x
   * sends) or get Anthropic's 401 `authentication_error`.
   */
  apiKey?: string;
  /** Organization id in the `anthropic-organization-id` header and 429 messages. */
  organizationId?: string;
  /**
   * The answer for a request: an object is the forced tool's `input` (or JSON text when no tool
   * is forced); a string is a text block. Default: a sample valid against the forced tool's
   * `input_schema` or `output_config.format.schema`, else a sentence.
   */
  reply?: (body: MessagesBody) => string | object;
  /** Milliseconds before a message is sent: fixed, or per request body. */
  latencyMs?: number | ((body: MessagesBody) => number);
  /** Prompt tokens reported as `cache_read_input_tokens` (capped at the prompt). Default 0. */
  cachedPrefixTokens?: TokenSetting;
  /** Prompt tokens reported as `cache_creation_input_tokens` (capped at what is not read). Default 0. */
  cacheCreationTokens?: TokenSetting;
  rateLimit?: AnthropicRateLimitOptions;
}

export interface FakeAnthropicServerStats extends FakeServerStats {
  /** Sum of `usage.input_tokens` over completed answers (uncached prompt tokens, as Anthropic counts). */
  inputTokens: number;
  /** Sum of `usage.cache_read_input_tokens` over completed answers. */
  cachedInputTokens: number;
  /** Sum of `usage.cache_creation_input_tokens` over completed answers. */
  cacheCreationInputTokens: number;
}

export interface FakeAnthropicServer extends FakeVendorServer {
  /** Base URL without `/v1`, for `new Anthropic({ baseURL })`. */
  readonly url: string;
  readonly port: number;
  /** A snapshot of the counters. */
  readonly stats: FakeAnthropicServerStats;
}

const tokenSetting = z.union([
  z.number().int().min(0),
  functionOption<(b: MessagesBody, p: number) => number>(),
]);

const Options = LoopbackServerOptionsSchema.extend({
  apiKey: z.string().min(1).optional(),
  organizationId: z.string().min(1).optional(),
  reply: functionOption<FakeAnthropicServerOptions["reply"]>().optional(),
  latencyMs: z
    .union([z.number().min(0), functionOption<(body: MessagesBody) => number>()])
    .optional(),
  cachedPrefixTokens: tokenSetting.optional(),
  cacheCreationTokens: tokenSetting.optional(),
  rateLimit: AnthropicRateLimitOptionsSchema.optional(),
});

/** The key a request authenticates with: `x-api-key` wins over `Authorization: Bearer`, as at Anthropic. */
function sentKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers["x-api-key"];
  if (typeof header === "string" && header.length > 0) return header;
  return bearerKey(headers);
}

function settingValue(setting: TokenSetting | undefined, body: MessagesBody, prompt: number) {
  if (setting === undefined) return 0;
  return typeof setting === "function" ? setting(body, prompt) : setting;
}

/**
 * Starts a fake Anthropic server. It answers `POST /v1/messages` with Anthropic's `message`
 * object, headers and error bodies; see the package README.
 */
export async function startFakeAnthropicServer(
  options: FakeAnthropicServerOptions = {},
): Promise<FakeAnthropicServer> {
  const config = parseWith(Options, options, { prefix: "startFakeAnthropicServer options" });
  const organizationId = config.organizationId ?? "0f4ea4e0-0000-4000-8000-000000000000";
  const loop = createLoopbackServer(config, {
    contentType: { text: "text/html; charset=utf-8", json: "application/json" },
    extraStats: { cacheCreationInputTokens: 0 },
    crashBody: (message) =>
      errorBody({ type: "api_error", message: `Fake server error: ${message}` }, "req_fake"),
  });
  const { send, wait, stats, now } = loop;
  const newLimiter = () =>
    config.rateLimit ? new AnthropicRateLimiter(config.rateLimit, now()) : undefined;
  let limiter = newLimiter();

  /**
   * `limits` are the rate-limit headers as they stood when the request was admitted (the
   * vendor's view at admission, not after the reply's latency); now when not given.
   */
  function commonHeaders(
    requestId: string,
    limits = limiter?.headers(now()),
  ): Record<string, string> {
    return {
      "request-id": requestId,
      "anthropic-organization-id": organizationId,
      ...limits,
    };
  }

  function sendError(
    res: ServerResponse,
    status: number,
    error: AnthropicErrorObject,
    requestId: string,
    headers: Record<string, string> = {},
  ): void {
    send(res, status, errorBody(error, requestId), { ...commonHeaders(requestId), ...headers });
  }

  async function complete(
    res: ServerResponse,
    body: MessagesBody,
    reply: string | object,
    promptTokens: number,
    requestId: string,
    limits: Record<string, string> | undefined,
  ): Promise<void> {
    const delay =
      typeof config.latencyMs === "function" ? config.latencyMs(body) : config.latencyMs;
    if (!(await wait(delay ?? 0, res))) return;
    const { message, usage } = buildMessage(body, toReply(body, reply), promptTokens, {
      read: settingValue(config.cachedPrefixTokens, body, promptTokens),
      creation: settingValue(config.cacheCreationTokens, body, promptTokens),
    });
    // Every answer built is billed, content faults included, so clients' totals can be checked.
    stats.completed++;
    stats.inputTokens += usage.inputTokens;
    stats.outputTokens += usage.outputTokens;
    stats.cachedInputTokens += usage.cacheReadInputTokens;
    stats.cacheCreationInputTokens += usage.cacheCreationInputTokens;
    send(res, 200, message, commonHeaders(requestId, limits));
  }

  async function messages(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    requestId: string,
  ): Promise<void> {
    const version = req.headers["anthropic-version"];
    if (typeof version !== "string" || version.length === 0) {
      sendError(res, 400, invalidRequest("anthropic-version: header is required"), requestId);
      return;
    }
    if (record.body === undefined) {
      sendError(
        res,
        400,
        invalidRequest("There was an error parsing the body of your request as JSON."),
        requestId,
      );
      return;
    }
    const parsed = MessagesBodySchema.safeParse(record.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join(".") || "body";
      sendError(res, 400, invalidRequest(`${path}: ${issue?.message ?? "Invalid"}`), requestId);
      return;
    }
    const body = parsed.data;
    const problem = invalidBodyMessage(body, version);
    if (problem) {
      sendError(res, 400, invalidRequest(problem), requestId);
      return;
    }
    const promptTokens = promptTokensOf(body);

    const fault = loop.nextFault(record);
    if (fault) {
      const action = anthropicFaultAction(fault, { promptTokens });
      switch (action.action) {
        case "reset":
          req.socket.destroy();
          return;
        case "hang":
          // Nothing is written; `close()` or the client's own abort ends the connection.
          return;
        case "content":
        case "fenced-content": {
          // Faults bypass the limits; the headers are the budgets as the fault found them.
          const limits = limiter?.headers(now());
          // A text block, never the forced tool call: the model answered in prose.
          const content = faultContent(action, () => replyText(res, body, requestId));
          if (content === undefined) return;
          await complete(res, body, content, promptTokens, requestId, limits);
          return;
        }
        case "rate-limit": {
          const kind = action.limit === "requests" ? "requests" : "input-tokens";
          const limit = limiter?.limitOf(kind) ?? NOMINAL_ANTHROPIC_LIMITS[kind];
          const exhausted =
            config.rateLimit?.limitHeaders === false
              ? {}
              : exhaustedHeaders(kind, limit, action.retryAfterMs, now());
          sendError(res, 429, rateLimitExceeded(organizationId, kind, limit), requestId, {
            ...exhausted,
            "retry-after": String(Math.ceil(action.retryAfterMs / 1000)),
          });
          return;
        }
        case "anthropic-error":
          sendError(res, action.status, action.error, requestId, action.headers);
          return;
        case "error":
          send(res, action.status, action.body, { ...commonHeaders(requestId), ...action.headers });
          return;
      }
    }

    let limits: Record<string, string> | undefined;
    if (limiter) {
      const admittedAt = now();
      const admission = limiter.admit(
        { inputTokens: promptTokens, outputTokens: body.max_tokens },
        admittedAt,
      );
      if (!admission.ok) {
        sendError(
          res,
          429,
          rateLimitExceeded(organizationId, admission.kind, admission.limit),
          requestId,
          {
            "retry-after": String(Math.ceil(admission.retryAfterMs / 1000)),
          },
        );
        return;
      }
      limits = limiter.headers(admittedAt);
    }

    const reply = replyFor(res, body, requestId);
    if (reply === undefined) return;
    await complete(res, body, reply, promptTokens, requestId, limits);
  }

  /**
   * The answer for `body` (the `reply` option's, else the default), or `undefined` once a 400
   * has been sent for a schema no value satisfies.
   */
  function replyFor(
    res: ServerResponse,
    body: MessagesBody,
    requestId: string,
  ): string | object | undefined {
    try {
      return config.reply ? config.reply(body) : defaultReply(body);
    } catch (error) {
      // A schema the sampler cannot satisfy is what Anthropic rejects as an invalid input_schema.
      const message = error instanceof Error ? error.message : String(error);
      const where =
        body.tool_choice?.type === "tool"
          ? "tools.0.custom.input_schema"
          : "output_config.format.schema";
      sendError(res, 400, invalidRequest(`${where}: ${message}`), requestId);
      return undefined;
    }
  }

  /** The answer for `body` as text: a tool input or JSON answer as its JSON. */
  function replyText(
    res: ServerResponse,
    body: MessagesBody,
    requestId: string,
  ): string | undefined {
    const reply = replyFor(res, body, requestId);
    return reply === undefined || typeof reply === "string" ? reply : JSON.stringify(reply);
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
  ): Promise<void> {
    const requestId = `req_${randomId(24)}`;

    if (config.apiKey !== undefined) {
      const key = sentKey(req.headers);
      if (key !== config.apiKey) {
        sendError(res, 401, key ? invalidApiKey() : missingApiKey(), requestId);
        return;
      }
    }
    if (record.method === "POST" && record.path === "/v1/messages") {
      await messages(req, res, record, requestId);
    } else {
      sendError(res, 404, notFound("Not Found"), requestId);
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
    reset() {
      loop.reset();
      limiter = newLimiter();
    },
    close: loop.close,
  };
}
