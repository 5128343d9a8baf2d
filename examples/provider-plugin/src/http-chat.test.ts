// The plugin's own answers over HTTP: a refusal and an answer that is not JSON come back as
// results with their usage, and core's client turns them into errors that keep it.
import {
  ContentFilterError,
  type GenerateRequest,
  LLMClient,
  LLMResponseError,
  ProviderRegistry,
  Run,
} from "@osmosis/core";
import { type FakeOpenAIServer, ORDERS_DOC_SCHEMA, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
// OpenAI's documented refusal: finish_reason "stop", no content, the reason in `refusal`.
import refusal from "./__fixtures__/openai-structured-output-refusal.json" with { type: "json" };
import plugin from "./index.js";

const request: GenerateRequest = {
  model: "any-model",
  messages: [{ role: "user", content: "Document the orders model." }],
  output: { name: "model_doc", schema: ORDERS_DOC_SCHEMA },
};

let server: FakeOpenAIServer;
beforeAll(async () => {
  server = await startFakeOpenAIServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const provider = () =>
  new ProviderRegistry([plugin]).create("http-chat", { options: { baseURL: server.url } });

describe("http-chat answers", () => {
  it("returns a refusal as content_filter with the model's words and usage", async () => {
    server.script([{ status: 200, body: refusal }]);
    const result = await (await provider()).generate(request);
    expect(result).toMatchObject({
      text: "",
      finishReason: "content_filter",
      refusal: "I'm sorry, I cannot assist with that request.",
      usage: { inputTokens: 81, outputTokens: 11 },
    });
  });

  it("through core's client: a refusal is a ContentFilterError, prose an LLMResponseError, each with its usage", async () => {
    const client = new LLMClient({ provider: await provider(), run: new Run(), maxRepairs: 0 });
    server.script([{ status: 200, body: refusal }]);
    const refused = await client.generate(request).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ContentFilterError);
    expect((refused as ContentFilterError).usage).toEqual({ inputTokens: 81, outputTokens: 11 });

    server.script([{ kind: "non-json-content", content: "One row per order." }]);
    const prose = await client.generate(request).catch((e: unknown) => e);
    expect(prose).toBeInstanceOf(LLMResponseError);
    expect((prose as LLMResponseError).usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
  });
});
