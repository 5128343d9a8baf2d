// The end of a run: what happened to each kind of node (with every failure's reason and code),
// what was spent, how long it took.
import type { RunReport } from "@osmosis/dbt";
import type { Colors } from "../context.js";
import { duration, nodeLabel, plural, tokens, usd } from "./format.js";

/** At most this many names per list; the report file has them all. */
const LIST_LIMIT = 20;

function list(items: readonly string[]): string[] {
  const shown = items.slice(0, LIST_LIMIT).map((item) => `    ${item}`);
  if (items.length > LIST_LIMIT)
    shown.push(`    … and ${items.length - LIST_LIMIT} more (see --report)`);
  return shown;
}

export function formatSummary(report: RunReport, colors: Colors): string {
  const t = report.totals;
  const lines: string[] = [""];
  if (report.stopped) {
    lines.push(
      colors.yellow(`Stopped early (${report.stopped.reason}): ${report.stopped.message}`),
    );
  }
  // "Skipped" because nothing was missing is not news: counted apart from work left undone.
  const complete = report.nodes.filter(
    (n) => n.status === "skipped" && n.reason === "nothing is missing",
  ).length;
  const counts = [
    `${colors.green(String(t.documented))} documented`,
    `${colors.green(String(t.inherited))} inherited`,
    `${t.needs_human > 0 ? colors.yellow(String(t.needs_human)) : "0"} need a person`,
    `${t.skipped - complete} skipped`,
    `${t.failed > 0 ? colors.red(String(t.failed)) : "0"} failed`,
    ...(complete > 0 ? [`${complete} had nothing missing`] : []),
  ];
  lines.push(`${colors.bold("Nodes")}    ${counts.join(" · ")}  (of ${t.nodes})`);
  lines.push(
    `${colors.bold("Columns")}  ${t.columns_llm} written by the LLM · ${t.columns_inherited} inherited · ${t.columns_needs_human} left for a person · ${t.descriptions_llm} node descriptions`,
  );
  const failed = report.nodes.filter((n) => n.status === "failed");
  if (failed.length > 0) {
    lines.push(colors.red("Failed:"));
    lines.push(
      ...list(
        failed.map(
          (n) =>
            `${nodeLabel(n.unique_id, n.name)}  ${colors.red(n.error?.code ?? "error")}  ${n.error?.message.split("\n")[0] ?? ""}`,
        ),
      ),
    );
  }
  const human = report.nodes.flatMap((n) => [
    ...(n.description === "needs-human"
      ? [`${nodeLabel(n.unique_id, n.name)} (its description)`]
      : []),
    ...n.columns.needs_human.map((c) => `${nodeLabel(n.unique_id, n.name)}.${c}`),
  ]);
  if (human.length > 0) {
    lines.push(
      colors.yellow("Left for a person (the model could not tell from the SQL and context):"),
    );
    lines.push(...list(human));
  }
  const skipped = report.nodes.filter(
    (n) => n.status === "skipped" && n.reason && n.reason !== "nothing is missing",
  );
  if (skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const n of skipped)
      reasons.set(n.reason as string, (reasons.get(n.reason as string) ?? 0) + 1);
    lines.push(colors.dim("Skipped:"));
    for (const [reason, count] of reasons)
      lines.push(colors.dim(`    ${plural(count, "node")}: ${reason}`));
  }
  lines.push(
    `${colors.bold("Calls")}    ${t.calls} · ${t.cache_hits} from the cache · ${t.retries} retries · ${t.rate_limited} answered 429 · ${t.failures} failed`,
  );
  lines.push(
    `${colors.bold("Tokens")}   ${tokens(t.input_tokens)} in (${tokens(t.cached_input_tokens)} cached) · ${tokens(t.output_tokens)} out`,
  );
  lines.push(
    `${colors.bold("Cost")}     ${usd(t.cost_usd)} · ${report.provider}/${report.model} · ${duration(t.duration_ms)}`,
  );
  return `${lines.join("\n")}\n`;
}
