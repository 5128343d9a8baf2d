// The documentation run end to end, on copies of real projects (jaffle-shop: manifest v12;
// ethereum-models: v4), through the real openai SDK against the fake OpenAI server, under a rate
// limit osmosis is not told and with injected faults (5xx, connection resets, non-JSON and fenced
// answers). What must hold: every missing description filled or listed for a person, nothing a
// person wrote changed, comments kept, no secret anywhere, the report's tokens equal to the
// server's, a second run without calls, and a run stopped half way then resumed ending with the
// same files as one that ran through.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  createLogger,
  FileCacheStore,
  LLMClient,
  loadPrompts,
  ProviderRegistry,
  Run,
} from "@osmosis/core";
import openaiPlugin from "@osmosis/provider-openai";
import { type FakeOpenAIServer, faultCycle, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUILTIN_PROMPTS } from "../documentation/builtin-prompts.js";
import { DOCUMENTATION_JOBS } from "../documentation/jobs.js";
import { DocumentationPrompts } from "../documentation/prompts.js";
import { openProject, planProject } from "../engine.js";
import { copyFixture, removeTemporaryFolders } from "../fixture-projects.js";
import { type DocumentProjectOptions, documentProject } from "./document-project.js";
import type { RunEvent } from "./events.js";
import type { RunReport } from "./report.js";

const API_KEY = "sk-proj-E2eRunK3yAbCdEfGhIjKlMnOpQrStUvWx77";
const MODEL = "gpt-4o-mini";

afterAll(removeTemporaryFolders);
const servers: FakeOpenAIServer[] = [];
const registries: ProviderRegistry[] = [];
afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.close();
  for (const server of servers.splice(0)) await server.close();
});

/**
 * The fake model's answer: a description for every column the schema asks for, derived from its
 * name, except columns whose name holds "stripe" or "nft_address", which it says it cannot tell.
 */
function reply(body: { response_format?: unknown }): object {
  const format = body.response_format as
    | { json_schema?: { schema?: { properties?: Record<string, { properties?: object }> } } }
    | undefined;
  const properties = format?.json_schema?.schema?.properties ?? {};
  const columns = Object.keys(properties.columns?.properties ?? {});
  const answer: Record<string, unknown> = {
    columns: Object.fromEntries(
      columns.map((name) => [
        name,
        /stripe|nft_address/i.test(name)
          ? null
          : `The ${name.toLowerCase().replaceAll("_", " ")} of each row.`,
      ]),
    ),
  };
  if ("description" in properties) answer.description = "One row per record of this model.";
  return answer;
}

/** Every 11th request a fault, in turn: a 503, a reset, an answer that is not JSON, a fenced one. */
const faults = () =>
  faultCycle([
    ...Array.from({ length: 10 }, () => undefined),
    { status: 503 },
    ...Array.from({ length: 10 }, () => undefined),
    { kind: "reset" },
    ...Array.from({ length: 10 }, () => undefined),
    { kind: "non-json-content" },
    ...Array.from({ length: 10 }, () => undefined),
    { kind: "fenced-content" },
  ]);

interface Session {
  server: FakeOpenAIServer;
  events: RunEvent[];
  logs: string[];
  report: RunReport;
}

async function runOnce(
  dir: string,
  options: {
    abortAfter?: number;
    faults?: boolean;
    provenance?: boolean;
    budgetUsd?: number;
    apiKey?: string;
    review?: DocumentProjectOptions["review"];
    /** Drain (start nothing new) after this many nodes are documented. */
    drainAfter?: number;
  } = {},
): Promise<Session> {
  const faultFor = options.faults === false ? undefined : faults();
  const server = await startFakeOpenAIServer({
    apiKey: API_KEY,
    reply,
    // A limit osmosis is not told: 1,200 requests a minute, a one-second burst.
    rateLimit: { requestsPerMinute: 1_200, window: "rolling", burstSeconds: 1 },
    ...(faultFor ? { faultFor: () => faultFor() } : {}),
  });
  servers.push(server);
  const registry = new ProviderRegistry([openaiPlugin]);
  registries.push(registry);
  const provider = await registry.create("openai", {
    env: { OPENAI_API_KEY: options.apiKey ?? API_KEY, OPENAI_BASE_URL: server.url },
  });
  const logs: string[] = [];
  const abort = new AbortController();
  const run = new Run({
    signal: abort.signal,
    ...(options.budgetUsd === undefined ? {} : { budgetUsd: options.budgetUsd }),
    logger: createLogger({ level: "debug", write: (line) => logs.push(line) }),
  });
  const client = new LLMClient({
    provider,
    run,
    cache: new FileCacheStore(join(dir, ".osmosis", "cache")),
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
  });
  const opened = await openProject({ projectDir: dir });
  const prompts = await DocumentationPrompts.create({
    project: opened.project,
    prompts: await loadPrompts({ jobs: DOCUMENTATION_JOBS, builtIn: BUILTIN_PROMPTS, env: {} }),
    vars: opened.vars,
  });
  const events: RunEvent[] = [];
  let documented = 0;
  const drain = new AbortController();
  const report = await documentProject({
    drain: drain.signal,
    ...(options.review ? { review: options.review } : {}),
    opened,
    prompts,
    client,
    model: MODEL,
    provenance: options.provenance ?? false,
    now: () => new Date("2026-12-02T12:00:00Z"),
    onEvent: (event) => {
      events.push(event);
      if (event.type !== "documented") return;
      documented++;
      if (documented === options.abortAfter) abort.abort();
      if (documented === options.drainAfter) drain.abort();
    },
  });
  run.dispose();
  return { server, events, logs, report };
}

/** Every schema YAML file under the project's folders, by relative path. */
async function schemaFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path);
    if (rel.startsWith("target") || rel.startsWith(".osmosis") || rel === "dbt_project.yml")
      continue;
    files.set(rel, await readFile(path, "utf8"));
  }
  return files;
}

/** `file › model › column` → description, for every description a schema file holds. */
function descriptionsIn(files: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (file: string, prefix: string, entries: unknown) => {
    if (!Array.isArray(entries)) return;
    for (const entry of entries as Array<Record<string, unknown>>) {
      const name = `${prefix}${String(entry?.name)}`;
      if (typeof entry?.description === "string") out.set(`${file} › ${name}`, entry.description);
      for (const column of (entry?.columns ?? []) as Array<Record<string, unknown>>) {
        if (typeof column?.description === "string")
          out.set(`${file} › ${name} › ${String(column.name)}`, column.description);
      }
      if (Array.isArray(entry?.tables)) visit(file, `${name}.`, entry.tables);
    }
  };
  for (const [file, text] of files) {
    const doc = parse(text) as Record<string, unknown> | null;
    for (const key of ["models", "sources", "seeds", "snapshots"]) visit(file, "", doc?.[key]);
  }
  return out;
}

const commentLines = (text: string) => text.split(/\r?\n/).filter((line) => /^\s*#/.test(line));

describe.each([
  ["jaffle-shop", "v12"],
  ["ethereum-models", "v4"],
])("documenting %s (manifest %s) end to end", (name) => {
  it("fills every missing description or lists it for a person, and changes nothing a person wrote", async () => {
    const dir = await copyFixture(name);
    const before = await schemaFiles(dir);
    const { server, events, logs, report } = await runOnce(dir);

    // Everything asked for was answered: nothing failed for good, faults and 429s included.
    expect(report.totals.failed).toBe(0);
    expect(report.totals.skipped).toBe(
      report.nodes.filter((n) => n.reason === "nothing is missing").length,
    );
    expect(server.stats.faults).toBeGreaterThan(0);
    // Every billed token is in the report.
    expect(report.totals.input_tokens).toBe(server.stats.inputTokens);
    expect(report.totals.output_tokens).toBe(server.stats.outputTokens);
    expect(report.totals.requests).toBe(server.stats.requests);

    // Reopened (the manifest is the same; the schema files are newer), nothing is left for the
    // LLM but what the report lists for a person.
    const reopened = await openProject({ projectDir: dir });
    const left = planProject(reopened).nodes.flatMap((n) =>
      n.columns.filter((c) => c.state === "llm").map((c) => `${n.uniqueId}.${c.name}`),
    );
    const forPeople = report.nodes.flatMap((n) =>
      n.columns.needs_human.map((c) => `${n.unique_id}.${c}`),
    );
    expect(left.sort()).toEqual(forPeople.sort());
    expect(forPeople.length).toBe(report.totals.columns_needs_human);

    // Nothing a person wrote changed; every comment is still there, in order.
    const after = await schemaFiles(dir);
    const written = descriptionsIn(after);
    for (const [key, text] of descriptionsIn(before)) {
      if (text.trim() !== "") expect(written.get(key), key).toBe(text);
    }
    for (const [file, text] of before) {
      expect(commentLines(after.get(file) ?? ""), file).toEqual(commentLines(text));
    }

    // No secret in the report, the events, the logs or the files.
    const everything = [JSON.stringify(report), JSON.stringify(events), ...logs, ...after.values()];
    for (const text of everything) expect(text).not.toContain(API_KEY);
    expect(events.at(-1)).toEqual({ type: "finished", report });
    expect(events[0]?.type).toBe("planned");
  });
});

describe("resuming", () => {
  // tuva's seeds are documented in schema files its copy lacks: the files osmosis creates must
  // carry what the manifest knew, or the second run asks again.
  it.each(["jaffle-shop", "tuva"])(
    "makes no call on a second run of an unchanged project (%s)",
    async (name) => {
      const dir = await copyFixture(name);
      const first = await runOnce(dir);
      expect(first.server.stats.requests).toBeGreaterThan(0);
      const second = await runOnce(dir);
      expect(second.server.stats.requests).toBe(0);
      expect(second.report.totals.calls).toBe(0);
      expect(second.report.totals.failed).toBe(0);
    },
  );

  it("ends a run stopped half way, then run again, with the same files as a run that went through", async () => {
    const through = await copyFixture("jaffle-shop");
    const whole = await runOnce(through, { faults: false });

    const stopped = await copyFixture("jaffle-shop");
    const half = await runOnce(stopped, { abortAfter: 5, faults: false });
    expect(half.report.stopped?.reason).toBe("cancelled");
    expect(half.report.nodes.some((n) => n.status === "skipped" && n.reason)).toBe(true);
    const resumed = await runOnce(stopped, { faults: false });
    expect(resumed.report.stopped).toBeUndefined();
    // The second part paid only for what the first did not finish: at most the calls that were
    // in flight when it stopped are asked again.
    expect(half.server.stats.completed).toBeGreaterThan(0);
    expect(half.server.stats.completed + resumed.server.stats.completed).toBeLessThanOrEqual(
      whole.server.stats.completed + half.server.stats.requests - half.server.stats.completed,
    );

    const expected = await schemaFiles(through);
    const actual = await schemaFiles(stopped);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(actual.get(file), file).toBe(text);
  });
});

describe("what a run leaves when it cannot finish", () => {
  it("stops new calls at the budget, keeps what it wrote, and writes inherited text for free", async () => {
    const dir = await copyFixture("jaffle-shop");
    const { server, report } = await runOnce(dir, { faults: false, budgetUsd: 0.002 });
    expect(report.stopped?.reason).toBe("budget");
    expect(report.totals.cost_usd).not.toBeNull();
    expect(report.totals.cost_usd as number).toBeLessThanOrEqual(0.002);
    expect(server.stats.completed).toBeGreaterThan(0);
    expect(report.nodes.some((n) => n.status === "skipped" && /budget/i.test(n.reason ?? ""))).toBe(
      true,
    );
    // Free work went on after the stop: inheritance still filled columns.
    expect(report.totals.columns_inherited).toBeGreaterThan(0);
    expect(report.totals.failed).toBe(0);
  });

  it("stops asking after an error that ends the run (a wrong key), still writing inherited text", async () => {
    const dir = await copyFixture("jaffle-shop");
    const { server, report, events, logs } = await runOnce(dir, {
      faults: false,
      apiKey: "sk-proj-WrongK3yAbCdEfGhIjKlMnOpQrStUvWx0000",
    });
    expect(report.stopped?.reason).toBe("fatal");
    expect(report.stopped?.message).toMatch(/key/i);
    const failed = report.nodes.filter((n) => n.status === "failed");
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed[0]?.error?.code).toBe("authentication");
    // Every node that would have asked after the error was not asked.
    expect(server.stats.requests).toBeLessThanOrEqual(failed.length);
    expect(report.totals.columns_inherited).toBeGreaterThan(0);
    for (const text of [JSON.stringify(report), JSON.stringify(events), ...logs]) {
      expect(text).not.toContain("WrongK3yAbCdEfGhIjKlMnOpQrStUvWx0000");
    }
  });
});

describe("provenance", () => {
  it("marks what the LLM wrote with meta.osmosis when asked, and nothing it inherited", async () => {
    const dir = await copyFixture("jaffle-shop");
    const { report } = await runOnce(dir, { faults: false, provenance: true });
    expect(report.totals.provenance_marks).toBe(
      report.totals.columns_llm + report.totals.descriptions_llm,
    );
    const files = await schemaFiles(dir);
    const marked: string[] = [];
    const unmarked: string[] = [];
    for (const [, text] of files) {
      const doc = parse(text) as { models?: Array<Record<string, unknown>> } | null;
      for (const model of doc?.models ?? []) {
        for (const column of (model.columns ?? []) as Array<Record<string, unknown>>) {
          const meta = (column.meta ?? (column.config as { meta?: unknown } | undefined)?.meta) as
            | { osmosis?: { generated_by?: string; generated_at?: string } }
            | undefined;
          if (meta?.osmosis) {
            expect(meta.osmosis).toEqual({
              generated_by: `openai/${MODEL}`,
              generated_at: "2026-12-02",
            });
            marked.push(`${String(model.name)}.${String(column.name)}`);
          } else unmarked.push(`${String(model.name)}.${String(column.name)}`);
        }
      }
    }
    const llm = report.nodes.flatMap((n) =>
      n.columns.llm.map((c) => `${n.name}.${c.toLowerCase()}`),
    );
    const inherited = report.nodes.flatMap((n) =>
      n.columns.inherited.map((c) => `${n.name}.${c.name.toLowerCase()}`),
    );
    const lower = (names: string[]) => names.map((name) => name.toLowerCase());
    for (const name of llm.filter((n) => !n.startsWith("raw_")))
      expect(lower(marked)).toContain(name);
    for (const name of inherited) expect(lower(unmarked)).toContain(name);
  });
});

describe("reviewing and draining a run", () => {
  it("writes what the reviewer accepts, edited, and only the inherited part of what it skips", async () => {
    const dir = await copyFixture("jaffle-shop");
    const before = descriptionsIn(await schemaFiles(dir));
    const seen: string[] = [];
    const { report } = await runOnce(dir, {
      faults: false,
      review: async (request) => {
        seen.push(request.uniqueId);
        if (request.name === "orders") return null;
        return {
          ...request.docs,
          columns: request.docs.columns.map((c) =>
            c.inherited ? c : { ...c, description: `Reviewed: ${c.description}` },
          ),
        };
      },
    });
    expect(seen.length).toBeGreaterThan(0);
    const orders = report.nodes.find((n) => n.unique_id === "model.jaffle_shop.orders");
    expect(orders?.status).toBe("skipped");
    expect(orders?.reason).toBe("skipped in review");
    expect(orders?.columns.llm).toEqual([]);
    const written = descriptionsIn(await schemaFiles(dir));
    const llmWritten = report.nodes.flatMap((n) => n.columns.llm.map((c) => `${n.name} › ${c}`));
    expect(llmWritten.length).toBeGreaterThan(0);
    for (const key of llmWritten) {
      // The report names columns as the catalog does (DATE_DAY); the YAML in lower case.
      const [node, column] = key.toLowerCase().split(" › ");
      const match = [...written].find(([k]) => {
        const lower = k.toLowerCase();
        return lower.endsWith(` › ${node} › ${column}`) || lower.endsWith(`.${node} › ${column}`);
      });
      expect(match?.[1], key).toMatch(/^Reviewed: /);
    }
    // The skipped node got only what it inherits (upstream text, reviewed there): nothing else new.
    const inheritedByOrders = new Set(orders?.columns.inherited.map((c) => c.name.toLowerCase()));
    const newInOrders = [...written.keys()].filter((k) => / › orders › /.test(k) && !before.has(k));
    expect(newInOrders.length).toBeGreaterThan(0);
    for (const key of newInOrders) {
      expect(inheritedByOrders.has(key.split(" › ").at(-1)?.toLowerCase() ?? ""), key).toBe(true);
    }
  });

  it("starts nothing new once drained, lands the calls out, and a rerun finishes the job", async () => {
    const dir = await copyFixture("jaffle-shop");
    const half = await runOnce(dir, { faults: false, drainAfter: 2 });
    expect(half.report.stopped?.reason).toBe("cancelled");
    const skipped = half.report.nodes.filter(
      (n) => n.status === "skipped" && n.reason === "the run was stopped before this node started",
    );
    expect(skipped.length).toBeGreaterThan(0);
    // Nothing that was answered is lost: every completed request's answer was written.
    expect(half.report.totals.failed).toBe(0);
    expect(half.report.totals.calls).toBe(half.server.stats.completed);
    const rest = await runOnce(dir, { faults: false });
    expect(rest.report.stopped).toBeUndefined();
    expect(rest.report.totals.failed).toBe(0);
    const again = await runOnce(dir, { faults: false });
    expect(again.server.stats.requests).toBe(0);
  });
});
