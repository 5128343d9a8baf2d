import { describe, expect, it } from "vitest";
import { LLMConfigError } from "../errors.js";
import { envPlace } from "./locate.js";
import { compileTemplate, createLiquid, normalizeRendered, renderTemplate } from "./template.js";
import { errorOf, MODEL_JOB, MODEL_VARIABLES } from "./test-support.js";

const liquid = createLiquid();
const place = envPlace("OSMOSIS_LLM_PROMPT_MODEL_USER");

function compile(source: string) {
  return compileTemplate(liquid, source, MODEL_JOB, "user", place, ["jobs", "model", "user"]);
}

function compiled(source: string) {
  const result = compile(source);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.template;
}

describe("variables checked at load", () => {
  it.each([
    ["a declared path", "{{ model.name }}", true],
    ["a prefix of one, as in an if", "{% if model %}{{ model.path }}{% endif %}", true],
    ["a path under a declared one", "{{ columns[0].name }} {{ columns | size }}", true],
    ["a quoted property", "{{ model['path'] }}", true],
    ["a loop variable", "{% for c in columns %}{{ c.name }} {{ forloop.index }}{% endfor %}", true],
    ["an assigned variable", "{% assign n = model.name | upcase %}{{ n }}", true],
    ["a misspelt root", "{{ modle.name }}", false],
    ["a misspelt nested property", "{{ model.nme }}", false],
    ["an undeclared property of a declared prefix", "{{ model.size }}", false],
    ["an undeclared variable in a condition", "{% if description %}x{% endif %}", false],
    ["an undeclared loop source", "{% for t in tests %}{{ t }}{% endfor %}", false],
  ])("%s: %s → known %s", (_, source, known) => {
    expect(compile(source).ok).toBe(known);
  });

  it.each([
    ["{{ model.nme }}", 'did you mean "model.name"?'],
    ["{{ modle.name }}", 'did you mean "model.name"?'],
    ["{{ colums[0].name }}", 'did you mean "columns[0].name"?'],
    ["{{ sqll | upcase }}", 'did you mean "sql"?'],
  ])("suggests the nearest declared variable for %s", (source, suggestion) => {
    const result = compile(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toContain(suggestion);
  });

  it("names the variable as written, the job, the part, and every known variable", () => {
    const result = compile("line one\n  {{ elsewhere.value }}");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        where: "env OSMOSIS_LLM_PROMPT_MODEL_USER:2:6",
        field: "OSMOSIS_LLM_PROMPT_MODEL_USER",
        message:
          'unknown variable "elsewhere.value" in the user template of job "model" — The variables of "model" are: model.name (the model\'s name), model.path (the model\'s file path), sql (the model\'s compiled SQL), columns (the model\'s columns, each with name and type)',
      },
    ]);
  });

  it("lists every unknown variable, not only the first", () => {
    const result = compile("{{ a }} {{ model.name }} {{ b }}");
    expect(result.ok ? [] : result.problems.map((p) => p.message.split(" in ")[0])).toEqual([
      'unknown variable "a"',
      'unknown variable "b"',
    ]);
  });

  it.each([
    ["{{ sql | upcse }}", 'unknown filter "upcse" — did you mean "upcase"?'],
    ["{% include 'header' %}", "prompt templates cannot read other files"],
    ["{% if sql %}{% render 'x' %}{% endif %}", "prompt templates cannot read other files"],
    ["{% layout 'base' %}", "prompt templates cannot read other files"],
    ["{% liquid\n  include 'x' %}", "prompt templates cannot read other files"],
    ["{% if sql %}no end", "Liquid syntax error: tag {% if sql %} not closed"],
    ["{{ sql ", 'Liquid syntax error: output "{{ sql " not closed'],
  ])("rejects %j at parse time", (source, message) => {
    const result = compile(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toContain(message);
    expect(result.problems[0]?.where).toMatch(/^env OSMOSIS_LLM_PROMPT_MODEL_USER:\d+:\d+$/);
  });
});

describe("normalizeRendered", () => {
  it.each([
    ["CRLF line ends", "a\r\nb\r\n", "a\nb"],
    ["trailing spaces and tabs", "a  \nb\t\n", "a\nb"],
    ["three or more newlines", "a\n\n\n\nb\n\n\nc", "a\n\nb\n\nc"],
    ["blank lines made of spaces", "a\n  \n \n\nb", "a\n\nb"],
    ["leading and trailing blank lines", "\n\n  a\nb\n\n", "a\nb"],
    ["text already normal", "a\n\nb", "a\n\nb"],
  ])("handles %s", (_, input, output) => {
    expect(normalizeRendered(input)).toBe(output);
  });
});

describe("renderTemplate", () => {
  const template = compiled(
    "Model {{ model.name }}   \r\n{% if columns %}\n\n\n{% for c in columns %}- {{ c.name }}\n{% endfor %}{% endif %}\n\n\n{{ sql }}\n",
  );

  it("renders and normalises", () => {
    expect(renderTemplate(liquid, template, MODEL_VARIABLES)).toBe(
      "Model orders\n\n- id\n\nselect 1",
    );
  });

  it("renders the same bytes every time", () => {
    const first = renderTemplate(liquid, template, MODEL_VARIABLES);
    const again = Array.from({ length: 50 }, () =>
      renderTemplate(liquid, template, structuredClone(MODEL_VARIABLES)),
    );
    expect(new Set(again)).toEqual(new Set([first]));
  });

  it("lets if and default test a value the caller left out", () => {
    const optional = compiled(
      '{% if model.path %}at {{ model.path }}{% else %}no path{% endif %}, {{ model.path | default: "none" }}',
    );
    expect(renderTemplate(liquid, optional, { model: { name: "x" } })).toBe("no path, none");
  });

  it("names the template's place when a value is missing at render time", async () => {
    const indexed = compiled("first\n  {{ columns[5].name }}");
    const error = await errorOf(() => renderTemplate(liquid, indexed, MODEL_VARIABLES));
    expect(error).toBeInstanceOf(LLMConfigError);
    expect(error.message).toContain(
      'Cannot render the user template of job "model": env OSMOSIS_LLM_PROMPT_MODEL_USER:2:6: undefined variable: columns.5.',
    );
    expect(error.message).toContain("guard it with {% if … %}");
  });

  it("reads own properties only: inherited members of a value stay out of reach", async () => {
    // Passes the load check (it is under the declared `columns`); the engine refuses it.
    const inherited = compiled("{{ columns.constructor }}");
    const error = await errorOf(() => renderTemplate(liquid, inherited, MODEL_VARIABLES));
    expect(error.message).toContain("undefined variable: columns.constructor");
  });
});
