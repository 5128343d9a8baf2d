// `osmosis check`: how much of the project is documented once free inheritance is counted, against
// a threshold: a CI gate that makes no call and writes nothing.
import type { DocumentationPlan } from "@osmosis/dbt";
import { type CommandContext, ExitCode } from "../context.js";
import { nodeLabel, plural } from "../display/format.js";
import { UsageError } from "../errors.js";
import { loadCommandConfig, openAndPlan, type ProjectFlags } from "../setup.js";

export interface CheckFlags extends ProjectFlags {
  /** Percent of nodes and of columns that must have a description (default: config, else 100). */
  threshold?: number | undefined;
  json?: boolean | undefined;
}

export interface Coverage {
  nodes: { total: number; documented: number; percent: number };
  columns: { total: number; documented: number; inherited: number; percent: number };
  threshold: number;
  passed: boolean;
  missing: Array<{ unique_id: string; name: string; description: boolean; columns: string[] }>;
}

export function coverageOf(plan: DocumentationPlan, threshold: number): Coverage {
  let nodesDocumented = 0;
  let columns = 0;
  let columnsDocumented = 0;
  let inherited = 0;
  const missing: Coverage["missing"] = [];
  for (const node of plan.nodes) {
    const description = node.description.state === "llm";
    if (!description) nodesDocumented++;
    const lacking: string[] = [];
    for (const column of node.columns) {
      columns++;
      if (column.state === "llm") lacking.push(column.name);
      else columnsDocumented++;
      if (column.state === "inherited") inherited++;
    }
    if (description || lacking.length > 0) {
      missing.push({ unique_id: node.uniqueId, name: node.name, description, columns: lacking });
    }
  }
  const percent = (part: number, whole: number) =>
    whole === 0 ? 100 : Math.floor((1000 * part) / whole) / 10;
  const nodes = {
    total: plan.nodes.length,
    documented: nodesDocumented,
    percent: percent(nodesDocumented, plan.nodes.length),
  };
  const cols = {
    total: columns,
    documented: columnsDocumented,
    inherited,
    percent: percent(columnsDocumented, columns),
  };
  return {
    nodes,
    columns: cols,
    threshold,
    passed: nodes.percent >= threshold && cols.percent >= threshold,
    missing,
  };
}

export async function checkCommand(ctx: CommandContext, flags: CheckFlags): Promise<number> {
  if (flags.threshold !== undefined && !(flags.threshold >= 0 && flags.threshold <= 100)) {
    throw new UsageError(
      `--threshold ${flags.threshold} is not a percentage.`,
      "Give a number from 0 to 100, e.g. --threshold 80.",
    );
  }
  const loaded = await loadCommandConfig(ctx, flags);
  const { opened, plan } = await openAndPlan(ctx, flags, loaded.config);
  const threshold = flags.threshold ?? loaded.config.check.minCoverage;
  const coverage = coverageOf(plan, threshold);
  const { stdout, stderr, colors } = ctx;
  if (flags.json) {
    stdout.write(`${JSON.stringify(coverage, null, 2)}\n`);
    return coverage.passed ? ExitCode.ok : ExitCode.failed;
  }
  for (const warning of [...opened.warnings, ...plan.selectionWarnings]) {
    stderr.write(`${colors.yellow("warning")} ${warning}\n`);
  }
  const mark = (p: number) => (p >= threshold ? colors.green(`${p}%`) : colors.red(`${p}%`));
  stdout.write(
    `${colors.bold("Nodes")}    ${mark(coverage.nodes.percent)} described (${coverage.nodes.documented} of ${coverage.nodes.total})\n`,
  );
  stdout.write(
    `${colors.bold("Columns")}  ${mark(coverage.columns.percent)} described (${coverage.columns.documented} of ${coverage.columns.total}, ${coverage.columns.inherited} of them by free inheritance)\n`,
  );
  if (coverage.missing.length > 0) {
    stdout.write(`\n${colors.bold("Missing")} (${plural(coverage.missing.length, "node")}):\n`);
    for (const node of coverage.missing) {
      const parts = [
        ...(node.description ? ["description"] : []),
        ...(node.columns.length > 0
          ? [`${plural(node.columns.length, "column")}: ${node.columns.join(", ")}`]
          : []),
      ];
      stdout.write(`  ${nodeLabel(node.unique_id, node.name)}  ${colors.dim(parts.join("; "))}\n`);
    }
  }
  stdout.write(
    `\n${coverage.passed ? colors.green("Passed") : colors.red("Below the threshold")}: ${threshold}% required.${coverage.passed ? "" : " `osmosis document` fills the gaps (free inheritance first, then the LLM)."}\n`,
  );
  return coverage.passed ? ExitCode.ok : ExitCode.failed;
}
