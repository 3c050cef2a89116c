// SQL of the requests module, on its own tables; units' names, kinds and places in the tree come through the units
// module's SQL fragments.
import { sql } from 'kysely';
import { tablesOf, type Db } from '../../core/db.ts';
import { inUnitTree, unitColumn } from '../units/index.ts';
import type { RequestKind, RequestsTables } from './tables.ts';

const q = (db: Db) => tablesOf<RequestsTables>(db);

export interface NewRequest {
  unitId: number;
  kind: RequestKind;
  title: string;
  number: string | null;
  issuedOn: string;
  periodFrom: string | null;
  periodTo: string | null;
  dueOn: string | null;
  createdBy: number;
}

export async function insertRequest(db: Db, r: NewRequest): Promise<number> {
  const row = await q(db)
    .insertInto('steering_requests')
    .values({
      unit_id: r.unitId,
      kind: r.kind,
      title: r.title,
      number: r.number,
      issued_on: r.issuedOn,
      period_from: r.periodFrom,
      period_to: r.periodTo,
      due_on: r.dueOn,
      created_by: r.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRecipients(db: Db, requestId: number, unitIds: readonly number[], expected: boolean): Promise<void> {
  for (let i = 0; i < unitIds.length; i += 5000) {
    await q(db)
      .insertInto('steering_request_recipients')
      .values(unitIds.slice(i, i + 5000).map((unitId) => ({ request_id: requestId, unit_id: unitId, expected })))
      .execute();
  }
}

const REQUEST_COLS = ['r.id', 'r.unit_id', 'r.kind', 'r.title', 'r.number', 'r.issued_on', 'r.period_from', 'r.period_to', 'r.due_on'] as const;

/** A request with its committee unit's path and name; or undefined. */
export async function findRequest(db: Db, id: number) {
  return q(db)
    .selectFrom('steering_requests as r')
    .select(REQUEST_COLS)
    .select([unitColumn('r.unit_id', 'path').as('unit_path'), unitColumn('r.unit_id', 'name').as('unit_name')])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

/** The addressed unit's row of a request, locked until the end of the transaction, with the unit's path. */
export async function findRecipientForUpdate(db: Db, requestId: number, unitId: number) {
  return q(db)
    .selectFrom('steering_request_recipients as c')
    .select(['c.id', 'c.unit_id', 'c.expected', 'c.state', 'c.on_time', 'c.first_submitted_on', 'c.last_submission_id'])
    .where('c.request_id', '=', requestId)
    .where('c.unit_id', '=', unitId)
    .forUpdate()
    .executeTakeFirst();
}

export interface NewSubmission {
  requestId: number;
  recipientId: number;
  unitId: number;
  narrative: string;
  attachmentIds: string[];
  indicators: object | null;
  submittedOn: string;
  submittedBy: number;
}

/** Records a submission and makes it the unit's latest; the first one sets the dates and on-time-ness. */
export async function insertSubmission(db: Db, s: NewSubmission, first: { onTime: boolean } | null): Promise<number> {
  const row = await q(db)
    .insertInto('steering_submissions')
    .values({
      request_id: s.requestId,
      recipient_id: s.recipientId,
      unit_id: s.unitId,
      narrative: s.narrative,
      attachment_ids: JSON.stringify(s.attachmentIds),
      indicators: s.indicators === null ? null : JSON.stringify(s.indicators),
      submitted_on: s.submittedOn,
      submitted_by: s.submittedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await q(db)
    .updateTable('steering_request_recipients')
    .set({
      state: 'submitted',
      last_submission_id: row.id,
      last_submitted_on: s.submittedOn,
      ...(first ? { first_submitted_on: s.submittedOn, on_time: first.onTime } : {}),
    })
    .where('id', '=', s.recipientId)
    .execute();
  return row.id;
}

/** A submission with its recipient row's latest submission id, locked; or undefined. */
export async function findSubmissionForUpdate(db: Db, requestId: number, id: number) {
  return q(db)
    .selectFrom('steering_submissions as s')
    .innerJoin('steering_request_recipients as c', 'c.id', 's.recipient_id')
    .select(['s.id', 's.unit_id', 's.recipient_id', 's.returned_on', 'c.last_submission_id'])
    .where('s.id', '=', id)
    .where('s.request_id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
}

export async function returnSubmission(db: Db, s: { id: number; recipientId: number; on: string; reason: string; by: number }): Promise<void> {
  await q(db).updateTable('steering_submissions').set({ returned_on: s.on, return_reason: s.reason, returned_by: s.by }).where('id', '=', s.id).execute();
  await q(db).updateTable('steering_request_recipients').set({ state: 'returned' }).where('id', '=', s.recipientId).execute();
}

/** A submission in full (for the committee and the unit). */
export async function findSubmission(db: Db, requestId: number, id: number) {
  return q(db)
    .selectFrom('steering_submissions as s')
    .select(['s.id', 's.unit_id', 's.narrative', 's.attachment_ids', 's.indicators', 's.submitted_on', 's.returned_on', 's.return_reason'])
    .select([unitColumn('s.unit_id', 'name').as('unit_name'), unitColumn('s.unit_id', 'path').as('unit_path')])
    .where('s.id', '=', id)
    .where('s.request_id', '=', requestId)
    .executeTakeFirst();
}

/** The addressed units of a request (all, or those in the subtree of `within`), by unit name. */
export async function recipientRows(db: Db, requestId: number, within?: string) {
  let query = q(db)
    .selectFrom('steering_request_recipients as c')
    .leftJoin('steering_submissions as s', 's.id', 'c.last_submission_id')
    .select(['c.unit_id', 'c.expected', 'c.state', 'c.on_time', 'c.first_submitted_on', 'c.last_submitted_on', 'c.last_submission_id', 'c.reminders', 's.return_reason'])
    .select([unitColumn('c.unit_id', 'name').as('unit_name'), unitColumn('c.unit_id', 'kind').as('unit_kind'), unitColumn('c.unit_id', 'path').as('unit_path')])
    .where('c.request_id', '=', requestId);
  if (within) query = query.where(inUnitTree('c.unit_id', within));
  return query.orderBy('c.unit_id').execute();
}
export type RecipientRow = Awaited<ReturnType<typeof recipientRows>>[number];

export async function markReminded(db: Db, requestId: number, unitIds: readonly number[], at: Date): Promise<void> {
  await q(db)
    .updateTable('steering_request_recipients')
    .set((eb) => ({ reminders: eb('reminders', '+', 1), last_reminded_at: at }))
    .where('request_id', '=', requestId)
    .where('unit_id', 'in', [...unitIds])
    .execute();
}

/** Tallies of requests' addressed units (missing: not submitted, due before `today`). */
function tallies(today: string) {
  return [
    sql<number>`count(*) FILTER (WHERE c.id IS NOT NULL)::int`.as('recipients'),
    sql<number>`count(*) FILTER (WHERE c.expected)::int`.as('expected'),
    sql<number>`count(*) FILTER (WHERE c.state <> 'waiting')::int`.as('submitted'),
    sql<number>`count(*) FILTER (WHERE c.on_time)::int`.as('on_time'),
    sql<number>`count(*) FILTER (WHERE c.on_time = false)::int`.as('late'),
    sql<number>`count(*) FILTER (WHERE c.expected AND c.state = 'waiting' AND r.due_on < ${today})::int`.as('missing'),
  ] as const;
}

/** Requests issued by the committee of a unit (optionally within a period of issue), newest first, with tallies. */
export async function listIssued(db: Db, unitId: number, today: string, period?: { from: string; to: string }, limit = 200) {
  let query = q(db)
    .selectFrom('steering_requests as r')
    .leftJoin('steering_request_recipients as c', 'c.request_id', 'r.id')
    .select(REQUEST_COLS)
    .select(tallies(today))
    .where('r.unit_id', '=', unitId);
  if (period) query = query.where('r.issued_on', '>=', period.from).where('r.issued_on', '<=', period.to);
  return query.groupBy('r.id').orderBy('r.issued_on', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
}

/** The requests addressed to a unit, newest first, with the unit's own row and the issuing committee's unit name. */
export async function listAsked(db: Db, unitId: number, limit = 200) {
  return q(db)
    .selectFrom('steering_request_recipients as c')
    .innerJoin('steering_requests as r', 'r.id', 'c.request_id')
    .leftJoin('steering_submissions as s', 's.id', 'c.last_submission_id')
    .select(REQUEST_COLS)
    .select(['c.expected', 'c.state', 'c.on_time', 'c.first_submitted_on', 'c.last_submitted_on', 'c.last_submission_id', 's.return_reason'])
    .select(unitColumn('r.unit_id', 'name').as('unit_name'))
    .where('c.unit_id', '=', unitId)
    .orderBy('r.issued_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}
