// SQL of citizen reception: the leaders' schedule and the session log (sổ tiếp công dân).
import { tablesOf, type Db } from '../../../core/db.ts';
import type { CasesTables } from '../tables.ts';
import type { CaseRow } from './cases.ts';

const q = (db: Db) => tablesOf<CasesTables>(db);

export interface NewScheduleEntry {
  unitId: number;
  day: string;
  startsAt: string;
  endsAt: string;
  leaderName: string;
  leaderTitle: string;
  isChair: boolean;
  place: string;
}

export async function insertSchedule(db: Db, s: NewScheduleEntry) {
  return q(db)
    .insertInto('reception_schedule')
    .values({ unit_id: s.unitId, day: s.day, starts_at: s.startsAt, ends_at: s.endsAt, leader_name: s.leaderName, leader_title: s.leaderTitle, is_chair: s.isChair, place: s.place })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The unit of a schedule entry (undefined when there is no such entry). */
export async function scheduleUnit(db: Db, scheduleId: number): Promise<number | undefined> {
  const r = await q(db).selectFrom('reception_schedule').select('unit_id').where('id', '=', scheduleId).executeTakeFirst();
  return r?.unit_id;
}

export async function scheduleOf(db: Db, unitId: number, from: string, to: string) {
  return q(db)
    .selectFrom('reception_schedule')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .orderBy('starts_at')
    .execute();
}

export interface NewSession {
  unitId: number;
  scheduleId: number | null;
  heldOn: string;
  receiverName: string;
  visitorName: string | null;
  visitorCount: number;
  topic: string;
  caseType: CaseRow['type'] | null;
  outcome: string | null;
}

export async function insertSession(db: Db, s: NewSession) {
  return q(db)
    .insertInto('reception_sessions')
    .values({
      unit_id: s.unitId,
      schedule_id: s.scheduleId,
      held_on: s.heldOn,
      receiver_name: s.receiverName,
      visitor_name: s.visitorName,
      visitor_count: s.visitorCount,
      topic: s.topic,
      case_type: s.caseType,
      outcome: s.outcome,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setSessionCase(db: Db, sessionId: number, caseId: number): Promise<void> {
  await q(db).updateTable('reception_sessions').set({ case_id: caseId }).where('id', '=', sessionId).execute();
}

/** A page of the unit's session log (limit + 1 rows), newest first, with the tracking code of the case opened. */
export async function sessionsOf(db: Db, unitId: number, offset: number, limit: number) {
  return q(db)
    .selectFrom('reception_sessions as s')
    .leftJoin('cases as c', 'c.id', 's.case_id')
    .select(['s.id', 's.unit_id', 's.schedule_id', 's.held_on', 's.receiver_name', 's.visitor_name', 's.visitor_count', 's.topic', 's.case_type', 's.outcome', 's.case_id', 'c.tracking_code'])
    .where('s.unit_id', '=', unitId)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.id', 'desc')
    .offset(offset)
    .limit(limit + 1)
    .execute();
}
