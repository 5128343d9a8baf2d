import {
  AuthenticationError,
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
  type FakeOllamaServer,
  nextFaultTaken,
  ORDERS_DOC_SCHEMA,
  startFakeOllamaServer,
} from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import ollamaPlugin, { OllamaProvider } from "./index.js";

const schema = ORDERS_DOC_SCHEMA;

const request: GenerateRequest = {
  model: "llama3.2",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Model orders: select order_id, amount from raw.orders" }],
  temperature: 0.2,
  maxOutputTokens: 400,
  output: { name: "model_doc", schema },
};

let server: FakeOllamaServer;
const registry = () => new ProviderRegistry([ollamaPlugin]);
const create = (env: Record<string, string> = {}, options: Record<string, unknown> = {}) =>
  registry().create("ollama", { env: { OLLAMA_HOST: server.url, ...env }, options });

/** Runs a call expected to fail and returns the error. */
const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );

beforeAll(async () => {
  server = await startFakeOllamaServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("Ollama provider over the real SDK", () => {
  it("sends the schema as format, the limits as options, system first, not streaming; returns the JSON text and usage", async () => {
    const result = await (await create()).generate(request);
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe("/api/chat");
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.body).toEqual({
      model: "llama3.2",
      messages: [
        { role: "system", content: "You document dbt models." },
        { role: "user", content: request.messages[0]?.content },
      ],
      stream: false,
      format: schema,
      options: { temperature: 0.2, num_predict: 400 },
    });
    const json = JSON.parse(result.text) as {
      description: string;
      columns: Array<{ name: string }>;
    };
    expect(typeof json.description).toBe("string");
    expect(json.columns[0]?.name).toBe("order_id");
    expect(result).toMatchObject({ finishReason: "stop", model: "llama3.2" });
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
  });

  it('JSON mode sends format "json"; none sends no format, and the client still finds the JSON', async () => {
    const json = await (await create({}, { structuredOutput: "json" })).generate(request);
    expect(server.requests.at(-1)?.body).toMatchObject({ format: "json" });
    expect(JSON.parse(json.text)).toEqual({ result: "Example result", ok: true });

    // Without a format the model answers in prose; the client takes the JSON out of it.
    const prose = 'Sure!\n```json\n{"description":"Orders."}\n```';
    server.script([{ kind: "non-json-content", content: prose }]);
    const none = await create({}, { structuredOutput: "none" });
    const plain = await none.generate(request);
    expect(server.requests.at(-1)?.body).not.toHaveProperty("format");
    expect(plain.text).toBe(prose);

    server.script([{ kind: "non-json-content", content: prose }]);
    const response = await new LLMClient({ provider: none, run: new Run() }).generate(request);
    expect(response.json).toEqual({ description: "Orders." });
  });

  it("returns an answer that is not JSON as text with its usage; the client bills it and throws LLMResponseError", async () => {
    // Ollama has no refusal signal: a model that declines says so in its text.
    const declined = "I can't document this model.";
    server.script([{ kind: "non-json-content", content: declined }]);
    const p = await create();
    const result = await p.generate(request);
    expect(result).toMatchObject({ text: declined, finishReason: "stop" });
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });

    server.reset();
    server.script([{ kind: "non-json-content", content: declined }]);
    const client = new LLMClient({ provider: p, run: new Run(), maxRepairs: 0 });
    const error = await failure(client.generate(request));
    expect(error).toBeInstanceOf(LLMResponseError);
    expect((error as LLMResponseError).output).toBe(declined);
    expect((error as LLMResponseError).usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
  });

  it("returns an answer cut at num_predict as finishReason length, with its usage", async () => {
    const result = await (await create()).generate({ ...request, maxOutputTokens: 4 });
    expect(result.finishReason).toBe("length");
    expect(result.usage?.outputTokens).toBe(4);
  });

  it("sends keep_alive and num_ctx when configured", async () => {
    await (await create({}, { keepAlive: "10m", numCtx: 8192 })).generate(request);
    expect(server.requests.at(-1)?.body).toMatchObject({
      keep_alive: "10m",
      options: { temperature: 0.2, num_predict: 400, num_ctx: 8192 },
    });
  });

  it("needs no key and declares its capabilities truthfully", async () => {
    const provider = await registry().create("ollama", { env: {} });
    expect(provider).toBeInstanceOf(OllamaProvider);
    expect((provider as OllamaProvider).host).toBe("http://127.0.0.1:11434");
    expect(provider.defaultModel).toBe("llama3.2");
    expect(provider.capabilities).toEqual({
      jsonSchema: true,
      jsonMode: true,
      usage: true,
      cachedInputUsage: false,
      rateLimitHeaders: false,
    });
    const plain = await create({}, { structuredOutput: "none" });
    expect(plain.capabilities).toMatchObject({ jsonSchema: false, jsonMode: false });
  });

  it("reads OLLAMA_HOST in Ollama's bare host:port form, and OLLAMA_MODEL", async () => {
    const p = await registry().create("ollama", {
      env: { OLLAMA_HOST: `127.0.0.1:${new URL(server.url).port}`, OLLAMA_MODEL: "qwen2.5:7b" },
    });
    expect(p.defaultModel).toBe("qwen2.5:7b");
    await p.generate({ ...request, model: "qwen2.5:7b" });
    expect(server.stats.completed).toBe(1);
  });

  it("reads dbt-osmosis's OLLAMA_BASE_URL, dropping its /v1; OLLAMA_HOST wins when both are set", async () => {
    const p = await registry().create("ollama", {
      env: { OLLAMA_BASE_URL: `${server.url}/v1` },
    });
    expect((p as OllamaProvider).host).toBe(server.url);
    await p.generate(request);
    expect(server.requests.at(-1)?.path).toBe("/api/chat");

    const both = await registry().create("ollama", {
      env: { OLLAMA_HOST: server.url, OLLAMA_BASE_URL: "http://elsewhere.invalid:11434/v1" },
    });
    expect((both as OllamaProvider).host).toBe(server.url);
  });

  it("sends OLLAMA_API_KEY as a bearer key, over a conflicting Authorization header", async () => {
    const p = await create(
      { OLLAMA_API_KEY: "proxy-key" },
      { headers: { authorization: "Bearer stale", "x-team": "data" } },
    );
    await p.generate(request);
    const headers = server.requests.at(-1)?.headers;
    expect(headers?.authorization).toBe("Bearer proxy-key");
    expect(headers?.["x-team"]).toBe("data");
  });

  it.each([
    [{ host: "ftp://files.example.com" }, "providers.ollama.host"],
    [{ structuredOutput: "json_object" }, "providers.ollama.structuredOutput"],
    [{ numCtx: -1 }, "providers.ollama.numCtx"],
    [{ baseURL: "http://x" }, "baseURL"],
  ])("rejects the options %j, naming the field", async (options, field) => {
    const error = await failure(registry().create("ollama", { env: {}, options }));
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as Error).message).toContain(field);
  });

  it("maps a model that is not pulled to NotFoundError saying what to pull", async () => {
    const error = await failure((await create()).generate({ ...request, model: "mistral" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as Error).message).toContain('model "mistral" not found, try pulling it first');
    expect((error as Error).message).toContain("`ollama pull mistral`");
  });

  const faults = [
    { fault: { status: 500 }, expected: ServerError, code: "server", retryable: true },
    { fault: { status: 503 }, expected: ServerError, code: "server", retryable: true },
    {
      fault: { status: 403 },
      expected: PermissionDeniedError,
      code: "permission",
      retryable: false,
    },
    {
      fault: { status: 400, code: "context_length_exceeded" },
      expected: ContextLengthError,
      code: "context_length",
      retryable: false,
    },
    {
      fault: { kind: "insufficient-quota" as const },
      expected: QuotaExhaustedError,
      code: "quota_exhausted",
      retryable: false,
    },
    {
      fault: {
        status: 500,
        body: { error: "model requires more system memory (5.6 GiB) than is available (3.1 GiB)" },
      },
      expected: ServerError,
      code: "server",
      retryable: false,
    },
    {
      fault: { kind: "reset" as const },
      expected: LLMConnectionError,
      code: "connection",
      retryable: true,
    },
  ];

  it.each(faults)("maps $fault to $code", async ({ fault, expected, code, retryable }) => {
    server.script([fault]);
    const error = await failure((await create()).generate(request));
    expect(error).toBeInstanceOf(expected);
    expect((error as { code: string }).code).toBe(code);
    expect((error as { retryable: boolean }).retryable).toBe(retryable);
  });

  it("says what to raise when the server is busy (OLLAMA_MAX_QUEUE)", async () => {
    server.script([{ status: 503 }]);
    const error = await failure((await create()).generate(request));
    expect((error as Error).message).toContain("OLLAMA_MAX_QUEUE");
  });

  it("maps a 429 to a rate-limit error carrying the retry-after of the proxy in front", async () => {
    server.script([{ kind: "rate-limit", retryAfterMs: 1_500 }]);
    const error = await failure((await create()).generate(request));
    expect(error).toBeInstanceOf(LLMRateLimitError);
    expect((error as LLMRateLimitError).retryAfterMs).toBe(2_000);
    expect((error as LLMRateLimitError).status).toBe(429);
  });

  it("maps a proxy's 401 to AuthenticationError naming OLLAMA_API_KEY, without the key", async () => {
    const guarded = await startFakeOllamaServer({ apiKey: "the-right-key" });
    try {
      const p = await registry().create("ollama", {
        env: { OLLAMA_HOST: guarded.url, OLLAMA_API_KEY: "ollama-wrong-key-0123456789" },
      });
      const error = await failure(p.generate(request));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as Error).message).toContain("OLLAMA_API_KEY");
      expect((error as Error).message).not.toContain("ollama-wrong-key-0123456789");
    } finally {
      await guarded.close();
    }
  });

  it("maps a refused connection to LLMConnectionError saying to start ollama serve", async () => {
    const closed = await startFakeOllamaServer();
    await closed.close();
    const p = await registry().create("ollama", { env: { OLLAMA_HOST: closed.url } });
    const error = await failure(p.generate(request));
    expect(error).toBeInstanceOf(LLMConnectionError);
    expect((error as Error).message).toContain(`nothing is listening at ${closed.url}`);
    expect((error as Error).message).toContain("ollama serve");
    expect((error as Error).message).toContain("OLLAMA_HOST");
  });

  it("honours each call's abort signal, leaving other calls on the same client alone", async () => {
    const p = await create();
    server.setLatency((body) => (body.model === "qwen2.5:7b" ? 150 : 0));
    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    // The hung call first, so it is the one that takes the scripted hang; then the other.
    const held = nextFaultTaken(server);
    const abortedCall = failure(p.generate({ ...request, signal: controller.signal }));
    await held;
    const otherCall = p.generate({
      ...request,
      model: "qwen2.5:7b",
      signal: new AbortController().signal,
    });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const [aborted, other] = await Promise.all([abortedCall, otherCall]);
    expect(aborted).toBeInstanceOf(LLMCancelledError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(other.finishReason).toBe("stop");
    server.setLatency(0);
  });

  it("does not send a call whose signal is already aborted", async () => {
    const error = await failure(
      (await create()).generate({ ...request, signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(LLMCancelledError);
    expect(server.stats.requests).toBe(0);
  });

  it("makes exactly one HTTP request per call: nothing retries on its own", async () => {
    server.script([{ status: 500 }]);
    await (await create()).generate(request).catch(() => undefined);
    expect(server.stats.requests).toBe(1);
  });

  it("costs nothing for local models: a run with a budget prices their calls at $0", async () => {
    const p = await create();
    expect(p.isLocal?.("llama3.2")).toBe(true);
    expect(p.isLocal?.("qwen2.5:7b")).toBe(true);
    // A budget needs a price for every model; a local one has it without being listed.
    const run = new Run({ budgetUsd: 0.01 });
    const response = await new LLMClient({ provider: p, run }).generate(request);
    expect(response.costUsd).toBe(0);
    expect(response.usage?.inputTokens).toBeGreaterThan(0);
    expect(run.usage.summary().totals).toMatchObject({ costUsd: 0, costIncomplete: false });
  });

  it.each([
    ["gpt-oss:120b-cloud", "a -cloud model the local server proxies"],
    ["glm-4.6:cloud", "a :cloud model the local server proxies"],
  ])("bills Ollama Cloud: %s is %s", async (model) => {
    expect((await create()).isLocal?.(model)).toBe(false);
  });

  it("bills every model at ollama.com, Ollama Cloud's own API", async () => {
    const cloud = await registry().create("ollama", {
      env: { OLLAMA_HOST: "https://ollama.com", OLLAMA_API_KEY: "ollama-cloud-key" },
    });
    expect(cloud.isLocal?.("gpt-oss:120b")).toBe(false);
    expect(cloud.isLocal?.("llama3.2")).toBe(false);
  });
});
