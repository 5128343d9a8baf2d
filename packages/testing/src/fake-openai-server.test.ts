// Drives the fake server with the real OpenAI SDK over HTTP: what the SDK sees is what a provider would.

import { VirtualClock } from "@osmosis/core";
import { Ajv } from "ajv";
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  AzureOpenAI,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "openai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  type FakeOpenAIServer,
  type FakeOpenAIServerOptions,
  startFakeOpenAIServer,
} from "./fake-openai-server.js";
import { faultCycle } from "./fake-server/faults.js";
import { nextFaultTaken, redactHeaders } from "./fake-server/vendor-server.js";
import { DOC_WORKLOAD_SCHEMA } from "./fixtures.js";

const API_KEY = "sk-test-0123456789abcdef";
const MODEL = "gpt-4o-mini";

const servers: FakeOpenAIServer[] = [];

async function start(options: FakeOpenAIServerOptions = {}) {
  const server = await startFakeOpenAIServer({ apiKey: API_KEY, ...options });
  servers.push(server);
  const client = new OpenAI({ apiKey: API_KEY, baseURL: server.url, maxRetries: 0 });
  return { server, client };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Awaits a promise expected to reject with `type`, and returns the error typed. */
async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => E,
) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

function ask(client: OpenAI, extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}) {
  return client.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: "Describe the orders model." }],
    ...extra,
  });
}

// The documentation shape osmosis asks for, as the zod schema it would be written in.
const ModelDocs = z.object({
  description: z.string(),
  columns: z
    .array(
      z.object({
        name: z.string(),
        description: z.string(),
        data_type: z.enum(["integer", "text", "timestamp"]),
        tests: z.array(z.enum(["unique", "not_null"])),
      }),
    )
    .min(2),
  confidence: z.number().min(0).max(1),
  owner: z.string().nullable(),
});

describe("startFakeOpenAIServer: answers", () => {
  it("answers a json_schema request with JSON valid against the schema, in the chat.completion shape", async () => {
    const { server, client } = await start();
    const { data, response } = await ask(client, {
      response_format: {
        type: "json_schema",
        json_schema: { name: "model_docs", schema: z.toJSONSchema(ModelDocs), strict: true },
      },
    }).withResponse();

    const docs = ModelDocs.parse(JSON.parse(data.choices[0]?.message.content ?? ""));
    expect(docs.columns).toHaveLength(2);
    expect(docs.columns[0]).toEqual({
      name: "Example name",
      description: "Example description",
      data_type: "integer",
      tests: ["unique"],
    });
    expect(data).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: "chat.completion",
      model: MODEL,
      choices: [
        {
          index: 0,
          finish_reason: "stop",
          logprobs: null,
          message: { role: "assistant", refusal: null },
        },
      ],
      system_fingerprint: expect.any(String),
    });
    expect(response.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
    expect(Number(response.headers.get("openai-processing-ms"))).toBeGreaterThanOrEqual(0);
    expect(server.stats).toMatchObject({ requests: 1, completed: 1, rateLimited: 0, faults: 0 });
  });

  it.each([
    [
      "json_object mode",
      { response_format: { type: "json_object" as const } },
      '{"result":"Example result","ok":true}',
    ],
    ["plain text", {}, "This is a fake reply to: Describe the orders model."],
  ])("answers %s", async (_name, extra, content) => {
    const { client } = await start();
    const data = await ask(client, extra);
    expect(data.choices[0]?.message.content).toBe(content);
  });

  it("lets `reply` choose the content, an object being sent as JSON", async () => {
    const { client } = await start({
      reply: (body) => (body.model === "gpt-4o" ? { chosen: body.model } : "plain"),
    });
    expect((await ask(client, { model: "gpt-4o" })).choices[0]?.message.content).toBe(
      '{"chosen":"gpt-4o"}',
    );
    expect((await ask(client)).choices[0]?.message.content).toBe("plain");
  });

  it("reports usage counted from the characters, and its stats match what the client added up", async () => {
    const { server, client } = await start({ cachedPrefixTokens: 6 });
    const first = await client.chat.completions.create({
      model: MODEL,
      // 28 chars → 7 + 4; 10 chars → 3 + 4: 18 prompt tokens.
      messages: [
        { role: "system", content: "You document dbt models now." },
        { role: "user", content: "orders.sql" },
      ],
      response_format: { type: "json_object" },
    });
    // '{"result":"Example result","ok":true}' is 37 chars → 10 tokens.
    expect(first.usage).toEqual({
      prompt_tokens: 18,
      completion_tokens: 10,
      total_tokens: 28,
      prompt_tokens_details: { cached_tokens: 6, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    });

    const more = await Promise.all([
      ask(client),
      ask(client, { messages: [{ role: "user", content: "x" }] }),
    ]);
    const all = [first, ...more];
    const sum = (pick: (u: OpenAI.CompletionUsage) => number) =>
      all.reduce((n, c) => n + (c.usage ? pick(c.usage) : 0), 0);
    expect(server.stats).toMatchObject({
      completed: 3,
      inputTokens: sum((u) => u.prompt_tokens),
      outputTokens: sum((u) => u.completion_tokens),
      // The one-message "x" prompt has 5 tokens, so its cached count is capped at 5.
      cachedInputTokens: 6 + 6 + 5,
    });
  });

  it("cuts the content at max_tokens with finish_reason length, as the service does", async () => {
    const { client } = await start();
    const data = await ask(client, { max_tokens: 3 });
    expect(data.choices[0]?.finish_reason).toBe("length");
    expect(data.choices[0]?.message.content).toBe("This is a fa");
    expect(data.usage?.completion_tokens).toBe(3);
  });

  it("waits the configured latency before answering, on the server's clock", async () => {
    const clock = new VirtualClock();
    const { server, client } = await start({ latencyMs: 10, clock });
    server.setLatency(150);
    let answered = false;
    const pending = ask(client)
      .withResponse()
      .finally(() => {
        answered = true;
      });
    await vi.waitFor(() => expect(clock.pending).toBe(1), { timeout: 10_000 });
    await clock.advance(149);
    expect(answered).toBe(false);
    await clock.advance(1);
    const { response } = await pending;
    expect(response.headers.get("openai-processing-ms")).toBe("150");
  });

  it("lists models", async () => {
    const { client } = await start({ models: ["gpt-4o-mini", "gpt-4.1"] });
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toEqual(["gpt-4o-mini", "gpt-4.1"]);
    expect(page.data[0]).toMatchObject({ object: "model", owned_by: "system" });
    expect((await client.models.retrieve("gpt-4.1")).id).toBe("gpt-4.1");
    await rejection(client.models.retrieve("gpt-9"), NotFoundError);
  });

  it("records each request raw, with a helper to redact credentials", async () => {
    const { server, client } = await start();
    await ask(client, { temperature: 0 });
    const [recorded] = server.requests;
    expect(recorded).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      body: {
        model: MODEL,
        temperature: 0,
        messages: [{ role: "user", content: "Describe the orders model." }],
      },
    });
    expect(recorded?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(redactHeaders(recorded?.headers ?? {}).authorization).toBe("[REDACTED]");
    expect(recorded?.receivedAt).toBeLessThanOrEqual(Date.now());

    server.script([{ status: 500 }]);
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.stats).toMatchObject({ requests: 0, completed: 0 });
    // reset() dropped the scripted fault too.
    await expect(ask(client)).resolves.toBeDefined();
  });
});

/** Every `x-ratelimit-*` header of a response. */
function limitHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => name.startsWith("x-ratelimit-")));
}

describe("startFakeOpenAIServer: rate limits", () => {
  // Time stands still on a virtual clock until the test moves it, so what passes does not depend
  // on how fast a loaded machine gets the requests to the server.
  async function startLimited(rateLimit: FakeOpenAIServerOptions["rateLimit"]) {
    const clock = new VirtualClock();
    return { clock, ...(await start({ clock, rateLimit })) };
  }

  function settleAll(client: OpenAI, count: number) {
    return Promise.all(
      Array.from({ length: count }, () =>
        ask(client)
          .withResponse()
          .then(
            (r) => r.response.headers,
            (e: unknown) => e,
          ),
      ),
    );
  }

  it("enforces requests per minute over a sub-minute burst window", async () => {
    // 120 RPM with a 2 s burst: 4 requests at once, then one more every 500 ms.
    const { server, client, clock } = await startLimited({
      requestsPerMinute: 120,
      burstSeconds: 2,
    });
    const outcomes = await settleAll(client, 10);
    const limited = outcomes.filter((o): o is RateLimitError => o instanceof RateLimitError);
    const passed = outcomes.filter((o): o is Headers => o instanceof Headers);
    expect(passed).toHaveLength(4);
    expect(limited).toHaveLength(6);
    expect(server.stats).toMatchObject({ requests: 10, completed: 4, rateLimited: 6 });
    // Each answer reports the bucket as it stood when that request was admitted.
    expect(passed.map((h) => h.get("x-ratelimit-remaining-requests")).sort()).toEqual([
      "0",
      "1",
      "2",
      "3",
    ]);

    const error = limited[0] as RateLimitError;
    expect(error.status).toBe(429);
    expect(error.code).toBe("rate_limit_exceeded");
    expect(error.type).toBe("requests");
    expect(error.message).toMatch(
      /^429 Rate limit reached for gpt-4o-mini in organization org-\w+ on requests per min \(RPM\): Limit 120, Used 120, Requested 1\. Please try again in 500ms\./,
    );
    expect(limitHeaders(error.headers)).toEqual({
      "x-ratelimit-limit-requests": "120",
      "x-ratelimit-remaining-requests": "0",
      "x-ratelimit-reset-requests": "2s",
    });
    expect(error.headers.get("retry-after-ms")).toBe("500");
    expect(error.headers.get("retry-after")).toBe("1");

    // The bucket refills continuously: one request is back after the advised wait, not before.
    await clock.advance(499);
    const early = await rejection(ask(client), RateLimitError);
    expect(early.headers.get("retry-after-ms")).toBe("1");
    await clock.advance(1);
    await expect(ask(client)).resolves.toBeDefined();
    await rejection(ask(client), RateLimitError);
  });

  it.each([
    ["available", ["3", "2", "1", "0"]],
    ["per-minute", ["119", "118", "117", "116"]],
  ] as const)("reports remaining %s: %j for a 4-request burst", async (remaining, expected) => {
    const { client } = await startLimited({ requestsPerMinute: 120, burstSeconds: 2, remaining });
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const { response } = await ask(client).withResponse();
      seen.push(response.headers.get("x-ratelimit-remaining-requests"));
    }
    expect(seen).toEqual(expected);
    // Either way the fifth request is refused: "per-minute" overstates what a burst may spend.
    await rejection(ask(client), RateLimitError);
  });

  it("enforces a fixed window: the whole budget at once, none back until the window ends", async () => {
    const { client, clock } = await startLimited({ requestsPerMinute: 3, window: "fixed" });
    const outcomes = await settleAll(client, 5);
    expect(outcomes.filter((o) => o instanceof Headers)).toHaveLength(3);
    const first = await rejection(ask(client), RateLimitError);
    expect(first.headers.get("retry-after-ms")).toBe("60000");
    expect(first.headers.get("x-ratelimit-reset-requests")).toBe("1m0s");

    await clock.advance(45_000);
    const later = await rejection(ask(client), RateLimitError);
    expect(later.headers.get("retry-after-ms")).toBe("15000");
    expect(later.headers.get("retry-after")).toBe("15");
    expect(later.message).toContain("Please try again in 15s.");

    await clock.advance(15_000);
    const { response } = await ask(client).withResponse();
    expect(limitHeaders(response.headers)).toEqual({
      "x-ratelimit-limit-requests": "3",
      "x-ratelimit-remaining-requests": "2",
      "x-ratelimit-reset-requests": "1m0s",
    });
  });

  it("sends no x-ratelimit-* header with limitHeaders: false, only retry-after on 429s", async () => {
    const { server, client } = await startLimited({
      requestsPerMinute: 60,
      tokensPerMinute: 60_000,
      limitHeaders: false,
    });
    const { response } = await ask(client).withResponse();
    expect(limitHeaders(response.headers)).toEqual({});
    const enforced = await rejection(ask(client), RateLimitError);
    expect(limitHeaders(enforced.headers)).toEqual({});
    expect(enforced.headers.get("retry-after")).toBe("1");
    expect(enforced.headers.get("retry-after-ms")).toBe("1000");
    server.script([{ kind: "rate-limit", retryAfterMs: 300 }]);
    const scripted = await rejection(ask(client), RateLimitError);
    expect(limitHeaders(scripted.headers)).toEqual({});
    expect(scripted.headers.get("retry-after-ms")).toBe("300");
  });

  it("enforces tokens per minute, counting the prompt plus max_tokens", async () => {
    // 6000 TPM: a 100-token bucket refilling 100 tokens a second. Each request costs 5 (prompt)
    // + 60 (max_tokens).
    const { client } = await startLimited({ tokensPerMinute: 6000 });
    const small = { messages: [{ role: "user" as const, content: "hi" }], max_tokens: 60 };
    const { response } = await ask(client, small).withResponse();
    expect(limitHeaders(response.headers)).toEqual({
      "x-ratelimit-limit-tokens": "6000",
      "x-ratelimit-remaining-tokens": "35",
      // 65 tokens refill in 650 ms.
      "x-ratelimit-reset-tokens": "650ms",
    });

    const error = await rejection(ask(client, small), RateLimitError);
    expect(error.type).toBe("tokens");
    // 35 tokens left, 30 missing at 100 tokens a second.
    expect(error.message).toContain(
      "on tokens per min (TPM): Limit 6000, Used 3900, Requested 65. Please try again in 300ms.",
    );
    expect(error.headers.get("retry-after-ms")).toBe("300");
  });

  it("answers a scripted rate-limit fault with retry-after and retry-after-ms, once", async () => {
    const { server, client } = await start();
    server.script([{ kind: "rate-limit", retryAfterMs: 1500 }]);
    const error = await rejection(ask(client), RateLimitError);
    expect(error.status).toBe(429);
    expect(error.code).toBe("rate_limit_exceeded");
    expect(error.headers.get("retry-after")).toBe("2");
    expect(error.headers.get("retry-after-ms")).toBe("1500");
    expect(error.message).toContain("Please try again in 1.5s.");
    await expect(ask(client)).resolves.toBeDefined();
    expect(server.stats).toMatchObject({ rateLimited: 1, faults: 1, completed: 1 });
  });

  it("tells insufficient_quota apart from a rate limit", async () => {
    const { server, client } = await start({ faults: [{ kind: "insufficient-quota" }] });
    const error = await rejection(ask(client), RateLimitError);
    expect(error.status).toBe(429);
    expect(error.code).toBe("insufficient_quota");
    expect(error.type).toBe("insufficient_quota");
    expect(error.message).toContain("You exceeded your current quota");
    expect(error.headers.get("retry-after")).toBeNull();
    expect(server.stats).toMatchObject({ rateLimited: 1, faults: 1 });
  });
});

describe("startFakeOpenAIServer: faults", () => {
  it.each([
    [500, "server_error"],
    [502, "cf_bad_gateway"],
    [503, "server_error"],
  ])("answers a scripted %d with OpenAI's body", async (status, type) => {
    const { client, server } = await start({ faults: [{ status }] });
    const error = await rejection(ask(client), InternalServerError);
    expect(error.status).toBe(status);
    expect(error.type).toBe(type);
    expect(error.requestID).toMatch(/^req_/);
    await expect(ask(client)).resolves.toBeDefined();
    expect(server.stats).toMatchObject({ faults: 1, completed: 1 });
  });

  it("sends a scripted body and headers as given", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head></html>";
    const { client } = await start({
      faults: [{ status: 502, body: html, headers: { server: "cloudflare" } }],
    });
    const error = await rejection(ask(client), InternalServerError);
    expect(error.message).toContain("502 Bad Gateway");
    expect(error.headers.get("server")).toBe("cloudflare");
  });

  it("resets the connection without answering", async () => {
    const { client } = await start({ faults: [{ kind: "reset" }] });
    const error = await rejection(ask(client), APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    await expect(ask(client)).resolves.toBeDefined();
  });

  it("hangs until the client times out", async () => {
    const { client, server } = await start({ faults: [{ kind: "hang" }] });
    const error = await rejection(
      client.chat.completions.create(
        { model: MODEL, messages: [{ role: "user", content: "Describe the orders model." }] },
        { timeout: 200 },
      ),
      APIConnectionTimeoutError,
    );
    expect(error.message).toBe("Request timed out.");
    expect(server.stats.completed).toBe(0);
  });

  it("ends hung connections on close()", async () => {
    const { client, server } = await start({ faults: [{ kind: "hang" }] });
    const held = nextFaultTaken(server);
    // The SDK's own timeout is 10 minutes: only close() can end this call within the test.
    const pending = ask(client);
    await held;
    // close() resolves only once every connection is gone, the hung one included.
    await server.close();
    await rejection(pending, APIConnectionError);
  });

  it("answers 401 with OpenAI's invalid_api_key body, for a wrong key or when scripted", async () => {
    const { server, client } = await start();
    const stranger = new OpenAI({
      apiKey: "sk-wrong-key-000000000000",
      baseURL: server.url,
      maxRetries: 0,
    });
    const error = await rejection(ask(stranger), AuthenticationError);
    expect(error.code).toBe("invalid_api_key");
    expect(error.message).toContain("Incorrect API key provided: sk-******************0000.");

    server.script([{ status: 401 }]);
    expect((await rejection(ask(client), AuthenticationError)).code).toBe("invalid_api_key");
  });

  it("answers 400 context_length_exceeded", async () => {
    const { client } = await start({ faults: [{ status: 400, code: "context_length_exceeded" }] });
    const error = await rejection(ask(client), BadRequestError);
    expect(error.code).toBe("context_length_exceeded");
    expect(error.param).toBe("messages");
    expect(error.message).toContain("This model's maximum context length is 128000 tokens.");
  });

  it("sends content that is not JSON when JSON was asked for", async () => {
    const { server, client } = await start({ faults: [{ kind: "non-json-content" }] });
    const data = await ask(client, { response_format: { type: "json_object" } });
    const content = data.choices[0]?.message.content ?? "";
    expect(content).toMatch(/^Sure! Here is/);
    expect(() => JSON.parse(content)).toThrow(SyntaxError);
    expect(server.stats).toMatchObject({ completed: 1, faults: 1 });
  });

  it("wraps the answer it would have sent in chatter and a json fence for fenced-content", async () => {
    const { client } = await start({ faults: [{ kind: "fenced-content" }] });
    const docs = {
      response_format: {
        type: "json_schema" as const,
        json_schema: { name: "docs", schema: DOC_WORKLOAD_SCHEMA },
      },
    };
    const fenced = (await ask(client, docs)).choices[0]?.message.content ?? "";
    const plain = (await ask(client, docs)).choices[0]?.message.content ?? "";
    expect(fenced).toBe(`Here is the documentation:\n\`\`\`json\n${plain}\n\`\`\``);
    expect(() => JSON.parse(fenced)).toThrow(SyntaxError);
    expect(new Ajv({ strict: false }).validate(DOC_WORKLOAD_SCHEMA, JSON.parse(plain))).toBe(true);
  });

  it("bills every answer it sends, content faults included, as the client adds them up", async () => {
    // A fixed cycle of what a benchmark would draw at random: 503, reset, non-JSON, fenced, normal.
    const mix = faultCycle([
      { status: 503 },
      { kind: "reset" },
      { kind: "non-json-content" },
      { kind: "fenced-content" },
      undefined,
    ]);
    const { server, client } = await start({
      cachedPrefixTokens: 4,
      faultFor: mix,
    });
    const answers: OpenAI.ChatCompletion[] = [];
    const failures: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      await ask(client, { response_format: { type: "json_object" } }).then(
        (a) => answers.push(a),
        (e: unknown) => failures.push(e),
      );
    }
    expect(failures.filter((e) => e instanceof InternalServerError)).toHaveLength(2);
    expect(failures.filter((e) => e instanceof APIConnectionError)).toHaveLength(2);
    const contents = answers.map((a) => a.choices[0]?.message.content ?? "");
    expect(contents.filter((c) => c.startsWith("Sure!"))).toHaveLength(2);
    expect(contents.filter((c) => c.startsWith("Here is the documentation:"))).toHaveLength(2);
    const sum = (pick: (u: OpenAI.CompletionUsage) => number) =>
      answers.reduce((total, a) => total + (a.usage ? pick(a.usage) : 0), 0);
    expect(server.stats).toMatchObject({
      requests: 10,
      faults: 8,
      completed: 6,
      inputTokens: sum((u) => u.prompt_tokens),
      outputTokens: sum((u) => u.completion_tokens),
      cachedInputTokens: sum((u) => u.prompt_tokens_details?.cached_tokens ?? 0),
    });
    expect(server.stats.cachedInputTokens).toBe(6 * 4);
  });

  it("applies faults chosen per request by faultFor", async () => {
    const { client } = await start({
      faultFor: (request) =>
        (request.body as { model?: string }).model === "gpt-4o" ? { status: 503 } : undefined,
    });
    await rejection(ask(client, { model: "gpt-4o" }), InternalServerError);
    await expect(ask(client)).resolves.toBeDefined();
  });

  it("rejects malformed requests, unknown paths and unsatisfiable schemas like the service", async () => {
    const { client, server } = await start();
    const notJson = await fetch(`${server.url}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
      body: "{not json",
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({
      error: {
        type: "invalid_request_error",
        message: expect.stringMatching(/^We could not parse the JSON body/),
      },
    });

    const empty = await rejection(ask(client, { messages: [] }), BadRequestError);
    expect(empty.param).toBe("messages");

    const stream = await rejection(ask(client, { stream: true } as object), BadRequestError);
    expect(stream.param).toBe("stream");

    const unknown = await rejection(client.post("/nowhere", { body: {} }), NotFoundError);
    expect(unknown.message).toContain("Invalid URL (POST /v1/nowhere)");

    const schema = await rejection(
      ask(client, {
        response_format: {
          type: "json_schema",
          json_schema: {
            name: "endless",
            schema: { type: "object", required: ["next"], properties: { next: { $ref: "#" } } },
          },
        },
      }),
      APIError,
    );
    expect(schema.status).toBe(400);
  });
});

describe("startFakeOpenAIServer: Azure OpenAI paths", () => {
  const AZURE_KEY = "0123456789abcdef0123456789abcdef";
  const API_VERSION = "2024-10-21";

  async function startAzure(options: FakeOpenAIServerOptions = {}) {
    const server = await startFakeOpenAIServer({ apiKey: AZURE_KEY, ...options });
    servers.push(server);
    const client = new AzureOpenAI({
      endpoint: server.endpoint,
      apiKey: AZURE_KEY,
      apiVersion: API_VERSION,
      maxRetries: 0,
    });
    return { server, client };
  }

  function askAzure(client: AzureOpenAI, deployment = "docs-mini") {
    return client.chat.completions.create({
      model: deployment,
      messages: [{ role: "user", content: "Describe the orders model." }],
    });
  }

  it("answers POST /openai/deployments/{deployment}/chat/completions with Azure's extras", async () => {
    const { server, client } = await startAzure({
      deployments: { "docs-mini": "gpt-4o-mini-2024-07-18" },
    });
    const { data, response } = await askAzure(client).withResponse();

    expect(data.model).toBe("gpt-4o-mini-2024-07-18");
    expect(data.choices[0]?.message.content).toBe(
      "This is a fake reply to: Describe the orders model.",
    );
    expect(data).toMatchObject({
      prompt_filter_results: [
        {
          prompt_index: 0,
          content_filter_results: { hate: { filtered: false, severity: "safe" } },
        },
      ],
      choices: [{ content_filter_results: { violence: { filtered: false, severity: "safe" } } }],
    });
    expect(response.headers.get("apim-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-ms-region")).toBe("East US");

    const [recorded] = server.requests;
    expect(recorded).toMatchObject({
      method: "POST",
      path: "/openai/deployments/docs-mini/chat/completions",
      query: { "api-version": API_VERSION },
      deployment: "docs-mini",
      apiVersion: API_VERSION,
    });
    expect(recorded?.headers["api-key"]).toBe(AZURE_KEY);
    expect(recorded?.headers.authorization).toBeUndefined();
    expect(redactHeaders(recorded?.headers ?? {})["api-key"]).toBe("[REDACTED]");
  });

  it("answers 404 DeploymentNotFound for a deployment not in `deployments`", async () => {
    const { client } = await startAzure({ deployments: ["docs-mini"] });
    const error = await rejection(askAzure(client, "gpt-5-preview"), NotFoundError);
    expect(error.code).toBe("DeploymentNotFound");
    expect(error.message).toContain("The API deployment for this resource does not exist.");
    await expect(askAzure(client)).resolves.toBeDefined();
  });

  it("answers Azure's bare 404 without api-version, and on paths it does not serve", async () => {
    const { server } = await startAzure();
    const post = (path: string) =>
      fetch(`${server.endpoint}${path}`, {
        method: "POST",
        headers: { "api-key": AZURE_KEY, "content-type": "application/json" },
        body: JSON.stringify({ messages: [{ role: "user", content: "hi" }] }),
      });
    for (const path of [
      "/openai/deployments/docs-mini/chat/completions",
      `/openai/deployments/docs-mini/embeddings?api-version=${API_VERSION}`,
    ]) {
      const response = await post(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: "404", message: "Resource not found" },
      });
    }
    // `model` is optional in an Azure body: the deployment in the path names it.
    const ok = await post(
      `/openai/deployments/docs-mini/chat/completions?api-version=${API_VERSION}`,
    );
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { model: string }).model).toBe("docs-mini");
  });

  it("checks the api-key header and answers Azure's 401", async () => {
    const { server, client } = await startAzure();
    const stranger = new AzureOpenAI({
      endpoint: server.endpoint,
      apiKey: "ffffffffffffffffffffffffffffffff",
      apiVersion: API_VERSION,
      maxRetries: 0,
    });
    const error = await rejection(askAzure(stranger), AuthenticationError);
    expect(error.code).toBe("401");
    expect(error.message).toContain("Access denied due to invalid subscription key");
    expect(error.message).not.toContain("ffffffff");

    server.script([{ status: 401 }]);
    expect((await rejection(askAzure(client), AuthenticationError)).code).toBe("401");
  });

  it("accepts an Entra ID bearer token from azureADTokenProvider, and rejects a wrong one", async () => {
    const { server } = await startAzure({ bearerToken: "entra-token-1" });
    const withToken = (token: string) =>
      new AzureOpenAI({
        endpoint: server.endpoint,
        azureADTokenProvider: async () => token,
        apiVersion: API_VERSION,
        maxRetries: 0,
      });
    await expect(askAzure(withToken("entra-token-1"))).resolves.toBeDefined();
    expect(server.requests[0]?.headers.authorization).toBe("Bearer entra-token-1");
    expect(server.requests[0]?.headers["api-key"]).toBeUndefined();

    // The gateway's 401 has no `error` envelope, so the SDK can only report the status.
    await rejection(askAzure(withToken("expired-token")), AuthenticationError);
    const raw = await fetch(
      `${server.endpoint}/openai/deployments/d/chat/completions?api-version=${API_VERSION}`,
      { method: "POST", headers: { authorization: "Bearer expired-token" }, body: "{}" },
    );
    expect(await raw.json()).toEqual({
      statusCode: 401,
      message: expect.stringMatching(/^Unauthorized\. Access token is missing, invalid/),
    });
  });

  it("answers Azure's 429 with retry-after and retry-after-ms, scripted or enforced", async () => {
    const { server, client } = await startAzure({
      rateLimit: { tokensPerMinute: 600 },
      clock: new VirtualClock(),
    });
    server.script([{ kind: "rate-limit", retryAfterMs: 1500 }]);
    const scripted = await rejection(askAzure(client), RateLimitError);
    expect(scripted.code).toBe("429");
    expect(scripted.message).toBe(
      `429 Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${API_VERSION} have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 2 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
    );
    expect(scripted.headers.get("retry-after")).toBe("2");
    expect(scripted.headers.get("retry-after-ms")).toBe("1500");

    // 600 TPM is a 10-token bucket: a full one admits the 11-token prompt, the next one waits.
    const { response } = await askAzure(client).withResponse();
    expect(response.headers.get("x-ratelimit-remaining-tokens")).toBe("0");
    expect(response.headers.get("x-ratelimit-limit-tokens")).toBeNull();
    const enforced = await rejection(askAzure(client), RateLimitError);
    expect(enforced.message).toContain("have exceeded token rate limit");
    // 1 token in debt plus the 10 the next prompt needs, at 10 tokens a second.
    expect(enforced.headers.get("retry-after-ms")).toBe("1100");
    expect(enforced.headers.get("retry-after")).toBe("2");
  });

  it("answers the content filter's 400 with innererror.content_filter_result", async () => {
    const { client } = await startAzure({ faults: [{ status: 400, code: "content_filter" }] });
    const error = await rejection(askAzure(client), BadRequestError);
    expect(error.code).toBe("content_filter");
    expect(error.param).toBe("prompt");
    expect(error.message).toContain("Azure OpenAI's content management policy");
    expect(error.error).toMatchObject({
      innererror: {
        code: "ResponsibleAIPolicyViolation",
        content_filter_result: {
          violence: { filtered: true, severity: "medium" },
          hate: { filtered: false, severity: "safe" },
        },
      },
    });
  });

  it.each<[number, new (...args: never[]) => APIError, string]>([
    [403, PermissionDeniedError, "403"],
    [500, InternalServerError, "InternalServerError"],
    [503, InternalServerError, "ServiceUnavailable"],
  ])("answers a scripted %d with Azure's body", async (status, type, code) => {
    const { client } = await startAzure({ faults: [{ status }] });
    const error = await rejection(askAzure(client), type);
    expect(error.code).toBe(code);
    expect(error.requestID).toMatch(/^req_/);
  });

  it("resets and hangs on Azure paths too", async () => {
    const { server, client } = await startAzure({ faults: [{ kind: "reset" }, { kind: "hang" }] });
    await rejection(askAzure(client), APIConnectionError);
    const controller = new AbortController();
    const held = nextFaultTaken(server);
    const hung = rejection(
      client.chat.completions.create(
        { model: "docs-mini", messages: [{ role: "user", content: "hi" }] },
        { signal: controller.signal },
      ),
      APIUserAbortError,
    );
    await held;
    controller.abort();
    await hung;
    expect(server.stats).toMatchObject({ faults: 2, completed: 0 });
  });
});

describe("startFakeOpenAIServer: without apiKey (LM Studio, local servers)", () => {
  it("checks no credential at all", async () => {
    const server = await startFakeOpenAIServer();
    servers.push(server);
    const anonymous = await fetch(`${server.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "local-model", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(anonymous.status).toBe(200);
    const client = new OpenAI({ apiKey: "lm-studio", baseURL: server.url, maxRetries: 0 });
    await expect(ask(client, { model: "local-model" })).resolves.toBeDefined();
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[1]?.headers.authorization).toBe("Bearer lm-studio");
  });
});
