// Reads Anthropic's anthropic-ratelimit-* and retry-after headers into core's rate-limit state.
import type { RateLimitState } from "@osmosis/core";

type HeaderBag = { get(name: string): string | null } | undefined | null;

function numberHeader(headers: HeaderBag, name: string): number | undefined {
  const raw = headers?.get(name);
  if (raw === null || raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Milliseconds from `now` until an RFC 3339 reset time (`2025-08-21T12:40:59Z`), never negative. */
function resetMs(headers: HeaderBag, name: string, now: number): number | undefined {
  const raw = headers?.get(name);
  if (!raw) return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Requests from `anthropic-ratelimit-requests-*`; tokens from `anthropic-ratelimit-tokens-*`
 * (the most restrictive token limit in effect), else from `anthropic-ratelimit-input-tokens-*`.
 */
export function rateLimitFromHeaders(
  headers: HeaderBag,
  now: number = Date.now(),
): RateLimitState | undefined {
  if (!headers) return undefined;
  const state: RateLimitState = {};
  const set = <K extends keyof RateLimitState>(key: K, value: number | undefined) => {
    if (value !== undefined) state[key] = value;
  };
  set("limitRequests", numberHeader(headers, "anthropic-ratelimit-requests-limit"));
  set("remainingRequests", numberHeader(headers, "anthropic-ratelimit-requests-remaining"));
  set("resetRequestsMs", resetMs(headers, "anthropic-ratelimit-requests-reset", now));
  const tokens =
    headers.get("anthropic-ratelimit-tokens-limit") !== null ? "tokens" : "input-tokens";
  set("limitTokens", numberHeader(headers, `anthropic-ratelimit-${tokens}-limit`));
  set("remainingTokens", numberHeader(headers, `anthropic-ratelimit-${tokens}-remaining`));
  set("resetTokensMs", resetMs(headers, `anthropic-ratelimit-${tokens}-reset`, now));
  return Object.keys(state).length ? state : undefined;
}

/**
 * How long Anthropic asked us to wait: `retry-after` (seconds, or an HTTP date), else the reset
 * time of whichever budget is exhausted.
 */
export function retryAfterFromHeaders(
  headers: HeaderBag,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const raw = headers.get("retry-after");
  if (raw) {
    const seconds = Number(raw);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
    const date = Date.parse(raw);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const waits: number[] = [];
  for (const kind of ["requests", "tokens", "input-tokens", "output-tokens"]) {
    if (numberHeader(headers, `anthropic-ratelimit-${kind}-remaining`) !== 0) continue;
    const wait = resetMs(headers, `anthropic-ratelimit-${kind}-reset`, now);
    if (wait !== undefined) waits.push(wait);
  }
  return waits.length ? Math.max(...waits) : undefined;
}
