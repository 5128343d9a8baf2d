// `osmosis prompts list|show|eject`: the prompts osmosis sends, where each part comes from
// (built-in, the config, the environment, --prompts), one node's prompt rendered as it would be
// sent, and an editable copy of the prompts in effect that loads back as the config's `prompts`.
import { existsSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import {
  closeEnough,
  describeVariables,
  editDistance,
  loadPrompts,
  PROMPT_FILE_VARIABLE,
  type PromptFileInput,
  type PromptOrigin,
  type PromptParts,
  type PromptScope,
  type PromptSet,
  type ResolvedPrompt,
} from "@osmosis/core";
import {
  askOf,
  BUILTIN_PROMPTS,
  type DbtNode,
  type DbtProject,
  DOCUMENTATION_JOBS,
  type DocumentationAsk,
  DocumentationPrompts,
  o200kTokenCounter,
  requestTokens,
} from "@osmosis/dbt";
import { Document } from "yaml";
import type { LoadedConfig } from "../config/load.js";
import { type Colors, type CommandContext, ExitCode } from "../context.js";
import { displayPath, nodeLabel, plural, tokens } from "../display/format.js";
import { exitCodeOf, UsageError } from "../errors.js";
import {
  loadCommandConfig,
  type OpenedForCommand,
  openAndPlan,
  type ProjectFlags,
  projectDirOf,
} from "../setup.js";

export interface PromptsFlags extends ProjectFlags {
  prompts?: string | undefined;
  node?: string | undefined;
  out?: string | undefined;
}

/** Where `osmosis prompts eject` writes by default, in the project folder. */
export const DEFAULT_PROMPT_FILE = "osmosis.prompts.yml";

const PARTS = ["system", "user", "temperature", "maxOutputTokens"] as const;
type Part = (typeof PARTS)[number];

/** Nodes named in a scope's or a job's line before "and N more". */
const FEW = 5;

export async function promptsCommand(
  ctx: CommandContext,
  action: "list" | "show" | "eject",
  flags: PromptsFlags,
): Promise<number> {
  if (action === "list") return listPrompts(ctx, flags);
  if (action === "show") return showPrompt(ctx, flags);
  return ejectPrompts(ctx, flags);
}

interface LoadedPrompts {
  loaded: LoadedConfig;
  prompts: PromptSet;
}

/** The configuration, then the prompts of every level exactly as `osmosis document` loads them. */
async function loadEverything(ctx: CommandContext, flags: PromptsFlags): Promise<LoadedPrompts> {
  const loaded = await loadCommandConfig(ctx, flags);
  const prompts = await loadPrompts({
    jobs: DOCUMENTATION_JOBS,
    builtIn: BUILTIN_PROMPTS,
    cliFile: flags.prompts,
    env: ctx.env,
    config: loaded.config.prompts,
    configFile: loaded.displayFile,
    cwd: ctx.cwd,
  });
  return { loaded, prompts };
}

/** The project flags for planning: `--force` of `eject` means overwrite, not the plan's force. */
function planFlags(flags: PromptsFlags): ProjectFlags {
  return { ...flags, force: undefined };
}

/** The user pointed at a project (or a selection of it): failing to read it is then an error. */
function namesProject(ctx: CommandContext, flags: PromptsFlags): boolean {
  return Boolean(
    flags.projectDir ||
      ctx.env.DBT_PROJECT_DIR ||
      flags.manifest ||
      typeof flags.catalog === "string" ||
      flags.state ||
      flags.select?.length ||
      flags.exclude?.length,
  );
}

function writeWarnings(ctx: CommandContext, opened: OpenedForCommand): void {
  for (const warning of [...opened.opened.warnings, ...opened.plan.selectionWarnings]) {
    ctx.stderr.write(`${ctx.colors.yellow("warning")} ${warning}\n`);
  }
}

/**
 * Where a part came from, as a user finds it: `built-in`, `custom.yml:5 (--prompts)`,
 * `env OSMOSIS_LLM_PROMPT_MODEL_SYSTEM`, `team.yml:3 (OSMOSIS_LLM_PROMPT_FILE)`,
 * `osmosis.prompts.yml:9 (prompts in osmosis.config.ts)`, `osmosis.config.ts (inline prompts)`;
 * then the scope that gave it, if any.
 */
export function originText(origin: PromptOrigin, configFile?: string): string {
  const at = `${origin.source}${origin.line === undefined ? "" : `:${origin.line}`}`;
  const inline = " (prompts)";
  let text: string;
  if (origin.level === "built-in") text = "built-in";
  else if (origin.level === "cli") text = `${at} (--prompts)`;
  else if (origin.level === "env") {
    text = origin.source.startsWith("env ") ? origin.source : `${at} (${PROMPT_FILE_VARIABLE})`;
  } else if (origin.source.endsWith(inline)) {
    text = `${origin.source.slice(0, -inline.length)} (inline prompts)`;
  } else text = `${at} (prompts in ${configFile ?? "the config"})`;
  return origin.scope === undefined ? text : `${text}, scope ${JSON.stringify(origin.scope)}`;
}

/** `path: models/staging/**; tag: staging, nightly`. */
function matchText(match: PromptScope["match"]): string {
  return (["path", "tag", "name", "select"] as const)
    .filter((key) => match[key] !== undefined)
    .map((key) => `${key}: ${(match[key] ?? []).join(", ")}`)
    .join("; ");
}

/** `a, b, c, d, e and 3 more`. */
function few(names: readonly string[], count = FEW): string {
  if (names.length <= count) return names.join(", ");
  return `${names.slice(0, count).join(", ")} and ${names.length - count} more`;
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(16)} ${value}\n`;
}

/** The lines of one job's parts: the value (for numbers) and where each came from. */
function partRows(
  resolved: ResolvedPrompt,
  configFile: string | undefined,
  colors: Colors,
  maxOutputTokensAsked?: readonly number[],
): string {
  const origin = (part: Part) => {
    const found = resolved.origins[part];
    return found ? originText(found, configFile) : "";
  };
  let out = row("system", origin("system"));
  out += row("user", origin("user"));
  out += row(
    "temperature",
    resolved.temperature === undefined
      ? colors.dim("not set (the provider's default)")
      : `${resolved.temperature}  ${colors.dim(origin("temperature"))}`,
  );
  const sized =
    maxOutputTokensAsked && maxOutputTokensAsked.length > 0
      ? `: ${maxOutputTokensAsked.map((n) => tokens(n)).join(", ")}${maxOutputTokensAsked.length > 1 ? " (one per call)" : ""}`
      : "";
  out += row(
    "maxOutputTokens",
    resolved.maxOutputTokens === undefined
      ? colors.dim(`not set, sized to the columns each call asks for${sized}`)
      : `${tokens(resolved.maxOutputTokens)}  ${colors.dim(origin("maxOutputTokens"))}`,
  );
  return out;
}

/** Whether `origin` is a part of `scope` itself (not of another level or the unscoped prompts). */
function fromScope(origin: PromptOrigin | undefined, scope: PromptScope): boolean {
  return (
    origin !== undefined &&
    origin.scope === scope.name &&
    origin.level === scope.origin.level &&
    origin.source === scope.origin.source
  );
}

/**
 * The parts of `scope` that take effect, per job: resolved as if only this scope matched, a
 * part is the scope's unless a higher level sets it for every node (then the scope's never
 * applies). Scopes are told apart by their `match`, which `scopes()` hands out as is.
 */
function effectiveScopeParts(prompts: PromptSet, scope: PromptScope): Map<string, PromptParts> {
  const out = new Map<string, PromptParts>();
  for (const job of scope.jobs) {
    const resolved = prompts.resolve(job, (match) => match === scope.match);
    const parts: PromptParts = {};
    if (fromScope(resolved.origins.system, scope)) parts.system = resolved.system.source;
    if (fromScope(resolved.origins.user, scope)) parts.user = resolved.user.source;
    if (fromScope(resolved.origins.temperature, scope) && resolved.temperature !== undefined) {
      parts.temperature = resolved.temperature;
    }
    if (
      fromScope(resolved.origins.maxOutputTokens, scope) &&
      resolved.maxOutputTokens !== undefined
    ) {
      parts.maxOutputTokens = resolved.maxOutputTokens;
    }
    out.set(job, parts);
  }
  return out;
}

const PROBE = "osmosis-prompts-list";

/**
 * The nodes `scope` matches, for its jobs, by dbt's own rules: a prompt set holding only this
 * scope (setting a temperature) is resolved for each node, so paths, tags, names and selectors
 * mean exactly what they mean for `osmosis document`.
 */
async function nodesMatching(
  scope: PromptScope,
  nodes: readonly DbtNode[],
  project: DbtProject,
  cwd: string,
): Promise<DbtNode[]> {
  const config: PromptFileInput = {
    version: 1,
    scopes: [
      {
        name: PROBE,
        match: { ...scope.match },
        jobs: Object.fromEntries(scope.jobs.map((job) => [job, { temperature: 0 }])),
      },
    ],
  };
  const probe = await loadPrompts({
    jobs: DOCUMENTATION_JOBS,
    builtIn: BUILTIN_PROMPTS,
    env: {},
    config,
    configFile: "osmosis prompts list",
    cwd,
  });
  const documentation = await DocumentationPrompts.create({
    project,
    prompts: probe,
    settings: { styleGuide: false },
  });
  return nodes.filter((node) => documentation.resolve(node).scopes.includes(PROBE));
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

// ---------------------------------------------------------------------------------------------
// list

async function listPrompts(ctx: CommandContext, flags: PromptsFlags): Promise<number> {
  const { stdout, stderr, colors } = ctx;
  const { loaded, prompts } = await loadEverything(ctx, flags);
  const configFile = loaded.displayFile;
  const scopes = prompts.scopes();

  // The project, when there is one, counts the nodes of each job and scope. Without scopes the
  // prompts alone are listed when there is none, so this works outside a dbt project too; with
  // scopes their nodes go uncounted, with a warning; a project named on the command line must open.
  let opened: OpenedForCommand | undefined;
  let unread: string | undefined;
  try {
    opened = await openAndPlan(ctx, planFlags(flags), loaded.config);
  } catch (error) {
    if (namesProject(ctx, flags) || exitCodeOf(error) !== ExitCode.input) throw error;
    unread = firstLine(error);
    if (scopes.length > 0) {
      stderr.write(
        `${colors.yellow("warning")} The scopes' nodes are not counted: ${unread} (pass --project-dir to point at the dbt project)\n`,
      );
    }
  }
  let documentation: DocumentationPrompts | undefined;
  const selected: DbtNode[] = [];
  if (opened) {
    writeWarnings(ctx, opened);
    const project = opened.opened.project;
    // Checks every scope's selectors against the project, as `osmosis document` does.
    documentation = await DocumentationPrompts.create({
      project,
      prompts,
      settings: loaded.config.documentation,
      vars: opened.opened.vars,
      placeholders: loaded.config.placeholders,
    });
    for (const nodePlan of opened.plan.nodes) {
      const node = project.nodes.get(nodePlan.uniqueId);
      if (node) selected.push(node);
    }
  }

  stdout.write(
    `${colors.bold("Prompts")} of \`osmosis document\`. Sources, highest first: --prompts, the environment (OSMOSIS_LLM_PROMPT_*), prompts in ${configFile ?? "the config"}, built-in. Each part comes from the highest source that sets it.\n`,
  );
  for (const job of prompts.jobs) {
    const resolved = prompts.resolve(job.name, () => false);
    stdout.write(`\n${colors.bold(job.name)}: ${colors.dim(job.description)}\n`);
    stdout.write(partRows(resolved, configFile, colors));
    if (documentation) {
      const using = selected.filter((node) => documentation.jobOf(node) === job.name);
      stdout.write(
        row(
          "nodes",
          using.length === 0
            ? colors.dim("none selected")
            : `${using.length} selected: ${few(using.map((node) => nodeLabel(node.uniqueId, node.name)))}`,
        ),
      );
    }
  }
  if (documentation?.styleGuidePath) {
    stdout.write(
      `\n${colors.bold("Style guide")} ${documentation.styleGuidePath}, in every system prompt that uses {{ style_guide }}\n`,
    );
  }

  if (scopes.length === 0) {
    stdout.write(
      `\n${colors.bold("Scopes")} none: every node of a job gets the prompts above. A prompt file's \`scopes:\` give some nodes their own (by path, tag, name or selector).\n`,
    );
  } else {
    stdout.write(
      `\n${colors.bold("Scopes")}, in the order they are tried: for each part, the first scope that matches the node and sets it wins within its source; a higher source's unscoped part beats a lower source's scope.\n`,
    );
    for (const [index, scope] of scopes.entries()) {
      stdout.write(
        `  ${index + 1}. ${colors.bold(scope.name)}  ${originText(scope.origin, configFile)}\n`,
      );
      stdout.write(`     match  ${matchText(scope.match)}\n`);
      const sets = [...effectiveScopeParts(prompts, scope)].map(([job, parts]) => {
        const names = PARTS.filter((part) => parts[part] !== undefined);
        return names.length > 0
          ? `${job}: ${names.join(", ")}`
          : `${job}: nothing (a higher source sets those parts for every node)`;
      });
      stdout.write(`     sets   ${sets.join("; ")}\n`);
      if (opened) {
        const matched = await nodesMatching(scope, selected, opened.opened.project, ctx.cwd);
        stdout.write(
          `     nodes  ${
            matched.length === 0
              ? colors.yellow(`none of the ${plural(selected.length, "selected node")}`)
              : `${matched.length} of ${plural(selected.length, "selected node")}: ${few(matched.map((node) => nodeLabel(node.uniqueId, node.name)))}`
          }\n`,
        );
      } else {
        stdout.write(`     nodes  ${colors.dim(`not counted (${unread ?? "no project"})`)}\n`);
      }
    }
  }
  stdout.write(
    `\n${colors.dim("`osmosis prompts show <node>` renders one node's prompt as it would be sent; `osmosis prompts eject` writes an editable copy.")}\n`,
  );
  return ExitCode.ok;
}

// ---------------------------------------------------------------------------------------------
// show

/** Edits (insert, delete, replace) from `a` to `b`, ignoring case. */
/** The names a node answers to: its name, `source_name.table` for a source, `name.v2` for a version. */
function namesOf(node: DbtNode): string[] {
  const names = [node.name];
  if (node.resourceType === "source" && node.sourceName)
    names.push(`${node.sourceName}.${node.name}`);
  if (node.version !== undefined) names.push(`${node.name}.v${node.version}`);
  return names;
}

/** The node a user named, by unique id or name; an error lists the candidates or the closest names. */
export function findNode(project: DbtProject, query: string): DbtNode {
  const byId = project.nodes.get(query);
  if (byId) return byId;
  const nodes = [...project.nodes.values()];
  let found = nodes.filter((node) => namesOf(node).includes(query));
  if (found.length === 0) {
    const lower = query.toLowerCase();
    found = nodes.filter((node) => namesOf(node).some((name) => name.toLowerCase() === lower));
  }
  const [only] = found;
  if (only && found.length === 1) return only;
  if (found.length > 1) {
    const ids = found.map((node) => node.uniqueId).sort();
    throw new UsageError(
      `"${query}" names ${found.length} nodes: ${ids.join(", ")}.`,
      `Give the unique id of the one you mean, e.g. osmosis prompts show ${ids[0]}`,
    );
  }
  const lower = query.toLowerCase();
  const scored = new Map<string, number>();
  for (const node of nodes) {
    for (const name of namesOf(node)) {
      const distance = editDistance(query, name);
      const near = closeEnough(name, distance);
      const contains = lower.length >= 3 && name.toLowerCase().includes(lower);
      if (near || contains) {
        const score = near ? distance : distance + 100;
        scored.set(name, Math.min(score, scored.get(name) ?? Number.POSITIVE_INFINITY));
      }
    }
  }
  const closest = [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([name]) => name);
  throw new UsageError(
    `No node of the project ${project.name} is called "${query}".`,
    `${closest.length > 0 ? `Did you mean ${closest.join(", ")}? ` : ""}Give a model, seed, snapshot or source name (source_name.table for a source), or a unique id such as ${nodes[0]?.uniqueId ?? "model.my_project.orders"}.`,
  );
}

function askText(ask: DocumentationAsk, node: DbtNode): string {
  const parts: string[] = [];
  if (ask.describeNode) parts.push("the description");
  if (ask.columns.length > 0) {
    parts.push(
      `${ask.columns.length} of ${plural(node.columns.length, "column")}: ${few(ask.columns, 12)}`,
    );
  }
  return parts.join(" and ");
}

async function showPrompt(ctx: CommandContext, flags: PromptsFlags): Promise<number> {
  const { stdout, colors } = ctx;
  const query = flags.node?.trim();
  if (!query) {
    throw new UsageError("Name the node to show.", "e.g. osmosis prompts show orders");
  }
  const { loaded, prompts } = await loadEverything(ctx, flags);
  const config = loaded.config;
  const opened = await openAndPlan(ctx, planFlags(flags), config);
  writeWarnings(ctx, opened);
  const project = opened.opened.project;
  const node = findNode(project, query);
  const nodePlan = opened.plan.nodes.find((plan) => plan.uniqueId === node.uniqueId);
  if (!nodePlan) {
    const selection = Boolean(flags.select?.length || flags.exclude?.length);
    throw new UsageError(
      node.packageName !== project.name
        ? `${node.uniqueId} belongs to the package ${node.packageName}: osmosis documents only the project's own nodes (${project.name}).`
        : selection
          ? `${node.uniqueId} is not in the selection (--select, --exclude).`
          : `${node.uniqueId} is not a node osmosis documents.`,
      selection
        ? "Leave out --select and --exclude, or widen them to include it."
        : "Pick a model, seed, snapshot or source of the project.",
    );
  }
  const documentation = await DocumentationPrompts.create({
    project,
    prompts,
    settings: config.documentation,
    vars: opened.opened.vars,
    placeholders: config.placeholders,
  });
  const missing = askOf(nodePlan);
  const nothingMissing = !missing.describeNode && missing.columns.length === 0;
  // With nothing missing there is no call; the prompt for everything is what a template edit changes.
  const ask: DocumentationAsk = nothingMissing
    ? { describeNode: true, columns: node.columns.map((column) => column.name) }
    : missing;
  const resolved = documentation.resolve(node);
  const calls = await documentation.calls(node, ask, { model: "preview" });
  const count = await o200kTokenCounter();
  const promptTokens = calls.reduce((sum, call) => sum + requestTokens(call.request, count), 0);
  const job = documentation.jobOf(node);

  stdout.write(
    `${colors.bold(nodeLabel(node.uniqueId, node.name))}  ${colors.dim(`${node.uniqueId}, ${node.originalFilePath}`)}\n`,
  );
  stdout.write(row("job", job));
  if (nothingMissing) {
    stdout.write(
      row(
        "asks",
        "nothing: its description and columns are written or inherited, so `osmosis document` makes no call for it",
      ),
    );
    stdout.write(
      row(
        "",
        colors.yellow(
          `Below, a preview: the prompt it would get if its description${node.columns.length > 0 ? ` and all ${plural(node.columns.length, "column")}` : ""} were missing.`,
        ),
      ),
    );
  } else {
    stdout.write(row("asks", askText(ask, node)));
  }
  stdout.write(
    row("scopes", resolved.scopes.length === 0 ? colors.dim("none") : resolved.scopes.join(", ")),
  );
  stdout.write(
    row(
      "tokens",
      `~${tokens(promptTokens)} prompt tokens in ${plural(calls.length, "call")} ${colors.dim("(o200k tokens, the answer's JSON Schema included)")}`,
    ),
  );
  if (documentation.styleGuidePath) stdout.write(row("style guide", documentation.styleGuidePath));
  stdout.write("\n");
  stdout.write(
    partRows(
      resolved,
      loaded.displayFile,
      colors,
      calls.map((call) => call.request.maxOutputTokens ?? 0),
    ),
  );
  for (const call of calls) {
    const which = calls.length > 1 ? `call ${call.part} of ${call.parts}, ` : "";
    stdout.write(`\n${colors.cyan(`── ${which}system ──`)}\n${call.request.system ?? ""}\n`);
    const user = call.request.messages.map((message) => message.content).join("\n");
    stdout.write(`${colors.cyan(`── ${which}user ──`)}\n${user}\n`);
    const schema = JSON.stringify(call.request.output?.schema ?? {});
    stdout.write(
      `${colors.dim(`── sent with a JSON Schema for the answer (${tokens(schema.length)} characters) ──`)}\n`,
    );
  }
  const declared = prompts.jobs.find((candidate) => candidate.name === job);
  if (declared) {
    stdout.write(
      `\n${colors.bold(`Variables the ${job} templates may use`)} ${colors.dim("(`osmosis prompts eject` writes the templates to edit)")}:\n`,
    );
    for (const line of describeVariables(declared).split("\n")) stdout.write(`  ${line}\n`);
  }
  return ExitCode.ok;
}

// ---------------------------------------------------------------------------------------------
// eject

/** A prompt file's parts as YAML values, in the file's key order. */
function partsValue(parts: PromptParts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (parts.system !== undefined) out.system = parts.system;
  if (parts.user !== undefined) out.user = parts.user;
  if (parts.temperature !== undefined) out.temperature = parts.temperature;
  if (parts.maxOutputTokens !== undefined) out.maxOutputTokens = parts.maxOutputTokens;
  return out;
}

/** A comment line's text: one line, whatever a path or a scope's name holds. */
function commentSafe(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

export interface EjectedPrompts {
  /** The prompt file's YAML text. */
  text: string;
  /** True when nothing overrides the built-in prompts: `text` is the built-in file as shipped. */
  builtIn: boolean;
  /** Parts and scopes that did not come from the built-in prompts, with their origin. */
  overrides: string[];
  /** The levels the overrides came from. */
  levels: Set<PromptOrigin["level"]>;
}

/**
 * The prompts in effect as one prompt file: the built-in file itself when nothing overrides it;
 * else every job's unscoped parts from the level that gives them, then every scope of every
 * level in precedence order with only the parts that take effect (a part a higher level sets
 * for every node never applies). Within one file the first matching scope wins and beats the
 * unscoped part, so each node gets, part by part, the prompt it gets now.
 */
export function effectivePromptFile(prompts: PromptSet, configFile?: string): EjectedPrompts {
  const overrides: string[] = [];
  const levels = new Set<PromptOrigin["level"]>();
  const jobs = prompts.jobs.map((job) => {
    const resolved = prompts.resolve(job.name, () => false);
    for (const part of PARTS) {
      const origin = resolved.origins[part];
      if (origin && origin.level !== "built-in") {
        overrides.push(`${job.name}.${part}: ${originText(origin, configFile)}`);
        levels.add(origin.level);
      }
    }
    const parts: PromptParts = { system: resolved.system.source, user: resolved.user.source };
    if (resolved.temperature !== undefined) parts.temperature = resolved.temperature;
    if (resolved.maxOutputTokens !== undefined) parts.maxOutputTokens = resolved.maxOutputTokens;
    return { name: job.name, parts };
  });
  const scopes = prompts.scopes();
  if (overrides.length === 0 && scopes.length === 0) {
    return { text: prompts.ejectBuiltIn(), builtIn: true, overrides, levels };
  }
  const scopeValues: Record<string, unknown>[] = [];
  const dropped: string[] = [];
  for (const scope of scopes) {
    const label = `scope ${JSON.stringify(scope.name)}: ${originText({ ...scope.origin, scope: undefined }, configFile)}`;
    const effective = [...effectiveScopeParts(prompts, scope)].filter(
      ([, parts]) => Object.keys(parts).length > 0,
    );
    if (effective.length === 0) {
      dropped.push(label);
      continue;
    }
    overrides.push(label);
    levels.add(scope.origin.level);
    const match: Record<string, string[]> = {};
    for (const key of ["path", "tag", "name", "select"] as const) {
      const items = scope.match[key];
      if (items !== undefined) match[key] = [...items];
    }
    scopeValues.push({
      // A scope the loader named after its place (`scopes[2]`) had no name: it gets none back.
      ...(/^scopes\[\d+\]$/.test(scope.name) ? {} : { name: scope.name }),
      match,
      jobs: Object.fromEntries(effective.map(([job, parts]) => [job, partsValue(parts)])),
    });
  }
  const header = [
    " osmosis documentation prompts (version 1), written by `osmosis prompts eject`: the prompts in",
    " effect when it was written, the built-in ones with these folded in:",
    ...overrides.map((line) => `   ${commentSafe(line)}`),
    ...(dropped.length > 0
      ? [
          " Left out, as a higher source sets the same parts for every node:",
          ...dropped.map((line) => `   ${commentSafe(line)}`),
        ]
      : []),
    " Templates use Liquid: {{ variable }}, {% if %}, {% for %}.",
    " `osmosis prompts show <node>` renders them for a node and lists the variables each job may use.",
  ];
  const doc = new Document({
    version: 1,
    jobs: Object.fromEntries(jobs.map((job) => [job.name, partsValue(job.parts)])),
    ...(scopeValues.length > 0 ? { scopes: scopeValues } : {}),
  });
  doc.commentBefore = header.join("\n");
  // Multi-line templates as literal blocks, kept byte for byte (the library picks quoting and
  // chomping where a block cannot hold the text); no folding of long lines.
  const text = doc.toString({ blockQuote: "literal", lineWidth: 0 });
  return { text, builtIn: false, overrides, levels };
}

async function ejectPrompts(ctx: CommandContext, flags: PromptsFlags): Promise<number> {
  const { stdout, colors } = ctx;
  const projectDir = projectDirOf(ctx, flags);
  const out = flags.out ? resolve(ctx.cwd, flags.out) : join(projectDir, DEFAULT_PROMPT_FILE);
  const shown = displayPath(ctx.cwd, out);
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) {
      throw new UsageError(
        `${shown} is a folder.`,
        "Give --out a file name, e.g. --out prompts/osmosis.prompts.yml.",
      );
    }
    if (!flags.force) {
      throw new UsageError(
        `${shown} already exists; nothing was written.`,
        "Pass --force to overwrite it, or --out FILE to write somewhere else.",
      );
    }
  }
  const { loaded, prompts } = await loadEverything(ctx, flags);
  const ejected = effectivePromptFile(prompts, loaded.displayFile);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, ejected.text);

  stdout.write(
    ejected.builtIn
      ? `${colors.green("Wrote")} ${shown}: the built-in prompts, to edit.\n`
      : `${colors.green("Wrote")} ${shown}: the prompts in effect, the built-in ones with ${plural(ejected.overrides.length, "override")} folded in:\n${ejected.overrides.map((line) => `  ${line}\n`).join("")}`,
  );
  const configDir = loaded.file ? dirname(loaded.file) : projectDir;
  const relativePath = relative(configDir, out).split("\\").join("/");
  // Beside the config or a folder up stays relative; farther away, the path is clearer whole.
  const value = isAbsolute(relativePath) || relativePath.startsWith("../..") ? out : relativePath;
  const line = `prompts: ${JSON.stringify(value)},`;
  if (loaded.file && loaded.config.prompts === out) {
    stdout.write(`${loaded.displayFile} already uses it (${line.slice(0, -1)}).\n`);
  } else if (loaded.file) {
    stdout.write(`\nTo use it, put this line in ${loaded.displayFile}:\n  ${line}\n`);
  } else {
    stdout.write(
      `\nTo use it, put this line in osmosis.config.ts (there is none yet; \`osmosis init\` writes one):\n  ${line}\n`,
    );
  }
  const above = (["cli", "env"] as const).filter((level) => ejected.levels.has(level));
  if (above.length > 0) {
    stdout.write(
      `${colors.yellow("Note")} some of it came from ${above.map((level) => (level === "cli" ? "--prompts" : "the environment (OSMOSIS_LLM_PROMPT_*)")).join(" and ")}; those still take precedence over the config: drop them once the config points at this file.\n`,
    );
  }
  stdout.write(
    `${colors.dim("Edit it, then `osmosis prompts show <node>` to see a node's prompt rendered.")}\n`,
  );
  return ExitCode.ok;
}
