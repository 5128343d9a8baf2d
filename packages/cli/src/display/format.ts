// Small formatting helpers shared by the displays, the summary and messages.
import { isAbsolute, relative } from "node:path";

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined) return "unknown (no price for this model)";
  if (value === 0) return "$0.00";
  if (value < 0.01) return `$${value.toFixed(4)}`;
  return `$${value.toFixed(2)}`;
}

export function duration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  const s = ms / 1_000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

export function tokens(n: number): string {
  return n.toLocaleString("en");
}

/**
 * How a node is named in lines for people: a model by its name, other kinds with theirs
 * (`seed raw_customers`, `source ecom.raw_customers`), so a seed and a source of one name differ.
 */
export function nodeLabel(uniqueId: string, name: string): string {
  const [kind, , ...rest] = uniqueId.split(".");
  if (kind === "model" || kind === undefined) return name;
  if (kind === "source") return `source ${rest.join(".")}`;
  return `${kind} ${name}`;
}

/** A path as messages show it: relative to `cwd` when it lies below it, else as given. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
