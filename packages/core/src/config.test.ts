import { describe, expect, it } from "vitest";
import { defineConfig, parseConfig } from "./config.js";
import { LLMConfigError } from "./errors.js";

describe("parseConfig", () => {
  it("fills defaults and canonicalises the provider id", () => {
    const config = parseConfig(
      defineConfig({ provider: "google-gemini", model: "gemini-2.5-flash" }),
    );
    expect(config).toMatchObject({
      provider: "gemini",
      model: "gemini-2.5-flash",
      temperature: 0.2,
      concurrency: 8,
      providers: {},
      plugins: [],
    });
  });

  const bad: Array<[string, unknown, string]> = [
    [
      "temperature too high",
      { temperature: 5 },
      "osmosis.config.ts: temperature: must be at most 2; use a number from 0 to 2",
    ],
    [
      "temperature as text",
      { temperature: "hot" },
      "osmosis.config.ts: temperature: must be a number from 0 to 2",
    ],
    ["concurrency zero", { concurrency: 0 }, "osmosis.config.ts: concurrency: must be at least 1"],
    [
      "fractional tokens",
      { maxOutputTokens: 1.5 },
      "osmosis.config.ts: maxOutputTokens: must be a whole number of tokens",
    ],
    [
      "misspelt key",
      { temprature: 0.1 },
      'osmosis.config.ts: (root): unknown key "temprature"; remove it or check the spelling',
    ],
    [
      "empty provider",
      { provider: "" },
      'osmosis.config.ts: provider: must not be empty; set a provider id such as "openai"',
    ],
    [
      "provider options not an object",
      { providers: { openai: "sk" } },
      "osmosis.config.ts: providers.openai: each provider's options must be an object",
    ],
    [
      "plugin not a plugin",
      { plugins: [{}] },
      "osmosis.config.ts: plugins[0]: not a provider plugin",
    ],
  ];

  it.each(bad)("rejects %s naming the file, the field and the fix", (_, raw, expected) => {
    let caught: unknown;
    try {
      parseConfig(raw, { file: "osmosis.config.ts" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LLMConfigError);
    expect((caught as LLMConfigError).message).toContain(expected);
    expect((caught as LLMConfigError).file).toBe("osmosis.config.ts");
  });

  it("lists every problem, not only the first", () => {
    expect(() => parseConfig({ temperature: -1, concurrency: 1000 })).toThrowError(
      /temperature: must be at least 0[\s\S]*concurrency: must be at most 256/,
    );
  });
});
