// `osmosis init`: a commented osmosis.config.ts for the chosen provider and model, with the most
// useful keys as commented-out examples, and what to install and set next.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as clack from "@clack/prompts";
import { CONFIG_FILES } from "../config/load.js";
import { type CommandContext, ExitCode } from "../context.js";
import { displayPath } from "../display/format.js";
import { UsageError } from "../errors.js";
import { projectDirOf } from "../setup.js";

export interface InitFlags {
  provider?: string | undefined;
  model?: string | undefined;
  projectDir?: string | undefined;
  force?: boolean | undefined;
  yes?: boolean | undefined;
}

/** The file `osmosis init` writes. */
export const CONFIG_FILE = "osmosis.config.ts";

/** What `osmosis init` knows of each provider osmosis publishes. */
export interface InitProvider {
  id: string;
  /** For the question's list. */
  label: string;
  hint: string;
  packageName: string;
  /** The plugin's default model (its plugin.ts); none for Azure, where the model is a deployment. */
  defaultModel: string | undefined;
  /** The variable that overrides the model, read by the plugin. */
  modelVariable: string;
  /** The variables holding the credentials (empty for local servers). */
  keyVariables: string[];
  /** What to do before the first run, after installing. */
  setUp: string;
  /** `providers.<id>` example: its comment and its lines. */
  options: { about: string; lines: string[] };
}

/** Keep in step with each provider package's plugin.ts (init.test.ts checks the defaults). */
export const INIT_PROVIDERS: readonly InitProvider[] = [
  {
    id: "openai",
    label: "OpenAI",
    hint: "GPT models, OPENAI_API_KEY",
    packageName: "@osmosis/provider-openai",
    defaultModel: "gpt-4o-mini",
    modelVariable: "OPENAI_MODEL",
    keyVariables: ["OPENAI_API_KEY"],
    setUp: "Set OPENAI_API_KEY to your key (without one, `osmosis document` only previews).",
    options: {
      about: "e.g. an OpenAI-compatible gateway (or OPENAI_BASE_URL)",
      lines: ['openai: { baseURL: "https://gateway.example.com/v1" },'],
    },
  },
  {
    id: "anthropic",
    label: "Anthropic",
    hint: "Claude models, ANTHROPIC_API_KEY",
    packageName: "@osmosis/provider-anthropic",
    defaultModel: "claude-haiku-4-5",
    modelVariable: "ANTHROPIC_MODEL",
    keyVariables: ["ANTHROPIC_API_KEY"],
    setUp: "Set ANTHROPIC_API_KEY to your key (without one, `osmosis document` only previews).",
    options: {
      about: "e.g. a gateway in front of Anthropic (or ANTHROPIC_BASE_URL)",
      lines: ['anthropic: { baseURL: "https://gateway.example.com" },'],
    },
  },
  {
    id: "gemini",
    label: "Google Gemini",
    hint: "Gemini models, GEMINI_API_KEY",
    packageName: "@osmosis/provider-gemini",
    defaultModel: "gemini-2.5-flash",
    modelVariable: "GOOGLE_GEMINI_MODEL",
    keyVariables: ["GEMINI_API_KEY"],
    setUp:
      "Set GEMINI_API_KEY to your key (GOOGLE_API_KEY is read too; without one, `osmosis document` only previews).",
    options: {
      about: "e.g. no thinking on 2.5 Flash: faster and cheaper",
      lines: ["gemini: { thinkingBudget: 0 },"],
    },
  },
  {
    id: "ollama",
    label: "Ollama",
    hint: "local models, no key",
    packageName: "@osmosis/provider-ollama",
    defaultModel: "llama3.2",
    modelVariable: "OLLAMA_MODEL",
    keyVariables: [],
    setUp: "No key needed: start Ollama and pull the model (`ollama pull <model>`).",
    options: {
      about: "e.g. another server (or OLLAMA_HOST) and a larger context window for wide models",
      lines: ['ollama: { host: "http://127.0.0.1:11434", numCtx: 8192 },'],
    },
  },
  {
    id: "azure-openai",
    label: "Azure OpenAI",
    hint: "your Azure deployment, AZURE_OPENAI_API_KEY",
    packageName: "@osmosis/provider-azure-openai",
    defaultModel: undefined,
    modelVariable: "AZURE_OPENAI_DEPLOYMENT_NAME",
    keyVariables: ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT"],
    setUp:
      "Set AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT (https://<resource>.openai.azure.com); the model is your deployment's name.",
    options: {
      about: "e.g. your resource's endpoint (or AZURE_OPENAI_ENDPOINT) and API version",
      lines: [
        '"azure-openai": {',
        '  endpoint: "https://my-resource.openai.azure.com",',
        '  apiVersion: "2025-01-01-preview",',
        "},",
      ],
    },
  },
  {
    id: "lm-studio",
    label: "LM Studio",
    hint: "local models, no key",
    packageName: "@osmosis/provider-lm-studio",
    defaultModel: "local-model",
    modelVariable: "LM_STUDIO_MODEL",
    keyVariables: [],
    setUp:
      "No key needed: start LM Studio's local server (Developer tab) with a model loaded; name it as the model.",
    options: {
      about: "e.g. another server (or LM_STUDIO_BASE_URL)",
      lines: ['"lm-studio": { baseURL: "http://localhost:1234/v1" },'],
    },
  },
];

export interface ConfigTextOptions {
  /**
   * `active` writes the examples uncommented: tests load that file too, so every example
   * stays a valid configuration.
   */
  examples?: "commented" | "active";
}

interface Section {
  /** Comment lines above the code. */
  about: string[];
  code: string[];
  /** Written as code; otherwise commented out (unless `examples: "active"`). */
  active?: boolean;
}

/** The text of a commented osmosis.config.ts for `provider` and `model`. */
export function configText(
  provider: InitProvider,
  model: string | undefined,
  options: ConfigTextOptions = {},
): string {
  const azure = provider.id === "azure-openai";
  const sections: Section[] = [
    {
      about: [
        "The provider that writes the descriptions: openai, anthropic, gemini, ollama, azure-openai",
        "or lm-studio. osmosis imports the provider's package itself once it is installed:",
        `${provider.packageName} (no import needed here).`,
      ],
      code: [`provider: ${JSON.stringify(provider.id)},`],
      active: true,
    },
    {
      about: [
        azure ? "The model: your Azure deployment's name." : "The model to ask.",
        `--model, OSMOSIS_LLM_MODEL and ${provider.modelVariable} win over it.`,
        provider.keyVariables.length > 0
          ? `The key is read from ${provider.keyVariables[0]}: keep it out of this file.`
          : "A local server: no key.",
      ],
      code: [`model: ${JSON.stringify(model ?? "my-deployment")},`],
      active: model !== undefined,
    },
    {
      about: [`The provider's options, ${provider.options.about}:`],
      code: ["providers: {", ...provider.options.lines.map((line) => `  ${line}`), "},"],
    },
    {
      about: [
        "osmosis learns the vendor's rate limits from its answers; these only start it lower.",
      ],
      code: ["rateLimit: { requestsPerMinute: 500, tokensPerMinute: 200000 },"],
    },
    {
      about: ["Never spend more than this many US dollars in one run (--max-cost for one run)."],
      code: ["budgetUsd: 5,"],
    },
    {
      about: [
        "On a terminal, ask before a run estimated above this many US dollars (default 1; --yes",
        "skips the question).",
      ],
      code: ["confirmAboveUsd: 1,"],
    },
    {
      about: [
        "How prompts are built. styleGuide: the team's writing rules, sent with every prompt (a path",
        "from the dbt project's root; dbt-styleguide.md there is read when it exists).",
        "redactLiterals: replace the SQL's string and number literals before sending it.",
      ],
      code: [
        "documentation: {",
        '  styleGuide: "docs/description-style.md",',
        "  redactLiterals: true,",
        "},",
      ],
    },
    {
      about: [
        "Descriptions that count as missing, so osmosis fills them (replaces the default list).",
      ],
      code: ['placeholders: ["TBD", "Pending further documentation"],'],
    },
    {
      about: [
        "`osmosis check` fails below this percentage of models and columns described (default 100).",
      ],
      code: ["check: { minCoverage: 80 },"],
    },
    {
      about: [
        "Your own prompts: `osmosis prompts eject` writes the built-in ones to a file to edit.",
      ],
      code: ['prompts: "osmosis.prompts.yml",'],
    },
  ];
  const lines = [
    "// osmosis configuration: how `osmosis document` writes this dbt project's missing descriptions.",
    "// osmosis finds this file from the dbt project's folder upward. Every key is optional and checked",
    "// when the file loads; command-line flags and environment variables win over it.",
    'import { defineConfig } from "@osmosis/cli";',
    "",
    "export default defineConfig({",
  ];
  sections.forEach((section, index) => {
    // The provider and the model stay together; a blank line before each other section.
    if (index > 1) lines.push("");
    for (const about of section.about) lines.push(`  // ${about}`);
    const active = section.active === true || options.examples === "active";
    for (const code of section.code) lines.push(active ? `  ${code}` : `  // ${code}`);
  });
  lines.push("});");
  return `${lines.join("\n")}\n`;
}

/** The first file osmosis would read as its configuration in `dir`, if any. */
function configIn(dir: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    if (name !== "package.json") return name;
    try {
      const json = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      if (json.osmosis !== undefined) return name;
    } catch {
      // A package.json osmosis cannot read is not a configuration osmosis would use.
    }
  }
  return undefined;
}

function cancelled(ctx: CommandContext): number {
  ctx.stdout.write("Cancelled: nothing was written.\n");
  return 130;
}

export async function initCommand(ctx: CommandContext, flags: InitFlags): Promise<number> {
  const { stdout, colors } = ctx;
  const dir = projectDirOf(ctx, flags);
  const target = join(dir, CONFIG_FILE);
  const shown = displayPath(ctx.cwd, target);

  // Checked before any question: nothing to ask when nothing will be written.
  const existing = configIn(dir);
  const order = (name: string) => (CONFIG_FILES as readonly string[]).indexOf(name);
  if (existing !== undefined) {
    const existingShown = displayPath(ctx.cwd, join(dir, existing));
    if (existing !== CONFIG_FILE && order(existing) < order(CONFIG_FILE)) {
      throw new UsageError(
        `${existingShown} already configures osmosis, and would still be read before ${CONFIG_FILE}; nothing was written.`,
        `Edit ${existingShown}, or remove it and run \`osmosis init\` again.`,
      );
    }
    if (!flags.force) {
      throw new UsageError(
        `${existingShown} already configures osmosis; nothing was written.`,
        existing === CONFIG_FILE
          ? `Edit it, or pass --force to overwrite it.`
          : `Edit it, or pass --force to write ${CONFIG_FILE} (read first from then on).`,
      );
    }
  }

  const ask = ctx.interactive && flags.yes !== true;
  let providerId = flags.provider?.trim().toLowerCase();
  let defaulted = false;
  if (!providerId) {
    if (ask) {
      const answer = await clack.select({
        message: "Which provider writes the descriptions?",
        options: INIT_PROVIDERS.map((p) => ({ value: p.id, label: p.label, hint: p.hint })),
        initialValue: "openai",
      });
      if (clack.isCancel(answer)) return cancelled(ctx);
      providerId = answer;
    } else {
      providerId = "openai";
      defaulted = true;
    }
  }
  const provider = INIT_PROVIDERS.find((p) => p.id === providerId);
  if (!provider) {
    throw new UsageError(
      `"${flags.provider}" is not a provider osmosis init knows.`,
      `Pass --provider ${INIT_PROVIDERS.map((p) => p.id).join(", ")}; a third-party plugin is added to \`plugins\` in ${CONFIG_FILE} by hand.`,
    );
  }
  let model = flags.model?.trim() || undefined;
  if (model === undefined && ask) {
    const answer = await clack.text({
      message:
        provider.defaultModel === undefined
          ? "Your Azure deployment's name (the model to use; empty: set it later)"
          : "Which model?",
      placeholder: provider.defaultModel ?? "my-deployment",
      defaultValue: provider.defaultModel ?? "",
    });
    if (clack.isCancel(answer)) return cancelled(ctx);
    model = answer.trim() || undefined;
  }
  model ??= provider.defaultModel;

  await mkdir(dir, { recursive: true });
  await writeFile(target, configText(provider, model));

  if (defaulted) {
    stdout.write(
      `No --provider given: using openai. Pass --provider ${INIT_PROVIDERS.filter(
        (p) => p.id !== "openai",
      )
        .map((p) => p.id)
        .join(", ")} for another (or run it in a terminal to choose).\n`,
    );
  }
  stdout.write(
    `${colors.green("Wrote")} ${shown} (provider ${provider.id}, ${model === undefined ? "model: set it to your deployment's name" : `model ${model}`}).\n`,
  );
  if (existing !== undefined && existing !== CONFIG_FILE) {
    stdout.write(
      `${colors.yellow("Note")} ${existing} is no longer read (${CONFIG_FILE} comes first): remove it.\n`,
    );
  }
  const packages = `@osmosis/cli ${provider.packageName}`;
  stdout.write(
    [
      "",
      colors.bold("Next:"),
      "  1. Install osmosis and the provider in this project:",
      `       npm install -D ${packages}`,
      `       pnpm add -D ${packages}`,
      `  2. ${provider.setUp}`,
      provider.defaultModel === undefined && model === undefined
        ? `     Then set model in ${CONFIG_FILE} to your deployment's name (or ${provider.modelVariable}).`
        : undefined,
      "  3. osmosis test-llm              one tiny request: checks the key and the model",
      "     osmosis document --dry-run    what it would write, and what that would cost",
      "",
    ]
      .filter((line) => line !== undefined)
      .join("\n"),
  );
  return ExitCode.ok;
}
