// Jobs, built-in prompts and temporary folders shared by the prompt tests.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { PromptJob } from "./jobs.js";

export const MODEL_JOB: PromptJob = {
  name: "model",
  description: "documents a dbt model",
  variables: {
    "model.name": "the model's name",
    "model.path": "the model's file path",
    sql: "the model's compiled SQL",
    columns: "the model's columns, each with name and type",
  },
};

export const SOURCE_JOB: PromptJob = {
  name: "source",
  description: "documents a dbt source table",
  variables: { "source.name": "the source's name", tables: "the source's tables" },
};

export const JOBS = [MODEL_JOB, SOURCE_JOB];

export const BUILT_IN = `version: 1
jobs:
  model:
    system: |
      You document dbt models.
    user: |
      Model {{ model.name }} at {{ model.path }}:
      {{ sql }}
    temperature: 0.2
  source:
    system: You document dbt sources.
    user: "Source {{ source.name }}"
`;

export const MODEL_VARIABLES = {
  model: { name: "orders", path: "models/orders.sql" },
  sql: "select 1",
  columns: [{ name: "id", type: "int" }],
};

/** A fresh folder under the system's temporary folder; `remove` deletes it. */
export async function tempFolder() {
  const dir = await mkdtemp(join(tmpdir(), "osmosis-prompts-"));
  return {
    dir,
    /** Writes `text` to `name` inside the folder and returns its absolute path. */
    async write(name: string, text: string): Promise<string> {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The error `run` throws, so a test can inspect it; fails the test when nothing is thrown. */
export async function errorOf(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-error: ${String(error)}`);
  }
  throw new Error("expected an error, but nothing was thrown");
}
