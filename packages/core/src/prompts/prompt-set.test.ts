import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LLMConfigError } from "../errors.js";
import { loadPrompts } from "./loader.js";
import type { ScopeMatch } from "./prompt-file.js";
import { matchesScope } from "./scope-match.js";
import { BUILT_IN, errorOf, JOBS, MODEL_VARIABLES, tempFolder } from "./test-support.js";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

/** A dbt-like subject: a path, tags and a name, matched by exact pattern for the test. */
interface Subject {
  path: string;
  tags: string[];
  name: string;
}

const stgOrders: Subject = { path: "models/staging", tags: ["staging"], name: "stg_orders" };
const stgNightly: Subject = { path: "models/staging", tags: ["nightly"], name: "stg_events" };
const fctOrders: Subject = { path: "models/marts", tags: ["staging"], name: "fct_orders" };

const matcherFor = (subject: Subject) => (match: ScopeMatch) =>
  matchesScope(match, {
    path: (pattern) => pattern === subject.path,
    tag: (tag) => subject.tags.includes(tag),
    name: (pattern) => pattern === subject.name,
    select: () => false,
  });

// The config's prompts: unscoped parts, and scopes in file order.
const CONFIG = `version: 1
jobs:
  model:
    system: config system
    user: config user
scopes:
  - name: staging-tagged
    match:
      tag: staging
    jobs:
      model:
        user: staging user
        temperature: 0.5
  - name: staging-folder
    match:
      path: models/staging
      name: [stg_orders, stg_events]
    jobs:
      model:
        user: folder user
        system: folder system
        maxOutputTokens: 100
`;

async function load(options: { cli?: string; config?: string } = {}) {
  const configFile = await folder.write("prompts.yaml", options.config ?? CONFIG);
  const cliFile =
    options.cli === undefined ? undefined : await folder.write("cli.yaml", options.cli);
  return loadPrompts({
    jobs: JOBS,
    builtIn: BUILT_IN,
    env: {},
    cliFile,
    config: configFile,
    cwd: folder.dir,
  });
}

describe("scopes", () => {
  it.each<[string, Subject, Record<string, unknown>]>([
    [
      "the first matching scope wins a part; a later one supplies the parts it lacks",
      stgOrders,
      {
        system: "folder system",
        user: "staging user",
        temperature: 0.5,
        maxOutputTokens: 100,
        scopes: ["staging-tagged", "staging-folder"],
      },
    ],
    [
      "a scope matches only when every key matches (path AND name)",
      fctOrders,
      {
        system: "config system",
        user: "staging user",
        temperature: 0.5,
        maxOutputTokens: undefined,
        scopes: ["staging-tagged"],
      },
    ],
    [
      "any item of a key matches (name: [stg_orders, stg_events])",
      stgNightly,
      {
        system: "folder system",
        user: "folder user",
        temperature: 0.2,
        maxOutputTokens: 100,
        scopes: ["staging-folder"],
      },
    ],
    [
      "no scope matches: the level's unscoped parts, then lower levels",
      { path: "models/marts", tags: [], name: "fct_orders" },
      {
        system: "config system",
        user: "config user",
        temperature: 0.2,
        maxOutputTokens: undefined,
        scopes: [],
      },
    ],
  ])("%s", async (_, subject, expected) => {
    const prompts = await load();
    const resolved = prompts.resolve("model", matcherFor(subject));
    const rendered = resolved.render(MODEL_VARIABLES);
    expect({
      system: rendered.system,
      user: rendered.user,
      temperature: resolved.temperature,
      maxOutputTokens: resolved.maxOutputTokens,
      scopes: resolved.scopes,
    }).toEqual(expected);
  });

  it("a scope part falls back to its level's unscoped part, not to lower levels", async () => {
    const prompts = await load();
    const resolved = prompts.resolve("model", matcherFor(fctOrders));
    expect(resolved.origins.system).toEqual({
      level: "config",
      source: "prompts.yaml",
      line: 4,
    });
    expect(resolved.origins.user).toEqual({
      level: "config",
      source: "prompts.yaml",
      line: 12,
      scope: "staging-tagged",
    });
  });

  it("a scope of a lower level loses to an unscoped part of a higher level", async () => {
    const cli = "version: 1\njobs:\n  model:\n    user: cli user\n";
    const prompts = await load({ cli });
    const resolved = prompts.resolve("model", matcherFor(stgOrders));
    expect(resolved.render(MODEL_VARIABLES)).toEqual({
      system: "folder system",
      user: "cli user",
    });
    expect(resolved.origins.user.level).toBe("cli");
    // The tagged scope still gives the temperature; the list is in file order.
    expect(resolved.scopes).toEqual(["staging-tagged", "staging-folder"]);
  });

  it("a scope of a higher level wins over every part of lower levels", async () => {
    const cli = `version: 1
scopes:
  - match: { tag: staging }
    jobs:
      model:
        system: cli staging system
`;
    const prompts = await load({ cli });
    const resolved = prompts.resolve("model", matcherFor(stgOrders));
    expect(resolved.render(MODEL_VARIABLES).system).toBe("cli staging system");
    expect(resolved.origins.system).toMatchObject({ level: "cli", scope: "scopes[0]", line: 6 });
  });

  it("asks about each scope at most once per resolve, and only when it could supply a part", async () => {
    const prompts = await load();
    const asked: ScopeMatch[] = [];
    prompts.resolve("model", (match) => {
      asked.push(match);
      return true;
    });
    expect(asked).toHaveLength(2);
    expect(asked).toEqual(
      expect.arrayContaining([
        { tag: ["staging"] },
        { path: ["models/staging"], name: ["stg_orders", "stg_events"] },
      ]),
    );
    asked.length = 0;
    prompts.resolve("source", (match) => {
      asked.push(match);
      return true;
    });
    expect(asked).toEqual([]);
  });

  it("returns the same resolved prompt for subjects that chose the same sources", async () => {
    const prompts = await load();
    const a = prompts.resolve("model", matcherFor(stgOrders));
    const b = prompts.resolve("model", matcherFor({ ...stgOrders, name: "stg_events" }));
    const c = prompts.resolve("model", matcherFor(fctOrders));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it("lists every scope in precedence order with its origin", async () => {
    const cli = "version: 1\nscopes:\n  - match: { name: x }\n    jobs: { source: { user: y } }\n";
    const prompts = await load({ cli });
    expect(prompts.scopes()).toEqual([
      {
        name: "scopes[0]",
        match: { name: ["x"] },
        origin: { level: "cli", source: "cli.yaml", line: 3, scope: "scopes[0]" },
        jobs: ["source"],
      },
      {
        name: "staging-tagged",
        match: { tag: ["staging"] },
        origin: { level: "config", source: "prompts.yaml", line: 7, scope: "staging-tagged" },
        jobs: ["model"],
      },
      {
        name: "staging-folder",
        match: { path: ["models/staging"], name: ["stg_orders", "stg_events"] },
        origin: { level: "config", source: "prompts.yaml", line: 14, scope: "staging-folder" },
        jobs: ["model"],
      },
    ]);
  });

  it("refuses an unknown job with the known ones", async () => {
    const prompts = await load();
    const error = await errorOf(() => prompts.resolve("modle", () => true));
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toBe(
      'There is no prompt job "modle". Did you mean "model"? The jobs are: model, source.',
    );
  });
});
