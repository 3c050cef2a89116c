// Transferring a case to the competent unit: the unit receives it on the day it is passed on, and its clocks start
// again there under the rules in force that day (Law on Denunciations 2018 Art. 24 cl. 2; Law on Complaints 2011
// Art. 27). Its handlers are unassigned; cases.due leaves the old unit and joins the new one.
import { calendarFor } from '../../../core/calendar/schedules.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { badRequest, unprocessable, unwrap } from '../../../core/refusal.ts';
import { applyAction, computeDueDates, counterDeltas, nextDue, receivedState } from '../rules/index.ts';
import * as store from '../store/cases.ts';
import { dueDatesOf } from '../views.ts';
import { beginAction, bumpCounters, recordAction, stateOf, type CaseActionInput } from './act.ts';
import { receivingUnit } from './receiving-unit.ts';

export async function transferCase(ctx: Ctx, id: number, input: Pick<CaseActionInput, 'toUnitId' | 'on' | 'note' | 'complexity'>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const a = await beginAction(tx, id, input);
    const { c, on } = a;
    const state = stateOf(c);
    unwrap(applyAction(state, { action: 'transfer', on, note: a.note ?? undefined, complexity: input.complexity }));
    if (input.toUnitId === undefined) throw badRequest('VALIDATION_ERROR', 'Thiếu đơn vị nhận đơn chuyển (toUnitId).');
    if (input.toUnitId === c.unit_id) throw unprocessable('SAME_UNIT', 'Không thể chuyển đơn cho chính đơn vị đang giữ đơn.');
    const target = await receivingUnit(tx.db, input.toUnitId);
    const fresh = receivedState(state, on, target.answerDays);
    const due = computeDueDates(await calendarFor(tx.db), fresh);
    await store.clearAssignments(tx.db, c.id);
    await bumpCounters(a, counterDeltas(c.resolve_due, null, 'transferred', on));
    if (due.resolve) await bumpCounter(tx, { unitId: target.id, unitPath: target.path, key: 'cases.due', day: due.resolve });
    const updated = await store.updateCase(
      tx.db,
      c.id,
      {
        unit_id: target.id,
        unit_path: target.path,
        status: 'received',
        received_on: on,
        rules_version: fresh.rulesId,
        accepted_on: null,
        complexity: 'normal',
        extensions: 0,
        process_extended: false,
        answer_days: target.answerDays,
        accept_due: due.accept ?? null,
        resolve_due: due.resolve ?? null,
        next_due: nextDue(due),
        transferred_from: c.unit_id,
        transferred_to: target.id,
      },
      tx.now,
    );
    await recordAction(a, 'transfer', {
      status: updated.status,
      dueDates: dueDatesOf(updated),
      ...(input.complexity ? { complexity: input.complexity } : {}),
      fromUnitId: String(c.unit_id),
      toUnitId: String(target.id),
    });
  });
}
