import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type MetaPlacement, metaPlacementFor, type ProvenanceMeta } from "./provenance.js";
import { type DescriptionEdit, type EditOptions, editSchemaFile } from "./schema-file.js";

/** Lines joined with "\n", ending with one. */
const y = (...lines: string[]) => `${lines.join("\n")}\n`;

const BY = { generatedBy: "openai/gpt-4o-mini", generatedAt: "2026-12-02" } as const;
/** The lines of `osmosis:` and its two keys, `osmosis:` at `column`, nested by `indent`. */
const osmosis = (column: number, indent = 2, by: ProvenanceMeta = BY) => [
  `${" ".repeat(column)}osmosis:`,
  `${" ".repeat(column + indent)}generated_by: ${by.generatedBy}`,
  `${" ".repeat(column + indent)}generated_at: "${by.generatedAt}"`,
];
const FLOW = `osmosis: {generated_by: ${BY.generatedBy}, generated_at: "${BY.generatedAt}"}`;

const model = (name: string, rest: Partial<DescriptionEdit> = {}): DescriptionEdit => ({
  resourceType: "model",
  name,
  provenance: BY,
  ...rest,
});

describe("metaPlacementFor", () => {
  it.each([
    [undefined, "top-level"],
    ["", "top-level"],
    ["1.0.3", "top-level"],
    ["1.9.4", "top-level"],
    ["1.10.0", "config"],
    ["1.10.0b3", "config"],
    ["1.11.11", "config"],
    ["2.0.0-preview.12", "config"],
    ["0.21.1", "top-level"],
    ["not a version", "top-level"],
  ] as Array<[string | undefined, MetaPlacement]>)("dbt %s: %s", (version, placement) => {
    expect(metaPlacementFor(version)).toBe(placement);
  });
});

interface Case {
  name: string;
  input: string;
  edits: DescriptionEdit[];
  options?: EditOptions;
  output: string;
  /** Each applied description's column (null for the node's) and where its meta went. */
  metas: Array<[string | null, string | null]>;
}

const cases: Case[] = [
  {
    name: "top-level `meta:` present: `osmosis` added after its keys, the others untouched",
    input: y(
      "models:",
      "  - name: orders",
      '    description: ""',
      "    meta:",
      "      owner: finance  # the team",
      "      tier: 1",
      "    columns:",
      "      - name: amount",
      "        meta:",
      "          unit: dollars",
    ),
    edits: [
      model("orders", {
        description: "One row per order.",
        columns: [
          { name: "amount", description: "The order total in dollars." },
          { name: "tax", description: "Tax." },
        ],
      }),
    ],
    // `osmosis` closes amount's `meta:` before the new column: the same offset, the deeper first.
    output: y(
      "models:",
      "  - name: orders",
      '    description: "One row per order."',
      "    meta:",
      "      owner: finance  # the team",
      "      tier: 1",
      ...osmosis(6),
      "    columns:",
      "      - name: amount",
      "        description: The order total in dollars.",
      "        meta:",
      "          unit: dollars",
      ...osmosis(10),
      "      - name: tax",
      "        description: Tax.",
      "        meta:",
      ...osmosis(10),
    ),
    metas: [
      [null, "meta.osmosis"],
      ["amount", "meta.osmosis"],
      ["tax", "meta.osmosis"],
    ],
  },
  {
    name: "`config: meta:` present: `osmosis` goes there",
    input: y(
      "models:",
      "  - name: orders",
      "    config:",
      "      materialized: table",
      "      meta:",
      "        owner: finance",
      "    columns:",
      "      - name: id",
      "        config:",
      "          meta:",
      "            pii: false",
      "          tags: [key]",
    ),
    edits: [
      model("orders", { description: "Orders.", columns: [{ name: "id", description: "Key." }] }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    description: Orders.",
      "    config:",
      "      materialized: table",
      "      meta:",
      "        owner: finance",
      ...osmosis(8),
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "        config:",
      "          meta:",
      "            pii: false",
      ...osmosis(12),
      "          tags: [key]",
    ),
    metas: [
      [null, "config.meta.osmosis"],
      ["id", "config.meta.osmosis"],
    ],
  },
  {
    name: "`config:` without `meta:`: `meta:` added at its end, even beside a top-level `meta:`",
    input: y(
      "models:",
      "  - name: orders",
      "    description: Pending further documentation",
      "    config:",
      "      materialized: table",
      "      tags: [finance]",
      "    meta:",
      "      owner: finance",
    ),
    edits: [model("orders", { description: "Orders." })],
    output: y(
      "models:",
      "  - name: orders",
      "    description: Orders.",
      "    config:",
      "      materialized: table",
      "      tags: [finance]",
      "      meta:",
      ...osmosis(8),
      "    meta:",
      "      owner: finance",
    ),
    metas: [[null, "config.meta.osmosis"]],
  },
  {
    name: "neither: a top-level `meta:` right after the description; new entries likewise",
    input: y(
      "models:",
      "  - name: orders",
      "    description: >",
      "      Not documented",
      "",
      "    columns:",
      "      - name: id",
      "        tests: [unique]",
    ),
    edits: [
      model("orders", {
        description: "Orders.",
        columns: [
          { name: "id", description: "Key." },
          { name: "total", description: "Total." },
        ],
      }),
      model("payments", { description: "Payments." }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    description: >-",
      "      Orders.",
      "    meta:",
      ...osmosis(6),
      "",
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "        meta:",
      ...osmosis(10),
      "        tests: [unique]",
      "      - name: total",
      "        description: Total.",
      "        meta:",
      ...osmosis(10),
      "  - name: payments",
      "    description: Payments.",
      "    meta:",
      ...osmosis(6),
    ),
    metas: [
      [null, "meta.osmosis"],
      ["id", "meta.osmosis"],
      ["total", "meta.osmosis"],
      [null, "meta.osmosis"],
    ],
  },
  {
    name: "neither, placement `config` (dbt 1.10+): `config: meta:`; 4 spaces, sequences not indented",
    input: y("models:", "-   name: orders", "    columns:", "    -   name: id"),
    options: { metaPlacement: "config" },
    edits: [
      model("orders", {
        description: "Orders.",
        columns: [
          { name: "id", description: "Key." },
          { name: "total", description: "Total." },
        ],
      }),
    ],
    output: y(
      "models:",
      "-   name: orders",
      "    description: Orders.",
      "    config:",
      "        meta:",
      ...osmosis(12, 4),
      "    columns:",
      "    -   name: id",
      "        description: Key.",
      "        config:",
      "            meta:",
      ...osmosis(16, 4),
      "    -   name: total",
      "        description: Total.",
      "        config:",
      "            meta:",
      ...osmosis(16, 4),
    ),
    metas: [
      [null, "config.meta.osmosis"],
      ["id", "config.meta.osmosis"],
      ["total", "config.meta.osmosis"],
    ],
  },
  {
    name: "the entry's own indentation wins over the file's",
    input: y(
      "models:",
      "  - name: a",
      "    config:",
      "      materialized: table",
      "  - name: b",
      "    docs:",
      "        show: true",
    ),
    edits: [model("a", { description: "A." }), model("b", { description: "B." })],
    output: y(
      "models:",
      "  - name: a",
      "    description: A.",
      "    config:",
      "      materialized: table",
      "      meta:",
      ...osmosis(8),
      "  - name: b",
      "    description: B.",
      "    meta:",
      ...osmosis(8, 4),
      "    docs:",
      "        show: true",
    ),
    metas: [
      [null, "config.meta.osmosis"],
      [null, "meta.osmosis"],
    ],
  },
  {
    name: "flow mappings: a pair added inside, in flow style",
    input: y(
      "models:",
      "  - name: orders",
      "    meta: {owner: finance}",
      "    config: {materialized: table}",
      "    columns:",
      "      - name: id",
      "        meta: {pii: false, tags: [a, b]}",
      "      - {name: total, description: ''}",
      "      - {name: status, meta: {}}",
    ),
    edits: [
      model("orders", {
        description: "Orders.",
        columns: [
          { name: "id", description: "Key." },
          { name: "total", description: "Total, in dollars." },
          { name: "status", description: "Status." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    description: Orders.",
      "    meta: {owner: finance}",
      `    config: {materialized: table, meta: {${FLOW}}}`,
      "    columns:",
      "      - name: id",
      "        description: Key.",
      `        meta: {pii: false, tags: [a, b], ${FLOW}}`,
      `      - {name: total, description: 'Total, in dollars.', meta: {${FLOW}}}`,
      `      - {name: status, description: Status., meta: {${FLOW}}}`,
    ),
    metas: [
      [null, "config.meta.osmosis"],
      ["id", "meta.osmosis"],
      ["total", "meta.osmosis"],
      ["status", "meta.osmosis"],
    ],
  },
  {
    name: "an existing `osmosis` key is updated in place: its style and other keys kept",
    input: y(
      "models:",
      "  - name: orders",
      "    description: Pending further documentation",
      "    config:",
      "      materialized: table",
      "    meta:",
      "      osmosis:",
      "        generated_by: openai/gpt-4o",
      "        generated_at: '2025-01-31'  # first run",
      "        reviewed_by: ann",
      "    columns:",
      "      - name: id",
      "        meta:",
      "          osmosis: {generated_by: x, generated_at: '2025-01-31'}",
      "      - name: total",
      "        config:",
      "          meta:",
      "            osmosis:",
      "              generated_at:",
      "              generated_by: ~",
    ),
    edits: [
      model("orders", {
        description: "Orders.",
        columns: [
          { name: "id", description: "Key." },
          { name: "total", description: "Total." },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    description: Orders.",
      "    config:",
      "      materialized: table",
      "    meta:",
      "      osmosis:",
      "        generated_by: openai/gpt-4o-mini",
      "        generated_at: '2026-12-02'  # first run",
      "        reviewed_by: ann",
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "        meta:",
      `          osmosis: {generated_by: openai/gpt-4o-mini, generated_at: '2026-12-02'}`,
      "      - name: total",
      "        description: Total.",
      "        config:",
      "          meta:",
      "            osmosis:",
      '              generated_at: "2026-12-02"',
      "              generated_by: openai/gpt-4o-mini",
    ),
    metas: [
      [null, "meta.osmosis"],
      ["id", "meta.osmosis"],
      ["total", "config.meta.osmosis"],
    ],
  },
  {
    name: "`meta:` and `config:` with no value, `~` or `{}`: filled in block style, comments kept",
    input: y(
      "models:",
      "  - name: a",
      "    meta: ~  # none yet",
      "  - name: b",
      "    config:",
      "  - name: c",
      "    meta: {}",
      "    config:",
      "      meta:",
    ),
    edits: [
      model("a", { description: "A." }),
      model("b", { description: "B." }),
      model("c", { description: "C." }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    description: A.",
      "    meta:  # none yet",
      ...osmosis(6),
      "  - name: b",
      "    description: B.",
      "    config:",
      "      meta:",
      ...osmosis(8),
      "  - name: c",
      "    description: C.",
      "    meta: {}",
      "    config:",
      "      meta:",
      ...osmosis(8),
    ),
    metas: [
      [null, "meta.osmosis"],
      [null, "config.meta.osmosis"],
      [null, "config.meta.osmosis"],
    ],
  },
  {
    name: "versioned model: a version entry's meta goes under its `config:` (dbt reads no other)",
    input: y(
      "models:",
      "  - name: orders",
      "    meta:",
      "      owner: finance",
      "    versions:",
      "      - v: 1",
      "      - v: 2",
      '        description: ""',
      "        columns:",
      "          - include: all",
      "          - name: amount",
    ),
    edits: [
      model("orders", { version: 1, description: "V1." }),
      model("orders", {
        version: 2,
        description: "V2.",
        columns: [{ name: "amount", description: "Amount." }],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      "    description: V1.",
      "    meta:",
      "      owner: finance",
      ...osmosis(6),
      "    versions:",
      "      - v: 1",
      "      - v: 2",
      '        description: "V2."',
      "        config:",
      "          meta:",
      ...osmosis(12),
      "        columns:",
      "          - include: all",
      "          - name: amount",
      "            description: Amount.",
      "            meta:",
      ...osmosis(14),
    ),
    metas: [
      [null, "meta.osmosis"],
      [null, "config.meta.osmosis"],
      ["amount", "meta.osmosis"],
    ],
  },
  {
    name: "source table: its `config:` gets the meta, its column's `meta:` too; the source's is untouched",
    input: y(
      "sources:",
      "  - name: shop",
      "    config:",
      "      enabled: true",
      "    tables:",
      "      - name: orders",
      "        config:",
      "          enabled: true",
      "        columns:",
      "          - name: id",
      "            meta:",
      "              pii: false",
    ),
    edits: [
      {
        resourceType: "source",
        sourceName: "shop",
        name: "orders",
        provenance: BY,
        description: "Orders.",
        columns: [{ name: "id", description: "Key." }],
      },
      {
        resourceType: "source",
        sourceName: "shop",
        name: "items",
        provenance: BY,
        description: "Items.",
      },
    ],
    output: y(
      "sources:",
      "  - name: shop",
      "    config:",
      "      enabled: true",
      "    tables:",
      "      - name: orders",
      "        description: Orders.",
      "        config:",
      "          enabled: true",
      "          meta:",
      ...osmosis(12),
      "        columns:",
      "          - name: id",
      "            description: Key.",
      "            meta:",
      "              pii: false",
      ...osmosis(14),
      "      - name: items",
      "        description: Items.",
      "        meta:",
      ...osmosis(10),
    ),
    metas: [
      [null, "config.meta.osmosis"],
      ["id", "meta.osmosis"],
      [null, "meta.osmosis"],
    ],
  },
  {
    name: "seed (dbt-osmosis-demo's raw_customers): its `meta:` gets `osmosis`",
    input: y(
      "---",
      "version: 2",
      "seeds:",
      "  - name: raw_customers",
      "    meta:",
      "      foo: bar",
      "    columns:",
      "      - name: id",
      "        data_type: INTEGER",
    ),
    edits: [
      {
        resourceType: "seed",
        name: "raw_customers",
        provenance: BY,
        description: "Customers.",
        columns: [{ name: "id", description: "Key." }],
      },
    ],
    output: y(
      "---",
      "version: 2",
      "seeds:",
      "  - name: raw_customers",
      "    description: Customers.",
      "    meta:",
      "      foo: bar",
      ...osmosis(6),
      "    columns:",
      "      - name: id",
      "        description: Key.",
      "        meta:",
      ...osmosis(10),
      "        data_type: INTEGER",
    ),
    metas: [
      [null, "meta.osmosis"],
      ["id", "meta.osmosis"],
    ],
  },
  {
    name: "inherited columns get none; new flow entries get a flow `meta`",
    input: y("models:", "  - name: orders", "    columns: [{name: id}]"),
    edits: [
      model("orders", {
        columns: [
          { name: "id", description: "Key.", inherited: true },
          { name: "total", description: "Total." },
          { name: "copied", description: "Copied.", inherited: true },
        ],
      }),
    ],
    output: y(
      "models:",
      "  - name: orders",
      `    columns: [{name: id, description: Key.}, {name: total, description: Total., meta: {${FLOW}}}, {name: copied, description: Copied.}]`,
    ),
    metas: [
      ["id", null],
      ["total", "meta.osmosis"],
      ["copied", null],
    ],
  },
  {
    name: "CRLF line endings, no final line break",
    input:
      "models:\r\n  - name: a\r\n    columns:\r\n      - name: x\r\n        meta:\r\n          k: v",
    edits: [model("a", { description: "A.", columns: [{ name: "x", description: "X." }] })],
    output: [
      "models:",
      "  - name: a",
      "    description: A.",
      "    meta:",
      ...osmosis(6),
      "    columns:",
      "      - name: x",
      "        description: X.",
      "        meta:",
      "          k: v",
      ...osmosis(10),
    ].join("\r\n"),
    metas: [
      [null, "meta.osmosis"],
      ["x", "meta.osmosis"],
    ],
  },
  {
    name: "a value that needs quoting is quoted, and the date always is",
    input: y("models:", "  - name: a"),
    edits: [
      model("a", { description: "A.", provenance: { generatedBy: "yes", generatedAt: "2026" } }),
    ],
    output: y(
      "models:",
      "  - name: a",
      "    description: A.",
      "    meta:",
      "      osmosis:",
      '        generated_by: "yes"',
      '        generated_at: "2026"',
    ),
    metas: [[null, "meta.osmosis"]],
  },
];

describe("editSchemaFile with provenance", () => {
  it.each(cases)("$name", ({ input, edits, options, output, metas }) => {
    const result = editSchemaFile(input, edits, options);
    expect(result.text).toBe(output);
    expect(result.applied.map((a) => [a.column ?? null, a.meta ? metaKey(a.meta) : null])).toEqual(
      metas,
    );
    expect(() => parse(result.text, { version: "1.1" })).not.toThrow();
  });

  it("writes none for descriptions skipped or left as they were", () => {
    const input = y(
      "models:",
      "  - name: a",
      "    description: Written by a person.",
      "    columns:",
      "      - name: x",
      "        description: Same.",
      "      - name: y",
      "        description: '{{ doc(\"y\") }}'",
    );
    const result = editSchemaFile(input, [
      model("a", {
        description: "A.",
        columns: [
          { name: "x", description: "Same." },
          { name: "y", description: "Y." },
          { name: "z", description: "  " },
        ],
      }),
    ]);
    expect(result.text).toBe(input);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "unchanged",
      "human-written",
      "unchanged",
      "jinja",
    ]);
  });

  it("writes none without provenance, as before", () => {
    const input = y("models:", "  - name: a", "    meta:", "      owner: x");
    const result = editSchemaFile(input, [
      {
        resourceType: "model",
        name: "a",
        description: "A.",
        columns: [{ name: "c", description: "C." }],
      },
    ]);
    expect(result.text).toBe(
      y(
        "models:",
        "  - name: a",
        "    description: A.",
        "    meta:",
        "      owner: x",
        "    columns:",
        "      - name: c",
        "        description: C.",
      ),
    );
    expect(result.applied.every((a) => a.meta === undefined)).toBe(true);
  });

  it("re-generation updates the date in place and adds nothing", () => {
    const input = y("models:", "  - name: a", "    columns:", "      - name: x");
    const first = editSchemaFile(input, [
      model("a", { description: "A.", columns: [{ name: "x", description: "X." }] }),
    ]);
    const later = { generatedBy: "anthropic/claude-haiku-4-5", generatedAt: "2027-01-15" };
    const second = editSchemaFile(
      first.text,
      [
        model("a", {
          provenance: later,
          description: "A again.",
          columns: [{ name: "x", description: "X again." }],
        }),
      ],
      { force: true },
    );
    const changed = (a: string, b: string) => {
      const [left, right] = [a.split("\n"), b.split("\n")];
      expect(left).toHaveLength(right.length);
      return left.flatMap((line, i) => (line === right[i] ? [] : [[line, right[i]]]));
    };
    expect(changed(first.text, second.text)).toEqual([
      ["    description: A.", "    description: A again."],
      [
        "        generated_by: openai/gpt-4o-mini",
        "        generated_by: anthropic/claude-haiku-4-5",
      ],
      ['        generated_at: "2026-12-02"', '        generated_at: "2027-01-15"'],
      ["        description: X.", "        description: X again."],
      [
        "            generated_by: openai/gpt-4o-mini",
        "            generated_by: anthropic/claude-haiku-4-5",
      ],
      ['            generated_at: "2026-12-02"', '            generated_at: "2027-01-15"'],
    ]);
    expect(second.applied.map((a) => a.meta)).toEqual([
      { status: "written", key: "meta.osmosis", updated: true },
      { status: "written", key: "meta.osmosis", updated: true },
    ]);
  });

  const refusals: Array<[string, string, DescriptionEdit, RegExp]> = [
    [
      "`meta` aliases a mapping defined elsewhere",
      y(
        "models:",
        "  - name: base",
        "    description: Base.",
        "    meta: &shared",
        "      owner: x",
        "  - name: orders",
        "    meta: *shared",
      ),
      model("orders", { description: "Orders." }),
      /`meta` is an alias \(\*\)/,
    ],
    [
      "`meta` carries an anchor others alias",
      y(
        "models:",
        "  - name: orders",
        "    meta: &shared",
        "      owner: x",
        "  - name: other",
        "    meta: *shared",
      ),
      model("orders", { description: "Orders." }),
      /`meta` has an anchor/,
    ],
    [
      "`meta` is not a mapping",
      y("models:", "  - name: orders", "    meta: finance team"),
      model("orders", { description: "Orders." }),
      /`meta` is not a mapping/,
    ],
    [
      "`config` takes its keys from a merge key",
      y(
        "models:",
        "  - name: base",
        "    description: Base.",
        "    config: &cfg",
        "      materialized: table",
        "  - name: orders",
        "    config:",
        "      <<: *cfg",
        "      tags: [x]",
      ),
      model("orders", { description: "Orders." }),
      /`config\.meta` may come from a merge key/,
    ],
    [
      "`osmosis` is someone else's text",
      y("models:", "  - name: orders", "    meta:", "      osmosis: yes"),
      model("orders", { description: "Orders." }),
      /`meta\.osmosis` is not a mapping/,
    ],
    [
      "`generated_by` is a block scalar",
      y(
        "models:",
        "  - name: orders",
        "    meta:",
        "      osmosis:",
        "        generated_at: '2020-01-01'",
        "        generated_by: |",
        "          by hand",
      ),
      model("orders", { description: "Orders." }),
      /`meta\.osmosis\.generated_by` is not a one-line value/,
    ],
    [
      "a column's `config` is a list",
      y("models:", "  - name: orders", "    columns:", "      - name: id", "        config: [a]"),
      model("orders", { columns: [{ name: "id", description: "Key." }] }),
      /`config` is not a mapping/,
    ],
  ];

  it.each(refusals)(
    "skips the meta but writes the description when %s",
    (_, input, edit, detail) => {
      const result = editSchemaFile(input, [edit]);
      const { provenance: _provenance, ...plain } = edit;
      // Byte for byte what the description alone makes: the meta left no trace.
      expect(result.text).toBe(editSchemaFile(input, [plain]).text);
      expect(result.changed).toBe(true);
      expect(result.applied).toHaveLength(1);
      expect(result.applied[0]?.meta).toEqual({
        status: "skipped",
        detail: expect.stringMatching(detail),
      });
    },
  );
});

function metaKey(meta: NonNullable<ReturnType<typeof editSchemaFile>["applied"][number]["meta"]>) {
  return meta.status === "written" ? meta.key : `skipped: ${meta.detail}`;
}
