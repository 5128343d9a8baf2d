// The `osmosis` command line: commands, options (dbt's spellings, and the improvement plan's
// `--llm-*` names as hidden aliases), help texts, and how errors become exit codes.

import { LOG_LEVELS } from "@osmosis/core";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { checkCommand } from "./commands/check.js";
import { documentCommand } from "./commands/document.js";
import { initCommand } from "./commands/init.js";
import { promptsCommand } from "./commands/prompts.js";
import { testLlmCommand } from "./commands/test-llm.js";
import { type CommandContext, ExitCode } from "./context.js";
import { exitCodeOf, formatError } from "./errors.js";
import { handleStopSignals, noStopSignals } from "./signals.js";
import { VERSION } from "./version.js";

function number(what: string, check: (n: number) => boolean = (n) => n > 0) {
  return (raw: string): number => {
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(n) || !check(n)) {
      throw new InvalidArgumentError(`expected ${what}, got "${raw}".`);
    }
    return n;
  };
}

/** Parsed options, as commander hands them over (checked again by the config schema). */
type Options = Record<string, unknown> & { select?: string[] };

const wholeNumber = (what: string) => number(what, (n) => Number.isInteger(n) && n >= 0);

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  ...value.split(/[\s,]+/).filter(Boolean),
];

/** Options of every command that reads a dbt project. */
function projectOptions(command: Command): Command {
  return command
    .option("--project-dir <dir>", "the dbt project's folder (default: DBT_PROJECT_DIR, else here)")
    .option(
      "--manifest <file>",
      "the manifest to read (default: <project-dir>/target/manifest.json)",
    )
    .option("--catalog <file>", "the catalog to read (default: target/catalog.json when it exists)")
    .option("--no-catalog", "ignore catalog.json: column lists from YAML and SQL only")
    .option(
      "-s, --select <selector...>",
      "dbt node selection: names, path:, tag:, +graph, @, state:modified",
      collect,
    )
    .option("--exclude <selector...>", "nodes to leave out, same syntax", collect)
    .option(
      "--state <dir>",
      "the previous manifest's folder, for state:modified (as dbt's --state)",
    )
    .option("--parse", "run `dbt parse` first when the manifest is missing or stale")
    .option("--config <file>", "this config file, instead of searching from the project folder");
}

/** Options of the commands that talk to a model. */
function llmOptions(command: Command): Command {
  return command
    .option(
      "--provider <id>",
      "openai, anthropic, gemini, ollama, azure-openai, lm-studio, or a plugin's id (also --llm-provider)",
    )
    .addOption(new Option("--llm-provider <id>").hideHelp())
    .option("--model <id>", "the model to ask (also --llm-model)")
    .addOption(new Option("--llm-model <id>").hideHelp())
    .option(
      "--timeout <seconds>",
      "per-request timeout (also --llm-timeout)",
      number("a number of seconds above 0"),
    )
    .addOption(
      new Option("--llm-timeout <seconds>")
        .hideHelp()
        .argParser(number("a number of seconds above 0")),
    )
    .option(
      "--max-retries <n>",
      "retries of a failing call (server errors, resets, timeouts)",
      wholeNumber("a whole number"),
    )
    .option(
      "--concurrency <n>",
      "most calls at once (the limiter adapts below it)",
      number("a whole number above 0", (n) => Number.isInteger(n) && n > 0),
    )
    .option(
      "--rpm <n>",
      "the vendor's requests-per-minute limit, when you know it",
      number("a number above 0"),
    )
    .option(
      "--tpm <n>",
      "the vendor's tokens-per-minute limit, when you know it",
      number("a number above 0"),
    )
    .option(
      "--prompts <file>",
      "a prompt file over the config's and the built-in prompts (also --llm-prompt-file)",
    )
    .addOption(new Option("--llm-prompt-file <file>").hideHelp())
    .option(
      "--no-cache",
      "ask again even when an identical request was answered before (also --no-llm-cache)",
    )
    .addOption(new Option("--no-llm-cache").hideHelp())
    .addOption(new Option("--log-level <level>", "how much to log").choices(LOG_LEVELS))
    .addOption(
      new Option("--log-format <format>", "log lines as text or JSON").choices(["human", "json"]),
    );
}

/** Folds the `--llm-*` aliases into the main names. */
function unalias<T extends Record<string, unknown>>(options: T): T {
  const o = options as Record<string, unknown>;
  const pairs: Array<[string, string]> = [
    ["llmProvider", "provider"],
    ["llmModel", "model"],
    ["llmTimeout", "timeout"],
    ["llmPromptFile", "prompts"],
    ["llmDryRun", "dryRun"],
    ["llmMaxCost", "maxCost"],
    ["llmStats", "stats"],
  ];
  for (const [alias, name] of pairs) {
    if (o[alias] !== undefined && o[name] === undefined) o[name] = o[alias];
    delete o[alias];
  }
  if (o.llmCache === false) o.cache = false;
  delete o.llmCache;
  return options;
}

export interface RunCliOptions {
  /** Called for a second Ctrl-C: leave at once (default: process.exit(130)). */
  exitNow?: () => void;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  ctx: CommandContext,
  options: RunCliOptions = {},
): Promise<number> {
  let code: number = ExitCode.ok;
  const program = new Command()
    .name("osmosis")
    .description(
      "Writes the missing descriptions of a dbt project's models and columns with an LLM: free inheritance first, one call per model, your own words never touched.",
    )
    .version(VERSION, "-v, --version")
    .option("--no-color", "no colour in the output (NO_COLOR works too)")
    .showHelpAfterError("(run with --help for the options)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error:/, ctx.colors.red("error:"))),
    });

  llmOptions(
    projectOptions(
      program
        .command("document")
        .description(
          "document the selected nodes: inherit what upstream already says, ask the LLM for the rest, write the schema YAML",
        )
        .argument("[selectors...]", "dbt selectors, as --select takes them"),
    ),
  )
    .option(
      "--dry-run",
      "no call and no write: the plan, the diff inheritance would make, the cost estimate (also --llm-dry-run)",
    )
    .addOption(new Option("--llm-dry-run").hideHelp())
    .option(
      "--inherit-only",
      "write only what inheritance finds (free, no key needed); ask the LLM nothing",
    )
    .option(
      "--force",
      "replace human-written column descriptions with inherited ones (never Jinja or doc() ones)",
    )
    .option(
      "--max-cost <usd>",
      "stop starting calls before the spend could pass this (also --llm-max-cost)",
      number("a number of US dollars above 0"),
    )
    .addOption(
      new Option("--llm-max-cost <usd>")
        .hideHelp()
        .argParser(number("a number of US dollars above 0")),
    )
    .option("-y, --yes", "do not ask before spending above confirmAboveUsd")
    .option(
      "-i, --interactive",
      "review each node's descriptions as a diff: accept, edit or skip before it is written",
    )
    .option(
      "--report <file>",
      "write the run's JSON report here (schema: @osmosis/dbt/schemas/run-report.v1.json)",
    )
    .option("--provenance", "mark generated descriptions with meta.osmosis (model and date)")
    .option(
      "--stats",
      "token and cost totals in the summary (always shown; kept for --llm-stats users)",
    )
    .addOption(new Option("--llm-stats").hideHelp())
    .addHelpText(
      "after",
      `
Examples:
  osmosis document --dry-run                    what would change, and what it would cost
  osmosis document -s marts --max-cost 2        the marts folder, at most $2
  osmosis document state:modified --state prod-artifacts --yes   only what a change touched (CI)

Exit codes: 0 done, 1 some nodes failed, 2 configuration or input error, 130 stopped with Ctrl-C.`,
    )
    .action(async (selectors: string[], opts: Options) => {
      const flags = unalias({ ...opts }) as Parameters<typeof documentCommand>[1];
      flags.select = [...selectors, ...(opts.select ?? [])];
      const handling = handleStopSignals(options.exitNow ?? (() => process.exit(130)));
      try {
        code = await documentCommand(ctx, flags, handling.signals);
      } finally {
        handling.dispose();
      }
    });

  projectOptions(
    program
      .command("check")
      .description(
        "coverage of model and column descriptions after free inheritance; exit 1 below the threshold (no call, no write)",
      )
      .argument("[selectors...]", "dbt selectors, as --select takes them"),
  )
    .option(
      "--threshold <percent>",
      "percent of nodes and of columns that must be described (default: check.minCoverage, else 100)",
      number("a percentage from 0 to 100", (n) => n >= 0 && n <= 100),
    )
    .option("--json", "print the coverage as JSON")
    .action(async (selectors: string[], opts: Options) => {
      code = await checkCommand(ctx, { ...opts, select: [...selectors, ...(opts.select ?? [])] });
    });

  llmOptions(
    program
      .command("test-llm")
      .alias("doctor")
      .description(
        "one tiny structured request to the configured provider: latency, structured output, the limits it reports, and what to fix",
      )
      .option("--project-dir <dir>", "where to look for the config (default: here)")
      .option("--config <file>", "this config file, instead of searching"),
  ).action(async (opts: Options) => {
    code = await testLlmCommand(ctx, unalias({ ...opts }));
  });

  const prompts = program
    .command("prompts")
    .description("the prompts osmosis sends: list them, show one node's, eject editable copies");
  for (const action of ["list", "show", "eject"] as const) {
    const sub = projectOptions(
      prompts
        .command(action)
        .description(
          action === "list"
            ? "each job's prompt parts and where each came from (built-in, config, env, --prompts), with the scopes and the nodes each matches (when the dbt project can be read; without scopes this works outside a project too)"
            : action === "show"
              ? "the effective prompt for one node, rendered with its context as `document` would send it: for the columns still missing (for all of them, as a preview, when nothing is)"
              : "write the effective prompts to a file you can edit (then point `prompts` in the config at it)",
        ),
    )
      .option(
        "--prompts <file>",
        "a prompt file over the config's and the built-in prompts (also --llm-prompt-file)",
      )
      .addOption(new Option("--llm-prompt-file <file>").hideHelp());
    if (action === "show") sub.argument("<node>", "a node's name or unique id, e.g. orders");
    if (action === "eject") {
      sub
        .option(
          "-o, --out <file>",
          "where to write (default: osmosis.prompts.yml in the project folder)",
        )
        .option("--force", "overwrite the file when it exists");
    }
    sub.action(async (...args: unknown[]) => {
      const node = action === "show" ? (args[0] as string) : undefined;
      const opts = (action === "show" ? args[1] : args[0]) as Record<string, unknown>;
      code = await promptsCommand(ctx, action, {
        ...unalias({ ...opts }),
        ...(node ? { node } : {}),
      });
    });
  }

  program
    .command("init")
    .description(
      "write a commented osmosis.config.ts for your provider, and say which package to install",
    )
    .addOption(
      new Option("--provider <id>", "the provider").choices([
        "openai",
        "anthropic",
        "gemini",
        "ollama",
        "azure-openai",
        "lm-studio",
      ]),
    )
    .option("--model <id>", "the model (default: the provider's)")
    .option("--project-dir <dir>", "where to write it (default: DBT_PROJECT_DIR, else here)")
    .option("--force", "overwrite an existing config file")
    .option("-y, --yes", "ask nothing: take the flags and the defaults")
    .action(async (opts: Options) => {
      code = await initCommand(ctx, opts as Parameters<typeof initCommand>[1]);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      ) {
        return ExitCode.ok;
      }
      if (error.code === "commander.executeSubCommandAsync") return ExitCode.ok;
      // Commander printed the message already (unknown option, missing argument…).
      return ExitCode.input;
    }
    ctx.stderr.write(formatError(error, ctx.colors));
    return exitCodeOf(error);
  }
}

export { noStopSignals };
