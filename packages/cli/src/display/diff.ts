// A unified diff of a schema file, before and after, coloured for a terminal.
import { createTwoFilesPatch } from "diff";
import type { Colors } from "../context.js";

export interface FileDiff {
  /** Relative to the project root. */
  path: string;
  before: string | null;
  after: string;
}

export function unifiedDiff(file: FileDiff, colors: Colors): string {
  const patch = createTwoFilesPatch(
    file.before === null ? "/dev/null" : `a/${file.path}`,
    `b/${file.path}`,
    file.before ?? "",
    file.after,
    undefined,
    undefined,
    { context: 2 },
  );
  // Drop the "Index:"/"===" preamble: `git diff` readers expect the ---/+++ header first.
  const lines = patch
    .split("\n")
    .filter((line) => !line.startsWith("Index:") && !/^=+$/.test(line));
  return lines
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return colors.bold(line);
      if (line.startsWith("@@")) return colors.cyan(line);
      if (line.startsWith("+")) return colors.green(line);
      if (line.startsWith("-")) return colors.red(line);
      return line;
    })
    .join("\n")
    .replace(/\n*$/, "\n");
}
