// A content-addressed cache of model answers, so a rerun of an unchanged request costs no call.
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GenerateRequest, GenerateResult } from "./provider.js";
import { stableHash } from "./stable-hash.js";

/** Where cached answers live; implement it to use Redis, S3, … */
export interface CacheStore {
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, value: CachedAnswer): Promise<void>;
}

/**
 * The part of an answer worth replaying: no request id or rate-limit state of the original call.
 * Only good answers are stored; a hit is parsed and validated again, like a fresh answer.
 */
export type CachedAnswer = Pick<GenerateResult, "text" | "usage" | "finishReason" | "model">;

const CACHE_VERSION = 1;

/**
 * The key of a request: provider, model, messages, schema, temperature and output cap. The
 * output's `validate` function is left out: it is code, not content, and would key by identity.
 */
export function cacheKey(provider: string, request: GenerateRequest): string {
  const output = request.output && {
    name: request.output.name,
    schema: request.output.schema,
    description: request.output.description,
    strict: request.output.strict,
  };
  return stableHash({
    v: CACHE_VERSION,
    provider,
    model: request.model,
    system: request.system,
    messages: request.messages,
    output,
    temperature: request.temperature,
    maxOutputTokens: request.maxOutputTokens,
  });
}

export class MemoryCacheStore implements CacheStore {
  readonly #entries = new Map<string, CachedAnswer>();
  async get(key: string): Promise<CachedAnswer | undefined> {
    return this.#entries.get(key);
  }
  async set(key: string, value: CachedAnswer): Promise<void> {
    this.#entries.set(key, value);
  }
  get size(): number {
    return this.#entries.size;
  }
}

/** One JSON file per answer under `dir/<2 hex>/<hash>.json`, written atomically. */
export class FileCacheStore implements CacheStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  #path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    let text: string;
    try {
      text = await readFile(this.#path(key), "utf8");
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { v?: unknown; answer?: CachedAnswer };
      return entry.v === CACHE_VERSION ? entry.answer : undefined;
    } catch {
      // A torn or hand-edited entry is a miss, not a failure; it is rewritten after the call.
      return undefined;
    }
  }

  async set(key: string, value: CachedAnswer): Promise<void> {
    const path = this.#path(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify({ v: CACHE_VERSION, answer: value }));
      await rename(tmp, path);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
}
