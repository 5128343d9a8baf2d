import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { cleanDescription, type HygieneOptions } from "./hygiene.js";

const column: HygieneOptions = {
  maxChars: 200,
  multiline: false,
  instructions:
    "Say what the data means and how it is derived, from the SQL, names, types and upstream descriptions given.",
};
// The characters a description must never hold.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_OR_INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const model: HygieneOptions = { ...column, maxChars: 600, multiline: true };

describe("cleanDescription", () => {
  it.each([
    [
      "trims and keeps one line",
      "  The order's total.\n  In dollars. ",
      "The order's total. In dollars.",
    ],
    ["unwraps quotes around the whole text", '"The order\'s total."', "The order's total."],
    [
      "unwraps typographic quotes",
      "“The customer's e-mail address.”",
      "The customer's e-mail address.",
    ],
    ["peels nested wrappers and labels", '"Description: “When it shipped.”"', "When it shipped."],
    ["keeps quotes that are part of the text", '"a" or "b" status code', '"a" or "b" status code'],
    [
      "drops a label the model added",
      "Description: When the order was placed.",
      "When the order was placed.",
    ],
    [
      "drops control and invisible characters",
      "When\u0000 the\u200b order\u0007 shipped.\ufeff",
      "When the order shipped.",
    ],
    ["turns YAML line breaks into spaces", "One\u2028two\u0085three", "One two three"],
    ["turns tabs into spaces", "Amount\tin\tcents.", "Amount in cents."],
  ])("%s", (_name, raw, expected) => {
    expect(cleanDescription(raw, column)).toEqual({ ok: true, text: expected });
  });

  it("keeps paragraphs in a model description, at most one blank line between them", () => {
    expect(cleanDescription("One row per order.\n\n\n\nBuilt from stg_orders.  ", model)).toEqual({
      ok: true,
      text: "One row per order.\n\nBuilt from stg_orders.",
    });
  });

  it.each([
    "",
    "  ",
    "null",
    "N/A",
    "Unknown.",
    "TBD",
    "Pending further documentation",
    "No description available",
  ])("reads %j as 'cannot tell': left for a person", (raw) => {
    expect(cleanDescription(raw, column)).toEqual({ ok: true, text: null });
  });

  it.each([
    ["Jinja expressions", "The {{ var('currency') }} amount."],
    ["Jinja statements", "{% if x %}Amount{% endif %}"],
    ["Jinja comments", "{# todo #} Amount"],
    ["a stray closing delimiter", "Amount }} in dollars"],
  ])("refuses %s: dbt would render them", (_name, raw) => {
    const result = cleanDescription(raw, column);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/Jinja/);
  });

  it("refuses a description over the bound, saying the bound", () => {
    const result = cleanDescription("word ".repeat(60), column);
    expect(result).toEqual({ ok: false, problem: "is 299 characters long; keep it under 200" });
  });

  it("refuses an answer that echoes the instructions", () => {
    const result = cleanDescription(
      "Say what the data means and how it is derived, from the SQL.",
      column,
    );
    expect(result).toEqual({
      ok: false,
      problem: "repeats the instructions instead of describing the data",
    });
    // Sharing a few words is not an echo.
    expect(cleanDescription("What the data means for finance.", column).ok).toBe(true);
  });

  it("gives text that survives a YAML round trip unchanged, whatever the model sent", () => {
    const nasty = [
      "- starts like a list item",
      "key: value # not a comment",
      "> folded? no",
      "'quoted' start and end 'here'",
      "@at and `backtick` and *star",
      "tab\there and unicode ✓ and emoji 🚀",
      "ends with a colon:",
      "yes",
      "0123",
    ];
    for (const raw of nasty) {
      const result = cleanDescription(raw, column);
      expect(result.ok).toBe(true);
      if (!result.ok || result.text === null) continue;
      const yaml = stringify({ description: result.text });
      expect(parse(yaml)).toEqual({ description: result.text });
    }
  });

  it("never lets through Jinja, control characters, surrounding space or an over-long text, whatever it is given", () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "{{",
        "}}",
        "{%",
        "%}",
        "{#",
        "\u0000",
        "\u2028",
        "\ufeff",
        "\r\n",
        "\t",
        '"',
        "“",
        " ",
        "\n\n\n",
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.boolean(), (parts, multiline) => {
        const options = { ...column, multiline, maxChars: 120 };
        const result = cleanDescription(parts.join(""), options);
        if (!result.ok) {
          expect(result.problem.length).toBeGreaterThan(0);
          return;
        }
        if (result.text === null) return;
        expect(result.text).not.toMatch(/\{\{|\{%|\{#|\}\}|%\}/);
        expect(result.text).not.toMatch(CONTROL_OR_INVISIBLE);
        expect(result.text).toBe(result.text.trim());
        expect(result.text.length).toBeLessThanOrEqual(120);
        if (!multiline) expect(result.text).not.toContain("\n");
        // Cleaning is stable: what comes out goes through unchanged.
        expect(cleanDescription(result.text, options)).toEqual({ ok: true, text: result.text });
      }),
      { numRuns: 500 },
    );
  });
});
