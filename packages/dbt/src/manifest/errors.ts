// Errors thrown while reading a dbt project's files: each names the file and what to run to fix it.
import { LLMConfigError, type LLMErrorOptions } from "@osmosis/core";

type FileErrorOptions = LLMErrorOptions & { file?: string; field?: string };

/**
 * A dbt project osmosis cannot read: `dbt_project.yml`, `manifest.json` or `catalog.json`
 * missing, unreadable, or not in the shape dbt writes. `file` is the file, `field` the JSON path
 * of the first problem when there is one.
 */
export class DbtProjectError extends LLMConfigError {
  static override readonly kind: string = "DbtProjectError";
}

/** No `manifest.json` where osmosis looked: the caller may offer to run `dbt parse`. */
export class ManifestNotFoundError extends DbtProjectError {
  static override readonly kind: string = "ManifestNotFoundError";
  /** Absolute path of the manifest osmosis looked for. */
  readonly manifestPath: string;
  /** Absolute path of the dbt project (where `dbt parse` must run). */
  readonly projectDir: string;

  constructor(
    message: string,
    options: FileErrorOptions & { manifestPath: string; projectDir: string },
  ) {
    super(message, options);
    this.manifestPath = options.manifestPath;
    this.projectDir = options.projectDir;
  }
}

/** A manifest whose `metadata.dbt_schema_version` osmosis does not read. */
export class UnsupportedManifestError extends DbtProjectError {
  static override readonly kind: string = "UnsupportedManifestError";
  /** The `dbt_schema_version` found (`https://schemas.getdbt.com/dbt/manifest/v13.json`), or `undefined` when absent. */
  readonly schemaVersion: string | undefined;
  /** The manifest versions osmosis reads. */
  readonly supported: readonly number[];

  constructor(
    message: string,
    options: FileErrorOptions & { schemaVersion: string | undefined; supported: readonly number[] },
  ) {
    super(message, options);
    this.schemaVersion = options.schemaVersion;
    this.supported = options.supported;
  }
}
