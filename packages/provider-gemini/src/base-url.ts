// Turns a configured Gemini base URL into what the SDK wants: a host root, with the API version apart.

/** The Gemini Developer API's own endpoint, the SDK's default. */
export const GEMINI_DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";

export interface GeminiEndpoint {
  /** Base URL without the API version: the SDK appends `/{apiVersion}/models/…` itself. */
  baseUrl: string;
  /** API version found at the end of the URL (`v1beta`, `v1`), if any. */
  apiVersion?: string;
}

const API_VERSION = /^v\d+(?:(?:alpha|beta)\d*)?$/;

/**
 * Normalises a base URL for `@google/genai`'s `httpOptions.baseUrl`. dbt-osmosis's default
 * GOOGLE_GEMINI_BASE_URL is the OpenAI-compatible endpoint
 * (`https://generativelanguage.googleapis.com/v1beta/openai`), which this provider does not speak:
 * the `/openai` suffix is dropped so the same variable reaches the native API. A trailing API
 * version (`/v1beta`) is split off, because the SDK appends one and would otherwise send
 * `/v1beta/v1beta/models/…`.
 */
export function normalizeGeminiBaseUrl(url: string): GeminiEndpoint {
  const parsed = new URL(url);
  const segments = parsed.pathname.split("/").filter((s) => s !== "");
  if (segments.at(-1) === "openai") segments.pop();
  let apiVersion: string | undefined;
  const last = segments.at(-1);
  if (last !== undefined && API_VERSION.test(last)) {
    apiVersion = last;
    segments.pop();
  }
  parsed.pathname = segments.length > 0 ? `/${segments.join("/")}` : "/";
  parsed.search = "";
  parsed.hash = "";
  const baseUrl = parsed.toString().replace(/\/$/, "");
  return apiVersion === undefined ? { baseUrl } : { baseUrl, apiVersion };
}
