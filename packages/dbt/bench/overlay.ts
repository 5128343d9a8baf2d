// Benchmark: reading the schema files over the manifest (`overlaySchemaFiles`) on the synthetic
// tuva-shaped project of 5,000 models, each with its own schema file; measured in a fresh
// process, as `openProject` runs it once. Goal: well under a second.
// Run: pnpm --filter @osmosis/dbt exec tsx bench/overlay.ts   (BENCH_MODELS=n for another size)
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadProject } from "../src/manifest/index.js";
import { overlaySchemaFiles } from "../src/yaml/index.js";
import { writeSyntheticProject } from "./synthetic-project.js";

interface Measure {
  overlayMs: number;
  cpuMs: number;
  filesRead: number;
  descriptionsChanged: number;
}

if (process.argv[2] === "--measure") {
  const { project } = await loadProject({ projectDir: process.argv[3] as string });
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await overlaySchemaFiles(project);
  const overlayMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const measure: Measure = {
    overlayMs,
    cpuMs: (used.user + used.system) / 1000,
    filesRead: result.filesRead,
    descriptionsChanged: result.descriptionsChanged,
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
} else {
  const models = Number(process.env.BENCH_MODELS ?? 5_000);
  const dir = await mkdtemp(join(tmpdir(), "osmosis-bench-overlay-"));
  try {
    const summary = await writeSyntheticProject(dir, { models });
    const measure = (): Measure =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ["--import", "tsx", fileURLToPath(import.meta.url), "--measure", dir],
          { encoding: "utf8" },
        ),
      ) as Measure;
    const fresh = measure();
    // A person (or an earlier run) documents one column more in every fifth schema file.
    const files = (await readdir(join(dir, "models"), { recursive: true }))
      .filter((f) => f.endsWith(".yml"))
      .sort();
    let edited = 0;
    for (let i = 0; i < files.length; i += 5) {
      const file = join(dir, "models", files[i] as string);
      const text = await readFile(file, "utf8");
      const at = text.search(/\n {6}- name: \w+\n(?! {8}description)/);
      if (at < 0) continue;
      const line = text.indexOf("\n", at + 1);
      await writeFile(
        file,
        `${text.slice(0, line)}\n        description: Written since the manifest.${text.slice(line)}`,
      );
      edited += 1;
    }
    const after = measure();
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `\nThe overlay on a synthetic tuva-shaped project: ${summary.models.toLocaleString("en")} models, ${summary.schemaFiles.toLocaleString("en")} schema files (${summary.columns.toLocaleString("en")} columns)`,
    );
    console.log("| run | wall | CPU of the process | files read | descriptions changed |");
    console.log("|---|---|---|---|---|");
    for (const [label, m] of [
      ["fresh manifest: nothing to change", fresh],
      [`${edited.toLocaleString("en")} files edited since`, after],
    ] as const) {
      console.log(
        `| ${label} | ${s(m.overlayMs)} | ${s(m.cpuMs)} | ${m.filesRead.toLocaleString("en")} | ${m.descriptionsChanged.toLocaleString("en")} |`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
