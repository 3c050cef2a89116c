// What every action on a case shares: the case taken under lock, the actor's permission on its unit, the date of
// the action, and the record of it (an event in the case's history, an audit entry, the counters it moves).
import { audit } from '../../../core/audit.ts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed } from '../../../core/refusal.ts';
import { legalDateRefusal, type CaseAction, type CaseState, type Complexity, type CounterDelta } from '../rules/index.ts';
import * as store from '../store/cases.ts';

/** What an official asks of a case (POST /cases/:id/actions). */
export interface CaseActionInput {
  action: CaseAction;
  note?: string;
  publicAnswer?: string;
  complexity?: Complexity;
  /** transfer: the unit that receives the case. */
  toUnitId?: number;
  /** assign: the official who handles it. */
  userId?: number;
  /** The day the action was taken (today by default). */
  on?: string;
}

export interface ActionContext {
  tx: Ctx;
  c: store.CaseRow;
  actor: Actor;
  on: string;
  note: string | null;
}

/** The case locked for the action, the actor allowed to handle it, the action's date checked (inside `tx`). */
export async function beginAction(tx: Ctx, id: number, input: Pick<CaseActionInput, 'on' | 'note'>): Promise<ActionContext> {
  const c = await store.getCase(tx.db, id, true);
  const actor = requirePermission(tx.actor, 'case.handle', c.unit_path);
  const today = todayVn(tx.now);
  const on = input.on ?? today;
  assertAllowed(legalDateRefusal(on, today, 'Ngày thực hiện'));
  return { tx, c, actor, on, note: input.note?.trim() || null };
}

/** The action in the case's history and in the audit log (with its note unless told otherwise; never the sender). */
export async function recordAction(a: ActionContext, action: CaseAction, data: Record<string, unknown>, opts: { auditNote?: boolean } = {}): Promise<void> {
  const { tx, c, actor, on, note } = a;
  await store.addEvent(tx.db, { caseId: c.id, onDate: on, actorId: actor.userId, action, note, data, at: tx.now });
  const withNote = note && opts.auditNote !== false ? { note } : {};
  await audit(tx, { action: `case.${action}`, targetType: 'case', targetId: c.id, unitId: c.unit_id, data: { ...data, ...withNote } });
}

/** The counters an action moves, at the case's unit. */
export async function bumpCounters(a: ActionContext, deltas: readonly CounterDelta[]): Promise<void> {
  for (const d of deltas) {
    await bumpCounter(a.tx, { unitId: a.c.unit_id, unitPath: a.c.unit_path, key: d.key, day: d.day, delta: d.delta });
  }
}

/** The rules' view of a stored case. */
export function stateOf(c: store.CaseRow): CaseState {
  return {
    type: c.type,
    status: c.status,
    rulesId: c.rules_version,
    receivedOn: c.received_on,
    acceptedOn: c.accepted_on,
    remoteArea: c.remote_area,
    instance: c.instance === 2 ? 2 : 1,
    complexity: c.complexity,
    extensions: c.extensions,
    processExtended: c.process_extended,
    answerDays: c.answer_days ?? undefined,
  };
}
