// Where the real dbt projects the tests read live (copied into the repository, so tests run the
// same on a fresh clone as here), and writable copies of them in temporary folders.
import { chmod, cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding the fixture projects (`packages/dbt/fixtures/dbt`). */
export const FIXTURE_PROJECTS = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "fixtures",
  "dbt",
);

/** The folder of one fixture project, e.g. `fixtureProject("jaffle-shop")`. */
export function fixtureProject(name: string): string {
  return join(FIXTURE_PROJECTS, name);
}

const made: string[] = [];

/** A new, empty temporary folder; removed by `removeTemporaryFolders`. */
export async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "osmosis-test-"));
  made.push(dir);
  return dir;
}

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await makeWritable(full);
    else await chmod(full, 0o644);
  }
}

/** A writable copy of a fixture project (or one of its files), keeping its files' mtimes. */
export async function copyFixture(name: string): Promise<string> {
  const dir = join(await temporaryFolder(), name.split("/").at(-1) as string);
  await cp(fixtureProject(name), dir, { recursive: true, preserveTimestamps: true });
  await makeWritable(dir);
  return dir;
}

/** Removes every folder `temporaryFolder` and `copyFixture` made. */
export async function removeTemporaryFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
