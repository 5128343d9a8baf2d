// Microsoft Entra ID tokens for Azure OpenAI, from @azure/identity: an optional peer, loaded only when used.
import { AuthenticationError, type Env, LLMConfigError, LLMError } from "@osmosis/core";

/** The part of @azure/identity used here. */
export type AzureIdentity = Pick<
  typeof import("@azure/identity"),
  "DefaultAzureCredential" | "EnvironmentCredential" | "getBearerTokenProvider"
>;

export type AzureIdentityImporter = () => Promise<AzureIdentity>;

export type TokenProvider = () => Promise<string>;

const importAzureIdentity: AzureIdentityImporter = () => import("@azure/identity");

const INSTALL_HINT =
  'Install it next to osmosis: `pnpm add @azure/identity` (on Node 20, `pnpm add @azure/identity@4.13.1`: later versions need Node 22). Or use an API key: set AZURE_OPENAI_API_KEY and auth: "api-key".';

/**
 * True when @azure/identity itself is missing, not one of its own dependencies. Follows `cause`,
 * as loaders and test runners wrap the import's error.
 */
function isModuleNotFound(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (
      (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
      e.message.includes("'@azure/identity'")
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A token provider over @azure/identity's credential chain: `EnvironmentCredential` when
 * AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET are all set (as dbt-osmosis does),
 * else `DefaultAzureCredential` (Azure CLI, managed identity, workload identity…). The package
 * is imported on the first call; `getBearerTokenProvider` then caches the token and refreshes it
 * before it expires, so long runs outlive the one-hour token lifetime.
 */
export function entraIdTokenProvider(
  scope: string,
  env: Env,
  importIdentity: AzureIdentityImporter = importAzureIdentity,
): TokenProvider {
  let loading: Promise<TokenProvider> | undefined;
  const load = async (): Promise<TokenProvider> => {
    let identity: AzureIdentity;
    try {
      identity = await importIdentity();
    } catch (error) {
      throw new LLMConfigError(
        isModuleNotFound(error)
          ? 'auth: "entra-id" needs the @azure/identity package, which is not installed.'
          : "@azure/identity is installed but failed to load.",
        {
          provider: "azure-openai",
          field: "providers.azure-openai.auth",
          hint: isModuleNotFound(error) ? INSTALL_HINT : "Reinstall it; the cause says why.",
          cause: error,
        },
      );
    }
    const servicePrincipal = Boolean(
      env.AZURE_TENANT_ID && env.AZURE_CLIENT_ID && env.AZURE_CLIENT_SECRET,
    );
    const credential = servicePrincipal
      ? new identity.EnvironmentCredential()
      : new identity.DefaultAzureCredential();
    return identity.getBearerTokenProvider(credential, scope);
  };
  return async () => {
    loading ??= load();
    return (await loading)();
  };
}

/**
 * Turns a token provider's failure into an osmosis error. The openai SDK would wrap it in a
 * plain `OpenAIError`; the provider unwraps this one from its `cause`.
 */
export function guardTokenProvider(get: TokenProvider, scope: string): TokenProvider {
  return async () => {
    let token: unknown;
    try {
      token = await get();
    } catch (error) {
      if (LLMError.isInstance(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new AuthenticationError(
        `azure-openai: could not get a Microsoft Entra ID token for ${scope}: ${reason.slice(0, 500)}`,
        {
          provider: "azure-openai",
          cause: error,
          hint: "Sign in with `az login`, use a managed identity, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal.",
        },
      );
    }
    if (typeof token !== "string" || token === "") {
      throw new AuthenticationError(
        "azure-openai: the Microsoft Entra ID token provider returned no token.",
        {
          provider: "azure-openai",
          hint: "azureADTokenProvider must resolve to an access token string.",
        },
      );
    }
    return token;
  };
}
