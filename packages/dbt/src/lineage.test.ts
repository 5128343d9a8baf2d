// Column lineage on the real fixture projects: hand-checked columns of real models (each case
// says what its SQL does), then every model of every project.

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openProject } from "./engine.js";
import { FIXTURE_PROJECTS, fixtureProject } from "./fixture-projects.js";
import { type UpstreamColumn, upstreamColumnsOf } from "./lineage.js";
import type { DbtNode, DbtProject } from "./project.js";

async function open(name: string): Promise<DbtProject> {
  return (await openProject({ projectDir: fixtureProject(name) })).project;
}

function model(project: DbtProject, uniqueId: string): DbtNode {
  const node = project.nodes.get(uniqueId);
  if (!node) throw new Error(`no node ${uniqueId} in the fixture project`);
  return node;
}

/** `=unique_id.column` when the column is the upstream one passed through, `~…` when computed from it. */
function shown(upstream: UpstreamColumn[] | undefined): string[] | undefined {
  return upstream?.map((u) => `${u.direct ? "=" : "~"}${u.uniqueId}.${u.column}`);
}

interface Case {
  name: string;
  project: string;
  model: string;
  /** Some output columns (lower-cased) and exactly what feeds them. */
  columns: Record<string, string[]>;
}

const cases: Case[] = [
  {
    name: "jaffle-shop customers: customers.* passes stg_customers through; the summary CTE aggregates orders",
    project: "jaffle-shop",
    model: "model.jaffle_shop.customers",
    columns: {
      customer_id: ["=model.jaffle_shop.stg_customers.customer_id"],
      // Spelled as the catalog (Snowflake) lists it: no YAML names the column.
      customer_name: ["=model.jaffle_shop.stg_customers.CUSTOMER_NAME"],
      count_lifetime_orders: ["~model.jaffle_shop.orders.order_id"],
      first_ordered_at: ["~model.jaffle_shop.orders.ordered_at"],
      lifetime_spend_pretax: ["~model.jaffle_shop.orders.SUBTOTAL"],
      lifetime_spend: ["~model.jaffle_shop.orders.order_total"],
      // case when is_repeat_buyer …, where is_repeat_buyer is count(distinct order_id) > 1.
      customer_type: ["~model.jaffle_shop.orders.order_id"],
    },
  },
  {
    name: "jaffle-shop stg_orders reads the source its SQL names, not the seed over the same table",
    project: "jaffle-shop",
    model: "model.jaffle_shop.stg_orders",
    columns: {
      order_id: ["=source.jaffle_shop.ecom.raw_orders.ID"],
      customer_id: ["=source.jaffle_shop.ecom.raw_orders.CUSTOMER"],
      // {{ cents_to_dollars('subtotal') }} compiles to (subtotal / 100)::numeric(16, 2).
      subtotal: ["~source.jaffle_shop.ecom.raw_orders.SUBTOTAL"],
      subtotal_cents: ["=source.jaffle_shop.ecom.raw_orders.SUBTOTAL"],
    },
  },
  {
    name: "jaffle-shop-duckdb customers: counts and sums are computed, names passed through",
    project: "jaffle-shop-duckdb",
    model: "model.jaffle_shop_duckdb.customers",
    columns: {
      customer_id: ["=model.jaffle_shop_duckdb.stg_customers.customer_id"],
      first_name: ["=model.jaffle_shop_duckdb.stg_customers.first_name"],
      number_of_orders: ["~model.jaffle_shop_duckdb.stg_orders.order_id"],
      most_recent_order: ["~model.jaffle_shop_duckdb.stg_orders.order_date"],
      // sum(amount) over `payments left join orders`: only stg_payments has an amount.
      customer_lifetime_value: ["~model.jaffle_shop_duckdb.stg_payments.amount"],
    },
  },
  {
    name: "ethereum-models: Snowflake : paths into a table(flatten(claims))",
    project: "ethereum-models",
    model: "model.ethereum_models.sushi__dim_distributor_reward_schedule",
    columns: {
      merkle_root: ["=source.ethereum_models.sushi_external.sushi_rewards_schedule.merkle_root"],
      rewards_snapshot: [
        "~source.ethereum_models.sushi_external.sushi_rewards_schedule.merkle_root",
      ],
      address: ["~source.ethereum_models.sushi_external.sushi_rewards_schedule.claims"],
      amount: ["~source.ethereum_models.sushi_external.sushi_rewards_schedule.claims"],
    },
  },
  {
    name: "tuva core__stg_claims_location: aa.* of a seed, and a union of three selects",
    project: "tuva",
    model: "model.the_tuva_project.core__stg_claims_location",
    columns: {
      location_id: ["=seed.the_tuva_project.terminology__provider.NPI"],
      name: ["=seed.the_tuva_project.terminology__provider.PROVIDER_ORGANIZATION_NAME"],
      facility_type: [],
      data_source: ["=model.the_tuva_project.core__stg_claims_medical_claim.DATA_SOURCE"],
    },
  },
  {
    name: "tuva cms_hcc__int_members: lineage stops at the ephemeral models dbt inlined as CTEs",
    project: "tuva",
    model: "model.the_tuva_project.cms_hcc__int_members",
    columns: {
      patient_id: ["=model.the_tuva_project.cms_hcc__stg_core__eligibility.patient_id"],
      gender: ["~model.the_tuva_project.cms_hcc__stg_core__patient.sex"],
      dual_status: ["~model.the_tuva_project.cms_hcc__stg_core__eligibility.dual_status_code"],
    },
  },
  {
    name: "hubspot (postgres): a contact's columns through the staging model's renames",
    project: "hubspot",
    model: "model.hubspot.stg_hubspot__contact",
    columns: {
      contact_id: ["=model.hubspot.stg_hubspot__contact_tmp.id"],
      is_contact_deleted: ["=model.hubspot.stg_hubspot__contact_tmp._fivetran_deleted"],
    },
  },
];

describe("upstreamColumnsOf on real models", () => {
  const projects = new Map<string, Promise<DbtProject>>();
  const project = (name: string) => {
    const opened = projects.get(name) ?? open(name);
    projects.set(name, opened);
    return opened;
  };

  it.each(cases)("$name", async (c) => {
    const p = await project(c.project);
    const upstream = await upstreamColumnsOf(p, model(p, c.model));
    for (const [column, expected] of Object.entries(c.columns)) {
      expect(shown(upstream.get(column)), column).toEqual(expected);
    }
  });

  it("reads raw SQL through stripJinja as it reads the compiled SQL (jaffle-shop-duckdb)", async () => {
    const p = await open("jaffle-shop-duckdb");
    const models = [...p.nodes.values()].filter((n) => n.resourceType === "model");
    const compiled = await Promise.all(models.map((n) => upstreamColumnsOf(p, n)));
    for (const n of models) delete n.compiledSql;
    const raw = await Promise.all(models.map((n) => upstreamColumnsOf(p, n)));
    expect(models.length).toBe(5);
    expect(raw).toEqual(compiled);
    expect(
      shown(raw[models.findIndex((n) => n.name === "customers")]?.get("number_of_orders")),
    ).toEqual(["~model.jaffle_shop_duckdb.stg_orders.order_id"]);
  });

  it("gives nothing for a node without SQL", async () => {
    const p = await project("jaffle-shop");
    expect(await upstreamColumnsOf(p, model(p, "source.jaffle_shop.ecom.raw_orders"))).toEqual(
      new Map(),
    );
  });
});

interface Figures {
  project: string;
  /** Columns of the project's own models, and those with at least one upstream column. */
  columns: number;
  traced: number;
  /** Upstream columns reported, and those of a node the model depends on. */
  reported: number;
  ofParents: number;
  /** Upstream columns reported, and those the upstream node lists. */
  listed: number;
  /** Columns whose raw-SQL lineage is not empty, and those whose raw lineage the compiled SQL's includes. */
  rawTraced: number;
  rawWithinCompiled: number;
}

const key = (u: UpstreamColumn) => `${u.uniqueId}.${u.column.toLowerCase()}.${u.direct}`;

async function sweep(name: string): Promise<Figures> {
  const { project } = await openProject({ projectDir: join(FIXTURE_PROJECTS, name) });
  const figures: Figures = {
    project: name,
    columns: 0,
    traced: 0,
    reported: 0,
    ofParents: 0,
    listed: 0,
    rawTraced: 0,
    rawWithinCompiled: 0,
  };
  const own = [...project.nodes.values()].filter(
    (n) => n.resourceType === "model" && n.packageName === project.name && n.compiledSql,
  );
  const compiled = new Map<string, Map<string, UpstreamColumn[]>>();
  // Every node with SQL, of every package: none may throw.
  for (const node of project.nodes.values()) {
    const upstream = await upstreamColumnsOf(project, node);
    if (own.includes(node)) compiled.set(node.uniqueId, upstream);
  }
  for (const node of own) {
    for (const feeds of (compiled.get(node.uniqueId) as Map<string, UpstreamColumn[]>).values()) {
      figures.columns++;
      if (feeds.length > 0) figures.traced++;
      for (const feed of feeds) {
        figures.reported++;
        if (node.dependsOn.includes(feed.uniqueId)) figures.ofParents++;
        const parent = project.nodes.get(feed.uniqueId);
        if (parent?.columns.some((c) => c.name === feed.column)) figures.listed++;
      }
    }
  }
  // The same models from their raw SQL (Jinja stripped): macros hide some columns, but what is
  // found should be what the compiled SQL shows.
  for (const node of own) if (node.rawSql) delete node.compiledSql;
  for (const node of own) {
    if (!node.rawSql) continue;
    const raw = await upstreamColumnsOf(project, node);
    const fromCompiled = compiled.get(node.uniqueId) as Map<string, UpstreamColumn[]>;
    for (const [column, feeds] of raw) {
      if (feeds.length === 0) continue;
      figures.rawTraced++;
      const expected = new Set((fromCompiled.get(column) ?? []).map(key));
      if (feeds.every((f) => expected.has(key(f)))) figures.rawWithinCompiled++;
    }
  }
  return figures;
}

/**
 * Measured shares of the own models' columns with at least one upstream column, less a margin.
 * The rest are literals (`'flipside' as creator`, `cast(null as text)`, date spines), columns a
 * Jinja macro renders that the compiled SQL left as constants, and `count(*)`.
 */
const TRACED: Record<string, number> = {
  "crosschain-models": 0.55, // 58.1%: tag models are mostly literal columns
  "ethereum-models": 0.92, // 94.0%
  "flow-models": 0.98, // 100%
  hubspot: 0.9, // 92.2%
  "hubspot-v11": 0.97, // 99.8%
  "jaffle-shop": 0.97, // 98.8%
  "jaffle-shop-duckdb": 0.98, // 100%
  qfdmo: 0.94, // 96.7%
  tuva: 0.87, // 89.1%
};

describe("upstreamColumnsOf over every model of the fixture projects", () => {
  const names = readdirSync(FIXTURE_PROJECTS).filter((p) =>
    existsSync(join(FIXTURE_PROJECTS, p, "target", "manifest.json")),
  );
  const all: Figures[] = [];

  beforeAll(async () => {
    for (const name of names) all.push(await sweep(name));
  }, 120_000);

  it("covers every fixture project", () => {
    expect(all.map((f) => f.project).sort()).toEqual(Object.keys(TRACED).sort());
  });

  it.each(Object.entries(TRACED))("%s: traces most columns to upstream columns", (name, bound) => {
    const f = all.find((x) => x.project === name) as Figures;
    expect(f.columns).toBeGreaterThan(0);
    expect(f.traced / f.columns).toBeGreaterThanOrEqual(bound);
  });

  it("reports only nodes the model depends on", () => {
    const reported = all.reduce((n, f) => n + f.reported, 0);
    const ofParents = all.reduce((n, f) => n + f.ofParents, 0);
    expect(reported).toBeGreaterThan(10_000);
    // The two others are crosschain's silver__tags_active_eth_last_7, whose compiled SQL (older
    // than its depends_on) reads ethereum.silver.transactions, itself a declared source.
    expect(reported - ofParents).toBe(2);
  });

  it("spells upstream columns as the upstream node lists them", () => {
    const reported = all.reduce((n, f) => n + f.reported, 0);
    const listed = all.reduce((n, f) => n + f.listed, 0);
    // The rest are columns the upstream node does not list (YAML of an ephemeral model that names
    // some of its columns, Snowflake's metadata$filename), reported as the SQL writes them.
    expect(listed / reported).toBeGreaterThan(0.98);
  });

  it("from raw SQL, finds only what the compiled SQL shows", () => {
    const traced = all.reduce((n, f) => n + f.rawTraced, 0);
    const within = all.reduce((n, f) => n + f.rawWithinCompiled, 0);
    expect(traced).toBeGreaterThan(5_000);
    // The others take another {% if %} branch than the compiled run (is_incremental, target).
    expect(within / traced).toBeGreaterThan(0.99);
  });
});
