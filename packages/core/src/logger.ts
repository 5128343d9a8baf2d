// A small levelled logger, human or JSON, that redacts secrets from every line it writes.
import { redactSecrets } from "./redact.js";

export const LOG_LEVELS = ["silent", "error", "warn", "info", "debug", "trace"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

/** Implement this to send osmosis's logs elsewhere (pino, winston, a test array). */
export interface Logger {
  readonly level: LogLevel;
  isEnabled(level: Exclude<LogLevel, "silent">): boolean;
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  trace(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: "human" | "json";
  /** Where lines go (default: standard error). */
  write?: (line: string) => void;
  /** Exact values to scrub in addition to the key patterns (e.g. configured API keys). */
  secrets?: readonly (string | undefined)[];
  /** Clock, for stable test output. */
  now?: () => Date;
}

const SECRET_FIELD =
  /^(api[-_]?key|authorization|x-api-key|api-key|token|access[-_]?token|secret|password|client[-_]?secret)$/i;
const MAX_FIELD_CHARS = 2_000;

/** Cuts long text (prompts, responses) for debug logs, saying how much was left out. */
export function truncate(text: string, max = MAX_FIELD_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more chars]`;
}

function scrubFields(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_FIELD.test(key)) out[key] = "[REDACTED]";
    else if (value instanceof Error) {
      out[key] = {
        name: value.name,
        message: value.message,
        code: (value as { code?: unknown }).code,
      };
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      out[key] = scrubFields(value as LogFields);
    } else out[key] = value;
  }
  return out;
}

function human(value: unknown): string {
  if (typeof value === "string") return /[\s="]/.test(value) ? JSON.stringify(value) : value;
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return String(value);
  return JSON.stringify(value);
}

export function createLogger(options: LoggerOptions = {}, bound: LogFields = {}): Logger {
  const level = options.level ?? "info";
  const format = options.format ?? "human";
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const threshold = LOG_LEVELS.indexOf(level);
  const secrets = options.secrets ?? [];

  const isEnabled = (l: Exclude<LogLevel, "silent">) => threshold >= LOG_LEVELS.indexOf(l);
  const emit = (l: Exclude<LogLevel, "silent">, message: string, fields: LogFields = {}) => {
    if (!isEnabled(l)) return;
    const all = scrubFields({ ...bound, ...fields });
    let line: string;
    if (format === "json") {
      line = JSON.stringify({ time: now().toISOString(), level: l, msg: message, ...all });
    } else {
      const tail = Object.entries(all)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${human(v)}`)
        .join(" ");
      line = `${l.toUpperCase().padEnd(5)} ${message}${tail ? ` ${tail}` : ""}`;
    }
    write(redactSecrets(line, secrets));
  };

  return {
    level,
    isEnabled,
    error: (m, f) => emit("error", m, f),
    warn: (m, f) => emit("warn", m, f),
    info: (m, f) => emit("info", m, f),
    debug: (m, f) => emit("debug", m, f),
    trace: (m, f) => emit("trace", m, f),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** A logger that writes nothing. */
export const silentLogger: Logger = createLogger({ level: "silent" });
