// Benchmark: the documentation prompts' token economy on real projects. For every node the plan
// leaves for the LLM (after inheritance), the calls osmosis would send are built with the
// built-in prompts and measured: calls, and prompt tokens per documented column, counted as
// characters / 4 (dbt-osmosis's measure) and with OpenAI's o200k tokenizer (gpt-4o, gpt-5).
// No model is called. Goal: at most 0.7× dbt-osmosis's figures (117 on ethereum-models and 271
// on jaffle-shop: at most 82 and 190), in one call per node.
//
// dbt-osmosis's figures are over the project's models, per column without a description in the
// YAML (463 on ethereum-models in 117 calls, 63 on jaffle-shop in 58: its 1 + N calls per
// model). The same basis here: every model column the run documents (by inheritance, free, or by
// the LLM). Per column the LLM itself writes is shown beside it.
// Run: pnpm --filter @osmosis/dbt bench:prompts
import { loadPrompts } from "@osmosis/core";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { fixtureProject } from "../src/fixture-projects.js";
import {
  askOf,
  BUILTIN_PROMPTS,
  DOCUMENTATION_JOBS,
  DocumentationPrompts,
  openProject,
  planProject,
} from "../src/index.js";

const PROJECTS = [
  { name: "ethereum-models", dbtOsmosis: 117 },
  { name: "jaffle-shop", dbtOsmosis: 271 },
  { name: "tuva", dbtOsmosis: undefined },
];

interface Tally {
  calls: number;
  nodes: number;
  /** Columns the LLM writes. */
  columns: number;
  /** Columns the run documents: inherited and LLM-written. */
  documented: number;
  chars: number;
  schemaChars: number;
  tokens: number;
  schemaTokens: number;
}
const empty = (): Tally => ({
  calls: 0,
  nodes: 0,
  columns: 0,
  documented: 0,
  chars: 0,
  schemaChars: 0,
  tokens: 0,
  schemaTokens: 0,
});

const rows: string[] = [];
for (const { name, dbtOsmosis } of PROJECTS) {
  const opened = await openProject({ projectDir: fixtureProject(name) });
  const plan = planProject(opened);
  const prompts = await loadPrompts({
    jobs: [...DOCUMENTATION_JOBS],
    builtIn: BUILTIN_PROMPTS,
    env: {},
  });
  const docs = await DocumentationPrompts.create({
    project: opened.project,
    prompts,
    vars: opened.vars,
  });
  const models = empty();
  const all = empty();
  for (const nodePlan of plan.nodes) {
    const documented = nodePlan.columns.filter(
      (c) => c.state === "llm" || c.state === "inherited",
    ).length;
    models.documented += nodePlan.resourceType === "model" ? documented : 0;
    all.documented += documented;
    if (!nodePlan.needsLlm) continue;
    const node = opened.project.nodes.get(nodePlan.uniqueId);
    if (!node) continue;
    const ask = askOf(nodePlan);
    const calls = await docs.calls(node, ask, { model: "gpt-4o-mini" });
    for (const tally of nodePlan.resourceType === "model" ? [models, all] : [all]) {
      tally.nodes++;
      tally.columns += ask.columns.length;
      for (const call of calls) {
        const text = `${call.request.system ?? ""}\n${call.request.messages.map((m) => m.content).join("\n")}`;
        const schema = JSON.stringify(call.request.output?.schema ?? {});
        tally.calls++;
        tally.chars += text.length;
        tally.schemaChars += schema.length;
        tally.tokens += countTokens(text);
        tally.schemaTokens += countTokens(schema);
      }
    }
  }
  const per = (n: number, columns: number) => (columns === 0 ? "–" : (n / columns).toFixed(0));
  for (const [label, t] of [
    ["models", models],
    ["all nodes", all],
  ] as const) {
    const goal =
      label === "models" && dbtOsmosis
        ? `${dbtOsmosis} (goal ≤ ${Math.floor(dbtOsmosis * 0.7)})`
        : "–";
    rows.push(
      `| ${name} | ${label} | ${t.nodes} | ${t.calls} | ${t.documented} | ${per(t.chars / 4, t.documented)} | ${per(t.tokens, t.documented)} | ${per(t.tokens + t.schemaTokens, t.documented)} | ${goal} | ${t.columns} | ${per(t.chars / 4, t.columns)} | ${per(t.tokens + t.schemaTokens, t.columns)} |`,
    );
  }
}
console.log(
  "\nPrompt tokens per documented column, built-in prompts, default settings (no model called)",
);
console.log(
  "| project | nodes | needing the LLM | calls | columns documented | chars/4 per column | o200k per column | o200k with schema | dbt-osmosis chars/4 | columns the LLM writes | chars/4 per LLM column | o200k with schema per LLM column |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
