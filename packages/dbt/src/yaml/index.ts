export { SchemaFileError, UnsafePathError, type UnsafePathReason } from "./errors.js";
export { type OverlayOptions, type OverlayResult, overlaySchemaFiles } from "./overlay.js";
export {
  type MetaKey,
  type MetaPlacement,
  type MetaResult,
  metaPlacementFor,
  type ProvenanceMeta,
} from "./provenance.js";
export {
  type AppliedEdit,
  type ColumnEdit,
  createSchemaFile,
  type DescriptionEdit,
  type EditOptions,
  type EditResult,
  type EditTarget,
  editSchemaFile,
  type SkippedEdit,
  type SkipReason,
} from "./schema-file.js";
export {
  type ApplyOptions,
  type FileChange,
  SchemaFileWriter,
  type SchemaFileWriterOptions,
  type WriteResult,
} from "./writer.js";
