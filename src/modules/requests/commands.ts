// Use cases of a steering committee's requests: the committee of a unit issues a request to units below it (one
// expected submission per addressed unit when it asks a report back), the units submit (their indicators for the
// request's period attached), the committee returns a submission for correction and reminds the units still owing
// theirs — reminders and returns reach the units' officials through the outbox.
import { assertAttachable } from '../../core/attachments.ts';
import { audit } from '../../core/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter, bumpCounters } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { formatDate } from '../../core/format.ts';
import { installedIndicators } from '../../core/module.ts';
import { requirePermission } from '../../core/permissions.ts';
import { assertAllowed, notFound, unwrap } from '../../core/refusal.ts';
import type { UnitKind } from '../../core/schema.ts';
import { computeIndicators } from '../reports/index.ts';
import { getUnit, unitsByIds, unitsOfKindsIn } from '../units/index.ts';
import { notifyUnits } from './notify.ts';
import { checkRequest, checkReturn, checkSubmission, expectsSubmission, isOnTime, recipientStatus, remindable, resolveRecipients } from './rules.ts';
import * as store from './store.ts';
import type { RequestKind } from './tables.ts';

/** Counter keys of the steering indicator (defined in src/modules/steering/indicators.ts). */
export const COUNTER = {
  requests: 'steering.requests',
  expected: 'steering.expected',
  submitted: 'steering.submitted',
  onTime: 'steering.on_time',
  late: 'steering.late',
} as const;

export interface IssueRequestInput {
  unitId: number;
  title: string;
  number?: string;
  issuedOn: string;
  kind: RequestKind;
  period?: { from: string; to: string };
  dueOn?: string;
  recipients: { kinds?: UnitKind[]; unitIds?: number[] };
}

export async function issueRequest(ctx: Ctx, input: IssueRequestInput): Promise<{ id: string; recipients: number }> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'request.issue', unit.path);
    assertAllowed(checkRequest(input, todayVn(tx.now)));
    const named = [...new Set(input.recipients.unitIds ?? [])];
    const [byKinds, namedUnits] = await Promise.all([unitsOfKindsIn(tx.db, unit.path, input.recipients.kinds ?? []), unitsByIds(tx.db, named)]);
    const found = new Map(namedUnits.map((u) => [u.id, u]));
    const ids = unwrap(resolveRecipients(unit, byKinds, named.map((id) => ({ id, unit: found.get(id) }))));
    const dueOn = input.dueOn ?? null;
    const expected = expectsSubmission(dueOn);
    const id = await store.insertRequest(tx.db, {
      unitId: unit.id,
      kind: input.kind,
      title: input.title.trim(),
      number: input.number?.trim() || null,
      issuedOn: input.issuedOn,
      periodFrom: input.period?.from ?? null,
      periodTo: input.period?.to ?? null,
      dueOn,
      createdBy: actor.userId,
    });
    await store.insertRecipients(tx.db, id, ids, expected);
    await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: COUNTER.requests, day: input.issuedOn });
    if (expected) {
      const paths = new Map([...byKinds, ...namedUnits].map((u) => [u.id, u.path]));
      await bumpCounters(tx, ids.map((rid) => ({ unitId: rid, unitPath: paths.get(rid)!, key: COUNTER.expected, day: dueOn! })));
    }
    await audit(tx, {
      action: 'steering.request.issue',
      targetType: 'steering_request',
      targetId: id,
      unitId: unit.id,
      data: { kind: input.kind, number: input.number ?? null, issuedOn: input.issuedOn, dueOn, recipients: ids.length },
    });
    return { id: String(id), recipients: ids.length };
  });
}

async function requestOr404(ctx: Ctx, id: number) {
  const r = await store.findRequest(ctx.db, id);
  if (!r) throw notFound('Văn bản');
  return r;
}

export interface SubmitInput {
  unitId: number;
  narrative?: string;
  attachments?: string[];
}

export async function submit(ctx: Ctx, requestId: number, input: SubmitInput): Promise<{ id: string; onTime: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const req = await requestOr404(tx, requestId);
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'request.submit', unit.path);
    const row = await store.findRecipientForUpdate(tx.db, requestId, unit.id);
    assertAllowed(checkSubmission(row));
    const attachmentIds = [...new Set(input.attachments ?? [])];
    await assertAttachable(tx, attachmentIds.map(Number), unit.path);
    const today = todayVn(tx.now);
    const first = row!.state === 'waiting';
    // The first submission decides on-time-ness; a resubmission after a return keeps it (rules.ts).
    const onTime = first ? isOnTime(today, req.due_on) : row!.on_time !== false;
    const indicators = req.period_from && req.period_to ? await indicatorsSnapshot(tx, unit.id, { from: req.period_from, to: req.period_to }) : null;
    const id = await store.insertSubmission(
      tx.db,
      { requestId, recipientId: row!.id, unitId: unit.id, narrative: input.narrative?.trim() ?? '', attachmentIds, indicators, submittedOn: today, submittedBy: actor.userId },
      first ? { onTime } : null,
    );
    if (first) {
      const day = req.due_on ?? req.issued_on;
      await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: COUNTER.submitted, day });
      await bumpCounter(tx, { unitId: unit.id, unitPath: unit.path, key: onTime ? COUNTER.onTime : COUNTER.late, day });
    }
    await audit(tx, {
      action: first ? 'steering.request.submit' : 'steering.request.resubmit',
      targetType: 'steering_request',
      targetId: requestId,
      unitId: unit.id,
      data: { submissionId: String(id), onTime, attachments: attachmentIds.length },
    });
    return { id: String(id), onTime };
  });
}

export interface IndicatorsSnapshot {
  from: string;
  to: string;
  /** The figures as the report's summary table writes them (label, value), in the order of the indicators. */
  rows: { label: string; value: string }[];
  indicators: Record<string, unknown>;
}

/** The unit's indicators for the period, as the reports compute them (the reader's rights: `report.read`). */
export async function indicatorsSnapshot(ctx: Ctx, unitId: number, period: { from: string; to: string }): Promise<IndicatorsSnapshot> {
  const r = await computeIndicators(ctx, unitId, period);
  const rows: IndicatorsSnapshot['rows'] = [];
  for (const d of installedIndicators()) {
    const v = r.indicators[d.key];
    if (v !== undefined && d.report?.summary) for (const [label, value] of d.report.summary(v)) rows.push({ label, value });
  }
  return { from: r.from, to: r.to, rows, indicators: r.indicators };
}

export async function returnSubmission(ctx: Ctx, requestId: number, submissionId: number, input: { reason: string }): Promise<{ id: string; status: 'returned' }> {
  return inTransaction(ctx, async (tx) => {
    const req = await requestOr404(tx, requestId);
    const actor = requirePermission(tx.actor, 'request.issue', req.unit_path);
    const s = await store.findSubmissionForUpdate(tx.db, requestId, submissionId);
    if (!s) throw notFound('Báo cáo');
    assertAllowed(checkReturn({ returnedOn: s.returned_on, isLatest: s.last_submission_id === s.id }, input.reason));
    const reason = input.reason.trim();
    await store.returnSubmission(tx.db, { id: s.id, recipientId: s.recipient_id, on: todayVn(tx.now), reason, by: actor.userId });
    await notifyUnits(tx, [s.unit_id], {
      kind: 'steering.request.returned',
      title: `Báo cáo bị trả lại để hoàn thiện: ${req.title}`,
      body: `Lý do: ${reason}`,
      link: `/yeu-cau/${requestId}/gui`,
    });
    await audit(tx, { action: 'steering.request.return', targetType: 'steering_request', targetId: requestId, unitId: s.unit_id, data: { submissionId: String(s.id), reason } });
    return { id: String(s.id), status: 'returned' as const };
  });
}

export async function remind(ctx: Ctx, requestId: number, input: { unitIds?: number[] }): Promise<{ units: number; notified: number }> {
  return inTransaction(ctx, async (tx) => {
    const req = await requestOr404(tx, requestId);
    requirePermission(tx.actor, 'request.issue', req.unit_path);
    const today = todayVn(tx.now);
    const rows = await store.recipientRows(tx.db, requestId);
    const statuses = rows.map((r) => ({ unitId: r.unit_id, status: recipientStatus({ expected: r.expected, state: r.state, onTime: r.on_time, dueOn: req.due_on }, today) }));
    const ids = unwrap(remindable(statuses, input.unitIds));
    await store.markReminded(tx.db, requestId, ids, tx.now);
    const notified = await notifyUnits(tx, ids, {
      kind: 'steering.request.reminder',
      title: `Đôn đốc gửi báo cáo: ${req.title}`,
      body: req.due_on ? `Hạn gửi: ${formatDate(req.due_on)} — ${req.unit_name}` : req.unit_name,
      link: `/yeu-cau/${requestId}/gui`,
    });
    await audit(tx, { action: 'steering.request.remind', targetType: 'steering_request', targetId: requestId, unitId: req.unit_id, data: { unitIds: ids.map(String), notified } });
    return { units: ids.length, notified };
  });
}
