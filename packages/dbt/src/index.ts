export { type CompleteColumnsOptions, completeColumns } from "./columns.js";
export { DbtParseError, type DbtParseOptions, findOnPath, runDbtParse } from "./dbt-parse.js";
export {
  DEFAULT_PLACEHOLDERS,
  type DescriptionState,
  descriptionState,
  hasJinja,
  isMissing,
} from "./descriptions.js";
export * from "./documentation/index.js";
export {
  type NodeDocs,
  type OpenedProject,
  type OpenProjectOptions,
  openProject,
  openState,
  type PlanProjectOptions,
  planProject,
  previewNodeDocs,
  type WriteNodeOptions,
  writeInheritedDocs,
  writeNodeDocs,
} from "./engine.js";
export {
  ancestorsByGeneration,
  InheritanceIndex,
  type InheritanceOptions,
  type InheritedColumn,
  inheritColumns,
  type Provenance,
} from "./inheritance.js";
export {
  type UpstreamColumn,
  type UpstreamColumnsOptions,
  upstreamColumnsOf,
} from "./lineage.js";
export {
  DbtProjectError,
  type LoadedProject,
  type LoadManifestOptions,
  type LoadProjectOptions,
  loadManifest,
  loadProject,
  ManifestNotFoundError,
  projectFromArtifacts,
  SUPPORTED_MANIFEST_VERSIONS,
  UnsupportedManifestError,
} from "./manifest/index.js";
export {
  type ColumnListSource,
  type ColumnState,
  DEFAULT_RESOURCE_TYPES,
  DEFAULT_SCHEMA_PATH_TEMPLATE,
  DependencyCycleError,
  type DocumentationPlan,
  type NodePlan,
  type PlannedColumn,
  type PlanOptions,
  type PlanTotals,
  planDocumentation,
  schemaFileFor,
  topologicalOrder,
} from "./plan.js";
export {
  type ColumnOrigin,
  type DbtColumn,
  type DbtNode,
  type DbtProject,
  findColumn,
  isOwnNode,
  type ResourceType,
} from "./project.js";
export * from "./run/index.js";
export {
  parseSelector,
  SELECTOR_FORMS,
  type SelectionResult,
  type SelectOptions,
  SelectorError,
  SUPPORTED_METHODS,
  selectNodes,
  selectNodesWithWarnings,
} from "./selection/index.js";
export {
  type ColumnLineage,
  type ColumnSource,
  columnLineage,
  dialectForAdapter,
  type InferOptions,
  type InferredColumns,
  inferColumns,
  type LineageOptions,
  loadSqlParser,
  type RedactedSql,
  type RedactOptions,
  type RelationRef,
  redactLiterals,
  type SqlDialect,
  stripJinja,
} from "./sql/index.js";
export {
  type AppliedEdit,
  type ColumnEdit,
  createSchemaFile,
  type DescriptionEdit,
  type EditOptions,
  type EditResult,
  editSchemaFile,
  type FileChange,
  type MetaKey,
  type MetaPlacement,
  type MetaResult,
  metaPlacementFor,
  type OverlayOptions,
  type OverlayResult,
  overlaySchemaFiles,
  type ProvenanceMeta,
  SchemaFileError,
  SchemaFileWriter,
  type SkippedEdit,
  type SkipReason,
  UnsafePathError,
  type WriteResult,
} from "./yaml/index.js";
