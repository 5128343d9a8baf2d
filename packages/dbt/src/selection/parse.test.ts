import { LLMConfigError, verdictOf } from "@osmosis/core";
import { describe, expect, it } from "vitest";
import { SelectorError } from "./errors.js";
import { parseSelector } from "./parse.js";

describe("parseSelector", () => {
  it("splits unions on whitespace and intersections on commas, keeping positions", () => {
    const ast = parseSelector("+orders  tag:nightly,config.materialized:table+2");
    expect(ast.union.map((i) => [i.raw, i.position])).toEqual([
      ["+orders", 0],
      ["tag:nightly,config.materialized:table+2", 9],
    ]);
    const [tag, config] = ast.union[1]?.criteria ?? [];
    expect(tag).toMatchObject({ method: "tag", value: "nightly", position: 9, valuePosition: 13 });
    expect(config).toMatchObject({
      method: "config",
      methodArgs: ["materialized"],
      value: "table",
      position: 21,
      valuePosition: 41,
      children: true,
      childrenDepth: 2,
    });
  });

  it.each([
    // selector_spec.py RAW_SELECTOR_PATTERN and default_method
    ["orders", { method: "fqn", methodImplicit: true, value: "orders" }],
    ["models/staging", { method: "path", methodImplicit: true }],
    ["models\\staging", { method: "path", methodImplicit: true }],
    ["orders.sql", { method: "file", methodImplicit: true }],
    ["seeds.CSV", { method: "file" }],
    ["dim_customers.v2", { method: "fqn", value: "dim_customers.v2" }],
    ["+orders", { parents: true, children: false, childrensParents: false }],
    ["3+orders+4", { parents: true, parentsDepth: 3, children: true, childrenDepth: 4 }],
    ["@source:raw", { childrensParents: true, method: "source", value: "raw" }],
    ["@+orders", { childrensParents: true, parents: true }],
    ["a+b", { method: "fqn", value: "a+b", children: false }],
    ["orders+0", { children: true, childrenDepth: 0 }],
  ])("%s", (text, expected) => {
    expect(parseSelector(text).union[0]?.criteria[0]).toMatchObject(expected);
  });
});

describe("parse errors say what is wrong, where, and the valid forms", () => {
  it.each([
    // [selector, position, reason pattern]
    [
      "tag:nightly,bogus:x",
      12,
      /"bogus" is not a valid method name\. Supported methods: fqn, tag, path/,
    ],
    [
      "orders access:public",
      7,
      /"access" is a dbt method osmosis does not support: it keeps no model access levels/,
    ],
    ["tag:", 4, /"tag:" needs a value, as in tag:nightly/],
    ["config.materialized:", 20, /as in config\.materialized:incremental/],
    ["+", 1, /nothing to select/],
    ["a,,b", 2, /empty selector between commas/],
    ["a,", 2, /empty selector between commas/],
    ["@orders+", 7, /"@" prefix and the "\+" suffix cannot be combined/],
    ["2@orders", 0, /a depth before @/],
    ["config:table", 0, /config needs a key/],
    ["tag.color:red", 3, /"tag" takes no "\.color"/],
    [
      "state:changed",
      6,
      /"changed" is not a state check; expected one of state:new, state:old, state:modified/,
    ],
    [
      "state:modified.macros",
      6,
      /state:modified\.macros is not supported: osmosis's project model does not keep macros/,
    ],
    ["version:newest", 8, /expected one of latest, prerelease, old, none/],
    [
      "source:a.b.c.d",
      7,
      /write source_name, source_name\.table_name or package_name\.source_name\.table_name/,
    ],
    ["resource_type:table", 14, /"table" is not a dbt resource type/],
    ["", 0, /the selector is empty/],
  ])("%s → position %i", (text, position, reason) => {
    let caught: unknown;
    try {
      parseSelector(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SelectorError);
    const error = caught as SelectorError;
    expect(error.position).toBe(position);
    expect(error.selector).toBe(text);
    expect(error.reason).toMatch(reason);
    expect(error.message).toContain(`\n  ${text}\n  ${" ".repeat(position)}^\n`);
    expect(error.message).toMatch(/Valid forms: .*METHOD:VALUE/);
  });

  it("is a fatal configuration error of the osmosis hierarchy", () => {
    let caught: unknown;
    try {
      parseSelector("nope:x");
    } catch (error) {
      caught = error;
    }
    expect(LLMConfigError.isInstance(caught)).toBe(true);
    expect(SelectorError.isInstance(caught)).toBe(true);
    expect((caught as SelectorError).code).toBe("config");
    expect(verdictOf(caught)).toBe("fatal");
  });
});
