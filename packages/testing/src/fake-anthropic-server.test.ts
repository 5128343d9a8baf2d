// Drives the fake Anthropic server with the real Anthropic SDK over HTTP: what the SDK sees is what a provider would.

import Anthropic, {
  APIConnectionError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from "@anthropic-ai/sdk";
import { VirtualClock } from "@osmosis/core";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type FakeAnthropicServer,
  type FakeAnthropicServerOptions,
  startFakeAnthropicServer,
} from "./fake-anthropic-server.js";
import { faultCycle } from "./fake-server/faults.js";
import { nextFaultTaken } from "./fake-server/vendor-server.js";
import { DOC_WORKLOAD_SCHEMA } from "./fixtures.js";
import { estimatePromptTokens } from "./token-estimate.js";

const API_KEY = "sk-ant-api03-T3stK3yAbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
const MODEL = "claude-haiku-4-5";

const servers: FakeAnthropicServer[] = [];

async function start(options: FakeAnthropicServerOptions = {}) {
  const server = await startFakeAnthropicServer({ apiKey: API_KEY, ...options });
  servers.push(server);
  const client = new Anthropic({ apiKey: API_KEY, baseURL: server.url, maxRetries: 0 });
  return { server, client };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

const docSchema = DOC_WORKLOAD_SCHEMA;

const userMessage = { role: "user" as const, content: "Describe the orders model." };

function askWithTool(
  client: Anthropic,
  extra: Partial<Anthropic.MessageCreateParamsNonStreaming> = {},
) {
  return client.messages.create({
    model: MODEL,
    max_tokens: 1024,
    system: "You document dbt models.",
    messages: [userMessage],
    tools: [
      {
        name: "model_doc",
        description: "Record the docs.",
        // The fixture is deeply readonly; the SDK types the schema as mutable.
        input_schema: docSchema as unknown as Anthropic.Tool.InputSchema,
      },
    ],
    tool_choice: { type: "tool", name: "model_doc" },
    ...extra,
  });
}

interface ErrorBody {
  type: string;
  error: { type: string; message: string };
  request_id: string;
}

const errorOf = async (res: Response) => (await res.json()) as ErrorBody;

/** A raw POST, for what the SDK's types would not let through. */
function post(server: FakeAnthropicServer, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/v1/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": API_KEY,
      "anthropic-version": "2026-10-21",
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe("startFakeAnthropicServer: answers", () => {
  it("answers a forced tool with a tool_use block whose input is valid against input_schema", async () => {
    const { server, client } = await start();
    const { data, response, request_id } = await askWithTool(client).withResponse();
    expect(data).toMatchObject({
      type: "message",
      role: "assistant",
      model: MODEL,
      stop_reason: "tool_use",
      stop_sequence: null,
    });
    expect(data.id).toMatch(/^msg_/);
    const block = data.content[0];
    expect(block?.type).toBe("tool_use");
    const input = (block as Anthropic.ToolUseBlock).input;
    const validate = new Ajv({ strict: false }).compile(docSchema);
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
    expect((block as Anthropic.ToolUseBlock).name).toBe("model_doc");
    expect(response.headers.get("request-id")).toMatch(/^req_/);
    expect(request_id).toBe(response.headers.get("request-id"));
    expect(data.usage.input_tokens).toBe(server.stats.inputTokens);
    expect(data.usage.output_tokens).toBe(server.stats.outputTokens);
    expect(data.usage.cache_read_input_tokens).toBe(0);
    expect(data.usage.cache_creation_input_tokens).toBe(0);
    expect(server.stats).toMatchObject({ requests: 1, completed: 1, faults: 0 });
  });

  it("counts the system prompt as one more message in input_tokens", async () => {
    const { client } = await start();
    const message = await askWithTool(client);
    expect(message.usage.input_tokens).toBe(
      estimatePromptTokens([{ content: "You document dbt models." }, userMessage]),
    );
  });

  it("records the request as sent, with the key in the Authorization header SDK 1.x uses", async () => {
    const { server, client } = await start();
    await askWithTool(client);
    const sent = server.requests[0];
    expect(sent?.method).toBe("POST");
    expect(sent?.path).toBe("/v1/messages");
    expect(sent?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent?.headers["anthropic-version"]).toBe("2026-10-21");
    expect(sent?.body).toMatchObject({
      system: "You document dbt models.",
      max_tokens: 1024,
      tool_choice: { type: "tool", name: "model_doc" },
      tools: [{ name: "model_doc", input_schema: docSchema }],
    });
  });

  it("answers text without a forced tool, and JSON text for output_config.format", async () => {
    const { client } = await start();
    const plain = await client.messages.create({
      model: MODEL,
      max_tokens: 200,
      messages: [userMessage],
    });
    expect(plain.stop_reason).toBe("end_turn");
    expect(plain.content).toEqual([
      {
        type: "text",
        text: "This is a fake reply to: Describe the orders model.",
        citations: null,
      },
    ]);
    const structured = await client.messages.create({
      model: MODEL,
      max_tokens: 1024,
      messages: [userMessage],
      output_config: { format: { type: "json_schema", schema: docSchema } },
    });
    const text = (structured.content[0] as Anthropic.TextBlock).text;
    expect(new Ajv({ strict: false }).validate(docSchema, JSON.parse(text))).toBe(true);
  });

  it("cuts an answer at max_tokens: stop_reason max_tokens, and an empty input for a cut tool call", async () => {
    const { client } = await start();
    const message = await askWithTool(client, { max_tokens: 5 });
    expect(message.stop_reason).toBe("max_tokens");
    expect((message.content[0] as Anthropic.ToolUseBlock).input).toEqual({});
    expect(message.usage.output_tokens).toBe(5);
  });

  it("reports cache reads and writes apart from input_tokens, and sums them in stats", async () => {
    const { server, client } = await start({ cachedPrefixTokens: 6, cacheCreationTokens: 3 });
    const message = await askWithTool(client);
    const prompt = estimatePromptTokens([{ content: "You document dbt models." }, userMessage]);
    expect(message.usage).toMatchObject({
      input_tokens: prompt - 9,
      cache_read_input_tokens: 6,
      cache_creation_input_tokens: 3,
    });
    expect(server.stats).toMatchObject({
      inputTokens: prompt - 9,
      cachedInputTokens: 6,
      cacheCreationInputTokens: 3,
    });
  });

  it("uses a custom reply: an object as the tool input, a string as text", async () => {
    const { client } = await start({
      reply: (body) => (body.tools ? { description: "x", columns: [] } : "hi"),
    });
    const tool = await askWithTool(client);
    expect((tool.content[0] as Anthropic.ToolUseBlock).input).toEqual({
      description: "x",
      columns: [],
    });
    const text = await client.messages.create({
      model: MODEL,
      max_tokens: 50,
      messages: [userMessage],
    });
    expect((text.content[0] as Anthropic.TextBlock).text).toBe("hi");
  });
});

describe("startFakeAnthropicServer: requests Anthropic rejects", () => {
  it("rejects temperature, top_p and top_k under API version 2026-10-21 but not 2023-06-01", async () => {
    const { server } = await start();
    const body = { model: MODEL, max_tokens: 10, messages: [userMessage], temperature: 0.2 };
    const rejected = await post(server, body);
    expect(rejected.status).toBe(400);
    expect(await errorOf(rejected)).toMatchObject({
      type: "error",
      error: {
        type: "invalid_request_error",
        message: "temperature: Extra inputs are not permitted",
      },
    });
    const accepted = await post(server, body, { "anthropic-version": "2023-06-01" });
    expect(accepted.status).toBe(200);
  });

  it("requires max_tokens, an anthropic-version header and a known forced tool", async () => {
    const { server } = await start();
    const noMax = await post(server, { model: MODEL, messages: [userMessage] });
    expect((await errorOf(noMax)).error.message).toBe("max_tokens: Field required");
    const noVersion = await post(
      server,
      { model: MODEL, max_tokens: 5, messages: [userMessage] },
      {
        "anthropic-version": "",
      },
    );
    expect((await errorOf(noVersion)).error.message).toBe("anthropic-version: header is required");
    const unknownTool = await post(server, {
      model: MODEL,
      max_tokens: 5,
      messages: [userMessage],
      tool_choice: { type: "tool", name: "nope" },
    });
    expect(unknownTool.status).toBe(400);
  });

  it("accepts the key in x-api-key, and answers a wrong or missing key with authentication_error", async () => {
    const { server, client } = await start();
    expect(
      (await post(server, { model: MODEL, max_tokens: 5, messages: [userMessage] })).status,
    ).toBe(200);
    const missing = await post(
      server,
      { model: MODEL, max_tokens: 5, messages: [userMessage] },
      { "x-api-key": "" },
    );
    expect(missing.status).toBe(401);
    const body = await errorOf(missing);
    expect(body).toMatchObject({
      type: "error",
      error: { type: "authentication_error", message: "x-api-key header is required" },
    });
    expect(body.request_id).toBe(missing.headers.get("request-id"));
    const wrong = new Anthropic({ apiKey: "sk-ant-wrong", baseURL: server.url, maxRetries: 0 });
    const error = await rejection(
      wrong.messages.create({ model: MODEL, max_tokens: 5, messages: [userMessage] }),
      AuthenticationError,
    );
    expect(error.type).toBe("authentication_error");
    expect(error.message).not.toContain("sk-ant-wrong");
    await expect(
      client.messages.create({ model: MODEL, max_tokens: 5, messages: [userMessage] }),
    ).resolves.toBeDefined();
  });

  it("answers unknown paths with not_found_error", async () => {
    const { server } = await start();
    const res = await fetch(`${server.url}/v1/complete`, {
      method: "POST",
      headers: { "x-api-key": API_KEY },
    });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).error.type).toBe("not_found_error");
  });
});

describe("startFakeAnthropicServer: faults", () => {
  const cases = [
    { fault: { status: 401 }, type: AuthenticationError, errorType: "authentication_error" },
    { fault: { status: 403 }, type: PermissionDeniedError, errorType: "permission_error" },
    { fault: { status: 404 }, type: NotFoundError, errorType: "not_found_error" },
    { fault: { status: 500 }, type: InternalServerError, errorType: "api_error" },
    { fault: { status: 529 }, type: OverloadedError, errorType: "overloaded_error" },
    {
      fault: { kind: "insufficient-quota" as const },
      type: BadRequestError,
      errorType: "invalid_request_error",
    },
    {
      fault: { status: 400, code: "context_length_exceeded" },
      type: BadRequestError,
      errorType: "invalid_request_error",
    },
  ];

  it.each(cases)("answers $fault with $errorType", async ({ fault, type, errorType }) => {
    const { server, client } = await start();
    server.script([fault]);
    const error = await rejection(askWithTool(client), type);
    expect(error.type).toBe(errorType);
    expect(error.requestID).toMatch(/^req_/);
    expect(server.stats.faults).toBe(1);
  });

  it("words billing and context-length errors as Anthropic does", async () => {
    const { server, client } = await start();
    server.script([
      { kind: "insufficient-quota" },
      { status: 400, code: "context_length_exceeded" },
    ]);
    const billing = await rejection(askWithTool(client), BadRequestError);
    expect(billing.status).toBe(400);
    expect(billing.apiMessage).toMatch(
      /^Your credit balance is too low to access the Anthropic API/,
    );
    const context = await rejection(askWithTool(client), BadRequestError);
    expect(context.apiMessage).toBe("prompt is too long: 200001 tokens > 200000 maximum");
  });

  it("answers a scripted rate limit with a 429 rate_limit_error, retry-after in seconds and exhausted headers", async () => {
    const { server, client } = await start();
    server.script([{ kind: "rate-limit", retryAfterMs: 1_500 }]);
    const error = await rejection(askWithTool(client), RateLimitError);
    expect(error.type).toBe("rate_limit_error");
    expect(error.headers.get("retry-after")).toBe("2");
    expect(error.headers.get("anthropic-ratelimit-requests-remaining")).toBe("0");
    expect(error.headers.get("anthropic-ratelimit-requests-reset")).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect(error.apiMessage).toContain("of 50 requests per minute");
    expect(server.stats.rateLimited).toBe(1);
  });

  it("resets the connection without an answer", async () => {
    const { server, client } = await start();
    server.script([{ kind: "reset" }]);
    await rejection(askWithTool(client), APIConnectionError);
  });

  it("a hung call ends when the SDK's signal aborts", async () => {
    const { server, client } = await start();
    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    const held = nextFaultTaken(server);
    const hung = rejection(
      client.messages.create(
        { model: MODEL, max_tokens: 5, messages: [userMessage] },
        { signal: controller.signal },
      ),
      APIUserAbortError,
    );
    await held;
    controller.abort();
    await hung;
    expect(server.stats.completed).toBe(0);
  });

  it("answers non-json-content with a text block instead of the forced tool call", async () => {
    const { server, client } = await start();
    server.script([{ kind: "non-json-content" }]);
    const message = await askWithTool(client);
    expect(message.stop_reason).toBe("end_turn");
    expect(message.content[0]?.type).toBe("text");
  });

  it("answers fenced-content with a text block: the tool input as JSON, in chatter and a json fence", async () => {
    const { server, client } = await start();
    server.script([{ kind: "fenced-content" }]);
    const fenced = await askWithTool(client);
    const tool = await askWithTool(client);
    const input = (tool.content[0] as Anthropic.ToolUseBlock).input;
    expect(fenced.stop_reason).toBe("end_turn");
    expect((fenced.content[0] as Anthropic.TextBlock).text).toBe(
      `Here is the documentation:\n\`\`\`json\n${JSON.stringify(input)}\n\`\`\``,
    );
  });

  it("bills every answer it sends, content faults included, cache reads and writes too", async () => {
    // A fixed cycle of what a benchmark would draw at random: 529, reset, non-JSON, fenced, normal.
    const mix = faultCycle([
      { status: 529 },
      { kind: "reset" },
      { kind: "non-json-content" },
      { kind: "fenced-content" },
      undefined,
    ]);
    const { server, client } = await start({
      cachedPrefixTokens: 4,
      cacheCreationTokens: 2,
      faultFor: mix,
    });
    const answers: Anthropic.Message[] = [];
    const failures: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      await askWithTool(client).then(
        (a) => answers.push(a),
        (e: unknown) => failures.push(e),
      );
    }
    expect(failures.filter((e) => e instanceof OverloadedError)).toHaveLength(2);
    expect(failures.filter((e) => e instanceof APIConnectionError)).toHaveLength(2);
    expect(answers.map((a) => a.content[0]?.type).sort()).toEqual([
      "text",
      "text",
      "text",
      "text",
      "tool_use",
      "tool_use",
    ]);
    const sum = (pick: (u: Anthropic.Usage) => number | null) =>
      answers.reduce((total, a) => total + (pick(a.usage) ?? 0), 0);
    expect(server.stats).toMatchObject({
      requests: 10,
      faults: 8,
      completed: 6,
      inputTokens: sum((u) => u.input_tokens),
      outputTokens: sum((u) => u.output_tokens),
      cachedInputTokens: sum((u) => u.cache_read_input_tokens),
      cacheCreationInputTokens: sum((u) => u.cache_creation_input_tokens),
    });
    expect(server.stats).toMatchObject({ cachedInputTokens: 24, cacheCreationInputTokens: 12 });
  });

  it("sends a supplied body as is, e.g. a documented refusal", async () => {
    const { server, client } = await start();
    server.script([
      { status: 200, body: { type: "message", stop_reason: "refusal", content: [] } },
    ]);
    const message = await askWithTool(client);
    expect(message.stop_reason).toBe("refusal");
  });
});

/** Every `anthropic-ratelimit-*` header of a response. */
function limitHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries(
    [...headers].filter(([name]) => name.startsWith("anthropic-ratelimit-")),
  );
}

describe("startFakeAnthropicServer: rate limits", () => {
  // A virtual clock at a known time: reset times are exact, and nothing refills while a loaded
  // machine gets the requests to the server.
  const T0 = Date.parse("2025-08-21T12:40:00Z");

  async function startLimited(
    rateLimit: FakeAnthropicServerOptions["rateLimit"],
    options: FakeAnthropicServerOptions = {},
  ) {
    const clock = new VirtualClock(T0);
    return { clock, ...(await start({ clock, rateLimit, ...options })) };
  }

  it("sends anthropic-ratelimit-* headers with RFC 3339 resets, and a 429 once a bucket is empty", async () => {
    const { server, client } = await startLimited({
      requestsPerMinute: 60,
      inputTokensPerMinute: 60_000,
      outputTokensPerMinute: 600_000,
    });
    const { response } = await askWithTool(client).withResponse();
    const prompt = estimatePromptTokens([{ content: "You document dbt models." }, userMessage]);
    expect(limitHeaders(response.headers)).toEqual({
      "anthropic-ratelimit-requests-limit": "60",
      "anthropic-ratelimit-requests-remaining": "0",
      "anthropic-ratelimit-requests-reset": "2025-08-21T12:40:01Z",
      "anthropic-ratelimit-input-tokens-limit": "60000",
      "anthropic-ratelimit-input-tokens-remaining": String(1000 - prompt),
      "anthropic-ratelimit-input-tokens-reset": "2025-08-21T12:40:01Z",
      "anthropic-ratelimit-output-tokens-limit": "600000",
      "anthropic-ratelimit-output-tokens-remaining": String(10_000 - 1024),
      "anthropic-ratelimit-output-tokens-reset": "2025-08-21T12:40:01Z",
      "anthropic-ratelimit-tokens-limit": "660000",
      "anthropic-ratelimit-tokens-remaining": String(11_000 - prompt - 1024),
      "anthropic-ratelimit-tokens-reset": "2025-08-21T12:40:01Z",
    });
    // 60 RPM with a one-second burst admits one request at once.
    const error = await rejection(askWithTool(client), RateLimitError);
    expect(error.apiMessage).toContain("of 60 requests per minute");
    expect(error.headers.get("retry-after")).toBe("1");
    server.reset();
    await expect(askWithTool(client)).resolves.toMatchObject({ type: "message" });
  });

  it("reports remaining per-minute, the way a vendor overstating its burst does", async () => {
    const { client } = await startLimited({ requestsPerMinute: 60, remaining: "per-minute" });
    const { response } = await askWithTool(client).withResponse();
    expect(response.headers.get("anthropic-ratelimit-requests-remaining")).toBe("59");
    await rejection(askWithTool(client), RateLimitError);
  });

  it("reports the limits as they stood when the request was admitted, not when it was answered", async () => {
    const { clock, client } = await startLimited({ requestsPerMinute: 60 }, { latencyMs: 5_000 });
    const answer = askWithTool(client).withResponse();
    await vi.waitFor(() => expect(clock.pending).toBe(1), { timeout: 10_000 });
    await clock.advance(5_000);
    const { response } = await answer;
    // By the time it is sent the bucket is full again; at admission it was empty.
    expect(response.headers.get("anthropic-ratelimit-requests-remaining")).toBe("0");
    expect(response.headers.get("anthropic-ratelimit-requests-reset")).toBe("2025-08-21T12:40:01Z");
  });

  it("resets a fixed window's budget at the window's end", async () => {
    const { clock, client } = await startLimited({ requestsPerMinute: 2, window: "fixed" });
    await askWithTool(client);
    await askWithTool(client);
    await clock.advance(20_000);
    const error = await rejection(askWithTool(client), RateLimitError);
    expect(error.headers.get("retry-after")).toBe("40");
    expect(limitHeaders(error.headers)).toMatchObject({
      "anthropic-ratelimit-requests-remaining": "0",
      "anthropic-ratelimit-requests-reset": "2025-08-21T12:41:00Z",
    });
    await clock.advance(40_000);
    const { response } = await askWithTool(client).withResponse();
    expect(response.headers.get("anthropic-ratelimit-requests-remaining")).toBe("1");
  });

  it("sends no anthropic-ratelimit-* header with limitHeaders: false, only retry-after on 429s", async () => {
    const { server, client } = await startLimited({
      requestsPerMinute: 60,
      inputTokensPerMinute: 60_000,
      limitHeaders: false,
    });
    const { response } = await askWithTool(client).withResponse();
    expect(limitHeaders(response.headers)).toEqual({});
    const enforced = await rejection(askWithTool(client), RateLimitError);
    expect(limitHeaders(enforced.headers)).toEqual({});
    expect(enforced.headers.get("retry-after")).toBe("1");
    server.script([{ kind: "rate-limit", retryAfterMs: 3_000 }]);
    const scripted = await rejection(askWithTool(client), RateLimitError);
    expect(limitHeaders(scripted.headers)).toEqual({});
    expect(scripted.headers.get("retry-after")).toBe("3");
  });

  it("limits input tokens per minute", async () => {
    const { client } = await startLimited({ inputTokensPerMinute: 600 });
    await askWithTool(client);
    const error = await rejection(askWithTool(client), RateLimitError);
    expect(error.apiMessage).toContain("of 600 input tokens per minute");
  });
});
