// Liquid templates: parsed and checked against the job's variables at load, rendered byte-stably.
import { type FS, Liquid, LiquidError, type Template } from "liquidjs";
import { LLMConfigError } from "../errors.js";
import { closest } from "./closest.js";
import type { PromptJob } from "./jobs.js";
import type { FieldPath, SourcePlace, TemplatePoint } from "./locate.js";
import type { Problem } from "./problems.js";
import { isKnownVariable, knownVariables, suggestVariable } from "./variables.js";

export type TemplatePart = "system" | "user";

const NO_FILES = "prompt templates cannot read other files";
const SYNTAX_GUIDE = "https://liquidjs.com/tutorials/intro-to-liquid.html";
const FILTERS_GUIDE = "https://liquidjs.com/filters/overview.html";

/** A file system that has no files: nothing a template does can read the disk. */
const noFiles: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => Promise.reject(new Error(NO_FILES)),
  readFileSync: () => {
    throw new Error(NO_FILES);
  },
  resolve: (_root, file) => file,
};

/**
 * The Liquid engine prompts use. Strict variables and filters turn typos into errors instead of
 * empty text; own properties only keep `constructor` and friends out; `lenientIf` lets
 * `{% if model.description %}` test a value the caller left out. The tags that read other
 * files fail when a template is parsed, so a prompt is always the text the user can see. Dates
 * render in UTC and en-US on every machine, so a prompt (and its cache key) does not depend on
 * where it was built.
 */
export function createLiquid(): Liquid {
  const liquid = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    lenientIf: true,
    fs: noFiles,
    relativeReference: false,
    cache: false,
    timezoneOffset: 0,
    locale: "en-US",
  });
  for (const tag of ["include", "render", "layout"]) {
    liquid.registerTag(tag, {
      parse() {
        throw new Error(NO_FILES);
      },
      *render() {},
    });
  }
  return liquid;
}

/** A parsed template and the place its text came from, for render errors. */
export interface CompiledTemplate {
  readonly source: string;
  readonly parsed: Template[];
  readonly job: string;
  readonly part: TemplatePart;
  readonly place: SourcePlace;
  readonly path: FieldPath;
}

/** Liquid's position of an error, from the token it failed on. */
function pointOf(error: LiquidError): TemplatePoint | undefined {
  const position = error.token?.getPosition?.();
  if (!position) return undefined;
  const [row, col] = position;
  return row === undefined || col === undefined ? undefined : { row, col };
}

/** Liquid's message without the `, line:2, col:5` it appends: the place says it better. */
function liquidMessage(error: LiquidError): string {
  return (error.originalError?.message ?? error.message).replace(/, line:\d+, col:\d+$/, "");
}

function syntaxProblem(liquid: Liquid, error: LiquidError): string {
  const message = liquidMessage(error);
  if (message === NO_FILES) {
    return `${NO_FILES} (include, render and layout are off) — put the text in the template itself`;
  }
  const filter = /^undefined filter: (\S+)/.exec(message)?.[1];
  if (filter !== undefined) {
    const match = closest(filter, Object.keys(liquid.filters));
    const suggestion = match === undefined ? "" : ` did you mean "${match}"?`;
    return `unknown filter "${filter}" —${suggestion} The filters are listed at ${FILTERS_GUIDE}`;
  }
  return `Liquid syntax error: ${message} — fix the template (Liquid's syntax: ${SYNTAX_GUIDE})`;
}

export type CompiledOrProblems =
  | { ok: true; template: CompiledTemplate }
  | { ok: false; problems: Problem[] };

/**
 * Parses the template at `path` of `place` and checks every variable it reads from outside
 * against the job's declared ones, so a typo fails at load, before any call is paid for.
 */
export function compileTemplate(
  liquid: Liquid,
  source: string,
  job: PromptJob,
  part: TemplatePart,
  place: SourcePlace,
  path: FieldPath,
): CompiledOrProblems {
  const field = place.field(path);
  let parsed: Template[];
  try {
    parsed = liquid.parse(source);
  } catch (error) {
    if (!(error instanceof LiquidError)) throw error;
    const template = pointOf(error);
    const where = place.where(path, template ? { template } : {});
    return { ok: false, problems: [{ where, field, message: syntaxProblem(liquid, error) }] };
  }
  const problems: Problem[] = [];
  const { globals } = liquid.analyzeSync(parsed, { partials: false });
  for (const variable of Object.values(globals).flat()) {
    if (isKnownVariable(variable, job)) continue;
    const suggestion = suggestVariable(variable, job);
    const { row, col } = variable.location;
    problems.push({
      where: place.where(path, { template: { row, col } }),
      field,
      message:
        `unknown variable "${variable.toString()}" in the ${part} template of job "${job.name}" —` +
        `${suggestion === undefined ? "" : ` did you mean "${suggestion}"?`}` +
        ` The variables of "${job.name}" are: ${knownVariables(job)}`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template: { source, parsed, job: job.name, part, place, path } };
}

/**
 * Makes rendered text byte-stable whatever the template's whitespace: LF line ends, no
 * trailing spaces, at most one blank line in a row, no leading or trailing blank lines.
 * Liquid tags on their own lines leave such gaps, and they should not change a cache key.
 */
export function normalizeRendered(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Renders a compiled template; a value missing at render time names the template's place. */
export function renderTemplate(
  liquid: Liquid,
  template: CompiledTemplate,
  variables: Record<string, unknown>,
): string {
  let text: unknown;
  try {
    text = liquid.renderSync(template.parsed, variables);
  } catch (error) {
    if (!(error instanceof LiquidError)) throw error;
    const point = pointOf(error);
    const where = template.place.where(template.path, point ? { template: point } : {});
    throw new LLMConfigError(
      `Cannot render the ${template.part} template of job "${template.job}": ${where}: ${liquidMessage(error)}.`,
      {
        file: template.place.file,
        field: template.place.field(template.path),
        hint: 'The value is missing for this subject: guard it with {% if … %}, or give a fallback with `| default: "…"`.',
        cause: error,
      },
    );
  }
  return normalizeRendered(String(text));
}
