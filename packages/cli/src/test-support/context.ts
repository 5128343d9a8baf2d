// A CommandContext for tests: captured stdout and stderr, an injected environment and working
// folder, no colour, not interactive. Tests call `runCli(argv, ctx)` in-process with it.
import { PassThrough } from "node:stream";
import { createColors } from "picocolors";
import type { Env } from "../config/load.js";
import type { CommandContext, Output } from "../context.js";

export interface TestContextOptions {
  /** The environment the command sees (default: empty, so the developer's keys never leak in). */
  env?: Env;
  /** The working folder (default: the process's). */
  cwd?: string;
  /** Both streams report being terminals (default false). */
  tty?: boolean;
  /** Terminal width, when `tty` (default 100). */
  columns?: number;
  /** Prompts may happen (default false). */
  interactive?: boolean;
  /** Running in CI (default false). */
  ci?: boolean;
  /** Colour on (default off, so assertions read plain text). */
  colors?: boolean;
  /** What the user types (default: an empty, ended stream). */
  stdin?: CommandContext["stdin"];
}

export interface TestContext {
  ctx: CommandContext;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
}

export function testContext(options: TestContextOptions = {}): TestContext {
  const tty = options.tty ?? false;
  const columns = tty ? (options.columns ?? 100) : undefined;
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]): Output => ({
    write: (text) => {
      into.push(text);
    },
    isTTY: tty,
    columns,
  });
  const stdin =
    options.stdin ??
    (() => {
      const stream = new PassThrough();
      stream.end();
      return stream;
    })();
  const ctx: CommandContext = {
    stdout: capture(out),
    stderr: capture(err),
    stdin,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    colors: createColors(options.colors ?? false),
    interactive: options.interactive ?? false,
    ci: options.ci ?? false,
  };
  return { ctx, stdout: () => out.join(""), stderr: () => err.join("") };
}
