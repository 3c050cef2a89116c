// Passwords (argon2id), sessions (random token, only its SHA-256 stored), and loading the actor of a request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { inTransaction, type Actor, type Ctx } from './context.ts';
import { directory } from './directory.ts';
import { audit } from './audit.ts';
import { refusedWith } from './refusal.ts';
import { tablesOf, type Db } from './db.ts';
import type { CoreTables } from './schema.ts';

/** The database seen through core's tables. */
const own = (db: Db) => tablesOf<CoreTables>(db);

export const SESSION_COOKIE = 'coso_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A session lasts 12 hours (a working day with margin); logging in again makes a new one. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function hashPassword(password: string): Promise<string> {
  return argonHash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argonVerify(hash, password);
  } catch {
    return false;
  }
}

// A hash of a random password: verifying against it costs the same time as a real user's, so a login for an
// unknown username is not faster than one for a known username.
let dummyHash: Promise<string> | null = null;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

const newToken = () => randomBytes(32).toString('base64url');
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

const sessionCaches = new WeakMap<Db, Map<string, CachedSession>>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** The session of a token and its actor, or null (unknown, revoked, expired or disabled user). */
export async function lookupSession(db: Db, token: string, now: Date): Promise<SessionLookup | null> {
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
  const s = await own(db)
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
function forgetSession(db: Db, sessionId: number): void {
  const cache = sessionCaches.get(db);
  if (!cache) return;
  for (const [k, v] of cache) if (v.lookup.sessionId === sessionId) cache.delete(k);
}

// ---- signing in and out -------------------------------------------------------------------------------------

/** A session just opened: the token (only its hash is stored), the CSRF token of cookie sessions, and its end. */
export interface OpenedSession {
  actor: Actor;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const invalidCredentials = () => refusedWith(401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/**
 * Checks a username and password and opens a session (audited as `auth.login`). An unknown username costs the same
 * password check as a known one; every failure gives the same answer.
 */
export async function logIn(ctx: Ctx, username: string, password: string): Promise<OpenedSession> {
  const user = await directory().findLogin(ctx.db, username.trim().toLowerCase());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || user.disabled) throw invalidCredentials();
  const token = newToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(ctx.now.getTime() + SESSION_TTL_MS);
  const actor = await directory().loadActor(ctx.db, user.userId);
  if (!actor) throw invalidCredentials();
  await inTransaction({ ...ctx, actor }, async (tx) => {
    const s = await own(tx.db)
      .insertInto('sessions')
      .values({
        token_hash: tokenHash(token),
        csrf_token: csrfToken,
        user_id: user.userId,
        expires_at: expiresAt,
        ip: ctx.origin.ip,
        user_agent: ctx.origin.userAgent?.slice(0, 300) ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, { action: 'auth.login', targetType: 'user', targetId: user.userId, data: { sessionId: s.id } });
  });
  return { actor, token, csrfToken, expiresAt };
}

/** Ends the actor's session (audited as `auth.logout`) and forgets it in this process at once. */
export async function logOut(ctx: Ctx & { actor: Actor }, sessionId: number): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await own(tx.db).updateTable('sessions').set({ revoked_at: ctx.now }).where('id', '=', sessionId).execute();
    await audit(tx, { action: 'auth.logout', targetType: 'user', targetId: ctx.actor.userId, data: { sessionId } });
  });
  forgetSession(ctx.db, sessionId);
}
