// The live panel, on a stream standing in for a terminal: node lines above the panel, lines held
// while a prompt has the terminal, process warnings routed above it and Node's printer restored.
import { PassThrough } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { createColors } from "picocolors";
import { afterEach, describe, expect, it } from "vitest";
import { LiveDisplay } from "./live.js";

function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 30 });
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const out = { write: (t: string) => void stream.write(t), isTTY: true, columns: 100, stream };
  // What a reader sees, escape sequences left out.
  const seen = () => stripVTControlCharacters(text);
  return { out, seen };
}

let display: LiveDisplay | undefined;
afterEach(() => display?.close());

describe("the live panel", () => {
  it("prints finished nodes above the panel, and holds them while a prompt has the terminal", () => {
    const { out, seen } = terminal();
    let now = 0;
    display = new LiveDisplay(out, createColors(false), { now: () => now, refreshMs: 0 });
    display.onEvent({
      type: "planned",
      nodes: 2,
      nodesNeedingLlm: 2,
      columnsLlm: 3,
      columnsInherited: 0,
      estimate: { calls: 2, promptTokens: 100, outputTokens: 50, costUsd: 0.01 },
    });
    now = 1_000;
    display.onEvent({ type: "started", uniqueId: "model.p.a", name: "a", calls: 1 });
    expect(display.panel()).toMatch(/0\/2 nodes \(0%\)/);
    expect(display.panel()).toMatch(/now: a/);
    display.onEvent({
      type: "documented",
      uniqueId: "model.p.a",
      name: "a",
      description: true,
      columns: 2,
      inherited: 0,
      needsHuman: [],
      cached: false,
    });
    expect(seen()).toContain("✓ a  description, 2 columns");
    expect(display.panel()).toMatch(/1\/2 nodes \(50%\) · 2 columns written/);
    expect(display.panel()).toMatch(/ETA 1\.0 s/);

    display.pause();
    display.onEvent({
      type: "documented",
      uniqueId: "model.p.b",
      name: "b",
      description: false,
      columns: 1,
      inherited: 0,
      needsHuman: ["x"],
      cached: false,
    });
    expect(seen()).not.toContain("◐ b");
    display.resume();
    expect(seen()).toContain("◐ b  1 column, 1 for a person");
  });

  it("shows a wait the vendor asks for", () => {
    const { out } = terminal();
    let now = 0;
    display = new LiveDisplay(out, createColors(false), { now: () => now, refreshMs: 0 });
    display.onEvent({ type: "rate-limited", uniqueId: "model.p.a", waitMs: 2_500 });
    now = 500;
    expect(display.panel()).toMatch(/waiting 2\.0 s for the vendor's rate limit/);
    now = 3_000;
    expect(display.panel()).not.toMatch(/waiting/);
  });

  it("routes process warnings above the panel and gives Node's printer back when closed", async () => {
    const before = process.listeners("warning");
    const { out, seen } = terminal();
    display = new LiveDisplay(out, createColors(false), { refreshMs: 0 });
    expect(process.listeners("warning")).not.toEqual(before);
    process.emitWarning("something odd", "OddWarning");
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen()).toContain("warning OddWarning: something odd");
    display.close();
    display = undefined;
    expect(process.listeners("warning")).toEqual(before);
  });
});
