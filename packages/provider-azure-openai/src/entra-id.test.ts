import { AuthenticationError, LLMConfigError, type LLMError } from "@osmosis/core";
import { describe, expect, it, vi } from "vitest";
import {
  type AzureIdentity,
  entraIdTokenProvider,
  guardTokenProvider,
  type TokenProvider,
} from "./entra-id.js";

/** Fails the test when a call expected to fail succeeds. */
const unexpected = (): never => {
  throw new Error("expected the call to fail");
};

const SCOPE = "https://cognitiveservices.azure.com/.default";

/** A stand-in for @azure/identity that records which credential was built and for which scope. */
function fakeIdentity() {
  const built: string[] = [];
  const scopes: unknown[] = [];
  class DefaultAzureCredential {
    constructor() {
      built.push("DefaultAzureCredential");
    }
  }
  class EnvironmentCredential {
    constructor() {
      built.push("EnvironmentCredential");
    }
  }
  const identity = {
    DefaultAzureCredential,
    EnvironmentCredential,
    getBearerTokenProvider: (_credential: unknown, scope: unknown) => {
      scopes.push(scope);
      let n = 0;
      return async () => `token-${++n}`;
    },
  } as unknown as AzureIdentity;
  return { identity, built, scopes };
}

describe("entraIdTokenProvider", () => {
  it("loads @azure/identity once, on the first call, and keeps the bearer token provider", async () => {
    const { identity, built, scopes } = fakeIdentity();
    const load = vi.fn(async () => identity);
    const get = entraIdTokenProvider(SCOPE, {}, load);
    expect(load).not.toHaveBeenCalled();
    expect(await get()).toBe("token-1");
    expect(await get()).toBe("token-2");
    expect(load).toHaveBeenCalledTimes(1);
    expect(built).toEqual(["DefaultAzureCredential"]);
    expect(scopes).toEqual([SCOPE]);
  });

  it.each([
    [
      { AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_CLIENT_SECRET: "s" },
      "EnvironmentCredential",
    ],
    [{ AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c" }, "DefaultAzureCredential"],
    [{}, "DefaultAzureCredential"],
  ])("with %j uses %s, as dbt-osmosis does", async (env, credential) => {
    const { identity, built } = fakeIdentity();
    await entraIdTokenProvider(SCOPE, env, async () => identity)();
    expect(built).toEqual([credential]);
  });

  it("says to install @azure/identity when it is missing", async () => {
    const missing = Object.assign(new Error("Cannot find package '@azure/identity'"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    const error = await entraIdTokenProvider(SCOPE, {}, async () => {
      throw missing;
    })().then(unexpected, (e: unknown) => e as LLMConfigError);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toMatch(
      /^auth: "entra-id" needs the @azure\/identity package, which is not installed\. Install it next to osmosis: `pnpm add @azure\/identity`/,
    );
    expect(error.message).toContain("@azure/identity@4.13.1");
    expect(error.field).toBe("providers.azure-openai.auth");
    expect(error.cause).toBe(missing);
  });

  it("tells a broken install apart from a missing one", async () => {
    const transitive = Object.assign(
      new Error(
        "Cannot find package '@azure/msal-node' imported from /app/node_modules/@azure/identity/dist/esm/index.js",
      ),
      { code: "ERR_MODULE_NOT_FOUND" },
    );
    const error = await entraIdTokenProvider(SCOPE, {}, async () => {
      throw transitive;
    })().then(unexpected, (e: unknown) => e as LLMConfigError);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toMatch(/^@azure\/identity is installed but failed to load\./);
  });

  it("finds the functions it needs in the installed @azure/identity", async () => {
    const identity = await import("@azure/identity");
    expect(typeof identity.getBearerTokenProvider).toBe("function");
    expect(typeof identity.DefaultAzureCredential).toBe("function");
    expect(typeof identity.EnvironmentCredential).toBe("function");
  });
});

describe("guardTokenProvider", () => {
  it("passes tokens through", async () => {
    await expect(guardTokenProvider(async () => "t", SCOPE)()).resolves.toBe("t");
  });

  it.each<[string, TokenProvider]>([
    [
      "a credential error",
      async () => {
        throw new Error("ManagedIdentityCredential: no managed identity endpoint found.");
      },
    ],
    ["an empty token", async () => ""],
  ])("turns %s into AuthenticationError", async (_name, get) => {
    const error = await guardTokenProvider(get, SCOPE)().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as LLMError).provider).toBe("azure-openai");
  });

  it("lets osmosis errors through unchanged", async () => {
    const config = new LLMConfigError("x");
    const error = await guardTokenProvider(async () => {
      throw config;
    }, SCOPE)().catch((e: unknown) => e);
    expect(error).toBe(config);
  });
});
