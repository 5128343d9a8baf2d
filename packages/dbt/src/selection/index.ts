// dbt's node selection syntax (`--select`, `--exclude`, `--state`) over osmosis's project model.
export { SELECTOR_FORMS, SelectorError } from "./errors.js";
export {
  parseSelector,
  type SelectorAst,
  type SelectorCriterion,
  type SelectorIntersection,
  type SelectorMethod,
  SUPPORTED_METHODS,
} from "./parse.js";
export {
  type SelectionResult,
  type SelectOptions,
  selectNodes,
  selectNodesWithWarnings,
} from "./select.js";
