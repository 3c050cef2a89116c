// Use cases of conferences: record a staff / worker conference, a dialogue or a village meeting.
// Validity and resolutions follow conferences/rules.ts (Law 10/2022 Art. 51, 69); the indicator counters
// `conferences.<kind>`, `conferences.opinions_raised` and `conferences.opinions_resolved` are bumped in the same
// transaction (docs/conventions.md, "Indicator counter keys").
import { audit } from '../../core/audit.ts';
import { assertAttachable } from '../../core/attachments.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { assertAllowed, unwrap } from '../../core/refusal.ts';
import { requirePermission } from '../../core/permissions.ts';
import { getUnit } from '../units/index.ts';
import { checkHeldOn, checkKindAtUnit, tallyConference, type ConferenceFigures, type ConferenceNextStep } from './rules.ts';
import * as store from './store.ts';
import type { ConferenceKind } from './tables.ts';

/** Counter keys written by this module. */
export const conferenceCounterKey = (kind: ConferenceKind) => `conferences.${kind}`;
export const OPINIONS_RAISED_KEY = 'conferences.opinions_raised';
export const OPINIONS_RESOLVED_KEY = 'conferences.opinions_resolved';

export interface RecordConferenceInput extends ConferenceFigures {
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
}

export async function recordConference(ctx: Ctx, input: RecordConferenceInput): Promise<RecordedConference> {
  return inTransaction(ctx, async (tx) => {
    const unit = await getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'conference.record', unit.path);
    assertAllowed(checkKindAtUnit(input.kind, unit));
    assertAllowed(checkHeldOn(input.heldOn, todayVn(tx.now)));
    const { total, present, valid, nextStep, raised, resolved, resolutions } = unwrap(tallyConference(input.kind, input));
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
      createdBy: actor.userId,
    });
    await store.insertResolutions(tx.db, id, resolutions);
    // A conference without its quorum was not held: it is kept, but counts for nothing (Art. 50 cl. 2: convene again).
    const counted = valid !== false;
    if (counted) {
      const bump = { unitId: unit.id, unitPath: unit.path, day: input.heldOn };
      await bumpCounter(tx, { ...bump, key: conferenceCounterKey(input.kind) });
      if (raised) await bumpCounter(tx, { ...bump, key: OPINIONS_RAISED_KEY, delta: raised });
      if (resolved) await bumpCounter(tx, { ...bump, key: OPINIONS_RESOLVED_KEY, delta: resolved });
    }
    await audit(tx, {
      action: 'conference.record',
      targetType: 'conference',
      targetId: id,
      unitId: unit.id,
      data: { kind: input.kind, heldOn: input.heldOn, total, present, valid, raised, resolved, resolutions: resolutions.length },
    });
    return { id: String(id), valid, nextStep, counted, resolutions };
  });
}
