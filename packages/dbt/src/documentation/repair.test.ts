// A documentation call through the real openai SDK against the fake OpenAI server: a bad answer
// (a column dropped, Jinja in another) is repaired in one round that tells the model what was
// wrong; a second bad answer is a response error with a short excerpt, and the run goes on.
// Every billed answer is counted.
import { LLMClient, LLMResponseError, loadPrompts, ProviderRegistry, Run } from "@osmosis/core";
import openaiPlugin from "@osmosis/provider-openai";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type OpenedProject, openProject, planProject } from "../engine.js";
import { fixtureProject } from "../fixture-projects.js";
import { get } from "../test-support.js";
import type { DocumentationAnswer } from "./answer.js";
import { BUILTIN_PROMPTS } from "./builtin-prompts.js";
import { DOCUMENTATION_JOBS } from "./jobs.js";
import { askOf, type DocumentationCall, DocumentationPrompts } from "./prompts.js";

const API_KEY = "sk-proj-RepairK3yAbCdEfGhIjKlMnOpQrStUvWx99";

let jaffle: OpenedProject;
let call: DocumentationCall;
beforeAll(async () => {
  jaffle = await openProject({ projectDir: fixtureProject("jaffle-shop") });
  const orders = planProject(jaffle).nodes.find(
    (n) => n.name === "orders" && n.resourceType === "model",
  );
  if (!orders) throw new Error("jaffle-shop has no orders model");
  const docs = await DocumentationPrompts.create({
    project: jaffle.project,
    prompts: await loadPrompts({ jobs: DOCUMENTATION_JOBS, builtIn: BUILTIN_PROMPTS, env: {} }),
    vars: jaffle.vars,
  });
  const [first] = await docs.calls(get(jaffle.project, orders.uniqueId), askOf(orders), {
    model: "gpt-4o-mini",
  });
  if (!first) throw new Error("no call for orders");
  call = first;
});

let server: FakeOpenAIServer | undefined;
let registry: ProviderRegistry | undefined;
afterEach(async () => {
  await registry?.close();
  await server?.close();
  server = undefined;
  registry = undefined;
});

async function documentingClient() {
  server = await startFakeOpenAIServer({ apiKey: API_KEY });
  registry = new ProviderRegistry([openaiPlugin]);
  const provider = await registry.create("openai", {
    env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
  });
  const run = new Run();
  return { server, run, client: new LLMClient({ provider, run, retry: { maxRetries: 0 } }) };
}

const BAD_ANSWER = JSON.stringify({
  columns: {
    ORDER_ITEMS_SUBTOTAL: "The sum of the prices of the order's items.",
    COUNT_FOOD_ITEMS: "The number of {{ var('food') }} items in the order.",
    COUNT_DRINK_ITEMS: "The number of drink items in the order.",
    COUNT_ORDER_ITEMS: "The number of items in the order.",
  },
});

describe("a documentation answer that will not do", () => {
  it("is repaired in one round through the real SDK, told exactly what was wrong", async () => {
    const { server, run, client } = await documentingClient();
    server.script([{ kind: "non-json-content", content: `Here you go:\n${BAD_ANSWER}` }]);
    const response = await client.generate<DocumentationAnswer>(call.request);

    expect(server.requests).toHaveLength(2);
    const repair = server.requests[1]?.body as {
      messages: Array<{ role: string; content: string }>;
    };
    const last = repair.messages.at(-1);
    expect(last?.role).toBe("user");
    expect(last?.content).toContain(
      "- columns.COUNT_FOOD_ITEMS: contains Jinja delimiters ({{, {%, }}), which dbt would try to render; write plain text",
    );
    expect(last?.content).toContain(
      "- columns: CUSTOMER_ORDER_NUMBER is missing; give each a description, or null when it cannot be told",
    );
    // The repair round carries the model's own bad answer, so it can correct it.
    expect(
      repair.messages.some(
        (m) => m.role === "assistant" && m.content.includes("{{ var('food') }}"),
      ),
    ).toBe(true);
    // The fake answers the repair from the pinned schema: exactly the columns asked for.
    expect([...(response.json?.columns.keys() ?? [])]).toEqual(call.shape.columns);
    // Both answers were billed, and both are counted.
    const totals = run.usage.summary().totals;
    expect(totals.inputTokens).toBe(server.stats.inputTokens);
    expect(totals.outputTokens).toBe(server.stats.outputTokens);
    expect(totals.repairs).toBe(1);
  });

  it("twice is a response error with a short excerpt and its usage; the next call goes on", async () => {
    const { server, run, client } = await documentingClient();
    server.script([
      { kind: "non-json-content", content: BAD_ANSWER },
      { kind: "non-json-content", content: `${BAD_ANSWER} ${"padding ".repeat(200)}` },
    ]);
    const error = await client.generate<DocumentationAnswer>(call.request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMResponseError);
    const responseError = error as LLMResponseError;
    expect(responseError.message).toContain("does not match the documentation schema");
    expect(responseError.output?.length).toBeLessThan(700);
    expect(responseError.output).toMatch(/… \(\d+ more characters\)$/);
    expect(responseError.usage?.inputTokens).toBe(server.stats.inputTokens);
    expect(server.requests).toHaveLength(2);
    expect(JSON.stringify(responseError.toJSON())).not.toContain(API_KEY);

    const next = await client.generate<DocumentationAnswer>(call.request);
    expect(next.json?.columns.size).toBe(call.shape.columns.length);
    expect(run.usage.summary().totals.inputTokens).toBe(server.stats.inputTokens);
  });
});
