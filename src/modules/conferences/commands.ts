// Use cases of conferences: record a staff / worker conference, a dialogue or a village meeting, or the steering
// committee's review, quarterly briefing or training (meetings.ts). Validity and resolutions follow
// conferences/rules.ts (Law 10/2022 Art. 51, 69); the indicator counters `conferences.<kind>`,
// `conferences.opinions_raised` and `conferences.opinions_resolved` — for the committee's kinds `steering.reviews`,
// `steering.briefings`, `steering.trainings`, `steering.training_participants` — are bumped in the same transaction
// (docs/conventions.md, "Indicator counter keys").
import { audit } from '../../core/audit.ts';
import { assertAttachable } from '../../core/attachments.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { assertAllowed, unwrap } from '../../core/refusal.ts';
import { requirePermission, type Action } from '../../core/permissions.ts';
import { getUnit } from '../units/index.ts';
import { addProgrammeTasks } from '../steering/index.ts';
import { isSteeringKind, meetingValues, tasksByProgrammeYear, type MeetingFields, type SteeringKind } from './meetings.ts';
import { checkHeldOn, checkKindAtUnit, tallyConference, type ConferenceFigures, type ConferenceNextStep } from './rules.ts';
import * as store from './store.ts';
import type { ConferenceKind } from './tables.ts';

/** Counter keys written by this module. */
export const conferenceCounterKey = (kind: ConferenceKind) => `conferences.${kind}`;
export const OPINIONS_RAISED_KEY = 'conferences.opinions_raised';
export const OPINIONS_RESOLVED_KEY = 'conferences.opinions_resolved';
/** The steering committee's counters (read by the `steering` indicator of the steering module). */
export const STEERING_COUNTER_KEYS: Record<SteeringKind, string> = {
  steering_review: 'steering.reviews',
  steering_briefing: 'steering.briefings',
  training: 'steering.trainings',
};
export const TRAINING_PARTICIPANTS_KEY = 'steering.training_participants';

/** The permission that records a kind: the committee's meetings by the committee, training also by officials. */
export function recordActionFor(kind: ConferenceKind): Action {
  if (kind === 'steering_review' || kind === 'steering_briefing') return 'conference.record_steering';
  if (kind === 'training') return 'conference.record_training';
  return 'conference.record';
}

export interface RecordConferenceInput extends ConferenceFigures, MeetingFields {
  unitId: number;
  kind: ConferenceKind;
  heldOn: string;
  title?: string;
  onRequest?: boolean;
  minutes?: string;
  followUps?: string;
  attachmentIds?: string[];
}

/** The answer to a recorded conference (POST /conferences). */
interface RecordedConference {
  id: string;
  valid: boolean | null;
  nextStep: ConferenceNextStep | null;
  /** False for a conference without its quorum: kept, but not counted as held (Law 10/2022 Art. 50 cl. 2). */
  counted: boolean;
  resolutions: { text: string; agree: number; passed: boolean; threshold: number }[];
  /**
   * The tasks a review set for the next period, as stored. They are meant to become programme tasks of the
   * committee: the integrator passes them to the steering module's `addProgrammeTasks` (see `recordConference`).
   */
  nextTasks: { id: string; title: string; dueOn: string | null; ownerName: string | null }[];
}

type Bump = { unitId: number; unitPath: string; day: string };

/** Counters of a conference held: its kind's, and the opinions; for the committee's kinds, the steering counters. */
async function bumpConferenceCounters(tx: Ctx, bump: Bump, kind: ConferenceKind, t: { raised: number; resolved: number; present: number | null }) {
  if (isSteeringKind(kind)) {
    await bumpCounter(tx, { ...bump, key: STEERING_COUNTER_KEYS[kind] });
    if (kind === 'training' && t.present) await bumpCounter(tx, { ...bump, key: TRAINING_PARTICIPANTS_KEY, delta: t.present });
    return;
  }
  await bumpCounter(tx, { ...bump, key: conferenceCounterKey(kind) });
  if (t.raised) await bumpCounter(tx, { ...bump, key: OPINIONS_RAISED_KEY, delta: t.raised });
  if (t.resolved) await bumpCounter(tx, { ...bump, key: OPINIONS_RESOLVED_KEY, delta: t.resolved });
}

export async function recordConference(ctx: Ctx, input: RecordConferenceInput): Promise<RecordedConference> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, recordActionFor(input.kind), unit.path);
    assertAllowed(checkKindAtUnit(input.kind, unit));
    assertAllowed(checkHeldOn(input.heldOn, todayVn(tx.now)));
    const { total, present, valid, nextStep, raised, resolved, resolutions } = unwrap(tallyConference(input.kind, input));
    const meeting = unwrap(meetingValues(input.kind, input.heldOn, present, input));
    // Minutes and other files are uploaded to the attachments store first; the conference only references them.
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    if (attachmentIds.length) await assertAttachable(tx, attachmentIds.map(Number), unit.path);
    const id = await store.insertConference(tx.db, {
      unitId: unit.id,
      kind: input.kind,
      title: input.title?.trim() || null,
      heldOn: input.heldOn,
      onRequest: input.onRequest ?? false,
      participantsTotal: total,
      participantsPresent: present,
      valid,
      opinionsRaised: raised,
      opinionsResolved: resolved,
      minutes: input.minutes?.trim() || null,
      followUps: input.followUps?.trim() || null,
      attachmentIds,
      reviewKind: meeting.reviewKind,
      quarter: meeting.quarter,
      audience: meeting.audience,
      participantNames: meeting.participantNames,
      createdBy: actor.userId,
    });
    await store.insertResolutions(tx.db, id, resolutions);
    const taskIds = await store.insertNextTasks(tx.db, id, meeting.nextTasks);
    const nextTasks = meeting.nextTasks.map((t, i) => ({ id: String(taskIds[i]!.id), ...t }));
    // The tasks a review sets for the next period join the committee's programme of that year (created if missing).
    if (meeting.reviewKind) {
      for (const [year, tasks] of tasksByProgrammeYear(meeting.reviewKind, input.heldOn, nextTasks)) {
        const own = tasks.map((t) => ({ title: t.title, dueOn: t.dueOn, ...(t.ownerName ? { ownerName: t.ownerName } : {}) }));
        await addProgrammeTasks(tx, { unitId: unit.id, year, tasks: own, source: `conference:${id}` });
      }
    }
    // A conference without its quorum was not held: it is kept, but counts for nothing (Art. 50 cl. 2: convene again).
    const counted = valid !== false;
    if (counted) await bumpConferenceCounters(tx, { unitId: unit.id, unitPath: unit.path, day: input.heldOn }, input.kind, { raised, resolved, present });
    await audit(tx, {
      action: 'conference.record',
      targetType: 'conference',
      targetId: id,
      unitId: unit.id,
      data: {
        kind: input.kind,
        heldOn: input.heldOn,
        total,
        present,
        valid,
        raised,
        resolved,
        resolutions: resolutions.length,
        ...(meeting.reviewKind ? { reviewKind: meeting.reviewKind, nextTasks: nextTasks.length } : {}),
        ...(meeting.quarter ? { quarter: meeting.quarter } : {}),
      },
    });
    return { id: String(id), valid, nextStep, counted, resolutions, nextTasks };
  });
}
