// A user's in-app notifications (written by the outbox's `in_app` channel): listing them and marking them read.
import { sql, type Selectable } from 'kysely';
import type { Ctx } from './context.ts';
import type { NotificationsTable } from './schema.ts';
import { tablesOf, type Db } from './db.ts';
import type { CoreTables } from './schema.ts';

/** The database seen through core's tables. */
const own = (db: Db) => tablesOf<CoreTables>(db);

export interface NotificationFilter {
  /** Only those not read yet. */
  unread?: boolean;
  /** Only those older than this id (the cursor of the previous page). */
  before?: number | null;
  limit: number;
}

/** The user's notifications, newest first. */
export async function notificationsOf(ctx: Pick<Ctx, 'db'>, userId: number, f: NotificationFilter): Promise<Selectable<NotificationsTable>[]> {
  let q = own(ctx.db).selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(f.limit);
  if (f.before !== undefined && f.before !== null) q = q.where('id', '<', f.before);
  if (f.unread) q = q.where('read_at', 'is', null);
  return q.execute();
}

/** How many of the user's notifications are not read yet. */
export async function unreadCount(ctx: Pick<Ctx, 'db'>, userId: number): Promise<number> {
  const r = await own(ctx.db)
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks one of the user's notifications read (the first reading time is kept); false when the user has no such one. */
export async function markRead(ctx: Pick<Ctx, 'db' | 'now'>, userId: number, id: number): Promise<boolean> {
  const r = await own(ctx.db)
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, ${ctx.now})` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Marks every unread notification of the user read; how many were. */
export async function markAllRead(ctx: Pick<Ctx, 'db' | 'now'>, userId: number): Promise<number> {
  const r = await own(ctx.db)
    .updateTable('notifications')
    .set({ read_at: ctx.now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
