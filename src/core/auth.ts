// Passwords (argon2id), sessions (random token, only its SHA-256 stored), and loading the actor of a request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import type { Actor } from './context.ts';
import { directory } from './directory.ts';

export const SESSION_COOKIE = 'coso_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A session lasts 12 hours (a working day with margin); logging in again makes a new one. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function hashPassword(password: string): Promise<string> {
  return argonHash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argonVerify(hash, password);
  } catch {
    return false;
  }
}

// A hash of a random password: verifying against it costs the same time as a real user's, so a login for an
// unknown username is not faster than one for a known username.
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export interface SessionLookup {
  actor: Actor;
  csrfToken: string;
  sessionId: number;
}

// ---- session cache ------------------------------------------------------------------------------------------
// Every authenticated request needs its actor (3 queries). Found sessions are kept in memory for a few seconds
// per database handle: expiry is still checked on every request against the platform clock, and logging out
// forgets the session at once in this process. Another process serving the same PostgreSQL database sees a
// logout within SESSION_CACHE_MS. Unknown or expired tokens are never cached.

/** How long a found session is trusted without reading it again (real time). */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;

interface CachedSession {
  lookup: SessionLookup;
  expiresAt: number;
  until: number;
}

const sessionCaches = new WeakMap<Kysely<DB>, Map<string, CachedSession>>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** The session of a token and its actor, or null (unknown, revoked, expired or disabled user). */
export async function lookupSession(db: Kysely<DB>, token: string, now: Date): Promise<SessionLookup | null> {
  if (!token || token.length > 200) return null;
  const key = tokenHash(token);
  let cache = sessionCaches.get(db);
  if (!cache) sessionCaches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  const t = Date.now();
  if (hit && hit.until > t) {
    if (hit.expiresAt > now.getTime()) return hit.lookup;
    cache.delete(key);
    return null;
  }
  if (hit) cache.delete(key);
  const s = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'expires_at', 'revoked_at'])
    .where('token_hash', '=', key)
    .executeTakeFirst();
  if (!s || s.revoked_at || new Date(s.expires_at).getTime() <= now.getTime()) return null;
  const actor = await directory().loadActor(db, s.user_id);
  if (!actor) return null;
  const lookup = deepFreeze<SessionLookup>({ actor, csrfToken: s.csrf_token, sessionId: s.id });
  if (cache.size >= SESSION_CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { lookup, expiresAt: new Date(s.expires_at).getTime(), until: t + SESSION_CACHE_MS });
  return lookup;
}

/** Forgets a session (after logging out) in this process's cache. */
export function forgetSession(db: Kysely<DB>, sessionId: number): void {
  const cache = sessionCaches.get(db);
  if (!cache) return;
  for (const [k, v] of cache) if (v.lookup.sessionId === sessionId) cache.delete(k);
}
