// Writes the run report's JSON Schema (schemas/run-report.v1.json) from its zod definition, so
// the published file and the code cannot drift; `report.test.ts` checks they agree.
// Run: pnpm --filter @osmosis/dbt generate:report-schema
import { writeFile } from "node:fs/promises";
import { RUN_REPORT_VERSION, runReportJsonSchema } from "../src/run/report.js";

const path = new URL(`../schemas/run-report.v${RUN_REPORT_VERSION}.json`, import.meta.url);
await writeFile(path, `${JSON.stringify(runReportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
