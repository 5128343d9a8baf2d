// The provider end to end: the real Anthropic SDK over HTTP against the fake Anthropic server.
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
  ProviderRegistry,
  QuotaExhaustedError,
  Run,
  ServerError,
} from "@osmosis/core";
import {
  type FakeAnthropicServer,
  nextFaultTaken,
  ORDERS_DOC_SCHEMA,
  startFakeAnthropicServer,
} from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import enforcedSpendLimit from "./__fixtures__/anthropic-enforced-spend-limit-429.json" with {
  type: "json",
};
import maxTokensExceedContextLimit from "./__fixtures__/anthropic-max-tokens-exceed-context-limit-400.json" with {
  type: "json",
};
import refusal from "./__fixtures__/anthropic-refusal.json" with { type: "json" };
import workspaceSpendLimit from "./__fixtures__/anthropic-workspace-spend-limit-400.json" with {
  type: "json",
};
import anthropicPlugin from "./index.js";

const API_KEY = "sk-ant-api03-T3stK3yAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-AbCdEfGh";

const schema = ORDERS_DOC_SCHEMA;

const request: GenerateRequest = {
  model: "claude-haiku-4-5",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Model orders: select order_id, amount from raw.orders" }],
  temperature: 0.2,
  maxOutputTokens: 400,
  output: { name: "model_doc", schema, description: "Record the model's documentation." },
};

let server: FakeAnthropicServer;
const registry = () => new ProviderRegistry([anthropicPlugin]);
const env = () => ({ ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: server.url });
const provider = (options?: Record<string, unknown>) =>
  registry().create("anthropic", { env: env(), options });

beforeAll(async () => {
  server = await startFakeAnthropicServer({ apiKey: API_KEY });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("Anthropic provider over the real SDK", () => {
  it("sends the schema as a forced tool and returns its input as JSON text, with usage and request id", async () => {
    const result = await (await provider()).generate(request);
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe("/v1/messages");
    expect(sent?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent?.body).toEqual({
      model: "claude-haiku-4-5",
      max_tokens: 400,
      system: "You document dbt models.",
      messages: [{ role: "user", content: request.messages[0]?.content }],
      tools: [
        {
          name: "model_doc",
          description: "Record the model's documentation.",
          input_schema: schema,
          strict: true,
        },
      ],
      tool_choice: { type: "tool", name: "model_doc" },
    });
    const json = JSON.parse(result.text) as {
      description: string;
      columns: Array<{ name: string }>;
    };
    expect(typeof json.description).toBe("string");
    expect(json.columns[0]?.name).toBe("order_id");
    expect(result.finishReason).toBe("stop");
    expect(result.model).toBe("claude-haiku-4-5");
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
      cachedInputTokens: 0,
      cacheWriteInputTokens: 0,
    });
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
    expect(result.requestId).toMatch(/^req_/);
  });

  it("does not send temperature, which API version 2026-10-21 rejects", async () => {
    await (await provider()).generate(request);
    expect(server.requests.at(-1)?.headers["anthropic-version"]).toBe("2026-10-21");
    expect(server.requests.at(-1)?.body).not.toHaveProperty("temperature");
  });

  it("uses maxOutputTokens from the options when the request sets none", async () => {
    const p = await provider({ maxOutputTokens: 1234 });
    await p.generate({ ...request, maxOutputTokens: undefined });
    expect(server.requests.at(-1)?.body).toMatchObject({ max_tokens: 1234 });
    await (await provider()).generate({ ...request, maxOutputTokens: undefined });
    expect(server.requests.at(-1)?.body).toMatchObject({ max_tokens: 4096 });
  });

  it("wraps a non-object schema in { value } and unwraps the answer's text", async () => {
    const list = { type: "array", items: { type: "string", enum: ["a", "b"] }, minItems: 2 };
    const result = await (await provider()).generate({
      ...request,
      output: { name: "tags", schema: list },
    });
    expect(result.text).toBe('["a","a"]');
    expect(server.requests.at(-1)?.body).toMatchObject({
      tools: [
        { input_schema: { type: "object", properties: { value: list }, required: ["value"] } },
      ],
    });
  });

  it("counts cache reads and writes in inputTokens, and reports each on its own", async () => {
    const cached = await startFakeAnthropicServer({
      apiKey: API_KEY,
      cachedPrefixTokens: 10,
      cacheCreationTokens: 4,
    });
    try {
      const p = await registry().create("anthropic", {
        env: { ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: cached.url },
      });
      const result = await p.generate(request);
      const { inputTokens, cachedInputTokens, cacheCreationInputTokens } = cached.stats;
      expect(result.usage).toEqual({
        inputTokens: inputTokens + cachedInputTokens + cacheCreationInputTokens,
        outputTokens: cached.stats.outputTokens,
        cachedInputTokens: 10,
        cacheWriteInputTokens: 4,
      });
    } finally {
      await cached.close();
    }
  });

  it("reads rate-limit state from the anthropic-ratelimit-* headers", async () => {
    const limited = await startFakeAnthropicServer({
      apiKey: API_KEY,
      rateLimit: {
        requestsPerMinute: 600,
        inputTokensPerMinute: 60_000,
        outputTokensPerMinute: 600_000,
      },
    });
    try {
      const p = await registry().create("anthropic", {
        env: { ANTHROPIC_API_KEY: API_KEY, ANTHROPIC_BASE_URL: limited.url },
      });
      const result = await p.generate(request);
      expect(result.rateLimit).toMatchObject({
        limitRequests: 600,
        limitTokens: 660_000,
      });
      // What the fake counts as remaining (the minute's budget, or the burst sendable now) is
      // its own choice; that the header is read is the provider's.
      const remaining = result.rateLimit?.remainingRequests ?? -1;
      expect(remaining).toBeGreaterThanOrEqual(0);
      expect(remaining).toBeLessThan(600);
      expect(result.rateLimit?.resetRequestsMs).toBeGreaterThanOrEqual(0);
      expect(result.rateLimit?.resetRequestsMs).toBeLessThanOrEqual(2_000);
    } finally {
      await limited.close();
    }
  });

  it("json_schema mode sends output_config.format and returns the JSON text", async () => {
    const result = await (await provider({ structuredOutput: "json_schema" })).generate(request);
    const body = server.requests.at(-1)?.body as Record<string, unknown>;
    expect(body.output_config).toEqual({ format: { type: "json_schema", schema } });
    expect(body).not.toHaveProperty("tools");
    expect((JSON.parse(result.text) as { columns: unknown[] }).columns.length).toBeGreaterThan(0);
    expect(result.finishReason).toBe("stop");
  });

  it("none mode sends no tool; the client extracts the JSON from the text", async () => {
    const p = await provider({ structuredOutput: "none" });
    expect(p.capabilities.jsonSchema).toBe(false);
    const prose = 'Here you go:\n```json\n{"a": 1}\n```';
    server.script([{ kind: "non-json-content", content: prose }]);
    const result = await p.generate(request);
    expect(server.requests.at(-1)?.body).not.toHaveProperty("tools");
    expect(result.text).toBe(prose);

    server.script([{ kind: "non-json-content", content: prose }]);
    const response = await new LLMClient({ provider: p, run: new Run() }).generate(request);
    expect(response.json).toEqual({ a: 1 });
  });

  it("reads the key, base URL and model from env, dbt-osmosis's ANTHROPIC_MODEL included", async () => {
    const p = await registry().create("anthropic", {
      env: { ...env(), ANTHROPIC_MODEL: "claude-sonnet-4-5" },
    });
    expect(p.defaultModel).toBe("claude-sonnet-4-5");
    expect((await provider()).defaultModel).toBe("claude-haiku-4-5");
    expect(p.capabilities).toEqual({
      jsonSchema: true,
      jsonMode: false,
      usage: true,
      cachedInputUsage: true,
      rateLimitHeaders: true,
    });
  });

  it("lets explicit options win over env", async () => {
    const p = await registry().create("anthropic", {
      env: { ...env(), ANTHROPIC_API_KEY: "sk-ant-from-env" },
      options: { apiKey: API_KEY, headers: { "x-gateway": "osmosis" } },
    });
    await p.generate(request);
    expect(server.requests.at(-1)?.headers["x-gateway"]).toBe("osmosis");
  });

  it("says which variable to set when the key is missing", async () => {
    const error = await registry()
      .create("anthropic", { env: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as Error).message).toBe(
      "ANTHROPIC_API_KEY is not set. Set it, or add providers.anthropic.apiKey to osmosis.config.ts.",
    );
  });

  it("rejects unknown options and a bad structuredOutput", async () => {
    await expect(provider({ temperature: 1 })).rejects.toBeInstanceOf(LLMConfigError);
    await expect(provider({ structuredOutput: "json_object" })).rejects.toThrow(
      /"tool", "json_schema" or "none"/,
    );
  });

  const faults = [
    { fault: { status: 401 }, expected: AuthenticationError, code: "authentication" },
    { fault: { status: 403 }, expected: PermissionDeniedError, code: "permission" },
    { fault: { status: 404 }, expected: NotFoundError, code: "not_found" },
    { fault: { status: 500 }, expected: ServerError, code: "server" },
    { fault: { status: 529 }, expected: ServerError, code: "server" },
    { fault: { status: 402 }, expected: QuotaExhaustedError, code: "quota_exhausted" },
    {
      fault: { kind: "insufficient-quota" as const },
      expected: QuotaExhaustedError,
      code: "quota_exhausted",
    },
    {
      fault: { status: 400, code: "context_length_exceeded" },
      expected: ContextLengthError,
      code: "context_length",
    },
    { fault: { kind: "reset" as const }, expected: LLMConnectionError, code: "connection" },
  ];

  it.each(faults)("maps $fault to $code", async ({ fault, expected, code }) => {
    server.script([fault]);
    const error = await (await provider()).generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected);
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).not.toContain(API_KEY);
    expect(JSON.stringify((error as { toJSON(): unknown }).toJSON())).not.toContain(API_KEY);
  });

  it("keeps the vendor's words, status and request id on mapped errors", async () => {
    server.script([{ status: 529 }, { kind: "insufficient-quota" }]);
    const overloaded = (await (
      await provider()
    )
      .generate(request)
      .catch((e: unknown) => e)) as ServerError;
    expect(overloaded.status).toBe(529);
    expect(overloaded.retryable).toBe(true);
    expect(overloaded.requestId).toMatch(/^req_/);
    expect(overloaded.message).toContain("anthropic 529: Overloaded");
    const quota = (await (
      await provider()
    )
      .generate(request)
      .catch((e: unknown) => e)) as QuotaExhaustedError;
    expect(quota.status).toBe(400);
    expect(quota.retryable).toBe(false);
    expect(quota.message).toContain("Your credit balance is too low");
  });

  it("maps a 429 to a rate-limit error carrying retry-after in milliseconds", async () => {
    server.script([{ kind: "rate-limit", retryAfterMs: 3_000 }]);
    const error = await (await provider()).generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMRateLimitError);
    expect((error as LLMRateLimitError).retryAfterMs).toBe(3_000);
    expect((error as LLMRateLimitError).status).toBe(429);
  });

  it.each([
    ["anthropic-enforced-spend-limit-429", 429, enforcedSpendLimit],
    ["anthropic-workspace-spend-limit-400", 400, workspaceSpendLimit],
  ])(
    "maps a reached spend limit to QuotaExhaustedError, not retried (%s)",
    async (_name, status, body) => {
      // A 429 rate_limit_error whose details.error_code names a spend cap, and the 400 of a limit
      // the organization set: neither clears by waiting.
      server.script([{ status, body }]);
      const error = await (await provider()).generate(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QuotaExhaustedError);
      expect((error as QuotaExhaustedError).retryable).toBe(false);
      expect((error as QuotaExhaustedError).status).toBe(status);
    },
  );

  it("maps input plus max_tokens over the context window to ContextLengthError (anthropic-max-tokens-exceed-context-limit-400)", async () => {
    server.script([{ status: 400, body: maxTokensExceedContextLimit }]);
    const error = await (await provider()).generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContextLengthError);
    expect((error as ContextLengthError).message).toContain("178959 + 64000 > 200000");
  });

  it("maps a wrong key to AuthenticationError without echoing it", async () => {
    const wrongKey = "sk-ant-api03-WrongKeyWrongKeyWrongKeyWrongKeyWrongKey0000";
    const p = await registry().create("anthropic", {
      env: { ...env(), ANTHROPIC_API_KEY: wrongKey },
    });
    const error = await p.generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).not.toContain(wrongKey);
  });

  describe("answers that cannot be used are returned with their usage, not thrown", () => {
    it("returns an answer without the forced tool call as its text blocks", async () => {
      server.script([{ kind: "non-json-content", content: "Orders: one row per order." }]);
      const result = await (await provider()).generate(request);
      expect(result).toMatchObject({ text: "Orders: one row per order.", finishReason: "stop" });
      expect(result.usage).toMatchObject({
        inputTokens: server.stats.inputTokens,
        outputTokens: server.stats.outputTokens,
      });
    });

    it("returns a refusal as content_filter naming its category (anthropic-refusal)", async () => {
      server.script([{ status: 200, body: refusal }]);
      const result = await (await provider()).generate(request);
      expect(result).toMatchObject({
        text: "",
        finishReason: "content_filter",
        refusal: "refusal category general_harms",
        usage: { inputTokens: 42, outputTokens: 2 },
      });
    });

    it("returns an answer cut at max_tokens as finishReason length", async () => {
      const result = await (await provider()).generate({ ...request, maxOutputTokens: 5 });
      expect(result.finishReason).toBe("length");
      expect(result.usage?.outputTokens).toBe(server.stats.outputTokens);
    });

    it("through core's client: ContentFilterError, LLMResponseError for the missing call and for the cut-off, each with the usage billed", async () => {
      const client = new LLMClient({ provider: await provider(), run: new Run(), maxRepairs: 0 });
      server.script([{ status: 200, body: refusal }]);
      const refused = await client.generate(request).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ContentFilterError);
      expect((refused as Error).message).toContain("general_harms");
      expect((refused as ContentFilterError).usage).toMatchObject({
        inputTokens: 42,
        outputTokens: 2,
      });

      server.reset();
      server.script([{ kind: "non-json-content" }]);
      const unparsable = await client.generate(request).catch((e: unknown) => e);
      expect(unparsable).toBeInstanceOf(LLMResponseError);
      expect((unparsable as LLMResponseError).usage).toMatchObject({
        inputTokens: server.stats.inputTokens,
        outputTokens: server.stats.outputTokens,
      });

      server.reset();
      const cut = await client
        .generate({ ...request, maxOutputTokens: 5 })
        .catch((e: unknown) => e);
      expect(cut).toBeInstanceOf(LLMResponseError);
      expect((cut as Error).message).toContain("cut off");
      expect((cut as LLMResponseError).usage?.outputTokens).toBe(server.stats.outputTokens);
    });
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
    server.script([{ status: 529 }]);
    await (await provider()).generate(request).catch(() => undefined);
    expect(server.stats.requests).toBe(1);
  });
});
