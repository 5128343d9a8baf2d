// The documentation run: the job the product exists for, as an API.
export {
  type DocumentProjectOptions,
  documentProject,
  type ReviewRequest,
} from "./document-project.js";
export { type CostEstimate, estimateCost, OUTPUT_ALLOWANCE } from "./estimate.js";
export type { RunEvent, RunEventListener } from "./events.js";
export {
  NODE_STATUSES,
  type NodeReport,
  NodeReportSchema,
  type NodeStatus,
  RUN_REPORT_VERSION,
  type RunReport,
  RunReportSchema,
  type RunTotals,
  runReportJsonSchema,
} from "./report.js";
