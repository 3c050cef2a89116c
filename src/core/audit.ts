// Every state change is written here: who, what, when, from where. Append-only (a trigger refuses UPDATE,
// DELETE and TRUNCATE) and hash-chained per target, so the history of one decision or case can be verified
// on its own. Call `audit` inside the transaction of the change it records.
import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Ctx } from './context.ts';
import type { AuditLogTable } from './schema.ts';
import { tablesOf, type Db } from './db.ts';
import type { CoreTables } from './schema.ts';

/** The database seen through core's tables. */
const own = (db: Db) => tablesOf<CoreTables>(db);

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | number;
  unitId?: number | null;
  /** What changed. Never put a denouncer's identity or a secret here. */
  data?: Record<string, unknown>;
  /** Defaults to `${targetType}:${targetId}`. */
  chain?: string;
}

export interface HashedFields {
  chain: string;
  chainSeq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  unitId: number | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  data: unknown;
  prevHash: string;
}

/** JSON with sorted keys, so that the same value always hashes the same (jsonb reorders keys). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + canonicalJson(v[i]);
    return out + ']';
  }
  const o = v as Record<string, unknown>;
  let out = '{';
  for (const k of Object.keys(o).sort()) {
    const x = o[k];
    if (x === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + canonicalJson(x);
  }
  return out + '}';
}

export function entryHash(f: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        f.prevHash,
        f.chain,
        f.chainSeq,
        f.at,
        f.actorId,
        f.actorName,
        f.action,
        f.targetType,
        f.targetId,
        f.unitId,
        f.ip,
        f.userAgent,
        f.requestId,
        f.data,
      ]),
    )
    .digest('hex');
}

/** Who, when (to the millisecond) and from where, as an audit entry records them for a use case's context. */
export function auditOrigin(ctx: Pick<Ctx, 'actor' | 'origin' | 'now'>): Pick<HashedFields, 'at' | 'actorId' | 'actorName' | 'ip' | 'userAgent' | 'requestId'> {
  return {
    // Round to milliseconds: what is hashed must equal what is read back.
    at: new Date(Math.floor(ctx.now.getTime())).toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.username ?? null,
    ip: ctx.origin.ip,
    userAgent: ctx.origin.userAgent ? ctx.origin.userAgent.slice(0, 300) : null,
    requestId: ctx.origin.requestId,
  };
}

/** The hashed fields of an entry: who, what, when (to the millisecond), from where. */
function auditFields(ctx: Ctx, entry: AuditEntry, chain: string, chainSeq: number, prevHash: string): HashedFields {
  return {
    chain,
    chainSeq,
    ...auditOrigin(ctx),
    action: entry.action,
    targetType: entry.targetType,
    targetId: String(entry.targetId),
    unitId: entry.unitId ?? null,
    data: JSON.parse(JSON.stringify(entry.data ?? {})) as Record<string, unknown>,
    prevHash,
  };
}

export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('audit() must run inside the transaction of the change it records');
  const chain = entry.chain ?? `${entry.targetType}:${entry.targetId}`;
  // Lock the chain head (creating it if needed): entries of one chain are appended one at a time.
  await own(ctx.db)
    .insertInto('audit_chain_heads')
    .values({ chain, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  const head = await own(ctx.db)
    .selectFrom('audit_chain_heads')
    .select(['last_seq', 'last_hash'])
    .where('chain', '=', chain)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const fields = auditFields(ctx, entry, chain, head.last_seq + 1, head.last_hash);
  const data = fields.data as Record<string, unknown>;
  const hash = entryHash(fields);
  await own(ctx.db)
    .insertInto('audit_log')
    .values({
      chain,
      chain_seq: fields.chainSeq,
      at: fields.at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      target_type: fields.targetType,
      target_id: fields.targetId,
      unit_id: fields.unitId,
      ip: fields.ip,
      user_agent: fields.userAgent,
      request_id: fields.requestId,
      data: JSON.stringify(data),
      prev_hash: fields.prevHash,
      hash,
    })
    .execute();
  await own(ctx.db)
    .updateTable('audit_chain_heads')
    .set({ last_seq: fields.chainSeq, last_hash: hash })
    .where('chain', '=', chain)
    .execute();
}

export interface ChainVerification {
  chain: string;
  entries: number;
  ok: boolean;
  /** The first entry whose stored hash or link does not match, if any. */
  brokenAt: { id: number; chainSeq: number; reason: string } | null;
}

/** The columns of a stored entry that its hash covers. */
type StoredEntry = Omit<Selectable<AuditLogTable>, 'id' | 'hash'>;

/** The hash of a stored entry recomputed from what is stored (compare it with the stored `hash`). */
function storedEntryHash(r: StoredEntry): string {
  return entryHash({
    chain: r.chain,
    chainSeq: r.chain_seq,
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    unitId: r.unit_id,
    ip: r.ip,
    userAgent: r.user_agent,
    requestId: r.request_id,
    data: r.data,
    prevHash: r.prev_hash,
  });
}

/** A stored entry as the walk of its chain reads it. */
type WalkedEntry = StoredEntry & { id: number; hash: string };

/**
 * The walk of one chain, its entries given in chain_seq order: every link and hash checked from the genesis hash,
 * the first broken entry kept; then `verdict` compares the end of the walk with the chain head (null: no head).
 * The one rule shared by verifyChain, verifyAll and the ballot integrity check.
 */
export function chainWalk(chain: string) {
  let entries = 0;
  let prev = GENESIS_HASH;
  let last: WalkedEntry | null = null;
  let brokenAt: ChainVerification['brokenAt'] = null;
  return {
    add(r: WalkedEntry): void {
      entries += 1;
      last = r;
      if (brokenAt) return;
      const at = { id: r.id, chainSeq: r.chain_seq };
      if (r.chain_seq !== entries) brokenAt = { ...at, reason: 'missing_entry' };
      else if (r.prev_hash !== prev) brokenAt = { ...at, reason: 'link_mismatch' };
      else if (storedEntryHash(r) !== r.hash) brokenAt = { ...at, reason: 'hash_mismatch' };
      else prev = r.hash;
    },
    verdict(head: { last_seq: number; last_hash: string } | null): ChainVerification {
      let found = brokenAt;
      if (!found && last && (!head || head.last_seq !== entries || head.last_hash !== prev)) {
        found = { id: last.id, chainSeq: last.chain_seq, reason: 'head_mismatch' };
      }
      if (!found && !last && head && head.last_seq > 0) found = { id: 0, chainSeq: 0, reason: 'entries_deleted' };
      return { chain, entries, ok: !found, brokenAt: found };
    },
  };
}

/** Recomputes a chain from its first entry and compares every hash and link, and the head. */
export async function verifyChain(ctx: Pick<Ctx, 'db'>, chain: string): Promise<ChainVerification> {
  const rows = await own(ctx.db).selectFrom('audit_log').selectAll().where('chain', '=', chain).orderBy('chain_seq').execute();
  const head = await own(ctx.db).selectFrom('audit_chain_heads').selectAll().where('chain', '=', chain).executeTakeFirst();
  const walk = chainWalk(chain);
  for (const r of rows) walk.add(r);
  return walk.verdict(head ?? null);
}

/** What the log is read for: entries of one unit (or all), of one target type / target, newest first. */
export interface AuditFilter {
  unitId?: number;
  targetType?: string;
  targetId?: string;
  /** Only entries older than this id (the cursor of the previous page). */
  before?: number | null;
  limit: number;
}

/** Entries of the log, newest first. */
export async function auditEntries(ctx: Pick<Ctx, 'db'>, f: AuditFilter): Promise<Selectable<AuditLogTable>[]> {
  let q = own(ctx.db).selectFrom('audit_log').selectAll();
  if (f.unitId !== undefined) q = q.where('unit_id', '=', f.unitId);
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.before) q = q.where('id', '<', f.before);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}

/** Rows per page when verifying every chain. */
const VERIFY_PAGE = 5_000;

/**
 * Verifies every chain; returns the broken ones. One pass over the log in (chain, chain_seq) order, page by page
 * (keyset on the log's unique key, each entry with its chain head), then the heads whose entries are all gone —
 * not two queries per chain, which is too slow on a large log (bench/audit-verify.bench.ts).
 */
export async function verifyAll(
  ctx: Pick<Ctx, 'db'>,
  opts: { pageSize?: number } = {},
): Promise<{ chains: number; broken: ChainVerification[] }> {
  const pageSize = Math.max(1, Math.floor(opts.pageSize ?? VERIFY_PAGE));
  const broken: ChainVerification[] = [];
  type Row = WalkedEntry & { head_seq: number | null; head_hash: string | null };
  // The chain being walked, across pages, with the head read beside its last entry.
  let cur: { walk: ReturnType<typeof chainWalk>; last: Row } | null = null;
  const finish = () => {
    if (!cur) return;
    const { head_seq, head_hash } = cur.last;
    const v = cur.walk.verdict(head_seq === null || head_hash === null ? null : { last_seq: head_seq, last_hash: head_hash });
    if (!v.ok) broken.push(v);
  };
  let after: { chain: string; seq: number } | null = null;
  for (;;) {
    const page: { rows: Row[] } = await sql<Row>`
      SELECT l.*, h.last_seq AS head_seq, h.last_hash AS head_hash
      FROM audit_log l LEFT JOIN audit_chain_heads h ON h.chain = l.chain
      ${after ? sql`WHERE (l.chain, l.chain_seq) > (${after.chain}, ${after.seq})` : sql``}
      ORDER BY l.chain, l.chain_seq
      LIMIT ${pageSize}`.execute(ctx.db);
    for (const r of page.rows) {
      if (!cur || cur.last.chain !== r.chain) {
        finish();
        cur = { walk: chainWalk(r.chain), last: r };
      }
      cur.walk.add(r);
      cur.last = r;
    }
    if (page.rows.length < pageSize) break;
    const last = page.rows[page.rows.length - 1]!;
    after = { chain: last.chain, seq: last.chain_seq };
  }
  finish();
  const emptied = await sql<{ chain: string; last_seq: number; last_hash: string }>`
    SELECT h.chain, h.last_seq, h.last_hash FROM audit_chain_heads h
    WHERE h.last_seq > 0 AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.chain = h.chain)`.execute(ctx.db);
  for (const head of emptied.rows) broken.push(chainWalk(head.chain).verdict(head));
  const chains = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_chain_heads`.execute(ctx.db);
  broken.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  return { chains: Number(chains.rows[0]!.n), broken };
}

/**
 * The entries of one action on one target (oldest first) and the heads of the chains whose names start with
 * `chainPrefix`: for entries that each open a chain of their own (e.g. a decision's ballot batches), walked with
 * `chainWalk` by the caller, which also finds heads left without their entry.
 */
export async function auditTrailOf(
  ctx: Pick<Ctx, 'db'>,
  q: { targetType: string; targetId: string; action: string; chainPrefix: string },
): Promise<{ entries: Selectable<AuditLogTable>[]; heads: { chain: string; last_seq: number; last_hash: string }[] }> {
  const entries = await own(ctx.db)
    .selectFrom('audit_log')
    .selectAll()
    .where('target_type', '=', q.targetType)
    .where('target_id', '=', q.targetId)
    .where('action', '=', q.action)
    .orderBy('id')
    .execute();
  // Compared with left(): a range on the text key would depend on the database's collation.
  const heads = await own(ctx.db)
    .selectFrom('audit_chain_heads')
    .select(['chain', 'last_seq', 'last_hash'])
    .where(sql<boolean>`left(chain, ${q.chainPrefix.length}) = ${q.chainPrefix}`)
    .execute();
  return { entries, heads };
}
