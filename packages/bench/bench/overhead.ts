// Benchmark: CPU that osmosis core adds to each call (limiter, retry, timeout, usage, logging),
// measured against the MockProvider with no latency: 10,000 calls through LLMClient minus the
// same 10,000 calls made on the provider directly.
// Run: pnpm --filter @osmosis/bench bench:overhead
import { type GenerateRequest, LLMClient, Run } from "@osmosis/core";
import { MockProvider } from "@osmosis/testing";
import { MODEL, prompt, SCHEMA, SYSTEM } from "./harness.js";

const CALLS = Number(process.env.BENCH_CALLS ?? 10_000);

const request = (i: number): GenerateRequest => ({
  model: MODEL,
  system: SYSTEM,
  messages: [{ role: "user", content: prompt(i) }],
  output: { name: "model_doc", schema: SCHEMA as unknown as Record<string, unknown> },
});

function provider() {
  return new MockProvider({
    respond: () => ({
      json: { description: "One row per order.", columns: [] },
      usage: { inputTokens: 60, outputTokens: 12 },
    }),
  });
}

/** CPU microseconds (user + system) spent by `work`. */
async function cpu(work: () => Promise<void>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

async function direct(): Promise<number> {
  const p = provider();
  return cpu(async () => {
    for (let i = 0; i < CALLS; i++) await p.generate(request(i));
  });
}

async function throughCore(): Promise<number> {
  const run = new Run();
  const client = new LLMClient({ provider: provider(), run });
  const micros = await cpu(async () => {
    for (let i = 0; i < CALLS; i++) await client.generate(request(i));
  });
  if (run.usage.summary().totals.calls !== CALLS) throw new Error("not every call was counted");
  return micros;
}

// Warm up the JIT on both paths, then take the median of five rounds.
await direct();
await throughCore();
const rounds: Array<{ direct: number; core: number }> = [];
for (let r = 0; r < 5; r++) rounds.push({ direct: await direct(), core: await throughCore() });
const overheads = rounds.map((r) => (r.core - r.direct) / CALLS / 1_000).sort((a, b) => a - b);
const median = overheads[Math.floor(overheads.length / 2)] ?? Number.NaN;
const directMs = rounds.map((r) => r.direct / CALLS / 1_000).sort((a, b) => a - b)[2] ?? Number.NaN;

console.log(
  `\nCore overhead per call, ${CALLS.toLocaleString("en")} calls against the MockProvider (median of 5 rounds)`,
);
console.log("| path | CPU ms per call |");
console.log("|---|---|");
console.log(`| provider.generate directly | ${directMs.toFixed(4)} |`);
console.log(`| added by LLMClient (limiter, retry, timeout, usage, log) | ${median.toFixed(4)} |`);
console.log(`goal: under 0.2 ms — ${median < 0.2 ? "met" : "NOT met"}`);
