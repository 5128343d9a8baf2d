// Drives the fake Ollama server with the real ollama SDK over HTTP: what the SDK sees is what a provider would.

import { VirtualClock } from "@osmosis/core";
import { Ajv } from "ajv";
import { type ChatResponse, Ollama } from "ollama";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type FakeOllamaServer,
  type FakeOllamaServerOptions,
  startFakeOllamaServer,
} from "./fake-ollama-server.js";
import { faultCycle } from "./fake-server/faults.js";
import { nextFaultTaken } from "./fake-server/vendor-server.js";
import { DOC_WORKLOAD_SCHEMA } from "./fixtures.js";

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

const docSchema = DOC_WORKLOAD_SCHEMA;

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
    const controller = new AbortController();
    const { server, client } = await start({}, (input, init) =>
      fetch(input, { ...init, signal: controller.signal }),
    );
    server.script([{ kind: "hang" }]);
    const held = nextFaultTaken(server);
    const aborted = ask(client).catch((e: unknown) => e);
    await held;
    controller.abort();
    expect(((await aborted) as Error).name).toBe("AbortError");

    const other = new Ollama({ host: server.url });
    server.script([{ kind: "hang" }]);
    const heldAgain = nextFaultTaken(server);
    const hung = ask(other).catch((e: unknown) => e);
    await heldAgain;
    // close() resolves only once every connection is gone, the hung one included.
    await server.close();
    expect(await hung).toBeInstanceOf(TypeError);
  });

  it("queues beyond OLLAMA_NUM_PARALLEL and answers 503 busy beyond OLLAMA_MAX_QUEUE", async () => {
    // On a virtual clock the first answer's latency lasts until the test moves time, so the
    // third request finds one running and one queued however slowly it arrives.
    const clock = new VirtualClock();
    const { server, client } = await start({ numParallel: 1, maxQueue: 1, latencyMs: 100, clock });
    const outcomes = Promise.allSettled([ask(client), ask(client), ask(client)]);
    await vi.waitFor(() => expect(server.stats.busy).toBe(1), { timeout: 10_000 });
    await clock.advance(100);
    // The queued one starts only when the first is answered.
    await vi.waitFor(() => expect(clock.pending).toBe(1), { timeout: 10_000 });
    await clock.advance(100);
    const settled = await outcomes;
    expect(settled.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    const rejected = settled.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected.map((o) => (o.reason as ResponseErrorShape).status_code)).toEqual([503]);
    expect(server.stats).toMatchObject({ completed: 2, busy: 1 });
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
    const { server, client } = await start({ faultFor: mix });
    const answers: ChatResponse[] = [];
    const failures: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      await ask(client, { format: docSchema }).then(
        (a) => answers.push(a),
        (e: unknown) => failures.push(e),
      );
    }
    expect(failures.filter((e) => (e as ResponseErrorShape).status_code === 503)).toHaveLength(2);
    expect(failures.filter((e) => e instanceof TypeError)).toHaveLength(2);
    const contents = answers.map((a) => a.message.content);
    const plain = contents.find((c) => c.startsWith("{")) ?? "";
    expect(new Ajv({ strict: false }).validate(docSchema, JSON.parse(plain))).toBe(true);
    const fenced = `Here is the documentation:\n\`\`\`json\n${plain}\n\`\`\``;
    expect(contents.filter((c) => c === fenced)).toHaveLength(2);
    expect(contents.filter((c) => c.startsWith("Sure!"))).toHaveLength(2);
    const sum = (pick: (a: ChatResponse) => number) =>
      answers.reduce((total, a) => total + pick(a), 0);
    expect(server.stats).toMatchObject({
      requests: 10,
      faults: 8,
      completed: 6,
      inputTokens: sum((a) => a.prompt_eval_count),
      outputTokens: sum((a) => a.eval_count),
      cachedInputTokens: 0,
    });
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

describe("startFakeOllamaServer: rate limits", () => {
  /** A client that keeps each answer's headers, which ollama-js does not expose. */
  async function startLimited(rateLimit: FakeOllamaServerOptions["rateLimit"]) {
    const clock = new VirtualClock();
    const seen: Headers[] = [];
    const started = await start({ clock, rateLimit }, async (input, init) => {
      const response = await fetch(input, init);
      seen.push(response.headers);
      return response;
    });
    return { clock, seen, ...started };
  }

  it("enforces requests per minute like ollama.com: 429 {error} with retry-after in seconds", async () => {
    const { server, client, clock, seen } = await startLimited({ requestsPerMinute: 30 });
    await ask(client);
    const error = await responseError(ask(client));
    expect(error.status_code).toBe(429);
    expect(error.error).toBe("too many requests, please slow down and try again later");
    // 30 RPM: one request every 2 s.
    expect(seen.at(-1)?.get("retry-after")).toBe("2");
    // Ollama states no limits: no x-ratelimit-* header, on answers or 429s.
    for (const headers of seen) {
      expect([...headers.keys()].filter((name) => name.includes("ratelimit"))).toEqual([]);
    }
    expect(server.stats).toMatchObject({ completed: 1, rateLimited: 1 });
    await clock.advance(2_000);
    expect((await ask(client)).done).toBe(true);
  });

  it("charges prompt tokens plus num_predict against tokensPerMinute, in fixed windows", async () => {
    // 60 tokens in each 10 s window; a chat costs 21 prompt tokens + 20 of num_predict.
    const { client, clock, seen } = await startLimited({
      tokensPerMinute: 360,
      window: "fixed",
      windowMs: 10_000,
    });
    const small = { options: { num_predict: 20 } };
    await ask(client, small);
    await clock.advance(4_000);
    const error = await responseError(ask(client, small));
    expect(error.status_code).toBe(429);
    expect(seen.at(-1)?.get("retry-after")).toBe("6");
    await clock.advance(6_000);
    expect((await ask(client, small)).done).toBe(true);
  });
});
