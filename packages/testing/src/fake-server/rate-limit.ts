// Per-minute limits as the fakes enforce them: a refilling bucket or a fixed window per limit,
// OpenAI's x-ratelimit-* headers, and how much of that a fake admits to.
import { z } from "zod";

/** How a limit's budget comes back, and what a fake says about it; shared by every fake. */
export interface LimitShapeOptions {
  /**
   * `rolling` (default): a bucket holding `burstSeconds` of budget that refills continuously,
   * as OpenAI and Anthropic enforce their limits. `fixed`: a window of `windowMs` whose whole
   * budget comes back at once when it ends (windows start when the fake starts or is reset).
   */
  window?: "rolling" | "fixed";
  /**
   * Rolling windows: seconds of budget that may be spent at once (default 1). OpenAI enforces
   * limits over sub-minute windows, so 600 RPM admits about 10 requests in a burst, not 600.
   */
  burstSeconds?: number;
  /** Fixed windows: the window's length (default 60 000); it holds `perMinute × windowMs / 60 000`. */
  windowMs?: number;
  /**
   * What `x-ratelimit-remaining-*` (Anthropic: `-remaining`) reports. `available` (default): what
   * would be admitted now. `per-minute`: the per-minute limit minus what is still being refilled,
   * the way a vendor that splits a minute's limit into short windows overstates its burst.
   */
  remaining?: "available" | "per-minute";
  /**
   * `false`: no rate-limit headers at all, on answers or 429s, like a vendor that states no
   * limits; only `retry-after` (and the vendor's own retry hints) remain. Default `true`.
   */
  limitHeaders?: boolean;
}

export interface RateLimitOptions extends LimitShapeOptions {
  /** Requests per minute (RPM). Unset: no request limit. */
  requestsPerMinute?: number;
  /** Tokens per minute (TPM); what a request costs depends on the vendor. Unset: no token limit. */
  tokensPerMinute?: number;
}

/** The fields of `LimitShapeOptions`, for each fake's own limit schema. */
export const limitShapeFields = {
  window: z.enum(["rolling", "fixed"]).optional(),
  burstSeconds: z.number().positive().optional(),
  windowMs: z.number().positive().optional(),
  remaining: z.enum(["available", "per-minute"]).optional(),
  limitHeaders: z.boolean().optional(),
};

/** Rejects the shape option that does not apply to the chosen window, rather than ignore it. */
export function checkLimitShape(options: LimitShapeOptions, ctx: z.RefinementCtx): void {
  if (options.window === "fixed" && options.burstSeconds !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["burstSeconds"],
      message:
        'burstSeconds applies to window "rolling"; a fixed window holds windowMs of the per-minute limit. Remove burstSeconds or set windowMs.',
    });
  }
  if (options.window !== "fixed" && options.windowMs !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["windowMs"],
      message:
        'windowMs applies to window "fixed". Set window: "fixed", or use burstSeconds for a rolling bucket.',
    });
  }
}

/** Validates `RateLimitOptions` in a fake's options. */
export const RateLimitOptionsSchema = z
  .strictObject({
    requestsPerMinute: z.number().positive().optional(),
    tokensPerMinute: z.number().positive().optional(),
    ...limitShapeFields,
  })
  .superRefine(checkLimitShape);

export type LimitKind = "requests" | "tokens";

export type Admission =
  | { ok: true }
  | {
      ok: false;
      kind: LimitKind;
      /** The per-minute limit that was hit. */
      limit: number;
      /** Usage over the window, extrapolated to a minute (what OpenAI's message reports). */
      used: number;
      requested: number;
      retryAfterMs: number;
    };

/** Below this, a difference is float noise from refilling, not a missing unit. */
const EPSILON = 1e-9;

/**
 * One per-minute limit's budget. A request larger than the whole budget is admitted from a
 * full one (leaving it in debt), or it could never pass.
 */
export abstract class Budget {
  readonly perMinute: number;
  /** What may be spent at once: a full bucket, or one window's budget. */
  readonly capacity: number;
  protected level: number;

  protected constructor(perMinute: number, capacity: number) {
    this.perMinute = perMinute;
    this.capacity = capacity;
    this.level = capacity;
  }

  /** Brings the level up to `now`. */
  protected abstract refill(now: number): void;

  /** Milliseconds from `now` until `missing` more units are back. */
  protected abstract refillMs(missing: number, now: number): number;

  /** `x-ratelimit-reset-*`: milliseconds until the budget is full again, or the window resets. */
  abstract resetMs(now: number): number;

  /** Whole milliseconds until `amount` would be admitted; 0 when it would be now. */
  waitMs(amount: number, now: number): number {
    this.refill(now);
    const missing = Math.min(amount, this.capacity) - this.level;
    if (missing <= EPSILON) return 0;
    // Rounded up, but not past float noise: 1.0000000000000009 ms is 1 ms.
    return Math.max(1, Math.ceil(this.refillMs(missing, now) - 1e-6));
  }

  take(amount: number, now: number): void {
    this.refill(now);
    this.level -= amount;
  }

  /** Units spent and not yet back. */
  protected deficit(now: number): number {
    this.refill(now);
    const deficit = this.capacity - this.level;
    return deficit <= EPSILON ? 0 : deficit;
  }

  /**
   * `x-ratelimit-remaining-*`. `available`: what would be admitted now. `per-minute`: the
   * per-minute limit minus what is not back yet, which overstates a short budget.
   */
  remaining(now: number, mode: "available" | "per-minute"): number {
    const left =
      mode === "available" ? this.capacity - this.deficit(now) : this.perMinute - this.deficit(now);
    return Math.max(0, Math.floor(left + EPSILON));
  }

  /** Usage over the budget's span, extrapolated to a minute. */
  usedPerMinute(now: number): number {
    return Math.min(
      this.perMinute,
      Math.round((this.deficit(now) / this.capacity) * this.perMinute),
    );
  }
}

/** A bucket of `perMinute / 60 × burstSeconds`, refilled continuously at `perMinute` a minute. */
export class TokenBucket extends Budget {
  private readonly perMs: number;
  private updatedAt: number;

  constructor(perMinute: number, burstSeconds: number, now: number) {
    super(perMinute, (perMinute / 60) * burstSeconds);
    this.perMs = perMinute / 60_000;
    this.updatedAt = now;
  }

  protected refill(now: number): void {
    this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }

  protected refillMs(missing: number): number {
    return missing / this.perMs;
  }

  resetMs(now: number): number {
    return this.deficit(now) / this.perMs;
  }
}

/**
 * A window of `windowMs` holding `perMinute × windowMs / 60 000`, all of it back at once when the
 * window ends. Windows follow one another from `now` at construction; debt is not carried over.
 */
export class FixedWindow extends Budget {
  private readonly windowMs: number;
  private windowStart: number;

  constructor(perMinute: number, windowMs: number, now: number) {
    super(perMinute, (perMinute * windowMs) / 60_000);
    this.windowMs = windowMs;
    this.windowStart = now;
  }

  protected refill(now: number): void {
    if (now < this.windowStart + this.windowMs) return;
    this.windowStart += Math.floor((now - this.windowStart) / this.windowMs) * this.windowMs;
    this.level = this.capacity;
  }

  protected refillMs(_missing: number, now: number): number {
    return this.resetMs(now);
  }

  resetMs(now: number): number {
    this.refill(now);
    return this.windowStart + this.windowMs - now;
  }
}

/** The budget of one per-minute limit, shaped as `shape` says. */
export function createBudget(perMinute: number, shape: LimitShapeOptions, now: number): Budget {
  return shape.window === "fixed"
    ? new FixedWindow(perMinute, shape.windowMs ?? 60_000, now)
    : new TokenBucket(perMinute, shape.burstSeconds ?? 1, now);
}

/** The request and token budgets of one fake organisation, and the headers it sends about them. */
export class RateLimiter {
  /** Whether answers and 429s carry rate-limit headers. */
  readonly limitHeaders: boolean;
  private readonly remainingMode: "available" | "per-minute";
  private readonly requests: Budget | undefined;
  private readonly tokens: Budget | undefined;

  constructor(options: RateLimitOptions, now: number) {
    this.limitHeaders = options.limitHeaders ?? true;
    this.remainingMode = options.remaining ?? "available";
    this.requests =
      options.requestsPerMinute === undefined
        ? undefined
        : createBudget(options.requestsPerMinute, options, now);
    this.tokens =
      options.tokensPerMinute === undefined
        ? undefined
        : createBudget(options.tokensPerMinute, options, now);
  }

  /** Admits one request of `tokens` tokens, charging both budgets, or says which limit it hit. */
  admit(tokens: number, now: number): Admission {
    // Both limits are checked before either is charged, so a refused request costs nothing.
    for (const [kind, budget, amount] of [
      ["requests", this.requests, 1],
      ["tokens", this.tokens, tokens],
    ] as const) {
      if (!budget) continue;
      const wait = budget.waitMs(amount, now);
      if (wait > 0) {
        return {
          ok: false,
          kind,
          limit: budget.perMinute,
          used: budget.usedPerMinute(now),
          requested: amount,
          retryAfterMs: Math.ceil(wait),
        };
      }
    }
    this.requests?.take(1, now);
    this.tokens?.take(tokens, now);
    return { ok: true };
  }

  /**
   * The `x-ratelimit-*` headers OpenAI sends with every response, for the configured limits;
   * none when `limitHeaders` is false. `limit` is always the per-minute limit.
   */
  headers(now: number): Record<string, string> {
    const out: Record<string, string> = {};
    if (!this.limitHeaders) return out;
    for (const [kind, budget] of [
      ["requests", this.requests],
      ["tokens", this.tokens],
    ] as const) {
      if (!budget) continue;
      out[`x-ratelimit-limit-${kind}`] = String(budget.perMinute);
      out[`x-ratelimit-remaining-${kind}`] = String(budget.remaining(now, this.remainingMode));
      out[`x-ratelimit-reset-${kind}`] = formatOpenAIDuration(budget.resetMs(now));
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
