// The measured half of bench/engine.ts, run in a fresh process: argv[2] is the project, argv[3]
// how many models' schema files to write. Prints one JSON line.
import { openProject, planProject, writeNodeDocs } from "../src/engine.js";
import { SchemaFileWriter } from "../src/yaml/index.js";

const dir = process.argv[2] as string;
const writes = Number(process.argv[3] ?? 1_000);
const t0 = performance.now();
const opened = await openProject({ projectDir: dir });
const t1 = performance.now();
const plan = planProject(opened);
const t2 = performance.now();
const writer = new SchemaFileWriter({ rootDir: dir });
const planned = plan.nodes.filter((n) => n.resourceType === "model").slice(0, writes);
const results = await Promise.all(
  planned.map((node) => writeNodeDocs(writer, opened.project, node, { columns: [] })),
);
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    loadMs: t1 - t0,
    planMs: t2 - t1,
    writeMs: t3 - t2,
    // maxRSS is in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    nodes: plan.nodes.length,
    written: planned.length,
    changed: results.filter((r) => r.changed).length,
    inherited: plan.totals.columnsInherited,
    llmColumns: plan.totals.columnsLlm,
    llmNodes: plan.totals.nodesNeedingLlm,
  })}\n`,
);
