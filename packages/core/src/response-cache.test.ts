import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GenerateRequest } from "./provider.js";
import { cacheKey, FileCacheStore } from "./response-cache.js";

const request: GenerateRequest = {
  model: "gpt-4o-mini",
  system: "You document dbt models.",
  messages: [{ role: "user", content: "orders" }],
  temperature: 0.2,
  output: { name: "doc", schema: { type: "object", properties: { a: { type: "string" } } } },
};

describe("cacheKey", () => {
  it("is the same for the same content, whatever the key order or signal", () => {
    const reordered: GenerateRequest = {
      output: { schema: { properties: { a: { type: "string" } }, type: "object" }, name: "doc" },
      temperature: 0.2,
      messages: [{ content: "orders", role: "user" }],
      system: "You document dbt models.",
      model: "gpt-4o-mini",
      signal: new AbortController().signal,
    };
    expect(cacheKey("openai", reordered)).toBe(cacheKey("openai", request));
  });

  it.each([
    ["provider", () => cacheKey("anthropic", request)],
    ["model", () => cacheKey("openai", { ...request, model: "gpt-4o" })],
    [
      "message",
      () => cacheKey("openai", { ...request, messages: [{ role: "user", content: "customers" }] }),
    ],
    [
      "schema",
      () => cacheKey("openai", { ...request, output: { name: "doc", schema: { type: "object" } } }),
    ],
    ["temperature", () => cacheKey("openai", { ...request, temperature: 0.3 })],
    ["system", () => cacheKey("openai", { ...request, system: "other" })],
  ])("changes with the %s", (_, other) => {
    expect(other()).not.toBe(cacheKey("openai", request));
  });
});

describe("FileCacheStore", () => {
  it("round-trips answers, treats a corrupt entry as a miss, and leaves no temp files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "osmosis-cache-"));
    const store = new FileCacheStore(dir);
    const key = cacheKey("openai", request);
    expect(await store.get(key)).toBeUndefined();
    const answer = {
      text: '{"a":"x"}',
      json: { a: "x" },
      finishReason: "stop" as const,
      model: "gpt-4o-mini-2024-07-18",
      usage: { inputTokens: 10, outputTokens: 3 },
    };
    await store.set(key, answer);
    expect(await new FileCacheStore(dir).get(key)).toEqual(answer);
    const files = await readdir(join(dir, key.slice(0, 2)));
    expect(files).toEqual([`${key}.json`]);
    await writeFile(join(dir, key.slice(0, 2), `${key}.json`), "{not json");
    expect(await store.get(key)).toBeUndefined();
  });
});
