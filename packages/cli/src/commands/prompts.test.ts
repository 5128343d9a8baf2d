// `osmosis prompts list|show|eject` in-process, on copies of the jaffle_shop fixture project:
// origins of every part, scopes and the nodes they match, a node's prompt exactly as
// `osmosis document` would send it, and ejected files that load back to the same prompts.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPrompts, type PromptSet } from "@osmosis/core";
import {
  askOf,
  BUILTIN_PROMPTS,
  DOCUMENTATION_JOBS,
  DocumentationPrompts,
  openProject,
  planProject,
} from "@osmosis/dbt";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { copyProject, removeWorkDirs, workDir } from "../e2e/harness.js";
import { runCli } from "../program.js";
import { testContext } from "../test-support/context.js";

afterAll(removeWorkDirs);

/** An empty folder of its own (removed after the tests). */
const emptyFolder = workDir;

/** A writable copy of the fixture project, with `files` written into it. */
async function project(files: Record<string, string> = {}): Promise<string> {
  const dir = await copyProject("jaffle-shop");
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function prompts(cwd: string, args: string[], env: Record<string, string> = {}) {
  const t = testContext({ env, cwd });
  const code = await runCli(["prompts", ...args], t.ctx);
  return { code, out: t.stdout(), err: t.stderr() };
}

const TEAM_PROMPTS = `version: 1
jobs:
  model:
    user: |
      Document {{ model.name }}.
      {{ answer_format }}
    temperature: 0.1
scopes:
  - name: staging
    match:
      path: "models/staging/**"
    jobs:
      model:
        system: |
          You document staging models.
  - name: orders only
    match:
      name: orders
    jobs:
      model:
        maxOutputTokens: 3000
`;

/** The prompts `osmosis document` would load in `dir`, with `env` and an optional --prompts file. */
async function loadLike(
  dir: string,
  options: { env?: Record<string, string>; cliFile?: string; config?: string | object } = {},
): Promise<PromptSet> {
  return loadPrompts({
    jobs: DOCUMENTATION_JOBS,
    builtIn: BUILTIN_PROMPTS,
    env: options.env ?? {},
    cliFile: options.cliFile,
    config: options.config,
    configFile: "osmosis.config.json",
    cwd: dir,
  });
}

describe("osmosis prompts list", () => {
  it("lists the built-in prompts without a dbt project when there are no scopes", async () => {
    const dir = await emptyFolder();
    const { code, out, err } = await prompts(dir, ["list"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("model: a model, seed or snapshot");
    expect(out).toContain("source: a source table");
    expect(out).toMatch(/ {2}system {11}built-in\n {2}user {13}built-in\n/);
    expect(out).toContain("temperature      not set (the provider's default)");
    expect(out).toContain("Scopes none");
    expect(out).not.toMatch(/^ +nodes /m);
  });

  it("counts the nodes of each job when run in a dbt project", async () => {
    const dir = await project();
    const { code, out, err } = await prompts(dir, ["list"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(
      "  nodes            19 selected: metricflow_time_spine, seed raw_customers",
    );
    expect(out).toContain("  nodes            6 selected: source ecom.raw_customers");
  });

  it("says where each part comes from and which nodes each scope matches", async () => {
    const dir = await project({
      "team.prompts.yml": TEAM_PROMPTS,
      "osmosis.config.json": JSON.stringify({ prompts: "team.prompts.yml" }),
      "cli.prompts.yml": "version: 1\njobs:\n  source:\n    maxOutputTokens: 500\n",
    });
    const { code, out, err } = await prompts(dir, ["list", "--prompts", "cli.prompts.yml"], {
      OSMOSIS_LLM_PROMPT_SOURCE_SYSTEM: "You document sources. {{ style_guide }}",
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    const [model = "", source = ""] = out.split("\nsource: ");
    expect(model).toContain("  system           built-in\n");
    expect(model).toContain(
      "  user             team.prompts.yml:4 (prompts in osmosis.config.json)",
    );
    expect(model).toContain(
      "  temperature      0.1  team.prompts.yml:7 (prompts in osmosis.config.json)",
    );
    expect(model).toContain(
      "nodes            19 selected: metricflow_time_spine, seed raw_customers",
    );
    expect(source).toContain("  system           env OSMOSIS_LLM_PROMPT_SOURCE_SYSTEM\n");
    expect(source).toContain("  user             built-in\n");
    expect(source).toContain("  maxOutputTokens  500  cli.prompts.yml:4 (--prompts)");
    expect(source).toContain("nodes            6 selected: source ecom.raw_customers");
    expect(out).toContain(
      '  1. staging  team.prompts.yml:9 (prompts in osmosis.config.json), scope "staging"\n' +
        "     match  path: models/staging/**\n" +
        "     sets   model: system\n" +
        "     nodes  6 of 25 selected nodes: stg_customers, stg_order_items, stg_orders, stg_products, stg_locations and 1 more\n",
    );
    expect(out).toContain(
      '  2. orders only  team.prompts.yml:16 (prompts in osmosis.config.json), scope "orders only"\n' +
        "     match  name: orders\n" +
        "     sets   model: maxOutputTokens\n" +
        "     nodes  1 of 25 selected nodes: orders\n",
    );
  });

  it("counts the nodes of the selection only", async () => {
    const dir = await project({
      "osmosis.config.json": JSON.stringify({ prompts: "team.prompts.yml" }),
      "team.prompts.yml": TEAM_PROMPTS,
    });
    const { code, out } = await prompts(dir, ["list", "-s", "path:models/marts"]);
    expect(code).toBe(0);
    expect(out).toContain("     nodes  none of the 7 selected nodes\n");
    expect(out).toContain("     nodes  1 of 7 selected nodes: orders\n");
  });

  it("says a scope is shadowed when a higher source sets its parts for every node", async () => {
    const dir = await project({
      "osmosis.config.json": JSON.stringify({ prompts: "team.prompts.yml" }),
      "team.prompts.yml": TEAM_PROMPTS,
    });
    const { code, out } = await prompts(dir, ["list"], {
      OSMOSIS_LLM_PROMPT_MODEL_SYSTEM: "Env system.",
    });
    expect(code).toBe(0);
    expect(out).toContain(
      "     sets   model: nothing (a higher source sets those parts for every node)\n",
    );
  });

  it("lists scopes without counting nodes when no project can be read, with a warning", async () => {
    const dir = await emptyFolder();
    await writeFile(join(dir, "team.prompts.yml"), TEAM_PROMPTS);
    await writeFile(
      join(dir, "osmosis.config.json"),
      JSON.stringify({ prompts: "team.prompts.yml" }),
    );
    const { code, out, err } = await prompts(dir, ["list"]);
    expect(code).toBe(0);
    expect(err).toMatch(/^warning The scopes' nodes are not counted: /);
    expect(out).toContain("  1. staging  team.prompts.yml:9");
    expect(out).toMatch(/ {5}nodes {2}not counted \(/);
  });

  it("fails when the named project cannot be read", async () => {
    const dir = await emptyFolder();
    const { code, err } = await prompts(dir, ["list", "--project-dir", dir]);
    expect(code).toBe(2);
    expect(err).toMatch(/^error /);
  });

  it("fails on a scope whose selector the project cannot read", async () => {
    const dir = await project({
      "osmosis.config.json": JSON.stringify({
        prompts: {
          version: 1,
          scopes: [
            {
              name: "bad",
              match: { select: "nosuchmethod:x" },
              jobs: { model: { temperature: 0 } },
            },
          ],
        },
      }),
    });
    const { code, err } = await prompts(dir, ["list"]);
    expect(code).toBe(2);
    expect(err).toContain('The prompt scope "bad"');
  });
});

describe("osmosis prompts show", () => {
  it("prints the prompt exactly as `osmosis document` would send it, with origins and tokens", async () => {
    const dir = await project();
    const { code, out, err } = await prompts(dir, ["show", "orders"]);
    expect(err).toBe("");
    expect(code).toBe(0);

    // The same calls, built straight from the dbt package.
    const opened = await openProject({ projectDir: dir });
    const plan = planProject(opened, {});
    const node = opened.project.nodes.get("model.jaffle_shop.orders");
    const nodePlan = plan.nodes.find((p) => p.uniqueId === "model.jaffle_shop.orders");
    if (!node || !nodePlan) throw new Error("orders is missing from the fixture");
    const documentation = await DocumentationPrompts.create({
      project: opened.project,
      prompts: await loadLike(dir),
      vars: opened.vars,
    });
    const ask = askOf(nodePlan);
    const [call] = await documentation.calls(node, ask, { model: "x" });
    if (!call) throw new Error("no call for orders");
    const user = call.request.messages[0]?.content ?? "";
    expect(out).toContain(`── system ──\n${call.request.system}\n── user ──\n${user}\n`);
    expect(user).toContain("model orders (models/marts/orders.sql");

    const tokens = Math.round(await documentation.estimateTokens(node, ask));
    expect(out).toContain(
      `  tokens           ~${tokens.toLocaleString("en")} prompt tokens in 1 call`,
    );
    expect(out).toContain(`  asks             5 of 18 columns: ${ask.columns.join(", ")}\n`);
    expect(out).toContain("  job              model\n");
    expect(out).toContain("  scopes           none\n");
    expect(out).toMatch(/ {2}system {11}built-in\n/);
    expect(out).toContain(
      `  maxOutputTokens  not set, sized to the columns each call asks for: ${call.request.maxOutputTokens?.toLocaleString("en")}\n`,
    );
    expect(out).toContain("Variables the model templates may use");
    expect(out).toContain("  model.name — the model's name (orders)\n");
  });

  it("shows the scope that applied and where each part came from", async () => {
    const dir = await project({
      "osmosis.config.json": JSON.stringify({ prompts: "team.prompts.yml" }),
      "team.prompts.yml": TEAM_PROMPTS,
    });
    const { code, out } = await prompts(dir, ["show", "model.jaffle_shop.stg_orders"]);
    expect(code).toBe(0);
    expect(out).toContain("  scopes           staging\n");
    expect(out).toContain(
      '  system           team.prompts.yml:14 (prompts in osmosis.config.json), scope "staging"\n',
    );
    expect(out).toContain(
      "── system ──\nYou document staging models.\n── user ──\nDocument stg_orders.\n",
    );
  });

  it("finds a source by source_name.table", async () => {
    const dir = await project();
    const { code, out } = await prompts(dir, ["show", "ecom.raw_orders"]);
    expect(code).toBe(0);
    expect(out).toContain("source ecom.raw_orders  source.jaffle_shop.ecom.raw_orders");
    expect(out).toContain("  job              source\n");
    expect(out).toContain("source table ecom.raw_orders (");
  });

  it("previews the full prompt of a node with nothing missing, and says there is no call", async () => {
    const dir = await project();
    const { code, out } = await prompts(dir, ["show", "customers"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "asks             nothing: its description and columns are written or inherited",
    );
    expect(out).toContain(
      "Below, a preview: the prompt it would get if its description and all 9 columns were missing.\n",
    );
    expect(out).toContain("── user ──\nmodel customers (");
  });

  it("lists the candidates of an ambiguous name", async () => {
    const dir = await project();
    const { code, out, err } = await prompts(dir, ["show", "raw_customers"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(
      'error "raw_customers" names 2 nodes: seed.jaffle_shop.raw_customers, source.jaffle_shop.ecom.raw_customers.',
    );
    expect(err).toContain("osmosis prompts show seed.jaffle_shop.raw_customers");
  });

  it("suggests the closest names of an unknown node", async () => {
    const dir = await project();
    const { code, err } = await prompts(dir, ["show", "ordrs"]);
    expect(code).toBe(2);
    expect(err).toContain('No node of the project jaffle_shop is called "ordrs".');
    expect(err).toMatch(/Did you mean orders\b/);
  });

  it("refuses a node left out by the selection", async () => {
    const dir = await project();
    const { code, err } = await prompts(dir, ["show", "orders", "-s", "customers"]);
    expect(code).toBe(2);
    expect(err).toContain("model.jaffle_shop.orders is not in the selection");
  });
});

describe("osmosis prompts eject", () => {
  it("writes the built-in prompts to osmosis.prompts.yml in the project, which loads back", async () => {
    const dir = await project();
    const { code, out } = await prompts(dir, ["eject"]);
    expect(code).toBe(0);
    const text = await readFile(join(dir, "osmosis.prompts.yml"), "utf8");
    expect(text).toBe(BUILTIN_PROMPTS);
    expect(out).toContain("Wrote osmosis.prompts.yml: the built-in prompts, to edit.");
    expect(out).toContain('  prompts: "osmosis.prompts.yml",\n');
    expect(out).toContain("there is none yet; `osmosis init` writes one");
    await expect(loadLike(dir, { cliFile: "osmosis.prompts.yml" })).resolves.toBeDefined();

    // Pointed at by the config, it is the config's prompts.
    await writeFile(
      join(dir, "osmosis.config.json"),
      JSON.stringify({ prompts: "osmosis.prompts.yml" }),
    );
    const listed = await prompts(dir, ["list"]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(
      / {2}system {11}osmosis\.prompts\.yml:\d+ \(prompts in osmosis\.config\.json\)/,
    );
  });

  it("refuses to overwrite without --force (exit 2, with the fix), and overwrites with it", async () => {
    const dir = await project({ "osmosis.prompts.yml": "mine\n" });
    const refused = await prompts(dir, ["eject"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("osmosis.prompts.yml already exists; nothing was written.");
    expect(refused.err).toContain("Pass --force to overwrite it, or --out FILE");
    expect(await readFile(join(dir, "osmosis.prompts.yml"), "utf8")).toBe("mine\n");

    const forced = await prompts(dir, ["eject", "--force"]);
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, "osmosis.prompts.yml"), "utf8")).toBe(BUILTIN_PROMPTS);
  });

  it("writes to --out and gives the config line relative to the config file", async () => {
    const dir = await project({ "osmosis.config.json": "{}" });
    const { code, out } = await prompts(dir, ["eject", "--out", "prompts/team.yml"]);
    expect(code).toBe(0);
    expect(out).toContain(
      'To use it, put this line in osmosis.config.json:\n  prompts: "prompts/team.yml",\n',
    );
    await expect(loadLike(dir, { config: "prompts/team.yml" })).resolves.toBeDefined();
  });

  it("folds every source into one file that gives every node the same prompts", async () => {
    const tricky = [
      "  starts with spaces, ends without a newline",
      "tab\there, quotes \" ' and a # hash: {{ model.name }}",
      "trailing spaces   \n\n\nthree newlines\n\n",
      "carriage\r\nreturn and unicode é ✓ \u2028 separator",
    ];
    const dir = await project({
      "osmosis.config.json": JSON.stringify({
        prompts: {
          version: 1,
          jobs: { model: { temperature: 0.3, user: `${tricky[2]}{{ answer_format }}\n\n` } },
          scopes: [
            { match: { tag: "nightly" }, jobs: { model: { system: "Nightly." } } },
            {
              name: "marts",
              match: { path: "models/marts/**", name: ["orders", "cust*"] },
              jobs: { model: { system: `${tricky[1]}\n`, maxOutputTokens: 1234 } },
            },
            // Shadowed: the environment sets the source system prompt for every node.
            {
              name: "sources",
              match: { name: "raw_*" },
              jobs: { source: { system: "Never used." } },
            },
          ],
        },
      }),
      "cli.prompts.yml": `version: 1
jobs:
  source:
    user: "Source {{ source.name }}. carriage\\r\\nreturn and unicode é ✓ \\u2028 separator {{ answer_format }}"
scopes:
  - name: stg
    match:
      select: "path:models/staging"
    jobs:
      model:
        user: |
          Staging {{ model.name }}.
          {{ answer_format }}
        temperature: 0
`,
    });
    const env = { OSMOSIS_LLM_PROMPT_SOURCE_SYSTEM: `${tricky[0]} {{ style_guide }}` };
    const { code, out, err } = await prompts(
      dir,
      ["eject", "--prompts", "cli.prompts.yml", "--out", "ejected.yml"],
      env,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("the prompts in effect, the built-in ones with");
    expect(out).toContain("  source.system: env OSMOSIS_LLM_PROMPT_SOURCE_SYSTEM\n");
    expect(out).toContain('  scope "stg": cli.prompts.yml:6 (--prompts)\n');
    expect(out).toContain("some of it came from --prompts and the environment");

    const text = await readFile(join(dir, "ejected.yml"), "utf8");
    expect(text).toContain(
      '# Left out, as a higher source sets the same parts for every node:\n#   scope "sources": osmosis.config.json (inline prompts)\n# Templates',
    );
    expect(parseYaml(text)).toMatchObject({ version: 1 });

    // Alone, with nothing else set, the ejected file gives each node what all the sources gave.
    const original = await loadLike(dir, {
      env,
      cliFile: "cli.prompts.yml",
      config: JSON.parse(await readFile(join(dir, "osmosis.config.json"), "utf8")).prompts,
    });
    const ejected = await loadLike(dir, { config: "ejected.yml" });
    const opened = await openProject({ projectDir: dir });
    const before = await DocumentationPrompts.create({
      project: opened.project,
      prompts: original,
    });
    const after = await DocumentationPrompts.create({ project: opened.project, prompts: ejected });
    const scopesSeen = new Set<string>();
    for (const node of opened.project.nodes.values()) {
      const a = before.resolve(node);
      const b = after.resolve(node);
      expect(b.system.source, node.uniqueId).toBe(a.system.source);
      expect(b.user.source, node.uniqueId).toBe(a.user.source);
      expect(b.temperature, node.uniqueId).toBe(a.temperature);
      expect(b.maxOutputTokens, node.uniqueId).toBe(a.maxOutputTokens);
      expect(b.scopes, node.uniqueId).toEqual(a.scopes);
      for (const scope of a.scopes) scopesSeen.add(scope);
    }
    // The comparison went through the scopes, not only the unscoped prompts.
    expect([...scopesSeen].sort()).toEqual(["marts", "stg"]);
    for (const text of tricky) {
      expect(
        [...opened.project.nodes.values()].some((node) => {
          const r = after.resolve(node);
          return r.system.source.includes(text) || r.user.source.includes(text);
        }),
        JSON.stringify(text),
      ).toBe(true);
    }
  });
});
