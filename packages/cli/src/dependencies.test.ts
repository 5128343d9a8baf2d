// The shape's one rule for this package: cli → dbt → core; a provider only through the registry.
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

async function sourceFiles(): Promise<string[]> {
  const entries = await readdir(here, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !/\/(e2e|tty|test-support)\//.test(path));
}

describe("what the CLI imports", () => {
  it("never imports a provider package: providers come through the registry", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles()) {
      const text = await readFile(file, "utf8");
      if (/from\s+["']@osmosis\/provider-|import\(["']@osmosis\/provider-/.test(text)) {
        offenders.push(relative(here, file));
      }
    }
    expect(offenders).toEqual([]);
  });

  it("lists no provider package among its dependencies", async () => {
    const pkg = JSON.parse(await readFile(join(here, "..", "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).filter((d) => d.startsWith("@osmosis/provider-"))).toEqual(
      [],
    );
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(["@osmosis/core", "@osmosis/dbt"]),
    );
  });
});
