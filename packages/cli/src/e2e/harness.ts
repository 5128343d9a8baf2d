// What the end-to-end tests of the built `osmosis` command share: writable copies of the fixture
// dbt projects inside packages/cli/.test-work (so a config file's `import "@osmosis/cli"` resolves
// to this workspace), the built CLI run as a subprocess with an environment the test controls
// (CI=true, no TTY, none of the developer's OPENAI_* variables), and the fake OpenAI server's
// deterministic answers.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { access, chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir } from "node:fs/promises";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChatCompletionBody } from "@osmosis/testing";

/** packages/cli */
export const CLI_PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The built executable: turbo's `test` task depends on `build`, so it is there. */
export const BIN = join(CLI_PACKAGE, "dist", "bin.js");
/** packages/dbt/fixtures/dbt: read-only, always copied. */
export const FIXTURES = join(CLI_PACKAGE, "..", "dbt", "fixtures", "dbt");
/** The report's JSON Schema. */
export const REPORT_SCHEMA = join(CLI_PACKAGE, "..", "dbt", "schemas", "run-report.v1.json");
/** Inside the package, so module resolution from a config file finds the workspace packages. */
export const WORK_ROOT = join(CLI_PACKAGE, ".test-work");

/** A key with enough entropy to be recognisable anywhere it leaks. */
export const API_KEY = "sk-proj-CliE2eK3yAbCdEfGhIjKlMnOpQrStUvWx4242";

/** Fails early, with the fix, when the CLI was not built (the test builds nothing itself). */
export async function assertBuilt(): Promise<void> {
  try {
    await access(BIN);
  } catch {
    throw new Error(
      `${relative(process.cwd(), BIN)} is missing: run \`pnpm --filter "@osmosis/cli..." build\` (turbo's test task does it first).`,
    );
  }
}

const made: string[] = [];

/** A new, empty folder under packages/cli/.test-work; removed by `removeWorkDirs`. */
export async function workDir(): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(WORK_ROOT, { recursive: true });
      const dir = await mkdtemp(join(WORK_ROOT, "run-"));
      made.push(dir);
      return dir;
    } catch (error) {
      // Another test file removed the (then empty) .test-work between the two calls.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || attempt >= 3) throw error;
    }
  }
}

/** Removes every folder `workDir` made, and .test-work itself when nothing else is in it. */
export async function removeWorkDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  try {
    await rmdir(WORK_ROOT); // not recursive: another test file's folders stay
  } catch {
    // Not empty, or gone already.
  }
}

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await makeWritable(full);
    else await chmod(full, 0o644);
  }
}

/**
 * A writable copy of a fixture project in `parent` (default a new work folder), keeping the
 * files' mtimes (the manifest must not look older than the schema files).
 */
export async function copyProject(name: string, parent?: string): Promise<string> {
  const dir = join(parent ?? (await workDir()), name);
  await cp(join(FIXTURES, name), dir, { recursive: true, preserveTimestamps: true });
  await makeWritable(dir);
  return dir;
}

/** Every file under `dir`, relative path → sha256 of its bytes. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(
      relative(dir, path),
      createHash("sha256")
        .update(await readFile(path))
        .digest("hex"),
    );
  }
  return out;
}

/** Every file's text under `dir` (for secret scans). */
export async function allTexts(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), await readFile(path, "utf8"));
  }
  return out;
}

/** The schema YAML files a run may write (not dbt_project.yml, target/ or the cache), by path. */
export async function schemaFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const rel = relative(dir, join(entry.parentPath, entry.name));
    if (rel.startsWith("target") || rel.startsWith(".osmosis") || rel === "dbt_project.yml")
      continue;
    files.set(rel, await readFile(join(dir, rel), "utf8"));
  }
  return files;
}

/** The environment every run starts from: CI, no colour, nothing inherited but PATH. */
export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    CI: "true",
    NO_COLOR: "1",
    ...extra,
  };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the first line of stdout (or stderr) that matches; rejects if the process ends first. */
  waitForLine(match: (line: string) => boolean, stream?: "stdout" | "stderr"): Promise<string>;
  /** Resolves when the process has exited and its streams are closed. */
  done: Promise<CliResult>;
}

export interface StartOptions {
  cwd: string;
  env?: Record<string, string>;
}

const running = new Set<ChildProcess>();

/** Kills the CLI processes this file started that are still running (after a failed test). */
export function killLeftovers(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}

/** Starts `node dist/bin.js …args`, no TTY, the given environment only. */
export function startCli(args: readonly string[], options: StartOptions): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: options.env ?? cliEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  let exited = false;
  const watchers: Array<{
    stream: "stdout" | "stderr";
    match: (line: string) => boolean;
    resolve: (line: string) => void;
    reject: (error: Error) => void;
  }> = [];
  const check = () => {
    const complete = (text: string) => text.split("\n").slice(0, -1); // the last may be half written
    const lines = { stdout: complete(stdout), stderr: complete(stderr) };
    for (const watcher of [...watchers]) {
      const line = lines[watcher.stream].find(watcher.match);
      if (line !== undefined) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(line);
      } else if (exited) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.reject(
          new Error(
            `the CLI ended before the line appeared.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
          ),
        );
      }
    }
  };
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    check();
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    check();
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      running.delete(child);
      exited = true;
      check();
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    done,
    waitForLine: (match, stream = "stdout") =>
      new Promise<string>((resolve, reject) => {
        watchers.push({ stream, match, resolve, reject });
        check();
      }),
  };
}

/** Runs the CLI to its end. */
export function runCli(args: readonly string[], options: StartOptions): Promise<CliResult> {
  return startCli(args, options).done;
}

/** `osmosis.config.ts` as a user writes it, typed by `defineConfig` from this package. */
export function configTs(body: string): string {
  return `import { defineConfig } from "@osmosis/cli";\n\nexport default defineConfig(${body});\n`;
}

/**
 * The fake model's answer: a description for every column the schema asks for, derived from its
 * name, and one for the node when asked. It depends on the request only, so two runs that ask
 * the same things write the same files.
 */
export function reply(body: ChatCompletionBody): object {
  const format = body.response_format as
    | { json_schema?: { schema?: { properties?: Record<string, { properties?: object }> } } }
    | undefined;
  const properties = format?.json_schema?.schema?.properties ?? {};
  const columns = Object.keys(properties.columns?.properties ?? {});
  const answer: Record<string, unknown> = {
    columns: Object.fromEntries(
      columns.map((name) => [name, `The ${name.toLowerCase().replaceAll("_", " ")} of each row.`]),
    ),
  };
  if ("description" in properties) answer.description = "One row per record of this model.";
  return answer;
}

/** The user message of a chat request (where the node is named: `model stg_orders (…`). */
export function userText(body: unknown): string {
  const messages = (body as { messages?: Array<{ role?: string; content?: unknown }> })?.messages;
  const user = messages?.find((m) => m.role === "user")?.content;
  return typeof user === "string" ? user : JSON.stringify(user ?? "");
}

export interface CountingProxy {
  /** Base URL ending in `/v1`, for `providers.openai.baseURL`. */
  url: string;
  /** The most requests that were ever in flight at once (received, answer not yet sent). */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of the fake server that counts the requests in flight at once. With
 * `holdUntil` n > 1 it holds the first requests until n are waiting together (then lets every
 * request through), so "the CLI sent n calls at once" is seen without measuring time; `releaseMs`
 * opens it anyway, only so a CLI that never sends n at once ends with a failed assertion rather
 * than a hang.
 */
export async function startCountingProxy(
  targetPort: number,
  options: { holdUntil?: number; releaseMs?: number } = {},
): Promise<CountingProxy> {
  const holdUntil = options.holdUntil ?? 1;
  let inFlight = 0;
  let max = 0;
  let open = holdUntil <= 1;
  const held: Array<() => void> = [];
  const release = () => {
    open = true;
    for (const go of held.splice(0)) go();
  };
  const timer = open ? undefined : setTimeout(release, options.releaseMs ?? 20_000);
  const server = createServer((req, res) => {
    inFlight++;
    max = Math.max(max, inFlight);
    let counted = true;
    const finished = () => {
      if (counted) inFlight--;
      counted = false;
    };
    res.on("finish", finished);
    res.on("close", finished);
    if (!open && inFlight >= holdUntil) release();
    const forward = () => {
      const upstream = request(
        {
          host: "127.0.0.1",
          port: targetPort,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    };
    if (open) forward();
    else held.push(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    get maxInFlight() {
      return max;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearTimeout(timer);
        release();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
