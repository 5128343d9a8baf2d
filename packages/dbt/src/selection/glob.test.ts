import { describe, expect, it } from "vitest";
import { fnmatch, matchPathGlob } from "./glob.js";
import { normalizePath } from "./methods.js";

describe("fnmatch, as Python's fnmatchcase", () => {
  it.each([
    ["orders", "orders", true],
    ["orders", "Orders", false],
    ["stg_orders", "stg_*", true],
    ["staging.stripe.stg_payments", "*", true],
    ["staging.stg_orders", "*.stg_*", true],
    ["v2", "v?", true],
    ["v10", "v?", false],
    ["b", "[abc]", true],
    ["d", "[!abc]", true],
    ["a", "[!abc]", false],
    ["m", "[a-z]", true],
    ["]", "[]]", true],
    ["[x", "[x", true],
    ["a.b", "a.b", true],
    ["axb", "a.b", false],
    ["x", "[z-a]", false],
    ["a(b)", "a(b)", true],
  ])("%s ~ %s → %s", (name, pattern, expected) => {
    expect(fnmatch(name, pattern)).toBe(expected);
  });
});

describe("matchPathGlob, as pathlib's glob", () => {
  it.each([
    ["models/staging", "models/staging", true],
    ["models/staging/stg_orders.sql", "models/*/stg_*.sql", true],
    ["models/staging/stripe/stg_payments.sql", "models/*/stg_*.sql", false],
    ["models/staging/stripe/stg_payments.sql", "models/**/stg_*.sql", true],
    ["models/stg_orders.sql", "models/**/stg_*.sql", true],
    ["models/staging", "models/*", true],
    ["models/staging/a.sql", "models/*", false],
  ])("%s ~ %s → %s", (path, pattern, expected) => {
    expect(matchPathGlob(path, pattern)).toBe(expected);
  });
});

describe("normalizePath", () => {
  it.each([
    ["./models/staging/", undefined, "models/staging"],
    ["models//staging", undefined, "models/staging"],
    ["models\\staging\\a.sql", undefined, "models/staging/a.sql"],
    ["/work/shop/models", "/work/shop", "models"],
    ["/work/shop", "/work/shop/", "."],
    ["/elsewhere/models", "/work/shop", "/elsewhere/models"],
    [".", undefined, "."],
  ])("%s (root %s) → %s", (path, root, expected) => {
    expect(normalizePath(path, root)).toBe(expected);
  });
});
