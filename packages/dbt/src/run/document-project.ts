// The documentation run: plan → inherit (free) → ask the LLM only for what is still missing, one
// call per node, upstream first (a node waits for the fresh docs of the selected nodes it reads;
// independent nodes go out together, paced by the LLM client's limiter) → check → write each
// node's YAML as soon as it is done → at the end, once more for work that failed with a
// retryable verdict. Nothing billed is lost: an answer that arrived is written even when the run
// is stopped meanwhile.
import { setMaxListeners } from "node:events";
import {
  type LLMClient,
  LLMError,
  type LLMResponse,
  type RetryEvent,
  verdictOf,
} from "@osmosis/core";
import { DEFAULT_PLACEHOLDERS, isMissing } from "../descriptions.js";
import type { DocumentationAnswer } from "../documentation/answer.js";
import {
  askOf,
  type DocumentationPrompts,
  mergeAnswers,
  type NodeAnswer,
} from "../documentation/prompts.js";
import { type NodeDocs, type OpenedProject, planProject, writeNodeDocs } from "../engine.js";
import type { DocumentationPlan, NodePlan } from "../plan.js";
import { findColumn } from "../project.js";
import { type ProvenanceMeta, SchemaFileWriter } from "../yaml/index.js";
import { estimateCost } from "./estimate.js";
import type { RunEvent, RunEventListener } from "./events.js";
import { type NodeReport, RUN_REPORT_VERSION, type RunReport } from "./report.js";

export interface DocumentProjectOptions {
  opened: OpenedProject;
  prompts: DocumentationPrompts;
  /** The LLM client; its run holds the budget (`budgetUsd`), deadline, signal and usage. */
  client: LLMClient;
  /** The model to ask. */
  model: string;
  /** The plan to carry out (default: every node of the project's own package). */
  plan?: DocumentationPlan;
  /** Default: a writer rooted at the project. */
  writer?: SchemaFileWriter;
  placeholders?: readonly string[];
  onEvent?: RunEventListener;
  /** Ask once more, at the end, for work whose call failed with a retryable verdict (default true). */
  retryFailed?: boolean;
  /** The time source for the report's timestamps (default the system's). */
  now?: () => Date;
  /**
   * Mark each description the LLM writes with `meta.osmosis: { generated_by, generated_at }`
   * (default off), so a team can find and review AI-written text later.
   */
  provenance?: boolean;
  /**
   * Shown each node's answer before it is written (`--interactive`): resolve with the docs to
   * write (as given, or edited), or null to write only what was inherited and mark the node
   * skipped. Reviews may overlap when nodes finish together; the caller queues them.
   */
  review?: (request: ReviewRequest) => Promise<NodeDocs | null>;
  /**
   * Aborted: start no new node (they end skipped); calls already out finish and are written.
   * A gentle stop (a first Ctrl-C); stopping the client's run aborts the calls in flight too.
   */
  drain?: AbortSignal;
}

/** A node's answer, ready to write, for `review`. */
export interface ReviewRequest {
  uniqueId: string;
  name: string;
  plan: NodePlan;
  /** What would be written: inherited columns (marked) and the LLM's descriptions. */
  docs: NodeDocs;
  /** Columns the LLM could not tell from its context: left empty. */
  needsHuman: string[];
}

interface InheritedNow {
  name: string;
  description: string;
  from: string;
}

/** Runs the documentation of a project and returns its report (also sent as the last event). */
export async function documentProject(options: DocumentProjectOptions): Promise<RunReport> {
  return new DocumentationRun(options).run();
}

class DocumentationRun {
  readonly #options: DocumentProjectOptions;
  readonly #writer: SchemaFileWriter;
  readonly #placeholders: readonly string[];
  readonly #entries = new Map<string, NodeReport>();
  readonly #requeued: NodePlan[] = [];
  #fatal: Error | undefined;
  /** The provenance mark of this run's descriptions, when asked for: one date for the whole run. */
  readonly #provenance: ProvenanceMeta | undefined;
  #provenanceMarks = 0;

  constructor(options: DocumentProjectOptions) {
    this.#options = options;
    // Each call waiting for the limiter listens to the drain: hundreds at once are expected.
    if (options.drain) setMaxListeners(0, options.drain);
    this.#writer =
      options.writer ?? new SchemaFileWriter({ rootDir: options.opened.project.rootDir });
    this.#placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
    this.#provenance = options.provenance
      ? {
          generatedBy: `${options.client.provider.id}/${options.model}`,
          generatedAt: (options.now ?? (() => new Date()))().toISOString().slice(0, 10),
        }
      : undefined;
  }

  #emit(event: RunEvent): void {
    this.#options.onEvent?.(event);
  }

  async run(): Promise<RunReport> {
    const { opened, prompts, client, model } = this.#options;
    const now = this.#options.now ?? (() => new Date());
    const startedAt = now();
    const started = client.run.clock.now();
    const plan = this.#options.plan ?? planProject(opened);
    await prompts.annotatePlan(plan);
    this.#emit({
      type: "planned",
      nodes: plan.totals.nodes,
      nodesNeedingLlm: plan.totals.nodesNeedingLlm,
      columnsLlm: plan.totals.columnsLlm,
      columnsInherited: plan.totals.columnsInherited,
      estimate: estimateCost(plan, {
        prices: client.run.usage.prices,
        provider: client.provider.id,
        model,
        local: client.provider.isLocal?.(model) ?? false,
      }),
    });

    // Each node starts when the selected nodes it reads are done (however they ended).
    const done = new Map<string, Promise<void>>();
    for (const nodePlan of plan.nodes) {
      const upstream = nodePlan.waitsFor.flatMap((id) => done.get(id) ?? []);
      done.set(
        nodePlan.uniqueId,
        Promise.all(upstream).then(() => this.#node(nodePlan, false)),
      );
    }
    await Promise.all(done.values());
    if (this.#options.retryFailed !== false) {
      const again = this.#requeued.splice(0);
      await Promise.all(again.map((nodePlan) => this.#node(nodePlan, true)));
    }

    const report = this.#report(plan, startedAt, now(), client.run.clock.now() - started);
    this.#emit({ type: "finished", report });
    return report;
  }

  /** Why no new call may start, if none may. */
  #stopped(): string | undefined {
    if (this.#fatal) return `the run stopped after an error that ends it: ${this.#fatal.message}`;
    if (this.#options.drain?.aborted) return "the run was stopped before this node started";
    const stop = this.#options.client.run.stopped;
    if (stop && stop.reason !== "budget") return stop.error.message;
    return undefined;
  }

  async #node(nodePlan: NodePlan, retry: boolean): Promise<void> {
    const { opened, prompts, client, model } = this.#options;
    const project = opened.project;
    const node = project.nodes.get(nodePlan.uniqueId);
    if (!node) return;
    const entry = this.#entry(nodePlan);
    const ask = askOf(nodePlan);
    // What is still missing now: upstream nodes written meanwhile feed their columns to this
    // one, and a person (or an earlier pass) may have filled some.
    const inherited: InheritedNow[] = [];
    const columns: string[] = [];
    for (const planned of nodePlan.columns) {
      const current = findColumn(node, planned.name);
      if (current && !isMissing(current.description, this.#placeholders)) continue;
      if (planned.state === "inherited" && planned.from) {
        const upstream = project.nodes.get(planned.from.uniqueId);
        const text =
          planned.description ??
          (upstream ? findColumn(upstream, planned.from.column)?.description : undefined);
        if (text !== undefined && !isMissing(text, this.#placeholders)) {
          inherited.push({
            name: planned.name,
            description: text,
            from: `${planned.from.uniqueId}.${planned.from.column}`,
          });
          continue;
        }
        // Its upstream source stayed empty (the LLM could not tell, or failed): ask here.
        columns.push(planned.name);
      } else if (planned.state === "llm" && ask.columns.includes(planned.name)) {
        columns.push(planned.name);
      }
    }
    const describeNode =
      nodePlan.description.state === "llm" && isMissing(node.description, this.#placeholders);
    const stopped = this.#stopped();
    // A cancel or a deadline stops everything not yet begun; free work goes on under a budget stop.
    if (stopped && !this.#fatal) {
      if (!retry) {
        entry.status = "skipped";
        entry.reason = stopped;
      }
      return;
    }

    let answer: NodeAnswer | undefined;
    let failure: unknown;
    let notAsked: string | undefined;
    if (describeNode || columns.length > 0) {
      if (this.#fatal) {
        notAsked = this.#stopped();
      } else {
        const calls = await prompts.calls(node, { describeNode, columns }, { model });
        this.#emit({
          type: "started",
          uniqueId: node.uniqueId,
          name: node.name,
          calls: calls.length,
        });
        try {
          const responses = await Promise.all(
            calls.map((call) =>
              client.generate<DocumentationAnswer>(call.request, {
                onRetry: (event) => this.#retried(node.uniqueId, event),
                // Drained: what waits for the limiter or a retry is not sent; what is out lands.
                ...(this.#options.drain ? { holdSignal: this.#options.drain } : {}),
              }),
            ),
          );
          entry.calls += responses.filter((r) => !r.cached).length;
          entry.cache_hits += responses.filter((r) => r.cached).length;
          answer = mergeAnswers(
            calls,
            responses.map((response) => answerOf(response)),
          );
        } catch (error) {
          failure = error;
        }
        this.#emitCost();
      }
    }

    // Write what there is: inherited columns (free) and the answer, as soon as it is known.
    let docs: NodeDocs = {
      columns: [
        ...inherited.map(({ name, description }) => ({ name, description, inherited: true })),
        ...(answer?.columns ?? []),
      ],
    };
    if (answer?.description) docs.description = answer.description;
    let rejected = false;
    if (answer && failure === undefined && this.#options.review) {
      const reviewed = await this.#options.review({
        uniqueId: node.uniqueId,
        name: node.name,
        plan: nodePlan,
        docs,
        needsHuman: answer.needsHuman.columns,
      });
      if (reviewed === null) {
        // Skipped by the reviewer: the free, inherited part is still written.
        rejected = true;
        docs = { columns: docs.columns.filter((c) => c.inherited) };
        answer = undefined;
      } else {
        docs = reviewed;
        const next: NodeAnswer = {
          columns: reviewed.columns
            .filter((c) => !c.inherited)
            .map(({ name, description }) => ({ name, description })),
          needsHuman: answer.needsHuman,
        };
        if (reviewed.description !== undefined) next.description = reviewed.description;
        answer = next;
      }
    }
    if (docs.columns.length > 0 || docs.description !== undefined) {
      try {
        const result = await writeNodeDocs(this.#writer, project, nodePlan, docs, {
          placeholders: this.#placeholders,
          ...(this.#provenance ? { provenance: this.#provenance } : {}),
        });
        this.#provenanceMarks += result.applied.filter((a) => a.meta?.status === "written").length;
        const applied = new Set(
          result.applied.flatMap((a) => (a.column === undefined ? [] : [a.column.toLowerCase()])),
        );
        const llm = new Set((answer?.columns ?? []).map((c) => c.name.toLowerCase()));
        for (const column of inherited) {
          if (applied.has(column.name.toLowerCase()) && !llm.has(column.name.toLowerCase())) {
            entry.columns.inherited.push({ name: column.name, from: column.from });
          }
        }
        for (const column of answer?.columns ?? []) {
          if (applied.has(column.name.toLowerCase())) entry.columns.llm.push(column.name);
        }
        if (answer?.description && result.applied.some((a) => a.column === undefined)) {
          entry.description = "llm";
        }
      } catch (error) {
        failure ??= error;
      }
    }
    if (answer) {
      entry.columns.needs_human.push(...answer.needsHuman.columns);
      if (answer.needsHuman.description) entry.description = "needs-human";
    }

    if (failure !== undefined) {
      this.#failed(nodePlan, entry, failure, retry);
      return;
    }
    if (answer) {
      entry.status =
        answer.needsHuman.columns.length > 0 || answer.needsHuman.description
          ? "needs-human"
          : "documented";
      delete entry.error;
      delete entry.reason;
      this.#emit({
        type: "documented",
        uniqueId: node.uniqueId,
        name: node.name,
        description: entry.description === "llm",
        columns: entry.columns.llm.length,
        inherited: entry.columns.inherited.length,
        needsHuman: entry.columns.needs_human,
        cached: entry.calls === 0 && entry.cache_hits > 0,
      });
    } else if (retry) {
      // Nothing left to ask on the second pass: the first pass's outcome stands.
    } else if (rejected) {
      entry.status = "skipped";
      entry.reason = "skipped in review";
    } else if (notAsked !== undefined) {
      entry.status = "skipped";
      entry.reason = notAsked;
    } else if (entry.columns.inherited.length > 0) {
      entry.status = "inherited";
      this.#emit({
        type: "inherited",
        uniqueId: node.uniqueId,
        name: node.name,
        columns: entry.columns.inherited.length,
      });
    } else {
      entry.status = "skipped";
      entry.reason ??= "nothing is missing";
    }
  }

  #failed(nodePlan: NodePlan, entry: NodeReport, error: unknown, retry: boolean): void {
    const verdict = verdictOf(error);
    const message = error instanceof Error ? error.message : String(error);
    const code = LLMError.isInstance(error)
      ? error.code
      : error instanceof Error && "code" in error && typeof error.code === "string"
        ? error.code
        : "internal";
    if (verdict === "fatal") this.#fatal ??= error instanceof Error ? error : new Error(message);
    const willRetry =
      verdict === "requeue" && !retry && this.#options.retryFailed !== false && !this.#fatal;
    if (willRetry) this.#requeued.push(nodePlan);
    if (verdict === "stopped") {
      entry.status = "skipped";
      entry.reason = message;
    } else {
      entry.status = "failed";
      entry.error = { code, message };
    }
    this.#emit({
      type: "failed",
      uniqueId: nodePlan.uniqueId,
      name: nodePlan.name,
      code,
      message,
      willRetry,
    });
  }

  #retried(uniqueId: string, event: RetryEvent): void {
    if (event.reason === "rate_limit") {
      this.#emit({ type: "rate-limited", uniqueId, waitMs: Math.round(event.delayMs) });
    }
    this.#emit({
      type: "retried",
      uniqueId,
      retry: event.retry,
      reason: event.reason,
      delayMs: Math.round(event.delayMs),
    });
  }

  #emitCost(): void {
    const totals = this.#options.client.run.usage.summary().totals;
    this.#emit({
      type: "cost",
      spentUsd: totals.costIncomplete ? null : totals.costUsd,
      calls: totals.calls,
      cacheHits: totals.cacheHits,
      inputTokens: totals.inputTokens,
      outputTokens: totals.outputTokens,
    });
  }

  #entry(nodePlan: NodePlan): NodeReport {
    let entry = this.#entries.get(nodePlan.uniqueId);
    if (!entry) {
      entry = {
        unique_id: nodePlan.uniqueId,
        resource_type: nodePlan.resourceType,
        name: nodePlan.name,
        schema_file: nodePlan.schemaFile,
        status: "skipped",
        columns: { llm: [], inherited: [], needs_human: [] },
        calls: 0,
        cache_hits: 0,
      };
      this.#entries.set(nodePlan.uniqueId, entry);
    }
    return entry;
  }

  #report(
    plan: DocumentationPlan,
    startedAt: Date,
    finishedAt: Date,
    durationMs: number,
  ): RunReport {
    const { client, model } = this.#options;
    const nodes = plan.nodes.map((nodePlan) => this.#entry(nodePlan));
    const count = (status: NodeReport["status"]) => nodes.filter((n) => n.status === status).length;
    const usage = client.run.usage.summary().totals;
    const report: RunReport = {
      version: RUN_REPORT_VERSION,
      project: plan.project,
      provider: client.provider.id,
      model,
      started_at: startedAt.toISOString(),
      finished_at: finishedAt.toISOString(),
      nodes,
      totals: {
        nodes: nodes.length,
        documented: count("documented"),
        inherited: count("inherited"),
        needs_human: count("needs-human"),
        skipped: count("skipped"),
        failed: count("failed"),
        columns_llm: nodes.reduce((sum, n) => sum + n.columns.llm.length, 0),
        columns_inherited: nodes.reduce((sum, n) => sum + n.columns.inherited.length, 0),
        columns_needs_human: nodes.reduce((sum, n) => sum + n.columns.needs_human.length, 0),
        descriptions_llm: nodes.filter((n) => n.description === "llm").length,
        provenance_marks: this.#provenanceMarks,
        calls: usage.calls,
        cache_hits: usage.cacheHits,
        requests: usage.requests,
        retries: usage.retries,
        repairs: usage.repairs,
        rate_limited: usage.rateLimited,
        failures: usage.failures,
        input_tokens: usage.inputTokens,
        cached_input_tokens: usage.cachedInputTokens,
        output_tokens: usage.outputTokens,
        cost_usd: usage.costIncomplete ? null : usage.costUsd,
        duration_ms: durationMs,
      },
    };
    const stop = client.run.stopped;
    if (this.#fatal) report.stopped = { reason: "fatal", message: this.#fatal.message };
    else if (stop) report.stopped = { reason: stop.reason, message: stop.error.message };
    else if (this.#options.drain?.aborted) {
      report.stopped = { reason: "cancelled", message: "The run was stopped before it finished." };
    }
    return report;
  }
}

function answerOf(response: LLMResponse<DocumentationAnswer>): DocumentationAnswer {
  if (!response.json) throw new Error("a structured answer came back without its value");
  return response.json;
}
