// Lists what installing a package pulls in, so provider packages can prove they bring only their
// own vendor SDK. Hand-written: `npm ls`/`pnpm list` need a workspace and a shell, this needs neither.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

/** Node's lookup: `node_modules/<name>` in `from` or any folder above it. */
function locate(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Names of every package installed with the package at `packageDir` for production: its
 * dependencies, optional dependencies and required peers, and theirs, transitively (dev
 * dependencies and optional peers excluded).
 */
export function productionDependencies(packageDir: string): Set<string> {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const walk = (dir: string, root: boolean) => {
    if (visited.has(dir)) return;
    visited.add(dir);
    const manifest = readManifest(dir);
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
      (name) => !manifest.peerDependenciesMeta?.[name]?.optional,
    );
    const names = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...(root ? peers : []),
    ];
    for (const name of names) {
      seen.add(name);
      const found = locate(name, dir);
      if (found) walk(found, false);
    }
  };
  walk(realpathSync(packageDir), true);
  return seen;
}

/** The vendor SDKs osmosis's providers use: a provider package should bring at most its own. */
export const VENDOR_SDKS: readonly string[] = [
  "openai",
  "@anthropic-ai/sdk",
  "@google/genai",
  "@google/generative-ai",
  "ollama",
  "@azure/openai",
  "@azure/identity",
  "ai",
  "@ai-sdk/openai",
];
