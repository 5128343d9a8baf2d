// What counts as a description a person wrote, one still to write, or one never to touch.

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
