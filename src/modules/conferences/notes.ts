// The steering committee's meetings and training in words, for the six-month / annual report (core/module.ts
// `reportNotes`): part 'leadership' — the reviews, briefings and trainings the unit itself held in the period
// ("Tổ chức Hội nghị sơ kết 6 tháng đầu năm 2026 ngày 15/07/2026"; "tổ chức 2 lớp tập huấn với 350 lượt người tham
// gia"); part 'nextTasks' — the tasks set at its reviews. A sentence only where there is a record: nothing is
// written of a kind the unit did not hold (the committee is not required to hold each kind in every period).
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db.ts';
import { formatDate, formatInt } from '../../core/format.ts';
import type { ReportNote, ReportScope } from '../../core/module.ts';
import { meetingName, quarterLabel } from './meetings.ts';
import { canReadConferences } from './queries.ts';
import * as store from './store.ts';

type Meeting = Awaited<ReturnType<typeof store.unitMeetings>>[number];

/** "Hội nghị …" as the name of a meeting whose title may be "Sơ kết 05 năm …". */
function asMeeting(name: string): string {
  return /^hội nghị/i.test(name) ? name : `Hội nghị ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

const nameOf = (m: Meeting) =>
  meetingName({ kind: m.kind, reviewKind: m.review_kind, quarter: m.quarter, title: m.title, heldOn: m.held_on });

const joinVi = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);

/** The sentences of part 'leadership' from the unit's own meetings of the period (pure). */
export function meetingSentences(meetings: readonly Meeting[]): string[] {
  const out: string[] = [];
  const reviews = meetings.filter((m) => m.kind === 'steering_review');
  if (reviews.length) out.push(`Tổ chức ${reviews.map((m) => `${asMeeting(nameOf(m))} ngày ${formatDate(m.held_on)}`).join('; ')}.`);
  const briefings = meetings.filter((m) => m.kind === 'steering_briefing');
  if (briefings.length === 1) out.push(`Tổ chức hội nghị giao ban ${quarterLabel(briefings[0]!.quarter ?? 0)} ngày ${formatDate(briefings[0]!.held_on)}.`);
  else if (briefings.length > 1) {
    const quarters = [...new Set(briefings.map((m) => m.quarter ?? 0))].sort().map(quarterLabel);
    out.push(`Tổ chức ${formatInt(briefings.length)} hội nghị giao ban (${joinVi(quarters)}).`);
  }
  const trainings = meetings.filter((m) => m.kind === 'training');
  if (trainings.length) {
    const people = trainings.reduce((n, m) => n + (m.participants_present ?? 0), 0);
    const audiences = [...new Set(trainings.map((m) => m.audience).filter((a): a is string => !!a))];
    const forWhom = audiences.length ? ` cho ${joinVi(audiences)}` : '';
    out.push(`Tổ chức ${formatInt(trainings.length)} lớp tập huấn${forWhom} với ${formatInt(people)} lượt người tham gia.`);
  }
  return out;
}

/** A task set for the next period, as other modules (the steering programme) receive it. */
export interface ReviewTask {
  id: string;
  conferenceId: string;
  reviewHeldOn: string;
  title: string;
  dueOn: string | null;
  ownerName: string | null;
}

/**
 * The tasks set at the reviews a unit itself held in a period (from..to inclusive, legal dates), by review date and
 * order. A lookup for other modules (no permission check: the caller checks its own).
 */
export async function listNextTasks(db: Db, f: { unitId: number; from: string; to: string }): Promise<ReviewTask[]> {
  const rows = await store.unitNextTasks(db, f);
  return rows.map((t) => ({
    id: String(t.id),
    conferenceId: String(t.conference_id),
    reviewHeldOn: t.held_on,
    title: t.title,
    dueOn: t.due_on,
    ownerName: t.owner_name,
  }));
}

function taskSentence(t: ReviewTask): string {
  const extra = [t.dueOn ? `thời hạn: ${formatDate(t.dueOn)}` : '', t.ownerName ? `phụ trách: ${t.ownerName}` : ''].filter(Boolean);
  const title = t.title.replace(/[.;]\s*$/, '');
  return extra.length ? `${title} (${extra.join('; ')}).` : `${title}.`;
}

/** The module's report notes for a unit and period, read with the reader's rights. */
export async function conferenceReportNotes(ctx: Ctx, scope: ReportScope): Promise<ReportNote[]> {
  if (!ctx.actor || !canReadConferences(ctx, scope.unit.path)) return [];
  const f = { unitId: scope.unit.id, from: scope.from, to: scope.to };
  const notes: ReportNote[] = [];
  const leadership = meetingSentences(await store.unitMeetings(ctx.db, f));
  if (leadership.length) notes.push({ part: 'leadership', paragraphs: leadership });
  // Tasks for the next period: those set at the period's reviews that are not already due within it.
  const tasks = (await listNextTasks(ctx.db, f)).filter((t) => !t.dueOn || t.dueOn > f.to);
  if (tasks.length) notes.push({ part: 'nextTasks', paragraphs: tasks.map(taskSentence) });
  return notes;
}
