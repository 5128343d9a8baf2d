// A real HTTP server on 127.0.0.1 that answers like OpenAI's chat-completions API (and Azure OpenAI's
// deployment paths), with limits and scripted faults.
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { parseWith } from "@osmosis/core";
import { z } from "zod";
import {
  azureForbidden,
  azureInvalidKey,
  azureInvalidToken,
  azureRateLimited,
  azureServerError,
  contentFilterResults,
  deploymentNotFound,
  promptFiltered,
  resourceNotFound,
} from "./fake-server/azure-errors.js";
import {
  buildCompletion,
  type ChatCompletionBody,
  ChatCompletionBodySchema,
  defaultReply,
  maxOutputTokensOf,
  promptTokensOf,
} from "./fake-server/chat-completion.js";
import { type FakeFault, faultContent } from "./fake-server/faults.js";
import {
  bearerKey,
  createLoopbackServer,
  functionOption,
  type LoopbackServerOptions,
  LoopbackServerOptionsSchema,
} from "./fake-server/loopback-server.js";
import {
  invalidApiKey,
  invalidRequest,
  invalidUrl,
  missingApiKey,
  rateLimitReached,
  unparsableBody,
} from "./fake-server/openai-errors.js";
import { openaiFaultAction } from "./fake-server/openai-faults.js";
import {
  formatOpenAIDuration,
  RateLimiter,
  type RateLimitOptions,
  RateLimitOptionsSchema,
} from "./fake-server/rate-limit.js";
import type { FakeServerStats, RecordedRequest } from "./fake-server/vendor-server.js";

export type { ChatCompletionBody } from "./fake-server/chat-completion.js";
export type { FakeFault } from "./fake-server/faults.js";
export type { LimitShapeOptions, RateLimitOptions } from "./fake-server/rate-limit.js";

/** Milliseconds before a completion is sent: fixed, or per request body. */
export type FakeLatency = number | ((body: ChatCompletionBody) => number);

export interface FakeOpenAIServerOptions extends LoopbackServerOptions {
  /**
   * When set, requests must carry `Authorization: Bearer <apiKey>` (Azure paths: `api-key:
   * <apiKey>`) or get the vendor's 401. Unset, no credential is checked, as on LM Studio.
   */
  apiKey?: string;
  /**
   * Azure paths: a Microsoft Entra ID access token, accepted as `Authorization: Bearer <token>`.
   * With `apiKey` set too, either credential is accepted.
   */
  bearerToken?: string;
  /**
   * Azure deployments: names, or names mapped to the model each serves (reported as `model` in
   * answers, as Azure reports the model behind the deployment). When set, any other deployment
   * gets Azure's 404 `DeploymentNotFound`.
   */
  deployments?: string[] | Record<string, string>;
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
}

export interface FakeOpenAIServer {
  /** Base URL ending in `/v1`, for `new OpenAI({ baseURL })`. */
  readonly url: string;
  /** The server's root, for `new AzureOpenAI({ endpoint })` (requests go to `/openai/deployments/…`). */
  readonly endpoint: string;
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

const Options = LoopbackServerOptionsSchema.extend({
  apiKey: z.string().min(1).optional(),
  bearerToken: z.string().min(1).optional(),
  deployments: z
    .union([z.array(z.string().min(1)), z.record(z.string().min(1), z.string().min(1))])
    .optional(),
  organization: z.string().min(1).optional(),
  models: z.array(z.string().min(1)).optional(),
  reply: functionOption<FakeOpenAIServerOptions["reply"]>().optional(),
  latencyMs: z
    .union([z.number().min(0), functionOption<(body: ChatCompletionBody) => number>()])
    .optional(),
  cachedPrefixTokens: z
    .union([
      z.number().int().min(0),
      functionOption<(body: ChatCompletionBody, promptTokens: number) => number>(),
    ])
    .optional(),
  rateLimit: RateLimitOptionsSchema.optional(),
});

const DEFAULT_MODELS = ["gpt-4o-mini", "gpt-4o"];
/** A plausible RPM/TPM for 429s scripted on a server without configured limits. */
const NOMINAL_LIMITS = { requests: 500, tokens: 200_000 } as const;

/** Which API a request came in on, and for Azure the deployment it names. */
type Api =
  | { kind: "openai" }
  | { kind: "azure"; deployment: string; apiVersion: string; model: string };

const AZURE_CHAT = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;
const AZURE_REGION = "East US";

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
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
  let latency: FakeLatency = config.latencyMs ?? 0;
  const loop = createLoopbackServer(config, {
    contentType: { text: "text/html; charset=utf-8", json: "application/json" },
    crashBody: (message) => ({
      error: {
        message: `Fake server error: ${message}`,
        type: "server_error",
        param: null,
        code: null,
      },
    }),
  });
  const { send, wait, stats, now } = loop;
  const newLimiter = () =>
    config.rateLimit ? new RateLimiter(config.rateLimit, now()) : undefined;
  let limiter = newLimiter();

  /**
   * `limits` are the rate-limit headers as they stood when the request was admitted (the
   * vendor's view at admission, not after the reply's latency); now when not given.
   */
  function commonHeaders(
    requestId: string,
    startedAt: number,
    limits = limiter?.headers(now()),
  ): Record<string, string> {
    return {
      "x-request-id": requestId,
      "openai-organization": organization,
      "openai-version": "2020-10-01",
      "openai-processing-ms": String(now() - startedAt),
      ...limits,
    };
  }

  function headersFor(
    api: Api,
    requestId: string,
    startedAt: number,
    limits = limiter?.headers(now()),
  ): Record<string, string> {
    if (api.kind === "openai") return commonHeaders(requestId, startedAt, limits);
    // Azure reports only the remaining budgets, and adds its gateway's request id and its region.
    const remaining = Object.entries(limits ?? {}).filter(([name]) =>
      name.startsWith("x-ratelimit-remaining-"),
    );
    return {
      "x-request-id": requestId,
      "apim-request-id": randomUUID(),
      "x-ms-region": AZURE_REGION,
      ...Object.fromEntries(remaining),
    };
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
    api: Api,
  ): void {
    const retryAfterSeconds = Math.ceil(retryAfterMs / 1000);
    const body =
      api.kind === "azure"
        ? azureRateLimited({ apiVersion: api.apiVersion, kind: details.kind, retryAfterSeconds })
        : rateLimitReached({
            ...details,
            organization,
            retryIn: formatOpenAIDuration(retryAfterMs),
          });
    send(res, 429, body, {
      ...headers,
      "retry-after": String(retryAfterSeconds),
      "retry-after-ms": String(retryAfterMs),
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
    api: Api,
    limits: Record<string, string> | undefined,
  ): Promise<void> {
    const delay = typeof latency === "function" ? latency(body) : latency;
    if (!(await wait(delay, res))) return;
    const built = buildCompletion(body, content, promptTokens, cachedTokensFor(body, promptTokens));
    const { usage } = built;
    let completion = built.completion;
    if (api.kind === "azure") {
      // Azure names the model behind the deployment and reports its content filter's verdicts.
      const { choices, ...rest } = completion as { choices: object[] };
      completion = {
        ...rest,
        model: api.model,
        prompt_filter_results: [
          { prompt_index: 0, content_filter_results: contentFilterResults() },
        ],
        choices: choices.map((choice) => ({
          ...choice,
          content_filter_results: contentFilterResults(),
        })),
      };
    }
    // Every answer built is billed, content faults included, so clients' totals can be checked.
    stats.completed++;
    stats.inputTokens += usage.promptTokens;
    stats.outputTokens += usage.completionTokens;
    stats.cachedInputTokens += usage.cachedTokens;
    send(res, 200, completion, headersFor(api, requestId, startedAt, limits));
  }

  /** Azure's own body for a scripted HTTP error, where it differs from OpenAI's. */
  function azureErrorBody(status: number, code: string | undefined, req: IncomingMessage): unknown {
    if (status === 400 && code === "content_filter") return promptFiltered();
    if (status === 401) {
      return req.headers["api-key"] === undefined && bearerKey(req.headers) !== undefined
        ? azureInvalidToken()
        : azureInvalidKey();
    }
    if (status === 403) return azureForbidden();
    if (status === 404) return deploymentNotFound();
    if (status >= 500 && status !== 502) return azureServerError(status);
    // Other answers (context length, 502 from the edge…) come through from the model as OpenAI's.
    return undefined;
  }

  async function chatCompletions(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    requestId: string,
    api: Api,
  ): Promise<void> {
    const startedAt = record.receivedAt;
    const headers = () => headersFor(api, requestId, startedAt);
    if (record.body === undefined) {
      send(res, 400, unparsableBody(), headers());
      return;
    }
    // Azure takes the deployment from the path; `model` in the body is optional there.
    const raw =
      api.kind === "azure" && typeof record.body === "object" && record.body !== null
        ? { model: api.deployment, ...record.body }
        : record.body;
    const parsed = ChatCompletionBodySchema.safeParse(raw);
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

    const fault = loop.nextFault(record);
    if (fault) {
      const apiKey = bearerKey(req.headers) ?? headerValue(req.headers["api-key"]);
      const action = openaiFaultAction(fault, { apiKey, promptTokens });
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
          const content = faultContent(action, () => replyContent(res, body, headers));
          if (content === undefined) return;
          await complete(res, body, content, promptTokens, requestId, startedAt, api, limits);
          return;
        }
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
            api,
          );
          return;
        }
        case "error": {
          const custom = "status" in fault && fault.body !== undefined;
          const azureBody =
            api.kind === "azure" && !custom && "status" in fault
              ? azureErrorBody(fault.status, fault.code, req)
              : undefined;
          send(res, action.status, azureBody ?? action.body, { ...headers(), ...action.headers });
          return;
        }
      }
    }

    let limits: Record<string, string> | undefined;
    if (limiter) {
      const admittedAt = now();
      const admission = limiter.admit(promptTokens + (maxOutputTokensOf(body) ?? 0), admittedAt);
      if (!admission.ok) {
        sendRateLimited(
          res,
          headers(),
          { ...admission, model: body.model },
          admission.retryAfterMs,
          api,
        );
        return;
      }
      limits = limiter.headers(admittedAt);
    }

    const content = replyContent(res, body, headers);
    if (content === undefined) return;
    await complete(res, body, content, promptTokens, requestId, startedAt, api, limits);
  }

  /**
   * The assistant's content for `body` (the `reply` option's, else the default), or `undefined`
   * once a 400 has been sent for a schema no value satisfies.
   */
  function replyContent(
    res: ServerResponse,
    body: ChatCompletionBody,
    headers: () => Record<string, string>,
  ): string | undefined {
    try {
      const reply = config.reply ? config.reply(body) : defaultReply(body);
      return typeof reply === "string" ? reply : JSON.stringify(reply);
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
      return undefined;
    }
  }

  /** Azure's credentials: the `api-key` header, or an Entra ID token as `Authorization: Bearer`. */
  function azureAuthorized(headers: IncomingHttpHeaders): boolean {
    if (config.apiKey === undefined && config.bearerToken === undefined) return true;
    const key = headerValue(headers["api-key"]);
    const token = bearerKey(headers);
    return (
      (config.apiKey !== undefined && key === config.apiKey) ||
      (config.bearerToken !== undefined && token === config.bearerToken)
    );
  }

  /** The deployment's model, or `undefined` when `deployments` is set and does not list it. */
  function deploymentModel(deployment: string, body: unknown): string | undefined {
    const deployments = config.deployments;
    if (Array.isArray(deployments))
      return deployments.includes(deployment) ? deployment : undefined;
    if (deployments) return deployments[deployment];
    const model = (body as { model?: unknown } | undefined)?.model;
    return typeof model === "string" && model ? model : deployment;
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    { url }: { url: URL },
  ): Promise<void> {
    const requestId = `req_${randomBytes(16).toString("hex")}`;
    const { method, path } = record;
    if (url.search) record.query = Object.fromEntries(url.searchParams);

    if (path.startsWith("/openai/")) {
      await azure(req, res, record, requestId, url);
      return;
    }

    const headers = () => commonHeaders(requestId, record.receivedAt);
    if (config.apiKey !== undefined) {
      const key = bearerKey(req.headers);
      if (key !== config.apiKey) {
        send(res, 401, key ? invalidApiKey(key) : missingApiKey(), headers());
        return;
      }
    }

    if (method === "POST" && path === "/v1/chat/completions") {
      await chatCompletions(req, res, record, requestId, { kind: "openai" });
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

  /** Azure OpenAI's data plane: `POST /openai/deployments/{deployment}/chat/completions?api-version=…`. */
  async function azure(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    requestId: string,
    url: URL,
  ): Promise<void> {
    const match = AZURE_CHAT.exec(record.path);
    const deployment = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
    const apiVersion = url.searchParams.get("api-version") ?? undefined;
    if (deployment !== undefined) record.deployment = deployment;
    if (apiVersion !== undefined) record.apiVersion = apiVersion;
    const headers = headersFor(
      { kind: "azure", deployment: deployment ?? "", apiVersion: apiVersion ?? "", model: "" },
      requestId,
      record.receivedAt,
    );

    if (!azureAuthorized(req.headers)) {
      const sentToken = headerValue(req.headers["api-key"]) === undefined && bearerKey(req.headers);
      send(res, 401, sentToken ? azureInvalidToken() : azureInvalidKey(), headers);
      return;
    }
    // Without `api-version`, or on a path it does not serve, Azure answers a bare 404.
    if (record.method !== "POST" || deployment === undefined || !apiVersion) {
      send(res, 404, resourceNotFound(), headers);
      return;
    }
    const model = deploymentModel(deployment, record.body);
    if (model === undefined) {
      send(res, 404, deploymentNotFound(), headers);
      return;
    }
    await chatCompletions(req, res, record, requestId, {
      kind: "azure",
      deployment,
      apiVersion,
      model,
    });
  }

  const { url, port } = await loop.listen(handle);

  return {
    url: `${url}/v1`,
    endpoint: url,
    port,
    requests: loop.requests,
    get stats() {
      return { ...stats };
    },
    script: loop.script,
    setLatency(value) {
      latency = parseWith(Options.shape.latencyMs.unwrap(), value, { prefix: "setLatency" });
    },
    reset() {
      loop.reset();
      limiter = newLimiter();
    },
    close: loop.close,
  };
}
