// The fast reader gives exactly what `yaml` gives, or gives up: on hand-picked cases, on every
// real schema file of the fixture projects, and on generated files of every style `yaml` writes.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments, stringify } from "yaml";
import { FIXTURE_PROJECTS } from "../fixture-projects.js";
import { fastParse } from "./fast-parse.js";

/** What the writer's options read: duplicate keys allowed (the last wins), merge keys applied. */
const byYaml = (text: string): unknown => parse(text, { uniqueKeys: false, merge: true });

describe("reads plain block YAML as `yaml` does", () => {
  it.each([
    ["an empty file", ""],
    ["only comments", "# nothing yet\n\n  # indented\n"],
    [
      "nested lists of mappings",
      "version: 2\nmodels:\n  - name: a\n    columns:\n      - name: id\n",
    ],
    ["lists at their key's column", "models:\n- name: a\n  columns:\n  - name: id\n  - name: x\n"],
    ["a wide gap after the dash", "models:\n  -   name: a\n      description: b\n"],
    ["a dash alone, its mapping below", "models:\n  -\n    name: a\n"],
    ["an empty value", "models:\n  - name: a\n    description:\n    columns:\n"],
    ["a duplicate key: the last wins", "name: a\nname: b\n"],
    ["comments after values and between lines", "a: b # c\n# d\ne: 'f' # g\nh: x#y\n"],
    ["a URL and colons without a space", "description: see http://x.io:80/a\nk: a:b\n"],
    ["single quotes with a doubled quote", "description: 'it''s # not a comment: ok'\n"],
    ["double quotes without escapes", 'description: "a: b # c"\n'],
    ["double quotes with escapes", 'description: "tab\\there \\"q\\" \\u00e9\\n"\n'],
    ["a flow list and a flow mapping", "tags: [a, 'b', \"c\"] # t\nmeta: {owner: x, n: 1}\n"],
    [
      "numbers, booleans and null",
      "version: 2\nv: 1.5\nn: -3\no: 0o17\nt: true\nf: False\nz: ~\ne: null\nw: yes\n",
    ],
    [
      "text that only starts like a number",
      "a: 1 row per order\nb: -x\nc: .hidden\nd: 2024-01-01\n",
    ],
    ["a literal block", "description: |\n  one\n    two\n\n  three\n"],
    ["a folded block", "description: >\n  one\n  two\n\n  three\n\n\n  four\n"],
    ["a folded block, stripped", "description: >-\n  one\n  two\nnext: x\n"],
    ["a literal block, kept", "description: |+\n  one\n\n\nnext: x\n"],
    ["a block with a comment on its header", "description: > # why\n  text\n"],
    ["a block at the end of a text without a final line break", "description: |\n  text"],
    ["an empty block", "description: |\nnext: x\n"],
    ["a block ended by a comment", "a:\n  description: |\n    text\n  # a note\n  b: c\n"],
    ["a block in a list item", "- |\n  text\n- >-\n  more\n"],
    ["a block holding # and : and -", "description: |\n  # not a comment\n  a: b\n  - c\n"],
    ["a document start", "---\nversion: 2\n"],
    ["a document start with a comment", "--- # schema\nversion: 2\n"],
    ["a byte-order mark", "\uFEFFversion: 2\n"],
    ["CRLF line breaks", "models:\r\n  - name: a\r\n    description: |\r\n      x\r\n      y\r\n"],
    ["trailing spaces", "a: b   \nc: |\n  d  \n"],
    ["a scalar alone on the next line", "description:\n  Written on its own line\nnext: x\n"],
    ["keys that are words", "yes: 1\non: 2\nNone: 3\n"],
  ])("%s", (_, text) => {
    const fast = fastParse(text);
    expect(fast, "the fast reader gave up").toBeDefined();
    expect(fast?.value).toStrictEqual(byYaml(text));
  });
});

describe("gives up on what is not plain block YAML, for `yaml` to read", () => {
  it.each([
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a merge key", "base: &b {x: 1}\nm:\n  <<: *b\n"],
    ["a tag", "a: !!str 1\n"],
    ["plain text going on over lines", "description: one\n  two\n"],
    ["quoted text over lines", "description: 'one\n  two'\n"],
    ["a flow list over lines", "tags: [a,\n  b]\n"],
    ["a quoted key", '"name": a\n'],
    ["a complex key", "? a\n: b\n"],
    ["a tab", "a:\tb\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a value holding `: `", "description: Note: this\n"],
    ["a nested mapping on one line", "a: b: c\n"],
    ["an indentation indicator", "description: |2\n    text\n"],
    ["a folded block with a more indented line", "description: >\n  one\n    two\n"],
    ["a mapping indented between levels", "a:\n    b: 1\n  c: 2\n"],
    ["a top-level scalar", "just text\n"],
    ["a list inside a list on one line", "- - a\n"],
    ["a number as a key", "1: a\n"],
  ])("%s", (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });
});

/** Every schema file of the fixture projects (models, seeds, snapshots). */
function fixtureSchemaFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push(path);
    }
  };
  for (const project of readdirSync(FIXTURE_PROJECTS).sort()) {
    for (const folder of ["models", "seeds", "snapshots"]) {
      const dir = join(FIXTURE_PROJECTS, project, folder);
      if (existsSync(dir)) walk(dir);
    }
  }
  return found;
}

it("reads the fixture projects' schema files as `yaml` does, nearly all without it", () => {
  const files = fixtureSchemaFiles();
  expect(files.length).toBeGreaterThanOrEqual(203);
  let read = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const fast = fastParse(text);
    if (!fast) continue;
    read += 1;
    expect(fast.value, file).toStrictEqual(byYaml(text));
  }
  // Those left to `yaml` have multi-line flow mappings, quoted text over lines or quoted keys.
  expect(read / files.length).toBeGreaterThan(0.9);
});

/** Text as people write it, and text full of what YAML treats specially. */
const text = fc.oneof(
  { weight: 3, arbitrary: words(["The", "order", "id", "é", ".", ",", "(x)", "\n", "2024", "-"]) },
  {
    weight: 1,
    arbitrary: words([
      ...["a", "é", " ", "  ", "\n", "\n\n", ": ", ":", " #", "#", "- ", "'", '"', "\\", "{{"],
      ...["[", "]", "{", "}", ",", "|", ">", "&a", "*a", "!", "%", "@", "`", "~", "1", "-1"],
      ...[".5", "null", "true", "yes", "---", "...", "\t", "\u00a0", "x".repeat(30)],
    ]),
  },
);

function words(parts: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...parts), { maxLength: 10 })
    .map((chosen) => chosen.join(" ").replaceAll(" \n ", "\n"));
}

const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,12}$/);
const column = fc.record(
  {
    name,
    description: text,
    data_type: fc.constantFrom("integer", "varchar", "timestamp"),
    tests: fc.array(fc.constantFrom("unique", "not_null"), { maxLength: 2 }),
  },
  { requiredKeys: ["name"] },
);
const schema = fc.record({
  version: fc.constant(2),
  models: fc.array(
    fc.record(
      { name, description: text, columns: fc.array(column, { maxLength: 4 }) },
      { requiredKeys: ["name"] },
    ),
    { maxLength: 3 },
  ),
});
/** The styles `yaml` writes: quoting, folding, list indentation, line breaks. */
const style = fc.record({
  defaultStringType: fc.constantFrom(
    "PLAIN",
    "QUOTE_SINGLE",
    "QUOTE_DOUBLE",
    "BLOCK_LITERAL",
    "BLOCK_FOLDED",
  ) as fc.Arbitrary<"PLAIN" | "QUOTE_SINGLE" | "QUOTE_DOUBLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED">,
  blockQuote: fc.constantFrom(true, false, "folded", "literal") as fc.Arbitrary<
    boolean | "folded" | "literal"
  >,
  lineWidth: fc.constantFrom(0, 20, 80),
  indentSeq: fc.boolean(),
  indent: fc.constantFrom(2, 4),
  flowCollectionPadding: fc.boolean(),
  crlf: fc.boolean(),
});

it("reads generated schema files of every style as `yaml` does, or gives up", () => {
  let read = 0;
  let runs = 0;
  fc.assert(
    fc.property(schema, style, (data, { crlf, ...options }) => {
      const written = stringify(data, { ...options, defaultKeyType: "PLAIN", minContentWidth: 0 });
      const file = crlf ? written.replaceAll("\n", "\r\n") : written;
      runs += 1;
      const fast = fastParse(file);
      if (!fast) return;
      read += 1;
      expect(fast.value, JSON.stringify(file)).toStrictEqual(byYaml(file));
    }),
    { numRuns: 400 },
  );
  // Not a test of giving up: most generated files are read.
  expect(read).toBeGreaterThan(runs / 2);
});

/** Lines of any indentation, dash, key and value: mostly not YAML at all. */
const lineSoup = fc
  .array(
    fc.tuple(
      fc.constantFrom("", " ", "  ", "   ", "    ", "      "),
      fc.constantFrom("", "", "- ", "-", "-  "),
      fc.constantFrom("", "name:", "description:", "columns:", "a:", "a :", "'k':", "<<:", "? "),
      fc.constantFrom("", " ", " x", " 'q'", ' "d"', " |", " >-", " |+", " [a, b]", " &a x"),
      fc.constantFrom("", " x y", " 'a''b'", ' "a\\"b"', " {a: 1}", " [a, [b]]", " -x", "#x"),
      fc.constantFrom("", " # c", " *a", ": y", " 'open", " [open", "\t", " 2", " ~", " ---"),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.map((parts) => parts.join("")).join("\n"));

it("never reads what `yaml` rejects, nor reads it otherwise", () => {
  let read = 0;
  fc.assert(
    fc.property(lineSoup, fc.boolean(), (soup, finalBreak) => {
      const file = finalBreak ? `${soup}\n` : soup;
      const fast = fastParse(file);
      if (!fast) return;
      read += 1;
      const docs = parseAllDocuments(file, { uniqueKeys: false, merge: true });
      expect(docs.length, JSON.stringify(file)).toBeLessThanOrEqual(1);
      expect(docs[0]?.errors ?? [], JSON.stringify(file)).toEqual([]);
      expect(fast.value, JSON.stringify(file)).toStrictEqual(docs[0]?.toJS() ?? null);
    }),
    { numRuns: 2000 },
  );
  expect(read).toBeGreaterThan(100);
});
