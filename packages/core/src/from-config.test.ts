import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";
import { BudgetExceededError, LLMCancelledError } from "./errors.js";
import { clientFromConfig, retryPolicyFromConfig, runFromConfig } from "./from-config.js";
import { createLogger } from "./logger.js";
import { defineProvider } from "./plugin.js";
import type { GenerateRequest } from "./provider.js";

const request: GenerateRequest = {
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "orders" }],
};

function counting() {
  let calls = 0;
  const provider = defineProvider({
    id: "openai",
    async generate(req) {
      calls += 1;
      return {
        text: "ok",
        finishReason: "stop",
        model: req.model,
        usage: { inputTokens: 10, outputTokens: 5 },
      };
    },
  });
  return { provider, calls: () => calls };
}

describe("from config", () => {
  it("turns seconds into the retry policy's milliseconds", () => {
    const config = parseConfig({
      retry: { maxRetries: 5, baseDelay: 0.5, maxDelay: 30, maxTotal: 120 },
    });
    expect(retryPolicyFromConfig(config)).toEqual({
      maxRetries: 5,
      maxRateLimitRetries: 10,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      factor: 2,
      maxTotalMs: 120_000,
    });
  });

  it("applies concurrency, per-model limits, price overrides and the budget to the run", () => {
    const config = parseConfig({
      concurrency: 3,
      rateLimit: { requestsPerMinute: 600 },
      rateLimits: { "openai/gpt-4o": { requestsPerMinute: 60 } },
      prices: { "my-model": { input: 1, output: 1 } },
      budgetUsd: 2,
    });
    const run = runFromConfig(config, { logger: createLogger({ level: "silent" }) });
    expect(run.limiters.for("openai", "gpt-4o-mini").stats()).toMatchObject({
      requestsPerMinute: 600,
    });
    expect(run.limiters.for("openai", "gpt-4o").stats()).toMatchObject({ requestsPerMinute: 60 });
    expect(run.usage.prices.lookup("openai", "my-model")).toEqual({ input: 1, output: 1 });
    expect(run.budgetUsd).toBe(2);
    run.dispose();
  });

  it("a run timeout stops the run", async () => {
    const run = runFromConfig(parseConfig({ runTimeout: 0.02 }), {
      logger: createLogger({ level: "silent" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(run.stopped?.reason).toBe("deadline");
    expect(() => run.throwIfStopped()).toThrowError(LLMCancelledError);
    run.dispose();
  });

  it("caches answers on disk under the configured folder, relative to the project", async () => {
    const project = await mkdtemp(join(tmpdir(), "osmosis-config-"));
    const config = parseConfig({ cache: { dir: ".osmosis/cache" } });
    const { provider, calls } = counting();
    const run = runFromConfig(config, { logger: createLogger({ level: "silent" }) });
    const client = clientFromConfig(config, provider, run, project);
    await client.generate(request);
    const again = await clientFromConfig(config, provider, run, project).generate(request);
    expect(again.cached).toBe(true);
    expect(calls()).toBe(1);
    expect((await readdir(join(project, ".osmosis", "cache"))).length).toBe(1);
  });

  it("makes every call when the cache is off", async () => {
    const project = await mkdtemp(join(tmpdir(), "osmosis-config-"));
    const config = parseConfig({ cache: false });
    const { provider, calls } = counting();
    const client = clientFromConfig(
      config,
      provider,
      runFromConfig(config, { logger: createLogger({ level: "silent" }) }),
      project,
    );
    await client.generate(request);
    await client.generate(request);
    expect(calls()).toBe(2);
    expect(await readdir(project)).toEqual([]);
  });

  it("a budget from config stops new calls", async () => {
    const config = parseConfig({ budgetUsd: 0.0001, cache: false });
    const { provider } = counting();
    const client = clientFromConfig(
      config,
      provider,
      runFromConfig(config, { logger: createLogger({ level: "silent" }) }),
    );
    // gpt-4o-mini: ~5 input + 512 assumed output tokens ≈ $0.0003 > $0.0001.
    await expect(client.generate(request)).rejects.toBeInstanceOf(BudgetExceededError);
  });
});
