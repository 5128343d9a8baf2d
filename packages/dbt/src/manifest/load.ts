// Loads a dbt project from disk: dbt_project.yml, target/manifest.json and, when there is one,
// target/catalog.json, into the DbtProject model, with warnings about what is stale or left out.
import type { Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { DbtProject } from "../project.js";
import { buildProject } from "./build.js";
import { DbtProjectError, ManifestNotFoundError } from "./errors.js";
import { type ArtifactFile, parseCatalog, parseJson, parseManifest } from "./parse.js";
import { readDbtProjectFile } from "./project-file.js";
import type { Catalog } from "./schema.js";
import { findNewerFiles } from "./staleness.js";

export interface LoadedProject {
  project: DbtProject;
  /** Things the caller should show once: a stale manifest, lineage or catalog entries left out. */
  warnings: string[];
  /** True when files of the project changed after the manifest was written (`loadProject` only). */
  stale: boolean;
  /**
   * Only schema YAML files changed since the manifest was written (as after an osmosis run):
   * the schema-file overlay reads their descriptions, so the stale warning is moot for docs.
   */
  staleSchemaOnly?: boolean;
  /** The catalog the columns were completed from, when one was read. */
  catalog: Catalog | undefined;
  /** Absolute path of the manifest read. */
  manifestPath: string;
  /** Absolute path of the catalog read, when one was. */
  catalogPath: string | undefined;
  /** `vars` of `dbt_project.yml`. */
  vars: Record<string, unknown>;
}

export interface LoadManifestOptions {
  /** The folder holding `dbt_project.yml`, which names the project's own package. */
  projectDir: string;
  /** A `catalog.json` to take warehouse columns and types from; none when omitted. */
  catalogPath?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface LoadProjectOptions {
  /** The folder holding `dbt_project.yml`. */
  projectDir: string;
  /** Default: `<target-path>/manifest.json` in the project (`target/manifest.json`). */
  manifestPath?: string | undefined;
  /** Default: `catalog.json` beside the manifest, when it exists; `false` to read no catalog. */
  catalogPath?: string | false | undefined;
  signal?: AbortSignal | undefined;
}

/** `target/manifest.json` for files in the project, the absolute path for others. */
function artifactFile(projectDir: string, file: string): ArtifactFile {
  const relative = path.relative(projectDir, file);
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return { path: file, display: inside ? relative.split(path.sep).join("/") : file };
}

async function readText(
  file: ArtifactFile,
  signal: AbortSignal | undefined,
  notFound: (cause: unknown) => Error,
): Promise<string> {
  try {
    return await readFile(file.path, { encoding: "utf8", signal });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") throw notFound(cause);
    if (signal?.aborted) throw cause;
    throw new DbtProjectError(`Cannot read ${file.display}: ${(cause as Error).message}.`, {
      hint: "Check the file's permissions.",
      file: file.path,
      cause,
    });
  }
}

async function readCatalog(file: ArtifactFile, signal: AbortSignal | undefined): Promise<Catalog> {
  const text = await readText(file, signal, (cause) => {
    return new DbtProjectError(`No dbt catalog at ${file.display}.`, {
      hint: "Run `dbt docs generate` to create it, or leave the catalog out.",
      file: file.path,
      cause,
    });
  });
  const fix = "Run `dbt docs generate` to write it again, or leave the catalog out.";
  return parseCatalog(parseJson(text, file, fix), file);
}

async function readManifestAndCatalog(
  projectDir: string,
  name: string,
  manifest: ArtifactFile,
  catalog: ArtifactFile | undefined,
  signal: AbortSignal | undefined,
): Promise<LoadedProject> {
  const [manifestText, catalogData] = await Promise.all([
    readText(manifest, signal, (cause) => {
      return new ManifestNotFoundError(
        `No dbt manifest at ${manifest.display} (looked for ${manifest.path}).`,
        {
          hint: `Run \`dbt parse\` in ${projectDir} (or \`osmosis document --parse\`) to create it.`,
          file: manifest.path,
          manifestPath: manifest.path,
          projectDir,
          cause,
        },
      );
    }),
    catalog ? readCatalog(catalog, signal) : undefined,
  ]);
  const json = parseJson(
    manifestText,
    manifest,
    "It may have been cut short while dbt wrote it: run `dbt parse` to write it again.",
  );
  const parsed = parseManifest(json, manifest);
  const { project, warnings } = buildProject(parsed, {
    name,
    rootDir: projectDir,
    catalog: catalogData,
    catalogDisplay: catalog?.display,
  });
  return {
    project,
    warnings,
    stale: false,
    catalog: catalogData,
    manifestPath: manifest.path,
    catalogPath: catalog?.path,
    vars: {},
  };
}

/**
 * Reads one manifest.json into the project model, with `projectDir`'s `dbt_project.yml` naming
 * the project's own package. Relative paths resolve against the current directory.
 */
export async function loadManifest(
  manifestPath: string,
  options: LoadManifestOptions,
): Promise<LoadedProject> {
  const projectDir = path.resolve(options.projectDir);
  const config = await readDbtProjectFile(projectDir, options.signal);
  const catalog =
    options.catalogPath === undefined
      ? undefined
      : artifactFile(projectDir, path.resolve(options.catalogPath));
  const loaded = await readManifestAndCatalog(
    projectDir,
    config.name,
    artifactFile(projectDir, path.resolve(manifestPath)),
    catalog,
    options.signal,
  );
  loaded.vars = config.vars;
  return loaded;
}

/**
 * Loads the dbt project in `projectDir`: its manifest, its catalog when there is one, and a
 * warning when files of the project changed after the manifest was written.
 */
export async function loadProject(options: LoadProjectOptions): Promise<LoadedProject> {
  const { signal } = options;
  const projectDir = path.resolve(options.projectDir);
  const config = await readDbtProjectFile(projectDir, signal);
  const manifestPath = options.manifestPath
    ? path.resolve(options.manifestPath)
    : path.resolve(projectDir, config.targetPath, "manifest.json");
  const manifest = artifactFile(projectDir, manifestPath);

  let catalog: ArtifactFile | undefined;
  if (options.catalogPath === false) {
    catalog = undefined;
  } else if (options.catalogPath !== undefined) {
    catalog = artifactFile(projectDir, path.resolve(options.catalogPath));
  } else {
    const beside = path.join(path.dirname(manifestPath), "catalog.json");
    const found = await stat(beside).catch(() => undefined);
    if (found?.isFile()) catalog = artifactFile(projectDir, beside);
  }

  // The walk for newer files runs while the manifest is read and parsed.
  const manifestStats = await stat(manifestPath).catch((): Stats | undefined => undefined);
  const [loaded, newer] = await Promise.all([
    readManifestAndCatalog(projectDir, config.name, manifest, catalog, signal),
    manifestStats
      ? findNewerFiles(projectDir, config.sourcePaths, [config.file], manifestStats.mtimeMs, signal)
      : undefined,
  ]);
  loaded.vars = config.vars;
  if (newer && newer.count > 0) {
    loaded.stale = true;
    loaded.staleSchemaOnly = newer.schemaYaml === newer.count;
    loaded.warnings.unshift(
      `${manifest.display} is older than ${newer.count} file${newer.count === 1 ? "" : "s"} of the project (newest: ${newer.newest}); run \`dbt parse\` to refresh it.`,
    );
  }
  return loaded;
}
