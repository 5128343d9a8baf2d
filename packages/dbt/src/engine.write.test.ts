// The engine end to end on copies of real projects: open, plan, write every inherited description
// to the schema files, and check what changed in them (and that a second pass changes nothing).
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { openProject, planProject, writeNodeDocs } from "./engine.js";
import { fixtureProject } from "./fixture-projects.js";
import { SchemaFileWriter } from "./yaml/index.js";
import { commentLines, isSubsequence, nonDescriptionLines } from "./yaml/test-support.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function copyOf(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `osmosis-${name}-`));
  dirs.push(dir);
  await cp(fixtureProject(name), dir, { recursive: true });
  return dir;
}

/** The file's text with CRLF read as LF: a line that gains a line break after it keeps its bytes. */
const read = (dir: string, file: string) =>
  readFile(join(dir, file), "utf8").then(
    (text) => text.replaceAll("\r\n", "\n"),
    () => undefined,
  );

/** Writes what inheritance found for every planned node; returns the files' texts before. */
async function writeInherited(dir: string) {
  const opened = await openProject({ projectDir: dir });
  const plan = planProject(opened);
  const writer = new SchemaFileWriter({ rootDir: dir });
  const before = new Map<string, string | undefined>();
  for (const node of plan.nodes) {
    if (!before.has(node.schemaFile)) before.set(node.schemaFile, await read(dir, node.schemaFile));
  }
  const results = await Promise.all(
    plan.nodes.map((node) => writeNodeDocs(writer, opened.project, node, { columns: [] })),
  );
  return { plan, before, results };
}

/** Lines a write may add besides descriptions: entries for columns or nodes not listed yet. */
const NEW_ENTRY = /^\s*(- )?(name|columns|models|seeds|snapshots|sources|tables|version)\b|^\s*$/;

describe.each(["jaffle-shop", "hubspot", "qfdmo", "tuva"])(
  "writing %s's inherited descriptions",
  (name) => {
    it("changes description lines only, keeps every comment, and lands each description", async () => {
      const dir = await copyOf(name);
      const { plan, before } = await writeInherited(dir);
      for (const [file, text] of before) {
        const after = await read(dir, file);
        if (text === undefined || after === undefined) continue;
        const was = nonDescriptionLines(text);
        const now = nonDescriptionLines(after);
        // Every other line is still there, in order; what is new is entries for what was missing.
        expect(isSubsequence(was, now)).toBe(true);
        const remaining = [...was];
        for (const line of now) {
          const at = remaining.indexOf(line);
          if (at >= 0) remaining.splice(at, 1);
          else expect(line).toMatch(NEW_ENTRY);
        }
        expect(isSubsequence(commentLines(text), commentLines(after))).toBe(true);
      }
      let landed = 0;
      for (const node of plan.nodes) {
        const inherited = node.columns.filter(
          (c) => c.state === "inherited" && c.description !== undefined,
        );
        if (inherited.length === 0) continue;
        const data = JSON.stringify(
          parse((await read(dir, node.schemaFile)) ?? "", { uniqueKeys: false }),
        );
        for (const column of inherited) {
          expect(data).toContain(JSON.stringify(column.description).slice(1, -1));
          landed += 1;
        }
      }
      expect(landed).toBeGreaterThan(0);
    }, 60_000);

    it("is idempotent: a second pass writes nothing", async () => {
      const dir = await copyOf(name);
      await writeInherited(dir);
      // The manifest still holds the old descriptions, so the plan repeats itself; the files
      // already hold them, so nothing changes.
      const { results } = await writeInherited(dir);
      expect(results.filter((r) => r.changed)).toEqual([]);
    }, 60_000);
  },
);
