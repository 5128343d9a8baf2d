// Benchmark: the dbt engine at scale, no LLM. A synthetic tuva-shaped project of 5,000 models
// (~100,000 columns) is generated, then a fresh Node process loads, inherits and plans it and
// writes the inherited descriptions of 1,000 models to their 1,000 schema files. Goals: load +
// inherit + plan under 3 s and 600 MB peak RSS; the 1,000 writes under 5 s.
// Run: pnpm --filter @osmosis/dbt bench   (BENCH_MODELS=n for another size)
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSyntheticProject } from "./synthetic-project.js";

const MODELS = Number(process.env.BENCH_MODELS ?? 5_000);
const WRITES = Math.min(1_000, MODELS);

const dir = await mkdtemp(join(tmpdir(), "osmosis-bench-engine-"));
try {
  const summary = await writeSyntheticProject(dir, { models: MODELS, schemaFiles: WRITES });
  // Measured in a process of its own, so its memory is the engine's and not the generator's.
  const measure = fileURLToPath(new URL("./engine-measure.ts", import.meta.url));
  const out = execFileSync(process.execPath, ["--import", "tsx", measure, dir, String(WRITES)], {
    encoding: "utf8",
  });
  const m = JSON.parse(out) as {
    loadMs: number;
    planMs: number;
    writeMs: number;
    peakRssMb: number;
    nodes: number;
    written: number;
    changed: number;
    inherited: number;
    llmColumns: number;
    llmNodes: number;
  };
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nThe dbt engine on a synthetic tuva-shaped project: ${summary.models.toLocaleString("en")} models, ${summary.sources} sources, ${summary.columns.toLocaleString("en")} columns (${summary.documentedColumns.toLocaleString("en")} documented), manifest ${(summary.manifestBytes / 1024 / 1024).toFixed(0)} MB`,
  );
  console.log("| step | result | goal |");
  console.log("|---|---|---|");
  console.log(`| load the manifest into the project model | ${s(m.loadMs)} | |`);
  console.log(`| inherit + plan (${m.nodes.toLocaleString("en")} nodes) | ${s(m.planMs)} | |`);
  console.log(`| load + inherit + plan | ${s(m.loadMs + m.planMs)} | < 3 s |`);
  console.log(`| peak RSS of the process | ${m.peakRssMb.toFixed(0)} MB | < 600 MB |`);
  console.log(
    `| write ${m.written.toLocaleString("en")} schema files (${m.changed} changed) | ${s(m.writeMs)} | < 5 s |`,
  );
  console.log(
    `plan: ${m.inherited.toLocaleString("en")} columns inherited, ${m.llmColumns.toLocaleString("en")} left for the LLM in ${m.llmNodes.toLocaleString("en")} nodes`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
