// Finding the JSON in a model's answer: bare, fenced, wrapped in prose, repeated, or cut off.
//
// Repairing a span that is almost JSON (trailing commas, single quotes, comments, unquoted keys,
// Python `True`/`None`, smart quotes, unclosed structures) is `jsonrepair`'s job: it is small,
// maintained and covers far more of those shapes than a hand-written fixer would. What no library
// does well is the part before it: finding which spans of a chatty answer are candidates at all
// ("Sure! Here is an example {…} and the documentation {…}"), without letting braces inside
// strings or in the prose around them mislead the search, and ranking them. That part is here:
// linear scans with a work budget, so a 200 KB answer costs milliseconds, never a quadratic search.
import { jsonrepair } from "jsonrepair";

const MARKER = Symbol.for("osmosis.json-extraction-error");

/** Thrown by `extractJson` when an answer holds no JSON object or array, even after repair. */
export class JsonExtractionError extends SyntaxError {
  constructor(message = "no JSON object or array found in the answer") {
    super(message);
    this.name = "JsonExtractionError";
    Object.defineProperty(this, MARKER, { value: true, enumerable: false });
  }

  /** True for a `JsonExtractionError` from any copy of this package. */
  static isInstance(value: unknown): value is JsonExtractionError {
    return typeof value === "object" && value !== null && MARKER in value;
  }
}

/** One JSON value found in an answer. */
export interface JsonCandidate {
  value: unknown;
  /**
   * Salvaged from JSON that is never closed: only its complete members are kept and the open
   * structures closed. The answer most likely stopped early (an output cap the vendor did not
   * report, a stop sequence), so what is missing is unknown.
   */
  cutOff: boolean;
  /** Where it begins in the answer (for JSON decoded from a string, where that string begins). */
  at: number;
}

export interface JsonFindings {
  /** Distinct objects and arrays, most plausible first (see `findJsonCandidates`). */
  candidates: JsonCandidate[];
  /** Some `{` or `[` is never closed: the answer looks cut off, even when nothing was salvaged. */
  unclosed: boolean;
}

/**
 * Every distinct JSON object or array in `text`, most plausible first: what `extractJson` would
 * return comes first. Never throws.
 */
export function extractJsonCandidates(text: string): unknown[] {
  return findJsonCandidates(text).candidates.map((candidate) => candidate.value);
}

/**
 * The most plausible JSON object or array in a model's answer (see `findJsonCandidates` for the
 * order). Throws a `JsonExtractionError` when there is none.
 */
export function extractJson(text: string): unknown {
  const [best] = findJsonCandidates(text).candidates;
  if (!best) throw new JsonExtractionError();
  return best.value;
}

/**
 * The JSON objects and arrays of an answer, most plausible first:
 * 1. the whole answer, when it is one JSON value (strict structured output): nothing else;
 * 2. complete values inside a code fence (```json, ```, ~~~, an unclosed fence), then complete
 *    values in the prose: the fence is where the model meant its answer to be;
 * 3. the salvage of JSON cut off at the end that is valid once closed, the outermost first;
 * 4. complete values nested in JSON cut off at the end: fragments of the real answer, unless
 *    that "cut-off JSON" was a stray `{` in the prose, which is why they come after (3) but
 *    before (5);
 * 5. the salvage of cut-off text that needed repair to parse.
 * Within each group, values with some text in them come before trivial ones (`[]`, `[1]`), and
 * the later in the answer before the earlier: a model echoes the example of the prompt before
 * its answer, and writes "Oops, here is the corrected version" after its first try.
 * A JSON string holding JSON (`"{\"a\":1}"`) is read for the JSON inside.
 */
export function findJsonCandidates(text: string): JsonFindings {
  const meter: Meter = {
    scan: SCAN_BUDGET_FACTOR * text.length + 10_000,
    repair: REPAIR_BUDGET_FACTOR * text.length + 10_000,
  };
  const found = find(text, 0, meter);
  const seen = new Set<string>();
  const candidates: JsonCandidate[] = [];
  for (const item of found.items.sort(byPlausibility)) {
    const key = keyOf(item.value);
    if (key !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    candidates.push({ value: item.value, cutOff: item.cutOff, at: item.start });
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  return { candidates, unclosed: found.unclosed };
}

/** Caps that keep the search linear in the answer's length, whatever the answer holds. */
const SCAN_BUDGET_FACTOR = 4;
const REPAIR_BUDGET_FACTOR = 4;
const MAX_SCANS = 1_000;
const MAX_TAILS = 3;
const MAX_CANDIDATES = 16;
const MAX_STRING_LITERALS = 3;
const MAX_STRING_DEPTH = 2;

interface Meter {
  /** Characters the span scanner may still read. */
  scan: number;
  /** Characters `jsonrepair` may still be given. */
  repair: number;
}

/** Ranks: smaller is more plausible. */
const Tier = {
  Fenced: 0,
  Prose: 1,
  CleanSalvage: 2,
  InsideCutOff: 3,
  RepairedSalvage: 4,
} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

interface Item {
  value: unknown;
  cutOff: boolean;
  tier: Tier;
  trivial: boolean;
  start: number;
}

function byPlausibility(a: Item, b: Item): number {
  const salvage = a.tier === Tier.CleanSalvage || a.tier === Tier.RepairedSalvage;
  // Cut-off JSON runs to the end of the answer, so an earlier one holds the later ones: the
  // outermost is the fullest salvage. Complete values: the later, the likelier the answer.
  const order = salvage ? a.start - b.start : b.start - a.start;
  return a.tier - b.tier || Number(a.trivial) - Number(b.trivial) || order;
}

function find(text: string, depth: number, meter: Meter): { items: Item[]; unclosed: boolean } {
  const trimmed = text.trim(); // also drops a byte-order mark
  const whole = parseStrict(trimmed);
  if (isContainer(whole)) {
    return {
      items: [{ value: whole, cutOff: false, tier: Tier.Fenced, trivial: false, start: 0 }],
      unclosed: false,
    };
  }
  if (typeof whole === "string" && depth < MAX_STRING_DEPTH) return find(whole, depth + 1, meter);

  const spans = scanSpans(text, meter);
  const fences = fenceRegions(text, spans.complete);
  const regionOf = (at: number) => fences.findIndex(([from, to]) => at >= from && at < to);
  /** The tier of a complete value found at `at`. */
  const completeTier = (at: number): Tier => {
    const region = regionOf(at);
    const insideCutOff = spans.tails.some(
      (tail) => tail.start < at && regionOf(tail.start) === region,
    );
    return insideCutOff ? Tier.InsideCutOff : region >= 0 ? Tier.Fenced : Tier.Prose;
  };
  const items: Item[] = [];
  for (const span of spans.complete) {
    items.push({
      value: span.value,
      cutOff: false,
      tier: completeTier(span.start),
      trivial: isTrivial(span.value),
      start: span.start,
    });
  }
  for (const tail of spans.tails) {
    if (tail.salvage === undefined) continue;
    items.push({
      value: tail.salvage.value,
      cutOff: true,
      tier: tail.salvage.repaired ? Tier.RepairedSalvage : Tier.CleanSalvage,
      trivial: isTrivial(tail.salvage.value),
      start: tail.start,
    });
  }
  let unclosed = spans.tails.length > 0;
  if (depth < MAX_STRING_DEPTH && text.includes('\\"')) {
    for (const literal of jsonStringLiterals(text, spans.complete)) {
      const inner = find(literal.value, depth + 1, meter);
      unclosed ||= inner.unclosed;
      for (const item of inner.items) {
        const complete = item.tier === Tier.Fenced || item.tier === Tier.Prose;
        items.push({
          ...item,
          start: literal.start,
          tier: complete ? completeTier(literal.start) : item.tier,
        });
      }
    }
  }
  return { items, unclosed };
}

interface CompleteSpan {
  start: number;
  end: number;
  value: unknown;
}

interface Tail {
  start: number;
  salvage: { value: unknown; repaired: boolean } | undefined;
}

/**
 * The balanced `{…}`/`[…]` spans of `text` that parse (strictly, else after repair), outermost
 * only, and the spans still open at the end (at most `MAX_TAILS`). A span that does not parse,
 * or never closes, is searched again from its next character, so a stray `{` in the prose does
 * not hide the JSON after it.
 */
function scanSpans(text: string, meter: Meter): { complete: CompleteSpan[]; tails: Tail[] } {
  const complete: CompleteSpan[] = [];
  const tails: Tail[] = [];
  const opener = /[[{]/g;
  let pos = 0;
  for (let scans = 0; scans < MAX_SCANS; scans++) {
    opener.lastIndex = pos;
    const match = opener.exec(text);
    if (!match) break;
    const start = match.index;
    const scan = scanFrom(text, start, meter);
    if (scan.kind === "exhausted") break;
    pos = start + 1;
    if (scan.kind === "closed") {
      const parsed = parseSpan(text.slice(start, scan.end + 1), meter);
      if (parsed !== undefined) {
        complete.push({ start, end: scan.end + 1, value: parsed.value });
        pos = scan.end + 1;
      }
    } else if (scan.kind === "open" && tails.length < MAX_TAILS) {
      const salvageable = scan.cut > start + 1;
      const closed = text.slice(start, scan.cut) + scan.closers;
      tails.push({ start, salvage: salvageable ? parseSpan(closed, meter) : undefined });
    }
  }
  return { complete, tails };
}

type Scan =
  /** `end` is the index of the bracket that closes the one at `start`. */
  | { kind: "closed"; end: number }
  /**
   * Still open at the end of the text. `text.slice(start, cut) + closers` keeps only complete
   * members (a string value whose quote closed, a closed object or array, anything followed by
   * a comma) and closes what is open.
   */
  | { kind: "open"; cut: number; closers: string }
  /** A closing bracket of the wrong kind: not JSON. */
  | { kind: "broken" }
  | { kind: "exhausted" };

const CLOSER: Record<string, string> = { "{": "}", "[": "]" };
/** Characters after which a quote opens a string rather than being an apostrophe. */
const VALUE_START = new Set(["{", "[", ",", ":"]);

/**
 * Walks from the bracket at `start` to its partner, skipping strings (double-quoted; single- and
 * smart-quoted where a value may start, so apostrophes in words do not count), escapes and
 * comments.
 */
function scanFrom(text: string, start: number, meter: Meter): Scan {
  const stack: string[] = [];
  let cut = start + 1;
  let cutDepth = 1;
  let prev = "";
  let quote = ""; // the characters that close the open string, "" outside strings
  let quoteIsValue = false;
  for (let i = start; i < text.length; i++) {
    if (--meter.scan < 0) return { kind: "exhausted" };
    const ch = text.charAt(i);
    if (quote) {
      if (ch === "\\") {
        i++;
      } else if (quote.includes(ch)) {
        quote = "";
        prev = '"';
        if (quoteIsValue) {
          cut = i + 1;
          cutDepth = stack.length;
        }
      }
      continue;
    }
    switch (ch) {
      case " ":
      case "\t":
      case "\n":
      case "\r":
        continue;
      case "{":
      case "[":
        stack.push(CLOSER[ch] as string);
        break;
      case "}":
      case "]":
        if (stack.pop() !== ch) return { kind: "broken" };
        if (stack.length === 0) return { kind: "closed", end: i };
        cut = i + 1;
        cutDepth = stack.length;
        break;
      case ",":
        if (!VALUE_START.has(prev)) {
          cut = i;
          cutDepth = stack.length;
        }
        break;
      case "/": {
        const next = text.charAt(i + 1);
        if (next === "/" || next === "*") {
          const end = next === "/" ? text.indexOf("\n", i) : text.indexOf("*/", i + 2);
          const to = end < 0 ? text.length : next === "/" ? end : end + 2;
          meter.scan -= to - i;
          i = to - 1;
          continue;
        }
        break;
      }
      default: {
        const closers = ch === '"' ? '"' : VALUE_START.has(prev) ? QUOTES[ch] : undefined;
        if (closers) {
          quote = closers;
          quoteIsValue = prev === ":" || (stack.at(-1) === "]" && (prev === "[" || prev === ","));
        }
      }
    }
    prev = ch;
  }
  return { kind: "open", cut, closers: stack.slice(0, cutDepth).reverse().join("") };
}

/** Quotes that open a string where a value starts, and what closes them (models mix smart quotes). */
const QUOTES: Record<string, string> = {
  "'": "'",
  "\u201c": "\u201d\u201c",
  "\u201d": "\u201d\u201c",
  "\u2018": "\u2019\u2018",
};

function parseSpan(span: string, meter: Meter): { value: unknown; repaired: boolean } | undefined {
  const strict = parseStrict(span);
  if (isContainer(strict)) return { value: strict, repaired: false };
  meter.repair -= span.length;
  if (meter.repair < 0) return undefined;
  try {
    const repaired: unknown = JSON.parse(jsonrepair(span));
    return isContainer(repaired) && !isEmpty(repaired)
      ? { value: repaired, repaired: true }
      : undefined;
  } catch {
    // Not JSON even after repair (prose in braces, a Jinja `{{ ref('x') }}`, nesting too deep).
    return undefined;
  }
}

function parseStrict(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Where code fences hold content: from after an opening ``` or ~~~ (at a line start or after a
 * space, as in "Sure! ```json") to the next fence of the same kind, or to the end when the
 * answer stops inside the fence. Fence marks inside a JSON value's strings are ignored, so a
 * description that mentions ``` does not open a fence.
 */
function fenceRegions(text: string, spans: readonly CompleteSpan[]): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const mark = /`{3,}|~{3,}/g;
  let open: { kind: string; from: number } | undefined;
  for (let m = mark.exec(text); m; m = mark.exec(text)) {
    const at = m.index;
    if (spans.some((span) => at >= span.start && at < span.end)) continue;
    const kind = m[0].charAt(0);
    if (open) {
      if (kind === open.kind) {
        regions.push([open.from, at]);
        open = undefined;
      }
    } else if (at === 0 || /\s/.test(text.charAt(at - 1))) {
      open = { kind, from: at + m[0].length };
    }
  }
  if (open) regions.push([open.from, text.length]);
  return regions;
}

/**
 * JSON string literals in the prose whose text is itself JSON (`"{\"a\": 1}"`), decoded, outside
 * the spans already found (an escaped SQL string inside a description is not an answer).
 */
function jsonStringLiterals(
  text: string,
  spans: readonly CompleteSpan[],
): Array<{ start: number; value: string }> {
  const literals: Array<{ start: number; value: string }> = [];
  const literal = /"[[{](?:[^"\\\n]|\\.)*"/g;
  for (
    let m = literal.exec(text);
    m && literals.length < MAX_STRING_LITERALS;
    m = literal.exec(text)
  ) {
    const at = m.index;
    if (spans.some((span) => at >= span.start && at < span.end)) continue;
    const value = parseStrict(m[0]);
    if (typeof value === "string") literals.push({ start: at, value });
  }
  return literals;
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function isEmpty(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** `[]`, `{}` and arrays of bare numbers or booleans (`[1]` of a footnote): rarely an answer. */
function isTrivial(value: unknown): boolean {
  if (!isContainer(value) || isEmpty(value)) return true;
  return (
    Array.isArray(value) && value.every((item) => typeof item !== "string" && !isContainer(item))
  );
}

/** Identity of a value for "distinct": its JSON text; none for a value too deep to print. */
function keyOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
