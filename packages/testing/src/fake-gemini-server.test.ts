// Drives the fake Gemini server with the real @google/genai SDK over HTTP: what the SDK sees is what a provider would.

import {
  ApiError,
  type GenerateContentConfig,
  type GenerateContentResponse,
  GoogleGenAI,
  Type,
} from "@google/genai";
import { VirtualClock } from "@osmosis/core";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeGeminiServer,
  type FakeGeminiServerOptions,
  startFakeGeminiServer,
} from "./fake-gemini-server.js";
import { faultCycle } from "./fake-server/faults.js";
import type { GoogleErrorBody } from "./fake-server/gemini-errors.js";
import { geminiSchemaToJsonSchema } from "./fake-server/gemini-schema.js";
import { nextFaultTaken } from "./fake-server/vendor-server.js";
import { DOC_WORKLOAD_SCHEMA } from "./fixtures.js";

const API_KEY = "AIzaSyFakeGeminiKey0123456789abcdefghijk";
const MODEL = "gemini-2.5-flash";

const servers: FakeGeminiServer[] = [];

async function start(options: FakeGeminiServerOptions = {}, apiKey = API_KEY) {
  const server = await startFakeGeminiServer({ apiKey: API_KEY, ...options });
  servers.push(server);
  const client = new GoogleGenAI({ apiKey, vertexai: false, httpOptions: { baseUrl: server.url } });
  return { server, client };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function ask(client: GoogleGenAI, config: GenerateContentConfig = {}, model = MODEL) {
  return client.models.generateContent({
    model,
    contents: "Describe the orders model.",
    config: { automaticContinuation: false, ...config },
  });
}

async function apiError(
  promise: Promise<unknown>,
): Promise<{ status: number; body: GoogleErrorBody }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const e = error as ApiError;
  return { status: e.status, body: JSON.parse(e.message) as GoogleErrorBody };
}

/** The detail of `body` carrying `field` (`retryDelay`, `violations`, `reason`). */
function detail(body: GoogleErrorBody, field: string): Record<string, unknown> {
  const found = body.error.details?.find((d) => field in d);
  expect(found, `no detail with ${field}`).toBeDefined();
  return found as Record<string, unknown>;
}

function quotaId(body: GoogleErrorBody): unknown {
  return (detail(body, "violations").violations as { quotaId: string }[])[0]?.quotaId;
}

const docSchema = DOC_WORKLOAD_SCHEMA;

describe("startFakeGeminiServer: answers", () => {
  it("answers responseJsonSchema with JSON valid against it, in the GenerateContentResponse shape", async () => {
    const { server, client } = await start();
    const response = await ask(client, {
      responseMimeType: "application/json",
      responseJsonSchema: docSchema,
      systemInstruction: "You document dbt models.",
      temperature: 0.1,
      maxOutputTokens: 800,
    });
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe(`/v1beta/models/${MODEL}:generateContent`);
    expect(sent?.headers["x-goog-api-key"]).toBe(API_KEY);
    expect(sent?.body).toMatchObject({
      contents: [{ role: "user", parts: [{ text: "Describe the orders model." }] }],
      systemInstruction: { parts: [{ text: "You document dbt models." }] },
      generationConfig: {
        responseMimeType: "application/json",
        responseJsonSchema: docSchema,
        temperature: 0.1,
        maxOutputTokens: 800,
      },
    });
    const candidate = response.candidates?.[0];
    expect(candidate?.finishReason).toBe("STOP");
    expect(candidate?.content?.role).toBe("model");
    const validate = new Ajv({ strict: false }).compile(docSchema);
    const json: unknown = JSON.parse(response.text ?? "");
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(response.modelVersion).toBe(MODEL);
    expect(response.responseId).toMatch(/^[A-Za-z0-9]{23}$/);
    expect(response.usageMetadata).toMatchObject({
      promptTokenCount: server.stats.inputTokens,
      candidatesTokenCount: server.stats.outputTokens,
      totalTokenCount: server.stats.inputTokens + server.stats.outputTokens,
    });
    // proto3 JSON leaves zero counts out: no cache hit, no field.
    expect(response.usageMetadata?.cachedContentTokenCount).toBeUndefined();
  });

  it("answers Gemini's OpenAPI-subset responseSchema (upper-case types, nullable, propertyOrdering)", async () => {
    const { client } = await start();
    const response = await ask(client, {
      responseMimeType: "application/json",
      responseSchema: {
        type: Type.OBJECT,
        properties: {
          owner: { type: Type.STRING, nullable: true },
          tags: { type: Type.ARRAY, items: { type: Type.STRING }, minItems: "2" },
          grain: { type: Type.STRING, format: "enum", enum: ["order", "customer"] },
          rows: { type: Type.INTEGER },
        },
        required: ["grain", "rows", "tags"],
        propertyOrdering: ["grain", "rows", "tags", "owner"],
      },
    });
    const json = JSON.parse(response.text ?? "") as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["grain", "rows", "tags", "owner"]);
    expect(json).toMatchObject({ grain: "order", rows: 1 });
    expect(json.tags).toHaveLength(2);
  });

  it("converts lower-case OpenAPI types as well", () => {
    expect(
      geminiSchemaToJsonSchema({
        type: "object",
        properties: { n: { type: "number", nullable: true } },
      }),
    ).toEqual({ type: "object", properties: { n: { type: ["number", "null"] } } });
  });

  it("answers plain text without a JSON mime type, and JSON mode without a schema", async () => {
    const { client } = await start();
    const text = await ask(client);
    expect(text.text).toBe("This is a fake reply to: Describe the orders model.");
    const json = await ask(client, { responseMimeType: "application/json" });
    expect(JSON.parse(json.text ?? "")).toEqual({ result: "Example result", ok: true });
  });

  it("cuts the answer at maxOutputTokens with finishReason MAX_TOKENS", async () => {
    const { client } = await start({ reply: () => "x".repeat(400) });
    const response = await ask(client, { maxOutputTokens: 10 });
    expect(response.candidates?.[0]?.finishReason).toBe("MAX_TOKENS");
    expect(response.text).toHaveLength(40);
    expect(response.usageMetadata?.candidatesTokenCount).toBe(10);
  });

  it("reports implicit-cache hits as cachedContentTokenCount, part of promptTokenCount", async () => {
    const { server, client } = await start({ cachedPrefixTokens: 5 });
    const response = await ask(client);
    expect(response.usageMetadata?.cachedContentTokenCount).toBe(5);
    expect(response.usageMetadata?.promptTokenCount).toBeGreaterThan(5);
    expect(server.stats.cachedInputTokens).toBe(5);
  });

  it("accepts the key as the `key` query parameter too", async () => {
    const server = await startFakeGeminiServer({ apiKey: API_KEY });
    servers.push(server);
    const res = await fetch(`${server.url}/v1/models/${MODEL}:generateContent?key=${API_KEY}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "hi" }] }] }),
    });
    expect(res.status).toBe(200);
  });
});

describe("startFakeGeminiServer: Google's errors", () => {
  it("rejects a wrong key with 400 API_KEY_INVALID, like Google", async () => {
    const { client } = await start({}, "AIzaSyWrongKey000000000000000000000000000");
    const { status, body } = await apiError(ask(client));
    expect(status).toBe(400);
    expect(body.error.status).toBe("INVALID_ARGUMENT");
    expect(body.error.details?.[0]).toMatchObject({
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      reason: "API_KEY_INVALID",
    });
  });

  it("answers a call without a key with 403 for unregistered callers", async () => {
    const server = await startFakeGeminiServer({ apiKey: API_KEY });
    servers.push(server);
    const res = await fetch(`${server.url}/v1beta/models/${MODEL}:generateContent`, {
      method: "POST",
      body: "{}",
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as GoogleErrorBody).error.status).toBe("PERMISSION_DENIED");
  });

  it("answers an unknown model with 404 NOT_FOUND, and an unknown path with Google's HTML 404", async () => {
    const { server, client } = await start({ models: [MODEL] });
    const { status, body } = await apiError(ask(client, {}, "gemini-9-ultra"));
    expect(status).toBe(404);
    expect(body.error.message).toContain(
      "models/gemini-9-ultra is not found for API version v1beta",
    );
    const res = await fetch(`${server.url}/v1beta/nothing`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
  });

  it("answers a scripted rate limit with a per-minute QuotaFailure and RetryInfo", async () => {
    const { server, client } = await start();
    server.script([{ kind: "rate-limit", retryAfterMs: 1_500 }]);
    const { status, body } = await apiError(ask(client));
    expect(status).toBe(429);
    expect(body.error.status).toBe("RESOURCE_EXHAUSTED");
    expect(detail(body, "retryDelay")).toEqual({
      "@type": "type.googleapis.com/google.rpc.RetryInfo",
      retryDelay: "1.500s",
    });
    expect(quotaId(body)).toBe("GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
    expect(server.stats.rateLimited).toBe(1);
  });

  it("answers insufficient-quota with the daily free-tier quota (QuotaFailure per day)", async () => {
    const { server, client } = await start();
    server.script([{ kind: "insufficient-quota" }]);
    const { status, body } = await apiError(ask(client));
    expect(status).toBe(429);
    expect(quotaId(body)).toBe("GenerateRequestsPerDayPerProjectPerModel-FreeTier");
    expect(body.error.message).toContain("check your plan and billing details");
  });

  it("enforces configured per-minute limits, with the wait in RetryInfo", async () => {
    // Nothing refills on a virtual clock until the test moves it.
    const clock = new VirtualClock();
    const { server, client } = await start({ clock, rateLimit: { requestsPerMinute: 60 } });
    await ask(client);
    const { status, body } = await apiError(ask(client));
    expect(status).toBe(429);
    expect(detail(body, "retryDelay").retryDelay).toBe("1s");
    expect(quotaId(body)).toBe("GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
    expect(server.stats).toMatchObject({ completed: 1, rateLimited: 1 });
    await clock.advance(1_000);
    await expect(ask(client)).resolves.toBeDefined();
  });

  it("enforces a fixed window: RetryInfo waits for the window's end", async () => {
    const clock = new VirtualClock();
    const { client } = await start({
      clock,
      rateLimit: { tokensPerMinute: 100, window: "fixed", windowMs: 10_000 },
    });
    // An 11-token prompt against a window of 100 × 10/60 ≈ 16.7 tokens: one per window.
    await ask(client);
    await clock.advance(2_500);
    const { body } = await apiError(ask(client));
    expect(detail(body, "retryDelay").retryDelay).toBe("7.500s");
    expect(quotaId(body)).toBe("GenerateContentInputTokensPerModelPerMinute-FreeTier");
    await clock.advance(7_500);
    await expect(ask(client)).resolves.toBeDefined();
  });

  it("wraps the answer in chatter and a json fence for fenced-content, and bills every answer", async () => {
    // A fixed cycle of what a benchmark would draw at random: 503, reset, non-JSON, fenced, normal.
    const mix = faultCycle([
      { status: 503 },
      { kind: "reset" },
      { kind: "non-json-content" },
      { kind: "fenced-content" },
      undefined,
    ]);
    const { server, client } = await start({
      cachedPrefixTokens: 3,
      faultFor: mix,
    });
    const answers: GenerateContentResponse[] = [];
    const failures: unknown[] = [];
    const json = { responseMimeType: "application/json", responseJsonSchema: docSchema };
    for (let i = 0; i < 10; i++) {
      await ask(client, json).then(
        (a) => answers.push(a),
        (e: unknown) => failures.push(e),
      );
    }
    expect(failures.filter((e) => e instanceof ApiError && e.status === 503)).toHaveLength(2);
    expect(failures.filter((e) => !(e instanceof ApiError))).toHaveLength(2);
    const texts = answers.map((a) => a.text ?? "");
    const plain = texts.find((t) => t.startsWith("{")) ?? "";
    expect(new Ajv({ strict: false }).validate(docSchema, JSON.parse(plain))).toBe(true);
    expect(
      texts.filter((t) => t === `Here is the documentation:\n\`\`\`json\n${plain}\n\`\`\``),
    ).toHaveLength(2);
    expect(texts.filter((t) => t.startsWith("Sure!"))).toHaveLength(2);
    const sum = (pick: (a: GenerateContentResponse) => number | undefined) =>
      answers.reduce((total, a) => total + (pick(a) ?? 0), 0);
    expect(server.stats).toMatchObject({
      requests: 10,
      faults: 8,
      completed: 6,
      inputTokens: sum((a) => a.usageMetadata?.promptTokenCount),
      outputTokens: sum((a) => a.usageMetadata?.candidatesTokenCount),
      cachedInputTokens: sum((a) => a.usageMetadata?.cachedContentTokenCount),
    });
    expect(server.stats.cachedInputTokens).toBe(6 * 3);
  });

  it("rejects a prompt over the input token limit with Google's message", async () => {
    const { client } = await start({ inputTokenLimit: 5 });
    const { status, body } = await apiError(ask(client));
    expect(status).toBe(400);
    expect(body.error.message).toMatch(
      /^The input token count \(\d+\) exceeds the maximum number of tokens allowed \(5\)\.$/,
    );
  });

  it.each([
    { fault: { status: 401 }, status: 401, name: "UNAUTHENTICATED" },
    { fault: { status: 403 }, status: 403, name: "PERMISSION_DENIED" },
    { fault: { status: 404 }, status: 404, name: "NOT_FOUND" },
    { fault: { status: 500 }, status: 500, name: "INTERNAL" },
    { fault: { status: 503 }, status: 503, name: "UNAVAILABLE" },
    {
      fault: { status: 400, code: "FAILED_PRECONDITION" },
      status: 400,
      name: "FAILED_PRECONDITION",
    },
    {
      fault: { status: 400, code: "context_length_exceeded" },
      status: 400,
      name: "INVALID_ARGUMENT",
    },
  ])("answers the scripted fault $fault with $status $name", async ({ fault, status, name }) => {
    const { server, client } = await start();
    server.script([fault]);
    const error = await apiError(ask(client));
    expect(error.status).toBe(status);
    expect(error.body.error).toMatchObject({ code: status, status: name });
    expect(server.stats.faults).toBe(1);
  });

  it("resets, hangs until aborted, and sends non-JSON content on request", async () => {
    const { server, client } = await start();
    server.script([{ kind: "reset" }]);
    await expect(ask(client)).rejects.toThrow(/fetch failed/);

    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    const held = nextFaultTaken(server);
    const hung = expect(ask(client, { abortSignal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    await held;
    controller.abort();
    await hung;

    server.script([{ kind: "non-json-content" }]);
    const response = await ask(client, { responseMimeType: "application/json" });
    expect(() => JSON.parse(response.text ?? "")).toThrow();
  });

  it("rejects responseSchema and responseJsonSchema together, as the API does", async () => {
    const { client } = await start();
    const { status } = await apiError(
      ask(client, {
        responseMimeType: "application/json",
        responseSchema: { type: Type.OBJECT },
        responseJsonSchema: { type: "object" },
      }),
    );
    expect(status).toBe(400);
  });
});
