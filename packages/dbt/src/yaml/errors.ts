// The errors of schema-file editing: YAML that cannot be read, and a path osmosis must not write.
import { LLMError } from "@osmosis/core";

/**
 * A schema file osmosis cannot edit: a YAML syntax error, several documents, or a top level that
 * is not a mapping. `line` and `column` are 1-based; `editSchemaFile` knows no file name, the
 * writer adds it with `withFile`.
 */
export class SchemaFileError extends LLMError {
  static override readonly kind: string = "SchemaFileError";
  readonly line: number;
  readonly column: number;
  /** What is wrong, without the position or the file. */
  readonly reason: string;
  readonly file: string | undefined;

  constructor(
    reason: string,
    options: { line: number; column: number; file?: string | undefined; cause?: unknown },
  ) {
    const where = options.file
      ? `${options.file}:${options.line}:${options.column}`
      : `Line ${options.line}, column ${options.column}`;
    super(`${where}: ${/[.!?]$/.test(reason) ? reason : `${reason}.`}`, {
      hint: "Fix the YAML there (dbt cannot read it either), then run osmosis again.",
      cause: options.cause,
    });
    this.line = options.line;
    this.column = options.column;
    this.reason = reason;
    this.file = options.file;
  }

  /** The same error, naming the file it is in. */
  withFile(file: string): SchemaFileError {
    return new SchemaFileError(this.reason, {
      line: this.line,
      column: this.column,
      file,
      cause: this.cause,
    });
  }
}

export type UnsafePathReason = "absolute" | "outside-root" | "symlink" | "not-a-file";

/** A schema file path that would write outside the project: absolute, `..`, or through a symlink. */
export class UnsafePathError extends LLMError {
  static override readonly kind: string = "UnsafePathError";
  /** The path as it was given. */
  readonly path: string;
  readonly rootDir: string;
  readonly reason: UnsafePathReason;

  constructor(
    message: string,
    options: { path: string; rootDir: string; reason: UnsafePathReason; hint: string },
  ) {
    super(message, { hint: options.hint });
    this.path = options.path;
    this.rootDir = options.rootDir;
    this.reason = options.reason;
  }
}
