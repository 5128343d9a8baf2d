// Content hashes of plain values, independent of key order. Hand-written: the one-line
// JSON.stringify depends on insertion order, and libraries for this pull in more than they give.
import { createHash } from "node:crypto";

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 0;

function canonical(value: unknown): unknown {
  if (typeof value === "function") {
    // Functions (token providers, fetch overrides) hash by identity: the same function, the same key.
    let id = functionIds.get(value);
    if (id === undefined) {
      id = ++nextFunctionId;
      functionIds.set(value, id);
    }
    return `[function#${id}]`;
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof URL) return value.href;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** SHA-256 (hex) of `value`'s canonical JSON. */
export function stableHash(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)) ?? "undefined")
    .digest("hex");
}
