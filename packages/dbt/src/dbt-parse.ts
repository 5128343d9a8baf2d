// `--parse`: when the manifest is missing or stale and dbt is installed, run `dbt parse` to make
// it. dbt is Python and is never a dependency: only found on PATH (or named by the caller).
import { spawn } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { delimiter, join } from "node:path";

export interface DbtParseOptions {
  /** The dbt executable; default the first `dbt` on PATH. */
  dbt?: string;
  /** Extra arguments (`--profiles-dir`, `--target`), after `parse --project-dir <dir>`. */
  args?: readonly string[];
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** dbt could not be run, or `dbt parse` failed. */
export class DbtParseError extends Error {
  /** dbt's exit code, when it ran. */
  readonly exitCode: number | undefined;
  /** The last lines dbt printed, for the message. */
  readonly output: string;

  constructor(
    message: string,
    options: { exitCode?: number; output?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DbtParseError";
    this.exitCode = options.exitCode;
    this.output = options.output ?? "";
  }
}

/** The first executable named `name` on `PATH` (with Windows' extensions where they apply). */
export async function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const dirs = (env.PATH ?? env.Path ?? "").split(delimiter).filter(Boolean);
  const extensions =
    process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of dirs) {
    for (const ext of extensions) {
      const candidate = join(dir, name + ext);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * Runs `dbt parse --project-dir <projectDir>`; resolves once dbt has written
 * `target/manifest.json`. Throws `DbtParseError` when dbt is not installed or fails, with the end
 * of its output.
 */
export async function runDbtParse(
  projectDir: string,
  options: DbtParseOptions = {},
): Promise<void> {
  const env = options.env ?? process.env;
  const dbt = options.dbt ?? (await findOnPath("dbt", env));
  if (!dbt) {
    throw new DbtParseError(
      "dbt is not on PATH, so the manifest cannot be made here. Run `dbt parse` where dbt is installed (it writes target/manifest.json), or pass --manifest <path>.",
    );
  }
  const args = ["parse", "--project-dir", projectDir, ...(options.args ?? [])];
  const lines: string[] = [];
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(dbt, args, {
      cwd: projectDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const keep = (chunk: Buffer) => {
      lines.push(...chunk.toString("utf8").split(/\r?\n/).filter(Boolean));
      if (lines.length > 40) lines.splice(0, lines.length - 40);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) =>
      reject(new DbtParseError(`Could not run ${dbt}: ${error.message}`, { cause: error })),
    );
    child.on("close", (code) => resolve(code ?? 1));
  });
  if (exitCode !== 0) {
    const output = lines.slice(-15).join("\n");
    throw new DbtParseError(
      `\`dbt parse\` failed (exit code ${exitCode}). Fix what dbt reports, then run again:\n${output}`,
      { exitCode, output },
    );
  }
}
