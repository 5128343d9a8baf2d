// Tells whether the project's files changed after dbt wrote the manifest: stats only, reads nothing.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface NewerFiles {
  /** How many files were modified after the given time. */
  count: number;
  /** The most recently modified of them, relative to the project, with `/` separators. */
  newest: string | undefined;
  /** How many of them are schema YAML (`.yml`/`.yaml` other than dbt_project.yml). */
  schemaYaml: number;
}

/** Files dbt reads into the manifest. */
const WATCHED = /\.(sql|py|ya?ml|csv|md)$/i;
/** Folders dbt never reads sources from, even inside a model path. */
const SKIPPED_DIRS = new Set(["node_modules", "dbt_packages", "dbt_modules", "target", "logs"]);

/**
 * Counts the files under `dirs` (relative to `projectDir`), plus `extraFiles`, whose mtime is
 * after `sinceMs`. Missing folders are skipped.
 */
export async function findNewerFiles(
  projectDir: string,
  dirs: readonly string[],
  extraFiles: readonly string[],
  sinceMs: number,
  signal?: AbortSignal,
): Promise<NewerFiles> {
  const result: NewerFiles = { count: 0, newest: undefined, schemaYaml: 0 };
  let newestMs = sinceMs;
  const seen = new Set<string>();

  const check = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const info = await stat(file).catch(() => undefined);
    if (!info || info.mtimeMs <= sinceMs) return;
    result.count += 1;
    if (/\.ya?ml$/i.test(file) && path.basename(file) !== "dbt_project.yml") result.schemaYaml += 1;
    if (info.mtimeMs > newestMs) {
      newestMs = info.mtimeMs;
      result.newest = path.relative(projectDir, file).split(path.sep).join("/");
    }
  };

  const walk = async (dir: string): Promise<void> => {
    signal?.throwIfAborted();
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.map((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          return entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)
            ? undefined
            : walk(full);
        }
        return WATCHED.test(entry.name) ? check(full) : undefined;
      }),
    );
  };

  await Promise.all([
    ...dirs.map((dir) => walk(path.resolve(projectDir, dir))),
    ...extraFiles.map((file) => check(path.resolve(projectDir, file))),
  ]);
  return result;
}
