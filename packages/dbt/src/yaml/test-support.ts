// Helpers shared by the schema-file tests (not part of the package): which lines of a schema
// file are description lines, so a test can check that nothing else changed.

/**
 * The file's lines without its description lines: a `description:` key's line and, when its
 * value goes on over more lines (a block scalar, a folded plain or quoted scalar), those lines.
 * Blank lines after a description stay: they separate what follows.
 */
export function nonDescriptionLines(text: string): string[] {
  const lines = text.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const match = /^( *)(?:- +)?description\s*:/.exec(line);
    if (!match) {
      kept.push(line);
      continue;
    }
    const keyColumn = line.indexOf("description");
    let end = i + 1;
    let lastContent = i;
    while (end < lines.length) {
      const next = lines[end] as string;
      // Only spaces: U+00A0 and the like are text in YAML, not blanks.
      if (/^[ \t\r]*$/.test(next)) {
        end++;
        continue;
      }
      if ((/^ */.exec(next)?.[0].length ?? 0) <= keyColumn) break;
      lastContent = end;
      end++;
    }
    i = lastContent;
  }
  return kept;
}

/** Lines holding only a comment (a description's block text starting with `#` is not one). */
export function commentLines(text: string): string[] {
  return nonDescriptionLines(text).filter((line) => line.trim().startsWith("#"));
}

/** `part` appears in `whole` in the same order (not necessarily next to each other). */
export function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const line of whole) if (at < part.length && line === part[at]) at++;
  return at === part.length;
}
