// Parses prompt YAML keeping node positions, so every problem points at a line of the file.
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { type FieldPath, fieldName, type SourcePlace, type TemplatePoint } from "./locate.js";
import type { Problem } from "./problems.js";

const BLOCK_SCALARS = new Set(["BLOCK_LITERAL", "BLOCK_FOLDED"]);
const QUOTED_SCALARS = new Set(["QUOTE_DOUBLE", "QUOTE_SINGLE"]);

/** A parsed prompt YAML text that can say on which line each of its fields is. */
class YamlPlace implements SourcePlace {
  readonly file: string;

  constructor(
    readonly name: string,
    private readonly text: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {
    this.file = name;
  }

  lineOf(path: FieldPath, key?: string): number | undefined {
    const offset = this.offsetOf(key === undefined ? path : [...path, key]);
    return offset === undefined ? undefined : this.lines.linePos(offset).line;
  }

  where(path: FieldPath, at: { key?: string; template?: TemplatePoint } = {}): string {
    if (at.template) {
      const { line, col } = this.templatePosition(path, at.template);
      return `${this.name}:${line}${col === undefined ? "" : `:${col}`}: ${fieldName(path)}`;
    }
    const line = this.lineOf(path, at.key);
    return `${this.name}${line === undefined ? "" : `:${line}`}: ${fieldName(path)}`;
  }

  field(path: FieldPath): string {
    return fieldName(path);
  }

  /**
   * The offset of the deepest node on `path` that exists: a map entry's key (the line a reader
   * looks for, even when its value is a block below it), a list item, or the document.
   */
  private offsetOf(path: FieldPath): number | undefined {
    let node: unknown = this.doc.contents;
    let offset = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
        if (!pair) break;
        if (isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof step === "number") {
        const item = node.items[step];
        if (!isScalar(item) && !isMap(item) && !isSeq(item)) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset;
  }

  /**
   * Maps a row and column of the template at `path` to the file: a block scalar (`|`, `>`)
   * starts on the line after its key, indented; a plain or quoted one on the key's line.
   * Folded and multi-line quoted scalars join lines, so there the line is approximate.
   */
  private templatePosition(path: FieldPath, point: TemplatePoint): { line: number; col?: number } {
    const node = this.doc.getIn(path, true);
    const start = isScalar(node) ? node.range?.[0] : undefined;
    if (!isScalar(node) || start === undefined) return { line: this.lineOf(path) ?? 1 };
    const at = this.lines.linePos(start);
    if (BLOCK_SCALARS.has(node.type ?? "")) {
      return { line: at.line + point.row, col: this.blockIndent(at.line) + point.col };
    }
    if (point.row > 1) return { line: at.line + point.row - 1 };
    const quote = QUOTED_SCALARS.has(node.type ?? "") ? 1 : 0;
    return { line: at.line, col: at.col + quote + point.col - 1 };
  }

  /** The indentation of a block scalar's text: that of its first non-blank line. */
  private blockIndent(headerLine: number): number {
    const lines = this.text.split("\n");
    for (let i = headerLine; i < lines.length; i++) {
      const line = lines[i] ?? "";
      if (line.trim() !== "") return line.length - line.trimStart().length;
    }
    return 0;
  }
}

export type ParsedYaml =
  | { ok: true; value: unknown; place: SourcePlace }
  | { ok: false; problems: Problem[] };

// yaml's own wording for a few errors names its API; a user needs the file's terms.
const PLAIN_WORDS: Record<string, string> = {
  MULTIPLE_DOCS: "the file holds more than one YAML document (a --- line)",
};

/** Parses YAML text named `name` (a path, or `built-in`), or lists its syntax errors by line and column. */
export function parseYaml(text: string, name: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): Problem => {
      const { line, col } = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
      // prettyErrors puts "at line L, column C:" and a code frame after yaml's message.
      const [head = error.message, frame = ""] = error.message.split(/ at line \d+, column \d+:\n/);
      const what = PLAIN_WORDS[error.code] ?? head;
      return {
        where: `${name}:${line}:${col}`,
        message: `YAML syntax error: ${what} — fix the YAML there; a template is safest as a block (\`user: |\` with the text indented below)`,
        detail: frame.replace(/^\n+|\s+$/g, "").split("\n"),
      };
    });
    return { ok: false, problems };
  }
  const place = new YamlPlace(name, text, doc, lines);
  try {
    return { ok: true, value: doc.toJS(), place };
  } catch (error) {
    // Only alias abuse gets here (a "billion laughs" file): yaml refuses to expand it.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        { where: name, message: `${message} — write the text out instead of aliasing it` },
      ],
    };
  }
}
