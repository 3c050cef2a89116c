// The outbox: notifications and other side effects are written in the transaction of the change that causes
// them (`enqueue`) and delivered afterwards (`deliverPending`), so a crash between the two loses nothing — the
// message is still in the table and the next run delivers it. Delivery channels are pluggable (`DeliveryChannel`):
// `in_app` writes the user's notifications.
//
// Safe with several deliverers (two processes, or a timer and a manual run): each takes its batch with
// FOR UPDATE SKIP LOCKED, so a message is handed to one deliverer only; a failed attempt is counted, its error
// kept (`last_error`) and the message retried later with a growing delay, up to MAX_ATTEMPTS.
import { startPeriodic } from './scheduler.ts';
import { sql } from 'kysely';
import type { Ctx } from './context.ts';
import type { Services } from './http.ts';
import { tablesOf, type Db } from './db.ts';
import type { CoreTables } from './schema.ts';

/** The database seen through core's tables. */
const own = (db: Db) => tablesOf<CoreTables>(db);

export interface OutboxMessage {
  /** What happened, e.g. 'disclosure.published'. */
  kind: string;
  recipientId?: number | null;
  /** Delivery channel: 'in_app', 'email', 'sms'… */
  channel: string;
  /** For in_app: {title, body?, link?}; other channels read what they need. */
  payload: Record<string, unknown>;
  /** Deliver no earlier than this instant (defaults to now). */
  availableAt?: Date;
}

export interface OutboxRow {
  id: number;
  kind: string;
  channel: string;
  recipient_id: number | null;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Writes messages in the caller's transaction: they exist exactly when the change that caused them commits. */
export async function enqueue(tx: Ctx, ...messages: OutboxMessage[]): Promise<void> {
  if (!tx.db.isTransaction) throw new Error('enqueue() must run inside the transaction of the change that causes it');
  if (!messages.length) return;
  await own(tx.db)
    .insertInto('outbox')
    .values(
      messages.map((m) => ({
        kind: m.kind,
        channel: m.channel,
        recipient_id: m.recipientId ?? null,
        payload: JSON.stringify(m.payload),
        available_at: m.availableAt ?? tx.now,
      })),
    )
    .execute();
}

/** A way to deliver one message. It runs inside the deliverer's transaction (`db`). Throw to signal failure. */
export interface DeliveryChannel {
  deliver(db: Db, message: OutboxRow): Promise<void>;
}

/** In-app notifications: one row in `notifications` for the recipient. */
const inAppChannel: DeliveryChannel = {
  async deliver(db, m) {
    if (m.recipient_id === null) throw new Error('in_app message without recipient');
    const p = m.payload as { title?: unknown; body?: unknown; link?: unknown };
    await own(db)
      .insertInto('notifications')
      .values({
        user_id: m.recipient_id,
        kind: m.kind,
        title: typeof p.title === 'string' && p.title ? p.title : m.kind,
        body: typeof p.body === 'string' ? p.body : null,
        link: typeof p.link === 'string' ? p.link : null,
      })
      .execute();
  },
};

export const DEFAULT_CHANNELS: Record<string, DeliveryChannel> = { in_app: inAppChannel };

/** After this many failed attempts a message stays in the outbox with its last error, for an operator to see. */
export const MAX_ATTEMPTS = 8;
/** Retry delay after the n-th failure: 2^n seconds, at most an hour. */
const retryDelayMs = (attempts: number) => Math.min(2 ** attempts, 3600) * 1000;

export interface DeliveryResult {
  delivered: number;
  failed: number;
}

/** Delivers up to `batch` pending messages in one transaction. */
export async function deliverPending(
  services: Pick<Services, 'database' | 'clock'>,
  channels: Record<string, DeliveryChannel> = DEFAULT_CHANNELS,
  opts: { batch?: number } = {},
): Promise<DeliveryResult> {
  const batch = opts.batch ?? 100;
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const rows = (
      await sql<OutboxRow>`
        SELECT id, kind, channel, recipient_id, payload, attempts FROM outbox
        WHERE delivered_at IS NULL AND available_at <= ${now} AND attempts < ${MAX_ATTEMPTS}
        ORDER BY id
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED
      `.execute(trx)
    ).rows;
    let delivered = 0;
    let failed = 0;
    for (const row of rows) {
      const channel = channels[row.channel];
      await sql`SAVEPOINT coso_outbox_item`.execute(trx);
      try {
        if (!channel) throw new Error(`no delivery channel "${row.channel}"`);
        await channel.deliver(trx, row);
        await sql`RELEASE SAVEPOINT coso_outbox_item`.execute(trx);
        await own(trx)
          .updateTable('outbox')
          .set({ delivered_at: now, attempts: row.attempts + 1, last_error: null })
          .where('id', '=', row.id)
          .execute();
        delivered++;
      } catch (e) {
        await sql`ROLLBACK TO SAVEPOINT coso_outbox_item`.execute(trx);
        const attempts = row.attempts + 1;
        await own(trx)
          .updateTable('outbox')
          .set({
            attempts,
            last_error: String((e as Error)?.message ?? e).slice(0, 1000),
            available_at: new Date(now.getTime() + retryDelayMs(attempts)),
          })
          .where('id', '=', row.id)
          .execute();
        failed++;
      }
    }
    return { delivered, failed };
  });
}

/** Runs `deliverPending` every `intervalMs` until the returned stop function is called. */
export function startDeliverer(
  services: Pick<Services, 'database' | 'clock'>,
  channels: Record<string, DeliveryChannel> = DEFAULT_CHANNELS,
  opts: { intervalMs?: number; batch?: number; onError?: (e: unknown) => void } = {},
): () => Promise<void> {
  let stopped = false;
  const stop = startPeriodic(
    async () => {
      // Drain: keep going while full batches come back.
      for (;;) {
        const r = await deliverPending(services, channels, { batch: opts.batch });
        if (stopped || r.delivered + r.failed < (opts.batch ?? 100)) break;
      }
    },
    opts.intervalMs ?? 2000,
    opts.onError,
  );
  return async () => {
    stopped = true;
    await stop();
  };
}
