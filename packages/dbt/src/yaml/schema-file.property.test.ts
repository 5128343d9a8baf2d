// Any string set as a description reads back exactly, wherever it goes, and nothing else moves;
// so does any provenance written beside it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { MetaPlacement } from "./provenance.js";
import { type DescriptionEdit, editSchemaFile } from "./schema-file.js";
import { commentLines, isSubsequence, nonDescriptionLines } from "./test-support.js";

const BASE = [
  "version: 2",
  "",
  "models:",
  "  - name: orders  # the mart",
  "    description: >",
  "      Pending further documentation",
  "",
  "    columns:",
  "      - name: id",
  "        tests: [unique, not_null]",
  "      - name: status",
  '        description: ""   # fill me',
  "      - {name: amount, data_type: numeric}",
  "      - name: note",
  "        description: |",
  "          Not documented",
  "      # the end of the columns",
  "  - name: payments",
  "",
  "  - name: customers",
  "",
].join("\n");

type Json = Record<string, unknown>;
type Target = {
  label: string;
  edit: (text: string) => DescriptionEdit;
  /** Where the description lands in the parsed data. */
  read: (data: Json) => unknown;
  /** The parsed data with the description set. */
  expect: (data: Json, text: string) => void;
  /** The entry the description is in, in data the description is set in. */
  entry: (data: Json) => Json;
  /** In a flow map: the pair is inserted after this text, inside the line. */
  flowAfter?: string;
};

const models = (data: Json) => data.models as Json[];
const orders = (data: Json) => models(data)[0] as Json;
const column = (data: Json, name: string) =>
  (orders(data).columns as Json[]).find((c) => c.name === name) as Json;

const TARGETS: Target[] = [
  {
    label: "a folded placeholder",
    edit: (text) => ({ resourceType: "model", name: "orders", description: text }),
    read: (data) => orders(data).description,
    expect: (data, text) => {
      orders(data).description = text;
    },
    entry: orders,
  },
  ...["id", "status", "amount", "note"].map(
    (name): Target => ({
      label: `column ${name}`,
      ...(name === "amount" && { flowAfter: "{name: amount" }),
      edit: (text) => ({
        resourceType: "model",
        name: "orders",
        columns: [{ name, description: text }],
      }),
      read: (data) => column(data, name).description,
      expect: (data, text) => {
        column(data, name).description = text;
      },
      entry: (data) => column(data, name),
    }),
  ),
  {
    label: "a new column",
    edit: (text) => ({
      resourceType: "model",
      name: "orders",
      columns: [{ name: "new", description: text }],
    }),
    read: (data) => column(data, "new").description,
    expect: (data, text) => {
      (orders(data).columns as Json[]).push({ name: "new", description: text });
    },
    entry: (data) => column(data, "new"),
  },
  ...[
    ["a model followed by a blank line", "payments", 1],
    ["the last model", "customers", 2],
  ].map(
    ([label, name, index]): Target => ({
      label: label as string,
      edit: (text) => ({ resourceType: "model", name: name as string, description: text }),
      read: (data) => (models(data)[index as number] as Json).description,
      expect: (data, text) => {
        (models(data)[index as number] as Json).description = text;
      },
      entry: (data) => models(data)[index as number] as Json,
    }),
  ),
  {
    label: "a new source",
    edit: (text) => ({ resourceType: "source", sourceName: "raw", name: "t", description: text }),
    read: (data) => {
      const source = (data.sources as Json[])[0] as Json;
      return ((source.tables as Json[])[0] as Json).description;
    },
    expect: (data, text) => {
      data.sources = [{ name: "raw", tables: [{ name: "t", description: text }] }];
    },
    entry: (data) => (((data.sources as Json[])[0] as Json).tables as Json[])[0] as Json,
  },
];

/** Strings of every kind: any UTF-16 (lone surrogates too), any code point, and YAML's troublemakers. */
const descriptions = fc
  .oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc
      .array(
        fc.constantFrom(
          ...[
            "yes",
            "no",
            "~",
            "null",
            "1",
            "0o7",
            "1:30",
            "2024-01-01",
            ": ",
            " #",
            "#",
            "- ",
            "? ",
          ],
          ...[
            "'",
            '"',
            "\\",
            "\n",
            "\r\n",
            "\t",
            " ",
            "{{",
            "}}",
            "[",
            "]",
            ",",
            "|",
            ">",
            "&a",
            "*a",
          ],
          ...[
            "!tag",
            "%",
            "@",
            "`",
            "---",
            "...",
            "\u0085",
            "\u2028",
            "\ufeff",
            "\u00a0",
            "a",
            "é",
          ],
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join("")),
  )
  .filter((text) => text.trim() !== "");

describe("editSchemaFile, any description", () => {
  it.each(TARGETS)(
    "reads back exactly: $label",
    (target) => {
      fc.assert(
        fc.property(descriptions, (text) => {
          const result = editSchemaFile(BASE, [target.edit(text)]);
          expect(result.applied).toHaveLength(1);
          const data = parse(result.text, { uniqueKeys: false }) as Json;
          expect(target.read(data)).toBe(text);
          expect(target.read(parse(result.text, { version: "1.1" }) as Json)).toBe(text);
          const expected = parse(BASE) as Json;
          target.expect(expected, text);
          expect(data).toEqual(expected);
          if (target.flowAfter) {
            // `, description: …` goes in right after the name; the rest of the line stays.
            const at = BASE.indexOf(target.flowAfter) + target.flowAfter.length;
            expect(result.text.startsWith(`${BASE.slice(0, at)}, description: `)).toBe(true);
            expect(result.text.endsWith(BASE.slice(at))).toBe(true);
          } else {
            // Lines are only added (a new entry's), never changed or dropped.
            const before = nonDescriptionLines(BASE);
            expect(isSubsequence(before, nonDescriptionLines(result.text))).toBe(true);
          }
          expect(commentLines(result.text)).toEqual(commentLines(BASE));
        }),
        { numRuns: 300 },
      );
    },
    60_000,
  );

  const inPlace = TARGETS.slice(0, 5).filter((t) => !t.flowAfter);
  it.each(inPlace)(
    "only description lines change: $label",
    (target) => {
      fc.assert(
        fc.property(descriptions, (text) => {
          const result = editSchemaFile(BASE, [target.edit(text)]);
          expect(nonDescriptionLines(result.text)).toEqual(nonDescriptionLines(BASE));
        }),
        { numRuns: 200 },
      );
    },
    60_000,
  );
});

describe("editSchemaFile, any provenance", () => {
  const placements = fc.constantFrom<MetaPlacement>("top-level", "config");
  it.each(TARGETS)(
    "reads back exactly, lines only added: $label",
    (target) => {
      fc.assert(
        fc.property(descriptions, descriptions, placements, (by, at, placement) => {
          const provenance = { generatedBy: by, generatedAt: at };
          const edit = { ...target.edit("Generated."), provenance };
          const result = editSchemaFile(BASE, [edit], { metaPlacement: placement });
          const key = placement === "config" ? "config.meta.osmosis" : "meta.osmosis";
          expect(result.applied.map((a) => a.meta)).toEqual([
            { status: "written", key, updated: false },
          ]);
          const osmosis = { generated_by: by, generated_at: at };
          const home =
            placement === "config" ? { config: { meta: { osmosis } } } : { meta: { osmosis } };
          for (const version of ["1.2", "1.1"] as const) {
            const data = parse(result.text, { uniqueKeys: false, version }) as Json;
            expect(target.entry(data)).toMatchObject(home);
          }
          const expected = parse(BASE) as Json;
          target.expect(expected, "Generated.");
          Object.assign(target.entry(expected), home);
          expect(parse(result.text, { uniqueKeys: false })).toEqual(expected);
          if (!target.flowAfter) {
            const before = nonDescriptionLines(BASE);
            const after = nonDescriptionLines(result.text);
            expect(isSubsequence(before, after)).toBe(true);
            // The meta's lines (4, or 5 under `config:`), and a new entry's own.
            const added = after.length - before.length;
            const metaLines = placement === "config" ? 5 : 4;
            expect(added - metaLines).toBe(
              target.label === "a new column" ? 1 : target.label === "a new source" ? 5 : 0,
            );
          }
          expect(commentLines(result.text)).toEqual(commentLines(BASE));
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );
});
