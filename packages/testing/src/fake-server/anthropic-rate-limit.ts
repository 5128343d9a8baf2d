// Anthropic's three per-minute limits (requests, input tokens, output tokens) on the shared budgets, with anthropic-ratelimit-* headers.
import { z } from "zod";
import type { AnthropicLimitKind } from "./anthropic-errors.js";
import {
  type Budget,
  checkLimitShape,
  createBudget,
  type LimitShapeOptions,
  limitShapeFields,
} from "./rate-limit.js";

export interface AnthropicRateLimitOptions extends LimitShapeOptions {
  /** Requests per minute (RPM). Unset: no request limit. */
  requestsPerMinute?: number;
  /** Input tokens per minute (ITPM), charged as the estimated prompt tokens. */
  inputTokensPerMinute?: number;
  /** Output tokens per minute (OTPM), charged up front as `max_tokens`, as Anthropic estimates it. */
  outputTokensPerMinute?: number;
}

/** Validates `AnthropicRateLimitOptions` in the fake's options. */
export const AnthropicRateLimitOptionsSchema = z
  .strictObject({
    requestsPerMinute: z.number().positive().optional(),
    inputTokensPerMinute: z.number().positive().optional(),
    outputTokensPerMinute: z.number().positive().optional(),
    ...limitShapeFields,
  })
  .superRefine(checkLimitShape);

export type AnthropicAdmission =
  | { ok: true }
  | { ok: false; kind: AnthropicLimitKind; limit: number; retryAfterMs: number };

/** Reset times as Anthropic writes them: RFC 3339, whole seconds, rounded up (`2025-08-21T12:40:59Z`). */
export function formatResetTime(epochMs: number): string {
  return new Date(Math.ceil(epochMs / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** Per-minute limits used in headers of a scripted 429 when none are configured. */
export const NOMINAL_ANTHROPIC_LIMITS: Readonly<Record<AnthropicLimitKind, number>> = {
  requests: 50,
  "input-tokens": 50_000,
  "output-tokens": 10_000,
};

export class AnthropicRateLimiter {
  /** Whether answers and 429s carry `anthropic-ratelimit-*` headers. */
  readonly limitHeaders: boolean;
  private readonly remainingMode: "available" | "per-minute";
  private readonly buckets: Partial<Record<AnthropicLimitKind, Budget>> = {};

  constructor(options: AnthropicRateLimitOptions, now: number) {
    this.limitHeaders = options.limitHeaders ?? true;
    this.remainingMode = options.remaining ?? "available";
    const limits: [AnthropicLimitKind, number | undefined][] = [
      ["requests", options.requestsPerMinute],
      ["input-tokens", options.inputTokensPerMinute],
      ["output-tokens", options.outputTokensPerMinute],
    ];
    for (const [kind, perMinute] of limits) {
      if (perMinute !== undefined) this.buckets[kind] = createBudget(perMinute, options, now);
    }
  }

  /** The configured per-minute limit of `kind`, if any. */
  limitOf(kind: AnthropicLimitKind): number | undefined {
    return this.buckets[kind]?.perMinute;
  }

  /** Admits one request, charging every bucket, or names the first limit it would exceed. */
  admit(cost: { inputTokens: number; outputTokens: number }, now: number): AnthropicAdmission {
    const amounts: Record<AnthropicLimitKind, number> = {
      requests: 1,
      "input-tokens": cost.inputTokens,
      "output-tokens": cost.outputTokens,
    };
    // Every limit is checked before any is charged, so a refused request costs nothing.
    for (const kind of Object.keys(amounts) as AnthropicLimitKind[]) {
      const bucket = this.buckets[kind];
      const wait = bucket?.waitMs(amounts[kind], now) ?? 0;
      if (bucket && wait > 0) {
        return { ok: false, kind, limit: bucket.perMinute, retryAfterMs: Math.ceil(wait) };
      }
    }
    for (const kind of Object.keys(amounts) as AnthropicLimitKind[]) {
      this.buckets[kind]?.take(amounts[kind], now);
    }
    return { ok: true };
  }

  /**
   * `anthropic-ratelimit-{requests,input-tokens,output-tokens}-{limit,remaining,reset}` for the
   * configured limits, and `anthropic-ratelimit-tokens-*` combining the token limits (limit and
   * remaining summed, as recorded responses show; reset of the one with the smaller share left).
   * None when `limitHeaders` is false.
   */
  headers(now: number): Record<string, string> {
    const out: Record<string, string> = {};
    if (!this.limitHeaders) return out;
    const state: Partial<
      Record<AnthropicLimitKind, { limit: number; remaining: number; reset: number }>
    > = {};
    for (const [kind, bucket] of Object.entries(this.buckets) as [AnthropicLimitKind, Budget][]) {
      const s = {
        limit: bucket.perMinute,
        remaining: bucket.remaining(now, this.remainingMode),
        reset: now + bucket.resetMs(now),
      };
      state[kind] = s;
      setHeaders(out, kind, s);
    }
    const tokenStates = [state["input-tokens"], state["output-tokens"]].filter(
      (s) => s !== undefined,
    );
    if (tokenStates.length > 0) {
      const tightest = tokenStates.reduce((a, b) =>
        b.remaining / b.limit < a.remaining / a.limit ? b : a,
      );
      setHeaders(out, "tokens", {
        limit: tokenStates.reduce((sum, s) => sum + s.limit, 0),
        remaining: tokenStates.reduce((sum, s) => sum + s.remaining, 0),
        reset: tightest.reset,
      });
    }
    return out;
  }
}

/** Headers saying `kind` is exhausted until `now + retryAfterMs` (a scripted 429). */
export function exhaustedHeaders(
  kind: AnthropicLimitKind,
  limit: number,
  retryAfterMs: number,
  now: number,
): Record<string, string> {
  const out: Record<string, string> = {};
  const state = { limit, remaining: 0, reset: now + retryAfterMs };
  setHeaders(out, kind, state);
  if (kind !== "requests") setHeaders(out, "tokens", state);
  return out;
}

function setHeaders(
  out: Record<string, string>,
  kind: AnthropicLimitKind | "tokens",
  state: { limit: number; remaining: number; reset: number },
): void {
  out[`anthropic-ratelimit-${kind}-limit`] = String(state.limit);
  out[`anthropic-ratelimit-${kind}-remaining`] = String(state.remaining);
  out[`anthropic-ratelimit-${kind}-reset`] = formatResetTime(state.reset);
}
