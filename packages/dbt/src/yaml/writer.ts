// Writing schema files: read, edit, write atomically (temp file + rename, mode kept), one file
// at a time per path, without losing an edit a person saved while osmosis was working.
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { SchemaFileError } from "./errors.js";
import { resolveInside } from "./safe-path.js";
import {
  type AppliedEdit,
  type DescriptionEdit,
  type EditOptions,
  type EditTarget,
  editSchemaFile,
  type SkippedEdit,
} from "./schema-file.js";

export interface SchemaFileWriterOptions {
  /** The dbt project's root: every path is relative to it and must stay inside it. */
  rootDir: string;
  /**
   * Write nothing: keep each file's new text in memory (later applies read it), for a preview
   * (`changes()`) of what a run would write.
   */
  dryRun?: boolean;
}

/** A file a dry-run writer would have written: its text before (null: new file) and after. */
export interface FileChange {
  /** Relative to the root, as the plan names it. */
  relativePath: string;
  path: string;
  before: string | null;
  after: string;
}

export interface ApplyOptions extends EditOptions {
  signal?: AbortSignal | undefined;
}

export interface WriteResult {
  /** The file's absolute path (root joined with the relative path). */
  path: string;
  /** The file was written (created, or its text changed). */
  changed: boolean;
  applied: AppliedEdit[];
  skipped: SkippedEdit[];
}

/** How often a file that keeps changing under us is read and edited again before giving up. */
const MAX_ATTEMPTS = 5;

/** Thrown from write-file-atomic's hook to abandon a write whose source changed meanwhile. */
class ChangedMeanwhile extends Error {}

/** An apply waiting for its file: its edits, and how to answer it. */
interface Waiting {
  edits: readonly DescriptionEdit[];
  signal: AbortSignal | undefined;
  resolve: (result: WriteResult) => void;
  reject: (error: unknown) => void;
}

/** Applies to one file that have not started yet: they go in together, in one read and write. */
interface Batch {
  relativePath: string;
  absolute: string;
  options: EditOptions;
  waiting: Waiting[];
}

export class SchemaFileWriter {
  readonly rootDir: string;
  /** The last queued task per real path; each write to a path waits for the one before. */
  readonly #queues = new Map<string, Promise<void>>();
  /** Per real path and edit options: the batch not started yet, which new applies join. */
  readonly #open = new Map<string, Batch>();

  readonly dryRun: boolean;
  /** Files this writer created (they did not exist before it), by absolute path. */
  readonly #created = new Set<string>();
  /** Dry run: the files "written" so far, by absolute path. */
  readonly #changes = new Map<string, FileChange>();

  constructor(options: SchemaFileWriterOptions) {
    this.rootDir = options.rootDir;
    this.dryRun = options.dryRun === true;
  }

  /** True when this writer created the file at `relativePath` (it was not there before). */
  created(relativePath: string): boolean {
    return this.#created.has(join(this.rootDir, relativePath));
  }

  /** Dry run: every file that would change, with its text before and after, by path. */
  changes(): FileChange[] {
    return [...this.#changes.values()]
      .filter((c) => c.before !== c.after)
      .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }

  /**
   * Apply `edits` to the schema file at `relativePath` (created with its folders when missing),
   * writing only when the text changes. Applies to a file that is busy wait for it and then go
   * in together: a file documenting 100 models is read and written once, not 100 times. Throws
   * `UnsafePathError` for a path that leaves the root and `SchemaFileError` (naming the file)
   * when the YAML cannot be read.
   */
  async apply(
    relativePath: string,
    edits: readonly DescriptionEdit[],
    options: ApplyOptions = {},
  ): Promise<WriteResult> {
    options.signal?.throwIfAborted();
    const { signal, ...editOptions } = options;
    const target = await resolveInside(this.rootDir, relativePath);
    const key = `${target.real}\u0000${JSON.stringify(editOptions)}`;
    return new Promise<WriteResult>((resolve, reject) => {
      const waiting: Waiting = { edits, signal, resolve, reject };
      const open = this.#open.get(key);
      if (open) {
        open.waiting.push(waiting);
        return;
      }
      const batch: Batch = {
        relativePath,
        absolute: target.absolute,
        options: editOptions,
        waiting: [waiting],
      };
      this.#open.set(key, batch);
      void this.#enqueue(target.real, async () => {
        // From here on the batch is closed: later applies start the next one.
        if (this.#open.get(key) === batch) this.#open.delete(key);
        await this.#runBatch(batch);
      });
    });
  }

  async #runBatch(batch: Batch): Promise<void> {
    const live = batch.waiting.filter((w) => {
      if (!w.signal?.aborted) return true;
      w.reject(w.signal.reason);
      return false;
    });
    if (live.length === 0) return;
    try {
      const result = await this.#applyNow(
        batch.relativePath,
        batch.absolute,
        live.flatMap((w) => w.edits),
        batch.options,
      );
      for (const w of live) {
        const mine = (t: EditTarget) => w.edits.some((edit) => sameNode(edit, t));
        w.resolve({
          path: result.path,
          changed: result.changed,
          applied: result.applied.filter(mine),
          skipped: result.skipped.filter(mine),
        });
      }
    } catch (error) {
      for (const w of live) w.reject(error);
    }
  }

  #enqueue<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.then(
      () => {},
      () => {},
    );
    this.#queues.set(key, tail);
    void tail.then(() => {
      if (this.#queues.get(key) === tail) this.#queues.delete(key);
    });
    return run;
  }

  async #applyNow(
    relativePath: string,
    path: string,
    edits: readonly DescriptionEdit[],
    options: ApplyOptions,
  ): Promise<WriteResult> {
    const { signal, ...editOptions } = options;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const previewed = this.#changes.get(path);
      const before = previewed ? Buffer.from(previewed.after, "utf8") : await readBytes(path);
      const text = before === null ? "" : decode(before, relativePath);
      let result: ReturnType<typeof editSchemaFile>;
      try {
        result = editSchemaFile(text, edits, editOptions);
      } catch (error) {
        if (SchemaFileError.isInstance(error)) throw error.withFile(relativePath);
        throw error;
      }
      const { applied, skipped } = result;
      if (!result.changed) return { path, changed: false, applied, skipped };
      signal?.throwIfAborted();
      // Marked before the write lands: an apply for another node of this file, deciding meanwhile
      // whether the file is new, must not see it on disk and not yet marked.
      if (before === null) this.#created.add(path);
      if (this.dryRun) {
        this.#changes.set(path, {
          relativePath,
          path,
          before: previewed ? previewed.before : text === "" && before === null ? null : text,
          after: result.text,
        });
        return { path, changed: true, applied, skipped };
      }
      if (before === null) await mkdir(dirname(path), { recursive: true });
      try {
        await writeFileAtomic(path, result.text, {
          // Runs once the temp file exists, just before the data goes in and the rename: a file
          // changed since it was read (a person saved it) is read and edited again instead.
          tmpfileCreated: async () => {
            const now = await readBytes(path);
            if (!sameBytes(now, before)) throw new ChangedMeanwhile();
          },
        });
      } catch (error) {
        if (before === null) this.#created.delete(path);
        if (!(error instanceof ChangedMeanwhile)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new Error(
            `${relativePath} changed ${MAX_ATTEMPTS} times while osmosis was writing it; nothing was written. Run osmosis again once it is saved.`,
          );
        }
        continue;
      }
      return { path, changed: true, applied, skipped };
    }
  }
}

/** The edit is about the node `target` names (its column, if any, aside). */
function sameNode(edit: DescriptionEdit, target: EditTarget): boolean {
  return (
    edit.resourceType === target.resourceType &&
    edit.name === target.name &&
    edit.sourceName === target.sourceName &&
    String(edit.version ?? "") === String(target.version ?? "")
  );
}

async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** The file's text; bytes that are not UTF-8 would be mangled by a rewrite, so they stop it. */
function decode(bytes: Buffer, relativePath: string): string {
  const text = bytes.toString("utf8");
  const encoded = Buffer.from(text, "utf8");
  if (encoded.equals(bytes)) return text;
  let offset = 0;
  while (offset < bytes.length && bytes[offset] === encoded[offset]) offset++;
  const before = bytes.subarray(0, offset);
  const line = before.filter((byte) => byte === 0x0a).length + 1;
  const column = offset - (before.lastIndexOf(0x0a) + 1) + 1;
  throw new SchemaFileError("the file is not valid UTF-8 text", {
    line,
    column,
    file: relativePath,
  });
}
