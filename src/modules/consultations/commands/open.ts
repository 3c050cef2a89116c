// Opening a consultation on a draft (Law 10/2022 Art. 25, 28): for a commune, one or more of its villages, or a
// village; the minimum period of the unit (Art. 28 cl. 2; drafts of conventions: Decree 61/2023 Art. 9 cl. 1).
import { assertAttachable, publishAttachments } from '../../../core/attachments.ts';
import { audit } from '../../../core/audit.ts';
import { inTransaction, type Actor, type Ctx } from '../../../core/context.ts';
import { bumpCounter } from '../../../core/counters.ts';
import { todayVn } from '../../../core/dates.ts';
import { parseId } from '../../../core/http.ts';
import { requirePermission } from '../../../core/permissions.ts';
import { assertAllowed, notFound, unprocessable } from '../../../core/refusal.ts';
import { unitSettingsChain, unitsByIds, type UnitRow } from '../../units/index.ts';
import { MAX_DRAFT, MAX_TITLE, minDaysFor, periodRefusal, resolveSettings } from '../rules.ts';
import { consultationOut, type ConsultationOut } from '../shapes.ts';
import * as store from '../store.ts';
import type { ConsultationKind } from '../tables.ts';
import { COUNTER_OPENED, clean } from './common.ts';

export interface OpenInput {
  unitId: string | number;
  villageIds?: (string | number)[];
  kind: ConsultationKind;
  title: string;
  draft: string;
  attachmentIds?: string[];
  opensOn?: string;
  closesOn: string;
}

/** The unit consulted, and the villages chosen within a commune (checked). */
async function scopeOf(tx: Ctx, unitId: number, villageIds: number[]): Promise<{ unit: UnitRow; actor: Actor }> {
  const units = new Map((await unitsByIds(tx.db, [unitId, ...villageIds])).map((u) => [u.id, u]));
  const unit = units.get(unitId);
  if (!unit) throw notFound('Đơn vị');
  const actor = requirePermission(tx.actor, 'consultation.open', unit.path);
  if (unit.kind !== 'commune' && unit.kind !== 'village') {
    throw unprocessable('INVALID_UNIT', 'Chỉ lấy ý kiến Nhân dân ở xã, phường hoặc thôn, tổ dân phố.');
  }
  if (villageIds.length > 0) {
    if (unit.kind !== 'commune') throw unprocessable('INVALID_VILLAGES', 'Chỉ chọn thôn, tổ dân phố khi lấy ý kiến ở cấp xã.');
    for (const v of villageIds) {
      const u = units.get(v);
      if (!u || u.kind !== 'village' || !u.path.startsWith(unit.path)) {
        throw unprocessable('INVALID_VILLAGES', 'Thôn, tổ dân phố được chọn không thuộc xã, phường này.');
      }
    }
  }
  return { unit, actor };
}

export async function openConsultation(ctx: Ctx, input: OpenInput): Promise<ConsultationOut> {
  return inTransaction(ctx, async (tx) => {
    const unitId = parseId(input.unitId, 'unitId');
    const villageIds = [...new Set((input.villageIds ?? []).map((v) => parseId(v, 'villageIds')))];
    const { unit, actor } = await scopeOf(tx, unitId, villageIds);
    const title = clean(input.title, 'Tên nội dung lấy ý kiến', MAX_TITLE);
    const draft = clean(input.draft, 'Nội dung dự thảo', MAX_DRAFT);
    const today = todayVn(tx.now);
    const opensOn = input.opensOn ?? today;
    const minDays = minDaysFor(input.kind, resolveSettings(await unitSettingsChain(tx.db, unit.path)));
    assertAllowed(periodRefusal({ opensOn, closesOn: input.closesOn, today, minDays, kind: input.kind }));
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    // the draft is public from its opening: its attachments too
    await assertAttachable(tx, attachmentIds.map(Number), unit.path);
    await publishAttachments(tx, attachmentIds.map(Number));
    const c = await store.insertConsultation(tx.db, {
      unitId,
      unitPath: unit.path,
      villageIds,
      kind: input.kind,
      title,
      draft,
      attachmentIds,
      opensOn,
      closesOn: input.closesOn,
      minDays,
      createdBy: actor.userId,
    });
    await audit(tx, {
      action: 'consultation.open',
      targetType: 'consultation',
      targetId: c.id,
      unitId: c.unit_id,
      data: { kind: c.kind, title, opensOn, closesOn: c.closes_on, minDays, villageIds, attachmentIds },
    });
    await bumpCounter(tx, { unitId: c.unit_id, unitPath: c.unit_path, key: COUNTER_OPENED, day: opensOn });
    return consultationOut(c, unit.name, today);
  });
}
