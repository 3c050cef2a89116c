// The roll call of a community meeting: how many households are represented; a meeting that cannot reach the
// passing threshold continues by household ballot (Law 10/2022 Art. 19 cl. 1 b).
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { unprocessable } from '../../../core/refusal.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { isMeetingValid, meetingNextStep, type DecisionMethod, type Matter, type MeetingRecord } from '../rules.ts';
import { getDecision, updateDecision } from '../store/decisions.ts';

export interface MeetingInput {
  represented: number;
  heldOn?: string;
  place?: string | null;
  chair?: string | null;
  secretary?: string | null;
}

export async function recordMeeting(ctx: Ctx, decisionId: number, input: MeetingInput): Promise<MeetingRecord> {
  return inTransaction(ctx, async (tx) => {
    const d = await getDecision(tx.db, decisionId, 'update');
    requirePermission(tx.actor, 'decision.open', d.unit_path);
    if (d.status !== 'open') throw unprocessable('DECISION_NOT_OPEN', 'Chỉ ghi điểm danh cuộc họp khi nội dung đang biểu quyết.');
    if (d.initial_method !== 'meeting') {
      throw unprocessable('NOT_A_MEETING', 'Nội dung này không được quyết định bằng hình thức họp cộng đồng dân cư.');
    }
    const eligible = d.eligible_households;
    const valid = isMeetingValid(eligible, input.represented);
    const nextStep = meetingNextStep(d.matter as Matter, eligible, input.represented);
    const method: DecisionMethod = nextStep === 'continue_by_ballot' ? 'ballot' : 'meeting';
    const record: MeetingRecord = {
      heldOn: input.heldOn ?? todayVn(tx.now),
      place: input.place?.trim() || null,
      chair: input.chair?.trim() || null,
      secretary: input.secretary?.trim() || null,
      represented: input.represented,
      absent: eligible - input.represented,
      valid,
      nextStep,
      method,
    };
    const methodContext = { ...(d.method_context ?? {}), ...(method === 'ballot' ? { meetingLackedHouseholds: true } : {}) };
    await updateDecision(tx.db, decisionId, { meeting: JSON.stringify(record), method, method_context: JSON.stringify(methodContext) });
    await audit(tx, { action: 'decision.meeting', targetType: 'decision', targetId: decisionId, unitId: d.unit_id, data: { ...record } });
    return record;
  });
}
