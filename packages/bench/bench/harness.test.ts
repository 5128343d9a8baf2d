import { describe, expect, it } from "vitest";
import { pool } from "./harness.js";

describe("pool", () => {
  it("runs every job once with at most `concurrency` at a time, counting failures by class", async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    const result = await pool(20, 4, async (i) => {
      running += 1;
      peak = Math.max(peak, running);
      seen.push(i);
      await new Promise((r) => setTimeout(r, 2));
      running -= 1;
      if (i % 5 === 0) throw new RangeError(`job ${i}`);
    });
    expect(result.completed).toBe(16);
    expect(result.failed).toBe(4);
    expect(result.errors.get("RangeError")).toBe(4);
    expect(peak).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
