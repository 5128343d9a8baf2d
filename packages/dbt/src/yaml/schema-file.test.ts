import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SchemaFileError } from "./errors.js";
import {
  createSchemaFile,
  type DescriptionEdit,
  type EditOptions,
  editSchemaFile,
} from "./schema-file.js";

/** Lines joined with "\n", ending with one. */
const y = (...lines: string[]) => `${lines.join("\n")}\n`;

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/yaml/${name}`, import.meta.url)), "utf8");

const model = (name: string, rest: Partial<DescriptionEdit> = {}): DescriptionEdit => ({
  resourceType: "model",
  name,
  ...rest,
});

interface Case {
  name: string;
  input: string;
  edits: DescriptionEdit[];
  options?: EditOptions;
  output: string;
}

const cases: Case[] = [
  {
    name: "folded block placeholder: text set, folded style kept",
    input: y(
      "models:",
      "  - name: orders",
      "    description: >",
      "      Pending further documentation",
      "    columns: []",
    ),
    edits: [model("orders", { description: "One row per order." })],
    output: y(
      "models:",
      "  - name: orders",
      "    description: >-",
      "      One row per order.",
      "    columns: []",
    ),
  },
  {
    name: "literal block placeholder with a blank line after it: multi-line text, blank line kept",
    input: y(
      "models:",
      "  - name: orders",
      "    description: |",
      "        Not documented",
      "",
      "    columns: []",
    ),
    edits: [model("orders", { description: "First line.\nSecond line." })],
    output: y(
      "models:",
      "  - name: orders",
      "    description: |-",
      "        First line.",
      "        Second line.",
      "",
      "    columns: []",
    ),
  },
  {
    name: "empty `>-` block",
    input: y("models:", "  - name: orders", "    description: >-", "    config: {}"),
    edits: [model("orders", { description: "Orders." })],
    output: y(
      "models:",
      "  - name: orders",
      "    description: >-",
      "      Orders.",
      "    config: {}",
    ),
  },
  {
    name: "quoting styles of the placeholder are kept",
    input: y(
      "models:",
      "  - name: orders",
      "    columns:",
      "      - name: a",
      "        description: ''",
      "      - name: b",
      '        description: ""',
      "      - name: c",
      "        description: Undefined",
    ),
    edits: [
      model("orders", {
        columns: [
          { name: "a", description: "Column a." },
          { name: "b", description: "Column b." },
          { name: "c", description: "Column c." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    columns:",
      "      - name: a",
      "        description: 'Column a.'",
      "      - name: b",
      '        description: "Column b."',
      "      - name: c",
      "        description: Column c.",
    ),
  },
  {
    name: "flow sequences are kept, flow maps edited in flow style",
    input: y(
      "models:",
      "  - name: orders",
      "    columns:",
      "      - name: status",
      "        tests: [not_null, unique]",
      "      - {name: id, tests: [unique]}",
    ),
    edits: [
      model("orders", {
        columns: [
          { name: "status", description: "Order status." },
          { name: "id", description: "Key, unique." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    columns:",
      "      - name: status",
      "        description: Order status.",
      "        tests: [not_null, unique]",
      '      - {name: id, description: "Key, unique.", tests: [unique]}',
    ),
  },
  {
    name: "a flow list of columns gets a new flow entry",
    input: y("models:", "  - name: orders", "    columns: [{name: id}]"),
    edits: [model("orders", { columns: [{ name: "total", description: "Total." }] })],
    output: y(
      "models:",
      "  - name: orders",
      "    columns: [{name: id}, {name: total, description: Total.}]",
    ),
  },
  {
    name: "`columns:` missing: added at the end of the model",
    input: y(
      "models:",
      "  - name: orders",
      "    config:",
      "      materialized: table",
      "  - name: customers",
    ),
    edits: [model("orders", { columns: [{ name: "id", description: "Key." }] })],
    output: y(
      "models:",
      "  - name: orders",
      "    config:",
      "      materialized: table",
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "  - name: customers",
    ),
  },
  {
    name: "column missing: appended after the existing ones, in the order given",
    input: y(
      "models:",
      "  - name: orders",
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "        # the last column",
      "",
      "  - name: customers",
    ),
    edits: [
      model("orders", {
        columns: [
          { name: "zeta", description: "Z." },
          { name: "alpha", description: "A." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "      - name: zeta",
      "        description: Z.",
      "      - name: alpha",
      "        description: A.",
      "        # the last column",
      "",
      "  - name: customers",
    ),
  },
  {
    name: "description key missing: added right after `name`, wherever `name` is",
    input: y(
      "models:",
      "  - name: orders  # the mart",
      "    columns:",
      "      - data_type: int",
      "        name: id",
      "        tests:",
      "          - unique",
    ),
    edits: [
      model("orders", { description: "Orders.", columns: [{ name: "id", description: "Key." }] }),
    ],
    output: y(
      "models:",
      "  - name: orders  # the mart",
      "    description: Orders.",
      "    columns:",
      "      - data_type: int",
      "        name: id",
      "        description: Key.",
      "        tests:",
      "          - unique",
    ),
  },
  {
    name: "several models in one file are edited together",
    input: y(
      "version: 2",
      "",
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: x",
      "  - name: b",
      "    columns:",
      "      - name: y",
    ),
    edits: [
      model("b", { description: "B.", columns: [{ name: "y", description: "Y." }] }),
      model("a", { description: "A.", columns: [{ name: "x", description: "X." }] }),
    ],
    output: y(
      "version: 2",
      "",
      "models:",
      "  - name: a",
      "    description: A.",
      "    columns:",
      "      - name: x",
      "        description: X.",
      "  - name: b",
      "    description: B.",
      "    columns:",
      "      - name: y",
      "        description: Y.",
    ),
  },
  {
    name: "placeholders match trimmed and in any case; a custom list replaces the default",
    input: y(
      "models:",
      "  - name: a",
      "    description: '  pending FURTHER documentation '",
      "    columns:",
      "      - name: x",
      "        description: TBD",
      "      - name: y",
      "        description: Not documented",
    ),
    edits: [
      model("a", {
        description: "A.",
        columns: [
          { name: "x", description: "X." },
          { name: "y", description: "Y." },
        ],
      }),
    ],
    options: { placeholders: ["tbd", "Pending further documentation"] },
    output: y(
      "models:",
      "  - name: a",
      "    description: 'A.'",
      "    columns:",
      "      - name: x",
      "        description: X.",
      "      - name: y",
      "        description: Not documented",
    ),
  },
  {
    name: "force replaces human text but never Jinja",
    input: y(
      "models:",
      "  - name: a",
      "    description: Written by a person.",
      "    columns:",
      "      - name: x",
      "        description: '{{ doc(\"x\") }}'",
      "      - name: y",
      '        description: "{% docs y %}inline{% enddocs %}"',
    ),
    edits: [
      model("a", {
        description: "A.",
        columns: [
          { name: "x", description: "X." },
          { name: "y", description: "Y." },
        ],
      }),
    ],
    options: { force: true },
    output: y(
      "models:",
      "  - name: a",
      "    description: A.",
      "    columns:",
      "      - name: x",
      "        description: '{{ doc(\"x\") }}'",
      "      - name: y",
      '        description: "{% docs y %}inline{% enddocs %}"',
    ),
  },
  {
    name: "column names match case-insensitively",
    input: y("models:", "  - name: a", "    columns:", "      - name: Customer_ID"),
    edits: [model("a", { columns: [{ name: "customer_id", description: "Customer." }] })],
    output: y(
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: Customer_ID",
      "        description: Customer.",
    ),
  },
  {
    name: "indentation of 4, sequences not indented",
    input: y(
      "models:",
      "-   name: a",
      "    columns:",
      "    -   name: x",
      "        data_type: int",
      "    meta:",
      "        owner: me",
    ),
    edits: [
      model("a", {
        description: "Line one.\nLine two.",
        columns: [
          { name: "x", description: "X." },
          { name: "new", description: "New." },
        ],
      }),
      model("b", { description: "B.", columns: [{ name: "z", description: "Z." }] }),
    ],
    output: y(
      "models:",
      "-   name: a",
      "    description: |-",
      "        Line one.",
      "        Line two.",
      "    columns:",
      "    -   name: x",
      "        description: X.",
      "        data_type: int",
      "    -   name: new",
      "        description: New.",
      "    meta:",
      "        owner: me",
      "-   name: b",
      "    description: B.",
      "    columns:",
      "    -   name: z",
      "        description: Z.",
    ),
  },
  {
    name: "a new column named like a YAML 1.1 boolean (`y`, `on`) is quoted",
    input: y("models:", "  - name: a", "    columns:", "      - name: x"),
    edits: [
      model("a", {
        columns: [
          { name: "y", description: "Y." },
          { name: "on", description: "On." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: x",
      '      - name: "y"',
      "        description: Y.",
      '      - name: "on"',
      "        description: On.",
    ),
  },
  {
    name: "sequences not indented under their key, indentation of 2",
    input: y("models:", "- name: a", "  columns:", "  - name: x"),
    edits: [
      model("a", { columns: [{ name: "w", description: "W." }] }),
      model("b", { columns: [{ name: "z", description: "Z." }] }),
    ],
    output: y(
      "models:",
      "- name: a",
      "  columns:",
      "  - name: x",
      "  - name: w",
      "    description: W.",
      "- name: b",
      "  columns:",
      "  - name: z",
      "    description: Z.",
    ),
  },
  {
    name: "a comment right after the value is kept",
    input: y(
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: x",
      '        description: "" # TODO',
      "      - name: y",
      "        description: # TODO",
      "      - name: z",
      "        description:  # TODO",
    ),
    edits: [
      model("a", {
        columns: [
          { name: "x", description: "X." },
          { name: "y", description: "Y." },
          { name: "z", description: "Two\nlines" },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: x",
      '        description: "X." # TODO',
      "      - name: y",
      "        description: Y. # TODO",
      "      - name: z",
      "        description: |- # TODO",
      "          Two",
      "          lines",
    ),
  },
  {
    name: "a description that needs quoting, unicode, and one that looks like a boolean",
    input: y(
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: x",
      "      - name: y",
      "      - name: z",
    ),
    edits: [
      model("a", {
        description: "Note: it's #1",
        columns: [
          { name: "x", description: "Città — naïve café 😀" },
          { name: "y", description: "yes" },
          { name: "z", description: 'Say "hi": twice' },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: a",
      '    description: "Note: it\'s #1"',
      "    columns:",
      "      - name: x",
      "        description: Città — naïve café 😀",
      "      - name: y",
      '        description: "yes"',
      "      - name: z",
      "        description: 'Say \"hi\": twice'",
    ),
  },
  {
    name: "multi-line descriptions become literal blocks; several trailing line breaks, double quotes",
    input: y("models:", "  - name: a", "    columns:", "      - name: x", "      - name: y"),
    edits: [
      model("a", {
        description: "One.\n\nTwo: #2\n",
        columns: [
          { name: "x", description: "a\nb\n\n" },
          { name: "y", description: "  indented first line\nsecond" },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    description: |",
      "      One.",
      "",
      "      Two: #2",
      "    columns:",
      "      - name: x",
      '        description: "a\\nb\\n\\n"',
      "      - name: y",
      '        description: "  indented first line\\nsecond"',
    ),
  },
  {
    name: "`description:` with no value, `~` and null",
    input: y(
      "models:",
      "  - name: a",
      "    description:",
      "    columns:",
      "      - name: x",
      "        description: ~",
      "      - name: y",
      "        description: null",
    ),
    edits: [
      model("a", {
        description: "A.",
        columns: [
          { name: "x", description: "X." },
          { name: "y", description: "Y." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    description: A.",
      "    columns:",
      "      - name: x",
      "        description: X.",
      "      - name: y",
      "        description: Y.",
    ),
  },
  {
    name: "a model not in the file is appended; blank lines between entries are copied",
    input: y("version: 2", "", "models:", "  - name: a", "", "  - name: b"),
    edits: [model("c", { description: "C.", columns: [{ name: "id", description: "Key." }] })],
    output: y(
      "version: 2",
      "",
      "models:",
      "  - name: a",
      "",
      "  - name: b",
      "",
      "  - name: c",
      "    description: C.",
      "    columns:",
      "      - name: id",
      "        description: Key.",
    ),
  },
  {
    name: "a missing top-level list is created; a seed and a snapshot",
    input: y("version: 2", "", "models:", "  - name: a"),
    edits: [
      { resourceType: "seed", name: "raw", description: "Raw rows." },
      {
        resourceType: "snapshot",
        name: "snap",
        columns: [{ name: "dbt_valid_to", description: "Until." }],
      },
    ],
    output: y(
      "version: 2",
      "",
      "models:",
      "  - name: a",
      "",
      "seeds:",
      "  - name: raw",
      "    description: Raw rows.",
      "",
      "snapshots:",
      "  - name: snap",
      "    columns:",
      "      - name: dbt_valid_to",
      "        description: Until.",
    ),
  },
  {
    name: "`columns:` present with no value, and `columns: ~`",
    input: y("models:", "  - name: a", "    columns:", "  - name: b", "    columns: ~ # none yet"),
    edits: [
      model("a", { columns: [{ name: "x", description: "X." }] }),
      model("b", { columns: [{ name: "w", description: "W." }] }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    columns:",
      "      - name: x",
      "        description: X.",
      "  - name: b",
      "    columns: # none yet",
      "      - name: w",
      "        description: W.",
    ),
  },
  {
    name: "sources: an existing table, a new table, a new source",
    input: y(
      "sources:",
      "  - name: shop",
      "    tables:",
      "      - name: orders",
      "        columns:",
      "          - name: id",
    ),
    edits: [
      {
        resourceType: "source",
        sourceName: "shop",
        name: "orders",
        description: "Orders.",
        columns: [{ name: "id", description: "Key." }],
      },
      { resourceType: "source", sourceName: "shop", name: "items", description: "Items." },
      {
        resourceType: "source",
        sourceName: "crm",
        name: "leads",
        columns: [{ name: "email", description: "E-mail." }],
      },
    ],
    output: y(
      "sources:",
      "  - name: shop",
      "    tables:",
      "      - name: orders",
      "        description: Orders.",
      "        columns:",
      "          - name: id",
      "            description: Key.",
      "      - name: items",
      "        description: Items.",
      "  - name: crm",
      "    tables:",
      "      - name: leads",
      "        columns:",
      "          - name: email",
      "            description: E-mail.",
    ),
  },
  {
    name: "a source with no `tables:` gets one",
    input: y("sources:", "  - name: shop", "    schema: raw"),
    edits: [{ resourceType: "source", sourceName: "shop", name: "orders", description: "Orders." }],
    output: y(
      "sources:",
      "  - name: shop",
      "    schema: raw",
      "    tables:",
      "      - name: orders",
      "        description: Orders.",
    ),
  },
  {
    name: "duplicate keys: the last wins, as in PyYAML",
    input: y(
      "models:",
      "  - name: a",
      "    description: Written by a person.",
      "    description: ''",
      "models:",
      "  - name: b",
    ),
    edits: [model("b", { description: "B." }), model("a", { description: "A." })],
    output: y(
      "models:",
      "  - name: a",
      "    description: Written by a person.",
      "    description: ''",
      "models:",
      "  - name: b",
      "    description: B.",
      "  - name: a",
      "    description: A.",
    ),
  },
  {
    name: "no final line break: kept so",
    input: "models:\n  - name: a\n    columns:\n      - name: x",
    edits: [
      model("a", {
        columns: [
          { name: "x", description: "X." },
          { name: "w", description: "W\nZ" },
        ],
      }),
    ],
    output:
      "models:\n  - name: a\n    columns:\n      - name: x\n        description: X.\n      - name: w\n        description: |-\n          W\n          Z",
  },
  {
    name: "CRLF line endings: kept, also in what is added",
    input:
      "models:\r\n  - name: a\r\n    description: >\r\n      Undefined\r\n\r\n    columns:\r\n      - name: x\r\n",
    edits: [
      model("a", {
        description: "A\nB",
        columns: [
          { name: "x", description: "X." },
          { name: "w", description: "W." },
        ],
      }),
    ],
    output:
      "models:\r\n  - name: a\r\n    description: |-\r\n      A\r\n      B\r\n\r\n    columns:\r\n      - name: x\r\n        description: X.\r\n      - name: w\r\n        description: W.\r\n",
  },
  {
    name: "a byte-order mark is kept and counts as no column",
    input: "\uFEFFmodels:\n  - name: a\n",
    edits: [
      model("a", { description: "A." }),
      { resourceType: "seed", name: "s", description: "S." },
    ],
    output:
      "\uFEFFmodels:\n  - name: a\n    description: A.\nseeds:\n  - name: s\n    description: S.\n",
  },
  {
    name: "an empty file gets `version: 2` and the entries",
    input: "",
    edits: [model("a", { description: "A." })],
    output: y("version: 2", "", "models:", "  - name: a", "    description: A."),
  },
  {
    name: "a file of comments only",
    input: "# schema for the marts\n",
    edits: [model("a", { description: "A." })],
    output: y(
      "# schema for the marts",
      "version: 2",
      "",
      "models:",
      "  - name: a",
      "    description: A.",
    ),
  },
];

describe("editSchemaFile", () => {
  it.each(cases)("$name", ({ input, edits, options, output }) => {
    const result = editSchemaFile(input, edits, options);
    expect(result.text).toBe(output);
    expect(result.changed).toBe(output !== input);
    // Every description reported as set reads back so.
    expect(() => parse(result.text, { uniqueKeys: false })).not.toThrow();
  });

  it("returns the very input string, unchanged, when there is nothing to do", () => {
    const input = y(
      "models:",
      "  - name: a",
      "    description: Human.",
      "    columns: [{name: x}]",
    );
    const result = editSchemaFile(input, [model("a", { description: "Other." })]);
    expect(result).toEqual({
      text: input,
      changed: false,
      applied: [],
      skipped: [
        {
          resourceType: "model",
          name: "a",
          reason: "human-written",
          detail: expect.any(String),
          current: "Human.",
        },
      ],
    });
    expect(editSchemaFile(input, []).text).toBe(input);
  });

  it("reports each description set and each kept, with the reason", () => {
    const input = y(
      "models:",
      "  - name: a",
      "    description: Pending further documentation",
      "    columns:",
      "      - name: x",
      "        description: '{{ doc(\"x\") }}'",
      "      - name: y",
      "        description: Same.",
      "      - name: z",
      "        description: Human.",
    );
    const result = editSchemaFile(input, [
      model("a", {
        description: "A.",
        columns: [
          { name: "x", description: "X." },
          { name: "y", description: "Same." },
          { name: "z", description: "Z." },
          { name: "w", description: "W." },
          { name: "v", description: "  " },
        ],
      }),
    ]);
    expect(result.applied).toEqual([
      {
        resourceType: "model",
        name: "a",
        description: "A.",
        previous: "Pending further documentation",
        created: false,
      },
      { resourceType: "model", name: "a", column: "w", description: "W.", created: true },
    ]);
    expect(result.skipped.map((s) => [s.column, s.reason])).toEqual([
      ["v", "unchanged"],
      ["x", "jinja"],
      ["y", "unchanged"],
      ["z", "human-written"],
    ]);
  });

  it("writes each column once when edits repeat it", () => {
    const input = y("models:", "  - name: a", "    columns:", "      - name: x");
    const result = editSchemaFile(input, [
      model("a", { columns: [{ name: "new", description: "First." }] }),
      model("a", {
        columns: [
          { name: "NEW", description: "Second." },
          { name: "x", description: "X1" },
        ],
      }),
      model("a", { columns: [{ name: "x", description: "X2" }] }),
    ]);
    expect(result.text).toBe(
      y(
        "models:",
        "  - name: a",
        "    columns:",
        "      - name: x",
        "        description: X2",
        "      - name: new",
        "        description: Second.",
      ),
    );
    expect(result.applied.map((a) => [a.column, a.description])).toEqual([
      ["x", "X2"],
      ["NEW", "Second."],
    ]);
  });

  it("leaves anchored and aliased YAML alone", () => {
    const input = y(
      "models:",
      "  - name: a",
      "    columns: &cols",
      "      - name: id",
      "  - name: b",
      "    columns: *cols",
      "  - &c",
      "    name: c",
    );
    const result = editSchemaFile(input, [
      model("a", { columns: [{ name: "id", description: "Key." }] }),
      model("b", { columns: [{ name: "id", description: "Key." }] }),
      model("c", { description: "C." }),
    ]);
    expect(result.text).toBe(input);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "unsupported",
      "unsupported",
      "unsupported",
    ]);
  });

  it("throws SchemaFileError with line and column on a syntax error", () => {
    const input = y("models:", "  - name: a", "    description: [unclosed", "  - name: b");
    let error: unknown;
    try {
      editSchemaFile(input, []);
    } catch (e) {
      error = e;
    }
    expect(SchemaFileError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(SchemaFileError);
    const e = error as SchemaFileError;
    expect(e.line).toBeGreaterThan(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.file).toBeUndefined();
    expect(e.message).toMatch(/^Line \d+, column \d+: /);
    expect(e.withFile("models/x.yml").message).toMatch(/^models\/x\.yml:\d+:\d+: /);
  });

  it.each([
    ["bad indentation", y("models:", "  - name: a", "     description: x", "    columns: []"), 2],
    ["a tab as indentation", "models:\n\t- name: a\n", 2],
    ["several documents", y("version: 2", "---", "models: []"), 2],
    ["a list at the top", y("- name: a"), 1],
  ])("throws SchemaFileError for %s", (_, input, line) => {
    expect(() => editSchemaFile(input, [])).toThrow(SchemaFileError);
    try {
      editSchemaFile(input, []);
    } catch (e) {
      expect((e as SchemaFileError).line).toBe(line);
    }
  });

  it("rejects a source edit without its source's name", () => {
    expect(() =>
      editSchemaFile("sources: []\n", [{ resourceType: "source", name: "orders" }]),
    ).toThrow(TypeError);
  });
});

describe("versioned models", () => {
  const input = y(
    "models:",
    "  - name: orders",
    "    description: ''",
    "    latest_version: 2",
    "    columns:",
    "      - name: id",
    "      - name: legacy",
    "    versions:",
    "      - v: 1",
    "      - v: 2",
    "        columns:",
    "          - include: all",
    "            exclude: [legacy]",
    "          - name: amount",
    "      - v: 3",
    "        description: Human v3.",
  );

  it("writes to the version entry when it has its own columns or description, else to the model", () => {
    const result = editSchemaFile(input, [
      model("orders", {
        version: 1,
        description: "V1.",
        columns: [{ name: "id", description: "Key." }],
      }),
      model("orders", {
        version: 2,
        description: "V2.",
        columns: [
          { name: "amount", description: "Amount." },
          { name: "id", description: "Key from v2." },
          { name: "legacy", description: "Legacy in v2." },
        ],
      }),
    ]);
    expect(result.text).toBe(
      y(
        "models:",
        "  - name: orders",
        "    description: 'V1.'",
        "    latest_version: 2",
        "    columns:",
        "      - name: id",
        "        description: Key from v2.",
        "      - name: legacy",
        "    versions:",
        "      - v: 1",
        "      - v: 2",
        "        description: V2.",
        "        columns:",
        "          - include: all",
        "            exclude: [legacy]",
        "          - name: amount",
        "            description: Amount.",
        "          - name: legacy",
        "            description: Legacy in v2.",
        "      - v: 3",
        "        description: Human v3.",
      ),
    );
  });

  it("keeps a version's own human description and skips versions not declared", () => {
    const result = editSchemaFile(input, [
      model("orders", { version: "3", description: "V3." }),
      model("orders", { version: 9, description: "V9." }),
      model("missing", { version: 1, description: "M." }),
    ]);
    expect(result.text).toBe(input);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "human-written",
      "not-found",
      "not-found",
    ]);
  });

  it("a version with columns but no description shows the model's: a human one is kept", () => {
    const text = y(
      "models:",
      "  - name: orders",
      "    description: Human.",
      "    versions:",
      "      - v: 1",
      "        columns:",
      "          - name: id",
    );
    const result = editSchemaFile(text, [model("orders", { version: 1, description: "V1." })]);
    expect(result.changed).toBe(false);
    expect(result.skipped[0]).toMatchObject({ reason: "human-written", current: "Human." });
  });
});

describe("real schema files (fixtures/yaml)", () => {
  it("CRLF: tuva's insights models keep \\r\\n everywhere", () => {
    const input = fixture("tuva-insights-models-crlf.yml");
    const result = editSchemaFile(input, [
      model("insights__count_claim_by_claim_type", {
        columns: [{ name: "new_column", description: "A new column." }],
      }),
      model("insights__new", { description: "New model:\nline two." }),
    ]);
    expect(result.text.replaceAll("\r\n", "")).not.toContain("\n");
    expect(result.text.startsWith(input.slice(0, 200))).toBe(true);
    expect(parse(result.text).models.at(-1)).toEqual({
      name: "insights__new",
      description: "New model:\nline two.",
    });
    // dbt reads `columns:` at the model's level; those under `config:` are left as they are.
    const first = parse(result.text).models[0];
    expect(first.columns).toEqual([{ name: "new_column", description: "A new column." }]);
    expect(first.config.columns).toEqual(parse(input).models[0].config.columns);
  });

  it("no final line break: hubspot's service.yml still ends without one", () => {
    const input = fixture("hubspot-service-no-final-newline.yml");
    expect(input.endsWith("\n")).toBe(false);
    const result = editSchemaFile(input, [
      model("hubspot__tickets", { columns: [{ name: "zz_new", description: "New." }] }),
    ]);
    expect(result.text.endsWith("\n")).toBe(false);
    expect(result.text).toBe(`${input}\n      - name: zz_new\n        description: New.`);
  });

  it("doc blocks are kept even with force", () => {
    const input = fixture("osmosis-demo-raw-orders-seed.yml");
    const result = editSchemaFile(
      input,
      [
        {
          resourceType: "seed",
          name: "raw_orders",
          columns: [{ name: "status", description: "S." }],
        },
      ],
      { force: true },
    );
    expect(result.text).toBe(input);
    expect(result.skipped).toMatchObject([{ column: "status", reason: "jinja" }]);
  });

  it("versions: stg_customers v1 and v2 get their own column descriptions", () => {
    const input = fixture("osmosis-demo-stg-customers-versions.yml");
    const result = editSchemaFile(input, [
      model("stg_customers", {
        version: 1,
        columns: [{ name: "customer_id", description: "Key v1." }],
      }),
      model("stg_customers", { version: 2, columns: [{ name: "ID", description: "Key v2." }] }),
    ]);
    const versions = parse(result.text).models[0].versions;
    expect(versions[0].columns[0]).toMatchObject({ name: "customer_id", description: "Key v1." });
    expect(versions[1].columns[0]).toMatchObject({ name: "id", description: "Key v2." });
    expect(result.text.split("\n").length).toBe(input.split("\n").length + 2);
  });

  it("comments and a `>-` block with a trailing blank line survive a forced rewrite", () => {
    const input = fixture("osmosis-demo-orders-comments.yml");
    const result = editSchemaFile(
      input,
      [model("orders", { description: "Orders, one row each." })],
      {
        force: true,
      },
    );
    expect(result.text).toBe(
      input.replace(
        "    description: >-\n      This table has basic information about orders, as well as some derived facts based on payments\n",
        "    description: >-\n      Orders, one row each.\n",
      ),
    );
  });

  it("sources: the jaffle-shop table without a description gets one", () => {
    const input = fixture("jaffle-shop-sources.yml");
    const result = editSchemaFile(input, [
      { resourceType: "source", sourceName: "ecom", name: "raw_stores", description: "Stores." },
      { resourceType: "source", sourceName: "ecom", name: "raw_items", description: "Other." },
    ]);
    expect(result.text).toBe(
      input.replace(
        "      - name: raw_stores\n",
        "      - name: raw_stores\n        description: Stores.\n",
      ),
    );
    expect(result.skipped).toMatchObject([{ name: "raw_items", reason: "human-written" }]);
  });
});

describe("createSchemaFile", () => {
  it("writes version 2 and the entries", () => {
    expect(
      createSchemaFile([
        model("orders", { description: "Orders.", columns: [{ name: "id", description: "Key." }] }),
        { resourceType: "source", sourceName: "raw", name: "orders", description: "Raw: orders." },
      ]),
    ).toBe(
      y(
        "version: 2",
        "",
        "models:",
        "  - name: orders",
        "    description: Orders.",
        "    columns:",
        "      - name: id",
        "        description: Key.",
        "",
        "sources:",
        "  - name: raw",
        "    tables:",
        "      - name: orders",
        '        description: "Raw: orders."',
      ),
    );
  });

  it("with no edits, only the version", () => {
    expect(createSchemaFile([])).toBe("version: 2\n");
  });
});
