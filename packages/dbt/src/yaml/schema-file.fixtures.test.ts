// Every real schema file of the fixture projects, read in place: it round-trips byte for byte,
// filling its missing descriptions changes description lines only, and provenance `meta` only
// adds lines (or updates its own in place).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_PLACEHOLDERS } from "../descriptions.js";
import { FIXTURE_PROJECTS } from "../fixture-projects.js";
import type { MetaPlacement, ProvenanceMeta } from "./provenance.js";
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

  // Every missing description of every node (models, versions' columns, sources, seeds) filled
  // with provenance, a third of the columns marked inherited.
  const provenanceEdits = (by: ProvenanceMeta, offset: number) => {
    const edits: DescriptionEdit[] = [];
    let n = offset;
    let column = 0;
    for (const { edit, entry, columns } of nodes) {
      const fill: DescriptionEdit = { ...edit, provenance: by, columns: [] };
      if (edit.version === undefined && isMissing(entry.description)) {
        fill.description = TEXTS[n++ % TEXTS.length] as string;
      }
      for (const c of columnsByName(columns).values()) {
        if (!isMissing(c.description)) continue;
        const description = TEXTS[n++ % TEXTS.length] as string;
        const inherited = column++ % 3 === 2;
        (fill.columns as object[]).push({ name: String(c.name), description, inherited });
      }
      edits.push(fill);
    }
    return edits;
  };
  const anyMissing = nodes.some(
    ({ edit, entry, columns }) =>
      (edit.version === undefined && isMissing(entry.description)) ||
      [...columnsByName(columns).values()].some((c) => isMissing(c.description)),
  );
  const provenanceIt = anyMissing ? it.each(["top-level", "config"] as const) : () => undefined;
  provenanceIt(
    "with provenance (%s): meta beside each generated description, lines only added",
    (placement: MetaPlacement) => {
      const BY = { generatedBy: "openai/gpt-4o-mini", generatedAt: "2026-12-02" };
      const edits = provenanceEdits(BY, 0);
      const result = editSchemaFile(text, edits, { metaPlacement: placement });
      expect(result.skipped.filter((s) => s.reason !== "unchanged")).toEqual([]);
      const generated = edits.flatMap((e) => [
        ...(e.description !== undefined ? [e.description] : []),
        ...(e.columns ?? []).filter((c) => !c.inherited).map((c) => c.description),
      ]);
      const written = result.applied.filter((a) => a.meta?.status === "written");
      expect(result.applied.filter((a) => a.meta?.status === "skipped")).toEqual([]);
      expect(written).toHaveLength(generated.length);

      // (a) the data is the original's with the descriptions and the meta set
      const expected = structuredClone(data);
      const expectedNodes = nodesOf(expected);
      for (const [i, edit] of edits.entries()) {
        const { entry, columns } = expectedNodes[i] as Node;
        if (edit.description !== undefined) {
          entry.description = edit.description;
          setMeta(entry, placement, BY);
        }
        const byName = columnsByName(columns);
        for (const c of edit.columns ?? []) {
          const column = byName.get(c.name.toLowerCase()) as Json;
          column.description = c.description;
          if (!c.inherited) setMeta(column, placement, BY);
        }
      }
      const output = parse(result.text, { uniqueKeys: false });
      expect(output).toEqual(expected);
      // YAML 1.1 (PyYAML, dbt) reads the date as text too.
      const v11 = JSON.stringify(parse(result.text, { uniqueKeys: false, version: "1.1" }));
      expect(v11.split('"generated_at":"2026-12-02"').length - 1).toBe(written.length);

      // (b) removing the inserted lines gives back the original's lines, in order (a last line
      // with no line break gets one when lines follow it: the file still ends without one)
      expect(result.text.endsWith("\n")).toBe(text.endsWith("\n") || text === "");
      const eol = text.includes("\r\n") ? "\r\n" : "\n";
      const closed = (t: string) => (t.endsWith("\n") ? t : t + eol);
      const inserted = insertedLines(
        nonDescriptionLines(closed(text)),
        nonDescriptionLines(closed(result.text)),
      );
      expect(inserted).not.toBeNull();
      const unexpected = (inserted as string[]).filter(
        (line) =>
          !/^ *(?:config:|meta:|osmosis:|generated_by: openai\/gpt-4o-mini|generated_at: "2026-12-02")\r?$/.test(
            line,
          ),
      );
      expect(unexpected).toEqual([]);
      expect((inserted as string[]).filter((l) => l.includes("generated_by:"))).toHaveLength(
        written.length,
      );
      // (c) comments stay, and a CRLF file gets CRLF in what is added
      expect(isSubsequence(commentLines(text), commentLines(result.text))).toBe(true);
      if (text.includes("\r\n")) expect(result.text.replaceAll("\r\n", "")).not.toContain("\n");

      // (d) generating again updates each meta in place: only its two lines change
      const later = { generatedBy: "anthropic/claude-haiku-4-5", generatedAt: "2027-01-15" };
      const again = editSchemaFile(result.text, provenanceEdits(later, 5), {
        metaPlacement: placement,
        force: true,
      });
      // (A text with `{{` reads as Jinja now, and is kept with its meta.)
      expect(again.skipped.filter((s) => s.reason !== "jinja")).toEqual([]);
      const metas = again.applied.flatMap((a) => (a.meta ? [a.meta] : []));
      expect(metas.length).toBeGreaterThan(0);
      expect(metas.every((m) => m.status === "written" && m.updated)).toBe(true);
      const before = nonDescriptionLines(result.text);
      const after = nonDescriptionLines(again.text);
      expect(after).toHaveLength(before.length);
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
      expect(changed).toHaveLength(2 * metas.length);
      for (const [from, to] of changed as Array<[string, string]>) {
        expect(to).toBe(
          from
            .replace("openai/gpt-4o-mini", "anthropic/claude-haiku-4-5")
            .replace("2026-12-02", "2027-01-15"),
        );
      }
    },
  );
});

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The data side of the README's rule for where `osmosis` goes in an entry. */
function setMeta(entry: Json, placement: MetaPlacement, by: ProvenanceMeta): void {
  const config = isObject(entry.config) ? entry.config : undefined;
  const underConfig =
    (isObject(config?.meta) && "osmosis" in config.meta) ||
    !(isObject(entry.meta) && "osmosis" in entry.meta)
      ? "config" in entry || (!("meta" in entry) && placement === "config")
      : false;
  let home: Json;
  if (underConfig) {
    if (!isObject(entry.config)) entry.config = {};
    const into = entry.config as Json;
    if (!isObject(into.meta)) into.meta = {};
    home = into.meta as Json;
  } else {
    if (!isObject(entry.meta)) entry.meta = {};
    home = entry.meta as Json;
  }
  home.osmosis = {
    ...(isObject(home.osmosis) ? home.osmosis : {}),
    generated_by: by.generatedBy,
    generated_at: by.generatedAt,
  };
}

/**
 * The lines of `after` that are not in `before`, when `before` is `after` with lines taken out
 * (null when a line of `before` changed or moved).
 */
function insertedLines(before: readonly string[], after: readonly string[]): string[] | null {
  const extra: string[] = [];
  let at = 0;
  for (const line of after) {
    if (at < before.length && line === before[at]) at++;
    else extra.push(line);
  }
  return at === before.length ? extra : null;
}
