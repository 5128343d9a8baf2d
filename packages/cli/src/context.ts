// What every command gets: its streams, environment and working folder (injectable for tests),
// colours that honour NO_COLOR / FORCE_COLOR, and the exit codes the CLI promises.
import { isCI } from "ci-info";
import { createColors } from "picocolors";
import type { Env } from "./config/load.js";

/** 0 all done, 1 some work failed (or a gate is below its threshold), 2 configuration or input error. */
export const ExitCode = { ok: 0, failed: 1, input: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type Colors = ReturnType<typeof createColors>;

export interface Output {
  write(text: string): void;
  /** A terminal (live display, prompts, colour by default). */
  isTTY: boolean;
  /** Its width in columns, when it is a terminal. */
  columns: number | undefined;
}

export interface CommandContext {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Env;
  cwd: string;
  colors: Colors;
  /** Interactive: stdin and stdout are terminals and not in CI. Prompts only happen then. */
  interactive: boolean;
  /** Running in CI (ci-info, CI=true): plain lines, never waits for input. */
  ci: boolean;
}

/** Colour on a terminal, off when piped; NO_COLOR and FORCE_COLOR win, `--no-color` too. */
export function colorEnabled(env: Env, isTTY: boolean, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return isTTY && env.TERM !== "dumb";
}

function output(stream: NodeJS.WriteStream): Output {
  return {
    write: (text) => {
      stream.write(text);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
    },
  };
}

/** The real process's context. */
export function processContext(options: { color?: boolean } = {}): CommandContext {
  const env = process.env;
  const ci = isCI || env.CI === "true" || env.CI === "1";
  const stdout = output(process.stdout);
  return {
    stdout,
    stderr: output(process.stderr),
    stdin: process.stdin,
    env,
    cwd: process.cwd(),
    colors: createColors(colorEnabled(env, stdout.isTTY, options.color)),
    interactive: process.stdin.isTTY === true && stdout.isTTY && !ci,
    ci,
  };
}
