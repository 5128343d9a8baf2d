// The live display and --interactive in a real terminal (tmux), on a copy of jaffle-shop against
// the fake OpenAI server: what a user sees, and what the keys they press write.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "@osmosis/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { BIN, copyProject, removeWorkDirs, workDir } from "../e2e/harness.js";
import { startTmux, type TmuxSession } from "./tmux.js";

const API_KEY = "sk-tty-test-0000000000000000000000000000";

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
afterAll(removeWorkDirs);

async function project(server: FakeOpenAIServer): Promise<string> {
  const dir = await copyProject("jaffle-shop");
  const config = {
    provider: "openai",
    model: "gpt-4o-mini",
    providers: { openai: { baseURL: server.url } },
    confirmAboveUsd: 100,
  };
  await writeFile(join(dir, "osmosis.config.json"), JSON.stringify(config, null, 2));
  return dir;
}

async function fake(latencyMs: number): Promise<FakeOpenAIServer> {
  const server = await startFakeOpenAIServer({ apiKey: API_KEY, latencyMs });
  cleanup.push(() => server.close());
  return server;
}

async function osmosis(dir: string, args: string): Promise<TmuxSession> {
  // A clean environment: no CI variables (the CLI would print plain lines), a real terminal.
  const session = await startTmux(`node ${BIN} ${args}`, {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? "/tmp",
      TERM: "xterm-256color",
      OPENAI_API_KEY: API_KEY,
    },
  });
  cleanup.push(() => session.kill());
  return session;
}

const exitCode = (text: string) => Number(/\[exit (\d+)\]/.exec(text)?.[1]);

describe("in a terminal", () => {
  it("shows a live panel while it runs, node lines above it, then the summary", async () => {
    const server = await fake(300);
    const dir = await project(server);
    const tmux = await osmosis(dir, "document --yes --concurrency 2");
    const panel = await tmux.waitFor(/\d+\/\d+ nodes \(\d+%\)/);
    expect(panel).toMatch(/calls \(\d+ cached\)/);
    expect(panel).toMatch(/elapsed /);
    const end = await tmux.waitFor(/\[exit \d+\]/, "history");
    expect(exitCode(end)).toBe(0);
    expect(end).toMatch(/✓ \S+/);
    expect(end).toMatch(/Nodes\s+\d+ documented/);
    expect(end).toMatch(/Cost\s+\$/);
    expect(end).not.toContain(API_KEY);
    expect(server.stats.requests).toBeGreaterThan(0);
  }, 120_000);

  it("asks before spending above confirmAboveUsd, and writes nothing when told no", async () => {
    const server = await fake(5);
    const dir = await project(server);
    const configPath = join(dir, "osmosis.config.json");
    const config = JSON.parse(await readFile(configPath, "utf8"));
    await writeFile(configPath, JSON.stringify({ ...config, confirmAboveUsd: 0 }));
    const before = await readFile(join(dir, "models/marts/orders.yml"), "utf8");
    const tmux = await osmosis(dir, "document");
    await tmux.waitFor(/Spend about \$[\d.]+ on \d+ calls\?/);
    await tmux.keys("Right", "Enter"); // "No"
    const end = await tmux.waitFor(/\[exit \d+\]/, "history");
    expect(exitCode(end)).toBe(0);
    expect(end).toContain("Nothing was written");
    expect(server.stats.requests).toBe(0);
    expect(await readFile(join(dir, "models/marts/orders.yml"), "utf8")).toBe(before);
  }, 120_000);

  it("--interactive: each node's diff to accept, edit or skip, and only what was accepted is written", async () => {
    const server = await fake(5);
    const dir = await project(server);
    const tmux = await osmosis(
      dir,
      "document --interactive --yes --concurrency 1 --report report.json",
    );
    const seen: string[] = [];
    const nextPrompt = async () => {
      const screen = await tmux.waitFor((s) => {
        const names = [...s.matchAll(/◆\s+Write (.+?)\?/g)].map((m) => m[1]);
        const last = names.at(-1);
        return last !== undefined && last !== seen.at(-1);
      });
      const name = [...screen.matchAll(/◆\s+Write (.+?)\?/g)].map((m) => m[1]).at(-1) as string;
      seen.push(name);
      return { name, screen };
    };

    const first = await nextPrompt();
    expect(first.screen).toMatch(/\+\+\+ b\/\S+\.yml/);
    expect(first.screen).toMatch(/^\+\s+description: /m);
    await tmux.keys("Enter"); // Accept

    const second = await nextPrompt();
    await tmux.keys("Down", "Down", "Enter"); // Skip

    const third = await nextPrompt();
    await tmux.keys("Down", "Enter"); // Edit
    // Each description comes prefilled: add to the first, keep the others.
    await tmux.waitFor(/\(empty to leave it out\)/);
    await tmux.keys("End", " Checked by a person.", "Enter");
    for (;;) {
      const screen = await tmux.screen();
      if (
        /◆\s+Write /.test(screen.split("\n").slice(-12).join("\n")) &&
        !screen.includes(`◆  Write ${third.name}?`)
      )
        break;
      if (/\[exit \d+\]/.test(screen)) break;
      if (/◆\s+\S+.*\(empty to leave it out\)/.test(screen)) await tmux.keys("Enter");
      await new Promise((r) => setTimeout(r, 100));
    }
    // The rest: accept all.
    const fourth = await tmux.waitFor((s) => /\[exit \d+\]/.test(s) || /◆\s+Write (.+?)\?/.test(s));
    if (!/\[exit \d+\]/.test(fourth)) await tmux.keys("Down", "Down", "Down", "Enter");
    const end = await tmux.waitFor(/\[exit \d+\]/, "history");
    expect(exitCode(end)).toBe(0);

    const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8"));
    const byLabel = (label: string) =>
      report.nodes.find((n: { unique_id: string; name: string }) => {
        const [kind, , ...rest] = n.unique_id.split(".");
        const shown =
          kind === "model"
            ? n.name
            : kind === "source"
              ? `source ${rest.join(".")}`
              : `${kind} ${n.name}`;
        return shown === label;
      });
    expect(byLabel(first.name)?.status).toMatch(/documented|needs-human/);
    const skipped = byLabel(second.name);
    expect(skipped?.status).toBe("skipped");
    expect(skipped?.reason).toBe("skipped in review");
    expect(skipped?.columns.llm).toEqual([]);
    const edited = byLabel(third.name);
    expect(edited?.status).toMatch(/documented|needs-human/);
    const file = join(dir, edited.schema_file);
    expect(await readFile(file, "utf8")).toContain("Checked by a person.");
  }, 180_000);

  it("init: asks for the provider and the model, then writes a config that names them", async () => {
    const dir = await workDir();
    const tmux = await osmosis(dir, "init");
    await tmux.waitFor(/Which provider writes the descriptions\?/);
    await tmux.keys("Down", "Enter"); // Anthropic, below OpenAI
    await tmux.waitFor(/Which model\?/);
    await tmux.keys("claude-sonnet-4-5", "Enter");
    const end = await tmux.waitFor(/\[exit \d+\]/, "history");
    expect(exitCode(end)).toBe(0);
    expect(end).toMatch(/@osmosis\/provider-anthropic/);
    expect(end).toMatch(/ANTHROPIC_API_KEY/);
    const config = await readFile(join(dir, "osmosis.config.ts"), "utf8");
    expect(config).toMatch(/provider: "anthropic"/);
    expect(config).toMatch(/model: "claude-sonnet-4-5"/);
  }, 120_000);
});
