// Use cases of conferences: record a staff / worker conference, a dialogue or a village meeting.
// Validity and resolutions follow conferences/rules.ts (Law 10/2022 Art. 51, 69); the indicator counters
// `conferences.<kind>`, `conferences.opinions_raised` and `conferences.opinions_resolved` are bumped in the same
// transaction (docs/conventions.md, "Indicator counter keys").
import { audit } from '../../core/audit.ts';
import { assertAttachable } from '../../core/attachments.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { bumpCounter } from '../../core/counters.ts';
import { todayVn } from '../../core/dates.ts';
import { badRequest, unprocessable } from '../../core/refusal.ts';
import { can, requirePermission } from '../../core/permissions.ts';
import type { UnitKind } from '../../core/schema.ts';
import * as unitStore from '../units/store.ts';
import { conferenceNextStep, isConferenceValid, isResolutionPassed, resolutionThreshold, type ConferenceNextStep } from './rules.ts';
import * as store from './store.ts';
import type { ConferenceKind } from './tables.ts';

export const CONFERENCE_KINDS: readonly ConferenceKind[] = ['staff_conference', 'worker_conference', 'dialogue', 'village_meeting'];

export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, { vi: string; en: string }> = {
  staff_conference: { vi: 'Hội nghị cán bộ, công chức, viên chức', en: 'Staff conference' },
  worker_conference: { vi: 'Hội nghị người lao động', en: 'Worker conference' },
  dialogue: { vi: 'Đối thoại', en: 'Dialogue' },
  village_meeting: { vi: 'Hội nghị thôn, tổ dân phố', en: 'Village meeting' },
};

/**
 * Which units hold which kind: staff conferences in agencies (Law Art. 50–51); worker conferences in enterprises
 * (Art. 68–69, Labour Code); dialogues at the workplace (Art. 73) and between leaders and residents or staff
 * (spec §7); village meetings in villages / residential groups.
 */
export const KIND_UNITS: Record<ConferenceKind, readonly UnitKind[]> = {
  staff_conference: ['agency'],
  worker_conference: ['enterprise'],
  dialogue: ['enterprise', 'agency', 'commune'],
  village_meeting: ['village'],
};

/** Counter keys written by this module. */
export const conferenceCounterKey = (kind: ConferenceKind) => `conferences.${kind}`;
export const OPINIONS_RAISED_KEY = 'conferences.opinions_raised';
export const OPINIONS_RESOLVED_KEY = 'conferences.opinions_resolved';

export interface RecordConferenceInput {
  unitId: number;
  kind: ConferenceKind;
  heldOn: string;
  title?: string;
  onRequest?: boolean;
  /** Present count, or the total (all staff / workers, or delegates called) and those present. */
  participants?: number | { total?: number; present: number };
  opinionsRaised?: number;
  opinionsResolved?: number;
  minutes?: string;
  followUps?: string;
  attachmentIds?: string[];
  resolutions?: { text: string; agree: number }[];
}

export interface RecordedConference {
  id: number;
  valid: boolean | null;
  nextStep: ConferenceNextStep | null;
  counted: boolean;
  resolutions: { text: string; agree: number; passed: boolean; threshold: number }[];
}

const QUORUM_KINDS: readonly ConferenceKind[] = ['staff_conference', 'worker_conference'];

export async function recordConference(ctx: Ctx, input: RecordConferenceInput): Promise<RecordedConference> {
  return inTransaction(ctx, async (tx) => {
    const unit = await unitStore.getUnit(tx.db, input.unitId);
    const actor = requirePermission(tx.actor, 'conference.record', unit.path);
    if (!KIND_UNITS[input.kind].includes(unit.kind)) {
      throw unprocessable(
        'KIND_NOT_FOR_UNIT',
        `${CONFERENCE_KIND_LABELS[input.kind].vi} không tổ chức ở đơn vị loại này (${unit.name}).`,
      );
    }
    if (input.heldOn > todayVn(tx.now)) {
      throw unprocessable('CONFERENCE_IN_FUTURE', 'Ngày tổ chức không được sau ngày hôm nay: chỉ ghi nhận hội nghị đã diễn ra.');
    }
    const raised = input.opinionsRaised ?? 0;
    const resolved = input.opinionsResolved ?? 0;
    if (resolved > raised) {
      throw badRequest('OPINIONS_RESOLVED_EXCEED_RAISED', `Số ý kiến được giải quyết (${resolved}) không được lớn hơn số ý kiến nêu ra (${raised}).`);
    }
    const p = input.participants;
    const present = p === undefined ? null : typeof p === 'number' ? p : p.present;
    const total = p === undefined || typeof p === 'number' ? null : (p.total ?? null);
    let valid: boolean | null = null;
    let nextStep: ConferenceNextStep | null = null;
    if (total !== null && present !== null) {
      if (present > total) {
        throw badRequest('COUNT_EXCEEDS_TOTAL', `Số người dự hội nghị (${present}) không được lớn hơn tổng số người (${total}).`);
      }
      if (QUORUM_KINDS.includes(input.kind)) {
        valid = isConferenceValid(total, present);
        nextStep = conferenceNextStep(total, present, 1);
      }
    }
    const resolutions = (input.resolutions ?? []).map((r) => {
      if (present === null) {
        throw badRequest('PRESENT_REQUIRED', 'Cần nhập số người dự hội nghị để biểu quyết nghị quyết.');
      }
      return { text: r.text.trim(), agree: r.agree, passed: isResolutionPassed(present, r.agree), threshold: resolutionThreshold(present) };
    });
    if (valid === false && resolutions.length) {
      throw unprocessable('CONFERENCE_NOT_QUORATE', 'Hội nghị không đủ hai phần ba số người tham dự nên không thể thông qua nghị quyết.');
    }
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
    return { id, valid, nextStep, counted, resolutions };
  });
}

/** Who may read conference records of a unit: those who record them and those who read reports. */
export function canReadConferences(ctx: Ctx, unitPath: string): boolean {
  return can(ctx.actor, 'conference.record', unitPath) || can(ctx.actor, 'report.read', unitPath);
}
