#!/usr/bin/env node
// The `osmosis` executable.
import { processContext } from "./context.js";
import { runCli } from "./program.js";

const argv = process.argv.slice(2);
const ctx = processContext({ color: !argv.includes("--no-color") });
const code = await runCli(argv, ctx);
process.exitCode = code;
