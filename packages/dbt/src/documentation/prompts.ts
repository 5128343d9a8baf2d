// The documentation prompts of a project: which prompt (built-in, the user's, a scoped one)
// documents each node, the calls that document it (one, or several for very wide nodes), and
// the merge of their answers. Drives nothing: the documentation run sends what this builds.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import {
  type GenerateRequest,
  LLMConfigError,
  type PromptOrigin,
  type PromptSet,
  type ResolvedPrompt,
  type ScopeMatch,
} from "@osmosis/core";
import { DEFAULT_PLACEHOLDERS, isMissing, readableDescription } from "../descriptions.js";
import { upstreamColumnsOf } from "../lineage.js";
import type { DocumentationPlan, NodePlan } from "../plan.js";
import type { DbtNode, DbtProject } from "../project.js";
import { fnmatch } from "../selection/glob.js";
import { selectNodes } from "../selection/index.js";
import { dialectForAdapter } from "../sql/index.js";
import {
  type AnswerShape,
  answerFormat,
  answerOutput,
  type DocumentationAnswer,
} from "./answer.js";
import {
  CONTEXT_BUDGETS,
  columnsVariable,
  cut,
  defaultSqlBudget,
  examplesVariable,
  type FeedingColumn,
  sqlVariable,
  upstreamVariable,
} from "./context.js";
import {
  type DocumentationSettings,
  type DocumentationSettingsInput,
  DocumentationSettingsSchema,
} from "./settings.js";
import { o200kTokenCounter, requestTokens, type TokenCounter } from "./token-count.js";

/** The file dbt Copilot reads for a project's documentation style. */
export const STYLE_GUIDE_FILE = "dbt-styleguide.md";

/** What to document on one node: its own description, and which columns. */
export interface DocumentationAsk {
  describeNode: boolean;
  /** Column names as the node spells them. */
  columns: readonly string[];
}

/** What the plan leaves for the LLM on a node. */
export function askOf(plan: NodePlan): DocumentationAsk {
  return {
    describeNode: plan.description.state === "llm",
    columns: plan.columns.filter((c) => c.state === "llm").map((c) => c.name),
  };
}

/** One call to the model, ready to send, and what it asks for. */
export interface DocumentationCall {
  uniqueId: string;
  job: "model" | "source";
  /** 1-based; `parts` > 1 when a wide node is split. */
  part: number;
  parts: number;
  shape: AnswerShape;
  request: GenerateRequest<DocumentationAnswer>;
  /** Where each part of the prompt came from, for `osmosis prompts show`. */
  origins: ResolvedPrompt["origins"];
  /** The scoped prompts that applied. */
  scopes: readonly string[];
}

/** A node's effective prompts and where each part came from. */
export interface PromptExplanation {
  job: "model" | "source";
  scopes: readonly string[];
  origins: ResolvedPrompt["origins"];
  /** The templates, as written. */
  templates: { system: string; user: string };
  /** The calls as they would be sent now (several for a wide node). */
  calls: Array<{
    system: string;
    user: string;
    schema: Record<string, unknown>;
    columns: readonly string[];
    describeNode: boolean;
  }>;
}

/** A node's merged answers. */
export interface NodeAnswer {
  /** Absent when not asked; `null` when the model could not tell. */
  description?: string | null;
  /** Columns the model described. */
  columns: Array<{ name: string; description: string }>;
  /** What the model could not tell from what it was given: left empty, for a person. */
  needsHuman: { description: boolean; columns: string[] };
}

export interface DocumentationPromptsOptions {
  project: DbtProject;
  prompts: PromptSet;
  settings?: DocumentationSettingsInput;
  /** `vars` of `dbt_project.yml`, for raw SQL's Jinja. */
  vars?: Record<string, unknown>;
  placeholders?: readonly string[];
  /** How estimates count tokens (default OpenAI's o200k_base; `(text) => text.length / 4` is cheaper). */
  countTokens?: TokenCounter;
}

export class DocumentationPrompts {
  readonly project: DbtProject;
  readonly prompts: PromptSet;
  readonly settings: DocumentationSettings;
  /** The style guide's text (cut to its budget), `""` when there is none. */
  readonly styleGuide: string;
  /** Where the style guide was read from, relative to the project root. */
  readonly styleGuidePath: string | undefined;
  readonly #vars: Record<string, unknown>;
  readonly #placeholders: readonly string[];
  readonly #countTokens: TokenCounter | undefined;
  readonly #selected = new Map<string, Set<string>>();
  readonly #lineage = new Map<string, Promise<ReadonlyMap<string, readonly FeedingColumn[]>>>();
  readonly #lineageDone = new Map<string, ReadonlyMap<string, readonly FeedingColumn[]>>();
  readonly #instructions = new Map<string, string>();

  private constructor(
    options: DocumentationPromptsOptions,
    settings: DocumentationSettings,
    styleGuide: { text: string; path: string | undefined },
  ) {
    this.project = options.project;
    this.prompts = options.prompts;
    this.settings = settings;
    this.styleGuide = styleGuide.text;
    this.styleGuidePath = styleGuide.path;
    this.#vars = options.vars ?? {};
    this.#placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
    this.#countTokens = options.countTokens;
  }

  /**
   * Reads the style guide and checks every scope's selector against the project, so a bad
   * selector in a prompt file fails before any call.
   */
  static async create(options: DocumentationPromptsOptions): Promise<DocumentationPrompts> {
    const settings = DocumentationSettingsSchema.parse(options.settings ?? {});
    const styleGuide = await readStyleGuide(options.project.rootDir, settings.styleGuide);
    const prompts = new DocumentationPrompts(options, settings, styleGuide);
    for (const scope of options.prompts.scopes())
      prompts.#checkScope(scope.name, scope.match, scope.origin);
    return prompts;
  }

  /** The job that documents `node`. */
  jobOf(node: DbtNode): "model" | "source" {
    return node.resourceType === "source" ? "source" : "model";
  }

  /** The effective prompt for `node`: each part from the highest level and first matching scope. */
  resolve(node: DbtNode): ResolvedPrompt {
    return this.prompts.resolve(this.jobOf(node), (match) => this.#matches(node, match));
  }

  /** The calls that document `ask` on `node`: one, or one per `maxColumnsPerCall` columns. */
  async calls(
    node: DbtNode,
    ask: DocumentationAsk,
    options: { model: string },
  ): Promise<DocumentationCall[]> {
    if (!ask.describeNode && ask.columns.length === 0) return [];
    const resolved = this.resolve(node);
    const job = this.jobOf(node);
    const size = this.settings.maxColumnsPerCall;
    const chunks: string[][] = [];
    for (let i = 0; i < ask.columns.length; i += size) chunks.push(ask.columns.slice(i, i + size));
    if (chunks.length === 0) chunks.push([]);
    const feeding =
      job === "model" && chunks.some((c) => c.length > 0)
        ? await this.#feedingFor(node)
        : undefined;
    const shared = this.#sharedVariables(node, job);
    return chunks.map((columns, index) => {
      const shape: AnswerShape = { describeNode: ask.describeNode && index === 0, columns };
      const variables = {
        ...shared,
        ...this.#askVariables(node, shape, index + 1, chunks.length, feeding),
      };
      const rendered = resolved.render(variables);
      const output = answerOutput(shape, {
        mode: this.settings.answerSchema,
        column: {
          maxChars: this.settings.maxColumnChars,
          instructions: this.#instructionsOf(resolved),
          placeholders: this.#placeholders,
        },
        node: {
          maxChars: this.settings.maxModelChars,
          instructions: this.#instructionsOf(resolved),
          placeholders: this.#placeholders,
        },
      });
      const request: GenerateRequest<DocumentationAnswer> = {
        model: options.model,
        system: rendered.system,
        messages: [{ role: "user", content: rendered.user }],
        output,
        maxOutputTokens: resolved.maxOutputTokens ?? outputCap(shape),
      };
      if (resolved.temperature !== undefined) request.temperature = resolved.temperature;
      // Only a schema that is the same on every call lets the cached prefix be read again.
      if (this.settings.answerSchema === "cacheable") request.cacheSystem = true;
      return {
        uniqueId: node.uniqueId,
        job,
        part: index + 1,
        parts: chunks.length,
        shape,
        request,
        origins: resolved.origins,
        scopes: resolved.scopes,
      };
    });
  }

  /**
   * Prompt tokens the calls for `ask` would send, for the plan: counted on the calls as they would
   * be built now (o200k_base unless `countTokens` was given).
   */
  async estimateTokens(node: DbtNode, ask: DocumentationAsk): Promise<number> {
    return (await this.#estimate(node, ask)).tokens;
  }

  async #estimate(
    node: DbtNode,
    ask: DocumentationAsk,
  ): Promise<{ tokens: number; calls: number }> {
    const calls = await this.calls(node, ask, { model: "estimate" });
    const count = this.#countTokens ?? (await o200kTokenCounter());
    const tokens = calls.reduce((sum, call) => sum + requestTokens(call.request, count), 0);
    return { tokens, calls: calls.length };
  }

  /**
   * Fills each node of `plan` that needs the LLM with the scoped prompts that apply to it and the
   * prompt tokens its calls would take (counted on the calls as they would be built now), and
   * the plan's total.
   */
  async annotatePlan(plan: DocumentationPlan): Promise<DocumentationPlan> {
    let total = 0;
    for (const nodePlan of plan.nodes) {
      const node = this.project.nodes.get(nodePlan.uniqueId);
      if (!node || !nodePlan.needsLlm) continue;
      nodePlan.promptScopes = this.resolve(node).scopes;
      const estimate = await this.#estimate(node, askOf(nodePlan));
      nodePlan.estimatedPromptTokens = Math.round(estimate.tokens);
      nodePlan.estimatedCalls = estimate.calls;
      total += nodePlan.estimatedPromptTokens;
    }
    plan.totals.estimatedPromptTokens = total;
    return plan;
  }

  /**
   * What `osmosis prompts show` prints for a node: the job, the scoped prompts that applied,
   * where each part came from, and the prompts as they would be sent now.
   */
  async explain(node: DbtNode, ask: DocumentationAsk): Promise<PromptExplanation> {
    const resolved = this.resolve(node);
    const calls = await this.calls(node, ask, { model: "explain" });
    return {
      job: this.jobOf(node),
      scopes: resolved.scopes,
      origins: resolved.origins,
      templates: { system: resolved.system.source, user: resolved.user.source },
      calls: calls.map((call) => ({
        system: call.request.system ?? "",
        user: call.request.messages.map((m) => m.content).join("\n"),
        schema: call.request.output?.schema ?? {},
        columns: call.shape.columns,
        describeNode: call.shape.describeNode,
      })),
    };
  }

  // The template variables that do not depend on the columns asked for.
  #sharedVariables(node: DbtNode, job: "model" | "source"): Record<string, unknown> {
    const description =
      node.description.trim() === ""
        ? ""
        : cut(
            readableDescription(this.project, node, node.description),
            CONTEXT_BUDGETS.nodeDescription,
          );
    const common = {
      style_guide: this.styleGuide,
      examples: examplesVariable(this.project, node, this.settings.examples, this.#placeholders),
    };
    const base = {
      name: node.name,
      unique_id: node.uniqueId,
      path: node.originalFilePath,
      tags: node.tags,
      description: isMissing(node.description, this.#placeholders) ? "" : description,
      database: node.database ?? "",
      schema: node.schema ?? "",
      package: node.packageName,
    };
    if (job === "source") {
      return {
        ...common,
        source: {
          ...base,
          source_name: node.sourceName ?? "",
          relation:
            node.relationName ??
            [node.database, node.schema, node.alias ?? node.name].filter(Boolean).join("."),
        },
      };
    }
    return {
      ...common,
      model: {
        ...base,
        resource_type: node.resourceType,
        materialization: node.materialized ?? "",
      },
      sql_dialect: dialectForAdapter(this.project.adapter),
    };
  }

  #askVariables(
    node: DbtNode,
    shape: AnswerShape,
    part: number,
    parts: number,
    feeding:
      | ((node: DbtNode) => ReadonlyMap<string, readonly FeedingColumn[]> | undefined)
      | undefined,
  ): Record<string, unknown> {
    const asked = new Set(shape.columns.map((name) => name.toLowerCase()));
    const { columns, omitted } = columnsVariable(this.project, node, asked, this.#placeholders);
    const variables: Record<string, unknown> = {
      ask: { describe: shape.describeNode, columns: shape.columns, part, parts },
      columns,
      columns_omitted: omitted,
      answer_format: answerFormat(shape, this.settings.answerSchema),
    };
    if (this.jobOf(node) === "model") {
      const upstream = feeding
        ? upstreamVariable(this.project, node, shape.columns, feeding, this.#placeholders)
        : [];
      variables.upstream = upstream;
      // The SQL's excerpt follows the columns asked for and the upstream columns feeding them.
      const focus = [...shape.columns];
      for (const name of shape.columns) {
        for (const source of feeding?.(node)?.get(name.toLowerCase()) ?? [])
          focus.push(source.column);
      }
      const sql =
        node.resourceType === "seed"
          ? { sql: "", note: "" }
          : sqlVariable(node, {
              maxChars:
                this.settings.maxSqlChars ??
                defaultSqlBudget(shape.columns.length, shape.describeNode),
              redact: this.settings.redactLiterals,
              dialect: dialectForAdapter(this.project.adapter),
              focus,
            });
      variables.sql = sql.sql;
      variables.sql_note = sql.note;
    }
    return variables;
  }

  /** The lineage of `node` and of the ancestors a few hops up, computed once per node. */
  async #feedingFor(
    node: DbtNode,
  ): Promise<(node: DbtNode) => ReadonlyMap<string, readonly FeedingColumn[]> | undefined> {
    let generation = [node];
    for (let hop = 0; hop < 3 && generation.length > 0; hop++) {
      const next: DbtNode[] = [];
      for (const at of generation) {
        if (at.resourceType !== "model" && at.resourceType !== "snapshot") continue;
        if (this.#lineageDone.has(at.uniqueId)) continue;
        let pending = this.#lineage.get(at.uniqueId);
        if (!pending) {
          pending = upstreamColumnsOf(this.project, at, { vars: this.#vars });
          this.#lineage.set(at.uniqueId, pending);
        }
        this.#lineageDone.set(at.uniqueId, await pending);
        for (const parent of this.project.parents.get(at.uniqueId) ?? []) {
          const parentNode = this.project.nodes.get(parent);
          if (parentNode) next.push(parentNode);
        }
      }
      generation = next;
    }
    return (at) => this.#lineageDone.get(at.uniqueId);
  }

  /** The system prompt without the project's own words: what an answer must not echo. */
  #instructionsOf(resolved: ResolvedPrompt): string {
    const key = resolved.system.source;
    let text = this.#instructions.get(key);
    if (text === undefined) {
      text = resolved.system.source.replace(/\{[{%][\s\S]*?[}%]\}/g, " ");
      this.#instructions.set(key, text);
    }
    return text;
  }

  #matches(node: DbtNode, match: ScopeMatch): boolean {
    const any = (values: readonly string[] | undefined, test: (value: string) => boolean) =>
      values === undefined || values.some(test);
    return (
      any(match.path, (value) => this.#selects(`path:${value}`, node)) &&
      any(match.tag, (value) => node.tags.some((tag) => fnmatch(tag, value))) &&
      any(match.name, (value) => fnmatch(node.name, value)) &&
      any(match.select, (value) => this.#selects(value, node))
    );
  }

  #selects(selector: string, node: DbtNode): boolean {
    return this.#selectedBy(selector).has(node.uniqueId);
  }

  /** The nodes a selector picks, computed once per selector. */
  #selectedBy(selector: string): Set<string> {
    let selected = this.#selected.get(selector);
    if (!selected) {
      selected = selectNodes(this.project, { select: [selector] });
      this.#selected.set(selector, selected);
    }
    return selected;
  }

  #checkScope(name: string, match: ScopeMatch, origin: PromptOrigin): void {
    const selectors = [...(match.path ?? []).map((p) => `path:${p}`), ...(match.select ?? [])];
    for (const selector of selectors) {
      try {
        this.#selectedBy(selector);
      } catch (error) {
        throw new LLMConfigError(
          `The prompt scope "${name}" (${origin.source}${origin.line ? `:${origin.line}` : ""}) has a selector osmosis cannot read: ${selector}. ${error instanceof Error ? error.message : String(error)}`,
          {
            file: origin.source,
            field: `scopes.${name}.match`,
            hint: "Write it as dbt's --select takes it, e.g. path:models/staging or tag:nightly.",
            cause: error,
          },
        );
      }
    }
  }
}

/** Merges the answers of one node's calls, in part order. */
export function mergeAnswers(
  calls: readonly DocumentationCall[],
  answers: readonly DocumentationAnswer[],
): NodeAnswer {
  const merged: NodeAnswer = { columns: [], needsHuman: { description: false, columns: [] } };
  calls.forEach((call, index) => {
    const answer = answers[index];
    if (!answer) throw new Error(`no answer for part ${call.part} of ${call.uniqueId}`);
    if (call.shape.describeNode) {
      merged.description = answer.description ?? null;
      if (answer.description === null || answer.description === undefined)
        merged.needsHuman.description = true;
    }
    for (const name of call.shape.columns) {
      const text = answer.columns.get(name);
      if (text === null || text === undefined) merged.needsHuman.columns.push(name);
      else merged.columns.push({ name, description: text });
    }
  });
  return merged;
}

/** Room for the answer: generous, since only what is generated is billed. */
function outputCap(shape: AnswerShape): number {
  return Math.min(32_000, 1_024 + shape.columns.length * 150 + (shape.describeNode ? 400 : 0));
}

/** Characters of a request's prompt: system, messages and the schema sent. */
export function promptChars(request: GenerateRequest): number {
  return (
    (request.system?.length ?? 0) +
    request.messages.reduce((sum, m) => sum + m.content.length, 0) +
    (request.output ? JSON.stringify(request.output.schema).length : 0)
  );
}

async function readStyleGuide(
  rootDir: string,
  setting: string | false | undefined,
): Promise<{ text: string; path: string | undefined }> {
  if (setting === false) return { text: "", path: undefined };
  const path =
    setting === undefined
      ? join(rootDir, STYLE_GUIDE_FILE)
      : isAbsolute(setting)
        ? setting
        : join(rootDir, setting);
  if (setting === undefined && !existsSync(path)) return { text: "", path: undefined };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LLMConfigError(`The style guide ${path} cannot be read.`, {
      field: "documentation.styleGuide",
      hint: `Create it, fix the path (relative to the project root ${rootDir}), or set styleGuide: false.`,
      cause: error,
    });
  }
  text = text.replace(/\r\n?/g, "\n").trim();
  if (text.length > CONTEXT_BUDGETS.styleGuide) {
    const kept = text.slice(0, text.lastIndexOf("\n", CONTEXT_BUDGETS.styleGuide));
    text = `${kept}\n(the rest of the style guide, ${text.length - kept.length} characters, was cut to keep the prompt short)`;
  }
  return { text, path: relative(rootDir, path) };
}
