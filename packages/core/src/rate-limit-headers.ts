// Reads vendors' rate-limit and retry headers into `RateLimitState`, once for every provider:
// OpenAI's `x-ratelimit-*` (also Azure OpenAI and most OpenAI-compatible servers), Anthropic's
// `anthropic-ratelimit-*`, and the standard `retry-after` (plus OpenAI's `retry-after-ms`).
import type { RateLimitState } from "./provider.js";

/** Anything with a case-insensitive `get`, as `Headers` and the SDKs' header objects have. */
export type HeaderBag = { get(name: string): string | null } | undefined | null;

/**
 * Parses OpenAI's reset durations: "1s", "120ms", "6m0s", "1h2m3.5s" (Go's `time.Duration`
 * format), and a bare number of seconds. Hand-written because this format is not ISO 8601 and
 * no small library reads it.
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

/** Milliseconds from `now` until an RFC 3339 time (`2025-08-21T12:40:59Z`), never negative. */
function msUntil(headers: HeaderBag, name: string, now: number): number | undefined {
  const raw = headers?.get(name);
  if (!raw) return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The limits an answer reports. OpenAI style: `x-ratelimit-{limit,remaining,reset}-{requests,tokens}`
 * (reset as a duration). Anthropic style: `anthropic-ratelimit-requests-*` and, for tokens, the
 * most restrictive `anthropic-ratelimit-tokens-*` or else `anthropic-ratelimit-input-tokens-*`
 * (reset as an RFC 3339 time). `undefined` when the answer reports none.
 */
export function rateLimitFromHeaders(
  headers: HeaderBag,
  now: number = Date.now(),
): RateLimitState | undefined {
  if (!headers) return undefined;
  const state: RateLimitState = {};
  const set = <K extends keyof RateLimitState>(key: K, value: number | undefined) => {
    if (value !== undefined && state[key] === undefined) state[key] = value;
  };
  set("limitRequests", numberHeader(headers, "x-ratelimit-limit-requests"));
  set("remainingRequests", numberHeader(headers, "x-ratelimit-remaining-requests"));
  set("resetRequestsMs", parseOpenAIDuration(headers.get("x-ratelimit-reset-requests")));
  set("limitTokens", numberHeader(headers, "x-ratelimit-limit-tokens"));
  set("remainingTokens", numberHeader(headers, "x-ratelimit-remaining-tokens"));
  set("resetTokensMs", parseOpenAIDuration(headers.get("x-ratelimit-reset-tokens")));

  set("limitRequests", numberHeader(headers, "anthropic-ratelimit-requests-limit"));
  set("remainingRequests", numberHeader(headers, "anthropic-ratelimit-requests-remaining"));
  set("resetRequestsMs", msUntil(headers, "anthropic-ratelimit-requests-reset", now));
  const tokens =
    headers.get("anthropic-ratelimit-tokens-limit") !== null ? "tokens" : "input-tokens";
  set("limitTokens", numberHeader(headers, `anthropic-ratelimit-${tokens}-limit`));
  set("remainingTokens", numberHeader(headers, `anthropic-ratelimit-${tokens}-remaining`));
  set("resetTokensMs", msUntil(headers, `anthropic-ratelimit-${tokens}-reset`, now));
  return Object.keys(state).length ? state : undefined;
}

/**
 * How long the server asked us to wait: `retry-after-ms`, then `retry-after` (seconds or an HTTP
 * date), then the reset time of whichever budget the headers say is exhausted (the longest, when
 * several are).
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
  const waits: number[] = [];
  for (const kind of ["requests", "tokens"]) {
    if (numberHeader(headers, `x-ratelimit-remaining-${kind}`) !== 0) continue;
    const wait = parseOpenAIDuration(headers.get(`x-ratelimit-reset-${kind}`));
    if (wait !== undefined) waits.push(wait);
  }
  for (const kind of ["requests", "tokens", "input-tokens", "output-tokens"]) {
    if (numberHeader(headers, `anthropic-ratelimit-${kind}-remaining`) !== 0) continue;
    const wait = msUntil(headers, `anthropic-ratelimit-${kind}-reset`, now);
    if (wait !== undefined) waits.push(wait);
  }
  return waits.length ? Math.max(...waits) : undefined;
}
