// The error hierarchy every osmosis package throws: a stable `code`, a `retryable` flag and a fix hint.
import type { RateLimitState, Usage } from "./provider.js";
import { redactSecrets } from "./redact.js";

/**
 * Set on every osmosis error; its value lists the error's class kinds, base first. Checks use
 * it instead of the prototype chain so they hold across duplicated copies of this package.
 */
const MARKER = Symbol.for("osmosis.error");

export type ErrorCode =
  | "unknown"
  | "config"
  | "provider_not_installed"
  | "authentication"
  | "permission"
  | "not_found"
  | "rate_limit"
  | "quota_exhausted"
  | "timeout"
  | "connection"
  | "server"
  | "invalid_request"
  | "context_length"
  | "content_filtered"
  | "response_parse"
  | "cancelled"
  | "budget_exceeded";

export interface LLMErrorOptions {
  /** What to do about it; appended to the message. */
  hint?: string;
  /** Provider id (`openai`, `anthropic`, …) the error came from. */
  provider?: string;
  /** HTTP status of the vendor response, where there was one. */
  status?: number;
  /** Vendor request id, for support tickets. */
  requestId?: string;
  cause?: unknown;
  /** Overrides the class default. */
  retryable?: boolean;
  /**
   * Tokens the vendor billed for the answers that led to this error (a refusal, an answer that
   * would not parse), so a failed call still shows in the totals.
   */
  usage?: Usage | undefined;
}

/**
 * What a caller does with work whose call failed for good (after its retries):
 * - `requeue`: a passing failure (rate limit, 5xx, connection, timeout, an answer that would not
 *   parse): the same work can succeed later; come back to it.
 * - `skip`: this request cannot succeed as it is (too long, filtered, cut off, rejected): report
 *   it, go on with the rest.
 * - `fatal`: every later call would fail alike (bad key, no access, unknown model, no credit,
 *   bad configuration): stop the run.
 * - `stopped`: the run was stopped (Ctrl-C, deadline, budget): keep it for the next run.
 */
export type Verdict = "requeue" | "skip" | "fatal" | "stopped";

function kindsOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const kinds = (value as { [MARKER]?: unknown })[MARKER];
  return Array.isArray(kinds) ? (kinds as string[]) : undefined;
}

/** Base of all osmosis errors. `LLMError.isInstance(e)` and `e instanceof LLMError` both work across package copies. */
export class LLMError extends Error {
  /** Stable class name, kept on instances in the marker; never derived from `constructor.name`, which minifiers rename. */
  static readonly kind: string = "LLMError";
  protected static readonly defaultCode: ErrorCode = "unknown";
  protected static readonly defaultRetryable: boolean = false;

  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly provider: string | undefined;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly hint: string | undefined;
  /** Tokens billed for the answers behind this error, when there were any. */
  readonly usage: Usage | undefined;
  declare readonly [MARKER]: readonly string[];

  constructor(message: string, options: LLMErrorOptions = {}) {
    const full = options.hint ? `${message} ${options.hint}` : message;
    super(redactSecrets(full), options.cause === undefined ? undefined : { cause: options.cause });
    const ctor = new.target as unknown as typeof LLMError;
    const kinds: string[] = [];
    for (
      let c: unknown = ctor;
      typeof c === "function" && "kind" in c;
      c = Object.getPrototypeOf(c)
    ) {
      const kind = (c as typeof LLMError).kind;
      if (!kinds.includes(kind)) kinds.unshift(kind);
      if (c === LLMError) break;
    }
    Object.defineProperty(this, MARKER, { value: Object.freeze(kinds), enumerable: false });
    this.name = ctor.kind;
    this.code = ctor.defaultCode;
    this.retryable = options.retryable ?? ctor.defaultRetryable;
    this.provider = options.provider;
    this.status = options.status;
    this.requestId = options.requestId;
    this.hint = options.hint ? redactSecrets(options.hint) : undefined;
    this.usage = options.usage;
  }

  /** What a caller should do with the work that failed with this error (see `Verdict`). */
  get verdict(): Verdict {
    return verdictOf(this);
  }

  /** True when `value` is an osmosis error of this class or a subclass, from any copy of the package. */
  static isInstance<T extends typeof LLMError>(this: T, value: unknown): value is InstanceType<T> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class the check is called on (a subclass too)
    return kindsOf(value)?.includes(this.kind) ?? false;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the right-hand side of `instanceof`
    return kindsOf(value)?.includes(this.kind) ?? false;
  }

  /** A serialisable form for reports and JSON logs (no cause, which may hold vendor objects). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.provider !== undefined) out.provider = this.provider;
    if (this.status !== undefined) out.status = this.status;
    if (this.requestId !== undefined) out.requestId = this.requestId;
    out.verdict = this.verdict;
    return out;
  }
}

/** Bad configuration: a missing key, an invalid option, an unreadable config file. */
export class LLMConfigError extends LLMError {
  static override readonly kind: string = "LLMConfigError";
  protected static override readonly defaultCode: ErrorCode = "config";
  /** Config file the problem is in, when known. */
  readonly file: string | undefined;
  /** Dotted path of the offending field, when known (`providers.openai.apiKey`). */
  readonly field: string | undefined;

  constructor(message: string, options: LLMErrorOptions & { file?: string; field?: string } = {}) {
    super(message, options);
    this.file = options.file;
    this.field = options.field;
  }
}

/** A provider id from configuration that no installed plugin serves. */
export class ProviderNotFoundError extends LLMConfigError {
  static override readonly kind: string = "ProviderNotFoundError";
  protected static override readonly defaultCode: ErrorCode = "provider_not_installed";
  readonly providerId: string;
  /** The package to install, when the id is a known one. */
  readonly packageName: string | undefined;
  readonly installed: readonly string[];

  constructor(
    message: string,
    options: LLMErrorOptions & {
      providerId: string;
      packageName?: string;
      installed: readonly string[];
      file?: string;
      field?: string;
    },
  ) {
    super(message, options);
    this.providerId = options.providerId;
    this.packageName = options.packageName;
    this.installed = options.installed;
  }
}

/** A call to the vendor failed. Parent of every API-level error below. */
export class LLMAPIError extends LLMError {
  static override readonly kind: string = "LLMAPIError";
}

export class AuthenticationError extends LLMAPIError {
  static override readonly kind: string = "AuthenticationError";
  protected static override readonly defaultCode: ErrorCode = "authentication";
}

export class PermissionDeniedError extends LLMAPIError {
  static override readonly kind: string = "PermissionDeniedError";
  protected static override readonly defaultCode: ErrorCode = "permission";
}

/** The model or deployment does not exist (or the key cannot see it). */
export class NotFoundError extends LLMAPIError {
  static override readonly kind: string = "NotFoundError";
  protected static override readonly defaultCode: ErrorCode = "not_found";
}

/** Too many requests or tokens for now: wait `retryAfterMs` and try again. */
export class LLMRateLimitError extends LLMAPIError {
  static override readonly kind: string = "LLMRateLimitError";
  protected static override readonly defaultCode: ErrorCode = "rate_limit";
  protected static override readonly defaultRetryable: boolean = true;
  /** How long the vendor asked us to wait, from `retry-after-ms`/`retry-after`/reset headers. */
  readonly retryAfterMs: number | undefined;
  /** The limits the vendor reported on the 429 itself, so a limiter can learn them from it. */
  readonly rateLimit: RateLimitState | undefined;

  constructor(
    message: string,
    options: LLMErrorOptions & {
      retryAfterMs?: number | undefined;
      rateLimit?: RateLimitState | undefined;
    } = {},
  ) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
    this.rateLimit = options.rateLimit;
  }

  override toJSON(): Record<string, unknown> {
    const out = super.toJSON();
    if (this.retryAfterMs !== undefined) out.retryAfterMs = this.retryAfterMs;
    return out;
  }
}

/** The account is out of credit or over its billing quota. Waiting does not help; distinct from a rate limit. */
export class QuotaExhaustedError extends LLMAPIError {
  static override readonly kind: string = "QuotaExhaustedError";
  protected static override readonly defaultCode: ErrorCode = "quota_exhausted";
}

export class LLMTimeoutError extends LLMAPIError {
  static override readonly kind: string = "LLMTimeoutError";
  protected static override readonly defaultCode: ErrorCode = "timeout";
  protected static override readonly defaultRetryable: boolean = true;
}

/** The connection could not be made or was dropped (refused, reset, DNS). */
export class LLMConnectionError extends LLMAPIError {
  static override readonly kind: string = "LLMConnectionError";
  protected static override readonly defaultCode: ErrorCode = "connection";
  protected static override readonly defaultRetryable: boolean = true;
}

/** The vendor failed on its side (5xx, overloaded). */
export class ServerError extends LLMAPIError {
  static override readonly kind: string = "ServerError";
  protected static override readonly defaultCode: ErrorCode = "server";
  protected static override readonly defaultRetryable: boolean = true;
}

/** The vendor rejected the request as malformed; sending it again will not help. */
export class InvalidRequestError extends LLMAPIError {
  static override readonly kind: string = "InvalidRequestError";
  protected static override readonly defaultCode: ErrorCode = "invalid_request";
}

/** The prompt (plus requested output) does not fit the model's context window. */
export class ContextLengthError extends InvalidRequestError {
  static override readonly kind: string = "ContextLengthError";
  protected static override readonly defaultCode: ErrorCode = "context_length";
}

/** The vendor's safety system blocked the prompt or the answer, or the model refused. */
export class ContentFilterError extends LLMAPIError {
  static override readonly kind: string = "ContentFilterError";
  protected static override readonly defaultCode: ErrorCode = "content_filtered";
}

/** The model answered, but not in the shape asked for (invalid JSON, schema mismatch, empty). */
/** How much of a bad answer an error keeps: enough to see what went wrong, not a whole answer. */
const OUTPUT_EXCERPT_CHARS = 600;

export class LLMResponseError extends LLMError {
  static override readonly kind: string = "LLMResponseError";
  protected static override readonly defaultCode: ErrorCode = "response_parse";
  /** A short excerpt of the offending output (secrets redacted), for diagnostics. */
  readonly output: string | undefined;

  constructor(message: string, options: LLMErrorOptions & { output?: string } = {}) {
    super(message, options);
    const output = options.output;
    this.output =
      output === undefined
        ? undefined
        : redactSecrets(
            output.length <= OUTPUT_EXCERPT_CHARS
              ? output
              : `${output.slice(0, OUTPUT_EXCERPT_CHARS)}… (${output.length - OUTPUT_EXCERPT_CHARS} more characters)`,
          );
  }
}

/** The run's AbortSignal fired (Ctrl-C, deadline, budget). */
export class LLMCancelledError extends LLMError {
  static override readonly kind: string = "LLMCancelledError";
  protected static override readonly defaultCode: ErrorCode = "cancelled";
}

/** The run's spending cap would be passed by the next call; no new call starts. */
export class BudgetExceededError extends LLMError {
  static override readonly kind: string = "BudgetExceededError";
  protected static override readonly defaultCode: ErrorCode = "budget_exceeded";
}

const FATAL_KINDS = [
  "LLMConfigError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "QuotaExhaustedError",
];

/**
 * The verdict on work whose call failed for good (see `Verdict`). An error that is not osmosis's
 * (a bug, a provider that throws its SDK's error) is `skip`: that item is reported, the run goes on.
 */
export function verdictOf(error: unknown): Verdict {
  const kinds = kindsOf(error);
  if (!kinds) return "skip";
  if (kinds.includes("LLMCancelledError") || kinds.includes("BudgetExceededError"))
    return "stopped";
  if (kinds.some((kind) => FATAL_KINDS.includes(kind))) return "fatal";
  return (error as LLMError).retryable ? "requeue" : "skip";
}

/** True when an error is worth another attempt: osmosis errors by their flag, anything else never. */
export function isRetryable(error: unknown): boolean {
  return LLMError.isInstance(error) ? error.retryable : false;
}

export interface HttpErrorDetails {
  status: number | undefined;
  message: string;
  provider: string;
  /** Vendor error code or type from the body (`insufficient_quota`, `context_length_exceeded`, …). */
  vendorCode?: string | undefined;
  requestId?: string | undefined;
  retryAfterMs?: number | undefined;
  /** Rate-limit state read off the failed response's headers, for 429s. */
  rateLimit?: RateLimitState | undefined;
  cause?: unknown;
  /**
   * The provider's own verdict that this is an exhausted quota or credit (not a rate limit),
   * for vendors whose 429s all mention billing and differ only in their details.
   */
  quotaExhausted?: boolean;
}

const QUOTA_CODES =
  /insufficient_quota|billing|quota_exceeded|credit|spend_limit|usage_limit_exceeded/i;
const CONTEXT_CODES =
  /context_length|context length|context limit|maximum context|too many tokens|prompt is too long|input token count/i;
const FILTER_CODES = /content_filter|content_policy|safety|refus/i;

/**
 * Maps a vendor's HTTP failure to the hierarchy. Provider packages call this after reading
 * status, vendor code and retry headers off their SDK's error, so every provider classifies alike.
 */
export function errorFromHttpStatus(details: HttpErrorDetails): LLMAPIError {
  const { status, provider, vendorCode = "" } = details;
  const base = {
    provider,
    status,
    requestId: details.requestId,
    cause: details.cause,
  };
  const what = `${provider} ${status ?? "error"}: ${details.message}`;
  const codeAndMessage = `${vendorCode} ${details.message}`;
  // The vendor's error code decides, not its prose: some vendors say "billing" in every 429.
  if (details.quotaExhausted ?? QUOTA_CODES.test(vendorCode)) {
    return new QuotaExhaustedError(what, {
      ...base,
      hint: `The ${provider} account has run out of quota or credit; add credit or raise the quota in the vendor's billing console, then rerun.`,
    });
  }
  if (status === 429) {
    return new LLMRateLimitError(what, {
      ...base,
      retryAfterMs: details.retryAfterMs,
      rateLimit: details.rateLimit,
      hint: "osmosis retries this after the delay the vendor asks for; lower the concurrency or set a rate limit to see fewer.",
    });
  }
  if (status === 401) {
    return new AuthenticationError(what, {
      ...base,
      hint: `Check the ${provider} API key: it is missing, mistyped, revoked or for another endpoint.`,
    });
  }
  if (status === 403) {
    return new PermissionDeniedError(what, {
      ...base,
      hint: `The ${provider} key is valid but may not use this model, region or endpoint; check its permissions.`,
    });
  }
  if (status === 404) {
    return new NotFoundError(what, {
      ...base,
      hint: "Check the model (or Azure deployment) name and the base URL.",
    });
  }
  if (status === 408) return new LLMTimeoutError(what, base);
  if (
    CONTEXT_CODES.test(codeAndMessage) &&
    (status === undefined || status === 400 || status === 413)
  ) {
    return new ContextLengthError(what, {
      ...base,
      hint: "The prompt is too long for this model: pick a model with a larger context window or send less context.",
    });
  }
  if (FILTER_CODES.test(vendorCode)) {
    return new ContentFilterError(what, {
      ...base,
      hint: "The vendor's content filter blocked this request.",
    });
  }
  if (status !== undefined && status >= 500) {
    return new ServerError(what, {
      ...base,
      hint: "The vendor failed on its side; osmosis retries this.",
    });
  }
  if (status === 409 || status === 425) return new ServerError(what, base);
  if (status !== undefined && status >= 400) {
    return new InvalidRequestError(what, {
      ...base,
      hint: "The vendor rejected the request; check the model name and options.",
    });
  }
  return new LLMAPIError(what, base);
}
