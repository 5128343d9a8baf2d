// Selection over real manifests read by the manifest loader: jaffle-shop (v12, dbt 1.9.4) and
// fivetran's hubspot integration project (v11, with the hubspot_source package installed).
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureProject } from "../fixture-projects.js";
import { loadManifest } from "../manifest/index.js";
import type { DbtProject } from "../project.js";
import { selectNodes, selectNodesWithWarnings } from "./select.js";

async function load(name: string): Promise<DbtProject> {
  const projectDir = fixtureProject(name);
  const { project } = await loadManifest(path.join(projectDir, "target", "manifest.json"), {
    projectDir,
  });
  return project;
}

/** `model.jaffle_shop.stg_orders` → `stg_orders`, `source.jaffle_shop.ecom.raw_items` → `ecom.raw_items`. */
function short(ids: Iterable<string>): string[] {
  return [...ids].map((id) => id.split(".").slice(2).join(".")).sort();
}

describe("jaffle-shop manifest (v12)", () => {
  let jaffle: DbtProject;
  beforeAll(async () => {
    jaffle = await load("jaffle-shop");
  });

  it.each([
    [
      "+orders",
      [
        "ecom.raw_items",
        "ecom.raw_orders",
        "ecom.raw_products",
        "ecom.raw_supplies",
        "order_items",
        "orders",
        "stg_order_items",
        "stg_orders",
        "stg_products",
        "stg_supplies",
      ],
    ],
    ["stg_orders+", ["customers", "order_items", "orders", "stg_orders"]],
    [
      "@stg_supplies",
      [
        "customers",
        "ecom.raw_customers",
        "ecom.raw_items",
        "ecom.raw_orders",
        "ecom.raw_products",
        "ecom.raw_supplies",
        "order_items",
        "orders",
        "stg_customers",
        "stg_order_items",
        "stg_orders",
        "stg_products",
        "stg_supplies",
        "supplies",
      ],
    ],
    [
      "path:models/staging",
      [
        "ecom.raw_customers",
        "ecom.raw_items",
        "ecom.raw_orders",
        "ecom.raw_products",
        "ecom.raw_stores",
        "ecom.raw_supplies",
        "stg_customers",
        "stg_locations",
        "stg_order_items",
        "stg_orders",
        "stg_products",
        "stg_supplies",
      ],
    ],
    ["models/marts/orders.yml", ["orders"]],
    [
      "source:ecom.raw_orders+",
      ["customers", "ecom.raw_orders", "order_items", "orders", "stg_orders"],
    ],
    [
      "jaffle-data",
      ["raw_customers", "raw_items", "raw_orders", "raw_products", "raw_stores", "raw_supplies"],
    ],
    ["marts,config.materialized:table,stg_orders+", ["customers", "order_items", "orders"]],
  ])("%s", (select, expected) => {
    expect(short(selectNodes(jaffle, { select: [select] }))).toEqual(expected);
  });

  it("state:modified+ against an unchanged copy is empty, and follows an edited model downstream", async () => {
    const previous = await load("jaffle-shop");
    expect(selectNodes(jaffle, { select: ["state:modified+"], state: previous }).size).toBe(0);

    const stgOrders = previous.nodes.get("model.jaffle_shop.stg_orders");
    if (!stgOrders) throw new Error("fixture changed: no stg_orders");
    previous.nodes.set(stgOrders.uniqueId, { ...stgOrders, rawSql: `${stgOrders.rawSql}\n-- old` });
    const result = selectNodesWithWarnings(jaffle, {
      select: ["state:modified+"],
      state: previous,
      resourceTypes: ["model"],
    });
    expect(short(result.selected)).toEqual(["customers", "order_items", "orders", "stg_orders"]);
    expect(result.warnings).toHaveLength(1);
  });
});

describe("hubspot manifest (v11) with an installed package", () => {
  let hubspot: DbtProject;
  beforeAll(async () => {
    hubspot = await load("hubspot-v11");
  });

  it("package:this is the project's own 39 models; --exclude package:this leaves the package's", () => {
    expect(selectNodes(hubspot, { select: ["package:this"] }).size).toBe(39);
    const others = selectNodes(hubspot, { exclude: ["package:this"], resourceTypes: ["model"] });
    expect(others.size).toBe(96);
  });

  it("a package name selects its models by fqn; package: also takes its sources", () => {
    const byName = selectNodes(hubspot, { select: ["hubspot_source"] });
    const byPackage = selectNodes(hubspot, { select: ["package:hubspot_source"] });
    expect(byName.size).toBe(96);
    expect(byPackage.size).toBe(96 + 55);
  });
});
