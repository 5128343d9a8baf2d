// What a written description must be before it lands in a schema file: plain, trimmed text of a
// sane length, with no Jinja (dbt would render it), no control characters (YAML cannot carry
// them plainly) and no echo of the prompt's instructions.
import { DEFAULT_PLACEHOLDERS } from "../descriptions.js";

export interface HygieneOptions {
  /** Longest text accepted, in characters. */
  maxChars: number;
  /** Keep line breaks (model descriptions); columns get one line. */
  multiline: boolean;
  /** The instructions the model was given: an answer quoting them is refused. */
  instructions?: string;
  /** Texts that mean "not documented": an answer that is one of them counts as no answer. */
  placeholders?: readonly string[];
}

export type CleanDescription =
  /** `null`: the model could not tell (or said nothing usable); the column needs a human. */
  | { ok: true; text: string | null }
  /** What is wrong, in words the model reads in a repair round. */
  | { ok: false; problem: string };

/** Answers that mean "I cannot tell", in the words models use. */
const NON_ANSWERS = new Set([
  "",
  "null",
  "none",
  "n/a",
  "na",
  "unknown",
  "tbd",
  "todo",
  "-",
  "?",
  "no description",
  "no description available",
  "not enough information",
  "insufficient information",
  "cannot be determined",
  "unclear",
]);

// C0/C1 controls except tab and line feed, plus the characters YAML and editors treat as line
// breaks or that are invisible: NEL, LS, PS, BOM, zero-width spaces and joiners.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
const WRAPPERS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ["`", "`"],
  ["“", "”"],
  ["‘", "’"],
];
const LABEL = /^(?:description|desc|answer)\s*:\s*/i;
const ECHO_WORDS = 8;

/**
 * Cleans one description the model wrote, or says why it cannot be used. Cleaning is what a
 * careful editor would do without asking (trim, one line, drop invisible characters, unwrap
 * quotes); anything that changes the meaning (too long, Jinja, instructions echoed) is a
 * problem for the repair round instead.
 */
export function cleanDescription(raw: string, options: HygieneOptions): CleanDescription {
  let text = raw.normalize("NFC").replace(LINE_BREAKS, "\n").replace(INVISIBLE, "");
  text = text.replace(/\t/g, " ");
  text = options.multiline
    ? text
        .split("\n")
        .map((line) => line.replace(/ {2,}/g, " ").trim())
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
    : text.replace(/\s+/g, " ");
  // Quotes and labels can nest (`"Description: “…”"`): peel until nothing changes.
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = unwrap(text.trim()).replace(LABEL, "").trim();
  }
  const placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
  const lower = text.toLowerCase().replace(/[.!]+$/, "");
  if (NON_ANSWERS.has(lower) || placeholders.some((p) => p.trim().toLowerCase() === lower)) {
    return { ok: true, text: null };
  }
  if (/\{\{|\{%|\{#|\}\}|%\}/.test(text)) {
    return {
      ok: false,
      problem:
        "contains Jinja delimiters ({{, {%, }}), which dbt would try to render; write plain text",
    };
  }
  if (text.length > options.maxChars) {
    return {
      ok: false,
      problem: `is ${text.length} characters long; keep it under ${options.maxChars}`,
    };
  }
  if (options.instructions && echoes(text, options.instructions)) {
    return {
      ok: false,
      problem: "repeats the instructions instead of describing the data",
    };
  }
  return { ok: true, text };
}

function unwrap(text: string): string {
  for (const [open, close] of WRAPPERS) {
    if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) {
      const inner = text.slice(open.length, -close.length);
      // Only a wrapper: `"a" or "b"` keeps its quotes.
      if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
    }
  }
  return text;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
}

/** True when `text` shares a run of ECHO_WORDS words with the instructions. */
function echoes(text: string, instructions: string): boolean {
  const mine = words(text);
  if (mine.length < ECHO_WORDS) return false;
  const theirs = ` ${words(instructions).join(" ")} `;
  for (let i = 0; i + ECHO_WORDS <= mine.length; i++) {
    if (theirs.includes(` ${mine.slice(i, i + ECHO_WORDS).join(" ")} `)) return true;
  }
  return false;
}
