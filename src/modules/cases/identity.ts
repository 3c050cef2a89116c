// The only code that touches case_senders. A denouncer's identity (Luật Tố cáo 2018 Điều 47–48: người tố cáo được
// giữ bí mật họ tên, địa chỉ, bút tích và thông tin cá nhân khác) is returned only to an official assigned to
// handle the case, and every such read writes an audit entry 'case.identity_read' (without the identity itself).
// Other senders are visible to officials who may handle cases of the unit.
import type { Kysely } from 'kysely';
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { DB } from '../../core/schema.ts';
import { can } from '../../core/permissions.ts';
import type { CaseRow } from './store.ts';

export interface SenderIdentity {
  name: string;
  phone: string | null;
  address: string | null;
  idNumber: string | null;
}

/** Writes the sender of a new case (inside the case's transaction). */
export async function storeSender(db: Kysely<DB>, caseId: number, s: SenderIdentity): Promise<void> {
  await db
    .insertInto('case_senders')
    .values({ case_id: caseId, name: s.name, phone: s.phone, address: s.address, id_number: s.idNumber })
    .execute();
}

export type IdentityAccess = { sender: SenderIdentity; protected: boolean } | { sender: null; protected: boolean };

/**
 * The sender of a case as `ctx.actor` may see it. Denunciations: only for an assigned handler, audited on every
 * read; otherwise `{sender: null, protected: true}`. Other types: officials with 'case.handle' on the unit.
 */
export async function readSenderIdentity(ctx: Ctx, c: Pick<CaseRow, 'id' | 'type' | 'unit_id' | 'unit_path'>): Promise<IdentityAccess> {
  const actor = ctx.actor;
  if (!actor) return { sender: null, protected: c.type === 'denunciation' };
  if (c.type !== 'denunciation') {
    if (!can(actor, 'case.handle', c.unit_path)) return { sender: null, protected: false };
    const s = await load(ctx.db, c.id);
    return s ? { sender: s, protected: false } : { sender: null, protected: false };
  }
  return inTransaction(ctx, async (tx) => {
    const assigned = await tx.db
      .selectFrom('case_assignments')
      .select('case_id')
      .where('case_id', '=', c.id)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!assigned || !can(actor, 'case.handle', c.unit_path)) return { sender: null, protected: true };
    const s = await load(tx.db, c.id);
    await audit(tx, { action: 'case.identity_read', targetType: 'case', targetId: c.id, unitId: c.unit_id, data: { caseId: String(c.id) } });
    return s ? { sender: s, protected: true } : { sender: null, protected: true };
  });
}

async function load(db: Kysely<DB>, caseId: number): Promise<SenderIdentity | null> {
  const r = await db.selectFrom('case_senders').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  return r ? { name: r.name, phone: r.phone, address: r.address, idNumber: r.id_number } : null;
}

/** Sender names for a list of cases, never for denunciations (the SQL excludes them). */
export async function senderNamesForList(db: Kysely<DB>, caseIds: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!caseIds.length) return out;
  const rows = await db
    .selectFrom('case_senders as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .select(['s.case_id', 's.name'])
    .where('s.case_id', 'in', caseIds)
    .where('c.type', '<>', 'denunciation')
    .execute();
  for (const r of rows) out.set(r.case_id, r.name);
  return out;
}
