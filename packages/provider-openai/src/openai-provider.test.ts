import {
  AuthenticationError,
  ContentFilterError,
  ContextLengthError,
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  LLMConfigError,
  LLMConnectionError,
  LLMRateLimitError,
  LLMResponseError,
  NotFoundError,
  PermissionDeniedError,
  type Provider,
  ProviderRegistry,
  QuotaExhaustedError,
  Run,
  ServerError,
} from "@osmosis/core";
import {
  type FakeOpenAIServer,
  nextFaultTaken,
  ORDERS_DOC_SCHEMA,
  startFakeOpenAIServer,
} from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import projectSpendLimit from "./__fixtures__/openai-project-spend-limit-429.json" with {
  type: "json",
};
import structuredOutputRefusal from "./__fixtures__/openai-structured-output-refusal.json" with {
  type: "json",
};
import openaiPlugin from "./index.js";

const API_KEY = "sk-proj-T3stK3yAbCdEfGhIjKlMnOpQrStUvWxYz012345";

const schema = ORDERS_DOC_SCHEMA;

const request: GenerateRequest = {
  model: "gpt-4o-mini",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Model orders: select order_id, amount from raw.orders" }],
  temperature: 0.2,
  maxOutputTokens: 400,
  output: { name: "model_doc", schema },
};

let server: FakeOpenAIServer;
const registry = () => new ProviderRegistry([openaiPlugin]);
const provider = () =>
  registry().create("openai", { env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url } });

beforeAll(async () => {
  server = await startFakeOpenAIServer({ apiKey: API_KEY });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("OpenAI provider over the real SDK", () => {
  it("sends the schema as strict json_schema and returns the JSON text, usage and request id", async () => {
    const result = await (await provider()).generate(request);
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe("/v1/chat/completions");
    expect(sent?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent?.body).toMatchObject({
      model: "gpt-4o-mini",
      temperature: 0.2,
      max_completion_tokens: 400,
      messages: [
        { role: "system", content: "You document dbt models." },
        { role: "user", content: request.messages[0]?.content },
      ],
      response_format: {
        type: "json_schema",
        json_schema: { name: "model_doc", schema, strict: true },
      },
    });
    const json = JSON.parse(result.text) as {
      description: string;
      columns: Array<{ name: string }>;
    };
    expect(typeof json.description).toBe("string");
    expect(json.columns[0]?.name).toBe("order_id");
    expect(result.finishReason).toBe("stop");
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
      cachedInputTokens: server.stats.cachedInputTokens,
    });
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
    expect(result.requestId).toMatch(/\S+/);
  });

  it("reads the key, base URL and model from env, dbt-osmosis's OPENAI_MODEL included", async () => {
    const p = await registry().create("openai", {
      env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url, OPENAI_MODEL: "gpt-4.1-mini" },
    });
    expect(p.defaultModel).toBe("gpt-4.1-mini");
    expect(p.capabilities).toMatchObject({
      jsonSchema: true,
      usage: true,
      cachedInputUsage: true,
      rateLimitHeaders: true,
    });
  });

  it("says which variable to set when the key is missing", async () => {
    const error = await registry()
      .create("openai", { env: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as Error).message).toBe(
      "OPENAI_API_KEY is not set. Set it, or add providers.openai.apiKey to osmosis.config.ts.",
    );
  });

  it("JSON mode sends json_object and returns the JSON text", async () => {
    const p = await registry().create("openai", {
      env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
      options: { structuredOutput: "json_object" },
    });
    const result = await p.generate(request);
    expect(server.requests.at(-1)?.body).toMatchObject({
      response_format: { type: "json_object" },
    });
    expect(JSON.parse(result.text)).toEqual({ result: "Example result", ok: true });
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
    const error = await (await provider()).generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected);
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).not.toContain(API_KEY);
  });

  it("returns an answer that is not JSON as text with its usage, rather than throwing", async () => {
    server.script([{ kind: "non-json-content" }]);
    const result = await (await provider()).generate(request);
    expect(result.text).toMatch(/^Sure! Here is the JSON/);
    expect(result.finishReason).toBe("stop");
    expect(result.usage).toMatchObject({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
  });

  it("returns a refusal as content_filter with the model's words and the tokens billed (openai-structured-output-refusal)", async () => {
    // OpenAI sends a refusal with finish_reason "stop", no content, and the reason in `refusal`.
    server.script([{ status: 200, body: structuredOutputRefusal }]);
    const result = await (await provider()).generate(request);
    expect(result).toMatchObject({
      text: "",
      finishReason: "content_filter",
      refusal: "I'm sorry, I cannot assist with that request.",
      model: "gpt-4o-2024-08-06",
      usage: { inputTokens: 81, outputTokens: 11 },
    });
  });

  it("returns an answer cut at the token cap as finishReason length, with its usage", async () => {
    const result = await (await provider()).generate({ ...request, maxOutputTokens: 5 });
    expect(result.finishReason).toBe("length");
    expect(result.usage?.outputTokens).toBe(5);
    expect(() => JSON.parse(result.text)).toThrow();
  });

  describe("through core's client, which parses and bills", () => {
    const client = (p: Provider) => new LLMClient({ provider: p, run: new Run() });

    it("throws ContentFilterError for a refusal, carrying its usage", async () => {
      server.script([{ status: 200, body: structuredOutputRefusal }]);
      const error = await client(await provider())
        .generate(request)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentFilterError);
      expect((error as Error).message).toContain("I'm sorry, I cannot assist with that request.");
      expect((error as ContentFilterError).usage).toEqual({ inputTokens: 81, outputTokens: 11 });
    });

    it("throws LLMResponseError after a repair round, carrying the usage of both answers", async () => {
      server.script([{ kind: "non-json-content" }, { kind: "non-json-content" }]);
      const error = await client(await provider())
        .generate(request)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LLMResponseError);
      expect(server.stats.completed).toBe(2);
      expect((error as LLMResponseError).usage).toEqual({
        inputTokens: server.stats.inputTokens,
        outputTokens: server.stats.outputTokens,
        cachedInputTokens: 0,
      });
    });

    it("parses the JSON an answer that is not strict JSON still holds", async () => {
      server.script([
        {
          kind: "non-json-content",
          content: 'Here:\n```json\n{"description":"x","columns":[]}\n```',
        },
      ]);
      const response = await client(await provider()).generate(request);
      expect(response.json).toEqual({ description: "x", columns: [] });
      expect(response.usage?.inputTokens).toBe(server.stats.inputTokens);
    });
  });

  it("maps a 429 to a rate-limit error carrying the server's retry-after", async () => {
    server.script([{ kind: "rate-limit", retryAfterMs: 1_250 }]);
    const error = await (await provider()).generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMRateLimitError);
    expect((error as LLMRateLimitError).retryAfterMs).toBe(1_250);
    expect((error as LLMRateLimitError).status).toBe(429);
  });

  it("maps a 429 insufficient_quota whose code names a spend limit to QuotaExhaustedError (openai-project-spend-limit-429)", async () => {
    // OpenAI's billing 429s share the type insufficient_quota; the code says which limit was hit.
    server.script([{ status: 429, body: projectSpendLimit }]);
    const error = await (await provider()).generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect((error as QuotaExhaustedError).retryable).toBe(false);
    expect((error as QuotaExhaustedError).status).toBe(429);
  });

  it("keeps the limits a 429 reports, so the limiter can learn them from the refusal", async () => {
    const limited = await startFakeOpenAIServer({
      apiKey: API_KEY,
      rateLimit: { requestsPerMinute: 60 },
    });
    try {
      const p = await registry().create("openai", {
        env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: limited.url },
      });
      // 60 a minute admits one at a time: the second of two at once is refused.
      const outcomes = await Promise.allSettled([p.generate(request), p.generate(request)]);
      const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(LLMRateLimitError);
      expect((refused.reason as LLMRateLimitError).rateLimit).toMatchObject({ limitRequests: 60 });
    } finally {
      await limited.close();
    }
  });

  it("passes the abort signal to the SDK: a hung call ends when aborted", async () => {
    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    void nextFaultTaken(server).then(() => controller.abort());
    const started = Date.now();
    const error = await (await provider())
      .generate({ ...request, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMCancelledError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("makes exactly one HTTP request per call: the SDK's retries are off", async () => {
    server.script([{ status: 500 }]);
    await (await provider()).generate(request).catch(() => undefined);
    expect(server.stats.requests).toBe(1);
  });
});
