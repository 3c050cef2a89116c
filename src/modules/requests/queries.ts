// Reads of steering requests: the committee sees its requests and every addressed unit's row; an addressed unit sees
// what is asked of it and its own row. Answers in the API's shape (ids as strings), with what the reader may do.
import type { Ctx } from '../../core/context.ts';
import { todayVn } from '../../core/dates.ts';
import { can, scopesFor } from '../../core/permissions.ts';
import { forbidden, notFound, unauthorized } from '../../core/refusal.ts';
import { getUnit } from '../units/index.ts';
import { indicatorsSnapshot } from './commands.ts';
import { REQUEST_KIND_LABELS, RECIPIENT_STATUS_LABELS, recipientStatus, type RecipientStatus } from './rules.ts';
import { leadershipParagraphs } from './notes.ts';
import * as store from './store.ts';

const requestOut = (r: Pick<store.RequestRow, 'id' | 'unit_id' | 'kind' | 'title' | 'number' | 'issued_on' | 'period_from' | 'period_to' | 'due_on'>) => ({
  id: String(r.id),
  unitId: String(r.unit_id),
  kind: r.kind,
  kindLabel: REQUEST_KIND_LABELS[r.kind],
  title: r.title,
  number: r.number,
  issuedOn: r.issued_on,
  period: r.period_from && r.period_to ? { from: r.period_from, to: r.period_to } : null,
  dueOn: r.due_on,
});

async function loadRequest(ctx: Ctx, id: number) {
  if (!ctx.actor) throw unauthorized();
  const r = await store.findRequest(ctx.db, id);
  if (!r) throw notFound('Văn bản');
  return r;
}

export type StatusFilter = RecipientStatus;

/**
 * A request with the table of its addressed units. The committee (request.issue on the issuing unit) sees every
 * row; an addressed unit's officials see their own rows only (403 for anyone else). Tallies count the rows seen;
 * `status` filters the table, never the tallies.
 */
export async function getRequest(ctx: Ctx, id: number, filter?: { status?: StatusFilter }) {
  const r = await loadRequest(ctx, id);
  const committee = can(ctx.actor, 'request.issue', r.unit_path);
  const scopes = committee ? [] : scopesFor(ctx.actor, 'request.submit');
  const today = todayVn(ctx.now);
  const all = (await store.recipientRows(ctx.db, id)).filter((x) => committee || scopes.some((p) => x.unit_path.startsWith(p)));
  if (!committee && !all.length) throw forbidden();
  const rows = all.map((x) => {
    const status = recipientStatus({ expected: x.expected, state: x.state, onTime: x.on_time, dueOn: r.due_on }, today);
    return {
      unitId: String(x.unit_id),
      name: x.unit_name,
      kind: x.unit_kind,
      status,
      statusLabel: RECIPIENT_STATUS_LABELS[status],
      submittedOn: x.first_submitted_on,
      lastSubmittedOn: x.last_submitted_on,
      submissionId: x.last_submission_id === null ? null : String(x.last_submission_id),
      returnReason: x.state === 'returned' ? x.return_reason : null,
      reminders: x.reminders,
    };
  });
  const count = (...s: RecipientStatus[]) => rows.filter((x) => s.includes(x.status)).length;
  const firstOnTime = (v: boolean) => all.filter((x) => x.expected && x.on_time === v).length;
  return {
    ...requestOut(r),
    unitName: r.unit_name,
    recipients: rows.length,
    expected: rows.length - count('not_required'),
    submitted: count('on_time', 'late', 'returned'),
    // by the first submission: a returned report still counts as sent on time or late
    onTime: firstOnTime(true),
    late: firstOnTime(false),
    notYetDue: count('not_yet_due'),
    returned: count('returned'),
    missing: rows.filter((x) => x.status === 'missing').map((x) => ({ unitId: x.unitId, name: x.name })),
    rows: filter?.status ? rows.filter((x) => x.status === filter.status) : rows,
    can: { remind: committee, return: committee },
  };
}

/** Requests issued by the committee of a unit, newest first, with their tallies (request.issue on the unit). */
export async function listIssued(ctx: Ctx, unitId: number) {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, unitId);
  if (!can(ctx.actor, 'request.issue', unit.path)) throw forbidden();
  const rows = await store.listIssued(ctx.db, unit.id, todayVn(ctx.now));
  return {
    items: rows.map((r) => ({
      ...requestOut(r),
      recipients: r.recipients,
      expected: r.expected,
      submitted: r.submitted,
      onTime: r.on_time,
      late: r.late,
      missing: r.missing,
    })),
    can: { issue: true },
  };
}

/** What is asked of a unit: the requests addressed to it with its own status (request.submit or request.issue on it). */
export async function listAsked(ctx: Ctx, unitId: number) {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, unitId);
  const mayAnswer = can(ctx.actor, 'request.submit', unit.path);
  if (!mayAnswer && !can(ctx.actor, 'request.issue', unit.path)) throw forbidden();
  const today = todayVn(ctx.now);
  const rows = await store.listAsked(ctx.db, unit.id);
  return {
    unitId: String(unit.id),
    unitName: unit.name,
    items: rows.map((r) => {
      const status = recipientStatus({ expected: r.expected, state: r.state, onTime: r.on_time, dueOn: r.due_on }, today);
      return {
        ...requestOut(r),
        issuerName: r.unit_name,
        status,
        statusLabel: RECIPIENT_STATUS_LABELS[status],
        submittedOn: r.first_submitted_on,
        lastSubmittedOn: r.last_submitted_on,
        submissionId: r.last_submission_id === null ? null : String(r.last_submission_id),
        returnReason: r.state === 'returned' ? r.return_reason : null,
        can: { submit: mayAnswer && r.expected && r.state !== 'submitted' },
      };
    }),
  };
}

/** A submission in full: the committee and the unit that sent it. */
export async function getSubmission(ctx: Ctx, requestId: number, id: number) {
  const r = await loadRequest(ctx, requestId);
  const s = await store.findSubmission(ctx.db, requestId, id);
  if (!s) throw notFound('Báo cáo');
  const committee = can(ctx.actor, 'request.issue', r.unit_path);
  if (!committee && !can(ctx.actor, 'request.submit', s.unit_path)) throw forbidden();
  return {
    id: String(s.id),
    requestId: String(requestId),
    unitId: String(s.unit_id),
    unitName: s.unit_name,
    narrative: s.narrative,
    attachments: s.attachment_ids.map(String),
    indicators: s.indicators,
    submittedOn: s.submitted_on,
    returnedOn: s.returned_on,
    returnReason: s.return_reason,
    can: { return: committee && s.returned_on === null },
  };
}

/** The indicators that a submission of `unitId` would carry today (shown on the submit form before sending). */
export async function previewIndicators(ctx: Ctx, requestId: number, unitId: number) {
  const r = await loadRequest(ctx, requestId);
  const unit = await getUnit(ctx.db, unitId);
  if (!can(ctx.actor, 'request.submit', unit.path)) throw forbidden();
  const period = r.period_from && r.period_to ? { from: r.period_from, to: r.period_to } : null;
  return { period, snapshot: period ? await indicatorsSnapshot(ctx, unit.id, period) : null };
}

/** The report's paragraphs of part 'leadership' for the committee of the scope's unit (requests issued in the period). */
export async function reportNotes(ctx: Ctx, scope: { unit: { id: number; path: string }; from: string; to: string }) {
  if (!can(ctx.actor, 'request.issue', scope.unit.path) && !can(ctx.actor, 'report.read', scope.unit.path)) return [];
  const rows = await store.listIssued(ctx.db, scope.unit.id, todayVn(ctx.now), { from: scope.from, to: scope.to }, 100);
  const paragraphs = leadershipParagraphs(
    rows.map((r) => ({ title: r.title, number: r.number, issuedOn: r.issued_on, dueOn: r.due_on, expected: r.expected, submitted: r.submitted, onTime: r.on_time, late: r.late })),
    todayVn(ctx.now),
  );
  return paragraphs.length ? [{ part: 'leadership' as const, paragraphs }] : [];
}
