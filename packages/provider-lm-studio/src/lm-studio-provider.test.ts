// The LM Studio provider through the real openai SDK, over HTTP, against the fake OpenAI server run key-less.
import {
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  LLMConfigError,
  LLMConnectionError,
  type LLMError,
  LLMResponseError,
  NotFoundError,
  type Provider,
  ProviderRegistry,
  Run,
  ServerError,
} from "@osmosis/core";
import type { OpenAIChatProvider } from "@osmosis/provider-openai";
import { type FakeOpenAIServer, nextFaultTaken, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import modelNotFound from "./__fixtures__/lm-studio-model-not-found.json" with { type: "json" };
import lmStudioPlugin, { DEFAULT_BASE_URL } from "./index.js";

/** Fails the test when a call expected to fail succeeds. */
const unexpected = (): never => {
  throw new Error("expected the call to fail");
};

const schema = {
  type: "object",
  properties: {
    description: { type: "string" },
    tags: { type: "array", items: { type: "string" } },
  },
  required: ["description", "tags"],
  additionalProperties: false,
};

const request: GenerateRequest = {
  model: "local-model",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Model orders: select order_id, amount from raw.orders" }],
  temperature: 0,
  maxOutputTokens: 400,
  output: { name: "model_doc", schema },
};

let server: FakeOpenAIServer;
beforeAll(async () => {
  server = await startFakeOpenAIServer({ models: ["qwen2.5-7b-instruct"] });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

function create(env: Record<string, string>, options: Record<string, unknown> = {}) {
  return new ProviderRegistry([lmStudioPlugin]).create("lm-studio", { env, options });
}
const provider = () => create({ LM_STUDIO_BASE_URL: server.url });

describe("LM Studio provider: requests and answers", () => {
  it("sends dbt-osmosis's defaults and a json_schema response_format, and returns the JSON text and usage", async () => {
    const lmStudio = await provider();
    const result = await lmStudio.generate(request);
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe("/v1/chat/completions");
    expect(sent?.headers.authorization).toBe("Bearer lm-studio");
    expect(sent?.body).toMatchObject({
      model: "local-model",
      max_tokens: 400,
      temperature: 0,
      response_format: {
        type: "json_schema",
        json_schema: { name: "model_doc", strict: true, schema },
      },
    });
    expect(JSON.parse(result.text)).toEqual({
      description: "Example description",
      tags: ["Example tags"],
    });
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
      cachedInputTokens: 0,
    });
    expect(lmStudio.defaultModel).toBe("local-model");
    expect(lmStudio.capabilities).toEqual({
      jsonSchema: true,
      jsonMode: false,
      usage: true,
      cachedInputUsage: false,
      rateLimitHeaders: false,
    });
  });

  it("reads LM_STUDIO_MODEL and LM_STUDIO_API_KEY; osmosis.config.ts options win", async () => {
    const fromEnv = await create({
      LM_STUDIO_BASE_URL: server.url,
      LM_STUDIO_MODEL: "qwen2.5-7b-instruct",
      LM_STUDIO_API_KEY: "sk-lm-0123456789",
    });
    expect(fromEnv.defaultModel).toBe("qwen2.5-7b-instruct");
    await fromEnv.generate({ ...request, model: "qwen2.5-7b-instruct" });
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer sk-lm-0123456789");

    const configured = await create(
      { LM_STUDIO_BASE_URL: "http://127.0.0.1:9/v1", LM_STUDIO_MODEL: "from-env" },
      { baseURL: server.url, model: "from-config" },
    );
    expect(configured.defaultModel).toBe("from-config");
    await configured.generate(request);
    expect(server.requests).toHaveLength(2);
  });

  it("defaults to LM Studio's own address", async () => {
    const lmStudio = (await create({})) as OpenAIChatProvider;
    expect(DEFAULT_BASE_URL).toBe("http://localhost:1234/v1");
    expect(lmStudio.client.baseURL).toBe(DEFAULT_BASE_URL);
  });

  it("asks for JSON in the prompt only with structuredOutput none; refuses json_object, which LM Studio rejects", async () => {
    const plain = await create({ LM_STUDIO_BASE_URL: server.url }, { structuredOutput: "none" });
    // Without response_format the fake answers prose, as a model left to follow the prompt may:
    // the provider returns it with its usage, and the client, which parses, refuses it.
    const result = await plain.generate(request);
    expect(server.requests.at(-1)?.body).not.toHaveProperty("response_format");
    expect(result.text).toMatch(/^This is a fake reply to: /);
    expect(result.usage).toMatchObject({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
    const client = new LLMClient({ provider: plain, run: new Run(), maxRepairs: 0 });
    const unparsable = await client.generate(request).then(unexpected, (e: unknown) => e);
    expect(unparsable).toBeInstanceOf(LLMResponseError);
    expect((unparsable as LLMResponseError).usage?.outputTokens).toBe(result.usage?.outputTokens);
    expect(plain.capabilities.jsonSchema).toBe(false);

    const error = await create({}, { structuredOutput: "json_object" }).then(
      unexpected,
      (e: unknown) => e as LLMConfigError,
    );
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toContain('must be "json_schema" or "none"');
  });

  it("costs nothing: every model is local, so a run with a budget prices its calls at $0", async () => {
    const lmStudio = await provider();
    expect(lmStudio.isLocal?.("qwen2.5-7b-instruct")).toBe(true);
    expect(lmStudio.isLocal?.("local-model")).toBe(true);
    // A budget needs a price for every model; a local one has it without being listed.
    const run = new Run({ budgetUsd: 0.01 });
    const response = await new LLMClient({ provider: lmStudio, run }).generate(request);
    expect(response.costUsd).toBe(0);
    expect(response.usage?.inputTokens).toBeGreaterThan(0);
    expect(run.usage.summary().totals).toMatchObject({ costUsd: 0, costIncomplete: false });
  });

  it("returns an answer cut at max_tokens as finishReason length, with its usage", async () => {
    const result = await (await provider()).generate({ ...request, maxOutputTokens: 4 });
    expect(result.finishReason).toBe("length");
    expect(result.usage?.outputTokens).toBe(4);
  });
});

describe("LM Studio provider: errors", () => {
  async function failure(lmStudio: Provider, faults: Parameters<FakeOpenAIServer["script"]>[0]) {
    server.script(faults);
    return lmStudio.generate(request).then(unexpected, (e: unknown) => e as LLMError);
  }

  it("says to start LM Studio's server when the connection is refused", async () => {
    const stopped = await startFakeOpenAIServer();
    const url = stopped.url;
    await stopped.close();
    const lmStudio = await create({ LM_STUDIO_BASE_URL: url });
    const error = await lmStudio.generate(request).then(unexpected, (e: unknown) => e as LLMError);
    expect(error).toBeInstanceOf(LLMConnectionError);
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(
      `lm-studio: nothing answers at ${url}. Start LM Studio's server (Developer tab → Start Server, or \`lms server start\`) and load a model, or set LM_STUDIO_BASE_URL to where it listens.`,
    );
  });

  it("names the model on LM Studio's model_not_found (lm-studio-model-not-found)", async () => {
    const error = await failure(await provider(), [{ status: 404, body: modelNotFound }]);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/^lm-studio 404: Model "default" not found\./);
    expect(error.message).toContain(
      'set LM_STUDIO_MODEL to one it lists (`lms ls`); "local-model"',
    );
  });

  it("maps 500 to ServerError and a reset to LLMConnectionError", async () => {
    const lmStudio = await provider();
    expect(await failure(lmStudio, [{ status: 500 }])).toBeInstanceOf(ServerError);
    const reset = await failure(lmStudio, [{ kind: "reset" }]);
    expect(reset).toBeInstanceOf(LLMConnectionError);
    expect(reset.message).not.toContain("Start LM Studio's server");
  });

  it("aborts a hung call when the signal fires", async () => {
    const lmStudio = await provider();
    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    void nextFaultTaken(server).then(() => controller.abort());
    const error = await lmStudio
      .generate({ ...request, signal: controller.signal })
      .then(unexpected, (e: unknown) => e);
    expect(error).toBeInstanceOf(LLMCancelledError);
  });
});
