// Test-only helpers for the manifest tests: copies of the fixture projects in temporary folders.
import { chmod, cp, mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fixtureProject } from "../fixture-projects.js";

const made: string[] = [];

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await makeWritable(full);
    else await chmod(full, 0o644);
  }
}

/** A new, empty temporary folder; removed by `removeTemporaryFolders`. */
export async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "osmosis-manifest-"));
  made.push(dir);
  return dir;
}

/** A writable copy of a fixture project (or one of its files), keeping its files' mtimes. */
export async function copyFixture(name: string): Promise<string> {
  const dir = path.join(await temporaryFolder(), path.basename(name));
  await cp(fixtureProject(name), dir, { recursive: true, preserveTimestamps: true });
  await makeWritable(dir);
  return dir;
}

/** Sets the mtime (and atime) of every file under `dir` to `time`. */
export async function setAllTimes(dir: string, time: Date): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await setAllTimes(full, time);
    else await utimes(full, time, time);
  }
}

export async function removeTemporaryFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
