// Citizen reception (tiếp công dân): a leader's session added to the published schedule, and a reception written in
// the session log (sổ tiếp công dân, Form 03/TCD of Decree 154/2026/NĐ-CP); a reception may open a case. A logged
// reception bumps `reception.sessions` and `reception.citizens` (its visitors) on its day.
import { audit } from '../../../core/audit.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { calendarFor } from '../../../core/calendar/schedules.ts';
import { inTransaction, type Ctx } from '../../../core/context.ts';
import { todayVn } from '../../../core/dates.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, notFound } from '../../../core/refusal.ts';
import { getUnit } from '../../units/index.ts';
import { loggedVisitorName, RECEPTION_CITIZENS_KEY, RECEPTION_SESSIONS_KEY, scheduleEntryRefusal, sessionDateRefusal, type CaseType } from '../rules/index.ts';
import * as store from '../store/reception.ts';
import { submittedView, type SubmittedView } from '../views.ts';
import { submitCase, type SubmitInput, type Submitted } from './submit.ts';

export interface ScheduleInput {
  unitId: number;
  day: string;
  startsAt: string;
  endsAt: string;
  leaderName: string;
  leaderTitle: string;
  isChair?: boolean;
  place: string;
}

export async function addScheduleEntry(ctx: Ctx, input: ScheduleInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const u = await getUnit(tx.db, input.unitId);
    requirePermission(tx.actor, 'reception.manage', u.path);
    const entry = { ...input, leaderName: input.leaderName.trim(), leaderTitle: input.leaderTitle.trim(), place: input.place.trim(), isChair: input.isChair ?? true };
    assertAllowed(scheduleEntryRefusal(entry));
    const row = await store.insertSchedule(tx.db, entry);
    const { leaderName, leaderTitle, place } = entry;
    await audit(tx, {
      action: 'reception.schedule_add',
      targetType: 'reception_schedule',
      targetId: row.id,
      unitId: u.id,
      data: { day: row.day, startsAt: row.starts_at, endsAt: row.ends_at, leaderName, leaderTitle, place },
    });
    return { id: String(row.id) };
  });
}

export interface SessionInput {
  unitId: number;
  heldOn: string;
  scheduleId?: number;
  receiverName: string;
  visitorName?: string;
  visitorCount?: number;
  topic: string;
  caseType?: CaseType;
  outcome?: string;
  openCase?: Omit<SubmitInput, 'unitId' | 'channel' | 'receivedOn' | 'idempotencyKey' | 'receptionSessionId'>;
}

/** Logs a reception; a case opened from it is received through the reception channel on the day it was held. */
export async function logSession(ctx: Ctx, input: SessionInput): Promise<{ id: string; case: SubmittedView | null }> {
  return inTransaction(ctx, async (tx) => {
    const u = await getUnit(tx.db, input.unitId);
    requirePermission(tx.actor, 'reception.manage', u.path);
    const today = todayVn(tx.now);
    assertAllowed(sessionDateRefusal(input.heldOn, today));
    if (input.scheduleId !== undefined && (await store.scheduleUnit(tx.db, input.scheduleId)) !== u.id) throw notFound('Lịch tiếp công dân');
    const caseType = input.openCase?.type ?? input.caseType ?? null;
    const session = await store.insertSession(tx.db, {
      unitId: u.id,
      scheduleId: input.scheduleId ?? null,
      heldOn: input.heldOn,
      receiverName: input.receiverName.trim(),
      visitorName: loggedVisitorName(caseType, input.visitorName, input.openCase?.sender.name),
      visitorCount: input.visitorCount ?? 1,
      topic: input.topic.trim(),
      caseType,
      outcome: input.outcome?.trim() || null,
    });
    // The `reception` indicator: one session, its citizens (visitorCount), on the day it was held.
    const bump = { unitId: u.id, unitPath: u.path, day: input.heldOn };
    await bumpCounter(tx, { ...bump, key: RECEPTION_SESSIONS_KEY });
    await bumpCounter(tx, { ...bump, key: RECEPTION_CITIZENS_KEY, delta: session.visitor_count });
    let opened: Submitted | null = null;
    if (input.openCase) {
      opened = await submitCase(tx, { ...input.openCase, unitId: u.id, channel: 'reception', receivedOn: input.heldOn, receptionSessionId: session.id });
      await store.setSessionCase(tx.db, session.id, opened.row.id);
    }
    const caseId = opened ? String(opened.row.id) : null;
    await audit(tx, {
      action: 'reception.session_log',
      targetType: 'reception_session',
      targetId: session.id,
      unitId: u.id,
      data: { heldOn: input.heldOn, caseType, visitorCount: session.visitor_count, caseId },
    });
    return { id: String(session.id), case: opened ? submittedView(await calendarFor(tx.db), today, opened.row, opened.trackingSecret) : null };
  });
}
