// Where a prompt value lives (a file line, an env var, a config key), so each problem points at it.

/** Keys and list indexes from the root of a prompt file to one value. */
export type FieldPath = ReadonlyArray<string | number>;

/** A position inside a template, as Liquid counts it (1-based). */
export interface TemplatePoint {
  row: number;
  col: number;
}

/** A source of prompt values that can say where one of them is. */
export interface SourcePlace {
  /** How messages and origins name the source: a path, `env NAME`, `osmosis.config.ts (prompts)`. */
  readonly name: string;
  /** The file the values are in, for `LLMConfigError.file`; none for an env var. */
  readonly file: string | undefined;
  /** The line of the value at `path`, or of its key `key`, when the source has lines. */
  lineOf(path: FieldPath, key?: string): number | undefined;
  /**
   * The start of a problem line, before `: problem — fix`: `prompts.yaml:12: jobs.model.user`,
   * with the column too when pointing into a template.
   */
  where(path: FieldPath, at?: { key?: string; template?: TemplatePoint }): string;
  /** The field as `LLMConfigError.field` names it. */
  field(path: FieldPath): string;
}

/** `jobs.model.user`, `scopes[0].match`; `(top level)` for the root. */
export function fieldName(path: FieldPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(top level)" : out;
}

/** One template in an environment variable: rows are the value's own lines. */
export function envPlace(variable: string): SourcePlace {
  const name = `env ${variable}`;
  return {
    name,
    file: undefined,
    lineOf: () => undefined,
    where: (_path, at) => (at?.template ? `${name}:${at.template.row}:${at.template.col}` : name),
    field: () => variable,
  };
}

/**
 * Prompts written inline in the config file: a TypeScript object has no lines we can see, so
 * problems name the key under `prompts` and, inside a template, its own line and column.
 */
export function inlinePlace(configFile: string): SourcePlace {
  const field = (path: FieldPath) => (path.length === 0 ? "prompts" : `prompts.${fieldName(path)}`);
  return {
    name: `${configFile} (prompts)`,
    file: configFile,
    lineOf: () => undefined,
    where: (path, at) => {
      const inside = at?.template
        ? `, template line ${at.template.row}, column ${at.template.col}`
        : "";
      return `${configFile} (${field(path)})${inside}`;
    },
    field,
  };
}
