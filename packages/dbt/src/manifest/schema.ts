// zod schemas for the parts of dbt's manifest.json (v4–v12) and catalog.json (v1) osmosis reads.
// Tolerant by design: unknown keys are ignored (z.object strips them without looking at them, which
// is cheaper than copying them as z.looseObject does) and every field dbt may leave out or set to
// null is `nullish`. The checks at the bottom make a dbt schema change show at compile time.
import { z } from "zod";
import type * as C1 from "../artifacts/catalog-v1.js";
import type * as V4 from "../artifacts/manifest-v4.js";
import type * as V5 from "../artifacts/manifest-v5.js";
import type * as V6 from "../artifacts/manifest-v6.js";
import type * as V7 from "../artifacts/manifest-v7.js";
import type * as V8 from "../artifacts/manifest-v8.js";
import type * as V9 from "../artifacts/manifest-v9.js";
import type * as V10 from "../artifacts/manifest-v10.js";
import type * as V11 from "../artifacts/manifest-v11.js";
import type * as V12 from "../artifacts/manifest-v12.js";

/** The manifest schema versions osmosis reads (`metadata.dbt_schema_version` …/manifest/vN.json). */
export const SUPPORTED_MANIFEST_VERSIONS = [4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Node types osmosis documents; every other node (tests, analyses, operations, …) is skipped. */
export const DOCUMENTED_NODE_TYPES = ["model", "seed", "snapshot"] as const;

const Meta = z.record(z.string(), z.unknown());
const Tags = z.array(z.string());

export const ManifestMetadataSchema = z.object({
  /** Optional in dbt's schema (it has a default); `load.ts` reads it before this schema runs. */
  dbt_schema_version: z.string().nullish(),
  dbt_version: z.string().nullish(),
  generated_at: z.string().nullish(),
  adapter_type: z.string().nullish(),
  /** v10+; the project that ran dbt, not necessarily the package being documented. */
  project_name: z.string().nullish(),
});

export const ManifestColumnSchema = z.object({
  name: z.string(),
  description: z.string().nullish(),
  data_type: z.string().nullish(),
  meta: Meta.nullish(),
  tags: Tags.nullish(),
});

/** The fields a model, seed or snapshot shares across v4–v12. */
export const ManifestNodeSchema = z.object({
  unique_id: z.string(),
  resource_type: z.enum(DOCUMENTED_NODE_TYPES),
  package_name: z.string(),
  name: z.string(),
  original_file_path: z.string(),
  /** `pkg://models/schema.yml`; null when no YAML documents the node. */
  patch_path: z.string().nullish(),
  description: z.string().nullish(),
  /** Keyed by column name, in YAML order. */
  columns: z.record(z.string(), ManifestColumnSchema).nullish(),
  /** v4–v6. */
  raw_sql: z.string().nullish(),
  compiled_sql: z.string().nullish(),
  /** v7+. */
  raw_code: z.string().nullish(),
  compiled_code: z.string().nullish(),
  depends_on: z.object({ nodes: z.array(z.string()).nullish() }).nullish(),
  tags: Tags.nullish(),
  meta: Meta.nullish(),
  config: z.object({ materialized: z.string().nullish(), meta: Meta.nullish() }).nullish(),
  fqn: z.array(z.string()),
  checksum: z.object({ checksum: z.string() }).nullish(),
  relation_name: z.string().nullish(),
  database: z.string().nullish(),
  schema: z.string().nullish(),
  alias: z.string().nullish(),
  /** v10+ versioned models. */
  version: z.union([z.string(), z.number()]).nullish(),
  latest_version: z.union([z.string(), z.number()]).nullish(),
});

export const ManifestSourceSchema = z.object({
  unique_id: z.string(),
  resource_type: z.literal("source"),
  package_name: z.string(),
  /** The table's name. */
  name: z.string(),
  source_name: z.string(),
  original_file_path: z.string(),
  patch_path: z.string().nullish(),
  description: z.string().nullish(),
  columns: z.record(z.string(), ManifestColumnSchema).nullish(),
  tags: Tags.nullish(),
  meta: Meta.nullish(),
  config: z.object({ meta: Meta.nullish() }).nullish(),
  fqn: z.array(z.string()),
  relation_name: z.string().nullish(),
  database: z.string().nullish(),
  schema: z.string().nullish(),
  identifier: z.string().nullish(),
});

export const ManifestDocSchema = z.object({
  name: z.string(),
  package_name: z.string(),
  block_contents: z.string(),
});

const Edges = z.record(z.string(), z.array(z.string()));

/**
 * The manifest around the nodes. `nodes` and `sources` hold values of any shape here: only the
 * ones osmosis reads are validated, one by one (see `load.ts`), so a test node of a shape this
 * code never heard of cannot fail the load.
 */
export const ManifestShellSchema = z.object({
  metadata: ManifestMetadataSchema,
  nodes: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.unknown()),
  docs: z.record(z.string(), ManifestDocSchema).nullish(),
  /** v5+ (v4 may have it too); derived from `depends_on` when absent. */
  parent_map: Edges.nullish(),
  child_map: Edges.nullish(),
});

export const CatalogColumnSchema = z.object({
  name: z.string(),
  type: z.string().nullish(),
  index: z.number(),
});

const CatalogTableSchema = z.object({
  columns: z.record(z.string(), CatalogColumnSchema),
});

export const CatalogSchema = z.object({
  metadata: z.object({ dbt_schema_version: z.string().nullish() }),
  nodes: z.record(z.string(), CatalogTableSchema),
  sources: z.record(z.string(), CatalogTableSchema).nullish(),
});

export type ManifestShell = z.output<typeof ManifestShellSchema>;
export type ManifestNode = z.output<typeof ManifestNodeSchema>;
export type ManifestSource = z.output<typeof ManifestSourceSchema>;
export type ManifestColumn = z.output<typeof ManifestColumnSchema>;
export type Catalog = z.output<typeof CatalogSchema>;

// ---------------------------------------------------------------------------------------------
// Compile-time checks against the types generated from dbt's JSON Schemas (src/artifacts/).
// `Accepts<S, T>`: every value dbt's schema allows for T passes S, so a field a new dbt version
// makes optional or nullable fails the build here, not a user's load. `OnlyKnownKeys<S, T>`: every
// key S reads exists in some version of T, so a misspelt field fails the build too.

type Manifests =
  | V4.Manifest
  | V5.Manifest
  | V6.Manifest
  | V7.Manifest
  | V8.Manifest
  | V9.Manifest
  | V10.Manifest
  | V11.Manifest
  | V12.Manifest;
type NodeOf<M extends Manifests, T extends string> = M extends Manifests
  ? Extract<M["nodes"][string], { resource_type: T }>
  : never;
type SourceOf<M extends Manifests> = M extends Manifests ? M["sources"][string] : never;
type DocOf<M extends Manifests> = M extends Manifests ? M["docs"][string] : never;
type ColumnOf<N> = N extends { columns?: infer C } ? NonNullable<C>[keyof NonNullable<C>] : never;
type KeysOfAny<T> = T extends unknown ? keyof T : never;

// z.object accepts and drops keys it does not name, which TypeScript's check of "weak" types
// (all-optional, like `depends_on: { nodes? }` against a seed's `{ macros? }`) does not know:
// the schema's input type gets an index signature at every level to say so, and the generated
// interfaces (which TypeScript never matches with an index signature) become plain object types.
type Plain<T> = T extends readonly (infer E)[]
  ? Plain<E>[]
  : T extends object
    ? { [K in keyof T]: Plain<T[K]> }
    : T;
type Loose<T> = T extends readonly (infer E)[]
  ? Loose<E>[]
  : T extends object
    ? { [K in keyof T]: Loose<T[K]> } & { [key: string]: unknown }
    : T;
type Accepts<S extends z.ZodType, T> = [Plain<T>] extends [Loose<z.input<S>>] ? true : false;
type OnlyKnownKeys<S extends z.ZodType, T> = [Exclude<keyof z.input<S>, KeysOfAny<T>>] extends [
  never,
]
  ? true
  : false;
type Assert<T extends true> = T;

type DocumentedNode = NodeOf<Manifests, (typeof DOCUMENTED_NODE_TYPES)[number]>;
type CatalogTable = C1.Catalog["nodes"][string];

export type _ArtifactTypeChecks = [
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V4.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V5.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V6.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V7.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V8.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V9.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V10.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V11.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<Accepts<typeof ManifestNodeSchema, NodeOf<V12.Manifest, "model" | "seed" | "snapshot">>>,
  Assert<OnlyKnownKeys<typeof ManifestNodeSchema, DocumentedNode>>,
  Assert<Accepts<typeof ManifestColumnSchema, ColumnOf<DocumentedNode>>>,
  Assert<OnlyKnownKeys<typeof ManifestColumnSchema, ColumnOf<DocumentedNode>>>,
  Assert<Accepts<typeof ManifestSourceSchema, SourceOf<Manifests>>>,
  Assert<OnlyKnownKeys<typeof ManifestSourceSchema, SourceOf<Manifests>>>,
  Assert<Accepts<typeof ManifestColumnSchema, ColumnOf<SourceOf<Manifests>>>>,
  Assert<Accepts<typeof ManifestDocSchema, DocOf<Manifests>>>,
  Assert<Accepts<typeof ManifestMetadataSchema, Manifests["metadata"]>>,
  Assert<OnlyKnownKeys<typeof ManifestMetadataSchema, Manifests["metadata"]>>,
  Assert<Accepts<typeof ManifestShellSchema, Manifests>>,
  Assert<Accepts<typeof CatalogSchema, C1.Catalog>>,
  Assert<OnlyKnownKeys<typeof CatalogTableSchema, CatalogTable>>,
  Assert<Accepts<typeof CatalogColumnSchema, CatalogTable["columns"][string]>>,
];
