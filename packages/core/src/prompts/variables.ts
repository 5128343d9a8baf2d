// Whether a template's variable is one its job provides, and the nearest one when it is not.
import type { Variable } from "liquidjs";
import { closeEnough, editDistance } from "./closest.js";
import type { PromptJob } from "./jobs.js";

/** The property names a variable starts with, up to its first index: `columns[0].name` → `columns`. */
function leadingNames(variable: Variable): string[] {
  const names: string[] = [];
  for (const segment of variable.segments) {
    if (typeof segment !== "string") break;
    names.push(segment);
  }
  return names;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, i) => path[i] === name);
}

/**
 * Known when the variable's leading names equal a declared path, lead to one (`model` for
 * `model.name`, as in `{% if model %}`) or go below one (`columns[0].name` under `columns`): the
 * caller vouches for a declared value, not for its inner shape.
 */
export function isKnownVariable(variable: Variable, job: PromptJob): boolean {
  const names = leadingNames(variable);
  return Object.keys(job.variables).some((declared) => {
    const path = declared.split(".");
    return startsWith(path, names) || startsWith(names, path);
  });
}

/**
 * The variable as the author probably meant it, or undefined when nothing declared is close.
 * Each declared path is compared with as many of the written names, so a typo in the middle
 * (`model.nme.size`) is fixed and the rest kept (`model.name.size`).
 */
export function suggestVariable(variable: Variable, job: PromptJob): string | undefined {
  const names = leadingNames(variable);
  const written = names.join(".");
  let best: string[] | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const declared of Object.keys(job.variables)) {
    const path = declared.split(".");
    const depth = Math.min(path.length, names.length);
    const target = path.slice(0, depth).join(".");
    const distance = editDistance(names.slice(0, depth).join("."), target);
    if (distance > 0 && distance < bestDistance && closeEnough(target, distance)) {
      best = depth === path.length ? [...path, ...names.slice(depth)] : path.slice(0, depth);
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  // Keep what followed the names as written (`[0].name`), so the suggestion can be pasted.
  const shown = variable.toString();
  const fixed = best.join(".");
  return shown.startsWith(written) ? fixed + shown.slice(written.length) : fixed;
}

/** `model.name (the model's name), sql (…)`: every variable the job provides, for messages. */
export function knownVariables(job: PromptJob): string {
  return Object.entries(job.variables)
    .map(([path, meaning]) => `${path} (${meaning})`)
    .join(", ");
}
