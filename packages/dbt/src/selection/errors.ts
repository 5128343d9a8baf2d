// The error a malformed `--select`/`--exclude` value raises: what is wrong, where, and the valid forms.
import { LLMConfigError } from "@osmosis/core";

/** The selector forms osmosis understands, for error messages and `--help`. */
export const SELECTOR_FORMS =
  "Valid forms: a name or fqn pattern (orders, marts.*, shop.orders, dim_customers.v2), a path " +
  "(models/staging, models/staging/orders.sql), a file (orders.sql), or METHOD:VALUE with METHOD " +
  "one of fqn, tag, path, file, package, source, resource_type, config.KEY, state, version; " +
  "graph operators +x, x+, +x+, 2+x, x+3, @x; a space between selectors unites them, a comma " +
  "(no space) intersects them.";

export interface SelectorErrorOptions {
  /** The whole text the bad part sits in: one `--select` or `--exclude` value. */
  selector: string;
  /** Zero-based index in `selector` of the part that is wrong. */
  position: number;
  /** The flag the text came from, when known: its name leads the message. */
  option?: "select" | "exclude" | undefined;
  cause?: unknown;
}

/**
 * A selector that cannot be evaluated: bad syntax, an unknown method or value, or a `state:`
 * method without a `--state` project. A run cannot go on with it, so its verdict is `fatal`.
 */
export class SelectorError extends LLMConfigError {
  static override readonly kind: string = "SelectorError";
  /** The whole text the bad part sits in: one `--select` or `--exclude` value. */
  readonly selector: string;
  /** Zero-based index in `selector` of the part that is wrong. */
  readonly position: number;
  /** What is wrong, in a sentence, without the selector or the valid forms. */
  readonly reason: string;
  readonly option: "select" | "exclude" | undefined;

  /** `reason` says what is wrong; the message adds the selector, a caret under `position`, and the valid forms. */
  constructor(reason: string, options: SelectorErrorOptions) {
    const { selector, position, option } = options;
    const flag = option ? `--${option} ` : "";
    super(
      `Invalid selector ${flag}"${selector}" at position ${position}: ${reason}\n` +
        `  ${selector}\n  ${" ".repeat(position)}^\n${SELECTOR_FORMS}`,
      { cause: options.cause, field: option },
    );
    this.selector = selector;
    this.position = position;
    this.reason = reason;
    this.option = option;
  }
}
