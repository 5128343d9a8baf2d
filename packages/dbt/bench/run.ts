// Benchmark: the documentation run on a synthetic 1,000-model project (tuva-shaped, from the
// engine benchmark's generator) against the fake OpenAI server at 600 requests a minute with a
// 10-second burst, a limit osmosis is not told, 100 ms per answer. Goals: wall time within 1.15×
// of what the limit implies for the calls made, < 2% of requests answered 429, every node done,
// the report's tokens equal to the server's; then the same project's rerun: 0 calls, under 5 s.
// Run: pnpm --filter @osmosis/dbt bench:run   (BENCH_MODELS=n for another size)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileCacheStore, LLMClient, loadPrompts, ProviderRegistry, Run } from "@osmosis/core";
import openaiPlugin from "@osmosis/provider-openai";
import { idealMs, startFakeOpenAIServer } from "@osmosis/testing";
import {
  BUILTIN_PROMPTS,
  DOCUMENTATION_JOBS,
  DocumentationPrompts,
  documentProject,
  openProject,
  type RunReport,
} from "../src/index.js";
import { writeSyntheticProject } from "./synthetic-project.js";

const MODELS = Number(process.env.BENCH_MODELS ?? 1_000);
const API_KEY = "sk-bench-0000000000000000000000000000";
const LATENCY_MS = 100;
const LIMIT = { requestsPerMinute: 600, window: "rolling" as const, burstSeconds: 10 };

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function documentOnce(dir: string): Promise<{
  report: RunReport;
  ms: number;
  server: {
    requests: number;
    rateLimited: number;
    completed: number;
    inputTokens: number;
    outputTokens: number;
  };
}> {
  const server = await startFakeOpenAIServer({
    apiKey: API_KEY,
    latencyMs: LATENCY_MS,
    rateLimit: LIMIT,
  });
  const registry = new ProviderRegistry([openaiPlugin]);
  try {
    const provider = await registry.create("openai", {
      env: { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url },
    });
    const run = new Run();
    const client = new LLMClient({
      provider,
      run,
      cache: new FileCacheStore(join(dir, ".osmosis", "cache")),
    });
    const started = performance.now();
    const opened = await openProject({ projectDir: dir });
    const prompts = await DocumentationPrompts.create({
      project: opened.project,
      prompts: await loadPrompts({ jobs: DOCUMENTATION_JOBS, builtIn: BUILTIN_PROMPTS, env: {} }),
      vars: opened.vars,
    });
    const report = await documentProject({ opened, prompts, client, model: "gpt-4o-mini" });
    const ms = performance.now() - started;
    run.dispose();
    return { report, ms, server: { ...server.stats } };
  } finally {
    await registry.close();
    await server.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), "osmosis-bench-run-"));
try {
  const summary = await writeSyntheticProject(dir, { models: MODELS });
  const first = await documentOnce(dir);
  const rerun = await documentOnce(dir);
  clearInterval(sampler);
  const { report, server } = first;
  const calls = report.totals.calls + report.totals.failures;
  const ideal = idealMs({
    limit: { shape: "rolling", ...LIMIT },
    requests: server.requests - server.rateLimited,
    concurrency: 64,
    latencyMs: LATENCY_MS,
  });
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const done = report.nodes.filter((n) => n.status !== "failed").length;
  console.log(
    `\nThe documentation run on a synthetic project: ${summary.models.toLocaleString("en")} models, ${summary.sources} sources, ${summary.columns.toLocaleString("en")} columns (${summary.documentedColumns.toLocaleString("en")} documented); fake OpenAI at ${LIMIT.requestsPerMinute}/min (${LIMIT.burstSeconds} s burst), ${LATENCY_MS} ms per answer, limit not told`,
  );
  console.log("| measure | result | goal |");
  console.log("|---|---|---|");
  console.log(
    `| calls | ${calls.toLocaleString("en")} (${report.totals.nodes.toLocaleString("en")} nodes planned; ${report.totals.inherited} inherited only) | one per node that needs the LLM |`,
  );
  console.log(
    `| nodes done | ${done} of ${report.totals.nodes} (${report.totals.failed} failed) | 100% |`,
  );
  console.log(
    `| wall time | ${s(first.ms)} (the limit implies ${s(ideal)}: ${(first.ms / ideal).toFixed(2)}×) | ≤ 1.15× |`,
  );
  console.log(
    `| requests answered 429 | ${server.rateLimited} of ${server.requests} (${((100 * server.rateLimited) / server.requests).toFixed(1)}%) | < 2% |`,
  );
  console.log(
    `| tokens, report vs server | ${report.totals.input_tokens.toLocaleString("en")} / ${server.inputTokens.toLocaleString("en")} in, ${report.totals.output_tokens.toLocaleString("en")} / ${server.outputTokens.toLocaleString("en")} out | equal |`,
  );
  console.log(
    `| peak RSS (run + fake server, one process) | ${(peakRss / 1024 / 1024).toFixed(0)} MB | |`,
  );
  console.log(
    `| rerun of the unchanged project | ${rerun.server.requests} requests, ${s(rerun.ms)} | 0 calls, < 5 s |`,
  );
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
