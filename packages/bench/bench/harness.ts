// Shared pieces of the benchmarks: the workload, a worker pool, and table printing.
import type { FakeOpenAIServer } from "@osmosis/testing";

export const MODEL = "gpt-4o-mini";
export const API_KEY = "sk-bench-0123456789abcdefghijklmnopqrstuv";
export const SYSTEM = "You document dbt models. Answer with JSON only.";

/** The structured answer every client asks for: a model description and its columns. */
export const SCHEMA = {
  type: "object",
  properties: {
    description: { type: "string" },
    columns: {
      type: "array",
      items: {
        type: "object",
        properties: { name: { type: "string" }, description: { type: "string" } },
        required: ["name", "description"],
        additionalProperties: false,
      },
    },
  },
  required: ["description", "columns"],
  additionalProperties: false,
} as const;

export function prompt(i: number): string {
  return `Document the dbt model stg_orders_${i}:\nselect order_id, customer_id, ordered_at, amount from raw.orders_${i}`;
}

export interface Outcome {
  client: string;
  wallMs: number;
  idealMs: number;
  completed: number;
  failed: number;
  requests: number;
  rateLimited: number;
  retries: number;
  /** Tokens the client counted / tokens the server billed, when the client counts them. */
  tokens?: string;
}

/** Runs `count` jobs with `concurrency` workers; returns how many succeeded and failed. */
export async function pool(
  count: number,
  concurrency: number,
  job: (i: number) => Promise<unknown>,
): Promise<{ completed: number; failed: number; errors: Map<string, number> }> {
  let next = 0;
  let completed = 0;
  let failed = 0;
  const errors = new Map<string, number>();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        try {
          await job(i);
          completed += 1;
        } catch (error) {
          failed += 1;
          const name = error instanceof Error ? error.constructor.name : "unknown";
          errors.set(name, (errors.get(name) ?? 0) + 1);
        }
      }
    }),
  );
  return { completed, failed, errors };
}

/** Lets the server's buckets refill completely between two clients. */
export async function pause(server: FakeOpenAIServer, ms = 2_000): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  server.reset();
}

export function printTable(title: string, outcomes: Outcome[]): void {
  const rows = outcomes.map((o) => ({
    client: o.client,
    completed: `${o.completed} (${((o.completed / (o.completed + o.failed)) * 100).toFixed(0)}%)`,
    "wall s": (o.wallMs / 1000).toFixed(1),
    "ideal s": (o.idealMs / 1000).toFixed(1),
    // The share of the limit's rate reached: 1 is as fast as the limit allows.
    "rate share": o.completed === o.completed + o.failed ? (o.idealMs / o.wallMs).toFixed(2) : "–",
    requests: o.requests,
    "429s": `${o.rateLimited} (${((o.rateLimited / Math.max(1, o.requests)) * 100).toFixed(1)}%)`,
    retries: o.retries,
    "tokens counted / billed": o.tokens ?? "–",
  }));
  console.log(`\n${title}`);
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) =>
    Math.max(h.length, ...rows.map((r) => String(r[h as keyof typeof r]).length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(headers.map((h) => String(r[h as keyof typeof r]))));
}
