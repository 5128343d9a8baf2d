import { describe, expect, it } from "vitest";
import type { ScopeMatch } from "./prompt-file.js";
import { matchesScope, type ScopeTests } from "./scope-match.js";

// A subject at models/staging/stg_orders.sql tagged staging, selected by "tag:nightly" only.
const tests: ScopeTests = {
  path: (pattern) => pattern === "models/staging/**",
  tag: (tag) => tag === "staging",
  name: (pattern) => pattern === "stg_*",
  select: (selector) => selector === "tag:nightly",
};

describe("matchesScope", () => {
  it.each<[string, ScopeMatch, boolean]>([
    ["one key that matches", { tag: ["staging"] }, true],
    ["one key that does not", { tag: ["marts"] }, false],
    ["any item of a key (OR)", { tag: ["marts", "staging"] }, true],
    ["every key given (AND), all matching", { path: ["models/staging/**"], name: ["stg_*"] }, true],
    ["every key given (AND), one failing", { path: ["models/staging/**"], name: ["fct_*"] }, false],
    ["a selector", { select: ["tag:nightly"] }, true],
    ["a selector that does not select it", { select: ["tag:hourly"], tag: ["staging"] }, false],
  ])("%s", (_, match, expected) => {
    expect(matchesScope(match, tests)).toBe(expected);
  });
});
