// A vitest suite a provider author runs against their provider to check it keeps the contract.
import {
  AuthenticationError,
  type GenerateRequest,
  LLMCancelledError,
  LLMClient,
  LLMConnectionError,
  LLMError,
  LLMRateLimitError,
  LLMResponseError,
  LLMTimeoutError,
  type Provider,
  RateLimiters,
  Run,
  ServerError,
  VirtualClock,
} from "@osmosis/core";
import { Ajv } from "ajv";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FakeFault } from "./fake-server/faults.js";
import { type FakeVendorServer, nextFaultTaken } from "./fake-server/vendor-server.js";
import { idealMs, seededRandom } from "./limiter-simulation.js";
import { runOnVirtualTime } from "./virtual-time.js";

export interface ProviderConformanceTarget {
  /** Shown in the suite's title. */
  name: string;
  /** Model id to request. */
  model: string;
  /** Key the provider is configured with; a realistic shape, checked to appear in no error. */
  apiKey?: string;
  /** Starts the fake server of the vendor's protocol (requiring `apiKey` where the vendor would). */
  startServer: (options: { apiKey: string }) => Promise<FakeVendorServer>;
  /** Builds the provider under test, pointed at `server.url`, with `apiKey`. */
  createProvider: (server: FakeVendorServer, apiKey: string) => Provider | Promise<Provider>;
  /** Checks to leave out where the vendor has no such thing (a local server with no keys). */
  skip?: { authentication?: boolean; usage?: boolean };
}

export const CONFORMANCE_SCHEMA = {
  type: "object",
  properties: {
    description: { type: "string" },
    columns: {
      type: "array",
      items: {
        type: "object",
        properties: {
          name: { type: "string", enum: ["order_id", "customer_id", "amount"] },
          description: { type: "string" },
        },
        required: ["name", "description"],
        additionalProperties: false,
      },
    },
  },
  required: ["description", "columns"],
  additionalProperties: false,
} as const;

const DEFAULT_KEY = "sk-conformance-Q7mZ2xV9pL4kR8sT1wY6bN3cD5fG0hJ";

/** What the fake answers for `non-json-content` in the checks below: prose where JSON was asked. */
const PROSE_ANSWER = "The orders model has one row per order; I left the JSON out.";

/**
 * Declares a `describe` block of contract checks for a provider: structured output round trip,
 * usage, answers that will not parse and cut-off answers returned (not thrown) with their usage,
 * error classes for 401/429/500/timeout/reset, abort honoured, one HTTP request per call, and no
 * key in any error. Call it at the top level of a vitest test file.
 */
export function describeProviderConformance(target: ProviderConformanceTarget): void {
  const apiKey = target.apiKey ?? DEFAULT_KEY;
  const request: GenerateRequest = {
    model: target.model,
    system: "You document dbt models. Answer with JSON only.",
    messages: [
      {
        role: "user",
        content: "Model orders: select order_id, customer_id, amount from raw.orders",
      },
    ],
    temperature: 0,
    maxOutputTokens: 500,
    output: { name: "model_doc", schema: CONFORMANCE_SCHEMA as unknown as Record<string, unknown> },
  };

  describe(`provider conformance: ${target.name}`, () => {
    let server: FakeVendorServer;
    let provider: Provider;

    beforeAll(async () => {
      server = await target.startServer({ apiKey });
      provider = await target.createProvider(server, apiKey);
    });
    afterAll(async () => {
      await provider?.close?.();
      await server?.close();
    });
    beforeEach(() => server.reset());

    const failure = async (faults: FakeFault[], req: GenerateRequest = request) => {
      server.script(faults);
      return provider.generate(req).then(
        () => {
          throw new Error("expected the call to fail");
        },
        (error: unknown) => error,
      );
    };
    const expectNoKey = (error: unknown) => {
      expect(LLMError.isInstance(error)).toBe(true);
      const e = error as LLMError;
      expect(e.message).not.toContain(apiKey);
      expect(JSON.stringify(e.toJSON())).not.toContain(apiKey);
    };

    it("returns JSON text matching the requested schema, unparsed", async () => {
      const result = await provider.generate(request);
      // Providers return the vendor's text; parsing is the client's (it records the bill first).
      expect(result).not.toHaveProperty("json");
      const validate = new Ajv({ strict: false }).compile(CONFORMANCE_SCHEMA);
      const parsed: unknown = JSON.parse(result.text);
      expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
      expect(result.finishReason).toBe("stop");
      expect(result.refusal).toBeUndefined();
      expect(result.model).toMatch(/\S/);
      expect(provider.capabilities.jsonSchema || provider.capabilities.jsonMode).toBe(true);
    });

    it("returns an answer that is not JSON as text, with its usage, instead of throwing", async () => {
      server.script([{ kind: "non-json-content", content: PROSE_ANSWER }]);
      const result = await provider.generate(request);
      expect(result.text).toBe(PROSE_ANSWER);
      expect(result.finishReason).toBe("stop");
      if (!target.skip?.usage) {
        expect(result.usage?.inputTokens).toBe(server.stats.inputTokens);
        expect(result.usage?.outputTokens).toBe(server.stats.outputTokens);
      }
    });

    it("returns a cut-off answer as finishReason length, with its usage", async () => {
      const result = await provider.generate({ ...request, maxOutputTokens: 5 });
      expect(result.finishReason).toBe("length");
      expect(typeof result.text).toBe("string");
      if (!target.skip?.usage) {
        expect(result.usage?.outputTokens).toBe(server.stats.outputTokens);
        expect(result.usage?.outputTokens).toBeGreaterThan(0);
      }
    });

    it("lets core's client bill an answer it cannot parse: LLMResponseError carries the usage", async () => {
      server.script([{ kind: "non-json-content", content: PROSE_ANSWER }]);
      const client = new LLMClient({
        provider,
        run: new Run(),
        maxRepairs: 0,
        retry: { maxRetries: 0 },
      });
      const error = await client.generate(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LLMResponseError);
      expect((error as LLMResponseError).output).toBe(PROSE_ANSWER);
      if (!target.skip?.usage) {
        expect((error as LLMResponseError).usage).toMatchObject({
          inputTokens: server.stats.inputTokens,
          outputTokens: server.stats.outputTokens,
        });
      }
    });

    // Checks a target opts out of are not declared at all: a vendor without the feature has nothing to skip.
    const optional = (leaveOut: boolean | undefined) => (leaveOut ? () => undefined : it);

    optional(target.skip?.usage)(
      "reports token usage equal to the server's own counts",
      async () => {
        const result = await provider.generate(request);
        expect(provider.capabilities.usage).toBe(true);
        expect(result.usage?.inputTokens).toBe(server.stats.inputTokens);
        expect(result.usage?.outputTokens).toBe(server.stats.outputTokens);
        expect(result.usage?.inputTokens).toBeGreaterThan(0);
      },
    );

    optional(target.skip?.usage)(
      "through core's client, totals equal the server's billed tokens under every fault, retries and repairs included",
      async () => {
        // Each call meets some of: a 5xx, a reset, a 429, a non-JSON answer (repaired), a fenced
        // one (read as is), and one still wrong after its repair (a response error, billed too).
        server.script([
          { status: 503 },
          { kind: "non-json-content", content: PROSE_ANSWER },
          { kind: "reset" },
          { kind: "fenced-content" },
          { kind: "rate-limit", retryAfterMs: 5 },
          { kind: "non-json-content", content: PROSE_ANSWER },
          { kind: "non-json-content", content: PROSE_ANSWER },
        ]);
        const run = new Run();
        const client = new LLMClient({
          provider,
          run,
          retry: { baseDelayMs: 1, maxDelayMs: 5 },
        });
        const outcomes: unknown[] = [];
        for (let i = 0; i < 4; i++) {
          outcomes.push(await client.generate(request).catch((e: unknown) => e));
        }
        expect(outcomes.filter((o) => o instanceof LLMResponseError)).toHaveLength(1);
        const totals = run.usage.summary().totals;
        expect(totals).toMatchObject({
          calls: 3,
          failures: 1,
          repairs: 2,
          inputTokens: server.stats.inputTokens,
          outputTokens: server.stats.outputTokens,
        });
        expect(totals.requests).toBe(server.stats.requests);
        expect(server.stats.inputTokens).toBeGreaterThan(0);
      },
      // Vendors that write retry-after in whole seconds make the 429 cost a second or two.
      30_000,
    );

    optional(target.skip?.authentication)(
      "maps 401 to AuthenticationError, without the key",
      async () => {
        const error = await failure([{ status: 401 }]);
        expect(error).toBeInstanceOf(AuthenticationError);
        expectNoKey(error);
      },
    );

    it("maps 429 to LLMRateLimitError with the server's retry-after", async () => {
      const error = await failure([{ kind: "rate-limit", retryAfterMs: 1_500 }]);
      expect(error).toBeInstanceOf(LLMRateLimitError);
      const retryAfterMs = (error as LLMRateLimitError).retryAfterMs ?? 0;
      expect(retryAfterMs).toBeGreaterThanOrEqual(1_000);
      expect(retryAfterMs).toBeLessThanOrEqual(2_000);
      expectNoKey(error);
    });

    it("maps 500 to ServerError, and makes one HTTP request per call (SDK retries off)", async () => {
      const error = await failure([{ status: 500 }]);
      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).retryable).toBe(true);
      expect(server.stats.requests).toBe(1);
      expectNoKey(error);
    });

    it("maps a reset connection to LLMConnectionError", async () => {
      const error = await failure([{ kind: "reset" }]);
      expect(error).toBeInstanceOf(LLMConnectionError);
      expectNoKey(error);
    });

    it("honours the abort signal on a hung call", async () => {
      const controller = new AbortController();
      const held = nextFaultTaken(server);
      const pending = failure([{ kind: "hang" }], { ...request, signal: controller.signal });
      await held;
      const abortedAt = Date.now();
      controller.abort();
      const error = await pending;
      expect(error).toBeInstanceOf(LLMCancelledError);
      expect(Date.now() - abortedAt).toBeLessThan(1_500);
    });

    it("times out a hung call through core", async () => {
      server.script([{ kind: "hang" }]);
      const client = new LLMClient({
        provider,
        run: new Run(),
        timeoutMs: 200,
        retry: { maxRetries: 0 },
      });
      const started = Date.now();
      await expect(client.generate(request)).rejects.toBeInstanceOf(LLMTimeoutError);
      expect(Date.now() - started).toBeLessThan(2_000);
    });
  });
}

export interface RateLimitRidingTarget {
  /** Shown in the suite's title. */
  name: string;
  model: string;
  apiKey?: string;
  /** Starts the vendor's fake with these limits, latency and clock. */
  startServer: (options: {
    apiKey: string;
    clock: VirtualClock;
    latencyMs: number;
    rateLimit: {
      requestsPerMinute: number;
      window: "rolling";
      burstSeconds: number;
      limitHeaders: boolean;
    };
  }) => Promise<FakeVendorServer>;
  createProvider: (server: FakeVendorServer, apiKey: string) => Provider | Promise<Provider>;
  /** The vendor states its limits in headers (OpenAI, Azure, Anthropic): also run with them. */
  limitHeaders: boolean;
}

/**
 * Declares the rate-limit riding checks for a provider, over HTTP through its real SDK, on a
 * virtual clock shared by the client and the fake: the tryout server (600 requests a
 * minute, a 10-second burst, 100 ms answers), 300 calls at 16 in flight, the limit not told.
 * All calls must complete, under 2% of requests be refused, at 0.9 or more of the limit's rate.
 */
export function describeRateLimitRiding(target: RateLimitRidingTarget): void {
  const apiKey = target.apiKey ?? DEFAULT_KEY;
  const modes = target.limitHeaders ? [false, true] : [false];
  describe(`rate-limit riding: ${target.name}`, () => {
    it.each(modes)(
      "300 calls at a 600/min limit with a 10 s burst; limit headers: %s",
      async (limitHeaders) => {
        // Anthropic writes resets as dates: the clock starts at a real one.
        const clock = new VirtualClock(Date.UTC(2026, 0, 1));
        const latencyMs = 100;
        const rateLimit = {
          requestsPerMinute: 600,
          window: "rolling" as const,
          burstSeconds: 10,
          limitHeaders,
        };
        const server = await target.startServer({ apiKey, clock, latencyMs, rateLimit });
        const provider = await target.createProvider(server, apiKey);
        try {
          const run = new Run({ clock, limiters: new RateLimiters({ clock, concurrency: 16 }) });
          const client = new LLMClient({ provider, run, random: seededRandom(7) });
          const limiter = run.limiters.for(provider.id, target.model);
          const requests = 300;
          const started = clock.now();
          let next = 0;
          let failed = 0;
          let last = started;
          const work = Promise.all(
            Array.from({ length: 16 }, async () => {
              while (next < requests) {
                next += 1;
                await client
                  .generate({
                    model: target.model,
                    messages: [{ role: "user", content: `Model ${next}.` }],
                    maxOutputTokens: 50,
                  })
                  .then(
                    () => {
                      last = clock.now();
                    },
                    () => {
                      failed += 1;
                    },
                  );
              }
            }),
          );
          // Settled: every call the limiter let out is waiting at the server on the clock.
          const parked = () =>
            server.stats.requests - server.stats.completed - server.stats.rateLimited;
          await runOnVirtualTime(clock, work, () => limiter.stats().inFlight === parked());
          const ideal = idealMs({
            limit: { shape: "rolling", requestsPerMinute: 600, burstSeconds: 10 },
            requests,
            concurrency: 16,
            latencyMs,
          });
          expect(failed).toBe(0);
          expect(server.stats.completed).toBe(requests);
          expect(server.stats.rateLimited / server.stats.requests).toBeLessThan(0.02);
          expect(ideal / (last - started)).toBeGreaterThanOrEqual(0.9);
          run.dispose();
        } finally {
          await provider.close?.();
          await server.close();
        }
      },
      60_000,
    );
  });
}
