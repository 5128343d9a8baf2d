// How an error reaches the user: what went wrong, where (file, field), and what to do, with any
// secret scrubbed. Errors from reading input map to exit code 2, the rest to 1.
import { redactSecrets } from "@osmosis/core";
import { type Colors, ExitCode } from "./context.js";

interface Described {
  message: string;
  hint?: string | undefined;
  file?: string | undefined;
  field?: string | undefined;
}

/** Errors raised while reading configuration, artifacts, YAML, prompts or selectors. */
const INPUT_ERRORS = new Set([
  "LLMConfigError",
  "ProviderNotFoundError",
  "DbtProjectError",
  "ManifestNotFoundError",
  "UnsupportedManifestError",
  "SelectorError",
  "SchemaFileError",
  "UnsafePathError",
  "PromptFileError",
  "PromptTemplateError",
  "DependencyCycleError",
  "DbtParseError",
  "UsageError",
]);

/** A mistake on the command line (a bad option value), reported like a config error. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

function kindOf(error: unknown): string {
  if (!(error instanceof Error)) return "Error";
  const kind = (error.constructor as { kind?: unknown }).kind;
  return typeof kind === "string" ? kind : error.name;
}

export function exitCodeOf(error: unknown): ExitCode {
  if (INPUT_ERRORS.has(kindOf(error))) return ExitCode.input;
  // Every configuration error (core's LLMConfigError and its subclasses) has code "config".
  const code = (error as { code?: unknown } | null)?.code;
  return code === "config" || code === "provider_not_installed" ? ExitCode.input : ExitCode.failed;
}

/** An error's message without the hint core's errors append to it. */
export function withoutHint(error: { message: string; hint?: string | undefined }): string {
  return error.hint && error.message.includes(error.hint)
    ? error.message.replace(error.hint, "").replace(/\s+$/, "")
    : error.message;
}

/** The lines printed for an error: `error: message`, then where and how to fix it. */
export function formatError(
  error: unknown,
  colors: Colors,
  secrets: readonly string[] = [],
): string {
  const e: Described =
    error instanceof Error ? (error as Error & Described) : { message: String(error) };
  const scrub = (text: string) => redactSecrets(text, secrets);
  // The hint is printed once, on its own line.
  const message = withoutHint(e);
  const lines = [`${colors.red(colors.bold("error"))} ${scrub(message)}`];
  // Where it went wrong, unless the message says so already.
  const where = [e.file, e.field].filter(
    (part): part is string => part !== undefined && part !== "" && !message.includes(part),
  );
  if (where.length > 0) lines.push(`  ${colors.dim("where")} ${scrub(where.join(": "))}`);
  if (e.hint) lines.push(`  ${colors.cyan("fix")}   ${scrub(e.hint)}`);
  return `${lines.join("\n")}\n`;
}
