// Generates src/artifacts/*.ts from dbt's own JSON Schemas in fixtures/artifacts/schemas/.
// Run from packages/dbt: `npx tsx scripts/generate-artifact-types.ts` (add `--check` to fail
// when a committed file differs from what the schemas generate, without writing).
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = path.join(packageDir, "fixtures/artifacts/schemas");
const outDir = path.join(packageDir, "src/artifacts");
const COMMAND = "npx tsx scripts/generate-artifact-types.ts";

const ARTIFACTS = [
  ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((v) => ({ name: `manifest-v${v}`, root: "Manifest" })),
  { name: "catalog-v1", root: "Catalog" },
];

async function generate(name: string, root: string): Promise<string> {
  const schemaFile = path.join(schemaDir, `${name}.json`);
  const schema = JSON.parse(await readFile(schemaFile, "utf8")) as JSONSchema & { $id?: string };
  const banner = [
    "// Generated: do not edit. TypeScript types of dbt's JSON Schema",
    `// fixtures/artifacts/schemas/${name}.json (${schema.$id ?? "no $id"}),`,
    `// made with json-schema-to-typescript by \`${COMMAND}\` (run in packages/dbt).`,
  ].join("\n");
  const code = await compile(schema, root, {
    bannerComment: banner,
    // The root's own name comes from `$id` (v4–v10: `HttpsSchemasGetdbtComDbtManifestV4Json`)
    // or `title` (v11+: `WritableManifest`); one name in every file lets code say `V8.Manifest`.
    customName: (s) => (s.$id !== undefined && s.$id === schema.$id ? root : undefined),
    cwd: schemaDir,
    // Biome formats the result (formatWithBiome), in the repository's style.
    format: false,
    unknownAny: true,
    additionalProperties: true,
  });
  return code;
}

/** Biome gives the output the repository's formatting, so `biome check` passes on it as on the rest. */
function formatWithBiome(code: string, file: string): string {
  return execFileSync("npx", ["biome", "format", `--stdin-file-path=${file}`], {
    cwd: packageDir,
    input: code,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  await mkdir(outDir, { recursive: true });
  for (const { name, root } of ARTIFACTS) {
    const file = path.join(outDir, `${name}.ts`);
    const code = formatWithBiome(await generate(name, root), path.relative(packageDir, file));
    const committed = await readFile(file, "utf8").catch(() => undefined);
    if (committed === code) continue;
    stale.push(`${name}.ts`);
    if (!check) await writeFile(file, code);
  }
  if (check && stale.length > 0) {
    console.error(`src/artifacts is stale (${stale.join(", ")}); run \`${COMMAND}\`.`);
    process.exitCode = 1;
  } else {
    console.log(stale.length === 0 ? "src/artifacts is up to date." : `Wrote ${stale.join(", ")}.`);
  }
}

await main();
