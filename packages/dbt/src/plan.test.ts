import { describe, expect, it } from "vitest";
import {
  DependencyCycleError,
  planDocumentation,
  schemaFileFor,
  topologicalOrder,
} from "./plan.js";
import { get, project } from "./test-support.js";

const shop = () =>
  project([
    {
      uniqueId: "source.shop.raw.orders",
      path: "models/staging/__sources.yml",
      columns: [["id", "Order id."], "status"],
    },
    {
      uniqueId: "model.shop.stg_orders",
      path: "models/staging/stg_orders.sql",
      patchPath: "shop://models/staging/stg_orders.yml",
      dependsOn: ["source.shop.raw.orders"],
      description: "Orders, cleaned.",
      columns: ["id", "status", ["amount", "{{ doc('amount') }}"]],
    },
    {
      uniqueId: "model.pkg.helper",
      dependsOn: ["model.shop.stg_orders"],
      columns: [["helper_col", "From another package."]],
    },
    {
      uniqueId: "model.shop.orders",
      path: "models/marts/orders.sql",
      dependsOn: ["model.shop.stg_orders", "model.pkg.helper"],
      columns: ["id", "status", "helper_col", ["total", "Written by hand."], "new_col"],
    },
  ]);

describe("planDocumentation", () => {
  it("plans upstream first: inherited from where, left for the LLM, and kept", () => {
    const plan = planDocumentation(shop());
    expect(plan.nodes.map((n) => n.uniqueId)).toEqual([
      "source.shop.raw.orders",
      "model.shop.stg_orders",
      "model.shop.orders",
    ]);
    const [source, stg, orders] = plan.nodes;
    expect(source?.columns.map((c) => [c.name, c.state])).toEqual([
      ["id", "written"],
      ["status", "llm"],
    ]);
    expect(stg?.description.state).toBe("written");
    expect(stg?.columns.map((c) => [c.name, c.state])).toEqual([
      ["id", "inherited"],
      ["status", "inherited"],
      ["amount", "jinja"],
    ]);
    expect(stg?.columns[0]?.from).toEqual({
      uniqueId: "source.shop.raw.orders",
      column: "id",
      depth: 1,
    });
    // `status` waits on the source's LLM answer: planned as inherited, pending.
    expect(stg?.columns[1]?.from).toMatchObject({
      uniqueId: "source.shop.raw.orders",
      pending: true,
    });
    expect(orders?.description.state).toBe("llm");
    expect(orders?.columns.map((c) => [c.name, c.state])).toEqual([
      ["id", "inherited"],
      ["status", "inherited"],
      ["helper_col", "inherited"],
      ["total", "written"],
      ["new_col", "llm"],
    ]);
    expect(orders?.columns[2]?.from?.uniqueId).toBe("model.pkg.helper");
    expect(orders?.waitsFor).toEqual(["model.shop.stg_orders"]);
    expect(plan.totals).toMatchObject({
      nodes: 3,
      nodesNeedingLlm: 2,
      columns: 10,
      columnsWritten: 2,
      columnsJinja: 1,
      columnsInherited: 5,
      columnsLlm: 2,
      descriptionsLlm: 2,
    });
  });

  it("documents only the project's own selected nodes, and waits through unselected ones", () => {
    const p = shop();
    const plan = planDocumentation(p, {
      nodes: ["model.shop.orders", "source.shop.raw.orders", "model.pkg.helper"],
    });
    expect(plan.nodes.map((n) => n.uniqueId)).toEqual([
      "source.shop.raw.orders",
      "model.shop.orders",
    ]);
    expect(plan.nodes[1]?.waitsFor).toEqual(["source.shop.raw.orders"]);
  });

  it("says where each node's schema file is or will be", () => {
    const plan = planDocumentation(shop());
    expect(plan.nodes.map((n) => [n.schemaFile, n.schemaFileExists])).toEqual([
      ["models/staging/__sources.yml", true],
      ["models/staging/stg_orders.yml", true],
      ["models/marts/orders.yml", false],
    ]);
    const shopProject = shop();
    const orders = get(shopProject, "model.shop.orders");
    expect(schemaFileFor(orders, "models/schema/{resource_type}s/{name}.yml")).toEqual({
      path: "models/schema/models/orders.yml",
      exists: false,
    });
  });

  it("adds the prompt estimate of nodes that need the LLM", () => {
    const plan = planDocumentation(shop(), {
      estimatePromptTokens: (_, p) => 100 + p.columns.length,
    });
    expect(plan.nodes.map((n) => n.estimatedPromptTokens)).toEqual([102, undefined, 105]);
    expect(plan.totals.estimatedPromptTokens).toBe(207);
  });
});

describe("topologicalOrder", () => {
  it("orders parents first, ties by unique id", () => {
    const p = project([
      { uniqueId: "model.shop.c", dependsOn: ["model.shop.a"] },
      { uniqueId: "model.shop.b" },
      { uniqueId: "model.shop.a" },
    ]);
    expect(topologicalOrder(p)).toEqual(["model.shop.a", "model.shop.b", "model.shop.c"]);
  });

  it("names a cycle", () => {
    const p = project([
      { uniqueId: "model.shop.a", dependsOn: ["model.shop.c"] },
      { uniqueId: "model.shop.b", dependsOn: ["model.shop.a"] },
      { uniqueId: "model.shop.c", dependsOn: ["model.shop.b"] },
    ]);
    expect(() => topologicalOrder(p)).toThrowError(DependencyCycleError);
    try {
      topologicalOrder(p);
    } catch (error) {
      expect((error as DependencyCycleError).cycle).toEqual([
        "model.shop.a",
        "model.shop.c",
        "model.shop.b",
        "model.shop.a",
      ]);
    }
  });

  it("handles a 5,000-node chain without recursion limits", () => {
    const specs = Array.from({ length: 5_000 }, (_, i) => ({
      uniqueId: `model.shop.m${String(i).padStart(5, "0")}`,
      dependsOn: i === 0 ? [] : [`model.shop.m${String(i - 1).padStart(5, "0")}`],
    }));
    const p = project(specs);
    expect(topologicalOrder(p)).toHaveLength(5_000);
    const plan = planDocumentation(p);
    expect(plan.nodes.at(-1)?.waitsFor).toEqual(["model.shop.m04998"]);
  });
});
