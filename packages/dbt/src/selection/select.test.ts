import { describe, expect, it } from "vitest";
import type { ResourceType } from "../project.js";
import { SelectorError } from "./errors.js";
import { selectNodes, selectNodesWithWarnings } from "./select.js";
import { buildProject, SHOP, type TestNode } from "./test-project.js";

const shop = buildProject(SHOP);

// Keys of docs.getdbt.com/reference/node-selection/… pages each rule comes from.
const METHODS = "methods";
const GRAPH = "graph-operators";
const SETS = "set-operators";
const EXCLUDE = "exclude";
const SYNTAX = "syntax";
const VERSIONS = "methods#version + model-versions";

interface Case {
  /** The dbt rule, and the page (or dbt-core function) it is stated in. */
  rule: string;
  select?: string[];
  exclude?: string[];
  resourceTypes?: ResourceType[];
  expected: string[];
}

const SHOP_OWN = SHOP.filter((n) => (n.packageName ?? "shop") === "shop").map((n) => n.key);

const cases: Case[] = [
  // Methods
  {
    rule: `${METHODS}: a bare name is fqn:, matching the model's name`,
    select: ["orders"],
    expected: ["orders"],
  },
  {
    rule: `${METHODS}#fqn: package.model for a model at the package root`,
    select: ["utils.calendar"],
    expected: ["utils.calendar"],
  },
  {
    rule: `${METHODS}#fqn: package.folder.model`,
    select: ["shop.marts.orders"],
    expected: ["orders"],
  },
  {
    rule: `is_selected_node: the parts must be a prefix of the fqn, so package.model misses a model in a folder`,
    select: ["shop.orders"],
    expected: [],
  },
  {
    rule: `${METHODS}#fqn: a folder name selects the models under it`,
    select: ["marts"],
    expected: [
      "country_report",
      "customers",
      "dates",
      "dim_customers.v1",
      "dim_customers.v2",
      "orders",
    ],
  },
  {
    rule: `${GRAPH}#star / ${METHODS}: folder.* selects the folder's models, in every package, sources not`,
    select: ["staging.*"],
    expected: ["stg_customers", "stg_orders", "stg_payments", "utils.date_spine"],
  },
  {
    rule: `is_selected_node: a wildcard part matches the rest of the fqn, so stg_* misses models in folders`,
    select: ["stg_*"],
    expected: [],
  },
  {
    rule: `${METHODS}: *.folder_name.* style patterns; * crosses dots`,
    select: ["*.stg_*"],
    expected: ["stg_customers", "stg_orders", "stg_payments"],
  },
  {
    rule: `${METHODS}#fqn: * alone is every model, seed and snapshot (sources are not fqn-selectable)`,
    select: ["*"],
    expected: SHOP.filter((n) => n.type !== "source").map((n) => n.key),
  },
  {
    rule: `${METHODS}#package: a bare package name is the package`,
    select: ["utils"],
    expected: ["utils.calendar", "utils.date_spine"],
  },
  {
    rule: `${METHODS}#package: package:NAME`,
    select: ["package:utils"],
    expected: ["utils.calendar", "utils.date_spine"],
  },
  {
    rule: `${METHODS}#package: package:this is the current project, sources and seeds too`,
    select: ["package:this"],
    expected: SHOP_OWN,
  },
  { rule: `${METHODS}#tag`, select: ["tag:nightly"], expected: ["country_report", "orders"] },
  {
    rule: `${METHODS}: Unix-style wildcards in tag:`,
    select: ["tag:stag*"],
    expected: ["stg_customers", "stg_orders", "stg_payments"],
  },
  {
    rule: `${METHODS}#path: a folder selects files under it, and sources whose YAML is there`,
    select: ["path:models/staging"],
    expected: [
      "raw.customers",
      "raw.orders",
      "stg_customers",
      "stg_orders",
      "stg_payments",
      "stripe.payments",
      "utils.date_spine",
    ],
  },
  {
    rule: `${METHODS}#path: a value with / is a path without path:`,
    select: ["models/staging/stripe"],
    expected: ["stg_payments", "stripe.payments"],
  },
  {
    rule: `${METHODS}#path: a file path selects that file's node`,
    select: ["path:models/marts/orders.sql"],
    expected: ["orders"],
  },
  {
    rule: `PathSelectorMethod: a schema YAML's path selects the models it documents (patch_path)`,
    select: ["models/marts/_marts.yml"],
    expected: ["customers", "orders"],
  },
  {
    rule: `PathSelectorMethod: root.glob(selector), * within one folder`,
    select: ["path:models/*/stg_*.sql"],
    expected: ["stg_customers", "stg_orders"],
  },
  {
    rule: `PathSelectorMethod: root.glob(selector), ** across folders`,
    select: ["path:models/**/stg_*.sql"],
    expected: ["stg_customers", "stg_orders", "stg_payments"],
  },
  {
    rule: `PathSelectorMethod: paths are relative to the project root`,
    select: ["/work/shop/models/marts/reports/"],
    expected: ["country_report"],
  },
  {
    rule: `${METHODS}#file: a .sql name is file: without file:`,
    select: ["orders.sql"],
    expected: ["orders"],
  },
  {
    rule: `${METHODS}#file: file:NAME also matches the name without extension`,
    select: ["file:country_codes"],
    expected: ["country_codes"],
  },
  {
    rule: `${METHODS}#source: source:NAME is every table of the source`,
    select: ["source:raw"],
    expected: ["raw.customers", "raw.orders"],
  },
  {
    rule: `${METHODS}#source: source:NAME.TABLE`,
    select: ["source:raw.orders"],
    expected: ["raw.orders"],
  },
  {
    rule: `SourceSelectorMethod: package.source.table, each part a wildcard`,
    select: ["source:shop.*.pay*"],
    expected: ["stripe.payments"],
  },
  { rule: `${METHODS}#resource_type`, select: ["resource_type:seed"], expected: ["country_codes"] },
  {
    rule: `${METHODS}#resource_type: sources too`,
    select: ["resource_type:source"],
    expected: ["raw.customers", "raw.orders", "stripe.payments"],
  },
  {
    rule: `${METHODS}#config: config.materialized`,
    select: ["config.materialized:incremental"],
    expected: ["country_report"],
  },
  {
    rule: `ConfigSelectorMethod: config.KEY.SUBKEY descends into meta`,
    select: ["config.meta.owner:finance"],
    expected: ["orders"],
  },
  {
    rule: `ConfigSelectorMethod: "true" matches a boolean`,
    select: ["config.meta.contains_pii:true"],
    expected: ["customers"],
  },
  {
    rule: `ConfigSelectorMethod: a list config matches when it holds the value`,
    select: ["config.tags:marts"],
    expected: ["customers", "orders"],
  },
  // Versions
  {
    rule: `${VERSIONS}: the model name selects every version`,
    select: ["dim_customers"],
    expected: ["dim_customers.v1", "dim_customers.v2"],
  },
  {
    rule: `${VERSIONS}: name.vN selects one version`,
    select: ["dim_customers.v2"],
    expected: ["dim_customers.v2"],
  },
  {
    rule: `is_selected_node: name_vN matches a version too`,
    select: ["dim_customers_v1"],
    expected: ["dim_customers.v1"],
  },
  {
    rule: `${VERSIONS}: version:latest (latest_version defaults to the greatest)`,
    select: ["version:latest"],
    expected: ["dim_customers.v2"],
  },
  { rule: `${VERSIONS}: version:old`, select: ["version:old"], expected: ["dim_customers.v1"] },
  {
    rule: `${VERSIONS}: version:none is every unversioned model`,
    select: ["version:none,package:this"],
    expected: [
      "country_report",
      "customers",
      "dates",
      "int_orders_payments",
      "orders",
      "stg_customers",
      "stg_orders",
      "stg_payments",
    ],
  },
  // Graph operators
  {
    rule: `${GRAPH}: x+ is x and all descendants`,
    select: ["stg_orders+"],
    expected: [
      "country_report",
      "customers",
      "dim_customers.v1",
      "dim_customers.v2",
      "int_orders_payments",
      "orders",
      "orders_snapshot",
      "stg_orders",
    ],
  },
  {
    rule: `${GRAPH}: +x is x and all ancestors`,
    select: ["+orders"],
    expected: [
      "int_orders_payments",
      "orders",
      "raw.customers",
      "raw.orders",
      "stg_customers",
      "stg_orders",
      "stg_payments",
      "stripe.payments",
    ],
  },
  {
    rule: `${GRAPH}: +x+ is ancestors and descendants`,
    select: ["+customers+"],
    expected: [
      "customers",
      "dim_customers.v1",
      "dim_customers.v2",
      "int_orders_payments",
      "orders",
      "raw.customers",
      "raw.orders",
      "stg_customers",
      "stg_orders",
      "stg_payments",
      "stripe.payments",
    ],
  },
  {
    rule: `${GRAPH}#n-plus: x+1 is first-degree descendants`,
    select: ["stg_orders+1"],
    expected: ["int_orders_payments", "orders_snapshot", "stg_orders"],
  },
  {
    rule: `${GRAPH}#n-plus: 2+x is parents and grandparents`,
    select: ["2+orders"],
    expected: [
      "int_orders_payments",
      "orders",
      "raw.customers",
      "stg_customers",
      "stg_orders",
      "stg_payments",
    ],
  },
  {
    rule: `${GRAPH}#n-plus: n+x+m`,
    select: ["1+orders+1"],
    expected: ["country_report", "customers", "int_orders_payments", "orders", "stg_customers"],
  },
  {
    rule: `${GRAPH}#at: @x is x, its descendants and all their ancestors`,
    select: ["@stg_payments"],
    expected: [
      "country_codes",
      "country_report",
      "customers",
      "dim_customers.v1",
      "dim_customers.v2",
      "int_orders_payments",
      "orders",
      "raw.customers",
      "raw.orders",
      "stg_customers",
      "stg_orders",
      "stg_payments",
      "stripe.payments",
    ],
  },
  {
    rule: `${GRAPH}: operators apply to any method (source:raw+)`,
    select: ["source:raw+"],
    expected: [
      "customers",
      "dim_customers.v1",
      "dim_customers.v2",
      "int_orders_payments",
      "orders",
      "orders_snapshot",
      "raw.customers",
      "raw.orders",
      "stg_customers",
      "stg_orders",
      "country_report",
    ],
  },
  // Set operators
  {
    rule: `${SETS}#unions: space-separated selectors`,
    select: ["stg_orders stg_customers"],
    expected: ["stg_customers", "stg_orders"],
  },
  {
    rule: `${SETS}#unions: several --select values`,
    select: ["tag:nightly", "country_codes"],
    expected: ["country_codes", "country_report", "orders"],
  },
  {
    rule: `${SETS}#intersections: +a,+b is their common ancestors`,
    select: ["+customers,+country_report"],
    expected: [
      "int_orders_payments",
      "orders",
      "raw.customers",
      "raw.orders",
      "stg_customers",
      "stg_orders",
      "stg_payments",
      "stripe.payments",
    ],
  },
  {
    rule: `${SETS}#intersections: a+,b+ is their common descendants`,
    select: ["stg_orders+,stg_customers+"],
    expected: ["country_report", "customers", "dim_customers.v1", "dim_customers.v2", "orders"],
  },
  {
    rule: `${SETS}#intersections: folder,tag:nightly`,
    select: ["marts,tag:nightly"],
    expected: ["country_report", "orders"],
  },
  // Exclude
  {
    rule: `${EXCLUDE}: --exclude removes from the selection`,
    select: ["marts"],
    exclude: ["tag:nightly"],
    expected: ["customers", "dates", "dim_customers.v1", "dim_customers.v2"],
  },
  {
    rule: `${EXCLUDE}: exclusion comes after graph operators on both sides`,
    select: ["stg_orders+"],
    exclude: ["customers+"],
    expected: ["country_report", "int_orders_payments", "orders", "orders_snapshot", "stg_orders"],
  },
  {
    rule: `${EXCLUDE}: without --select, from every node`,
    exclude: ["package:utils"],
    expected: SHOP_OWN,
  },
  {
    rule: `${EXCLUDE}: --exclude values are unions too`,
    select: ["marts"],
    exclude: ["dim_customers dates", "tag:nightly"],
    expected: ["customers"],
  },
  // Whole selection
  { rule: `${SYNTAX}: no --select selects every node`, expected: SHOP.map((n) => n.key) },
  {
    rule: `selector.py ResourceTypeSelector: resource types filter the result last`,
    select: ["+orders"],
    resourceTypes: ["model"],
    expected: ["int_orders_payments", "orders", "stg_customers", "stg_orders", "stg_payments"],
  },
];

describe("selectNodes follows dbt's selection rules", () => {
  it.each(cases)("$rule", ({ select, exclude, resourceTypes, expected }) => {
    const selected = selectNodes(shop.project, {
      ...(select && { select }),
      ...(exclude && { exclude }),
      ...(resourceTypes && { resourceTypes }),
    });
    expect(shop.keys(selected)).toEqual([...expected].sort());
  });

  it("returns ids in the project's node order", () => {
    const selected = selectNodes(shop.project, { select: ["orders+1", "+stg_orders"] });
    const order = [...shop.project.nodes.keys()].filter((id) => selected.has(id));
    expect([...selected]).toEqual(order);
  });
});

describe("warnings", () => {
  it("a member that matches nothing is a warning, not an error (selector.py alert_non_existence)", () => {
    const result = selectNodesWithWarnings(shop.project, {
      select: ["orders nope tag:nothing,orders"],
      exclude: ["ghost"],
    });
    expect(shop.keys(result.selected)).toEqual(["orders"]);
    expect(result.warnings).toEqual([
      "The --select criterion 'nope' does not match any nodes.",
      "The --select criterion 'tag:nothing,orders' does not match any nodes.",
      "The --exclude criterion 'ghost' does not match any nodes.",
    ]);
  });

  it("a bare name that is a source's says to use source: (dbt's fqn: never matches sources)", () => {
    const { selected, warnings } = selectNodesWithWarnings(shop.project, {
      select: ["raw.orders"],
    });
    expect(selected.size).toBe(0);
    expect(warnings).toEqual([
      "The --select criterion 'raw.orders' does not match any nodes. Sources are selected with source:, as in source:raw.orders.",
    ]);
  });

  it("methods for resources osmosis does not hold select nothing and say so", () => {
    const result = selectNodesWithWarnings(shop.project, { select: ["test_type:generic orders"] });
    expect(shop.keys(result.selected)).toEqual(["orders"]);
    expect(result.warnings[0]).toMatch(/test_type:generic selects nothing/);
  });

  it("a config key the project model lacks selects nothing and says so", () => {
    const result = selectNodesWithWarnings(shop.project, { select: ["config.schema:audit"] });
    expect(result.selected.size).toBe(0);
    expect(result.warnings[0]).toMatch(/keeps only the materialized, tags and meta configs/);
  });

  it("version:latest follows a latest_version the manifest records over the greatest", () => {
    const project = {
      ...shop.project,
      nodes: new Map(
        [...shop.project.nodes].map(([id, node]) => [
          id,
          node.resourceType === "model" && node.version !== undefined
            ? { ...node, latestVersion: 1 }
            : node,
        ]),
      ),
    };
    const latest = [...selectNodes(project, { select: ["version:latest"] })];
    expect(latest.length).toBeGreaterThan(0);
    for (const id of latest) expect(project.nodes.get(id)?.version).toBe(1);
  });
});

// A previous run's project for state: selection. Against it, the current SHOP has:
// stg_orders' SQL edited, customers turned from view to table, the seed's CSV changed,
// country_report and dim_customers.v2 added, orders' description rewritten (not a change for
// dbt without persist_docs), and legacy_orders deleted.
const previous = buildProject([
  ...SHOP.filter((n) => n.key !== "country_report" && n.key !== "dim_customers.v2").map(
    (n): TestNode => {
      if (n.key === "stg_orders") return { ...n, rawSql: "select 1 as id" };
      if (n.key === "customers") return { ...n, materialized: "view" };
      if (n.key === "country_codes") return { ...n, checksum: "seed-0" };
      if (n.key === "orders") return { ...n, description: "Old words." };
      return n;
    },
  ),
  {
    key: "legacy_orders",
    type: "model",
    name: "legacy_orders",
    path: "models/legacy/legacy_orders.sql",
  },
]).project;

const STATE = "methods#state";
const stateCases: Case[] = [
  {
    rule: `${STATE}: state:new is what the previous project lacks`,
    select: ["state:new"],
    expected: ["country_report", "dim_customers.v2"],
  },
  {
    rule: `${STATE}: state:old is what it has`,
    select: ["state:old,package:utils"],
    expected: ["utils.calendar", "utils.date_spine"],
  },
  {
    rule: `${STATE}: state:modified is new nodes and changed ones (body, configs)`,
    select: ["state:modified"],
    expected: ["country_codes", "country_report", "customers", "dim_customers.v2", "stg_orders"],
  },
  {
    rule: `${STATE}#subselectors: state:modified.body (seeds by checksum)`,
    select: ["state:modified.body"],
    expected: ["country_codes", "country_report", "dim_customers.v2", "stg_orders"],
  },
  {
    rule: `${STATE}#subselectors: state:modified.configs`,
    select: ["state:modified.configs"],
    expected: ["country_report", "customers", "dim_customers.v2"],
  },
  {
    rule: `${STATE}: state:modified+ adds what the change flows into (slim CI)`,
    select: ["state:modified+"],
    expected: [
      "country_codes",
      "country_report",
      "customers",
      "dim_customers.v1",
      "dim_customers.v2",
      "int_orders_payments",
      "orders",
      "orders_snapshot",
      "stg_orders",
    ],
  },
  {
    rule: `${STATE}: state:unmodified`,
    select: ["state:unmodified,resource_type:model,package:this"],
    expected: [
      "dates",
      "dim_customers.v1",
      "int_orders_payments",
      "orders",
      "stg_customers",
      "stg_payments",
    ],
  },
  {
    rule: `${STATE} with ${EXCLUDE}`,
    select: ["state:modified+"],
    exclude: ["tag:nightly", "dim_customers"],
    expected: [
      "country_codes",
      "customers",
      "int_orders_payments",
      "orders_snapshot",
      "stg_orders",
    ],
  },
];

describe("state: against a previous project", () => {
  it.each(stateCases)("$rule", ({ select, exclude, expected }) => {
    const selected = selectNodes(shop.project, {
      state: previous,
      ...(select && { select }),
      ...(exclude && { exclude }),
    });
    expect(shop.keys(selected)).toEqual([...expected].sort());
  });

  it("says once what state:modified cannot see", () => {
    const { warnings } = selectNodesWithWarnings(shop.project, {
      state: previous,
      select: ["state:modified+", "state:unmodified"],
    });
    expect(warnings.filter((w) => w.startsWith("state:modified compares"))).toHaveLength(1);
    expect(warnings[0]).toMatch(/macros, contracts, persisted descriptions/);
  });

  it("needs --state", () => {
    const error = catchError(() =>
      selectNodes(shop.project, { select: ["tag:marts state:modified+"] }),
    );
    expect(error).toBeInstanceOf(SelectorError);
    expect(error).toMatchObject({
      selector: "tag:marts state:modified+",
      position: 10,
      option: "select",
    });
    expect(error.message).toMatch(/pass --state DIR/);
  });

  it("counts a changed dependency, an fqn move, tags and meta as modifications", () => {
    const base: TestNode[] = [
      { key: "a", type: "model", name: "a", path: "models/a.sql", rawSql: "x" },
      { key: "b", type: "model", name: "b", path: "models/b.sql", rawSql: "x" },
      {
        key: "m",
        type: "model",
        name: "m",
        path: "models/m.sql",
        rawSql: "x",
        dependsOn: ["a"],
        tags: ["t"],
        meta: { k: { x: 1, y: 2 } },
      },
      { key: "n", type: "model", name: "n", path: "models/n.sql", rawSql: "x" },
      { key: "s", type: "source", name: "s", sourceName: "src", path: "models/src.yml" },
    ];
    const before = buildProject(base).project;
    const edit = (changes: Partial<Record<string, Partial<TestNode>>>) =>
      buildProject(base.map((n) => ({ ...n, ...changes[n.key] })));
    const modified = (changes: Partial<Record<string, Partial<TestNode>>>) => {
      const after = edit(changes);
      return after.keys(selectNodes(after.project, { select: ["state:modified"], state: before }));
    };
    expect(modified({})).toEqual([]);
    expect(modified({ m: { meta: { k: { y: 2, x: 1 } } } })).toEqual([]);
    expect(modified({ m: { dependsOn: ["b"] } })).toEqual(["m"]);
    expect(modified({ m: { tags: ["t", "u"] } })).toEqual(["m"]);
    expect(modified({ m: { meta: { k: { x: 1, y: 3 } } } })).toEqual(["m"]);
    expect(modified({ n: { path: "models/sub/n.sql" } })).toEqual(["n"]);
    expect(modified({ s: { tags: ["pii"] } })).toEqual([]);
    expect(modified({ s: { path: "models/raw/src.yml" } })).toEqual(["s"]);
  });
});

function catchError(run: () => unknown): SelectorError {
  try {
    run();
  } catch (error) {
    if (error instanceof SelectorError) return error;
    throw error;
  }
  throw new Error("expected a SelectorError");
}
