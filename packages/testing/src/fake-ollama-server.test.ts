// Drives the fake Ollama server with the real ollama SDK over HTTP: what the SDK sees is what a provider would.
import { Ajv } from "ajv";
import { Ollama } from "ollama";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeOllamaServer,
  type FakeOllamaServerOptions,
  startFakeOllamaServer,
} from "./fake-ollama-server.js";

const MODEL = "llama3.2";

const servers: FakeOllamaServer[] = [];

async function start(options: FakeOllamaServerOptions = {}, clientFetch?: typeof fetch) {
  const server = await startFakeOllamaServer(options);
  servers.push(server);
  const client = new Ollama({ host: server.url, ...(clientFetch ? { fetch: clientFetch } : {}) });
  return { server, client };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** ollama-js does not export its ResponseError class; it is an Error named so, with `status_code`. */
interface ResponseErrorShape extends Error {
  error: string;
  status_code: number;
}

async function responseError(promise: Promise<unknown>): Promise<ResponseErrorShape> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect((error as Error | undefined)?.name).toBe("ResponseError");
  return error as ResponseErrorShape;
}

const ask = (client: Ollama, extra: Partial<Parameters<Ollama["chat"]>[0]> = {}) =>
  client.chat({
    model: MODEL,
    messages: [
      { role: "system", content: "You document dbt models." },
      { role: "user", content: "Describe the orders model." },
    ],
    ...extra,
    stream: false,
  });

const docSchema = {
  type: "object",
  properties: {
    description: { type: "string" },
    columns: {
      type: "array",
      minItems: 2,
      items: {
        type: "object",
        properties: {
          name: { type: "string", enum: ["order_id", "amount"] },
          data_type: { type: "string", enum: ["integer", "numeric"] },
        },
        required: ["name", "data_type"],
        additionalProperties: false,
      },
    },
  },
  required: ["description", "columns"],
  additionalProperties: false,
};

describe("startFakeOllamaServer: answers", () => {
  it("answers a JSON Schema format with valid JSON, in /api/chat's shape, counting what it reports", async () => {
    const { server, client } = await start();
    const response = await ask(client, {
      format: docSchema,
      options: { temperature: 0, num_predict: 500 },
    });
    expect(response).toMatchObject({
      model: MODEL,
      message: { role: "assistant" },
      done: true,
      done_reason: "stop",
    });
    expect(String(response.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    for (const field of [
      "total_duration",
      "load_duration",
      "prompt_eval_duration",
      "eval_duration",
    ] as const) {
      expect(response[field]).toBeGreaterThan(0);
    }
    const json: unknown = JSON.parse(response.message.content);
    const validate = new Ajv({ strict: false }).compile(docSchema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(response.prompt_eval_count).toBe(server.stats.inputTokens);
    expect(response.eval_count).toBe(server.stats.outputTokens);
    // (24 chars → 6 + 4) + (26 chars → 7 + 4)
    expect(response.prompt_eval_count).toBe(21);
    const sent = server.requests.at(-1);
    expect(sent).toMatchObject({ method: "POST", path: "/api/chat" });
    expect(sent?.body).toMatchObject({ stream: false, format: docSchema });
    expect(server.stats).toMatchObject({ requests: 1, completed: 1, faults: 0 });
  });

  it('answers format "json" with a small object and no format with a sentence', async () => {
    const { client } = await start();
    const json = await ask(client, { format: "json" });
    expect(JSON.parse(json.message.content)).toEqual({ result: "Example result", ok: true });
    const text = await ask(client);
    expect(text.message.content).toBe("This is a fake reply to: Describe the orders model.");
  });

  it("cuts the answer at options.num_predict with done_reason length", async () => {
    const { server, client } = await start();
    const response = await ask(client, { format: docSchema, options: { num_predict: 3 } });
    expect(response.done_reason).toBe("length");
    expect(response.eval_count).toBe(3);
    expect(server.stats.outputTokens).toBe(3);
    expect(() => JSON.parse(response.message.content)).toThrow();
  });

  it("streams NDJSON chunks when asked to, ending with the counts", async () => {
    const { server, client } = await start();
    const stream = await client.chat({
      model: MODEL,
      messages: [{ role: "user", content: "Describe the orders model." }],
      stream: true,
    });
    const parts: string[] = [];
    let last: { done: boolean; done_reason: string; eval_count: number } | undefined;
    for await (const chunk of stream) {
      parts.push(chunk.message.content);
      last = chunk;
    }
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join("")).toBe("This is a fake reply to: Describe the orders model.");
    expect(last).toMatchObject({ done: true, done_reason: "stop" });
    expect(last?.eval_count).toBe(server.stats.outputTokens);
  });

  it("lists pulled models and the version, and 404s a model that is not pulled", async () => {
    const { client } = await start({ models: ["llama3.2", "qwen2.5:7b"], version: "0.12.6" });
    const { models } = await client.list();
    expect(models.map((m) => m.name)).toEqual(["llama3.2:latest", "qwen2.5:7b"]);
    expect(models[0]?.details.format).toBe("gguf");
    expect(await client.version()).toEqual({ version: "0.12.6" });
    expect((await ask(client, { model: "llama3.2:latest" })).model).toBe("llama3.2:latest");
    const error = await responseError(ask(client, { model: "mistral" }));
    expect(error.status_code).toBe(404);
    expect(error.error).toBe('model "mistral" not found, try pulling it first');
  });

  it("rejects a format that is neither json nor a schema, and a missing model, with 400", async () => {
    const { client } = await start();
    const format = await responseError(ask(client, { format: "xml" }));
    expect(format.status_code).toBe(400);
    expect(format.error).toContain('invalid format: expected "json"');
    const model = await responseError(ask(client, { model: "" }));
    expect(model.status_code).toBe(400);
    expect(model.error).toBe("model is required");
  });

  it("checks a bearer key when given one, as an auth proxy would", async () => {
    const server = await startFakeOllamaServer({ apiKey: "proxy-key-123" });
    servers.push(server);
    const anonymous = new Ollama({ host: server.url });
    const error = await responseError(ask(anonymous));
    expect(error.status_code).toBe(401);
    expect(error.error).toBe("unauthorized");
    const keyed = new Ollama({
      host: server.url,
      headers: { Authorization: "Bearer proxy-key-123" },
    });
    expect((await ask(keyed)).done).toBe(true);
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer proxy-key-123");
  });
});

describe("startFakeOllamaServer: faults", () => {
  it.each([
    [{ status: 500 }, 500, "llama runner process has terminated: exit status 2"],
    [{ status: 503 }, 503, "server busy, please try again.  maximum pending requests exceeded"],
    [{ status: 404 }, 404, 'model "llama3.2" not found, try pulling it first'],
    [{ status: 401 }, 401, "unauthorized"],
    [
      { status: 400, code: "context_length_exceeded" },
      400,
      "the input length exceeds the context length",
    ],
    [
      { kind: "insufficient-quota" as const },
      429,
      "you've reached your weekly usage limit, please wait or upgrade to continue",
    ],
  ])("answers %j with status %i and Ollama's {error} body", async (fault, status, message) => {
    const { server, client } = await start({ faults: [fault] });
    const error = await responseError(ask(client));
    expect(error.status_code).toBe(status);
    expect(error.error).toBe(message);
    expect(server.stats.faults).toBe(1);
    expect((await ask(client)).done).toBe(true);
  });

  it("sends a 429 with retry-after for a scripted rate limit", async () => {
    let headers: Headers | undefined;
    const { server, client } = await start({}, async (input, init) => {
      const response = await fetch(input, init);
      headers = response.headers;
      return response;
    });
    server.script([{ kind: "rate-limit", retryAfterMs: 1_500 }]);
    const error = await responseError(ask(client));
    expect(error.status_code).toBe(429);
    expect(headers?.get("retry-after")).toBe("2");
    expect(server.stats.rateLimited).toBe(1);
  });

  it("resets the connection, and answers non-JSON content although JSON was asked", async () => {
    const { server, client } = await start();
    server.script([{ kind: "reset" }, { kind: "non-json-content" }]);
    const reset = await ask(client).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(TypeError);
    const content = await ask(client, { format: docSchema });
    expect(() => JSON.parse(content.message.content)).toThrow();
  });

  it("hangs until the client aborts, and close() ends hung connections", async () => {
    const { server, client } = await start({}, (input, init) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(100) }),
    );
    server.script([{ kind: "hang" }]);
    const started = Date.now();
    const error = await ask(client).catch((e: unknown) => e);
    expect((error as Error).name).toBe("TimeoutError");
    expect(Date.now() - started).toBeLessThan(1_000);

    const other = new Ollama({ host: server.url });
    server.script([{ kind: "hang" }]);
    const hung = ask(other).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    expect(await hung).toBeInstanceOf(TypeError);
  });

  it("queues beyond OLLAMA_NUM_PARALLEL and answers 503 busy beyond OLLAMA_MAX_QUEUE", async () => {
    const { server, client } = await start({ numParallel: 1, maxQueue: 1, latencyMs: 100 });
    const outcomes = await Promise.allSettled([ask(client), ask(client), ask(client)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected.map((o) => (o.reason as ResponseErrorShape).status_code)).toEqual([503]);
    expect(server.stats).toMatchObject({ completed: 2, busy: 1 });
  });

  it("reset() clears requests, stats and queued faults", async () => {
    const { server, client } = await start();
    server.script([{ status: 500 }, { status: 500 }]);
    await ask(client).catch(() => undefined);
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.stats.requests).toBe(0);
    expect((await ask(client)).done).toBe(true);
  });
});
