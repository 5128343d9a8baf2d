// The Azure provider through the real AzureOpenAI client, over HTTP, against the fake's Azure paths.
import {
  AuthenticationError,
  ContentFilterError,
  type Env,
  type GenerateRequest,
  InvalidRequestError,
  LLMCancelledError,
  LLMClient,
  LLMConfigError,
  LLMConnectionError,
  type LLMError,
  LLMRateLimitError,
  LLMResponseError,
  NotFoundError,
  PermissionDeniedError,
  type Provider,
  ProviderRegistry,
  Run,
  ServerError,
} from "@osmosis/core";
import {
  type FakeFault,
  type FakeOpenAIServer,
  type FakeOpenAIServerOptions,
  nextFaultTaken,
  startFakeOpenAIServer,
} from "@osmosis/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import answerFiltered from "./__fixtures__/azure-answer-filtered.json" with { type: "json" };
import reasoningModelOldApiVersion from "./__fixtures__/azure-reasoning-model-old-api-version.json" with {
  type: "json",
};
import azurePlugin, { DEFAULT_API_VERSION } from "./index.js";

/** Fails the test when a call expected to fail succeeds. */
const unexpected = (): never => {
  throw new Error("expected the call to fail");
};

const API_KEY = "3f9c2a7b8d1e4f60a5b7c9d2e1f08a4b";
const DEPLOYMENT = "docs-4o-mini";

const schema = {
  type: "object",
  properties: {
    description: { type: "string" },
    columns: {
      type: "array",
      items: {
        type: "object",
        properties: { name: { type: "string" }, description: { type: "string" } },
        required: ["name", "description"],
        additionalProperties: false,
      },
    },
  },
  required: ["description", "columns"],
  additionalProperties: false,
};

const request: GenerateRequest = {
  model: DEPLOYMENT,
  system: "You document dbt models.",
  messages: [{ role: "user", content: "Model orders: select order_id, amount from raw.orders" }],
  temperature: 0,
  maxOutputTokens: 400,
  output: { name: "model_doc", schema },
};

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function startServer(options: FakeOpenAIServerOptions = {}) {
  const server = await startFakeOpenAIServer({
    apiKey: API_KEY,
    deployments: { [DEPLOYMENT]: "gpt-4o-mini-2024-07-18" },
    ...options,
  });
  servers.push(server);
  return server;
}

function create(env: Env, options: Record<string, unknown> = {}): Promise<Provider> {
  return new ProviderRegistry([azurePlugin]).create("azure-openai", { env, options });
}

/** A provider configured the way dbt-osmosis users have it: its variable names. */
async function setup(options: Record<string, unknown> = {}, server?: FakeOpenAIServer) {
  const fake = server ?? (await startServer());
  const provider = await create(
    {
      AZURE_OPENAI_BASE_URL: fake.endpoint,
      AZURE_OPENAI_API_KEY: API_KEY,
      AZURE_OPENAI_DEPLOYMENT_NAME: DEPLOYMENT,
    },
    options,
  );
  return { server: fake, provider };
}

async function failure(provider: Provider, server: FakeOpenAIServer, faults: FakeFault[]) {
  server.script(faults);
  return provider.generate(request).then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as LLMError,
  );
}

function expectNoKey(error: LLMError, key = API_KEY) {
  expect(error.message).not.toContain(key);
  expect(JSON.stringify(error.toJSON())).not.toContain(key);
}

describe("Azure OpenAI provider: requests and answers", () => {
  it("calls the deployment with api-version and the api-key header, and returns the JSON text and usage", async () => {
    const { server, provider } = await setup();
    const result = await provider.generate(request);

    const sent = server.requests.at(-1);
    expect(sent).toMatchObject({
      path: `/openai/deployments/${DEPLOYMENT}/chat/completions`,
      deployment: DEPLOYMENT,
      apiVersion: DEFAULT_API_VERSION,
      body: {
        model: DEPLOYMENT,
        temperature: 0,
        max_completion_tokens: 400,
        messages: [
          { role: "system", content: "You document dbt models." },
          { role: "user", content: request.messages[0]?.content },
        ],
        response_format: { type: "json_schema", json_schema: { name: "model_doc", strict: true } },
      },
    });
    expect(sent?.headers["api-key"]).toBe(API_KEY);
    expect(sent?.headers.authorization).toBeUndefined();

    expect(JSON.parse(result.text)).toEqual({
      description: "Example description",
      columns: [{ name: "Example name", description: "Example description" }],
    });
    expect(result.model).toBe("gpt-4o-mini-2024-07-18");
    expect(result.finishReason).toBe("stop");
    expect(result.requestId).toMatch(/^req_/);
    expect(result.usage).toEqual({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
      cachedInputTokens: 0,
    });
    expect(provider.id).toBe("azure-openai");
    expect(provider.defaultModel).toBe(DEPLOYMENT);
    expect(provider.capabilities).toEqual({
      jsonSchema: true,
      jsonMode: true,
      usage: true,
      cachedInputUsage: true,
      rateLimitHeaders: true,
    });
  });

  it("reports Azure's remaining-budget headers as rate-limit state", async () => {
    const server = await startServer({ rateLimit: { requestsPerMinute: 600 } });
    const { provider } = await setup({}, server);
    const result = await provider.generate(request);
    // How much the fake counts as remaining (the minute's budget, or the burst sendable now) is
    // its own choice; that the header is read, and the absent limit left out, is the provider's.
    const remaining = result.rateLimit?.remainingRequests ?? -1;
    expect(Number.isInteger(remaining)).toBe(true);
    expect(remaining).toBeGreaterThanOrEqual(0);
    expect(remaining).toBeLessThan(600);
    expect(result.rateLimit?.limitRequests).toBeUndefined();
  });

  it("sends the request's model as the deployment", async () => {
    const server = await startServer({ deployments: [DEPLOYMENT, "docs-4o"] });
    const { provider } = await setup({}, server);
    await provider.generate({ ...request, model: "docs-4o" });
    expect(server.requests.at(-1)?.path).toBe("/openai/deployments/docs-4o/chat/completions");
  });

  it("uses max_tokens and JSON mode with API versions that predate them", async () => {
    const { server, provider } = await setup({ apiVersion: "2024-02-01" });
    const result = await provider.generate(request);
    expect(server.requests.at(-1)?.apiVersion).toBe("2024-02-01");
    expect(server.requests.at(-1)?.body).toMatchObject({
      max_tokens: 400,
      response_format: { type: "json_object" },
    });
    expect(JSON.parse(result.text)).toEqual({ result: "Example result", ok: true });
    expect(provider.capabilities.jsonSchema).toBe(false);
  });

  it("accepts an endpoint written with /openai or a trailing slash", async () => {
    const server = await startServer();
    for (const endpoint of [`${server.endpoint}/`, `${server.endpoint}/openai/`]) {
      const provider = await create({}, { endpoint, apiKey: API_KEY, deployment: DEPLOYMENT });
      await provider.generate(request);
      expect(server.requests.at(-1)?.path).toBe(
        `/openai/deployments/${DEPLOYMENT}/chat/completions`,
      );
    }
  });
});

describe("Azure OpenAI provider: answers that cannot be used are returned, billed", () => {
  it("returns an answer that is not JSON as text with its usage", async () => {
    const { server, provider } = await setup();
    server.script([{ kind: "non-json-content", content: "One row per order." }]);
    const result = await provider.generate(request);
    expect(result).toMatchObject({ text: "One row per order.", finishReason: "stop" });
    expect(result.usage).toMatchObject({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
  });

  it("returns an answer Azure's filter stopped as content_filter naming the categories (azure-answer-filtered)", async () => {
    const { server, provider } = await setup();
    server.script([{ status: 200, body: answerFiltered }]);
    const result = await provider.generate(request);
    expect(result).toMatchObject({
      text: "",
      finishReason: "content_filter",
      refusal: "Azure's content filter flagged violence (medium)",
      usage: { inputTokens: 43, outputTokens: 17, cachedInputTokens: 0 },
    });
  });

  it("through core's client: the filtered answer is a ContentFilterError, the unparsable one an LLMResponseError, each with its usage", async () => {
    const { server, provider } = await setup();
    const client = new LLMClient({ provider, run: new Run(), maxRepairs: 0 });
    server.script([{ status: 200, body: answerFiltered }]);
    const filtered = await client.generate(request).then(unexpected, (e: unknown) => e);
    expect(filtered).toBeInstanceOf(ContentFilterError);
    expect((filtered as ContentFilterError).message).toContain("violence (medium)");
    expect((filtered as ContentFilterError).usage).toMatchObject({
      inputTokens: 43,
      outputTokens: 17,
    });

    server.reset();
    server.script([{ kind: "non-json-content" }]);
    const unparsable = await client.generate(request).then(unexpected, (e: unknown) => e);
    expect(unparsable).toBeInstanceOf(LLMResponseError);
    expect((unparsable as LLMResponseError).usage).toMatchObject({
      inputTokens: server.stats.inputTokens,
      outputTokens: server.stats.outputTokens,
    });
  });
});

describe("Azure OpenAI provider: errors", () => {
  it.each<[string, FakeFault, new (...args: never[]) => LLMError, RegExp]>([
    [
      "401",
      { status: 401 },
      AuthenticationError,
      /invalid subscription key.*AZURE_OPENAI_API_KEY/s,
    ],
    ["403", { status: 403 }, PermissionDeniedError, /Virtual Network\/Firewall rules/],
    ["500", { status: 500 }, ServerError, /server had an error/],
    [
      "content filter",
      { status: 400, code: "content_filter" },
      ContentFilterError,
      /content management policy.* Flagged: violence \(medium\)\. Azure's content filter blocked the prompt/s,
    ],
  ])("maps %s", async (_name, fault, type, message) => {
    const { server, provider } = await setup();
    const error = await failure(provider, server, [fault]);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
    expect(error.provider).toBe("azure-openai");
    expect(server.stats.requests).toBe(1);
    expectNoKey(error);
  });

  it("maps Azure's 429 to LLMRateLimitError with the retry-after-ms it sent", async () => {
    const { server, provider } = await setup();
    const error = await failure(provider, server, [{ kind: "rate-limit", retryAfterMs: 1500 }]);
    expect(error).toBeInstanceOf(LLMRateLimitError);
    expect((error as LLMRateLimitError).retryAfterMs).toBe(1500);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain("Please retry after 2 seconds.");
    expectNoKey(error);
  });

  it("maps an unknown deployment to NotFoundError naming it", async () => {
    const { provider } = await setup();
    const error = await provider.generate({ ...request, model: "gpt-5-preview" }).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('No deployment "gpt-5-preview" at http://127.0.0.1:');
    expect(error.message).toContain("AZURE_OPENAI_DEPLOYMENT_NAME");
  });

  it("says which api-version a reasoning deployment needs (azure-reasoning-model-old-api-version)", async () => {
    const { server, provider } = await setup({ apiVersion: "2024-10-21" });
    const error = await failure(provider, server, [
      { status: 400, body: reasoningModelOldApiVersion },
    ]);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toContain(
      "Set apiVersion (OPENAI_API_VERSION or AZURE_OPENAI_API_VERSION) to 2024-12-01-preview or later.",
    );
  });

  it("maps a reset connection to LLMConnectionError", async () => {
    const { server, provider } = await setup();
    const error = await failure(provider, server, [{ kind: "reset" }]);
    expect(error).toBeInstanceOf(LLMConnectionError);
  });

  it("aborts a hung call when the signal fires", async () => {
    const { server, provider } = await setup();
    server.script([{ kind: "hang" }]);
    const controller = new AbortController();
    void nextFaultTaken(server).then(() => controller.abort());
    const started = Date.now();
    const error = await provider
      .generate({ ...request, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMCancelledError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe("Azure OpenAI provider: Microsoft Entra ID", () => {
  const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-test-token.c2lnbmF0dXJl";

  async function entraServer() {
    return startServer({ apiKey: undefined, bearerToken: TOKEN });
  }

  it("sends the token from azureADTokenProvider as a bearer token, asking for it on every call", async () => {
    const server = await entraServer();
    const tokenProvider = vi.fn(async () => TOKEN);
    const provider = await create(
      {},
      { endpoint: server.endpoint, deployment: DEPLOYMENT, azureADTokenProvider: tokenProvider },
    );
    await provider.generate(request);
    await provider.generate(request);
    expect(tokenProvider).toHaveBeenCalledTimes(2);
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests.at(-1)?.headers["api-key"]).toBeUndefined();
  });

  it("ignores AZURE_OPENAI_API_KEY and OPENAI_BASE_URL in process.env, which the SDK would read", async () => {
    vi.stubEnv("AZURE_OPENAI_API_KEY", "0000000000000000000000000000000a");
    vi.stubEnv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
    const server = await entraServer();
    const provider = await create(
      { LLM_PROVIDER: "azure-openai-ad", AZURE_OPENAI_API_KEY: "0000000000000000000000000000000a" },
      {
        endpoint: server.endpoint,
        deployment: DEPLOYMENT,
        azureADTokenProvider: async () => TOKEN,
      },
    );
    await expect(provider.generate(request)).resolves.toMatchObject({ finishReason: "stop" });
  });

  it("explains a refused token in terms of scope and role", async () => {
    const server = await entraServer();
    const provider = await create(
      { LLM_PROVIDER: "azure-openai-ad", AZURE_OPENAI_AD_TOKEN_SCOPE: "api://my-gateway" },
      {
        endpoint: server.endpoint,
        deployment: DEPLOYMENT,
        azureADTokenProvider: async () => "expired-token-value",
      },
    );
    const error = await provider.generate(request).then(unexpected, (e: unknown) => e as LLMError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("tokenScope (api://my-gateway/.default");
    expect(error.message).toContain('"Cognitive Services OpenAI User" role');
  });

  it("reports a token provider's failure as AuthenticationError, without calling Azure", async () => {
    const server = await entraServer();
    const provider = await create(
      {},
      {
        endpoint: server.endpoint,
        deployment: DEPLOYMENT,
        auth: "entra-id",
        azureADTokenProvider: async () => {
          throw new Error("AzureCliCredential: Please run 'az login' to set up an account.");
        },
      },
    );
    const error = await provider.generate(request).then(unexpected, (e: unknown) => e as LLMError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(
      /^azure-openai: could not get a Microsoft Entra ID token for https:\/\/cognitiveservices\.azure\.com\/\.default: AzureCliCredential: Please run 'az login'/,
    );
    expect(server.stats.requests).toBe(0);
  });
});

describe("Azure OpenAI provider: configuration", () => {
  it("reads the SDK's variable names first, dbt-osmosis's as fallbacks", async () => {
    const server = await startServer();
    const dbtOsmosis = await create({
      AZURE_OPENAI_BASE_URL: server.endpoint,
      AZURE_OPENAI_API_KEY: API_KEY,
      AZURE_OPENAI_DEPLOYMENT_NAME: DEPLOYMENT,
      AZURE_OPENAI_API_VERSION: "2024-10-21",
    });
    await dbtOsmosis.generate(request);
    expect(server.requests.at(-1)?.apiVersion).toBe("2024-10-21");

    const both = await create({
      AZURE_OPENAI_ENDPOINT: server.endpoint,
      AZURE_OPENAI_BASE_URL: "http://127.0.0.1:9",
      AZURE_OPENAI_API_KEY: API_KEY,
      AZURE_OPENAI_DEPLOYMENT_NAME: DEPLOYMENT,
      OPENAI_API_VERSION: "2025-04-01-preview",
      AZURE_OPENAI_API_VERSION: "2024-10-21",
    });
    await both.generate(request);
    expect(server.requests.at(-1)?.apiVersion).toBe("2025-04-01-preview");
  });

  it("lets osmosis.config.ts options win over the environment", async () => {
    const server = await startServer({ deployments: ["from-env", "from-config"] });
    const provider = await create(
      {
        AZURE_OPENAI_ENDPOINT: "http://127.0.0.1:9",
        AZURE_OPENAI_API_KEY: "ffffffffffffffffffffffffffffffff",
        AZURE_OPENAI_DEPLOYMENT_NAME: "from-env",
      },
      { endpoint: server.endpoint, apiKey: API_KEY, deployment: "from-config" },
    );
    expect(provider.defaultModel).toBe("from-config");
    await provider.generate({ ...request, model: "from-config" });
    expect(server.requests.at(-1)?.headers["api-key"]).toBe(API_KEY);
  });

  it("takes LLM_PROVIDER=azure-openai-ad as Entra ID, so no key is needed", async () => {
    const provider = await create({
      LLM_PROVIDER: "azure-openai-ad",
      AZURE_OPENAI_BASE_URL: "https://my-resource.openai.azure.com/",
      AZURE_OPENAI_DEPLOYMENT_NAME: DEPLOYMENT,
    });
    expect(provider.defaultModel).toBe(DEPLOYMENT);
  });

  it('takes provider: "azure-openai-ad" in the config file as Entra ID too', async () => {
    const registry = new ProviderRegistry([azurePlugin]);
    const env = {
      AZURE_OPENAI_ENDPOINT: "https://my-resource.openai.azure.com",
      AZURE_OPENAI_DEPLOYMENT_NAME: DEPLOYMENT,
    };
    await expect(registry.create("azure-openai-ad", { env })).resolves.toMatchObject({
      id: "azure-openai",
    });
    // The same options under the plain id still need a key: the alias is part of the client's identity.
    await expect(registry.create("azure-openai", { env })).rejects.toThrowError(
      /^AZURE_OPENAI_API_KEY is not set\./,
    );
  });

  const complete = {
    AZURE_OPENAI_ENDPOINT: "https://my-resource.openai.azure.com",
    AZURE_OPENAI_API_KEY: API_KEY,
    AZURE_OPENAI_DEPLOYMENT_NAME: DEPLOYMENT,
  };
  it.each([
    ["AZURE_OPENAI_ENDPOINT", "providers.azure-openai.endpoint"],
    ["AZURE_OPENAI_API_KEY", "providers.azure-openai.apiKey"],
    ["AZURE_OPENAI_DEPLOYMENT_NAME", "providers.azure-openai.deployment"],
  ])("says when %s is missing", async (variable, field) => {
    const env: Record<string, string> = { ...complete };
    delete env[variable];
    const error = await create(env).then(unexpected, (e: unknown) => e as LLMConfigError);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toMatch(new RegExp(`^${variable} is not set\\. `));
    expect(error.field).toBe(field);
    expectNoKey(error);
  });

  it("rejects unknown options and bad values, naming the field", async () => {
    const unknown = await create(complete, { deploymentName: "x" }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(LLMConfigError);
    expect((unknown as Error).message).toContain("deploymentName");
    const auth = await create(complete, { auth: "managed-identity" }).catch((e: unknown) => e);
    expect((auth as Error).message).toContain('must be "api-key" or "entra-id"');
    const conflict = await create(complete, {
      auth: "api-key",
      azureADTokenProvider: async () => "t",
    }).catch((e: unknown) => e);
    expect((conflict as Error).message).toContain('auth is "api-key" but azureADTokenProvider');
  });
});
