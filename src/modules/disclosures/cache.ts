// A small in-process cache of public list responses (the portal is read far more than it is written).
// Entries are dropped on every write made by this process and expire after CACHE_TTL_MS, which bounds how stale
// another process's view can be when several API processes serve the same database.
import { createHash } from 'node:crypto';

export const CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 500;

export interface CachedResponse {
  body: string;
  etag: string;
  at: number;
}

let generation = 0;
const entries = new Map<string, CachedResponse & { gen: number }>();

export function invalidateDisclosureCache(): void {
  generation++;
  entries.clear();
}

export function cacheGet(key: string, now = Date.now()): CachedResponse | undefined {
  const e = entries.get(key);
  if (!e) return undefined;
  if (e.gen !== generation || now - e.at > CACHE_TTL_MS) {
    entries.delete(key);
    return undefined;
  }
  return e;
}

/** Stores a response computed while the generation was `gen` (dropped if a write happened meanwhile). */
export function cachePut(key: string, body: string, gen: number, now = Date.now()): CachedResponse {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  const entry = { body, etag, at: now, gen };
  if (gen === generation) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, entry);
  }
  return entry;
}

export const currentGeneration = () => generation;
