// The documentation prompts and answers: what is sent to document a node, and what comes back.
export {
  type AnswerSchemaMode,
  type AnswerShape,
  answerJsonSchema,
  answerOutput,
  type DocumentationAnswer,
} from "./answer.js";
export { BUILTIN_PROMPTS } from "./builtin-prompts.js";
export { CONTEXT_BUDGETS } from "./context.js";
export { type CleanDescription, cleanDescription, type HygieneOptions } from "./hygiene.js";
export { DOCUMENTATION_JOBS, MODEL_JOB, SOURCE_JOB } from "./jobs.js";
export {
  askOf,
  type DocumentationAsk,
  type DocumentationCall,
  DocumentationPrompts,
  type DocumentationPromptsOptions,
  mergeAnswers,
  type NodeAnswer,
  type PromptExplanation,
  promptChars,
  STYLE_GUIDE_FILE,
} from "./prompts.js";
export {
  type DocumentationSettings,
  type DocumentationSettingsInput,
  DocumentationSettingsSchema,
  documentationSettingsFromEnv,
} from "./settings.js";
export { o200kTokenCounter, requestTokens, type TokenCounter } from "./token-count.js";
