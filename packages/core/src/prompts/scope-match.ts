// The meaning of a scope's `match`: every key given must accept the subject, any item of a key may.

import type { ScopeMatch } from "./prompt-file.js";

/** How the caller tests one pattern of each kind against its subject (a glob, a tag, a selector). */
export interface ScopeTests {
  path: (pattern: string) => boolean;
  tag: (tag: string) => boolean;
  name: (pattern: string) => boolean;
  select: (selector: string) => boolean;
}

/**
 * True when the subject passes `match`: for each key the scope gives (AND), at least one of
 * its items passes the caller's test (OR). Keeps that rule in one place for every caller:
 * `prompts.resolve("model", (match) => matchesScope(match, testsFor(model)))`.
 */
export function matchesScope(match: ScopeMatch, tests: ScopeTests): boolean {
  return (Object.keys(tests) as Array<keyof ScopeTests>).every((key) => {
    const items = match[key];
    return items === undefined || items.some((item) => tests[key](item));
  });
}
