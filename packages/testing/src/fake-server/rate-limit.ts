// OpenAI-style request and token limits: continuously refilling buckets, x-ratelimit-* headers and 429 bodies.
import { z } from "zod";

export interface RateLimitOptions {
  /** Requests per minute (RPM). Unset: no request limit. */
  requestsPerMinute?: number;
  /** Tokens per minute (TPM), charged as estimated prompt tokens + `max_tokens`. Unset: no token limit. */
  tokensPerMinute?: number;
  /**
   * Seconds of budget that may be spent at once (default 1). OpenAI enforces limits over
   * sub-minute windows, so 600 RPM admits about 10 requests in a burst, not 600.
   */
  burstSeconds?: number;
}

/** Validates `RateLimitOptions` in a fake's options. */
export const RateLimitOptionsSchema = z.object({
  requestsPerMinute: z.number().positive().optional(),
  tokensPerMinute: z.number().positive().optional(),
  burstSeconds: z.number().positive().optional(),
});

export type LimitKind = "requests" | "tokens";

export type Admission =
  | { ok: true }
  | {
      ok: false;
      kind: LimitKind;
      /** The per-minute limit that was hit. */
      limit: number;
      /** Usage over the burst window, extrapolated to a minute (what OpenAI's message reports). */
      used: number;
      requested: number;
      retryAfterMs: number;
    };

/**
 * A bucket holding up to `perMinute / 60 * burstSeconds` units, refilled continuously at
 * `perMinute` a minute. It reports itself on the per-minute scale OpenAI's headers use.
 */
export class TokenBucket {
  readonly perMinute: number;
  readonly capacity: number;
  private readonly perMs: number;
  private level: number;
  private updatedAt: number;

  constructor(perMinute: number, burstSeconds: number, now: number) {
    this.perMinute = perMinute;
    this.capacity = (perMinute / 60) * burstSeconds;
    this.perMs = perMinute / 60_000;
    this.level = this.capacity;
    this.updatedAt = now;
  }

  private refill(now: number): void {
    this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }

  /**
   * Amount the bucket must hold to admit `amount`. A request larger than the whole bucket is
   * admitted from a full bucket (leaving it in debt), or it could never pass.
   */
  private needed(amount: number): number {
    return Math.min(amount, this.capacity);
  }

  /** Milliseconds until `amount` would be admitted; 0 when it would be now. */
  waitMs(amount: number, now: number): number {
    this.refill(now);
    const missing = this.needed(amount) - this.level;
    return missing <= 0 ? 0 : missing / this.perMs;
  }

  take(amount: number, now: number): void {
    this.refill(now);
    this.level -= amount;
  }

  /** Units spent and not yet refilled. */
  private deficit(now: number): number {
    this.refill(now);
    return this.capacity - this.level;
  }

  /** `x-ratelimit-remaining-*`: the per-minute limit minus what is still being refilled. */
  remaining(now: number): number {
    return Math.max(0, Math.floor(this.perMinute - this.deficit(now)));
  }

  /** `x-ratelimit-reset-*`: milliseconds until the bucket is full again. */
  resetMs(now: number): number {
    return this.deficit(now) / this.perMs;
  }

  /** Usage over the burst window, extrapolated to a minute. */
  usedPerMinute(now: number): number {
    return Math.min(
      this.perMinute,
      Math.round((this.deficit(now) / this.capacity) * this.perMinute),
    );
  }
}

/** The request and token buckets of one fake organisation. */
export class RateLimiter {
  private readonly requests: TokenBucket | undefined;
  private readonly tokens: TokenBucket | undefined;

  constructor(options: RateLimitOptions, now: number) {
    const burst = options.burstSeconds ?? 1;
    this.requests =
      options.requestsPerMinute === undefined
        ? undefined
        : new TokenBucket(options.requestsPerMinute, burst, now);
    this.tokens =
      options.tokensPerMinute === undefined
        ? undefined
        : new TokenBucket(options.tokensPerMinute, burst, now);
  }

  /** Admits one request of `tokens` estimated tokens, charging both buckets, or says which limit it hit. */
  admit(tokens: number, now: number): Admission {
    // Both limits are checked before either is charged, so a refused request costs nothing.
    for (const [kind, bucket, amount] of [
      ["requests", this.requests, 1],
      ["tokens", this.tokens, tokens],
    ] as const) {
      if (!bucket) continue;
      const wait = bucket.waitMs(amount, now);
      if (wait > 0) {
        return {
          ok: false,
          kind,
          limit: bucket.perMinute,
          used: bucket.usedPerMinute(now),
          requested: amount,
          retryAfterMs: Math.ceil(wait),
        };
      }
    }
    this.requests?.take(1, now);
    this.tokens?.take(tokens, now);
    return { ok: true };
  }

  /** The `x-ratelimit-*` headers OpenAI sends with every response, for the configured limits. */
  headers(now: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [kind, bucket] of [
      ["requests", this.requests],
      ["tokens", this.tokens],
    ] as const) {
      if (!bucket) continue;
      out[`x-ratelimit-limit-${kind}`] = String(bucket.perMinute);
      out[`x-ratelimit-remaining-${kind}`] = String(bucket.remaining(now));
      out[`x-ratelimit-reset-${kind}`] = formatOpenAIDuration(bucket.resetMs(now));
    }
    return out;
  }
}

/**
 * A duration the way OpenAI writes it in `x-ratelimit-reset-*` headers and 429 messages (Go's
 * `time.Duration` format): `120ms`, `1s`, `1.5s`, `6m0s`, `1h2m3s`.
 */
export function formatOpenAIDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms));
  if (total < 1000) return `${total}ms`;
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = (total % 60_000) / 1000;
  // Up to millisecond precision, trailing zeros dropped: 1.500 → "1.5".
  const secondsText = `${Number(seconds.toFixed(3))}s`;
  if (hours > 0) return `${hours}h${minutes}m${secondsText}`;
  if (minutes > 0) return `${minutes}m${secondsText}`;
  return secondsText;
}
