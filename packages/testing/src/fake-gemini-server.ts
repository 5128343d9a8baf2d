// A real HTTP server on 127.0.0.1 that answers like the Gemini API's generateContent, with limits and scripted faults.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { parseWith } from "@osmosis/core";
import { z } from "zod";
import { faultContent } from "./fake-server/faults.js";
import {
  apiKeyInvalid,
  googleError,
  inputTooLong,
  invalidArgument,
  modelNotFound,
  notFoundPage,
  quotaExceeded,
  unregisteredCaller,
} from "./fake-server/gemini-errors.js";
import { geminiFaultAction } from "./fake-server/gemini-faults.js";
import {
  buildGenerateContentResponse,
  defaultGeminiReply,
  type GenerateContentBody,
  GenerateContentBodySchema,
  generationConfigProblem,
  promptTokensOf,
} from "./fake-server/gemini-generate-content.js";
import {
  createLoopbackServer,
  functionOption,
  type LoopbackServerOptions,
  LoopbackServerOptionsSchema,
} from "./fake-server/loopback-server.js";
import {
  RateLimiter,
  type RateLimitOptions,
  RateLimitOptionsSchema,
} from "./fake-server/rate-limit.js";
import type { FakeVendorServer, RecordedRequest } from "./fake-server/vendor-server.js";

export type { GenerateContentBody } from "./fake-server/gemini-generate-content.js";

/** Milliseconds before an answer is sent: fixed, or per request body. */
export type FakeGeminiLatency = number | ((body: GenerateContentBody, model: string) => number);

export interface FakeGeminiServerOptions extends LoopbackServerOptions {
  /**
   * When set, requests must carry it in `x-goog-api-key` (or the `key` query parameter): a wrong
   * key gets Google's 400 `API_KEY_INVALID`, none its 403 for unregistered callers.
   */
  apiKey?: string;
  /** Model ids served; others get Google's 404. Default: any model. */
  models?: string[];
  /**
   * The model's text for a request; an object is sent as its JSON text. Default: a sample valid
   * against `responseJsonSchema`/`responseSchema` in JSON mode, else a sentence.
   */
  reply?: (body: GenerateContentBody, model: string) => string | object;
  latencyMs?: FakeGeminiLatency;
  /**
   * Prompt tokens reported as served from the implicit cache (`cachedContentTokenCount`): a
   * count, capped at the prompt's tokens, or a function of the body and the prompt's tokens. Default 0.
   */
  cachedPrefixTokens?: number | ((body: GenerateContentBody, promptTokens: number) => number);
  /**
   * Per-minute request and input-token limits, answered with free-tier 429s when passed. Gemini
   * sends no limit headers, only a RetryInfo, so `remaining` and `limitHeaders` change nothing.
   */
  rateLimit?: RateLimitOptions;
  /** Input token limit of every model (default 1,048,576, Gemini 2.5 Flash's); longer prompts get a 400. */
  inputTokenLimit?: number;
}

export interface FakeGeminiServer extends FakeVendorServer {
  /** Base URL without the API version, for `new GoogleGenAI({ httpOptions: { baseUrl } })`. */
  readonly url: string;
  readonly port: number;
  setLatency(latency: FakeGeminiLatency): void;
}

const Latency = z.union([
  z.number().min(0),
  functionOption<(body: GenerateContentBody) => number>(),
]);

const Options = LoopbackServerOptionsSchema.extend({
  apiKey: z.string().min(1).optional(),
  models: z.array(z.string().min(1)).optional(),
  reply: functionOption<FakeGeminiServerOptions["reply"]>().optional(),
  latencyMs: Latency.optional(),
  cachedPrefixTokens: z
    .union([
      z.number().int().min(0),
      functionOption<(body: GenerateContentBody, promptTokens: number) => number>(),
    ])
    .optional(),
  rateLimit: RateLimitOptionsSchema.optional(),
  inputTokenLimit: z.number().int().positive().optional(),
});

/** Free-tier limits named in scripted 429s when no `rateLimit` is configured (Gemini 2.5 Flash). */
const NOMINAL_LIMITS = { requests: 10, tokens: 250_000 } as const;
const DEFAULT_INPUT_TOKEN_LIMIT = 1_048_576;
const GENERATE_CONTENT = /^\/(v1|v1beta|v1alpha)\/models\/([^/:]+):generateContent$/;

function requestKey(headers: IncomingHttpHeaders, url: URL): string | undefined {
  const header = headers["x-goog-api-key"];
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim() || url.searchParams.get("key") || undefined;
}

/**
 * Starts a fake Gemini API server. It answers `POST /v1beta/models/{model}:generateContent`
 * (and `/v1/…`) with the GenerateContentResponse shape and Google's error bodies; see the
 * package README.
 */
export async function startFakeGeminiServer(
  options: FakeGeminiServerOptions = {},
): Promise<FakeGeminiServer> {
  const config = parseWith(Options, options, { prefix: "startFakeGeminiServer options" });
  const inputTokenLimit = config.inputTokenLimit ?? DEFAULT_INPUT_TOKEN_LIMIT;
  let latency: FakeGeminiLatency = config.latencyMs ?? 0;
  const loop = createLoopbackServer(config, {
    contentType: { text: "text/html; charset=UTF-8", json: "application/json; charset=UTF-8" },
    headers: { vary: "Origin, X-Origin, Referer", "server-timing": "gfet4t7; dur=1" },
    crashBody: (message) => googleError(500, `Fake server error: ${message}`),
  });
  const { send, wait, stats, now } = loop;
  const newLimiter = () =>
    config.rateLimit ? new RateLimiter(config.rateLimit, now()) : undefined;
  let limiter = newLimiter();

  function cachedTokensFor(body: GenerateContentBody, promptTokens: number): number {
    const setting = config.cachedPrefixTokens ?? 0;
    const value = typeof setting === "function" ? setting(body, promptTokens) : setting;
    return Math.max(0, Math.min(promptTokens, Math.floor(value)));
  }

  async function answer(
    res: ServerResponse,
    body: GenerateContentBody,
    model: string,
    content: string,
    promptTokens: number,
  ): Promise<void> {
    const delay = typeof latency === "function" ? latency(body, model) : latency;
    if (!(await wait(delay, res))) return;
    const { response, usage } = buildGenerateContentResponse(
      body,
      model,
      content,
      promptTokens,
      cachedTokensFor(body, promptTokens),
    );
    // Every answer built is billed, content faults included, so clients' totals can be checked.
    stats.completed++;
    stats.inputTokens += usage.promptTokens;
    stats.outputTokens += usage.candidatesTokens;
    stats.cachedInputTokens += usage.cachedTokens;
    send(res, 200, response);
  }

  async function generateContent(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    apiVersion: string,
    model: string,
  ): Promise<void> {
    if (config.models && !config.models.includes(model)) {
      send(res, 404, modelNotFound(model, apiVersion));
      return;
    }
    if (record.body === undefined) {
      send(res, 400, invalidArgument("Invalid JSON payload received. Unexpected token."));
      return;
    }
    const parsed = GenerateContentBodySchema.safeParse(record.body);
    if (!parsed.success) {
      send(res, 400, invalidArgument(parsed.error.issues[0]?.message));
      return;
    }
    const body = parsed.data;
    const problem = generationConfigProblem(body);
    if (problem) {
      send(res, 400, invalidArgument(problem));
      return;
    }
    const promptTokens = promptTokensOf(body);

    const fault = loop.nextFault(record);
    if (fault) {
      const action = geminiFaultAction(fault, { model, apiVersion, promptTokens, inputTokenLimit });
      switch (action.action) {
        case "reset":
          req.socket.destroy();
          return;
        case "hang":
          return;
        case "content":
        case "fenced-content": {
          const content = faultContent(action, () => replyContent(res, body, model));
          if (content === undefined) return;
          await answer(res, body, model, content, promptTokens);
          return;
        }
        case "rate-limit": {
          const limit =
            config.rateLimit?.[
              action.limit === "requests" ? "requestsPerMinute" : "tokensPerMinute"
            ] ?? NOMINAL_LIMITS[action.limit];
          const window = action.limit === "requests" ? "requests-per-minute" : "tokens-per-minute";
          send(
            res,
            429,
            quotaExceeded({ model, window, limit, retryAfterMs: action.retryAfterMs }),
          );
          return;
        }
        case "error":
          send(res, action.status, action.body, action.headers);
          return;
      }
    }

    if (promptTokens > inputTokenLimit) {
      send(res, 400, inputTooLong(promptTokens, inputTokenLimit));
      return;
    }
    if (limiter) {
      // Gemini charges input tokens against its per-minute token quota, not the output budget.
      const admission = limiter.admit(promptTokens, now());
      if (!admission.ok) {
        const window = admission.kind === "requests" ? "requests-per-minute" : "tokens-per-minute";
        send(
          res,
          429,
          quotaExceeded({
            model,
            window,
            limit: admission.limit,
            retryAfterMs: admission.retryAfterMs,
          }),
        );
        return;
      }
    }

    const content = replyContent(res, body, model);
    if (content === undefined) return;
    await answer(res, body, model, content, promptTokens);
  }

  /**
   * The model's text for `body` (the `reply` option's, else the default), or `undefined` once a
   * 400 has been sent for a schema no value satisfies.
   */
  function replyContent(
    res: ServerResponse,
    body: GenerateContentBody,
    model: string,
  ): string | undefined {
    try {
      const reply = config.reply ? config.reply(body, model) : defaultGeminiReply(body);
      return typeof reply === "string" ? reply : JSON.stringify(reply);
    } catch (error) {
      // A schema the sampler cannot satisfy is what Gemini rejects as an invalid response schema.
      const message = error instanceof Error ? error.message : String(error);
      send(
        res,
        400,
        invalidArgument(`* GenerateContentRequest.generation_config.response_schema: ${message}\n`),
      );
      return undefined;
    }
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    { url }: { url: URL },
  ): Promise<void> {
    // Model names may come percent-encoded; routing and the record see them decoded.
    record.path = decodeURIComponent(record.path);
    const { method, path } = record;

    // Google's front end routes before it authenticates: an unknown path is an HTML 404 either way.
    const match = GENERATE_CONTENT.exec(path);
    if (!match || method !== "POST") {
      send(res, 404, notFoundPage(path));
      return;
    }
    if (config.apiKey !== undefined) {
      const key = requestKey(req.headers, url);
      if (key === undefined) {
        send(res, 403, unregisteredCaller());
        return;
      }
      if (key !== config.apiKey) {
        send(res, 400, apiKeyInvalid());
        return;
      }
    }
    await generateContent(req, res, record, match[1] as string, match[2] as string);
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
    },
    close: loop.close,
  };
}
