// Cost before spending: the prompt tokens of the calls as they would be built now (counted with
// o200k_base by `annotatePlan`), an output allowance per description, and the model's price.
import type { Prices } from "@osmosis/core";
import type { DocumentationPlan } from "../plan.js";

/** Output tokens allowed per column description, and per node description. */
export const OUTPUT_ALLOWANCE = { column: 45, node: 90, perCall: 20 } as const;

export interface CostEstimate {
  calls: number;
  promptTokens: number;
  outputTokens: number;
  /** US dollars; `null` when the model's price is unknown (never a made-up $0). */
  costUsd: number | null;
  /** Why the cost is unknown, when it is. */
  note?: string;
}

/**
 * The run's cost from a plan annotated with prompt tokens (`DocumentationPrompts.annotatePlan`).
 * Nodes without an estimate count as 0 prompt tokens: annotate the plan first.
 */
export function estimateCost(
  plan: DocumentationPlan,
  options: { prices: Prices; provider: string; model: string; local?: boolean; calls?: number },
): CostEstimate {
  let promptTokens = 0;
  let outputTokens = 0;
  let calls = 0;
  for (const node of plan.nodes) {
    if (!node.needsLlm) continue;
    // A node wider than `maxColumnsPerCall` takes several calls (annotatePlan counts them).
    const nodeCalls = node.estimatedCalls ?? 1;
    calls += nodeCalls;
    promptTokens += node.estimatedPromptTokens ?? 0;
    const columns = node.columns.filter((c) => c.state === "llm").length;
    outputTokens +=
      OUTPUT_ALLOWANCE.perCall * nodeCalls +
      columns * OUTPUT_ALLOWANCE.column +
      (node.description.state === "llm" ? OUTPUT_ALLOWANCE.node : 0);
  }
  const price = options.prices.lookup(options.provider, options.model, {
    local: options.local ?? false,
  });
  const estimate: CostEstimate = {
    calls: options.calls ?? calls,
    promptTokens: Math.round(promptTokens),
    outputTokens,
    costUsd: price
      ? (options.prices.cost(
          options.provider,
          options.model,
          { inputTokens: Math.round(promptTokens), outputTokens },
          { local: options.local ?? false },
        ) ?? null)
      : null,
  };
  if (!price) {
    estimate.note = `The price of ${options.provider}/${options.model} is unknown: add it under \`prices\` in osmosis.config.ts to see the cost.`;
  }
  return estimate;
}
