// Output columns of a model from its SQL, for projects without `target/catalog.json`, and the
// upstream columns that feed each one.

export type { InferOptions, InferredColumns } from "./columns.js";
export { inferColumns } from "./columns.js";
export { dialectForAdapter, type SqlDialect } from "./dialect.js";
export type { JinjaRef, JinjaSource, StripJinjaOptions, StrippedSql } from "./jinja.js";
export { stripJinja } from "./jinja.js";
export {
  type ColumnLineage,
  type ColumnSource,
  columnLineage,
  type LineageOptions,
} from "./lineage.js";
export { loadSqlParser } from "./parser.js";
export { type RedactedSql, type RedactOptions, redactLiterals } from "./redact.js";
export type { RelationRef } from "./relation.js";
