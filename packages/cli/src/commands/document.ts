// `osmosis document`: plan → inherit → ask the LLM for what is still missing → write, with a live
// display, a cost gate, Ctrl-C that keeps everything written, a summary and a JSON report.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import {
  clientFromConfig,
  createLogger,
  defineProvider,
  LLMCancelledError,
  LLMConfigError,
  loadPrompts,
  Prices,
  type Provider,
  type ProviderPlugin,
  redactSecrets,
  runFromConfig,
} from "@osmosis/core";
import {
  BUILTIN_PROMPTS,
  type CostEstimate,
  DOCUMENTATION_JOBS,
  DocumentationPrompts,
  documentProject,
  estimateCost,
  type ReviewRequest,
  type RunReport,
  SchemaFileWriter,
  writeInheritedDocs,
} from "@osmosis/dbt";
import type { LoadedConfig } from "../config/load.js";
import { type CommandContext, ExitCode } from "../context.js";
import { isMissingCredential, secretsOf } from "../credentials.js";
import { unifiedDiff } from "../display/diff.js";
import { nodeLabel, plural, tokens, usd } from "../display/format.js";
import { createRunDisplay } from "../display/index.js";
import { formatSummary } from "../display/summary.js";
import { withoutHint } from "../errors.js";
import { confirm } from "../interaction.js";
import { createReviewer, type InteractiveReviewer } from "../review.js";
import {
  type LlmFlags,
  loadCommandConfig,
  modelFor,
  type OpenedForCommand,
  openAndPlan,
  type ProjectFlags,
  providerOrigin,
  registryFor,
} from "../setup.js";
import type { StopSignals } from "../signals.js";

export interface DocumentFlags extends ProjectFlags, LlmFlags {
  dryRun?: boolean | undefined;
  /** Write what inheritance finds and ask the LLM nothing (no key needed). */
  inheritOnly?: boolean | undefined;
  yes?: boolean | undefined;
  interactive?: boolean | undefined;
  report?: string | undefined;
  stats?: boolean | undefined;
  provenance?: boolean | undefined;
}

/** How long calls already out may finish after a first Ctrl-C before they are cut. */
export const GRACE_MS = 5_000;

export async function documentCommand(
  ctx: CommandContext,
  flags: DocumentFlags,
  signals: StopSignals,
): Promise<number> {
  const { stdout, stderr, colors } = ctx;
  const loaded = await loadCommandConfig(ctx, flags, flags);
  const config = loaded.config;
  // `--log-format json`: stdout carries JSON lines only (the events), for a tool to read.
  const json = config.logFormat === "json";
  // Options that cannot work together or here are refused before any work (a preview reviews
  // nothing, so it takes --interactive as a no-op).
  const interactive = flags.interactive === true && !flags.dryRun && !flags.inheritOnly;
  if (interactive && json) {
    throw new LLMConfigError("--interactive and --log-format json do not go together.", {
      field: "--interactive",
      hint: "JSON lines are for a tool to read, reviews for a person: leave one of them out.",
    });
  }
  if (interactive && !ctx.interactive) {
    throw new LLMConfigError("--interactive needs a terminal: stdin and stdout must be a TTY.", {
      field: "--interactive",
      hint: "Run it in a terminal, or leave --interactive out (use --dry-run to preview).",
    });
  }
  const opened = await openAndPlan(ctx, flags, config, signals.hard);
  for (const warning of [...opened.opened.warnings, ...opened.plan.selectionWarnings]) {
    stderr.write(`${colors.yellow("warning")} ${warning}\n`);
  }
  if (flags.inheritOnly && !flags.dryRun)
    return inheritOnly(ctx, opened, config.placeholders, flags.force);
  const prompts = await DocumentationPrompts.create({
    project: opened.opened.project,
    prompts: await loadPrompts({
      jobs: DOCUMENTATION_JOBS,
      builtIn: BUILTIN_PROMPTS,
      cliFile: flags.prompts,
      env: ctx.env,
      config: config.prompts,
      configFile: loaded.displayFile,
      cwd: ctx.cwd,
    }),
    settings: config.documentation,
    vars: opened.opened.vars,
    placeholders: config.placeholders,
  });
  await prompts.annotatePlan(opened.plan);

  const registry = registryFor(ctx, loaded, opened.projectDir);
  try {
    const plugin = await registry.load(config.provider, providerOrigin(loaded));
    const model = modelFor(plugin, loaded, ctx.env);
    let provider: Provider | undefined;
    let noKey: LLMConfigError | undefined;
    try {
      provider = await registry.create(config.provider, {
        options: config.providers[plugin.name] ?? config.providers[config.provider],
        env: ctx.env,
        file: loaded.displayFile,
      });
    } catch (error) {
      if (!isMissingCredential(error)) throw error;
      noKey = error as LLMConfigError;
    }
    const estimate = estimateCost(opened.plan, {
      prices: new Prices(undefined, config.prices),
      provider: plugin.name,
      model,
      local: provider?.isLocal?.(model) ?? false,
    });

    if (noKey && !flags.dryRun && estimate.calls === 0) {
      // Nothing is left for the LLM: the free part needs no key.
      const missing = noKey;
      provider = defineProvider({
        id: plugin.name,
        generate: () => Promise.reject(missing),
      });
      noKey = undefined;
    }
    if (flags.dryRun || noKey) {
      await preview(ctx, opened, config.placeholders, estimate, plugin, model);
      if (noKey && !flags.dryRun) {
        stdout.write(
          `\n${colors.yellow("Nothing was written:")} ${withoutHint(noKey)} ${howToRun(noKey)}\n`,
        );
        // In CI a missing key is a configuration error; elsewhere the preview is the answer.
        return ctx.ci ? ExitCode.input : ExitCode.ok;
      }
      // --dry-run asked for no call: a key not set yet is no error, only worth saying.
      if (noKey)
        stdout.write(`\n${colors.yellow("Note:")} ${withoutHint(noKey)} ${noKey.hint ?? ""}\n`);
      stdout.write(
        `\n${colors.dim("Dry run: nothing was called or written. Run without --dry-run to write these descriptions.")}\n`,
      );
      return ExitCode.ok;
    }
    if (!provider) throw new Error("unreachable: no provider and no preview");

    // A cap on spending needs a price to count against: say so now, not after the first call.
    if (config.budgetUsd !== undefined && estimate.calls > 0 && estimate.costUsd === null) {
      throw new LLMConfigError(
        `A spending cap of ${usd(config.budgetUsd)} is set, but the price of ${plugin.name}/${model} is unknown.`,
        {
          field: "prices",
          hint: `Add it under \`prices\` in osmosis.config.ts, e.g. prices: { "${model}": { input: 0.15, output: 0.6 } } (US dollars per million tokens), or drop --max-cost / budgetUsd.`,
        },
      );
    }
    // Before spending: the estimate, and a question on a terminal when it is above the threshold.
    const needed = estimate.calls > 0;
    if (needed) {
      if (!json) stdout.write(`${estimateLine(estimate, plugin.name, model, colors)}\n`);
      const above = estimate.costUsd === null || estimate.costUsd > config.confirmAboveUsd;
      if (above && !flags.yes && ctx.interactive && !json) {
        const go = await confirm(
          ctx,
          `Spend about ${usd(estimate.costUsd)} on ${plural(estimate.calls, "call")}?`,
        );
        if (!go) {
          stdout.write("Nothing was written. Rerun with --yes to skip this question.\n");
          return ExitCode.ok;
        }
      }
    }

    const display = createRunDisplay(ctx, { live: stdout.isTTY && !ctx.ci, json });
    const secrets = secretsOf(config.providers, ctx.env);
    const logger = createLogger({
      // The panel and the summary count retries and waits: log lines are for warnings, unless
      // a level was asked for.
      level: logLevelAsked(loaded) ? config.logLevel : "warn",
      format: config.logFormat,
      secrets,
      write: (line) => display.log(line),
    });
    const run = runFromConfig(config, { logger, signal: signals.hard });
    // A first Ctrl-C: no new calls; the ones out get GRACE_MS, then the run is stopped for good.
    const onDrain = () => {
      display.log(
        colors.yellow(
          `Stopping: no new calls; ${plural(Math.round(GRACE_MS / 1000), "second")} for the ones out. Ctrl-C again to quit at once.`,
        ),
      );
      const timer = setTimeout(
        () => run.stop("cancelled", new LLMCancelledError("The run was stopped with Ctrl-C.")),
        GRACE_MS,
      );
      timer.unref();
    };
    if (signals.drain.aborted) onDrain();
    else signals.drain.addEventListener("abort", onDrain, { once: true });
    const client = clientFromConfig(config, provider, run, opened.projectDir);
    let reviewer: InteractiveReviewer | undefined;
    if (interactive) reviewer = createReviewer(ctx, opened.opened.project, display);
    let report: RunReport;
    try {
      report = await documentProject({
        opened: opened.opened,
        prompts,
        client,
        model,
        plan: opened.plan,
        placeholders: config.placeholders,
        provenance: flags.provenance ?? config.provenance,
        // A vendor's error message may repeat the key (a gateway echoing its caller): scrub it.
        onEvent: (event) =>
          display.onEvent(
            event.type === "failed"
              ? { ...event, message: redactSecrets(event.message, secrets) }
              : event,
          ),
        drain: signals.drain,
        ...(reviewer ? { review: (request: ReviewRequest) => reviewer.review(request) } : {}),
      });
    } finally {
      display.close();
      signals.drain.removeEventListener("abort", onDrain);
      run.dispose();
    }
    report = scrubReport(report, secrets);
    // In JSON mode the last line (`finished`) carries the report: no human summary.
    if (!json) stdout.write(formatSummary(report, colors));
    if (flags.report) {
      const path = resolve(ctx.cwd, flags.report);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
      if (!json) {
        stdout.write(`${colors.dim(`Report written to ${relative(ctx.cwd, path) || path}`)}\n`);
      }
    }
    if (report.stopped?.reason === "cancelled") return 130;
    return report.totals.failed > 0 || report.stopped?.reason === "fatal"
      ? ExitCode.failed
      : ExitCode.ok;
  } finally {
    await registry.close();
  }
}

function logLevelAsked(loaded: LoadedConfig): boolean {
  const { file, env, flags } = loaded.levels;
  return [file, env, flags].some((level) => level.logLevel !== undefined);
}

/** One line: how to get from the preview to a real run. */
function howToRun(noKey: LLMConfigError): string {
  const fix = noKey.hint
    ? `${noKey.hint.replace(/\.$/, "")}, then run the same command`
    : "Set the key and run the same command";
  return `${fix}; or use a local model with no key: \`ollama pull llama3.2\`, then add --provider ollama.`;
}

function estimateLine(
  estimate: CostEstimate,
  provider: string,
  model: string,
  colors: CommandContext["colors"],
): string {
  return `${colors.bold("Estimate")} ${plural(estimate.calls, "call")} to ${provider}/${model}: ~${tokens(estimate.promptTokens)} prompt tokens, ~${tokens(estimate.outputTokens)} output tokens, ${usd(estimate.costUsd)}${estimate.note ? colors.dim(` (${estimate.note})`) : ""}`;
}

/**
 * `--inherit-only`: every description upstream already gives, written for free; the LLM is not
 * asked (no key needed), and what is left for it is counted.
 */
async function inheritOnly(
  ctx: CommandContext,
  opened: OpenedForCommand,
  placeholders: readonly string[],
  force: boolean | undefined,
): Promise<number> {
  const { stdout, colors } = ctx;
  const writer = new SchemaFileWriter({ rootDir: opened.projectDir });
  const results = await writeInheritedDocs(writer, opened.opened.project, opened.plan.nodes, {
    placeholders,
    ...(force ? { force: true } : {}),
  });
  const files = new Set(results.filter((r) => r.changed).map((r) => r.path));
  const written = results.reduce((sum, r) => sum + r.applied.length, 0);
  stdout.write(
    `${colors.green("Inherited")} ${plural(written, "description")} into ${plural(files.size, "schema file")}, free.\n`,
  );
  for (const file of [...files].sort()) stdout.write(`  ${relative(opened.projectDir, file)}\n`);
  const t = opened.plan.totals;
  if (t.nodesNeedingLlm > 0) {
    stdout.write(
      `${plural(t.columnsLlm, "column")} and ${plural(t.descriptionsLlm, "node description")} in ${plural(t.nodesNeedingLlm, "node")} still need the LLM: run \`osmosis document\` without --inherit-only.\n`,
    );
  }
  return ExitCode.ok;
}

/** The plan, the diff of what inheritance writes for free, and what the LLM part would cost. */
async function preview(
  ctx: CommandContext,
  opened: OpenedForCommand,
  placeholders: readonly string[],
  estimate: CostEstimate,
  plugin: ProviderPlugin,
  model: string,
): Promise<void> {
  const { stdout, colors } = ctx;
  const { plan } = opened;
  const t = plan.totals;
  stdout.write(
    `${colors.bold("Plan")} ${plural(t.nodes, "node")} selected: ${t.nodesNeedingLlm} need the LLM (${plural(t.columnsLlm, "column")}${t.descriptionsLlm ? `, ${plural(t.descriptionsLlm, "description")}` : ""}), ${plural(t.columnsInherited, "column")} inherited for free\n`,
  );
  for (const node of plan.nodes) {
    const llm = node.columns.filter((c) => c.state === "llm").length;
    const inherited = node.columns.filter((c) => c.state === "inherited").length;
    if (llm === 0 && inherited === 0 && node.description.state !== "llm") continue;
    const parts = [];
    if (node.description.state === "llm") parts.push("description");
    if (llm > 0) parts.push(`${plural(llm, "column")} by the LLM`);
    if (inherited > 0) parts.push(`${inherited} inherited`);
    stdout.write(`  ${nodeLabel(node.uniqueId, node.name)}  ${colors.dim(parts.join(", "))}\n`);
  }
  // What inheritance writes, on a writer that keeps the new text in memory.
  const writer = new SchemaFileWriter({ rootDir: opened.projectDir, dryRun: true });
  await writeInheritedDocs(writer, opened.opened.project, plan.nodes, { placeholders });
  const changes = writer.changes();
  if (changes.length > 0) {
    stdout.write(
      `\n${colors.bold("Inheritance")} would change ${plural(changes.length, "file")}:\n`,
    );
    for (const change of changes) {
      stdout.write(
        unifiedDiff(
          { path: change.relativePath, before: change.before, after: change.after },
          colors,
        ),
      );
    }
  } else {
    stdout.write(`\n${colors.dim("Inheritance changes no file.")}\n`);
  }
  stdout.write(
    `\n${estimate.calls > 0 ? estimateLine(estimate, plugin.name, model, colors) : "Nothing is left for the LLM."}\n`,
  );
}

/** The report without any secret in its messages, for the summary and the report file. */
function scrubReport(report: RunReport, secrets: readonly string[]): RunReport {
  const scrub = (text: string) => redactSecrets(text, secrets);
  return {
    ...report,
    nodes: report.nodes.map((node) => ({
      ...node,
      ...(node.reason === undefined ? {} : { reason: scrub(node.reason) }),
      ...(node.error ? { error: { ...node.error, message: scrub(node.error.message) } } : {}),
    })),
    ...(report.stopped
      ? { stopped: { ...report.stopped, message: scrub(report.stopped.message) } }
      : {}),
  };
}
