// The actions that move a case along its own track at its unit: accept, refuse, extend, resolve, withdraw. The
// rules decide (rules/actions.ts); the due dates follow the new state; a closed case keeps its last due dates.
import { calendarFor } from '../../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { unwrap } from '../../../core/refusal.ts';
import { applyAction, computeDueDates, counterDeltas, isOpen, nextDue, type CaseAction } from '../rules/index.ts';
import * as store from '../store/cases.ts';
import { dueDatesOf } from '../views.ts';
import { beginAction, bumpCounters, recordAction, stateOf, type CaseActionInput } from './act.ts';

export type StepAction = Exclude<CaseAction, 'assign' | 'transfer'>;

export async function applyCaseAction(ctx: Ctx, id: number, input: Omit<CaseActionInput, 'action' | 'toUnitId' | 'userId'> & { action: StepAction }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const a = await beginAction(tx, id, input);
    const { c, on, note } = a;
    const s = unwrap(applyAction(stateOf(c), { action: input.action, on, note: note ?? undefined, publicAnswer: input.publicAnswer, complexity: input.complexity }));
    const due = computeDueDates(await calendarFor(tx.db), s);
    const open = isOpen(s.status);
    const patch: Partial<store.NewCase> = {
      status: s.status,
      accepted_on: s.acceptedOn,
      complexity: s.complexity,
      extensions: s.extensions,
      process_extended: s.processExtended,
      accept_due: open ? (due.accept ?? null) : c.accept_due,
      resolve_due: open ? (due.resolve ?? null) : c.resolve_due,
      next_due: open ? nextDue(due) : null,
      closed_on: open ? null : on,
      ...(input.action === 'resolve' ? { public_answer: input.publicAnswer!.trim() } : {}),
      // A refusal's reason is the answer the sender reads.
      ...(input.action === 'refuse' ? { public_answer: note } : {}),
    };
    await bumpCounters(a, counterDeltas(c.resolve_due, open ? (patch.resolve_due ?? null) : null, s.status, on));
    const updated = await store.updateCase(tx.db, c.id, patch, tx.now);
    await recordAction(a, input.action, {
      status: updated.status,
      dueDates: dueDatesOf(updated),
      ...(input.complexity ? { complexity: input.complexity } : {}),
    });
  });
}
