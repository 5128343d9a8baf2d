// Every real schema file of the fixture projects, read in place: it round-trips byte for byte,
// and filling its missing descriptions changes description lines only.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_PLACEHOLDERS } from "../descriptions.js";
import { FIXTURE_PROJECTS } from "../fixture-projects.js";
import { type DescriptionEdit, type EditOptions, editSchemaFile } from "./schema-file.js";
import { commentLines, isSubsequence, nonDescriptionLines } from "./test-support.js";

const ROOT = FIXTURE_PROJECTS;

function schemaFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push(path);
    }
  };
  for (const project of readdirSync(ROOT).sort()) {
    for (const folder of ["models", "seeds", "snapshots"]) {
      const dir = join(ROOT, project, folder);
      if (existsSync(dir)) walk(dir);
    }
  }
  return found;
}

const files = existsSync(ROOT) ? schemaFiles() : [];

it("finds the fixture projects' schema files", () => {
  expect(existsSync(ROOT), `${ROOT} is missing`).toBe(true);
  // 200 under */models, 3 seed files of dbt-osmosis-demo.
  expect(files.length).toBeGreaterThanOrEqual(203);
});

type Json = Record<string, unknown>;
const placeholders = new Set(DEFAULT_PLACEHOLDERS.map((p) => p.toLowerCase()));
const isMissing = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === "string" &&
    (value.trim() === "" || placeholders.has(value.trim().toLowerCase())));
const isJinja = (value: unknown) =>
  typeof value === "string" && (value.includes("{{") || value.includes("{%"));
const asList = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => typeof v === "object" && v !== null) : [];

/** A node of the file as the JS data shows it, with the YAML map its description is in. */
interface Node {
  edit: DescriptionEdit;
  entry: Json;
  columns: Json[];
}

function nodesOf(data: Json): Node[] {
  const nodes: Node[] = [];
  const seen = new Set<string>();
  const add = (edit: DescriptionEdit, entry: Json, columns: Json[]) => {
    const key = JSON.stringify([edit.resourceType, edit.sourceName, edit.name, edit.version]);
    // editSchemaFile edits the first entry of a name, as dbt would report the others as duplicates.
    if (seen.has(key)) return;
    seen.add(key);
    nodes.push({ edit, entry, columns });
  };
  for (const [key, resourceType] of [
    ["models", "model"],
    ["seeds", "seed"],
    ["snapshots", "snapshot"],
  ] as const) {
    for (const entry of asList(data[key])) {
      if (typeof entry.name !== "string") continue;
      add({ resourceType, name: entry.name }, entry, asList(entry.columns));
      for (const version of asList(entry.versions)) {
        if (version.columns === undefined) continue;
        const edit = { resourceType, name: entry.name, version: version.v as string | number };
        add(edit, version, asList(version.columns));
      }
    }
  }
  for (const source of asList(data.sources)) {
    for (const table of asList(source.tables)) {
      const edit = {
        resourceType: "source" as const,
        sourceName: String(source.name),
        name: String(table.name),
      };
      add(edit, table, asList(table.columns));
    }
  }
  return nodes;
}

/** The column entry editSchemaFile picks: the last of that name, in any case. */
function columnsByName(columns: Json[]): Map<string, Json> {
  const byName = new Map<string, Json>();
  for (const column of columns) {
    if (column.name !== undefined && column.name !== null) {
      byName.set(String(column.name).toLowerCase(), column);
    }
  }
  return byName;
}

/** Descriptions that each need a different rendering. */
const TEXTS = [
  "Plain words, nothing special.",
  "Note: it's #1",
  "yes",
  "First line.\nSecond line: with a colon.",
  "Città naïve 😀 — unicode",
  'He said "hi": twice',
  "- starts like a list item",
  "{{ not a doc block, still text",
  "123",
  "ends with a colon:",
  "  leading spaces",
  "A long description that goes on and on and on, well past any column width a formatter would pick, to check that long text stays as it is.",
];

describe.each(files.map((path) => [relative(ROOT, path), path]))("%s", (_, path) => {
  const text = readFileSync(path, "utf8");
  const data = (parse(text, { uniqueKeys: false }) ?? {}) as Json;
  const nodes = nodesOf(data);

  it("round-trips byte for byte", () => {
    const result = editSchemaFile(text, []);
    expect(result.text).toBe(text);
    expect(result.changed).toBe(false);
  });

  it("is left as it is by edits that find nothing to change", () => {
    const human: DescriptionEdit[] = [];
    const jinja: DescriptionEdit[] = [];
    const same: DescriptionEdit[] = [];
    for (const { edit, entry, columns } of nodes) {
      const keep = (value: unknown) => !isMissing(value);
      const description = entry.description;
      const cols = [...columnsByName(columns).values()].filter((c) => keep(c.description));
      const humanCols = cols.filter((c) => !isJinja(c.description));
      const jinjaCols = cols.filter((c) => isJinja(c.description));
      human.push({
        ...edit,
        ...(keep(description) && { description: "Replaced?" }),
        columns: cols.map((c) => ({ name: String(c.name), description: "Replaced?" })),
      });
      jinja.push({
        ...edit,
        ...(isJinja(description) && { description: "Replaced?" }),
        columns: jinjaCols.map((c) => ({ name: String(c.name), description: "Replaced?" })),
      });
      same.push({
        ...edit,
        ...(keep(description) && !isJinja(description) && { description: String(description) }),
        columns: humanCols.map((c) => ({
          name: String(c.name),
          description: String(c.description),
        })),
      });
    }
    const runs: Array<[DescriptionEdit[], EditOptions]> = [
      [human, {}],
      [jinja, { force: true }],
      [same, { force: true }],
    ];
    for (const [edits, options] of runs) {
      const result = editSchemaFile(text, edits, options);
      expect(result.text).toBe(text);
      expect(result.applied).toEqual([]);
    }
  });

  const toFill = nodes.filter(({ edit, columns }) => {
    if (edit.resourceType !== "model") return false;
    return [...columnsByName(columns).values()].some((c) => isMissing(c.description));
  });
  // Declared only for files that have something to fill: a file with nothing missing has no such test.
  const fillIt = toFill.length > 0 ? it : () => undefined;
  fillIt("fills every missing description, touching nothing else", () => {
    const expected = structuredClone(data);
    const expectedNodes = nodesOf(expected);
    const edits: DescriptionEdit[] = [];
    let n = 0;
    let sets = 0;
    for (const [i, { edit, entry, columns }] of nodes.entries()) {
      const expectedNode = expectedNodes[i] as Node;
      const fillColumns: Array<{ name: string; description: string }> = [];
      const fill: DescriptionEdit = { ...edit, columns: fillColumns };
      // A version's own description is left out: where it goes depends on the model's (see DescriptionEdit.version).
      if (edit.version === undefined && isMissing(entry.description)) {
        fill.description = TEXTS[n++ % TEXTS.length] as string;
        expectedNode.entry.description = fill.description;
        sets++;
      }
      const expectedColumns = columnsByName(expectedNode.columns);
      for (const [name, column] of columnsByName(columns)) {
        if (!isMissing(column.description)) continue;
        const description = TEXTS[n++ % TEXTS.length] as string;
        fillColumns.push({ name: String(column.name), description });
        (expectedColumns.get(name) as Json).description = description;
        sets++;
      }
      edits.push(fill);
    }
    const result = editSchemaFile(text, edits);

    expect(result.applied).toHaveLength(sets);
    expect(result.skipped.filter((s) => s.reason !== "unchanged")).toEqual([]);
    // (a) only description lines differ
    expect(nonDescriptionLines(result.text)).toEqual(nonDescriptionLines(text));
    // (b) every comment line is still there, in order
    expect(isSubsequence(commentLines(text), commentLines(result.text))).toBe(true);
    // (c) the data is the original's with the descriptions set
    expect(parse(result.text, { uniqueKeys: false })).toEqual(expected);
    expect(parse(result.text, { uniqueKeys: false, version: "1.1" })).toEqual(
      (() => {
        const v11 = parse(text, { uniqueKeys: false, version: "1.1" }) as Json;
        const v11Nodes = nodesOf(v11);
        for (const [i, node] of expectedNodes.entries()) {
          const target = v11Nodes[i] as Node;
          target.entry.description = node.entry.description;
          const byName = columnsByName(target.columns);
          for (const [name, column] of columnsByName(node.columns)) {
            const into = byName.get(name);
            if (into) into.description = column.description;
          }
        }
        return v11;
      })(),
    );
  });
});
