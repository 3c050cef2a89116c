// The commune's answer to a decision sent for recognition (Law 10/2022 Art. 21 cl. 2: a recognition decision, or a
// written refusal with reasons, within 5 working days of receipt), and the cancellation of an open decision.
// Each answers the decision as it then stands.
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { badRequest, unwrap } from '../../../core/refusal.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { decisionDetail, type DecisionDetail } from '../queries/detail.ts';
import { RECOGNITION_AUTHORITY_LABELS, transition, type DecisionStatus, type Matter, type RecognitionAuthority } from '../rules.ts';
import { getDecision, updateDecision } from '../store/decisions.ts';

export interface RecognitionInput {
  number?: string | null;
  reason?: string | null;
}

export async function answerRecognition(ctx: Ctx, decisionId: number, action: 'recognise' | 'refuse', input: RecognitionInput): Promise<DecisionDetail> {
  await inTransaction(ctx, async (tx) => {
    const d = await getDecision(tx.db, decisionId, 'update');
    const actor = requirePermission(tx.actor, 'decision.recognise', d.unit_path);
    const next = unwrap(transition(d.status as DecisionStatus, action, { matter: d.matter as Matter, passed: d.passed ?? undefined }));
    const reason = input.reason?.trim() || null;
    if (action === 'refuse' && !reason) {
      throw badRequest('REASON_REQUIRED', 'Trường hợp không công nhận phải trả lời bằng văn bản và nêu rõ lý do (Luật 10/2022/QH15, Điều 21 khoản 2).');
    }
    const today = todayVn(tx.now);
    const number = input.number?.trim() || null;
    await updateDecision(tx.db, decisionId, {
      status: next,
      recognised_on: today,
      recognition_number: number,
      refusal_reason: action === 'refuse' ? reason : null,
      answered_by: actor.userId,
    });
    const authority = d.recognition_authority as RecognitionAuthority | null;
    await audit(tx, {
      action: `decision.${action}`,
      targetType: 'decision',
      targetId: decisionId,
      unitId: d.unit_id,
      data: {
        answeredOn: today,
        dueOn: d.recognition_due_on,
        onTime: d.recognition_due_on ? today <= d.recognition_due_on : null,
        authority: authority ? RECOGNITION_AUTHORITY_LABELS[authority] : null,
        number,
        ...(action === 'refuse' ? { reason } : {}),
      },
    });
  });
  return decisionDetail(ctx, decisionId);
}

export async function cancelDecision(ctx: Ctx, decisionId: number, reason: string): Promise<DecisionDetail> {
  await inTransaction(ctx, async (tx) => {
    const d = await getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.open', d.unit_path);
    const next = unwrap(transition(d.status as DecisionStatus, 'cancel'));
    const why = reason.trim();
    if (!why) throw badRequest('REASON_REQUIRED', 'Cần nêu lý do hủy nội dung biểu quyết.');
    await updateDecision(tx.db, decisionId, { status: next, refusal_reason: why });
    await audit(tx, { action: 'decision.cancel', targetType: 'decision', targetId: decisionId, unitId: d.unit_id, data: { reason: why } });
  });
  return decisionDetail(ctx, decisionId);
}
