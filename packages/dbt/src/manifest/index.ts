// Reading a dbt project's artifacts (manifest.json v4–v12, catalog.json v1) into the DbtProject model.
export { type ArtifactsInput, type BuildResult, projectFromArtifacts } from "./build.js";
export { DbtProjectError, ManifestNotFoundError, UnsupportedManifestError } from "./errors.js";
export {
  type LoadedProject,
  type LoadManifestOptions,
  type LoadProjectOptions,
  loadManifest,
  loadProject,
} from "./load.js";
export { type Catalog as DbtCatalog, SUPPORTED_MANIFEST_VERSIONS } from "./schema.js";
