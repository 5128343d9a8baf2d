// A fast reader for the plain block YAML nearly every dbt schema file is written in, for reading
// thousands of files on open: the `yaml` package takes about 0.3 ms per kilobyte, 1.4 s for the
// 5 MB of a 5,000-model project. It gives exactly the value `yaml` gives (`uniqueKeys: false`, core
// schema) or, for anything outside the plain subset (anchors, aliases, tags, merge keys, flow or
// quoted text over several lines, plain text going on over lines, tabs, several documents,
// anything invalid), `undefined`: the caller parses that file with `yaml`. Short flow collections
// (`tests: [unique]`), escapes and non-string plain scalars (`v: 2`) are handed to `yaml` one
// value at a time, so no scalar rule is implemented twice.
import { parseDocument } from "yaml";

/** Thrown inside the reader to give up on a file; caught at the top, never escapes. */
const GIVE_UP: unique symbol = Symbol("give up");

function giveUp(): never {
  throw GIVE_UP;
}

/** Outside the plain subset: tabs, control characters, other line breaks, an inner byte-order mark. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSUPPORTED_CHARACTERS = /[\t\0-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/** Words the core schema reads as null or a boolean. */
const WORDS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);

/** A plain scalar that may resolve to something else than a string (`~`, `2`, `-1.5`, `null`). */
function maybeNotString(text: string): boolean {
  const c = text.charCodeAt(0);
  // 0-9 + - . ~
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126) return true;
  return text.length >= 4 && text.length <= 5 && WORDS.has(text);
}

/** A first character that a plain key or value cannot start with here: & * ! % @ ` , ] } | > ? : # */
function isIndicator(c: number): boolean {
  switch (c) {
    case 38:
    case 42:
    case 33:
    case 37:
    case 64:
    case 96:
    case 44:
    case 93:
    case 125:
    case 124:
    case 62:
    case 63:
    case 58:
    case 35:
      return true;
    default:
      return false;
  }
}

/** The value of the YAML document `text`, or `undefined` when it is not plain block YAML. */
export function fastParse(text: string): { value: unknown } | undefined {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.includes("\r")) {
    source = source.replaceAll("\r\n", "\n");
    if (source.includes("\r")) return undefined;
  }
  if (UNSUPPORTED_CHARACTERS.test(source)) return undefined;
  try {
    return { value: new Reader(source).document() };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  /** Leading spaces of each line; -1 for a line of spaces only or a comment. */
  private readonly indents: number[];
  /** The text ended with a line break (the last line is then a complete one). */
  private readonly finalBreak: boolean;
  /** The first line holding content: the only one a `---` may be on. */
  private readonly firstContent: number;
  /** The next line to read. */
  private at = 0;

  constructor(text: string) {
    this.finalBreak = text.endsWith("\n");
    this.lines = (this.finalBreak ? text.slice(0, -1) : text).split("\n");
    if (text === "") this.lines = [];
    this.indents = this.lines.map((line) => {
      let n = 0;
      while (line.charCodeAt(n) === 32) n++;
      return n === line.length || line[n] === "#" ? -1 : n;
    });
    this.firstContent = this.indents.findIndex((indent) => indent !== -1);
  }

  document(): unknown {
    const first = this.nextContent();
    if (first >= 0 && this.isMarker(first)) {
      // `---` opening the only document, with nothing after it on the line but a comment.
      if (!/^---(?: +#.*| *)$/.test(this.lines[first] as string)) giveUp();
      this.at = first + 1;
    }
    const start = this.nextContent();
    let value: unknown = null;
    if (start >= 0) {
      if (this.indents[start] !== 0) giveUp();
      const content = this.lines[start] as string;
      if (isDash(content)) value = this.sequence(0, false);
      else if (splitKey(content)) value = this.mapping(0);
      else giveUp();
    }
    if (this.nextContent() >= 0) giveUp();
    return value;
  }

  /** The next line holding content, from `at`; -1 at the end. Document markers end the subset. */
  private nextContent(): number {
    for (let i = this.at; i < this.lines.length; i++) {
      if (this.indents[i] === -1) continue;
      if (this.indents[i] === 0 && i !== this.firstContent && this.isMarker(i)) giveUp();
      return i;
    }
    return -1;
  }

  /** `---`, `...` or a `%` directive at the start of line `i`. */
  private isMarker(i: number): boolean {
    const line = this.lines[i] as string;
    if (line.startsWith("%")) return true;
    return (
      (line.startsWith("---") || line.startsWith("...")) && (line.length === 3 || line[3] === " ")
    );
  }

  /** A mapping whose keys are at column `indent`; `first` is its first entry's text when it starts after a `- `. */
  private mapping(indent: number, first?: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    if (first !== undefined) this.entry(map, indent, first);
    for (;;) {
      const i = this.nextContent();
      if (i < 0 || (this.indents[i] as number) < indent) return map;
      if (this.indents[i] !== indent) giveUp();
      this.at = i + 1;
      this.entry(map, indent, (this.lines[i] as string).slice(indent));
    }
  }

  /** One `key: value` of a mapping at `indent`; the lines after it are read for a nested value. */
  private entry(map: Record<string, unknown>, indent: number, content: string): void {
    const split = splitKey(content);
    if (!split) giveUp();
    const { key, rest } = split;
    let value: unknown;
    if (rest === "" || rest.startsWith("#")) {
      const i = this.nextContent();
      if (i >= 0 && (this.indents[i] as number) > indent) value = this.node(indent + 1);
      else if (
        i >= 0 &&
        this.indents[i] === indent &&
        isDash((this.lines[i] as string).slice(indent))
      ) {
        // `columns:` with its `- name:` items at the key's own column.
        value = this.sequence(indent, true);
      } else value = null;
    } else if (rest.startsWith("|") || rest.startsWith(">")) {
      value = this.blockScalar(rest, indent);
    } else {
      value = inlineValue(rest);
    }
    // Duplicate keys: the last wins, as `yaml` reads them with `uniqueKeys: false`.
    map[key] = value;
  }

  /** A sequence whose dashes are at column `indent`; `compact` when it is a mapping value at the key's column. */
  private sequence(indent: number, compact: boolean): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      const i = this.nextContent();
      if (i < 0 || (this.indents[i] as number) < indent) return items;
      if (this.indents[i] !== indent) giveUp();
      const content = (this.lines[i] as string).slice(indent);
      if (!isDash(content)) {
        if (compact) return items;
        giveUp();
      }
      this.at = i + 1;
      let gap = 1;
      while (content.charCodeAt(gap) === 32) gap++;
      const rest = content.slice(gap);
      if (rest === "" || rest.startsWith("#")) {
        const next = this.nextContent();
        items.push(
          next >= 0 && (this.indents[next] as number) > indent ? this.node(indent + 1) : null,
        );
      } else if (isDash(rest)) {
        giveUp();
      } else if (splitKey(rest)) {
        items.push(this.mapping(indent + gap, rest));
      } else if (rest.startsWith("|") || rest.startsWith(">")) {
        items.push(this.blockScalar(rest, indent));
      } else {
        items.push(inlineValue(rest));
      }
    }
  }

  /** The value on the next content line (indented at least `minIndent`) and below it. */
  private node(minIndent: number): unknown {
    const i = this.nextContent();
    const indent = this.indents[i] as number;
    const content = (this.lines[i] as string).slice(indent);
    if (isDash(content)) return this.sequence(indent, false);
    if (splitKey(content)) return this.mapping(indent);
    // A scalar on a line of its own: one line only (plain text going on is not read here).
    if (content.startsWith("|") || content.startsWith(">")) giveUp();
    this.at = i + 1;
    const value = inlineValue(content);
    const next = this.nextContent();
    if (next >= 0 && (this.indents[next] as number) >= minIndent) giveUp();
    return value;
  }

  /** A `|` or `>` scalar whose header is `header`, in a node at column `parentIndent`. */
  private blockScalar(header: string, parentIndent: number): string {
    const match = /^([|>])([+-]?)(?: +#.*| *)$/.exec(header);
    if (!match) giveUp();
    const folded = match[1] === ">";
    const chomp = match[2];
    const { lines } = this;
    let i = this.at;
    let leadingBlank = 0;
    while (i < lines.length && isBlank(lines[i] as string)) {
      leadingBlank = Math.max(leadingBlank, (lines[i] as string).length);
      i++;
    }
    const first = lines[i];
    let bodyIndent = 0;
    if (first !== undefined) while (first.charCodeAt(bodyIndent) === 32) bodyIndent++;
    if (first === undefined || bodyIndent <= parentIndent) {
      // No content: the scalar is empty (blank lines kept by `+` are not read here).
      if (chomp === "+" || leadingBlank > parentIndent) giveUp();
      this.at = i;
      return "";
    }
    if (leadingBlank > bodyIndent) giveUp();
    /** The body's lines without the indentation; "" for blank lines. */
    const body: string[] = [];
    let end = this.at;
    for (; end < lines.length; end++) {
      const line = lines[end] as string;
      if (isBlank(line)) {
        if (line.length > bodyIndent) giveUp();
        body.push("");
        continue;
      }
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      if (indent < bodyIndent) break;
      const text = line.slice(bodyIndent);
      if (folded && text.startsWith(" ")) giveUp();
      body.push(text);
    }
    this.at = end;
    let last = body.length - 1;
    while (last >= 0 && body[last] === "") last--;
    const trailing = body.length - 1 - last;
    const content = body.slice(0, last + 1);
    const value = folded ? fold(content) : content.join("\n");
    if (chomp === "-") return value;
    // `yaml` ends clipped text with a line break even at the end of a text that has none.
    if (chomp === "") return `${value}\n`;
    if (this.at === lines.length && !this.finalBreak) giveUp();
    return value + "\n".repeat(1 + trailing);
  }
}

/** `>` text: lines joined by spaces, a run of n blank lines kept as n line breaks. */
function fold(lines: readonly string[]): string {
  let out = "";
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === "") {
      blanks++;
      continue;
    }
    if (!started) out += "\n".repeat(blanks);
    else out += blanks > 0 ? "\n".repeat(blanks) : " ";
    out += line;
    blanks = 0;
    started = true;
  }
  return out;
}

/** Spaces only: the only blank YAML knows besides tabs (a no-break space is text). */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32) return false;
  return true;
}

function isDash(content: string): boolean {
  return content === "-" || content.startsWith("- ");
}

/** A plain `key: rest` line's key and what follows the `:` (without leading spaces). */
function splitKey(content: string): { key: string; rest: string } | undefined {
  const first = content.charCodeAt(0);
  // ' " [ { -
  if (first === 39 || first === 34 || first === 91 || first === 123 || first === 45)
    return undefined;
  if (isIndicator(first)) return undefined;
  let colon = content.indexOf(":");
  while (colon >= 0 && colon + 1 < content.length && content[colon + 1] !== " ") {
    colon = content.indexOf(":", colon + 1);
  }
  if (colon <= 0) return undefined;
  const key = content.slice(0, colon);
  if (key.includes(" #") || key.endsWith(" ") || key === "<<" || key === "__proto__") giveUp();
  if (maybeNotString(key)) giveUp();
  let start = colon + 1;
  while (content.charCodeAt(start) === 32) start++;
  return { key, rest: content.slice(start) };
}

/** A value written on one line after `key: ` or `- ` (not a block scalar, not empty). */
function inlineValue(text: string): unknown {
  const first = text[0] as string;
  if (first === "'") {
    let value = "";
    let from = 1;
    for (;;) {
      const quote = text.indexOf("'", from);
      if (quote < 0) giveUp();
      value += text.slice(from, quote);
      if (text[quote + 1] === "'") {
        value += "'";
        from = quote + 2;
        continue;
      }
      onlyComment(text.slice(quote + 1));
      return value;
    }
  }
  if (first === '"') {
    let escaped = false;
    let i = 1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\") {
        escaped = true;
        i++;
      } else if (c === '"') break;
    }
    if (i >= text.length) giveUp();
    onlyComment(text.slice(i + 1));
    return escaped ? byYaml(text.slice(0, i + 1)) : text.slice(1, i);
  }
  if (first === "[" || first === "{") {
    onlyComment(text.slice(flowEnd(text) + 1));
    return byYaml(text);
  }
  if (isIndicator(first.charCodeAt(0))) giveUp();
  if (first === "-" && (text.length === 1 || text[1] === " ")) giveUp();
  const comment = text.indexOf(" #");
  let end = comment >= 0 ? comment : text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const value = text.slice(0, end);
  if (value.includes(": ") || value.endsWith(":")) giveUp();
  if (!maybeNotString(value)) return value;
  // `version: 2`, in every file: a plain decimal is a number, without asking `yaml`.
  return /^[0-9]{1,15}$/.test(value) ? Number(value) : byYaml(value);
}

/** Where the flow collection starting `text` ends (quotes skipped); gives up when not on this line. */
function flowEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      i = text.indexOf("'", i + 1);
      while (i >= 0 && text[i + 1] === "'") i = text.indexOf("'", i + 2);
      if (i < 0) giveUp();
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      if (i >= text.length) giveUp();
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return giveUp();
}

/** After a quoted scalar or a flow collection: nothing, or spaces and a comment. */
function onlyComment(after: string): void {
  if (!isBlank(after) && !/^ +#/.test(after)) giveUp();
}

/**
 * One value as `yaml` reads it: flow collections, escapes, numbers, booleans, null. Read as a
 * mapping's value, where it was: alone, `---` would start a document.
 */
function byYaml(text: string): unknown {
  const doc = parseDocument(`value: ${text}`, { uniqueKeys: false });
  if (doc.errors.length > 0) giveUp();
  const data = doc.toJS() as { value?: unknown } | null;
  if (data === null || typeof data !== "object" || Object.keys(data).length !== 1) giveUp();
  if (!("value" in data)) giveUp();
  return data.value;
}
