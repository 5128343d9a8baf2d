import { describe, expect, it } from "vitest";
import { ancestorsByGeneration, inheritColumns } from "./inheritance.js";
import { get, project } from "./test-support.js";

const shop = () =>
  project([
    {
      uniqueId: "source.shop.raw.orders",
      columns: [
        ["id", "Order id from the app."],
        ["amount_cents", "Amount in cents."],
      ],
    },
    { uniqueId: "seed.shop.countries", columns: [["country_code", "ISO 3166 alpha-2 code."]] },
    {
      uniqueId: "model.shop.stg_orders",
      dependsOn: ["source.shop.raw.orders"],
      columns: [["order_id", "The order's key."], "amount_cents", "status"],
    },
    {
      uniqueId: "model.shop.stg_customers",
      dependsOn: [],
      columns: [
        ["customer_id", "The customer's key."],
        ["status", "The customer's status."],
      ],
    },
    {
      uniqueId: "model.shop.orders",
      dependsOn: ["model.shop.stg_orders", "model.shop.stg_customers", "seed.shop.countries"],
      columns: [
        "order_id",
        "AMOUNT_CENTS",
        "status",
        "customer_id",
        "country_code",
        ["note", "Pending further documentation"],
        "unknown_col",
      ],
    },
  ]);

describe("inheritColumns", () => {
  it("fills missing descriptions from the nearest documented upstream column, case-insensitively", () => {
    const p = shop();
    const inherited = inheritColumns(p, get(p, "model.shop.orders"));
    expect(inherited).toEqual([
      {
        column: "order_id",
        description: "The order's key.",
        from: { uniqueId: "model.shop.stg_orders", column: "order_id", depth: 1 },
      },
      // stg_orders has the column but no description: its source, two generations up, does.
      {
        column: "AMOUNT_CENTS",
        description: "Amount in cents.",
        from: { uniqueId: "source.shop.raw.orders", column: "amount_cents", depth: 2 },
      },
      // stg_orders lists `status` undocumented; stg_customers, the next parent, documents it.
      {
        column: "status",
        description: "The customer's status.",
        from: { uniqueId: "model.shop.stg_customers", column: "status", depth: 1 },
      },
      {
        column: "customer_id",
        description: "The customer's key.",
        from: { uniqueId: "model.shop.stg_customers", column: "customer_id", depth: 1 },
      },
      {
        column: "country_code",
        description: "ISO 3166 alpha-2 code.",
        from: { uniqueId: "seed.shop.countries", column: "country_code", depth: 1 },
      },
    ]);
  });

  it("treats a placeholder as missing, and never matches a column nobody upstream documents", () => {
    const p = shop();
    get(p, "model.shop.stg_orders").columns.push({
      name: "note",
      description: "Free text note.",
      origin: "yaml",
    });
    const names = inheritColumns(p, get(p, "model.shop.orders")).map((c) => c.column);
    expect(names).toContain("note");
    expect(names).not.toContain("unknown_col");
  });

  it("keeps what a person wrote unless forced, and never takes a placeholder from upstream", () => {
    const p = project([
      {
        uniqueId: "model.shop.a",
        columns: [
          ["id", "Upstream text."],
          ["flag", "Not documented"],
        ],
      },
      {
        uniqueId: "model.shop.b",
        dependsOn: ["model.shop.a"],
        columns: [["id", "Our own words."], "flag"],
      },
    ]);
    const b = get(p, "model.shop.b");
    expect(inheritColumns(p, b)).toEqual([]);
    expect(inheritColumns(p, b, { force: true }).map((c) => [c.column, c.description])).toEqual([
      ["id", "Upstream text."],
    ]);
  });

  it("matches through configured prefixes and suffixes, after exact names", () => {
    const p = project([
      {
        uniqueId: "model.shop.stg",
        columns: [
          ["src_customer_id", "Customer key."],
          ["email_raw", "The e-mail as typed."],
          ["customer_id", "Exact match wins."],
        ],
      },
      {
        uniqueId: "model.shop.mart",
        dependsOn: ["model.shop.stg"],
        columns: ["customer_id", "email"],
      },
    ]);
    const mart = get(p, "model.shop.mart");
    expect(inheritColumns(p, mart).map((c) => c.column)).toEqual(["customer_id"]);
    const inherited = inheritColumns(p, mart, {
      columnPrefixes: ["src_"],
      columnSuffixes: ["_raw"],
    });
    expect(inherited.map((c) => [c.column, c.description])).toEqual([
      ["customer_id", "Exact match wins."],
      ["email", "The e-mail as typed."],
    ]);
  });

  it("stops at maxDepth", () => {
    const p = project([
      { uniqueId: "model.shop.a", columns: [["id", "Deep."]] },
      { uniqueId: "model.shop.b", dependsOn: ["model.shop.a"], columns: ["id"] },
      { uniqueId: "model.shop.c", dependsOn: ["model.shop.b"], columns: ["id"] },
    ]);
    const c = get(p, "model.shop.c");
    expect(inheritColumns(p, c, { maxDepth: 1 })).toEqual([]);
    expect(inheritColumns(p, c)[0]?.from).toEqual({
      uniqueId: "model.shop.a",
      column: "id",
      depth: 2,
    });
  });
});

describe("ancestorsByGeneration", () => {
  it("lists each ancestor once, at its nearest depth, and survives a diamond", () => {
    const p = project([
      { uniqueId: "model.shop.a" },
      { uniqueId: "model.shop.b", dependsOn: ["model.shop.a"] },
      { uniqueId: "model.shop.c", dependsOn: ["model.shop.a", "model.shop.b"] },
      { uniqueId: "model.shop.d", dependsOn: ["model.shop.b", "model.shop.c"] },
    ]);
    expect(ancestorsByGeneration(p, "model.shop.d")).toEqual([
      ["model.shop.b", "model.shop.c"],
      ["model.shop.a"],
    ]);
  });
});
