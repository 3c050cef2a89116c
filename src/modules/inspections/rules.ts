// Pure rules of a steering committee's inspections of the units below it. No statute sets how a Party/government
// steering committee for grassroots democracy inspects: these follow the committees' practice as the reports tell it
// ("tổ chức kiểm tra … tại n đơn vị"): a plan (date, team), the inspection held (findings, signs of violation,
// recommendations), a conclusion. Findings and recommendations are checked by the oversight module's shared rules.
// A recommendation without a due date is due 15 days after the inspection: the boards' rule (Law 10/2022 Art. 40
// cl. 1 c, Art. 45 cl. 2 c — the authority answers within 15 days), applied by analogy because the follow-up is one
// mechanism; no text sets a term for a steering committee's recommendations.
import { formatInt } from '../../core/format.ts';
import { refusal, type Refusal } from '../../core/refusal.ts';

export type InspectionStatus = 'planned' | 'held' | 'concluded';

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  planned: 'Đã lên kế hoạch',
  held: 'Đã kiểm tra',
  concluded: 'Đã kết luận',
};

/** The subject of an inspection when none is given. */
export const DEFAULT_SUBJECT = 'Kiểm tra việc thực hiện dân chủ ở cơ sở';

export function inspectionStatus(i: { held_on: string | null; conclusion: string | null }): InspectionStatus {
  if (i.conclusion !== null) return 'concluded';
  return i.held_on ? 'held' : 'planned';
}

/**
 * A committee acts on the units below its own (Law 10/2022 sets no steering committee; the committee of a unit
 * directs the units of its area): the target must be inside the committee unit's subtree and not the unit itself.
 * Paths look like '/1/5/23/'.
 */
export function checkBelow(committee: { path: string; name: string }, target: { path: string; name: string }, what: string): Refusal | null {
  if (target.path !== committee.path && target.path.startsWith(committee.path)) return null;
  return refusal('UNIT_NOT_BELOW', `${what} phải là đơn vị trực thuộc ${committee.name} (${target.name} không thuộc phạm vi của Ban Chỉ đạo).`);
}

/** The inspection team by name: trimmed, none empty (400), no more than the schema allows. */
export function checkMembers(members: readonly string[]): Refusal | null {
  if (members.some((m) => !m.trim())) return refusal('EMPTY_MEMBER', 'Tên thành viên đoàn kiểm tra không được để trống.', { status: 400 });
  return null;
}

/** An inspection is recorded once held, not in the future (422), and only once (409). */
export function checkHeld(i: { heldOn: string | null }, heldOn: string, today: string): Refusal | null {
  if (i.heldOn) return refusal('ALREADY_HELD', 'Kết quả cuộc kiểm tra này đã được ghi nhận.', { status: 409 });
  if (heldOn > today) return refusal('INSPECTION_IN_FUTURE', 'Ngày kiểm tra không được sau ngày hôm nay: chỉ ghi nhận cuộc kiểm tra đã diễn ra.');
  return null;
}

/** A conclusion after the inspection was held (409 before), once (409), dated between the inspection and today. */
export function checkConclusion(i: { heldOn: string | null; conclusion: string | null }, c: { text: string; on: string }, today: string): Refusal | null {
  if (!i.heldOn) return refusal('NOT_HELD', 'Chưa ghi nhận kết quả kiểm tra nên chưa thể kết luận.', { status: 409 });
  if (i.conclusion !== null) return refusal('ALREADY_CONCLUDED', 'Cuộc kiểm tra này đã có kết luận.', { status: 409 });
  if (!c.text.trim()) return refusal('EMPTY_CONCLUSION', 'Nội dung kết luận không được để trống.', { status: 400 });
  if (c.on < i.heldOn) return refusal('CONCLUSION_BEFORE_HELD', 'Ngày kết luận không được trước ngày kiểm tra.', { status: 400 });
  if (c.on > today) return refusal('CONCLUSION_IN_FUTURE', 'Ngày kết luận không được sau ngày hôm nay.');
  return null;
}

/** "Ban Chỉ đạo đã kiểm tra tại 2 đơn vị: Xã Tân Hưng, Phường Phố Hiến." — or nothing when there were none. */
export function inspectionsSentence(units: readonly string[]): string | null {
  const names = [...new Set(units)];
  if (!names.length) return null;
  return `Ban Chỉ đạo đã tổ chức kiểm tra tại ${formatInt(names.length)} đơn vị: ${names.join(', ')}.`;
}
