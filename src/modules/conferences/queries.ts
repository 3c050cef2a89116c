// Reads of conferences: those who record them and those who read reports see the conferences of their units and
// of the units below. Answers in the API's shape (ids as strings). Also the committee's meetings in words for the
// report (reportNotes) and the tasks its reviews set for the next period (listNextTasks).
import type { Ctx } from '../../core/context.ts';
import { decodeCursor, toPage, type Page } from '../../core/http.ts';
import { can } from '../../core/permissions.ts';
import { forbidden, notFound, unauthorized } from '../../core/refusal.ts';
import { getUnit } from '../units/index.ts';
import { REVIEW_KIND_LABELS } from './meetings.ts';
import { CONFERENCE_KIND_LABELS } from './rules.ts';
import * as store from './store.ts';
import type { ConferenceKind } from './tables.ts';

/** Who may read conference records of a unit: those who record them and those who read reports. */
export function canReadConferences(ctx: Ctx, unitPath: string): boolean {
  return (
    can(ctx.actor, 'conference.record', unitPath) ||
    can(ctx.actor, 'conference.record_steering', unitPath) ||
    can(ctx.actor, 'conference.record_training', unitPath) ||
    can(ctx.actor, 'report.read', unitPath)
  );
}

const conferenceOut = (c: store.ConferenceRow) => ({
  id: String(c.id),
  unitId: String(c.unit_id),
  unitName: c.unit_name,
  kind: c.kind,
  kindLabel: CONFERENCE_KIND_LABELS[c.kind].vi,
  title: c.title,
  heldOn: c.held_on,
  onRequest: c.on_request,
  participants: { total: c.participants_total, present: c.participants_present },
  valid: c.valid,
  opinionsRaised: c.opinions_raised,
  opinionsResolved: c.opinions_resolved,
  minutes: c.minutes,
  followUps: c.follow_ups,
  attachmentIds: c.attachment_ids,
  reviewKind: c.review_kind,
  reviewKindLabel: c.review_kind ? REVIEW_KIND_LABELS[c.review_kind].vi : null,
  quarter: c.quarter,
  audience: c.audience,
  participantNames: c.participant_names,
});

type ConferenceOut = ReturnType<typeof conferenceOut>;

export interface ConferenceFilter {
  unitId: number;
  kind?: ConferenceKind;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/** Conferences of a unit and the units below it, newest first. */
export async function listConferences(ctx: Ctx, f: ConferenceFilter): Promise<Page<ConferenceOut>> {
  if (!ctx.actor) throw unauthorized();
  const unit = await getUnit(ctx.db, f.unitId);
  if (!canReadConferences(ctx, unit.path)) throw forbidden();
  const rows = await store.listConferences(ctx.db, {
    unitPath: unit.path,
    kind: f.kind,
    from: f.from,
    to: f.to,
    afterId: decodeCursor(f.cursor),
    limit: f.limit,
  });
  return toPage(rows, f.limit, conferenceOut);
}

/** One conference with its resolutions. */
export async function getConference(ctx: Ctx, id: number) {
  if (!ctx.actor) throw unauthorized();
  const c = await store.findConference(ctx.db, id);
  if (!c) throw notFound('Hội nghị');
  if (!canReadConferences(ctx, c.unit_path)) throw forbidden();
  const nextTasks = c.nextTasks.map((t) => ({ id: String(t.id), seq: t.seq, title: t.title, dueOn: t.due_on, ownerName: t.owner_name }));
  return { ...conferenceOut(c), resolutions: c.resolutions, nextTasks };
}
