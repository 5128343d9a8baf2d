#!/usr/bin/env node
// The `osmosis` executable.
import { processContext } from "./context.js";
import { runCli } from "./program.js";

// `osmosis … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
const ctx = processContext({ color: !argv.includes("--no-color") });
const code = await runCli(argv, ctx);
process.exitCode = code;
