import fs from "node:fs";
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { SchemaFileError, UnsafePathError } from "./errors.js";
import { createSchemaFile, type DescriptionEdit } from "./schema-file.js";
import { SchemaFileWriter } from "./writer.js";

const y = (...lines: string[]) => `${lines.join("\n")}\n`;
const SCHEMA = y(
  "version: 2",
  "",
  "models:",
  "  - name: orders",
  "    columns:",
  "      - name: id",
);
const fillId: DescriptionEdit = {
  resourceType: "model",
  name: "orders",
  columns: [{ name: "id", description: "Key." }],
};

let root: string;
let outside: string;
let writer: SchemaFileWriter;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "osmosis-yaml-root-"));
  outside = await mkdtemp(join(tmpdir(), "osmosis-yaml-outside-"));
  writer = new SchemaFileWriter({ rootDir: root });
  await mkdir(join(root, "models"));
  await writeFile(join(root, "models/schema.yml"), SCHEMA);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe("SchemaFileWriter", () => {
  it("edits the file in place, keeps its mode, leaves no temp file", async () => {
    const path = join(root, "models/schema.yml");
    await chmod(path, 0o640);
    const result = await writer.apply("models/schema.yml", [fillId]);
    expect(result).toMatchObject({ path, changed: true, skipped: [] });
    expect(result.applied).toHaveLength(1);
    expect(await readFile(path, "utf8")).toBe(`${SCHEMA}        description: Key.\n`);
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await readdir(join(root, "models"))).toEqual(["schema.yml"]);
  });

  it("writes provenance meta with the descriptions and reports each", async () => {
    const provenance = { generatedBy: "openai/gpt-4o-mini", generatedAt: "2026-12-02" };
    const [first, second] = await Promise.all([
      writer.apply("models/schema.yml", [{ ...fillId, provenance }], { metaPlacement: "config" }),
      writer.apply(
        "models/schema.yml",
        [{ resourceType: "model", name: "new", description: "New.", provenance }],
        { metaPlacement: "config" },
      ),
    ]);
    const written = { status: "written", key: "config.meta.osmosis", updated: false };
    expect(first?.applied.map((a) => a.meta)).toEqual([written]);
    expect(second?.applied.map((a) => a.meta)).toEqual([written]);
    const data = parse(await readFile(join(root, "models/schema.yml"), "utf8"));
    const osmosis = { generated_by: "openai/gpt-4o-mini", generated_at: "2026-12-02" };
    expect(data.models[0].columns[0].config.meta.osmosis).toEqual(osmosis);
    expect(data.models[1].config.meta.osmosis).toEqual(osmosis);
  });

  it("does not write when nothing changes", async () => {
    const path = join(root, "models/schema.yml");
    await writer.apply("models/schema.yml", [fillId]);
    const before = await stat(path);
    const result = await writer.apply("models/schema.yml", [
      { ...fillId, columns: [{ name: "id", description: "Another." }] },
    ]);
    expect(result.changed).toBe(false);
    expect(result.skipped).toMatchObject([{ column: "id", reason: "human-written" }]);
    const after = await stat(path);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("creates a missing file and its folders", async () => {
    const edit: DescriptionEdit = { resourceType: "model", name: "fresh", description: "New." };
    const result = await writer.apply("models/marts/new/_schema.yml", [edit]);
    expect(result.changed).toBe(true);
    expect(await readFile(join(root, "models/marts/new/_schema.yml"), "utf8")).toBe(
      createSchemaFile([edit]),
    );
  });

  it("leaves the old content when the rename fails, and no temp file", async () => {
    vi.spyOn(fs, "rename").mockImplementation(((
      _from: string,
      _to: string,
      callback: (error: Error) => void,
    ) => {
      callback(Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" }));
    }) as typeof fs.rename);
    await expect(writer.apply("models/schema.yml", [fillId])).rejects.toThrow(/EIO/);
    expect(await readFile(join(root, "models/schema.yml"), "utf8")).toBe(SCHEMA);
    expect(await readdir(join(root, "models"))).toEqual(["schema.yml"]);
  });

  it("queues applies to one file: 20 at once all land", async () => {
    const edits = Array.from(
      { length: 20 },
      (_, i): DescriptionEdit => ({
        resourceType: "model",
        name: `model_${i}`,
        description: `Model ${i}.`,
        columns: [{ name: "id", description: `Key of ${i}.` }],
      }),
    );
    const results = await Promise.all(
      edits.map((edit) => writer.apply("models/schema.yml", [edit])),
    );
    expect(results.every((r) => r.changed)).toBe(true);
    const data = parse(await readFile(join(root, "models/schema.yml"), "utf8"));
    expect(data.models).toHaveLength(21);
    expect(
      data.models
        .slice(1)
        .map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual(edits.map((e) => e.name).sort());
    expect(await readdir(join(root, "models"))).toEqual(["schema.yml"]);
  });

  it("queues by real path: two names for one file do not race", async () => {
    await symlink("models", join(root, "alias"));
    const edits = Array.from(
      { length: 10 },
      (_, i): DescriptionEdit => ({
        resourceType: "model",
        name: `m${i}`,
        description: `M${i}.`,
      }),
    );
    await Promise.all(
      edits.map((edit, i) => writer.apply(`${i % 2 ? "alias" : "models"}/schema.yml`, [edit])),
    );
    const data = parse(await readFile(join(root, "models/schema.yml"), "utf8"));
    expect(data.models).toHaveLength(11);
  });

  it("keeps a change a person saved while osmosis was writing, and edits it again", async () => {
    const path = join(root, "models/schema.yml");
    const human = SCHEMA.replace(
      "  - name: orders\n",
      "  - name: orders\n    description: By hand.\n",
    );
    const open = fs.open;
    let saved = false;
    vi.spyOn(fs, "open").mockImplementation(((...args: Parameters<typeof fs.open>) => {
      // The person saves once osmosis has read the file, before its temp file is renamed.
      if (!saved && String(args[0]).includes("schema.yml.")) {
        saved = true;
        fs.writeFileSync(path, human);
      }
      return (open as (...a: unknown[]) => void)(...args);
    }) as typeof fs.open);
    const result = await writer.apply("models/schema.yml", [
      { ...fillId, description: "By osmosis." },
    ]);
    expect(saved).toBe(true);
    expect(await readFile(path, "utf8")).toBe(`${human}        description: Key.\n`);
    expect(result.skipped).toMatchObject([{ reason: "human-written", current: "By hand." }]);
    expect(result.applied).toMatchObject([{ column: "id", description: "Key." }]);
    expect(await readdir(join(root, "models"))).toEqual(["schema.yml"]);
  });

  it("raises SchemaFileError naming the file, line and column for broken YAML", async () => {
    await writeFile(
      join(root, "models/broken.yml"),
      y("models:", "  - name: a", "    description: 'open"),
    );
    const error = await writer.apply("models/broken.yml", [fillId]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaFileError);
    expect(error).toMatchObject({ file: "models/broken.yml", line: 4, column: 1 });
    expect((error as Error).message).toMatch(/^models\/broken\.yml:4:1: /);
  });

  it("refuses a file that is not UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from("models:\n  - name: caf"), Buffer.from([0xe9, 0x0a])]);
    await writeFile(join(root, "models/latin1.yml"), bytes);
    const error = await writer.apply("models/latin1.yml", [fillId]).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: "models/latin1.yml", line: 2, column: 14 });
    expect(await readFile(join(root, "models/latin1.yml"))).toEqual(bytes);
  });

  it("stops when its signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      writer.apply("models/schema.yml", [fillId], { signal: controller.signal }),
    ).rejects.toThrow();
    expect(await readFile(join(root, "models/schema.yml"), "utf8")).toBe(SCHEMA);
  });

  describe("refuses paths outside the root", () => {
    it.each([
      ["an absolute path", () => join(outside, "x.yml"), "absolute"],
      ["a .. escape", () => "../x.yml", "outside-root"],
      ["a .. escape through a folder", () => "models/../../x.yml", "outside-root"],
      ["the root itself", () => ".", "outside-root"],
      ["an empty path", () => "", "not-a-file"],
      ["a folder", () => "models", "not-a-file"],
    ])("%s", async (_, path, reason) => {
      const error = await writer.apply(path(), [fillId]).catch((e: unknown) => e);
      expect(UnsafePathError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ reason, path: path() });
    });

    it("a symlinked file pointing outside", async () => {
      await writeFile(join(outside, "target.yml"), SCHEMA);
      await symlink(join(outside, "target.yml"), join(root, "models/linked.yml"));
      const error = await writer.apply("models/linked.yml", [fillId]).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: "symlink" });
      expect((error as Error).message).toContain("symbolic link");
      expect((error as Error).message).toMatch(/Replace the link/);
      expect(await readFile(join(outside, "target.yml"), "utf8")).toBe(SCHEMA);
    });

    it("a symlinked folder pointing outside, even for a new file", async () => {
      await symlink(outside, join(root, "models/out"));
      const error = await writer
        .apply("models/out/new/schema.yml", [
          { resourceType: "model", name: "x", description: "X." },
        ])
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: "symlink" });
      expect(await readdir(outside)).toEqual([]);
    });

    it("a dangling symlink", async () => {
      await symlink(join(outside, "missing.yml"), join(root, "models/dangling.yml"));
      const error = await writer.apply("models/dangling.yml", [fillId]).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: "symlink" });
    });
  });

  it("writes through a symlink that stays inside the root, keeping the link", async () => {
    await symlink("schema.yml", join(root, "models/link.yml"));
    const result = await writer.apply("models/link.yml", [fillId]);
    expect(result.changed).toBe(true);
    expect(fs.lstatSync(join(root, "models/link.yml")).isSymbolicLink()).toBe(true);
    expect(await readFile(join(root, "models/schema.yml"), "utf8")).toContain("description: Key.");
  });
});

describe("a dry-run writer", () => {
  it("writes nothing, keeps each file's text before and after, and reads its own edits back", async () => {
    const root = await mkdtemp(join(tmpdir(), "osmosis-dry-"));
    const text = "version: 2\n\nmodels:\n  - name: orders\n    columns:\n      - name: id\n";
    await writeFile(join(root, "orders.yml"), text);
    const writer = new SchemaFileWriter({ rootDir: root, dryRun: true });
    const first = await writer.apply("orders.yml", [
      { resourceType: "model", name: "orders", description: "One row per order." },
    ]);
    expect(first.changed).toBe(true);
    await writer.apply("orders.yml", [
      { resourceType: "model", name: "orders", columns: [{ name: "id", description: "The key." }] },
    ]);
    await writer.apply("new/customers.yml", [
      { resourceType: "model", name: "customers", description: "One row per customer." },
    ]);
    expect(await readFile(join(root, "orders.yml"), "utf8")).toBe(text);
    await expect(readFile(join(root, "new", "customers.yml"), "utf8")).rejects.toThrow(/ENOENT/);
    const changes = writer.changes();
    expect(changes.map((c) => c.relativePath)).toEqual(["new/customers.yml", "orders.yml"]);
    expect(changes[0]?.before).toBeNull();
    expect(changes[1]?.before).toBe(text);
    expect(changes[1]?.after).toContain("description: One row per order.");
    expect(changes[1]?.after).toContain("description: The key.");
    await rm(root, { recursive: true, force: true });
  });
});
