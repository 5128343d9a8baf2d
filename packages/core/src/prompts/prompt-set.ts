// The loaded prompts of every level, and the effective prompt of a job for one subject.
import type { Liquid } from "liquidjs";
import { LLMConfigError } from "../errors.js";
import { closest } from "./closest.js";
import type { PromptJob } from "./jobs.js";
import type { Layer, LayerParts, LayerScope, PartValue, PromptOrigin } from "./layer.js";
import type { ScopeMatch } from "./prompt-file.js";
import { type CompiledTemplate, renderTemplate } from "./template.js";

/** A scope as `PromptSet.scopes()` lists it. */
export interface PromptScope {
  name: string;
  match: ScopeMatch;
  origin: PromptOrigin;
  /** The jobs it sets parts of. */
  jobs: string[];
}

/** The effective prompt of one job for one subject, ready to render. */
export interface ResolvedPrompt {
  readonly job: string;
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  readonly origins: {
    system: PromptOrigin;
    user: PromptOrigin;
    temperature?: PromptOrigin;
    maxOutputTokens?: PromptOrigin;
  };
  /** Names of the scopes that supplied a part, for the plan. */
  readonly scopes: readonly string[];
  readonly system: { readonly source: string };
  readonly user: { readonly source: string };
  /** The system and user prompts for these variables, normalised to be byte-stable. */
  render(variables: Record<string, unknown>): { system: string; user: string };
}

/** Where the search found a part: the level's index and the scope's (-1 for unscoped). */
type Found = { level: number; index: number; scope?: string };
type Choice<T> = Found & { value: PartValue<T> };

const keyOf = (found: Found | undefined) => (found ? `${found.level}.${found.index}` : "-");

/** Every level's prompts, highest precedence first. Made by `loadPrompts`. */
export class PromptSet {
  readonly jobs: readonly PromptJob[];
  readonly #layers: readonly Layer[];
  readonly #builtIn: string;
  readonly #liquid: Liquid;
  /** Resolved prompts by the sources chosen for their parts: few combinations, many subjects. */
  readonly #resolved = new Map<string, ResolvedPrompt>();

  /** @internal Use `loadPrompts`. */
  constructor(
    jobs: readonly PromptJob[],
    layers: readonly Layer[],
    builtIn: string,
    liquid: Liquid,
  ) {
    this.jobs = jobs;
    this.#layers = layers;
    this.#builtIn = builtIn;
    this.#liquid = liquid;
  }

  /**
   * Every scope of every level, in precedence order, for display and for the caller to check
   * its matchers (a bad selector, say) before any work starts.
   */
  scopes(): PromptScope[] {
    return this.#layers.flatMap((layer) =>
      layer.scopes.map((scope) => ({
        name: scope.name,
        match: scope.match,
        origin: scope.origin,
        jobs: Object.keys(scope.jobs),
      })),
    );
  }

  /**
   * The effective prompt of `job` for one subject. Each part (system, user, temperature,
   * maxOutputTokens) is looked up on its own, level by level from the highest: within a level
   * the first scope, in file order, whose match `matches` accepts and that sets the part, else
   * the level's unscoped part. `matches` is called at most once per scope.
   */
  resolve(job: string, matches: (match: ScopeMatch) => boolean): ResolvedPrompt {
    if (!this.jobs.some((declared) => declared.name === job)) {
      const names = this.jobs.map((declared) => declared.name);
      const match = closest(job, names);
      throw new LLMConfigError(`There is no prompt job "${job}".`, {
        hint: `${match === undefined ? "" : `Did you mean "${match}"? `}The jobs are: ${names.join(", ")}.`,
      });
    }
    const accepted = new Map<LayerScope, boolean>();
    const accepts = (scope: LayerScope) => {
      let answer = accepted.get(scope);
      if (answer === undefined) {
        answer = matches(scope.match);
        accepted.set(scope, answer);
      }
      return answer;
    };
    const pick = <T>(
      get: (parts: LayerParts | undefined) => PartValue<T> | undefined,
    ): Choice<T> | undefined => {
      for (const [level, layer] of this.#layers.entries()) {
        for (const [index, scope] of layer.scopes.entries()) {
          const value = get(scope.jobs[job]);
          if (value && accepts(scope)) {
            return { value, level, index, scope: scope.name };
          }
        }
        const value = get(layer.jobs[job]);
        if (value) return { value, level, index: -1 };
      }
      return undefined;
    };
    const system = pick((parts) => parts?.system);
    const user = pick((parts) => parts?.user);
    // loadPrompts refuses built-in prompts without both templates, so this is a bug if it happens.
    if (!system || !user) {
      throw new Error(`osmosis bug: no ${system ? "user" : "system"} template for job "${job}"`);
    }
    const temperature = pick((parts) => parts?.temperature);
    const maxOutputTokens = pick((parts) => parts?.maxOutputTokens);
    const key = [job, ...[system, user, temperature, maxOutputTokens].map(keyOf)].join(" ");
    let resolved = this.#resolved.get(key);
    if (!resolved) {
      resolved = this.#build(job, system, user, temperature, maxOutputTokens);
      this.#resolved.set(key, resolved);
    }
    return resolved;
  }

  /** The built-in prompt file, for `osmosis prompts eject`: the starting point of a custom one. */
  ejectBuiltIn(): string {
    return this.#builtIn;
  }

  #build(
    job: string,
    system: Choice<CompiledTemplate>,
    user: Choice<CompiledTemplate>,
    temperature: Choice<number> | undefined,
    maxOutputTokens: Choice<number> | undefined,
  ): ResolvedPrompt {
    const liquid = this.#liquid;
    // In precedence order, as the plan lists them, whichever part each one gave.
    const found: Array<Found & { scope: string }> = [];
    for (const choice of [system, user, temperature, maxOutputTokens]) {
      if (choice?.scope !== undefined) found.push({ ...choice, scope: choice.scope });
    }
    found.sort((a, b) => a.level - b.level || a.index - b.index);
    const scopes = [...new Set(found.map((choice) => choice.scope))];
    const systemTemplate = system.value.value;
    const userTemplate = user.value.value;
    return Object.freeze({
      job,
      ...(temperature ? { temperature: temperature.value.value } : {}),
      ...(maxOutputTokens ? { maxOutputTokens: maxOutputTokens.value.value } : {}),
      origins: {
        system: system.value.origin,
        user: user.value.origin,
        ...(temperature ? { temperature: temperature.value.origin } : {}),
        ...(maxOutputTokens ? { maxOutputTokens: maxOutputTokens.value.origin } : {}),
      },
      scopes,
      system: { source: systemTemplate.source },
      user: { source: userTemplate.source },
      render: (variables: Record<string, unknown>) => ({
        system: renderTemplate(liquid, systemTemplate, variables),
        user: renderTemplate(liquid, userTemplate, variables),
      }),
    });
  }
}
