// Reads OpenAI's rate-limit and retry headers (also sent by Azure OpenAI and many compatible servers).
import type { RateLimitState } from "@osmosis/core";

type HeaderBag = { get(name: string): string | null } | undefined | null;

/**
 * Parses OpenAI's reset durations: "1s", "120ms", "6m0s", "1h2m3.5s". Hand-written because
 * this Go-style format is not ISO 8601 and no small library reads it.
 */
export function parseOpenAIDuration(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1_000;
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
  let total = 0;
  let matched = "";
  for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    total += Number(part[1]) * (units[part[2] as string] as number);
    matched += part[0];
  }
  return matched.length === trimmed.length && matched.length > 0 ? total : undefined;
}

function numberHeader(headers: HeaderBag, name: string): number | undefined {
  const raw = headers?.get(name);
  if (raw === null || raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export function rateLimitFromHeaders(headers: HeaderBag): RateLimitState | undefined {
  if (!headers) return undefined;
  const state: RateLimitState = {};
  const set = <K extends keyof RateLimitState>(key: K, value: number | undefined) => {
    if (value !== undefined) state[key] = value;
  };
  set("limitRequests", numberHeader(headers, "x-ratelimit-limit-requests"));
  set("remainingRequests", numberHeader(headers, "x-ratelimit-remaining-requests"));
  set("resetRequestsMs", parseOpenAIDuration(headers.get("x-ratelimit-reset-requests")));
  set("limitTokens", numberHeader(headers, "x-ratelimit-limit-tokens"));
  set("remainingTokens", numberHeader(headers, "x-ratelimit-remaining-tokens"));
  set("resetTokensMs", parseOpenAIDuration(headers.get("x-ratelimit-reset-tokens")));
  return Object.keys(state).length ? state : undefined;
}

/**
 * How long the server asked us to wait: `retry-after-ms`, then `retry-after` (seconds or an HTTP
 * date), then the reset time of whichever budget is exhausted.
 */
export function retryAfterFromHeaders(
  headers: HeaderBag,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = numberHeader(headers, "retry-after-ms");
  if (ms !== undefined && ms >= 0) return ms;
  const raw = headers.get("retry-after");
  if (raw) {
    const seconds = Number(raw);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
    const date = Date.parse(raw);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const state = rateLimitFromHeaders(headers);
  if (state?.remainingRequests === 0 && state.resetRequestsMs !== undefined)
    return state.resetRequestsMs;
  if (state?.remainingTokens === 0 && state.resetTokensMs !== undefined) return state.resetTokensMs;
  return undefined;
}
