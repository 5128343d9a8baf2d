// The OAuth scope asked of Microsoft Entra ID for Azure OpenAI tokens, normalised like dbt-osmosis.

export const DEFAULT_TOKEN_SCOPE = "https://cognitiveservices.azure.com/.default";

/**
 * A bare resource (`https://cognitiveservices.azure.com`, `api://my-app`, an app id) gets
 * `/.default`, which asks for the app's configured permissions. A `…/.default` scope and an
 * explicit permission (`api://my-app/access_as_user`) are kept as written.
 */
export function normalizeTokenScope(scope: string | undefined): string {
  const trimmed = scope?.trim() ?? "";
  if (!trimmed) return DEFAULT_TOKEN_SCOPE;
  if (trimmed.endsWith("/.default")) return trimmed;
  const resource = trimmed.replace(/\/+$/, "");
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(resource)?.[0];
  const rest = scheme ? resource.slice(scheme.length) : resource;
  // Anything after the host (or app id) names a permission: keep it.
  if (rest.includes("/")) return trimmed;
  return `${resource}/.default`;
}
