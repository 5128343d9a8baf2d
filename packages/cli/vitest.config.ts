import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A guard against hangs, not a time limit: CI runs every package at once on 2 busy cores.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts"],
  },
});
