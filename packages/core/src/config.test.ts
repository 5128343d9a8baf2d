import { describe, expect, it } from "vitest";
import { configFromEnv, defineConfig, parseConfig } from "./config.js";
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

describe("resilience settings", () => {
  it("defaults to the plan's values", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      timeout: 120,
      retry: { maxRetries: 3, baseDelay: 1, maxDelay: 60, factor: 2, maxRateLimitRetries: 10 },
      rateLimit: {},
      cache: { dir: ".osmosis/cache" },
      trackUsage: true,
      logLevel: "info",
    });
    expect(config.budgetUsd).toBeUndefined();
  });

  it("accepts per-provider and per-model limits, price overrides and a disabled cache", () => {
    const config = parseConfig({
      rateLimits: {
        openai: { requestsPerMinute: 500 },
        "openai/gpt-4o": { tokensPerMinute: 30_000 },
      },
      prices: { "my-model": { input: 1, output: 2 } },
      cache: false,
      budgetUsd: 5,
    });
    expect(config.rateLimits["openai/gpt-4o"]).toEqual({ tokensPerMinute: 30_000 });
    expect(config.cache).toBe(false);
  });

  it.each([
    [{ timeout: 0 }, "timeout: must be more than 0 seconds (the per-request timeout)"],
    [
      { retry: { maxRetries: 1.5 } },
      "retry.maxRetries: must be a whole number (retries of server, connection and timeout errors)",
    ],
    [
      { rateLimits: { openai: { requestsPerMinute: -1 } } },
      "rateLimits.openai.requestsPerMinute: must be more than 0; remove it to let osmosis learn",
    ],
    [{ prices: { x: { input: 1 } } }, "prices.x.output: must be USD per million output tokens"],
    [{ budgetUsd: 0 }, "budgetUsd: must be more than 0; remove it for no cap"],
    [{ logLevel: "loud" }, "logLevel: must be one of silent, error, warn, info, debug, trace"],
    [{ cache: true }, 'cache: must be false (off) or { dir: ".osmosis/cache" }'],
  ])("rejects %j", (raw, expected) => {
    expect(() => parseConfig(raw, { file: "osmosis.config.ts" })).toThrowError(
      `osmosis.config.ts: ${expected}`,
    );
  });
});

describe("configFromEnv", () => {
  it("reads the plan's variables", () => {
    const fromEnv = configFromEnv({
      OSMOSIS_LLM_TIMEOUT: "30",
      OSMOSIS_LLM_RATE_LIMIT: "500",
      OSMOSIS_LLM_MAX_RETRIES: "5",
      OSMOSIS_LLM_RETRY_DELAY: "0.5",
      OSMOSIS_LLM_TRACK_USAGE: "false",
      LLM_PROVIDER: "google-gemini",
    });
    expect(fromEnv).toEqual({
      provider: "google-gemini",
      timeout: 30,
      rateLimit: { requestsPerMinute: 500 },
      retry: { maxRetries: 5, baseDelay: 0.5 },
      trackUsage: false,
    });
    expect(parseConfig(fromEnv).retry).toMatchObject({
      maxRetries: 5,
      baseDelay: 0.5,
      maxDelay: 60,
    });
    expect(configFromEnv({})).toEqual({});
  });

  it.each([
    [
      "OSMOSIS_LLM_TIMEOUT",
      "soon",
      'OSMOSIS_LLM_TIMEOUT="soon" is not valid. Set it to a number of seconds above 0, e.g. 120, or unset it.',
    ],
    [
      "OSMOSIS_LLM_MAX_RETRIES",
      "2.5",
      'OSMOSIS_LLM_MAX_RETRIES="2.5" is not valid. Set it to a whole number from 0 to 20, e.g. 3, or unset it.',
    ],
    [
      "OSMOSIS_LLM_TRACK_USAGE",
      "maybe",
      'OSMOSIS_LLM_TRACK_USAGE="maybe" is not valid. Set it to true or false, or unset it.',
    ],
  ])("names the variable and the fix for a bad %s", (name, value, message) => {
    expect(() => configFromEnv({ [name]: value })).toThrowError(message);
  });
});
