export {
  DEFAULT_PLACEHOLDERS,
  type DescriptionState,
  descriptionState,
  hasJinja,
  isMissing,
} from "./descriptions.js";
export {
  ancestorsByGeneration,
  type InheritanceOptions,
  type InheritedColumn,
  inheritColumns,
  type Provenance,
} from "./inheritance.js";
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
