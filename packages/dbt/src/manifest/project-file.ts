// Reads what osmosis needs from dbt_project.yml: the project's package name and where its files are.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { DbtProjectError } from "./errors.js";

export interface DbtProjectFile {
  /** Absolute path of `dbt_project.yml`. */
  file: string;
  /** `name`: the package whose nodes osmosis may write. */
  name: string;
  /** `target-path`, relative to the project (`target` when unset). */
  targetPath: string;
  /**
   * The folders whose files feed the manifest, relative to the project: `model-paths`,
   * `seed-paths`, `snapshot-paths`, `docs-paths` (and dbt < 1.0's `source-paths`, `data-paths`).
   */
  sourcePaths: string[];
  /** `vars`, for the Jinja of raw SQL (`{{ var("start_date") }}`); `{}` when none. */
  vars: Record<string, unknown>;
}

const PATH_KEYS: Array<[key: string, fallback: string[]]> = [
  ["model-paths", ["models"]],
  ["seed-paths", ["seeds"]],
  ["snapshot-paths", ["snapshots"]],
  ["docs-paths", []],
  // dbt < 1.0 names, still read by dbt 1.x with a deprecation warning.
  ["source-paths", []],
  ["data-paths", []],
];

/** A list of folder names from `model-paths` and the like; Jinja values are left out. */
function pathList(value: unknown): string[] | undefined {
  const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
  return list?.filter((p): p is string => typeof p === "string" && p !== "" && !p.includes("{{"));
}

/** Reads `<projectDir>/dbt_project.yml`; throws a `DbtProjectError` naming the file and the fix. */
export async function readDbtProjectFile(
  projectDir: string,
  signal?: AbortSignal,
): Promise<DbtProjectFile> {
  const file = path.join(projectDir, "dbt_project.yml");
  let text: string;
  try {
    text = await readFile(file, { encoding: "utf8", signal });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") {
      throw new DbtProjectError(`No dbt_project.yml in ${projectDir}.`, {
        hint: "Run osmosis in the folder of your dbt project (the one holding dbt_project.yml), or pass that folder as the project directory.",
        file,
        cause,
      });
    }
    if (signal?.aborted) throw cause;
    throw new DbtProjectError(`Cannot read ${file}: ${(cause as Error).message}.`, {
      hint: "Check the file's permissions.",
      file,
      cause,
    });
  }

  // PyYAML, which dbt uses, lets a repeated key win and expands `<<` merges: do the same.
  const doc = parseDocument(text, { uniqueKeys: false, merge: true });
  const error = doc.errors[0];
  if (error) {
    const where = error.linePos ? ` (line ${error.linePos[0].line})` : "";
    throw new DbtProjectError(
      `${file} is not valid YAML${where}: ${error.message.split("\n")[0]}.`,
      {
        hint: "Fix the file: dbt cannot read it either.",
        file,
        cause: error,
      },
    );
  }
  const config: unknown = doc.toJS();
  const values =
    typeof config === "object" && config !== null ? (config as Record<string, unknown>) : {};
  const name = values.name;
  if (typeof name !== "string" || name.trim() === "") {
    throw new DbtProjectError(`${file} has no \`name\`.`, {
      hint: "Add `name: <your_project>` at its top level, as dbt requires.",
      file,
      field: "name",
    });
  }

  const sourcePaths = new Set<string>();
  for (const [key, fallback] of PATH_KEYS) {
    for (const p of pathList(values[key]) ?? fallback) sourcePaths.add(p);
  }
  const target = typeof values["target-path"] === "string" ? values["target-path"] : "";
  return {
    file,
    name: name.trim(),
    targetPath: target !== "" && !target.includes("{{") ? target : "target",
    sourcePaths: [...sourcePaths],
    vars:
      typeof values.vars === "object" && values.vars !== null && !Array.isArray(values.vars)
        ? (values.vars as Record<string, unknown>)
        : {},
  };
}
