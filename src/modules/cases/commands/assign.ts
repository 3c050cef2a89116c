// Assigning a handler to an open case: an official who may handle cases of its unit. The handler is told through
// the outbox (code, type, subject and due date — never the sender).
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { formatDate } from '../../../core/format.ts';
import { enqueue } from '../../../core/outbox.ts';
import { rolesFor } from '../../../core/permissions.ts';
import { badRequest, unprocessable } from '../../../core/refusal.ts';
import { userCoversUnit } from '../../units/index.ts';
import { TYPE_LABELS, isOpen } from '../rules/index.ts';
import * as store from '../store/cases.ts';
import { beginAction, recordAction, type CaseActionInput } from './act.ts';

export async function assignCase(ctx: Ctx, id: number, input: Pick<CaseActionInput, 'userId' | 'on' | 'note'>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const a = await beginAction(tx, id, input);
    const { c, actor } = a;
    if (!isOpen(c.status)) throw unprocessable('ACTION_NOT_ALLOWED', 'Đơn đã kết thúc, không giao xử lý được.');
    const userId = input.userId;
    if (userId === undefined) throw badRequest('VALIDATION_ERROR', 'Thiếu người được giao xử lý (userId).');
    if (!(await userCoversUnit(tx.db, userId, c.unit_path, rolesFor('case.handle')))) {
      throw unprocessable('NOT_A_HANDLER', 'Người được giao phải là cán bộ có thẩm quyền xử lý đơn của đơn vị.');
    }
    if (!(await store.assign(tx.db, c.id, userId, actor.userId, tx.now))) return; // already assigned
    await recordAction(a, 'assign', { userId: String(userId) }, { auditNote: false });
    await enqueue(tx, {
      kind: 'case.assigned',
      channel: 'in_app',
      recipientId: userId,
      payload: {
        title: `Bạn được giao xử lý đơn ${c.tracking_code}`,
        body: `${TYPE_LABELS[c.type].vi}: ${c.subject}${c.next_due ? ` — hạn ${formatDate(c.next_due)}` : ''}`,
        link: `/don-thu/${c.id}`,
      },
    });
  });
}
