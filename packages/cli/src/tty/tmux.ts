// Drives the built CLI in a real terminal: a detached tmux session of a fixed size, keys sent as a
// user types them, the screen read back with capture-pane. For the live display and --interactive.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TmuxSession {
  name: string;
  /** The visible screen, as text. */
  screen(): Promise<string>;
  /** The screen and the scrollback. */
  history(): Promise<string>;
  keys(...keys: string[]): Promise<void>;
  /** Resolves with the screen once `test` holds (checked after each redraw it sees). */
  waitFor(
    test: RegExp | ((screen: string) => boolean),
    where?: "screen" | "history",
  ): Promise<string>;
  kill(): Promise<void>;
}

let counter = 0;

/**
 * A server of our own: the user's tmux (and its environment) is never touched, and the server's
 * environment (which may say CI=true) does not reach the command: it runs under `env -i`.
 */
const SOCKET = `osmosis-test-${process.pid}`;
const tmux = (args: string[]) => run("tmux", ["-L", SOCKET, ...args]);

/** Starts `command` (run by sh, in `cwd`, with `env`) in a new 120×40 tmux session. */
export async function startTmux(
  command: string,
  options: { cwd: string; env: Record<string, string> },
): Promise<TmuxSession> {
  const name = `osmosis-test-${process.pid}-${++counter}`;
  const exports = Object.entries(options.env)
    .map(([k, v]) => `${k}='${v.replaceAll("'", "'\\''")}'`)
    .join(" ");
  // The shell stays after the command so its exit code can be read from the screen.
  const script = `cd '${options.cwd}' && env -i ${exports} ${command}; echo "[exit $?]"; sleep 600`;
  await tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "120", "-y", "40", script]);
  const capture = async (history: boolean) =>
    (await tmux(["capture-pane", "-p", "-t", name, ...(history ? ["-S", "-2000"] : [])])).stdout;
  const session: TmuxSession = {
    name,
    screen: () => capture(false),
    history: () => capture(true),
    keys: async (...keys) => {
      await tmux(["send-keys", "-t", name, ...keys]);
    },
    waitFor: async (test, where = "screen") => {
      const ok = typeof test === "function" ? test : (s: string) => test.test(s);
      // Polls until the predicate holds; the test's own timeout is the only bound. A command that
      // ended without it fails at once, with what it printed.
      for (;;) {
        const text = await capture(where === "history");
        if (ok(text)) return text;
        if (/\[exit \d+\]/.test(text)) {
          throw new Error(`the command ended first:\n${await capture(true)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    kill: async () => {
      await tmux(["kill-session", "-t", name]).catch(() => {});
    },
  };
  return session;
}
