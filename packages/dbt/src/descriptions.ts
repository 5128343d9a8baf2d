// What counts as a description a person wrote, one still to write, or one never to touch.
import type { DbtNode, DbtProject } from "./project.js";

/**
 * Texts that mean "not documented yet": dbt-osmosis's list, so its users' placeholders are
 * filled as they expect. Compared trimmed and case-insensitively; `""` and an absent key are
 * always missing.
 */
export const DEFAULT_PLACEHOLDERS: readonly string[] = Object.freeze([
  "Pending further documentation",
  "No description for this column",
  "Not documented",
  "Undefined",
]);

/** True when `text` holds Jinja (`{{ doc("orders") }}`, `{% if %}`): never overwritten, even forced. */
export function hasJinja(text: string | undefined): boolean {
  return text !== undefined && /\{\{|\{%/.test(text);
}

/** True when `text` is absent, blank or one of `placeholders`. */
export function isMissing(
  text: string | undefined,
  placeholders: readonly string[] = DEFAULT_PLACEHOLDERS,
): boolean {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return true;
  const lower = trimmed.toLowerCase();
  return placeholders.some((p) => p.trim().toLowerCase() === lower);
}

/** How an existing description stands: to fill, to keep as a person wrote it, or Jinja. */
export type DescriptionState = "missing" | "written" | "jinja";

export function descriptionState(
  text: string | undefined,
  placeholders: readonly string[] = DEFAULT_PLACEHOLDERS,
): DescriptionState {
  if (hasJinja(text)) return "jinja";
  return isMissing(text, placeholders) ? "missing" : "written";
}

/** The text of a description as a reader sees it: `{{ doc("name") }}` replaced by the doc block. */
export function readableDescription(project: DbtProject, node: DbtNode, text: string): string {
  if (!text.includes("{{")) return text.trim();
  return text
    .replace(
      /\{\{\s*doc\(\s*(['"])([^'"]+)\1\s*(?:,\s*(['"])([^'"]+)\3\s*)?\)\s*\}\}/g,
      (match, _q, first: string, _q2, second: string | undefined) => {
        const key = second === undefined ? first : `${first}.${second}`;
        return (
          project.docs.get(second === undefined ? `${node.packageName}.${first}` : key) ??
          project.docs.get(key) ??
          match
        );
      },
    )
    .trim();
}
