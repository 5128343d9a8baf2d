export { SchemaFileError, UnsafePathError, type UnsafePathReason } from "./errors.js";
export {
  type AppliedEdit,
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
  SchemaFileWriter,
  type SchemaFileWriterOptions,
  type WriteResult,
} from "./writer.js";
