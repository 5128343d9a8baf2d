// Test-only helpers for the manifest tests: file times, and copies of the fixture projects.
import { readdir, utimes } from "node:fs/promises";
import path from "node:path";

export { copyFixture, removeTemporaryFolders, temporaryFolder } from "../fixture-projects.js";

/** Sets the mtime (and atime) of every file under `dir` to `time`. */
export async function setAllTimes(dir: string, time: Date): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await setAllTimes(full, time);
    else await utimes(full, time, time);
  }
}
