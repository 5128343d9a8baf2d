import {
  AuthenticationError,
  ContentFilterError,
  ContextLengthError,
  type GenerateRequest,
  InvalidRequestError,
  LLMCancelledError,
  LLMClient,
  LLMConfigError,
  LLMConnectionError,
  LLMRateLimitError,
  LLMResponseError,
  NotFoundError,
  PermissionDeniedError,
  ProviderRegistry,
  QuotaExhaustedError,
  Run,
  ServerError,
} from "@osmosis/core";
import {
  type FakeGeminiServer,
  nextFaultTaken,
  ORDERS_DOC_SCHEMA,
  startFakeGeminiServer,
} from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import geminiPlugin from "./index.js";

const API_KEY = "AIzaSyT3stK3yAbCdEfGhIjKlMnOpQrStUvWxYz0";

const schema = ORDERS_DOC_SCHEMA;

const request: GenerateRequest = {
  model: "gemini-2.5-flash",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Model orders: select order_id, amount from raw.orders" }],
  temperature: 0.2,
  maxOutputTokens: 400,
  output: { name: "model_doc", schema },
};

let server: FakeGeminiServer;
const registry = () => new ProviderRegistry([geminiPlugin]);
const provider = (options?: Record<string, unknown>) =>
  registry().create("gemini", {
    env: { GEMINI_API_KEY: API_KEY, GOOGLE_GEMINI_BASE_URL: server.url },
    options,
  });
const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );

beforeAll(async () => {
  server = await startFakeGeminiServer({ apiKey: API_KEY, cachedPrefixTokens: 8 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("Gemini provider over the real SDK", () => {
  it("sends the schema as responseJsonSchema with the system instruction and returns the JSON text and usage", async () => {
    const result = await (await provider()).generate(request);
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
    expect(sent?.headers["x-goog-api-key"]).toBe(API_KEY);
    expect(sent?.body).toEqual({
      contents: [{ role: "user", parts: [{ text: request.messages[0]?.content }] }],
      systemInstruction: { role: "user", parts: [{ text: "You document dbt models." }] },
      generationConfig: {
        temperature: 0.2,
        maxOutputTokens: 400,
        responseMimeType: "application/json",
        responseJsonSchema: schema,
      },
    });
    const json = JSON.parse(result.text) as {
      description: string;
      columns: Array<{ name: string }>;
    };
    expect(typeof json.description).toBe("string");
    expect(json.columns[0]?.name).toBe("order_id");
    expect(result.finishReason).toBe("stop");
    expect(result.model).toBe("gemini-2.5-flash");
    expect(result.requestId).toMatch(/^\S{10,}$/);
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
      cachedInputTokens: server.stats.cachedInputTokens,
    });
    expect(result.usage?.cachedInputTokens).toBe(8);
  });

  it("maps assistant turns to the model role and system messages into the system instruction", async () => {
    await (await provider()).generate({
      model: "gemini-2.5-flash",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello" },
        { role: "user", content: "Describe orders" },
      ],
    });
    expect(server.requests.at(-1)?.body).toEqual({
      contents: [
        { role: "user", parts: [{ text: "Hi" }] },
        { role: "model", parts: [{ text: "Hello" }] },
        { role: "user", parts: [{ text: "Describe orders" }] },
      ],
      systemInstruction: { role: "user", parts: [{ text: "Be brief." }] },
      generationConfig: {},
    });
  });

  it('"json" mode sends only the mime type; "none" sends neither, and the client reads JSON out of the text', async () => {
    const json = await (await provider({ structuredOutput: "json" })).generate(request);
    const sent = server.requests.at(-1)?.body;
    expect(sent).toHaveProperty("generationConfig.responseMimeType", "application/json");
    expect(sent).not.toHaveProperty("generationConfig.responseJsonSchema");
    expect(JSON.parse(json.text)).toEqual({ result: "Example result", ok: true });

    // A model answering in prose around a fence, as plain-text mode allows.
    const prose = 'Here it is:\n```json\n{"a":1}\n```';
    server.script([{ kind: "non-json-content", content: prose }]);
    const p = await provider({ structuredOutput: "none" });
    const none = await p.generate(request);
    expect(server.requests.at(-1)?.body).not.toHaveProperty("generationConfig.responseMimeType");
    expect(none.text).toBe(prose);
    expect(p.capabilities).toMatchObject({ jsonSchema: false, jsonMode: false });

    server.script([{ kind: "non-json-content", content: prose }]);
    const response = await new LLMClient({ provider: p, run: new Run() }).generate(request);
    expect(response.json).toEqual({ a: 1 });
  });

  it("bills thinking as output and tool-use prompts as input", async () => {
    server.script([
      {
        status: 200,
        body: {
          candidates: [
            {
              content: { role: "model", parts: [{ text: '{"description":"x","columns":[]}' }] },
              finishReason: "STOP",
              index: 0,
            },
          ],
          usageMetadata: {
            promptTokenCount: 20,
            candidatesTokenCount: 7,
            thoughtsTokenCount: 30,
            toolUsePromptTokenCount: 5,
            totalTokenCount: 62,
          },
          modelVersion: "gemini-2.5-flash",
          responseId: "dNkFaPqXK4mC1MkPs7y0oQk",
        },
      },
    ]);
    const result = await (await provider()).generate(request);
    expect(result.usage).toEqual({ inputTokens: 25, outputTokens: 37, cachedInputTokens: 0 });
  });

  it("sends thinkingBudget as thinkingConfig when configured", async () => {
    await (await provider({ thinkingBudget: 0 })).generate(request);
    expect(server.requests.at(-1)?.body).toMatchObject({
      generationConfig: { thinkingConfig: { thinkingBudget: 0 } },
    });
  });

  it("declares its capabilities truthfully: native JSON Schema and usage, no rate-limit headers", async () => {
    expect((await provider()).capabilities).toEqual({
      jsonSchema: true,
      jsonMode: true,
      usage: true,
      cachedInputUsage: true,
      rateLimitHeaders: false,
    });
  });

  describe("configuration from env", () => {
    it.each([["GEMINI_API_KEY"], ["GOOGLE_GEMINI_API_KEY"], ["GOOGLE_API_KEY"]])(
      "reads the key from %s",
      async (name) => {
        const p = await registry().create("gemini", {
          env: { [name]: API_KEY, GOOGLE_GEMINI_BASE_URL: server.url },
        });
        await p.generate(request);
        expect(server.requests.at(-1)?.headers["x-goog-api-key"]).toBe(API_KEY);
      },
    );

    it("prefers GEMINI_API_KEY over GOOGLE_API_KEY, which is often a key for other Google APIs", async () => {
      const p = await registry().create("gemini", {
        env: {
          GOOGLE_API_KEY: "AIzaSyMapsKey0000000000000000000000000000",
          GEMINI_API_KEY: API_KEY,
          GOOGLE_GEMINI_BASE_URL: server.url,
        },
      });
      await p.generate(request);
      expect(server.requests.at(-1)?.headers["x-goog-api-key"]).toBe(API_KEY);
    });

    it("reads dbt-osmosis's GOOGLE_GEMINI_MODEL, and strips the /v1beta/openai suffix of its base URL", async () => {
      const p = await registry().create("google-gemini", {
        env: {
          GOOGLE_GEMINI_API_KEY: API_KEY,
          GOOGLE_GEMINI_BASE_URL: `${server.url}/v1beta/openai`,
          GOOGLE_GEMINI_MODEL: "gemini-2.5-pro",
        },
      });
      expect(p.id).toBe("gemini");
      expect(p.defaultModel).toBe("gemini-2.5-pro");
      await p.generate({ ...request, model: p.defaultModel ?? "" });
      expect(server.requests.at(-1)?.path).toBe("/v1beta/models/gemini-2.5-pro:generateContent");
    });

    it("defaults the model to gemini-2.5-flash", async () => {
      expect((await provider()).defaultModel).toBe("gemini-2.5-flash");
    });

    it("says which variable to set when the key is missing", async () => {
      const error = await failure(registry().create("gemini", { env: {} }));
      expect(error).toBeInstanceOf(LLMConfigError);
      expect((error as Error).message).toBe(
        "GEMINI_API_KEY is not set. Set it (GOOGLE_GEMINI_API_KEY and GOOGLE_API_KEY are read too), or add providers.gemini.apiKey to osmosis.config.ts.",
      );
    });

    it("rejects unknown options (strict schema)", async () => {
      const error = await failure(provider({ maxRetries: 3 }));
      expect(error).toBeInstanceOf(LLMConfigError);
    });
  });

  describe("errors", () => {
    it("maps Google's 400 API_KEY_INVALID to AuthenticationError, without the key", async () => {
      const wrongKey = "AIzaSyWr0ngK3yAbCdEfGhIjKlMnOpQrStUvWxYz";
      const p = await registry().create("gemini", {
        env: { GEMINI_API_KEY: wrongKey, GOOGLE_GEMINI_BASE_URL: server.url },
      });
      const error = await failure(p.generate(request));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).status).toBe(400);
      expect((error as Error).message).toContain("API key not valid");
      expect((error as Error).message).toContain("GEMINI_API_KEY");
      expect((error as Error).message).not.toContain(wrongKey);
    });

    const faults = [
      { fault: { status: 401 }, expected: AuthenticationError, code: "authentication" },
      { fault: { status: 403 }, expected: PermissionDeniedError, code: "permission" },
      { fault: { status: 404 }, expected: NotFoundError, code: "not_found" },
      {
        fault: { status: 400, code: "context_length_exceeded" },
        expected: ContextLengthError,
        code: "context_length",
      },
      {
        fault: { status: 400, code: "FAILED_PRECONDITION" },
        expected: InvalidRequestError,
        code: "invalid_request",
      },
      { fault: { status: 500 }, expected: ServerError, code: "server" },
      { fault: { status: 503 }, expected: ServerError, code: "server" },
      {
        fault: { kind: "insufficient-quota" as const },
        expected: QuotaExhaustedError,
        code: "quota_exhausted",
      },
      { fault: { kind: "reset" as const }, expected: LLMConnectionError, code: "connection" },
    ];

    it.each(faults)("maps $fault to $code", async ({ fault, expected, code }) => {
      server.script([fault]);
      const error = await failure((await provider()).generate(request));
      expect(error).toBeInstanceOf(expected);
      expect((error as { code: string }).code).toBe(code);
      expect((error as Error).message).not.toContain(API_KEY);
      expect(JSON.stringify((error as { toJSON(): unknown }).toJSON())).not.toContain(API_KEY);
    });

    it("maps a per-minute 429 to a rate limit with RetryInfo's delay, although its text mentions billing", async () => {
      server.script([{ kind: "rate-limit", retryAfterMs: 1_500 }]);
      const error = await failure((await provider()).generate(request));
      expect(error).toBeInstanceOf(LLMRateLimitError);
      expect(error).not.toBeInstanceOf(QuotaExhaustedError);
      expect((error as Error).message).toContain("billing");
      expect((error as LLMRateLimitError).retryAfterMs).toBe(1_500);
      expect((error as LLMRateLimitError).status).toBe(429);
      expect((error as LLMRateLimitError).retryable).toBe(true);
    });

    it("maps the daily free-tier quota to QuotaExhaustedError, not retryable, despite its RetryInfo", async () => {
      server.script([{ status: 429, code: "insufficient_quota" }]);
      const error = await failure((await provider()).generate(request));
      expect(error).toBeInstanceOf(QuotaExhaustedError);
      expect((error as QuotaExhaustedError).retryable).toBe(false);
      expect((error as Error).message).toContain("midnight Pacific time");
    });

    it("returns an answer that is not JSON as text, with its usage", async () => {
      server.script([{ kind: "non-json-content", content: "Orders: one row per order." }]);
      const result = await (await provider()).generate(request);
      expect(result).toMatchObject({ text: "Orders: one row per order.", finishReason: "stop" });
      expect(result.usage).toMatchObject({
        inputTokens: server.stats.inputTokens,
        outputTokens: server.stats.outputTokens,
      });
    });

    const promptBlocked = {
      promptFeedback: {
        blockReason: "SAFETY",
        safetyRatings: [
          { category: "HARM_CATEGORY_HARASSMENT", probability: "HIGH", blocked: true },
        ],
      },
      usageMetadata: { promptTokenCount: 12, totalTokenCount: 12 },
      modelVersion: "gemini-2.5-flash",
      responseId: "bLkFaPqXK4mC1MkPs7y0oQk",
    };

    it("returns a prompt blocked by safety (promptFeedback.blockReason) as content_filter, with its usage", async () => {
      server.script([{ status: 200, body: promptBlocked }]);
      const result = await (await provider()).generate(request);
      expect(result).toEqual({
        text: "",
        finishReason: "content_filter",
        refusal: "prompt blocked (SAFETY)",
        model: "gemini-2.5-flash",
        requestId: "bLkFaPqXK4mC1MkPs7y0oQk",
        usage: { inputTokens: 12, outputTokens: 0, cachedInputTokens: 0 },
      });
    });

    it("returns an answer stopped for SAFETY as content_filter", async () => {
      server.script([
        {
          status: 200,
          body: {
            candidates: [
              {
                finishReason: "SAFETY",
                index: 0,
                safetyRatings: [
                  {
                    category: "HARM_CATEGORY_DANGEROUS_CONTENT",
                    probability: "HIGH",
                    blocked: true,
                  },
                ],
              },
            ],
            usageMetadata: { promptTokenCount: 12, totalTokenCount: 12 },
            modelVersion: "gemini-2.5-flash",
            responseId: "cMkFaPqXK4mC1MkPs7y0oQk",
          },
        },
      ]);
      const result = await (await provider()).generate(request);
      expect(result).toMatchObject({
        finishReason: "content_filter",
        refusal: "answer blocked (SAFETY)",
        usage: { inputTokens: 12 },
      });
    });

    it("returns a MAX_TOKENS answer as finishReason length, with its usage", async () => {
      const result = await (await provider()).generate({ ...request, maxOutputTokens: 3 });
      expect(result.finishReason).toBe("length");
      expect(result.usage?.outputTokens).toBe(server.stats.outputTokens);
    });

    it("through core's client: a blocked prompt is a ContentFilterError, a cut-off answer an LLMResponseError, each with its usage", async () => {
      const client = new LLMClient({ provider: await provider(), run: new Run() });
      server.script([{ status: 200, body: promptBlocked }]);
      const blocked = await failure(client.generate(request));
      expect(blocked).toBeInstanceOf(ContentFilterError);
      expect((blocked as Error).message).toContain("prompt blocked (SAFETY)");
      expect((blocked as ContentFilterError).requestId).toBe("bLkFaPqXK4mC1MkPs7y0oQk");
      expect((blocked as ContentFilterError).usage).toMatchObject({
        inputTokens: 12,
        outputTokens: 0,
      });

      server.reset();
      const cut = await failure(client.generate({ ...request, maxOutputTokens: 3 }));
      expect(cut).toBeInstanceOf(LLMResponseError);
      expect((cut as Error).message).toContain("cut off");
      expect((cut as LLMResponseError).usage).toMatchObject({
        inputTokens: server.stats.inputTokens,
        outputTokens: server.stats.outputTokens,
      });
    });

    it("passes the abort signal to the SDK: a hung call ends when aborted", async () => {
      server.script([{ kind: "hang" }]);
      const controller = new AbortController();
      void nextFaultTaken(server).then(() => controller.abort());
      const started = Date.now();
      const error = await failure(
        (await provider()).generate({ ...request, signal: controller.signal }),
      );
      expect(error).toBeInstanceOf(LLMCancelledError);
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it.each([{ status: 429 }, { status: 500 }, { status: 503 }])(
      "makes exactly one HTTP request for a $status: the SDK's retries are off",
      async (fault) => {
        server.script([fault]);
        await failure((await provider()).generate(request));
        expect(server.stats.requests).toBe(1);
      },
    );

    it("maps a refused connection to LLMConnectionError", async () => {
      const closed = await startFakeGeminiServer();
      const url = closed.url;
      await closed.close();
      const p = await registry().create("gemini", {
        env: { GEMINI_API_KEY: API_KEY, GOOGLE_GEMINI_BASE_URL: url },
      });
      const error = await failure(p.generate(request));
      expect(error).toBeInstanceOf(LLMConnectionError);
      expect((error as Error).message).toContain("ECONNREFUSED");
    });
  });
});
