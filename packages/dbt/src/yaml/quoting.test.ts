import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderScalar, type ScalarContext } from "./quoting.js";

const block: ScalarContext = { inFlow: false, bodyIndent: 2 };
const flow: ScalarContext = { inFlow: true, bodyIndent: 2 };

/** The rendered value as it would follow `description: `. */
function written(value: string, context: ScalarContext = block): string {
  const rendered = renderScalar(value, context);
  return rendered.kind === "inline"
    ? rendered.source
    : `${rendered.header}\n${rendered.lines.join("\n")}`;
}

describe("renderScalar", () => {
  it.each([
    // plain when it reads back as the same string
    ["Customer identifier.", "Customer identifier."],
    ["Città — naïve café 😀", "Città — naïve café 😀"],
    ["a#b and a:b", "a#b and a:b"],
    ["uses {{ var }} inside", "uses {{ var }} inside"],
    ["-1 is not a list item", "-1 is not a list item"],
    // double quotes when it would be misread
    ["Note: it's #1", `"Note: it's #1"`],
    ["yes", `"yes"`],
    ["Off", `"Off"`],
    ["y", `"y"`],
    ["null", `"null"`],
    ["~", `"~"`],
    ["123", `"123"`],
    ["1_000", `"1_000"`],
    ["1e3", `"1e3"`],
    ["1:30", `"1:30"`],
    ["2024-01-01", `"2024-01-01"`],
    ["=", `"="`],
    ["<<", `"<<"`],
    ["- item", `"- item"`],
    ["#hashtag", `"#hashtag"`],
    ["&anchor", `"&anchor"`],
    ["*alias", `"*alias"`],
    ["!tag", `"!tag"`],
    ["%percent", `"%percent"`],
    ["@mention", `"@mention"`],
    ["`code`", '"`code`"'],
    ["ends with colon:", `"ends with colon:"`],
    ["trailing space ", `"trailing space "`],
    [" leading space", `" leading space"`],
    ["---", `"---"`],
    ["tab\there", `"tab\\there"`],
    ["back\\slash: yes", `"back\\\\slash: yes"`],
    ["{{ doc('orders') }}", `"{{ doc('orders') }}"`],
    // single quotes when the text holds double quotes and no single ones
    ['{{ doc("orders") }}', `'{{ doc("orders") }}'`],
    ['Say "hi": twice', `'Say "hi": twice'`],
    // escapes for what PyYAML would reject or read as a line break
    ["bell\u0007", `"bell\\a"`],
    ["nel\u0085", `"nel\\N"`],
    ["ls\u2028", `"ls\\L"`],
    ["bom\ufeff", `"bom\\uFEFF"`],
    ["del\u007f", `"del\\x7F"`],
    ["lone \ud800", `"lone \\uD800"`],
    // literal blocks for several lines, chomping by the trailing line breaks
    ["One.\nTwo.", "|-\n  One.\n  Two."],
    ["One.\nTwo.\n", "|\n  One.\n  Two."],
    ["One.\n\n", `"One.\\n\\n"`],
    ["# not a comment\n  indented", "|-\n  # not a comment\n    indented"],
    ["  leading\nspace", `"  leading\\nspace"`],
    ["blank \n \nline", `"blank \\n \\nline"`],
    ["cr\r\nlf", `"cr\\r\\nlf"`],
  ])("%j → %s", (value, expected) => {
    expect(written(value)).toBe(expected);
  });

  it.each([
    ["plain", "plain"],
    ["a, b", `"a, b"`],
    ["a:b", `"a:b"`],
    ["[x]", `"[x]"`],
    ["two\nlines", `"two\\nlines"`],
  ])("in a flow collection: %j → %s", (value, expected) => {
    expect(written(value, flow)).toBe(expected);
  });

  it.each([
    ["single", "Text.", "'Text.'"],
    ["single", "it's", "it's"],
    ["single", "it's: yes", `"it's: yes"`],
    ["double", "Text.", `"Text."`],
    ["folded", "Text.", ">-\n      Text."],
    ["literal", "Text.", "|-\n      Text."],
    ["folded", "Two\nlines", "|-\n      Two\n      lines"],
  ] as const)("keeps the %s style of the value replaced: %j", (prefer, value, expected) => {
    expect(written(value, { inFlow: false, bodyIndent: 6, prefer })).toBe(expected);
  });

  it("indents a block body as asked", () => {
    expect(written("a\nb", { inFlow: false, bodyIndent: 8 })).toBe("|-\n        a\n        b");
  });

  it("everything it writes reads back as written, as YAML 1.2 and 1.1", () => {
    for (const value of ["yes", "1:30", "a\nb", "Note: #1", "\u0085", "😀", "'\"", " "]) {
      const doc = `k: ${written(value)}\n`;
      expect(parse(doc).k).toBe(value);
      expect(parse(doc, { version: "1.1" }).k).toBe(value);
    }
  });
});
