// What every use case receives: the database (or the current transaction), who acts, from where, and when.
import type { Kysely, Transaction } from 'kysely';
import type { Db, DbTables } from './db.ts';
import type { Role, UnitKind } from './schema.ts';

export interface RoleGrant {
  role: Role;
  unitId: number;
  /** Materialised path of the granted unit ('/1/5/'), so inheritance downward is a prefix check. */
  unitPath: string;
  /** Kind of the granted unit (a village, a commune…), for what the web offers there. */
  unitKind?: UnitKind;
}

export interface Actor {
  userId: number;
  username: string;
  name: string;
  personId: number;
  householdId: number | null;
  grants: RoleGrant[];
}

export interface Origin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface Ctx {
  db: Db;
  actor: Actor | null;
  origin: Origin;
  now: Date;
}

export const systemOrigin = (what = 'system'): Origin => ({ ip: null, userAgent: what, requestId: null });

/** Runs fn in one transaction; nested calls reuse the outer transaction. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx: Transaction<DbTables>) => fn({ ...ctx, db: trx }));
}

/** A context for work done by the system itself (seed, import, scheduled jobs). */
export function systemCtx(services: { database: { db: Db }; clock: () => Date }, what = 'system'): Ctx {
  return { db: services.database.db, actor: null, origin: systemOrigin(what), now: services.clock() };
}
