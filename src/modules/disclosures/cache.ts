// A small in-process cache of public answers (the portal is read far more than it is written). Entries are dropped
// on every write made by this process and expire after CACHE_TTL_MS, which bounds how stale another process's view
// can be when several API processes serve the same database.
import { createHash } from 'node:crypto';

const CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 500;

interface CachedResponse {
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

function cacheGet(key: string, now = Date.now()): CachedResponse | undefined {
  const e = entries.get(key);
  if (!e) return undefined;
  if (e.gen !== generation || now - e.at > CACHE_TTL_MS) {
    entries.delete(key);
    return undefined;
  }
  return e;
}

/** Stores a response computed while the generation was `gen` (dropped if a write happened meanwhile). */
function cachePut(key: string, body: string, gen: number, now = Date.now()): CachedResponse {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  const entry = { body, etag, at: now, gen };
  if (gen === generation) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, entry);
  }
  return entry;
}

/**
 * An answer with what HTTP caching needs: its ETag, whether browsers and proxies may keep it (`isPublic`) and for
 * how long (`maxAge`, seconds). Either the value computed now, or (a cache hit) its JSON text.
 */
export interface CacheableAnswer<T> {
  value?: T;
  json?: string;
  etag: string;
  isPublic: boolean;
  maxAge: number;
}

/** The cached answer under `key`, if there is one. */
export function cachedAnswer<T>(key: string, isPublic: boolean, maxAge: number): CacheableAnswer<T> | undefined {
  const hit = cacheGet(key);
  return hit && { json: hit.body, etag: hit.etag, isPublic, maxAge };
}

/** Computes an answer and keeps it under `key` (null: computed, given an ETag, never kept — private answers). */
export async function computeAnswer<T>(key: string | null, compute: () => Promise<T>, isPublic: boolean, maxAge: number): Promise<CacheableAnswer<T>> {
  const gen = currentGeneration();
  const value = await compute();
  const entry = cachePut(key ?? '', JSON.stringify(value), key ? gen : -1);
  return { value, etag: entry.etag, isPublic, maxAge };
}

const currentGeneration = () => generation;
