import { describe, expect, it } from "vitest";
import { AuthenticationError } from "./errors.js";
import { createLogger, truncate } from "./logger.js";

const KEY = "sk-proj-Zx81mQ4vT2nL7pR9sK3wY6bC0dF5gH1jA";

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({
    now: () => new Date("2026-01-01T00:00:00Z"),
    write: (l) => lines.push(l),
    ...options,
  });
  return { logger, lines };
}

describe("createLogger", () => {
  it("filters by level", () => {
    const { logger, lines } = capture({ level: "warn" });
    logger.info("hidden");
    logger.debug("hidden");
    logger.warn("shown");
    logger.error("shown too");
    expect(lines).toEqual(["WARN  shown", "ERROR shown too"]);
    expect(logger.isEnabled("info")).toBe(false);
    const silent = capture({ level: "silent" });
    silent.logger.error("nothing");
    expect(silent.lines).toEqual([]);
  });

  it("writes human and JSON lines with bound fields", () => {
    const human = capture({ level: "debug" });
    human.logger
      .child({ provider: "openai" })
      .debug("call", { model: "gpt-4o-mini", durationMs: 120, note: "two words" });
    expect(human.lines).toEqual([
      'DEBUG call provider=openai model=gpt-4o-mini durationMs=120 note="two words"',
    ]);
    const json = capture({ format: "json" });
    json.logger.info("done", { calls: 3 });
    expect(JSON.parse(json.lines[0] as string)).toEqual({
      time: "2026-01-01T00:00:00.000Z",
      level: "info",
      msg: "done",
      calls: 3,
    });
  });

  it("never writes a key, a bearer token or a secret header, at any level", () => {
    for (const format of ["human", "json"] as const) {
      const { logger, lines } = capture({
        level: "trace",
        format,
        secrets: ["custom-secret-value"],
      });
      logger.trace("request", {
        headers: { Authorization: `Bearer ${KEY}`, "api-key": KEY, "x-api-key": KEY },
        apiKey: KEY,
        url: `https://generativelanguage.googleapis.com/v1beta/models?key=${KEY}`,
        body: `{"prompt":"uses custom-secret-value and ${KEY}"}`,
      });
      logger.error("failed", {
        error: new AuthenticationError(`Incorrect API key provided: ${KEY}`),
      });
      for (const line of lines) {
        expect(line).not.toContain(KEY);
        expect(line).not.toContain("custom-secret-value");
      }
      expect(lines.join("\n")).toContain("[REDACTED]");
    }
  });

  it("truncates long bodies and says by how much", () => {
    expect(truncate("x".repeat(10), 4)).toBe("xxxx… [6 more chars]");
    expect(truncate("short", 10)).toBe("short");
  });
});
