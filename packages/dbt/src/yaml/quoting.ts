// How a description (or a new entry's name) is written as a YAML scalar: plain when that reads
// back as the same string under both YAML 1.2 (the `yaml` package) and YAML 1.1 (PyYAML, which
// dbt uses), quoted when it would be misread, a literal block when it spans lines. Every
// candidate is parsed back before it is used, so what is written always reads as the string set.
import { parse } from "yaml";

/** The style of the value being replaced, kept when it can hold the new text. */
export type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded";

export interface ScalarContext {
  /** Inside `[...]` or `{...}`: no block scalars, and `,[]{}` must be quoted. */
  inFlow: boolean;
  /** Column of a block scalar's body lines. */
  bodyIndent: number;
  /** Style of the current value, when there is one worth keeping. */
  prefer?: ScalarStyle | undefined;
  /** On the key's line only (a new entry's name): no block scalar. */
  inlineOnly?: boolean | undefined;
}

/** Inline text after `key: `, or a block scalar: its header (`|-`) and its body lines (indented; empty lines empty). */
export type RenderedScalar =
  | { kind: "inline"; source: string }
  | { kind: "block"; header: string; lines: string[] };

export function renderScalar(value: string, context: ScalarContext): RenderedScalar {
  for (const style of candidateStyles(value, context)) {
    const rendered = emit(style, value, context);
    if (rendered && readsBack(rendered, value, context)) return rendered;
  }
  // Double quotes escape every character that could be misread, so this cannot happen short of
  // a bug; writing a value that reads back differently would be worse than stopping.
  throw new Error(`Could not write ${JSON.stringify(value)} as a YAML scalar that reads back.`);
}

/** The inline form alone (names, flow collections). */
export function renderInline(value: string, inFlow: boolean): string {
  const rendered = renderScalar(value, { inFlow, bodyIndent: 2, inlineOnly: true });
  return rendered.kind === "inline" ? rendered.source : doubleQuoted(value);
}

function candidateStyles(value: string, context: ScalarContext): ScalarStyle[] {
  const styles: ScalarStyle[] = [];
  const multiline = /[\n\r]/.test(value);
  const blocks = !context.inFlow && !context.inlineOnly;
  if (multiline && blocks) styles.push("literal");
  const prefer = context.prefer;
  if (prefer === "double" || (prefer === "single" && !value.includes("'"))) styles.push(prefer);
  if ((prefer === "literal" || prefer === "folded") && blocks && !multiline) {
    styles.push(prefer);
  }
  styles.push("plain");
  // A human quoting `Uses "x"` reaches for single quotes rather than escaping.
  if (value.includes('"') && !value.includes("'")) styles.push("single");
  styles.push("double");
  return styles;
}

function emit(style: ScalarStyle, value: string, context: ScalarContext): RenderedScalar | null {
  switch (style) {
    case "plain":
      return isPlainSafe(value, context.inFlow) ? { kind: "inline", source: value } : null;
    case "single":
      return singleQuoted(value);
    case "double":
      return { kind: "inline", source: doubleQuoted(value) };
    case "literal":
      return literalBlock(value, context.bodyIndent);
    case "folded":
      return foldedLine(value, context.bodyIndent);
  }
}

/**
 * Characters written as they are. Everything else is escaped inside double quotes: controls,
 * U+0085/U+2028/U+2029 (line breaks to YAML 1.1), U+FEFF, non-characters and lone surrogates,
 * which PyYAML rejects in a stream.
 */
const PRINTABLE =
  /^[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

function isPrintable(text: string): boolean {
  return PRINTABLE.test(text);
}

// PyYAML's implicit resolvers (yaml/resolver.py): a plain scalar matching one is not a string.
const PYYAML_NON_STRING = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:<<|=|~|null|Null|NULL)$/,
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/,
];

function isPlainSafe(value: string, inFlow: boolean): boolean {
  if (value === "" || value !== value.trim() || !isPrintable(value)) return false;
  // Indicators that start something else; `-`, `?` and `:` only when a space follows them.
  if (/^[,[\]{}#&*!|>'"%@`]/.test(value) || /^[-?:](?:\s|$)/.test(value)) return false;
  if (/^(?:---|\.\.\.)/.test(value)) return false;
  if (value.includes(": ") || value.includes(" #") || value.endsWith(":")) return false;
  // PyYAML before 5.1 rejects any `:` inside a plain scalar in a flow collection.
  if (inFlow && /[,[\]{}:#]/.test(value)) return false;
  return !PYYAML_NON_STRING.some((pattern) => pattern.test(value));
}

function singleQuoted(value: string): RenderedScalar | null {
  if (!isPrintable(value)) return null;
  return { kind: "inline", source: `'${value.replaceAll("'", "''")}'` };
}

const NAMED_ESCAPES: Record<string, string> = {
  "\0": "\\0",
  "\x07": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  "\x1b": "\\e",
  '"': '\\"',
  "\\": "\\\\",
  "\x85": "\\N",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

/** One line, every character that is not plainly printable escaped. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const char of value) {
    const named = NAMED_ESCAPES[char];
    if (named !== undefined) out += named;
    else if (isPrintable(char)) out += char;
    else {
      const code = char.codePointAt(0) ?? 0;
      const hex = code.toString(16).toUpperCase();
      out +=
        code <= 0xff
          ? `\\x${hex.padStart(2, "0")}`
          : code <= 0xffff
            ? `\\u${hex.padStart(4, "0")}`
            : `\\U${hex.padStart(8, "0")}`;
    }
  }
  return `${out}"`;
}

/**
 * `|` or `|-` by the trailing line break. Null when the text needs an indentation indicator,
 * escapes, or keeps several trailing line breaks: `|+` would also take in the blank lines that
 * follow it in the file.
 */
function literalBlock(value: string, bodyIndent: number): RenderedScalar | null {
  if (value.includes("\r") || !isPrintable(value.replaceAll("\n", "").replaceAll("\t", ""))) {
    return null;
  }
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  const content = value.slice(0, value.length - trailing);
  if (trailing > 1 || content === "" || /^[ \t]/.test(content)) return null;
  const lines = content.split("\n");
  // A line of only blanks is read as an empty line or as indentation, never as written.
  if (lines.some((line) => /^[ \t]+$/.test(line) || line.startsWith("\t"))) return null;
  const indent = " ".repeat(bodyIndent);
  const body = lines.map((line) => (line === "" ? "" : indent + line));
  return { kind: "block", header: trailing === 0 ? "|-" : "|", lines: body };
}

/** A one-line value kept in the folded style of the placeholder it replaces. */
function foldedLine(value: string, bodyIndent: number): RenderedScalar | null {
  if (value === "" || value !== value.trim() || !isPrintable(value)) return null;
  return { kind: "block", header: ">-", lines: [" ".repeat(bodyIndent) + value] };
}

/** Parse the candidate back in a context like the one it is written into, as YAML 1.2 and 1.1. */
function readsBack(rendered: RenderedScalar, value: string, context: ScalarContext): boolean {
  const doc =
    rendered.kind === "block"
      ? `k: ${rendered.header}\n${rendered.lines.join("\n")}\n`
      : context.inFlow
        ? `k: [${rendered.source}]\n`
        : `k: ${rendered.source}\n`;
  for (const version of ["1.2", "1.1"] as const) {
    let parsed: unknown;
    try {
      parsed = parse(doc, { version, prettyErrors: false });
    } catch {
      return false;
    }
    const read = (parsed as { k?: unknown } | null)?.k;
    const actual = context.inFlow && Array.isArray(read) ? read[0] : read;
    if (actual !== value) return false;
  }
  return true;
}
