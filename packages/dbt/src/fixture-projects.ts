// Where the real dbt projects the tests read live: copied into the repository, so tests run the
// same on a fresh clone as here.
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
