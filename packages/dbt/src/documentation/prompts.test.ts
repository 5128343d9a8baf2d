import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LLMConfigError, loadPrompts, Prices, type PromptSet } from "@osmosis/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedProject, openProject, planProject } from "../engine.js";
import {
  copyFixture,
  fixtureProject,
  removeTemporaryFolders,
  temporaryFolder,
} from "../fixture-projects.js";
import { type DocumentationPlan, type NodePlan, planDocumentation } from "../plan.js";
import type { DbtNode } from "../project.js";
import { estimateCost } from "../run/estimate.js";
import { get, project } from "../test-support.js";
import type { DocumentationAnswer } from "./answer.js";
import { BUILTIN_PROMPTS } from "./builtin-prompts.js";
import { DOCUMENTATION_JOBS } from "./jobs.js";
import { askOf, DocumentationPrompts, mergeAnswers, promptChars } from "./prompts.js";
import { documentationSettingsFromEnv } from "./settings.js";
import { requestTokens } from "./token-count.js";

const builtIn = (options: Partial<Parameters<typeof loadPrompts>[0]> = {}) =>
  loadPrompts({ jobs: DOCUMENTATION_JOBS, builtIn: BUILTIN_PROMPTS, env: {}, ...options });

let jaffle: OpenedProject;
let jaffleGraph: DocumentationPlan;
beforeAll(async () => {
  jaffle = await openProject({ projectDir: fixtureProject("jaffle-shop") });
  jaffleGraph = planProject(jaffle);
});
afterAll(removeTemporaryFolders);

const planned = (name: string) => {
  const found = jaffleGraph.nodes.find((n) => n.name === name && n.resourceType === "model");
  if (!found) throw new Error(`no planned model ${name}`);
  return found;
};
const nodeOf = (name: string): DbtNode => get(jaffle.project, planned(name).uniqueId);

async function jaffleDocs(settings = {}, prompts?: PromptSet) {
  return DocumentationPrompts.create({
    project: jaffle.project,
    prompts: prompts ?? (await builtIn()),
    vars: jaffle.vars,
    settings,
  });
}

describe("the documentation calls of a real project (jaffle-shop)", () => {
  it("makes one call per node that needs the LLM, with the same system prompt byte for byte", async () => {
    const docs = await jaffleDocs();
    const systems = new Set<string>();
    const users = new Set<string>();
    let calls = 0;
    for (const nodePlan of jaffleGraph.nodes.filter(
      (n) => n.needsLlm && n.resourceType === "model",
    )) {
      const made = await docs.calls(get(jaffle.project, nodePlan.uniqueId), askOf(nodePlan), {
        model: "gpt-4o-mini",
      });
      expect(made).toHaveLength(1);
      calls += made.length;
      for (const call of made) {
        systems.add(call.request.system ?? "");
        users.add(call.request.messages[0]?.content ?? "");
        expect(call.request.model).toBe("gpt-4o-mini");
        expect(call.request.messages).toHaveLength(1);
        // A per-call schema precedes the system prompt: marking it cacheable would only cost.
        expect(call.request.cacheSystem).toBeUndefined();
      }
    }
    expect(calls).toBe(12);
    expect(systems.size).toBe(1);
    expect(users.size).toBe(12);
  });

  it("asks, in the schema sent, for exactly the columns the plan leaves for the LLM", async () => {
    const docs = await jaffleDocs();
    const orders = planned("orders");
    const [call] = await docs.calls(nodeOf("orders"), askOf(orders), { model: "m" });
    const asked = orders.columns.filter((c) => c.state === "llm").map((c) => c.name);
    expect(asked).toEqual([
      "ORDER_ITEMS_SUBTOTAL",
      "COUNT_FOOD_ITEMS",
      "COUNT_DRINK_ITEMS",
      "COUNT_ORDER_ITEMS",
      "CUSTOMER_ORDER_NUMBER",
    ]);
    const properties = (call?.request.output?.schema.properties ?? {}) as Record<
      string,
      { required: string[] }
    >;
    const columns = properties.columns;
    expect(columns?.required).toEqual(asked);
    // The model's description is written by a person: not asked for.
    expect(call?.shape.describeNode).toBe(false);
    expect(call?.request.output?.schema.required).toEqual(["columns"]);
  });

  it("tells the model the node, its columns (to write marked), the feeding upstream columns and the SQL", async () => {
    const docs = await jaffleDocs();
    const [call] = await docs.calls(nodeOf("orders"), askOf(planned("orders")), { model: "m" });
    const user = call?.request.messages[0]?.content ?? "";
    expect(user).toContain("model orders (models/marts/orders.sql, table)");
    expect(user).toContain("Description: Order overview data mart");
    expect(user).toContain(
      "order_total NUMBER: The total amount of the order in USD including tax.",
    );
    expect(user).toContain("COUNT_ORDER_ITEMS NUMBER *");
    // By the SQL: count(order_item_id) as count_order_items, from the documented staging column.
    expect(user).toContain(
      "COUNT_ORDER_ITEMS uses stg_order_items.order_item_id: The unique key for each order item.",
    );
    expect(user).toContain("SQL (snowflake):\nwith\norders as (");
    expect(user).toContain("count(order_item_id) as count_order_items,");
    expect(user.endsWith('Answer in JSON: {"columns": {<each * column>: text or null}}')).toBe(
      true,
    );
  });

  it("gives the upstream description of a renamed column, traced through the SQL", async () => {
    const docs = await jaffleDocs();
    const plan = planned("stg_orders");
    const node = nodeOf("stg_orders");
    // Pretend the source's `customer` column were documented: `customer as customer_id` feeds it.
    const source = get(jaffle.project, "source.jaffle_shop.ecom.raw_orders");
    const column = source.columns.find((c) => c.name.toLowerCase() === "customer");
    if (!column) throw new Error("raw_orders has no customer column");
    const before = column.description;
    column.description = "The customer who placed the order.";
    try {
      const [call] = await docs.calls(node, askOf(plan), { model: "m" });
      expect(call?.request.messages[0]?.content).toContain(
        "CUSTOMER_ID = ecom.raw_orders.CUSTOMER: The customer who placed the order.",
      );
    } finally {
      column.description = before;
    }
  });

  it("makes no call when nothing is asked", async () => {
    const docs = await jaffleDocs();
    expect(
      await docs.calls(nodeOf("orders"), { describeNode: false, columns: [] }, { model: "m" }),
    ).toEqual([]);
  });

  it("annotates the plan with the prompt tokens each node would take", async () => {
    const docs = await jaffleDocs();
    const plan = planProject(jaffle);
    await docs.annotatePlan(plan);
    const needing = plan.nodes.filter((n) => n.needsLlm);
    expect(needing.every((n) => (n.estimatedPromptTokens ?? 0) > 100)).toBe(true);
    expect(plan.totals.estimatedPromptTokens).toBe(
      needing.reduce((sum, n) => sum + (n.estimatedPromptTokens ?? 0), 0),
    );
    expect(
      plan.nodes.filter((n) => !n.needsLlm).every((n) => n.estimatedPromptTokens === undefined),
    ).toBe(true);
  });
});

describe("bounded context", () => {
  it("cuts the SQL to OSMOSIS_LLM_MAX_SQL_CHARS with a note, keeping the lines about the columns asked", async () => {
    const settings = documentationSettingsFromEnv({ OSMOSIS_LLM_MAX_SQL_CHARS: "1000" });
    const docs = await jaffleDocs(settings);
    const [call] = await docs.calls(nodeOf("orders"), askOf(planned("orders")), { model: "m" });
    const user = call?.request.messages[0]?.content ?? "";
    const sql = user.slice(user.indexOf("SQL (snowflake):"), user.lastIndexOf("\n\nAnswer"));
    expect(sql.length).toBeLessThan(1000 + 200);
    expect(sql).not.toContain("-- …\n-- …");
    expect(sql).toContain("-- …");
    expect(sql).toMatch(/\(excerpt: \d+ of \d+ characters left out where marked "-- …"\)$/);
    expect(sql).toContain("count(order_item_id) as count_order_items,");
    expect(sql).toContain("order_items_summary.count_food_items,");
  });

  it("refuses a bad OSMOSIS_LLM_MAX_SQL_CHARS, naming it", () => {
    expect(() => documentationSettingsFromEnv({ OSMOSIS_LLM_MAX_SQL_CHARS: "lots" })).toThrow(
      /OSMOSIS_LLM_MAX_SQL_CHARS="lots" is not valid/,
    );
  });

  it("replaces string and number literals in the SQL when asked", async () => {
    const plain = await jaffleDocs();
    const redacted = await jaffleDocs({ redactLiterals: true });
    const ask = askOf(planned("stg_supplies"));
    const [before] = await plain.calls(nodeOf("stg_supplies"), ask, { model: "m" });
    const [after] = await redacted.calls(nodeOf("stg_supplies"), ask, { model: "m" });
    const sqlOf = (text: string | undefined) => (text ?? "").slice((text ?? "").indexOf("SQL ("));
    expect(sqlOf(before?.request.messages[0]?.content)).toContain(
      "'_dbt_utils_surrogate_key_null_'",
    );
    const sql = sqlOf(after?.request.messages[0]?.content);
    expect(sql).not.toContain("_dbt_utils_surrogate_key_null_");
    expect(sql).not.toMatch(/\/ 100\b/);
    expect(sql).toContain("'<string 1>'");
    expect(sql).toContain("literals replaced with placeholders");
  });

  it("keeps a wide node's column list within its budget, the columns asked always listed", async () => {
    const columns: Array<string | [string, string]> = [];
    for (let i = 0; i < 400; i++)
      columns.push([
        `documented_${i}`,
        `A documented column number ${i}, described at some length.`,
      ]);
    columns.push("to_write");
    const p = project([{ uniqueId: "model.shop.wide", columns }]);
    const docs = await DocumentationPrompts.create({ project: p, prompts: await builtIn() });
    const [call] = await docs.calls(
      get(p, "model.shop.wide"),
      { describeNode: false, columns: ["to_write"] },
      {
        model: "m",
      },
    );
    const user = call?.request.messages[0]?.content ?? "";
    expect(user).toContain("to_write *");
    expect(user).toMatch(/\(and \d+ more documented columns\)/);
    expect(user.length).toBeLessThan(7_000);
  });
});

describe("wide nodes", () => {
  const names = Array.from({ length: 190 }, (_, i) => `c${i}`);
  const wide = project([{ uniqueId: "model.shop.wide", columns: names, compiledSql: "select 1" }]);

  it("are split into calls of maxColumnsPerCall, the description asked once, answers merged in order", async () => {
    const docs = await DocumentationPrompts.create({
      project: wide,
      prompts: await builtIn(),
      settings: { maxColumnsPerCall: 80 },
    });
    const calls = await docs.calls(
      get(wide, "model.shop.wide"),
      { describeNode: true, columns: names },
      {
        model: "m",
      },
    );
    expect(
      calls.map((c) => [c.part, c.parts, c.shape.columns.length, c.shape.describeNode]),
    ).toEqual([
      [1, 3, 80, true],
      [2, 3, 80, false],
      [3, 3, 30, false],
    ]);
    expect(calls[1]?.request.messages[0]?.content).toContain(
      "Part 2 of 3: only the columns marked * here.",
    );
    const answers: DocumentationAnswer[] = calls.map((call, index) => {
      const answer: DocumentationAnswer = {
        columns: new Map(
          call.shape.columns.map((name) => [name, name === "c5" ? null : `Column ${name}.`]),
        ),
      };
      if (index === 0) answer.description = "One row per thing.";
      return answer;
    });
    const merged = mergeAnswers(calls, answers);
    expect(merged.description).toBe("One row per thing.");
    expect(merged.columns.map((c) => c.name)).toEqual(names.filter((n) => n !== "c5"));
    expect(merged.needsHuman).toEqual({ description: false, columns: ["c5"] });
  });
});

describe("the estimate of a wide node", () => {
  it("counts each of its calls, and their prompt tokens", async () => {
    const names = Array.from({ length: 190 }, (_, i) => `c${i}`);
    const wide = project([
      { uniqueId: "model.shop.wide", columns: names, compiledSql: "select 1" },
    ]);
    const docs = await DocumentationPrompts.create({
      project: wide,
      prompts: await builtIn(),
      settings: { maxColumnsPerCall: 80 },
      countTokens: (text) => text.length,
    });
    const plan = planDocumentation(wide);
    await docs.annotatePlan(plan);
    const node = plan.nodes[0];
    expect(node?.estimatedCalls).toBe(3);
    const calls = await docs.calls(get(wide, "model.shop.wide"), askOf(node as NodePlan), {
      model: "estimate",
    });
    // The counter given, on each call's system, messages and schema, with their overheads.
    expect(node?.estimatedPromptTokens).toBe(
      calls.reduce((sum, call) => sum + requestTokens(call.request, (text) => text.length), 0),
    );
    const estimate = estimateCost(plan, {
      prices: new Prices(),
      provider: "openai",
      model: "gpt-4o-mini",
    });
    expect(estimate.calls).toBe(3);
    expect(estimate.outputTokens).toBe(3 * 20 + 190 * 45 + 90);
  });
});

describe("the style guide and the team's examples", () => {
  it("splices dbt-styleguide.md at the project root into the fixed part of every prompt", async () => {
    const dir = await copyFixture("jaffle-shop");
    await writeFile(join(dir, "dbt-styleguide.md"), "# Style\nWrite amounts as 'in US dollars'.\n");
    const opened = await openProject({ projectDir: dir });
    const docs = await DocumentationPrompts.create({
      project: opened.project,
      prompts: await builtIn(),
    });
    expect(docs.styleGuidePath).toBe("dbt-styleguide.md");
    const plan = planProject(opened);
    const orders = plan.nodes.find((n) => n.name === "orders") ?? planned("orders");
    const [call] = await docs.calls(get(opened.project, orders.uniqueId), askOf(orders), {
      model: "m",
    });
    expect(call?.request.system).toMatch(
      /The project's style guide:\n# Style\nWrite amounts as 'in US dollars'\.$/,
    );
  });

  it("names the file and the fix when a configured style guide cannot be read", async () => {
    const error = await jaffleDocs({ styleGuide: "docs/missing-style.md" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as LLMConfigError).message).toContain("docs/missing-style.md");
    expect((error as LLMConfigError).hint).toContain("styleGuide: false");
  });

  it("shows a few human-written descriptions from the same folder when examples are asked for", async () => {
    const docs = await jaffleDocs({ examples: 3 });
    const [call] = await docs.calls(nodeOf("stg_orders"), askOf(planned("stg_orders")), {
      model: "m",
    });
    const user = call?.request.messages[0]?.content ?? "";
    expect(user).toContain(
      "Descriptions this team wrote nearby:\nstg_customers: Customer data with basic cleaning and transformation applied, one row per customer.",
    );
    expect(user.match(/^stg_\w+\.\w+: /gm)?.length).toBe(2);
    const none = await jaffleDocs();
    const [plain] = await none.calls(nodeOf("stg_orders"), askOf(planned("stg_orders")), {
      model: "m",
    });
    expect(plain?.request.messages[0]?.content).not.toContain(
      "Descriptions this team wrote nearby",
    );
  });
});

describe("scoped and user prompts", () => {
  const scopedFile = async () => {
    const dir = await temporaryFolder();
    const file = join(dir, "prompts.yml");
    await writeFile(
      file,
      [
        "version: 1",
        "scopes:",
        "  - name: staging",
        "    match: { path: models/staging }",
        "    jobs:",
        "      model:",
        "        system: Staging models rename and cast raw columns. {{ style_guide }}",
        "  - name: tagged",
        "    match: { tag: finance }",
        "    jobs:",
        "      model:",
        "        system: Finance tagged.",
        "  - name: marts by name",
        "    match: { name: 'order*' }",
        "    jobs:",
        "      model:",
        "        system: Order marts.",
        "  - name: by selector",
        "    match: { select: '+stg_locations' }",
        "    jobs:",
        "      model:",
        "        user: 'Locations: {{ model.name }} {{ answer_format }}'",
        "",
      ].join("\n"),
    );
    return file;
  };

  it("pick the first matching scope by path, tag, name or dbt selector, and the plan shows it", async () => {
    const prompts = await builtIn({ cliFile: await scopedFile() });
    const docs = await jaffleDocs({}, prompts);
    expect(docs.resolve(nodeOf("stg_orders")).scopes).toEqual(["staging"]);
    expect(docs.resolve(nodeOf("stg_orders")).system.source).toContain("Staging models");
    expect(docs.resolve(nodeOf("orders")).scopes).toEqual(["marts by name"]);
    expect(docs.resolve(nodeOf("order_items")).system.source).toBe("Order marts.");
    // `+stg_locations` selects the source upstream and stg_locations itself: staging wins the
    // system prompt (first match), the selector scope gives the user prompt.
    const locations = docs.resolve(nodeOf("stg_locations"));
    expect(locations.scopes).toEqual(["staging", "by selector"]);
    expect(locations.user.source).toContain("Locations:");
    // No scope: the built-in.
    expect(docs.resolve(nodeOf("customers")).scopes).toEqual([]);
    expect(docs.resolve(nodeOf("customers")).origins.system.level).toBe("built-in");
    const plan = planProject(jaffle);
    await docs.annotatePlan(plan);
    expect(plan.nodes.find((n) => n.name === "stg_orders")?.promptScopes).toEqual(["staging"]);
  });

  it("applies a tag scope", async () => {
    const p = project([
      {
        uniqueId: "model.shop.revenue",
        columns: ["amount"],
        tags: ["finance"],
        path: "models/marts/revenue.sql",
      },
    ]);
    const docs = await DocumentationPrompts.create({
      project: p,
      prompts: await builtIn({ cliFile: await scopedFile() }),
    });
    const [call] = await docs.calls(
      get(p, "model.shop.revenue"),
      { describeNode: true, columns: ["amount"] },
      {
        model: "m",
      },
    );
    expect(call?.request.system).toBe("Finance tagged.");
    expect(call?.scopes).toEqual(["tagged"]);
    expect(call?.origins.system).toMatchObject({ level: "cli", scope: "tagged" });
  });

  it("refuse a scope whose selector osmosis cannot read, before any call", async () => {
    const dir = await temporaryFolder();
    const file = join(dir, "bad-scope.yml");
    await writeFile(
      file,
      "version: 1\nscopes:\n  - name: broken\n    match: { select: 'tag:' }\n    jobs:\n      model:\n        system: x\n",
    );
    const error = await jaffleDocs({}, await builtIn({ cliFile: file })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as Error).message).toContain('The prompt scope "broken"');
    expect((error as Error).message).toContain("tag:");
  });

  it("let the environment replace one template, and say where it came from", async () => {
    const prompts = await builtIn({
      env: {
        OSMOSIS_LLM_PROMPT_MODEL_SYSTEM: "Document {{ style_guide }}models for the finance team.",
      },
    });
    const docs = await jaffleDocs({}, prompts);
    const explanation = await docs.explain(nodeOf("orders"), askOf(planned("orders")));
    expect(explanation.calls[0]?.system).toBe("Document models for the finance team.");
    expect(explanation.origins.system).toMatchObject({
      level: "env",
      source: "env OSMOSIS_LLM_PROMPT_MODEL_SYSTEM",
    });
    expect(explanation.origins.user.level).toBe("built-in");
  });

  it("fail on a misspelt variable with the file, the line and the variables the job knows", async () => {
    const dir = await temporaryFolder();
    const file = join(dir, "prompts.yml");
    await writeFile(
      file,
      "version: 1\njobs:\n  model:\n    user: |\n      Model {{ model.name }}\n      in {{ model.pth }}\n",
    );
    const error = await builtIn({ cliFile: file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LLMConfigError);
    const message = (error as Error).message;
    expect(message).toContain(`${file}:6`);
    expect(message).toContain("model.pth");
    expect(message).toContain("model.path");
    expect(message).toContain("answer_format");
  });
});

describe("the built-in prompts", () => {
  it("load through the same loader as users' files, and eject as written", async () => {
    const prompts = await builtIn();
    expect(prompts.ejectBuiltIn()).toBe(BUILTIN_PROMPTS);
    expect(prompts.jobs.map((j) => j.name)).toEqual(["model", "source"]);
  });

  it("document a source table with the source job", async () => {
    const docs = await jaffleDocs();
    const source = get(jaffle.project, "source.jaffle_shop.ecom.raw_orders");
    const [call] = await docs.calls(
      source,
      { describeNode: false, columns: ["ID", "CUSTOMER"] },
      { model: "m" },
    );
    expect(call?.job).toBe("source");
    const user = call?.request.messages[0]?.content ?? "";
    expect(user).toMatch(
      /^source table ecom\.raw_orders \(models\/staging\/__sources\.yml, .+\.raw\.raw_orders\)/,
    );
    expect(user).toContain("Description: One record per order");
    expect(user).toContain("ID TEXT *\nCUSTOMER TEXT *\nORDERED_AT TIMESTAMP_NTZ\n");
    expect(user).not.toContain("SQL (");
  });
});

describe("token economy on real projects (the figures of the README's table)", () => {
  // dbt-osmosis's prompts spend, per column without a description (characters / 4): 117 on
  // ethereum-models, 271 on jaffle-shop. The goal is at most 0.7× that, in one call per model.
  it.each([
    ["ethereum-models", 117, 51],
    ["jaffle-shop", 271, 13],
  ])(
    "%s: at most 0.7 × %i prompt tokens per documented column, at most %i calls",
    async (name, theirs, maxCalls) => {
      const opened = await openProject({ projectDir: fixtureProject(name) });
      const plan = planProject(opened);
      const docs = await DocumentationPrompts.create({
        project: opened.project,
        prompts: await builtIn(),
        vars: opened.vars,
      });
      let chars = 0;
      let calls = 0;
      let documented = 0;
      for (const nodePlan of plan.nodes.filter((n) => n.resourceType === "model")) {
        documented += nodePlan.columns.filter(
          (c) => c.state === "llm" || c.state === "inherited",
        ).length;
        if (!nodePlan.needsLlm) continue;
        const made = await docs.calls(get(opened.project, nodePlan.uniqueId), askOf(nodePlan), {
          model: "m",
        });
        calls += made.length;
        for (const call of made) chars += promptChars(call.request);
      }
      expect(calls).toBeLessThanOrEqual(maxCalls);
      expect(chars / 4 / documented).toBeLessThanOrEqual(theirs * 0.7);
    },
  );
});
