// Who sent a case, and who may see it. A denouncer's identity is kept secret (Law on Denunciations 2018 Art. 47
// cl. 2: "Người tố cáo được bảo vệ bí mật thông tin cá nhân"): it is returned only to an official assigned to handle
// the case, and every such read writes an audit entry 'case.identity_read' (without the identity itself). Other
// senders are visible to officials who may handle cases of the unit. This file is the only caller of store/senders.ts.
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db.ts';
import { can } from '../../core/permissions.ts';
import { isAssigned, type CaseRow } from './store/cases.ts';
import { findSender, insertSender, senderNamesExceptDenunciations, type SenderRow } from './store/senders.ts';

/** Writes the sender of a new case (inside the case's transaction). */
export async function storeSender(db: Db, caseId: number, s: SenderRow): Promise<void> {
  await insertSender(db, caseId, s);
}

export interface IdentityAccess {
  /** The sender, when the actor may see it (null otherwise, or when none was recorded). */
  sender: SenderRow | null;
  /** The case is a denunciation: its sender is protected. */
  protected: boolean;
  /** The actor may see the sender of this case. */
  granted: boolean;
}

/**
 * The sender of a case as `ctx.actor` may see it. Denunciations: only for an assigned handler, audited on every
 * read. Other types: officials with 'case.handle' on the unit.
 */
export async function readSenderIdentity(ctx: Ctx, c: Pick<CaseRow, 'id' | 'type' | 'unit_id' | 'unit_path'>): Promise<IdentityAccess> {
  const actor = ctx.actor;
  const isProtected = c.type === 'denunciation';
  const hidden: IdentityAccess = { sender: null, protected: isProtected, granted: false };
  if (!actor || !can(actor, 'case.handle', c.unit_path)) return hidden;
  if (!isProtected) return { sender: await findSender(ctx.db, c.id), protected: false, granted: true };
  return inTransaction(ctx, async (tx) => {
    if (!(await isAssigned(tx.db, c.id, actor.userId))) return hidden;
    const sender = await findSender(tx.db, c.id);
    await audit(tx, { action: 'case.identity_read', targetType: 'case', targetId: c.id, unitId: c.unit_id, data: { caseId: String(c.id) } });
    return { sender, protected: true, granted: true };
  });
}

/** Sender names for a list of cases, never for denunciations. */
export async function senderNamesForList(db: Db, caseIds: number[]): Promise<Map<number, string>> {
  return senderNamesExceptDenunciations(db, caseIds);
}
