// Benchmark: memory over a long run. 100,000 structured calls through one LLMClient in one Run,
// 16 at a time, against a provider that answers at once with a vendor's limit headers (and a 429
// now and then, so the limiter's refusal bookkeeping runs too). Heap after a forced GC at
// checkpoints: it must stay flat.
// Run: pnpm --filter @osmosis/bench bench:memory   (needs node --expose-gc; the script sets it)
import {
  defineProvider,
  type GenerateResult,
  LLMClient,
  LLMRateLimitError,
  Run,
} from "@osmosis/core";
import { pool, prompt, SCHEMA, SYSTEM } from "./harness.js";

const CALLS = Number(process.env.BENCH_CALLS ?? 100_000);
const CHECKPOINTS = [...[1_000, 10_000, 50_000].filter((n) => n < CALLS), CALLS];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc (pnpm bench:memory does).");

let served = 0;
// A generous stated limit (OpenAI's top tier), far above what an instant provider is asked.
const rateLimit = {
  limitRequests: 30_000_000,
  remainingRequests: 29_999_000,
  resetRequestsMs: 2,
  limitTokens: 150_000_000_000,
  remainingTokens: 149_999_000_000,
  resetTokensMs: 2,
};
const provider = defineProvider({
  id: "openai",
  capabilities: { usage: true, jsonSchema: true, rateLimitHeaders: true },
  async generate(request): Promise<GenerateResult> {
    served += 1;
    // One request in 1,000 refused for a millisecond.
    if (served % 1_000 === 0) {
      throw new LLMRateLimitError("429", {
        retryAfterMs: 1,
        rateLimit: { ...rateLimit, remainingRequests: 0 },
      });
    }
    return {
      text: '{"description":"One row per order.","columns":[]}',
      finishReason: "stop",
      model: request.model,
      usage: { inputTokens: 60, outputTokens: 12 },
      rateLimit,
    };
  },
});

const run = new Run();
const client = new LLMClient({ provider, run });
const heap = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const rows: Array<{ calls: number; heapMb: number; rssMb: number }> = [];
let done = 0;
const started = performance.now();
for (const checkpoint of CHECKPOINTS) {
  const batch = checkpoint - done;
  const result = await pool(batch, 16, (i) =>
    client.generate({
      model: "gpt-4o-mini",
      system: SYSTEM,
      messages: [{ role: "user", content: prompt(done + i) }],
      output: { name: "model_doc", schema: SCHEMA as unknown as Record<string, unknown> },
    }),
  );
  if (result.failed > 0) throw new Error(`${result.failed} calls failed`);
  done = checkpoint;
  rows.push({ calls: done, heapMb: heap(), rssMb: process.memoryUsage().rss / 1024 / 1024 });
}
const seconds = (performance.now() - started) / 1000;
const totals = run.usage.summary().totals;
run.dispose();

console.log(
  `\nMemory over ${CALLS.toLocaleString("en")} calls in one run (16 in flight, ${totals.rateLimited} refusals retried, ${seconds.toFixed(0)} s)`,
);
console.log("| calls | heap used after GC, MB | RSS, MB |");
console.log("|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.calls.toLocaleString("en")} | ${r.heapMb.toFixed(1)} | ${r.rssMb.toFixed(0)} |`,
  );
}
const first = rows[0]?.heapMb ?? 0;
const last = rows.at(-1)?.heapMb ?? 0;
const growth = last - first;
console.log(
  `heap growth from ${CHECKPOINTS[0]?.toLocaleString("en")} to ${CALLS.toLocaleString("en")} calls: ${growth.toFixed(1)} MB — ${growth < 5 ? "bounded" : "GROWING"}`,
);
if (totals.calls !== CALLS) throw new Error(`counted ${totals.calls} calls of ${CALLS}`);
