import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { LLMConfigError } from "../errors.js";
import type { PromptOrigin } from "./layer.js";
import { loadPrompts } from "./loader.js";
import type { PromptParts } from "./prompt-file.js";
import { BUILT_IN, errorOf, JOBS, MODEL_VARIABLES, tempFolder } from "./test-support.js";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

const everyScope = () => true;

type Source = "cli" | "env var" | "env file" | "config" | "built-in";

/** Which of the five sources an origin is: the env level holds two. */
function sourceOf(origin: PromptOrigin | undefined): Source | undefined {
  if (origin === undefined) return undefined;
  if (origin.level === "env") return origin.source.startsWith("env ") ? "env var" : "env file";
  return origin.level;
}

/** Every part a source can set, with values that say which source gave them. */
function partsFrom(source: Source, parts: readonly (keyof PromptParts)[]): PromptParts {
  const all: Record<Source, PromptParts> = {
    cli: {
      system: "system from cli",
      user: "user from cli",
      temperature: 1.1,
      maxOutputTokens: 400,
    },
    "env var": { system: "system from env var", user: "user from env var" },
    "env file": {
      system: "system from env file",
      user: "user from env file",
      temperature: 0.9,
      maxOutputTokens: 300,
    },
    config: {
      system: "system from config",
      user: "user from config",
      temperature: 0.7,
      maxOutputTokens: 200,
    },
    "built-in": {},
  };
  return Object.fromEntries(parts.map((part) => [part, all[source][part]]));
}

const promptFile = (parts: PromptParts) => stringify({ version: 1, jobs: { model: parts } });

type Setup = Partial<Record<Exclude<Source, "built-in">, readonly (keyof PromptParts)[]>> & {
  inlineConfig?: boolean;
};

async function load(setup: Setup) {
  const env: Record<string, string> = {};
  let cliFile: string | undefined;
  let config: string | object | undefined;
  if (setup.cli) cliFile = await folder.write("cli.yaml", promptFile(partsFrom("cli", setup.cli)));
  if (setup["env var"]) {
    const parts = partsFrom("env var", setup["env var"]);
    if (parts.system) env.OSMOSIS_LLM_PROMPT_MODEL_SYSTEM = parts.system;
    if (parts.user) env.OSMOSIS_LLM_PROMPT_MODEL_USER = parts.user;
  }
  if (setup["env file"]) {
    await folder.write("env.yaml", promptFile(partsFrom("env file", setup["env file"])));
    env.OSMOSIS_LLM_PROMPT_FILE = "env.yaml";
  }
  if (setup.config) {
    const parts = partsFrom("config", setup.config);
    if (setup.inlineConfig) config = { version: 1, jobs: { model: parts } };
    else {
      await folder.write("config-prompts.yaml", promptFile(parts));
      config = "config-prompts.yaml";
    }
  }
  return loadPrompts({
    jobs: JOBS,
    builtIn: BUILT_IN,
    cliFile,
    env,
    config,
    configFile: "osmosis.config.ts",
    cwd: folder.dir,
  });
}

describe("precedence, part by part", () => {
  const all = ["system", "user", "temperature", "maxOutputTokens"] as const;
  it.each<[string, Setup, Record<keyof PromptParts, Source | undefined>]>([
    [
      "the built-in alone",
      {},
      { system: "built-in", user: "built-in", temperature: "built-in", maxOutputTokens: undefined },
    ],
    [
      "config (a file) over the built-in, for the parts it sets",
      { config: ["user", "maxOutputTokens"] },
      { system: "built-in", user: "config", temperature: "built-in", maxOutputTokens: "config" },
    ],
    [
      "config inline, the same",
      { config: ["system", "temperature"], inlineConfig: true },
      { system: "config", user: "built-in", temperature: "config", maxOutputTokens: undefined },
    ],
    [
      "the env file over config",
      { "env file": ["user", "temperature"], config: all },
      { system: "config", user: "env file", temperature: "env file", maxOutputTokens: "config" },
    ],
    [
      "an env template over the env file",
      { "env var": ["user"], "env file": all },
      { system: "env file", user: "env var", temperature: "env file", maxOutputTokens: "env file" },
    ],
    [
      "the cli file over everything, for the parts it sets",
      { cli: ["temperature"], "env var": ["system"], "env file": ["user"], config: all },
      { system: "env var", user: "env file", temperature: "cli", maxOutputTokens: "config" },
    ],
    [
      "the cli file setting every part",
      { cli: all, "env var": ["system", "user"], "env file": all, config: all },
      { system: "cli", user: "cli", temperature: "cli", maxOutputTokens: "cli" },
    ],
  ])("%s", async (_, setup, expected) => {
    const prompts = await load(setup);
    const resolved = prompts.resolve("model", everyScope);
    expect({
      system: sourceOf(resolved.origins.system),
      user: sourceOf(resolved.origins.user),
      temperature: sourceOf(resolved.origins.temperature),
      maxOutputTokens: sourceOf(resolved.origins.maxOutputTokens),
    }).toEqual(expected);
    const rendered = resolved.render(MODEL_VARIABLES);
    if (expected.system !== "built-in") {
      expect(rendered.system).toBe(`system from ${expected.system}`);
    }
    if (expected.user !== "built-in") expect(rendered.user).toBe(`user from ${expected.user}`);
    const temperatures = { cli: 1.1, "env file": 0.9, config: 0.7, "built-in": 0.2 };
    expect(resolved.temperature).toBe(
      expected.temperature && temperatures[expected.temperature as keyof typeof temperatures],
    );
    // Other jobs keep their built-in prompts.
    expect(prompts.resolve("source", everyScope).origins.user.level).toBe("built-in");
  });

  it("reports the origin's file and line", async () => {
    const prompts = await load({ config: ["user"] });
    expect(prompts.resolve("model", everyScope).origins).toEqual({
      system: { level: "built-in", source: "built-in", line: 4 },
      user: { level: "config", source: "config-prompts.yaml", line: 4 },
      temperature: { level: "built-in", source: "built-in", line: 9 },
    });
  });

  it("renders the built-in prompts with the job's variables", async () => {
    const prompts = await load({});
    expect(prompts.resolve("model", everyScope).render(MODEL_VARIABLES)).toEqual({
      system: "You document dbt models.",
      user: "Model orders at models/orders.sql:\nselect 1",
    });
  });
});

describe("sources", () => {
  it("resolves a config path against the config file's folder", async () => {
    await folder.write("conf/prompts.yaml", promptFile({ user: "from the config folder" }));
    const prompts = await loadPrompts({
      jobs: JOBS,
      builtIn: BUILT_IN,
      env: {},
      config: "prompts.yaml",
      configFile: "conf/osmosis.config.ts",
      cwd: folder.dir,
    });
    const resolved = prompts.resolve("model", everyScope);
    expect(resolved.render(MODEL_VARIABLES).user).toBe("from the config folder");
    expect(resolved.origins.user.source).toBe("conf/prompts.yaml");
  });

  it("treats empty prompt variables as unset", async () => {
    const prompts = await loadPrompts({
      jobs: JOBS,
      builtIn: BUILT_IN,
      env: { OSMOSIS_LLM_PROMPT_FILE: "", OSMOSIS_LLM_PROMPT_MODEL_USER: "  " },
      cwd: folder.dir,
    });
    expect(prompts.resolve("model", everyScope).origins.user.level).toBe("built-in");
  });

  it("ejects the built-in prompt file, which loads as a prompt file of its own", async () => {
    const prompts = await load({});
    const cliFile = await folder.write("ejected.yaml", prompts.ejectBuiltIn());
    const again = await loadPrompts({ jobs: JOBS, builtIn: BUILT_IN, env: {}, cliFile });
    const resolved = again.resolve("model", everyScope);
    expect(resolved.origins.user.level).toBe("cli");
    expect(resolved.render(MODEL_VARIABLES)).toEqual(
      prompts.resolve("model", everyScope).render(MODEL_VARIABLES),
    );
  });
});

describe("a bad prompt file fails at load, naming the file, the line and the fix", () => {
  it.each<[string, string, string[]]>([
    [
      "an unknown variable in a block template",
      `version: 1
jobs:
  model:
    system: |
      You document models.

      The model is {{ model.nme }}.
`,
      [
        'prompts.yaml:7:23: jobs.model.system: unknown variable "model.nme" in the system template of job "model"',
        'did you mean "model.name"?',
        "model.name (the model's name), model.path (the model's file path), sql (the model's compiled SQL), columns (the model's columns, each with name and type)",
      ],
    ],
    [
      "an unknown variable in a quoted template",
      `version: 1
jobs:
  model:
    user: "Model: {{ modle.name }}"
`,
      ['prompts.yaml:4:22: jobs.model.user: unknown variable "modle.name"', '"model.name"?'],
    ],
    [
      "an unknown variable in a scope",
      `version: 1
scopes:
  - name: staging
    match: { tag: staging }
    jobs:
      model:
        user: >-
          {{ sqls }}
`,
      ['prompts.yaml:8:14: scopes[0].jobs.model.user: unknown variable "sqls"', '"sql"?'],
    ],
    [
      "an unknown filter",
      "version: 1\njobs:\n  model:\n    user: |\n      {{ sql | upcse }}\n",
      ['prompts.yaml:5:7: jobs.model.user: unknown filter "upcse" — did you mean "upcase"?'],
    ],
    [
      "an include tag",
      "version: 1\njobs:\n  model:\n    user: |\n      text\n      {% include 'header' %}\n",
      ["prompts.yaml:6:7: jobs.model.user: prompt templates cannot read other files"],
    ],
    [
      "an unclosed tag",
      "version: 1\njobs:\n  source:\n    user: |\n      {% for t in tables %}\n",
      [
        "prompts.yaml:5:7: jobs.source.user: Liquid syntax error: tag {% for t in tables %} not closed",
      ],
    ],
    [
      "a YAML syntax error",
      "version: 1\njobs:\n  model:\n    user: [unclosed\n    system: x\n",
      ["prompts.yaml:5:5: YAML syntax error: Flow sequence", "    user: [unclosed"],
    ],
    [
      "a colon in an unquoted template",
      "version: 1\njobs:\n  model:\n    user: Model: {{ model.name }}\n",
      [
        "prompts.yaml:4:11: YAML syntax error: Nested mappings are not allowed in compact mappings",
        "a template is safest as a block (`user: |` with the text indented below)",
      ],
    ],
    [
      "a YAML key given twice",
      "version: 1\njobs:\n  model:\n    user: a\n    user: b\n",
      ["prompts.yaml:5:5: YAML syntax error: Map keys must be unique"],
    ],
    [
      "an unknown key",
      "version: 1\njobs:\n  model:\n    sytem: x\n",
      [
        'prompts.yaml:4: jobs.model: unknown key "sytem" — did you mean "system"?',
        "Known keys in jobs.model: system, user, temperature, maxOutputTokens",
      ],
    ],
    [
      "an unknown key in a scope's match",
      "version: 1\nscopes:\n  - match:\n      tags: staging\n    jobs: { model: { user: x } }\n",
      ['prompts.yaml:4: scopes[0].match: unknown key "tags" — did you mean "tag"?'],
    ],
    [
      "an unknown top-level key",
      "version: 1\nprompts: {}\n",
      ['prompts.yaml:2: (top level): unknown key "prompts"', "version, jobs, scopes"],
    ],
    [
      "an unknown job",
      "version: 1\njobs:\n  models:\n    user: x\n",
      [
        'prompts.yaml:3: jobs: unknown job "models" — did you mean "model"? Known jobs: model, source',
      ],
    ],
    [
      "a version this osmosis does not understand",
      "version: 2\njobs:\n  model:\n    new_key: x\n",
      [
        "prompts.yaml:1: version: 2 is not a prompt file version this osmosis understands (it understands 1)",
      ],
    ],
    ["no version", "jobs: {}\n", ["prompts.yaml:1: version: is missing — add `version: 1`"]],
    [
      "an empty file",
      "",
      ["prompts.yaml: (top level): is empty — start the file with `version: 1`"],
    ],
    [
      "an empty template",
      "version: 1\njobs:\n  model:\n    user: '   '\n",
      ["prompts.yaml:4: jobs.model.user: is empty"],
    ],
    [
      "out-of-range numbers",
      "version: 1\njobs:\n  model:\n    temperature: 3\n    maxOutputTokens: 0\n",
      [
        "prompts.yaml:4: jobs.model.temperature: must be at most 2",
        "prompts.yaml:5: jobs.model.maxOutputTokens: must be above 0",
      ],
    ],
    [
      "a scope without match",
      "version: 1\nscopes:\n  - name: s\n    jobs: { model: { user: x } }\n",
      ["prompts.yaml:3: scopes[0].match: is missing"],
    ],
  ])("%s", async (_, text, expected) => {
    const cliFile = await folder.write("prompts.yaml", text);
    const error = await errorOf(() =>
      loadPrompts({ jobs: JOBS, builtIn: BUILT_IN, cliFile, env: {}, cwd: folder.dir }),
    );
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as LLMConfigError).file).toBe("prompts.yaml");
    expect(error.message).toMatch(/^Invalid prompt file prompts\.yaml \(given by --prompts\):\n/);
    for (const part of expected) expect(error.message).toContain(part);
  });

  it("lists every problem of a file in one error", async () => {
    const cliFile = await folder.write(
      "prompts.yaml",
      "version: 1\njobs:\n  model:\n    system: '{{ a }}'\n    user: '{{ b }}'\n",
    );
    const error = await errorOf(() =>
      loadPrompts({ jobs: JOBS, builtIn: BUILT_IN, cliFile, env: {}, cwd: folder.dir }),
    );
    expect(error.message.match(/^ {2}- /gm)).toHaveLength(2);
    expect((error as LLMConfigError).field).toBe("jobs.model.system");
  });
});

describe("other sources' problems", () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      "a misspelt env variable",
      { OSMOSIS_LLM_PROMPT_MODEL_SYTEM: "x" },
      [
        "env OSMOSIS_LLM_PROMPT_MODEL_SYTEM: names no prompt job and part — did you mean OSMOSIS_LLM_PROMPT_MODEL_SYSTEM?",
        "OSMOSIS_LLM_PROMPT_FILE, OSMOSIS_LLM_PROMPT_MODEL_SYSTEM, OSMOSIS_LLM_PROMPT_MODEL_USER, OSMOSIS_LLM_PROMPT_SOURCE_SYSTEM, OSMOSIS_LLM_PROMPT_SOURCE_USER",
      ],
    ],
    [
      "a part env templates cannot set",
      { OSMOSIS_LLM_PROMPT_MODEL_TEMPERATURE: "0.5" },
      ["env OSMOSIS_LLM_PROMPT_MODEL_TEMPERATURE: names no prompt job and part"],
    ],
    [
      "an unknown variable in an env template",
      { OSMOSIS_LLM_PROMPT_SOURCE_USER: "Source:\n  {{ source.nme }}" },
      [
        'env OSMOSIS_LLM_PROMPT_SOURCE_USER:2:6: unknown variable "source.nme" in the user template of job "source"',
        'did you mean "source.name"?',
      ],
    ],
  ])("%s", async (_, env, expected) => {
    const error = await errorOf(() =>
      loadPrompts({ jobs: JOBS, builtIn: BUILT_IN, env, cwd: folder.dir }),
    );
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toMatch(/^Invalid prompt environment variables:\n/);
    for (const part of expected) expect(error.message).toContain(part);
  });

  it.each<[string, object, string]>([
    [
      "an unknown variable",
      { version: 1, jobs: { model: { user: "Model\n  {{ model.nme }}" } } },
      'osmosis.config.ts (prompts.jobs.model.user), template line 2, column 6: unknown variable "model.nme"',
    ],
    [
      "an unknown key",
      { version: 1, jobs: { model: { sytem: "x" } } },
      'osmosis.config.ts (prompts.jobs.model): unknown key "sytem" — did you mean "system"?',
    ],
    [
      "a missing version",
      { jobs: {} },
      "osmosis.config.ts (prompts.version): is missing — add `version: 1`",
    ],
  ])("inline config: %s", async (_, config, expected) => {
    const error = await errorOf(() =>
      loadPrompts({ jobs: JOBS, builtIn: BUILT_IN, env: {}, config, cwd: folder.dir }),
    );
    expect(error).toBeInstanceOf(LLMConfigError);
    expect((error as LLMConfigError).file).toBe("osmosis.config.ts");
    expect(error.message).toContain(`Invalid prompts in osmosis.config.ts:\n  - ${expected}`);
  });

  it("refuses a config value that is neither a path nor an object", async () => {
    const error = await errorOf(() =>
      loadPrompts({ jobs: JOBS, builtIn: BUILT_IN, env: {}, config: ["a"], cwd: folder.dir }),
    );
    expect(error.message).toContain(
      "prompts in osmosis.config.ts must be a prompt file path or an object.",
    );
  });

  it.each<[string, () => Parameters<typeof loadPrompts>[0], string]>([
    [
      "--prompts",
      () => ({ jobs: JOBS, builtIn: BUILT_IN, env: {}, cliFile: "missing.yaml" }),
      "Cannot read the prompt file missing.yaml (given by --prompts): it does not exist. Check the path given to --prompts",
    ],
    [
      "OSMOSIS_LLM_PROMPT_FILE",
      () => ({ jobs: JOBS, builtIn: BUILT_IN, env: { OSMOSIS_LLM_PROMPT_FILE: "missing.yaml" } }),
      "Cannot read the prompt file missing.yaml (given by OSMOSIS_LLM_PROMPT_FILE): it does not exist. Point OSMOSIS_LLM_PROMPT_FILE at an existing prompt file",
    ],
    [
      "the config",
      () => ({ jobs: JOBS, builtIn: BUILT_IN, env: {}, config: "missing.yaml" }),
      "Cannot read the prompt file missing.yaml (given by prompts in osmosis.config.ts): it does not exist. Fix prompts in osmosis.config.ts",
    ],
    [
      "--prompts, given a folder",
      () => ({ jobs: JOBS, builtIn: BUILT_IN, env: {}, cliFile: "." }),
      "(given by --prompts): it is a folder, not a file.",
    ],
  ])("a file %s asks for that cannot be read", async (_, options, expected) => {
    const error = await errorOf(() => loadPrompts({ ...options(), cwd: folder.dir }));
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toContain(expected);
  });

  it.each([
    ["without a user template", BUILT_IN.replace('    user: "Source {{ source.name }}"\n', "")],
    ["with an unknown variable", BUILT_IN.replace("{{ source.name }}", "{{ source.title }}")],
    ["with a YAML error", `${BUILT_IN}  : [\n`],
  ])("fails clearly on a built-in %s", async (_, builtIn) => {
    const error = await errorOf(() => loadPrompts({ jobs: JOBS, builtIn, env: {} }));
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toMatch(/^The built-in prompts are invalid .*\n {2}- built-in:\d+/);
  });

  it("names the built-in's missing part", async () => {
    const builtIn = BUILT_IN.replace('    user: "Source {{ source.name }}"\n', "");
    const error = await errorOf(() => loadPrompts({ jobs: JOBS, builtIn, env: {} }));
    expect(error.message).toContain("built-in:10: jobs.source: has no user template");
  });

  it("refuses bad job declarations as the caller's bug", async () => {
    const error = await errorOf(() =>
      loadPrompts({ jobs: [{ name: "Model", description: "", variables: {} }], builtIn: "" }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("jobs[0].name: must be lower case letters");
  });
});
