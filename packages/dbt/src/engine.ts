// The dbt engine's front: open a project (artifacts, columns), plan a selection, write one node's
// descriptions. What the documentation run and the CLI call; no LLM here.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { completeColumns } from "./columns.js";
import { type DbtParseOptions, runDbtParse } from "./dbt-parse.js";
import { DEFAULT_PLACEHOLDERS, isMissing } from "./descriptions.js";
import { loadManifest, loadProject, ManifestNotFoundError } from "./manifest/index.js";
import {
  type ColumnListSource,
  type DocumentationPlan,
  type NodePlan,
  type PlanOptions,
  planDocumentation,
} from "./plan.js";
import type { DbtProject } from "./project.js";
import { type SelectOptions, selectNodesWithWarnings } from "./selection/index.js";
import {
  type DescriptionEdit,
  type FileChange,
  metaPlacementFor,
  type OverlayResult,
  overlaySchemaFiles,
  type ProvenanceMeta,
  SchemaFileWriter,
  type WriteResult,
} from "./yaml/index.js";

export interface OpenProjectOptions {
  /** The folder holding `dbt_project.yml`. */
  projectDir: string;
  /** Default `<projectDir>/target/manifest.json`. */
  manifestPath?: string;
  /** Default `<projectDir>/target/catalog.json` when it exists; `false` to ignore a catalog. */
  catalogPath?: string | false;
  /** Run `dbt parse` when the manifest is missing or older than the project's files. */
  parse?: boolean | DbtParseOptions;
  /** Infer columns from SQL for models the catalog does not list (default true). */
  inferColumns?: boolean;
  /**
   * Read the descriptions the schema files hold now over the manifest's (default true): what
   * was written since the last `dbt parse` counts as written. See `overlaySchemaFiles`.
   */
  overlaySchemaFiles?: boolean;
  /** Where nodes with no schema file get one (the plan's `schemaPathTemplate`): the overlay reads it. */
  schemaPathTemplate?: string;
  signal?: AbortSignal;
}

export interface OpenedProject {
  project: DbtProject;
  /** Things the user should know (a stale manifest, edges to unknown nodes…), one line each. */
  warnings: string[];
  /** How each node's column list was made. */
  columnLists: Map<string, ColumnListSource>;
  /** `vars` of `dbt_project.yml`, for rendering raw SQL's Jinja. */
  vars: Record<string, unknown>;
  /** What reading the schema files over the manifest changed; undefined when it was turned off. */
  overlay: OverlayResult | undefined;
}

/**
 * Loads the project's artifacts into the model, running `dbt parse` first when asked and the
 * manifest is missing or stale, lays the schema files' current descriptions over the manifest's,
 * then completes column lists from the catalog or the SQL.
 */
export async function openProject(options: OpenProjectOptions): Promise<OpenedProject> {
  const parse = options.parse === true ? {} : options.parse || undefined;
  const load = () =>
    loadProject({
      projectDir: options.projectDir,
      ...(options.manifestPath ? { manifestPath: options.manifestPath } : {}),
      ...(options.catalogPath !== undefined ? { catalogPath: options.catalogPath } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  let loaded: Awaited<ReturnType<typeof loadProject>>;
  try {
    loaded = await load();
  } catch (error) {
    if (!(parse && error instanceof ManifestNotFoundError)) throw error;
    await runDbtParse(options.projectDir, parse);
    loaded = await load();
  }
  if (parse && loaded.stale) {
    await runDbtParse(options.projectDir, parse);
    loaded = await load();
  }
  // Before the columns are completed: a model whose columns a new schema file lists is not
  // inferred from its SQL, as after a `dbt parse`.
  const overlay =
    options.overlaySchemaFiles === false
      ? undefined
      : await overlaySchemaFiles(loaded.project, {
          schemaPathTemplate: options.schemaPathTemplate,
          signal: options.signal,
        });
  // Schema YAML written since the last parse (by osmosis or a person) is read by the overlay:
  // no need to tell the user to re-parse for the descriptions' sake.
  const fromLoad =
    overlay && loaded.stale && loaded.staleSchemaOnly
      ? loaded.warnings.filter((w) => !w.includes("run `dbt parse` to refresh it"))
      : loaded.warnings;
  const warnings = overlay ? [...fromLoad, ...overlay.warnings] : loaded.warnings;
  const columnLists =
    options.inferColumns === false
      ? new Map<string, ColumnListSource>()
      : await completeColumns(loaded.project, { vars: loaded.vars });
  return { project: loaded.project, warnings, columnLists, vars: loaded.vars, overlay };
}

/**
 * The previous project for `state:` selectors: the manifest in `stateDir` (as dbt's `--state`
 * takes it), read with this project's `dbt_project.yml` naming the package.
 */
export async function openState(stateDir: string, projectDir: string): Promise<DbtProject> {
  const { project } = await loadManifest(join(stateDir, "manifest.json"), { projectDir });
  return project;
}

export interface PlanProjectOptions extends Omit<PlanOptions, "nodes" | "columnLists"> {
  /** `--select` values, dbt's syntax. */
  select?: readonly string[];
  /** `--exclude` values. */
  exclude?: readonly string[];
  /** The previous project, for `state:` selectors (`--state DIR`). */
  state?: DbtProject;
}

/** Selects with dbt's syntax, then plans the selected nodes; selection warnings are added to the plan's reader. */
export function planProject(
  opened: OpenedProject,
  options: PlanProjectOptions = {},
): DocumentationPlan & { selectionWarnings: string[] } {
  const select: SelectOptions = {};
  if (options.select) select.select = options.select;
  if (options.exclude) select.exclude = options.exclude;
  if (options.state) select.state = opened.project === options.state ? undefined : options.state;
  if (options.resourceTypes) select.resourceTypes = options.resourceTypes;
  const { selected, warnings } = selectNodesWithWarnings(opened.project, select);
  const plan = planDocumentation(opened.project, {
    ...options,
    nodes: selected,
    columnLists: opened.columnLists,
  });
  return { ...plan, selectionWarnings: warnings };
}

/** Descriptions to write for a node, besides what inheritance found. */
export interface NodeDocs {
  description?: string;
  /** `inherited`: copied from upstream rather than written by the LLM (no provenance mark). */
  columns: ReadonlyArray<{ name: string; description: string; inherited?: boolean }>;
}

export interface WriteNodeOptions {
  placeholders?: readonly string[];
  force?: boolean;
  signal?: AbortSignal;
  /**
   * Marks every description the LLM wrote with `meta.osmosis` (what wrote it, and when), so a
   * team can find AI-written text later. Off unless given; inherited text is not marked.
   */
  provenance?: ProvenanceMeta;
}

/**
 * The name a new column entry gets in YAML: as the catalog or SQL names it, but lower case when
 * the warehouse folds unquoted names to upper case (Snowflake's `ORDER_ID` is `order_id` in dbt).
 */
function yamlColumnName(project: DbtProject, name: string): string {
  return project.adapter === "snowflake" && name === name.toUpperCase() ? name.toLowerCase() : name;
}

/**
 * Writes a node's inherited descriptions (those known now) and `docs` to its schema file, then
 * updates the node in `project` with what landed, so downstream nodes inherit it. What a person
 * wrote meanwhile in the file is kept (the writer skips it) and is what the node then holds.
 */
export async function writeNodeDocs(
  writer: SchemaFileWriter,
  project: DbtProject,
  plan: NodePlan,
  docs: NodeDocs,
  options: WriteNodeOptions = {},
): Promise<WriteResult> {
  return applyNodeDocs(writer, project, plan, docs, options, true);
}

/**
 * Writes what inheritance found for `nodes` (the descriptions known now, no LLM), all at once:
 * the writer batches the edits of one file into one read and write, so a file holding a hundred
 * nodes is parsed once. With a dry-run writer, `writer.changes()` is the preview.
 */
export function writeInheritedDocs(
  writer: SchemaFileWriter,
  project: DbtProject,
  nodes: readonly NodePlan[],
  options: WriteNodeOptions = {},
): Promise<WriteResult[]> {
  return Promise.all(
    nodes
      .filter((node) =>
        node.columns.some((c) => c.state === "inherited" && c.description !== undefined),
      )
      .map((node) => writeNodeDocs(writer, project, node, { columns: [] }, options)),
  );
}

/**
 * What `writeNodeDocs` would change in the node's schema file, written nowhere and changing
 * nothing in `project`: for a review before writing (`--interactive`). Null when nothing changes.
 */
export async function previewNodeDocs(
  project: DbtProject,
  plan: NodePlan,
  docs: NodeDocs,
  options: WriteNodeOptions = {},
): Promise<FileChange | null> {
  const writer = new SchemaFileWriter({ rootDir: project.rootDir, dryRun: true });
  await applyNodeDocs(writer, project, plan, docs, options, false);
  return writer.changes()[0] ?? null;
}

async function applyNodeDocs(
  writer: SchemaFileWriter,
  project: DbtProject,
  plan: NodePlan,
  docs: NodeDocs,
  options: WriteNodeOptions,
  settleInProject: boolean,
): Promise<WriteResult> {
  const node = project.nodes.get(plan.uniqueId);
  if (!node) throw new Error(`${plan.uniqueId} is not in the project`);
  const columns = new Map<string, string>();
  for (const column of plan.columns) {
    if (column.state === "inherited" && column.description !== undefined)
      columns.set(column.name.toLowerCase(), column.description);
  }
  for (const column of docs.columns) columns.set(column.name.toLowerCase(), column.description);
  const placeholders = options.placeholders ?? DEFAULT_PLACEHOLDERS;
  // A schema file that is not there (a new node's, or one deleted since the last parse) is
  // created holding what the manifest knows of the node too: the next run reads the file over
  // the manifest, and would otherwise take those descriptions for missing.
  const fresh =
    writer.created(plan.schemaFile) || !existsSync(join(project.rootDir, plan.schemaFile));
  if (fresh) {
    for (const column of node.columns) {
      const lower = column.name.toLowerCase();
      if (!columns.has(lower) && !isMissing(column.description, placeholders)) {
        columns.set(lower, column.description as string);
      }
    }
  }
  // What the LLM wrote (for provenance): the docs' columns not marked as inherited.
  const generated = new Set(
    docs.columns.filter((c) => !c.inherited).map((c) => c.name.toLowerCase()),
  );
  const edit: DescriptionEdit = {
    resourceType: node.resourceType,
    name: node.name,
    columns: node.columns
      .filter((c) => columns.has(c.name.toLowerCase()))
      .map((c) => ({
        name: c.origin === "yaml" ? c.name : yamlColumnName(project, c.name),
        description: columns.get(c.name.toLowerCase()) as string,
        ...(generated.has(c.name.toLowerCase()) ? {} : { inherited: true }),
      })),
  };
  if (options.provenance) edit.provenance = options.provenance;
  if (node.sourceName !== undefined) edit.sourceName = node.sourceName;
  if (node.version !== undefined) edit.version = node.version;
  if (docs.description !== undefined) edit.description = docs.description;
  else if (fresh && !isMissing(node.description, placeholders)) {
    edit.description = node.description as string;
    edit.descriptionInherited = true;
  }
  const result = await writer.apply(plan.schemaFile, [edit], {
    placeholders,
    force: options.force ?? false,
    metaPlacement: metaPlacementFor(project.dbtVersion),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!settleInProject) return result;
  // What landed, or what a person wrote there meanwhile, is now the node's documentation:
  // downstream nodes inherit it.
  const settle = (columnName: string | undefined, text: string) => {
    if (columnName === undefined) {
      node.description = text;
      return;
    }
    const lower = columnName.toLowerCase();
    const column = node.columns.find((c) => c.name.toLowerCase() === lower);
    if (column) column.description = text;
  };
  for (const applied of result.applied) settle(applied.column, applied.description);
  for (const skipped of result.skipped) {
    if (skipped.reason === "human-written" && skipped.current !== undefined) {
      settle(skipped.column, skipped.current);
    }
  }
  return result;
}
