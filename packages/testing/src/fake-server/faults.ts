// The failures a test can script on a fake server, and what every vendor does alike for them;
// each vendor's `*-faults.ts` supplies only its own error bodies, statuses and headers.

export type FakeFault =
  /**
   * An HTTP error with OpenAI's body for that status: 500, 502 (Cloudflare's), 503, 401
   * (`invalid_api_key`), 400 with `code: "context_length_exceeded"`, 429 (as `rate-limit`)…
   * `body` replaces the body (a string is sent as-is, as text/html).
   */
  | { status: number; code?: string; body?: unknown; headers?: Record<string, string> }
  /** The socket is destroyed without an answer (a connection reset for the client). */
  | { kind: "reset" }
  /** No answer until the client gives up or the server closes. */
  | { kind: "hang" }
  /** A 200 whose message content is not JSON, although JSON was asked for. */
  | { kind: "non-json-content"; content?: string }
  /**
   * A 200 whose content is the answer the fake would have sent, wrapped in chatter and a
   * ```json fence, as models answer when JSON mode is off or ignored.
   */
  | { kind: "fenced-content" }
  /** A 429 `insufficient_quota`: out of credit, waiting does not help. */
  | { kind: "insufficient-quota" }
  /** One 429 `rate_limit_exceeded` with `retry-after`/`retry-after-ms` headers. */
  | { kind: "rate-limit"; retryAfterMs?: number; limit?: "requests" | "tokens" };

const DEFAULT_NON_JSON_CONTENT = 'Sure! Here is the JSON you asked for:\n```json\n{"broken": ';

/** The content of a `fenced-content` answer: the answer in a ```json fence, after a line of chatter. */
function fenceContent(content: string): string {
  return `Here is the documentation:\n\`\`\`json\n${content}\n\`\`\``;
}

/**
 * What a content fault answers: its own content, or the normal answer (`normal()`) fenced;
 * `undefined` when `normal` could not make one and has already answered with an error.
 */
export function faultContent(
  action: { action: "content"; content: string } | { action: "fenced-content" },
  normal: () => string | undefined,
): string | undefined {
  if (action.action === "content") return action.content;
  const content = normal();
  return content === undefined ? undefined : fenceContent(content);
}

/**
 * A `faultFor` that deals `cycle` out in order, again and again: a fixed stand-in for what a
 * benchmark draws at random (`undefined` entries are normal answers).
 */
export function faultCycle(cycle: readonly (FakeFault | undefined)[]): () => FakeFault | undefined {
  let n = 0;
  return () => cycle[n++ % cycle.length];
}

/** What the server does for a fault, decided without touching the connection. */
export type FaultAction =
  | { action: "reset" }
  | { action: "hang" }
  | { action: "content"; content: string }
  /** The normal answer's content, passed through `fenceContent`. */
  | { action: "fenced-content" }
  | { action: "rate-limit"; retryAfterMs: number; limit: "requests" | "tokens" }
  /** The vendor's error body, or one the test supplied (sent as is, a string as text/html). */
  | { action: "error"; status: number; body: unknown; headers: Record<string, string> };

/** The `error` action, for a vendor whose errors are plain bodies. */
export function errorAction(
  status: number,
  body: unknown,
  headers: Record<string, string>,
): FaultAction {
  return { action: "error", status, body, headers };
}

/** How one vendor answers the faults whose answer is its own, as actions of type `A`. */
export interface VendorFaults<A> {
  /** The vendor's own names for `insufficient_quota`, which every vendor also accepts. */
  quotaCodes?: readonly string[];
  /**
   * Out of credit, waiting does not help: `{ kind: "insufficient-quota" }` (given 429 and no
   * headers) or a status fault with a quota `code` (given its status and headers).
   */
  quota(status: number, headers: Record<string, string>): A;
  /** Any other status fault without a body of the test's own; a plain 429 never gets here. */
  error(status: number, code: string | undefined, headers: Record<string, string>): A;
}

export function vendorFaultAction<A>(fault: FakeFault, vendor: VendorFaults<A>): FaultAction | A {
  if ("kind" in fault) {
    switch (fault.kind) {
      case "reset":
        return { action: "reset" };
      case "hang":
        return { action: "hang" };
      case "non-json-content":
        return { action: "content", content: fault.content ?? DEFAULT_NON_JSON_CONTENT };
      case "fenced-content":
        return { action: "fenced-content" };
      case "insufficient-quota":
        return vendor.quota(429, {});
      case "rate-limit":
        return {
          action: "rate-limit",
          retryAfterMs: fault.retryAfterMs ?? 1000,
          limit: fault.limit ?? "requests",
        };
    }
  }
  const { status, code } = fault;
  const headers = fault.headers ?? {};
  if (fault.body !== undefined) return errorAction(status, fault.body, headers);
  if (code === "insufficient_quota" || (code && vendor.quotaCodes?.includes(code))) {
    return vendor.quota(status, headers);
  }
  // A bare 429 is a rate limit, answered with the vendor's rate-limit body and headers.
  if (status === 429) return { action: "rate-limit", retryAfterMs: 1000, limit: "requests" };
  return vendor.error(status, code, headers);
}
