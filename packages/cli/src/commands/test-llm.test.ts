// `osmosis test-llm` end to end, in-process: the real config loader, the provider package
// imported from the project folder, the openai SDK, and a fake OpenAI server on loopback.
import { randomBytes } from "node:crypto";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../program.js";
import { testContext } from "../test-support/context.js";

/** Inside the CLI package, so `@osmosis/provider-openai` (a devDependency) resolves from it. */
const WORK = fileURLToPath(new URL("../../.test-work/", import.meta.url));
const KEY = "sk-test-0123456789abcdefghijklmnop";
const made: string[] = [];

/** A folder holding `osmosis.config.json` with `config`. */
async function projectWith(config: object): Promise<string> {
  const dir = join(WORK, `test-llm-${randomBytes(6).toString("hex")}`);
  made.push(dir);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "osmosis.config.json"), JSON.stringify(config, null, 2));
  return dir;
}

async function testLlm(
  dir: string,
  args: string[] = [],
  env: Record<string, string> = { OPENAI_API_KEY: KEY },
  command = "test-llm",
) {
  const t = testContext({ env, cwd: dir });
  const code = await runCli([command, ...args], t.ctx);
  return { code, out: t.stdout(), err: t.stderr(), all: t.stdout() + t.stderr() };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

/** Short back-off, so a retried failure does not wait a second. */
const fastRetry = { retry: { baseDelay: 0.01, maxDelay: 0.05 } };

describe("osmosis test-llm", () => {
  let limited: FakeOpenAIServer;
  let plain: FakeOpenAIServer;
  let dir: string;

  beforeAll(async () => {
    limited = await startFakeOpenAIServer({
      apiKey: KEY,
      rateLimit: { requestsPerMinute: 500, tokensPerMinute: 200_000 },
    });
    plain = await startFakeOpenAIServer({ apiKey: KEY });
    dir = await projectWith({
      provider: "openai",
      providers: { openai: { baseURL: limited.url } },
      ...fastRetry,
    });
  });

  beforeEach(() => {
    limited.reset();
    plain.reset();
  });

  afterAll(async () => {
    await limited?.close();
    await plain?.close();
    for (const folder of made) await rm(folder, { recursive: true, force: true });
    // The shared folder goes when no other test file is using it.
    await rmdir(WORK).catch(() => {});
  });

  it("prints the provider, model, latency, structured output, tokens and the vendor's limits", async () => {
    const { code, out, err } = await testLlm(dir);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("openai (@osmosis/provider-openai)");
    expect(out).toMatch(/model\s+gpt-4o-mini/);
    expect(out).toContain(`base URL    ${limited.url}`);
    expect(out).toContain("key         from OPENAI_API_KEY");
    expect(out).toMatch(/latency\s+\d+ ms/);
    expect(out).toMatch(/structured\s+native JSON Schema; the answer matched/);
    expect(out).toMatch(/tokens\s+\d+ in, \d+ out/);
    expect(out).toMatch(/limits\s+requests [\d,]+ of 500 left.* · tokens [\d,]+ of 200,000 left/);
    expect(out).toContain("OK openai/gpt-4o-mini answered");
    expect(out).not.toContain(KEY);
    // One request, no cache: a second run asks again.
    expect(limited.stats.requests).toBe(1);
    expect((await testLlm(dir)).code).toBe(0);
    expect(limited.stats.requests).toBe(2);
  });

  it("answers as `doctor` too, with --model", async () => {
    const { code, out } = await testLlm(dir, ["--model", "gpt-4o"], undefined, "doctor");
    expect(code).toBe(0);
    expect(out).toMatch(/model\s+gpt-4o\n/);
    expect(limited.requests.at(-1)?.body).toMatchObject({
      model: "gpt-4o",
      response_format: { type: "json_schema" },
    });
  });

  it("says the vendor reported no limits when the answer has no rate-limit headers", async () => {
    const here = await projectWith({ providers: { openai: { baseURL: plain.url } } });
    const { code, out } = await testLlm(here);
    expect(code).toBe(0);
    expect(out).toContain("the vendor reported no limits (osmosis will learn them as it goes)");
  });

  it("reports text extraction when the provider asks for no structured output", async () => {
    // The model answers in prose with a fenced JSON block, echoing the word it was given.
    const server = await startFakeOpenAIServer({
      apiKey: KEY,
      reply: (body) => {
        const word = /osmosis-[0-9a-f]{6}/.exec(JSON.stringify(body.messages))?.[0];
        return `Sure:\n\`\`\`json\n{"ok": true, "echo": "${word}"}\n\`\`\``;
      },
    });
    try {
      const here = await projectWith({
        providers: { openai: { baseURL: server.url, structuredOutput: "none" } },
      });
      const { code, out } = await testLlm(here);
      expect(code).toBe(0);
      expect(out).toMatch(
        /structured\s+text extraction \(osmosis reads the JSON out of the answer's text\); the JSON had to be extracted from text around it\n/,
      );
      expect(server.requests[0]?.body).not.toHaveProperty("response_format");
    } finally {
      await server.close();
    }
  });

  it("a bad key: exit 1, the authentication advice, and the key never printed", async () => {
    const wrong = "sk-wrong-9876543210zyxwvutsrqpo";
    const { code, out, err, all } = await testLlm(dir, [], { OPENAI_API_KEY: wrong });
    expect(code).toBe(1);
    expect(err).toContain("FAILED the key was rejected (authentication)");
    expect(err).toContain("Check OPENAI_API_KEY");
    expect(err).toContain("https://platform.openai.com/api-keys");
    expect(out).toContain("key         from OPENAI_API_KEY");
    expect(all).not.toContain(wrong);
    expect(all).not.toContain(KEY);
  });

  it("a bad key set in the config file: named as such, and never printed", async () => {
    const secret = "plain-secret-value-without-a-known-shape";
    const here = await projectWith({
      providers: { openai: { baseURL: limited.url, apiKey: secret } },
    });
    const { code, err, all } = await testLlm(here, [], {});
    expect(code).toBe(1);
    expect(err).toContain("Check providers.openai.apiKey in osmosis.config.json");
    expect(all).not.toContain(secret);
  });

  it("no key: exit 2, naming the variable and the config key", async () => {
    const { code, err } = await testLlm(dir, [], {});
    expect(code).toBe(2);
    expect(err).toContain("OPENAI_API_KEY is not set.");
    expect(err).toContain(
      "Set OPENAI_API_KEY (export OPENAI_API_KEY=…) or add providers.openai.apiKey to osmosis.config.json.",
    );
    expect(limited.stats.requests).toBe(0);
  });

  it("connection refused: exit 1 with the endpoint advice, after one retry", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const here = await projectWith({ providers: { openai: { baseURL: url } }, ...fastRetry });
    const { code, err } = await testLlm(here);
    expect(code).toBe(1);
    expect(err).toContain(`FAILED could not connect to ${url} (connection) (after 1 retry)`);
    expect(err).toContain(
      "Check the base URL or host (providers.openai.baseURL or OPENAI_BASE_URL)",
    );
  });

  it("an unknown model: exit 1, naming it and how to list the models", async () => {
    limited.script([{ status: 404, code: "model_not_found" }]);
    const { code, err } = await testLlm(dir, ["--model", "gpt-nope"]);
    expect(code).toBe(1);
    expect(err).toContain('FAILED model "gpt-nope" not found');
    expect(err).toContain("GET <base URL>/models");
    expect(limited.stats.requests).toBe(1);
  });

  it("an exhausted quota: exit 1 with the billing page", async () => {
    limited.script([{ kind: "insufficient-quota" }]);
    const { code, err } = await testLlm(dir);
    expect(code).toBe(1);
    expect(err).toContain("out of credit or quota (quota exhausted)");
    expect(err).toContain("https://platform.openai.com/settings/organization/billing");
  });

  it("a rate limit: exit 1 at once, with the wait the vendor asks for and its limits", async () => {
    limited.script([{ kind: "rate-limit", retryAfterMs: 20_000 }]);
    const { code, err } = await testLlm(dir);
    expect(code).toBe(1);
    expect(err).toContain("FAILED rate limited");
    expect(err).toContain("The vendor asks to wait 20.0 s.");
    expect(err).toMatch(/limits requests [\d,]+ of 500 left/);
    expect(limited.stats.requests).toBe(1);
  });

  it("a timeout: exit 1, saying how to raise it", async () => {
    limited.script([{ kind: "hang" }]);
    const { code, err } = await testLlm(dir, ["--timeout", "0.2", "--max-retries", "0"]);
    expect(code).toBe(1);
    expect(err).toContain("FAILED no answer within 0.2 s (timeout)");
    expect(err).toContain("--timeout, OSMOSIS_LLM_TIMEOUT");
  });

  it("a bad config: exit 2, naming the file and the field", async () => {
    const here = await projectWith({
      providers: { openai: { baseURL: limited.url } },
      timeout: -1,
    });
    const { code, err } = await testLlm(here);
    expect(code).toBe(2);
    expect(err).toContain("osmosis.config.json");
    expect(err).toContain("timeout");
    expect(limited.stats.requests).toBe(0);
  });

  // (@osmosis/provider-gemini resolves from here under vitest, so a made-up id stands in for a
  // provider whose package is not installed.)
  it("a provider whose package is not installed: exit 2, naming the package", async () => {
    const { code, err } = await testLlm(dir, ["--provider", "acme"]);
    expect(code).toBe(2);
    expect(err).toContain('Unknown provider "acme"');
    expect(err).toContain("osmosis-provider-acme");
  });
});
