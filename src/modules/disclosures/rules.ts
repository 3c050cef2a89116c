// Pure rules of disclosures: categories and media allowed per kind of unit, posting periods, the deadline to
// disclose, who may read and ask, compliance per unit and period. No I/O, no clock: dates come in as 'YYYY-MM-DD'
// legal dates. A rule that says no returns a `Refusal` (or a refused `Ruled`); text it cannot use throws one.
import { addDays, compareDates, dueDate, type WorkingDayCalendar } from '../../core/calendar/index.ts';
import { formatInt, formatPercent, percent } from '../../core/format.ts';
import { RefusalError, allowed, refusal, refused, type Refusal, type Ruled } from '../../core/refusal.ts';
import { categoriesFor, categoryByCode, mediumByCode, type DisclosureCategory, type DisclosureUnitKind } from './categories.ts';

/** Commune notice-board posting lasts at least 30 consecutive days (Law 10/2022/QH15, Art. 13 cl. 2). */
export const COMMUNE_MIN_POSTING_DAYS = 30;
/** Agencies: posted / published internally at least 20 consecutive days (Law 10/2022/QH15, Art. 48 cl. 1–2). */
export const AGENCY_MIN_POSTING_DAYS = 20;
/** State-owned enterprises: at least 20 consecutive days (Law 10/2022/QH15, Art. 66 cl. 1–2). */
export const ENTERPRISE_MIN_POSTING_DAYS = 20;
/** Loudspeaker broadcasts of Art. 11 cl. 7–12 run at least 3 consecutive days (Law 10/2022/QH15, Art. 13 cl. 3). */
const LOUDSPEAKER_MIN_DAYS = 3;
/** Communes disclose within 5 working days of the decision (Law 10/2022/QH15, Art. 12 cl. 3). */
const COMMUNE_DUE_WORKING_DAYS = 5;
/** Agencies: within 5 working days (Law 10/2022/QH15, Art. 47 cl. 2). */
const AGENCY_DUE_WORKING_DAYS = 5;
/** State-owned enterprises: within 15 days (Law 10/2022/QH15, Art. 65 cl. 2) — calendar days. */
const ENTERPRISE_DUE_DAYS = 15;
/** Longest posting period a unit may configure (sanity bound, not a legal figure). */
export const MAX_POSTING_DAYS = 3650;
/** Longest content of a disclosure (characters). */
export const MAX_BODY_CHARS = 100_000;

/** The portal itself is a publication on the commune's website (Law 10/2022 Art. 12 cl. 1 b, Art. 13 cl. 1). */
export const PORTAL_MEDIUM = 'website';
export const PORTAL_PLACE = 'Cổng thông tin Cơ Sở (trang công khai)';
/** A subscription to every category of a unit. */
export const ALL_CATEGORIES_MARK = '*';

const invalid = (message: string) => new RefusalError(refusal('VALIDATION_ERROR', message, { status: 400 }));

/** A required text field, NFC and trimmed; 400 when empty or longer than `max` characters. */
export function cleanText(v: string, field: string, max: number): string {
  const s = v.normalize('NFC').trim();
  if (!s) throw invalid(`Trường "${field}" không được để trống.`);
  if (s.length > max) throw invalid(`Trường "${field}" dài quá ${formatInt(max)} ký tự.`);
  return s;
}

/** The content of a disclosure, NFC and trimmed (it may be empty: the attachments may carry it). */
export function cleanBody(v: string): string {
  const s = v.normalize('NFC').trim();
  if (s.length > MAX_BODY_CHARS) throw invalid(`Trường "body" dài quá ${formatInt(MAX_BODY_CHARS)} ký tự.`);
  return s;
}

// ---- categories and media ---------------------------------------------------------------------------------

/** The category of a disclosure, if it exists and applies to the kind of unit. */
export function categoryFor(kind: DisclosureUnitKind, code: string): Ruled<DisclosureCategory> {
  const cat = categoryByCode(code);
  if (!cat) return refused(refusal('INVALID_CATEGORY', `Danh mục công khai "${code}" không hợp lệ.`, { status: 400 }));
  if (cat.kind !== kind) return refused(refusal('CATEGORY_NOT_ALLOWED', `Danh mục "${cat.vi}" không áp dụng cho loại đơn vị này.`));
  return allowed(cat);
}

/** A medium (notice board, loudspeaker…) exists and applies to the kind of unit (Law 10/2022 Art. 12, 47, 65). */
export function mediumCheck(kind: DisclosureUnitKind, code: string): Refusal | null {
  const m = mediumByCode(code);
  if (!m) return refusal('INVALID_CHANNEL', `Hình thức công khai "${code}" không hợp lệ.`, { status: 400 });
  if (!m.kinds.includes(kind)) return refusal('CHANNEL_NOT_ALLOWED', `Hình thức "${m.vi}" không áp dụng cho loại đơn vị này.`);
  return null;
}

/** The media of a disclosure: those chosen (at least one) and the portal, which every disclosure is published on. */
export function disclosureMedia(kind: DisclosureUnitKind, chosen: readonly string[]): Ruled<string[]> {
  if (!chosen.length) return refused(refusal('VALIDATION_ERROR', 'Cần chọn ít nhất một hình thức công khai.', { status: 400 }));
  const media = [...new Set([PORTAL_MEDIUM, ...chosen])];
  for (const code of media) {
    const r = mediumCheck(kind, code);
    if (r) return refused(r);
  }
  return allowed(media);
}

/** Law 10/2022 Art. 13 cl. 2: a commune's mandatory information is posted at the commune office and in the villages. */
export function noticeBoardCheck(kind: DisclosureUnitKind, cat: DisclosureCategory | undefined, media: readonly string[]): Refusal | null {
  if (kind !== 'commune' || !cat?.mandatory || media.includes('notice_board')) return null;
  return refusal('NOTICE_BOARD_REQUIRED', 'Nội dung này phải được niêm yết tại trụ sở UBND xã và nhà văn hóa thôn (Luật 10/2022/QH15, Điều 13 khoản 2).');
}

/** Law 10/2022 Art. 13 cl. 3: what Art. 11 cl. 7–12 lists is also broadcast on the commune's loudspeakers (a reminder). */
export function loudspeakerWarnings(kind: DisclosureUnitKind, cat: DisclosureCategory, media: readonly string[]): string[] {
  if (kind !== 'commune' || !cat.loudspeaker || media.includes('loudspeaker')) return [];
  return [`Nội dung này cần được phát trên hệ thống truyền thanh của xã (nếu có) ít nhất ${LOUDSPEAKER_MIN_DAYS} ngày liên tục (Luật 10/2022/QH15, Điều 13 khoản 3).`];
}

// ---- dates and periods ------------------------------------------------------------------------------------

export function defaultPostingDays(kind: DisclosureUnitKind): number {
  return kind === 'commune' ? COMMUNE_MIN_POSTING_DAYS : kind === 'agency' ? AGENCY_MIN_POSTING_DAYS : ENTERPRISE_MIN_POSTING_DAYS;
}

/** The posting period a unit configured (its `disclosures.postingDays` setting), or null when none is valid. */
export function configuredPostingDays(setting: unknown): number | null {
  const v = (setting as { postingDays?: unknown } | undefined)?.postingDays;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_POSTING_DAYS ? v : null;
}

/** A unit's posting period may be set on a commune, an agency or an enterprise, from 1 to MAX_POSTING_DAYS days. */
export function postingDaysSettingCheck(unitKind: string, days: number | null): Refusal | null {
  if (unitKind === 'village') {
    return refusal('SET_ON_COMMUNE', 'Thời gian niêm yết được thiết lập cho cả xã, phường (thôn, tổ dân phố dùng thiết lập của xã).');
  }
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_POSTING_DAYS)) {
    return refusal('VALIDATION_ERROR', `Thời gian niêm yết phải từ 1 đến ${formatInt(MAX_POSTING_DAYS)} ngày.`, { status: 400 });
  }
  return null;
}

/**
 * The posting period of a disclosure: the one asked for, at least the unit's minimum; a 'permanent' category is
 * posted permanently (null; Law 10/2022 Art. 13 cl. 2, para. 2).
 */
export function disclosurePostingDays(requested: number | null, minimum: number, frequency: DisclosureCategory['frequency'] | undefined): Ruled<number | null> {
  if (requested !== null && requested < minimum) {
    return refused(refusal('POSTING_TOO_SHORT', `Thời gian niêm yết tối thiểu của đơn vị là ${formatInt(minimum)} ngày liên tục.`));
  }
  return allowed(frequency === 'permanent' ? null : requested);
}

/**
 * Days one posting stays up: as given, else 3 for a loudspeaker broadcast, else the disclosure's period. A broadcast
 * runs at least 3 consecutive days (Art. 13 cl. 3); a notice-board posting at least the disclosure's period, and a
 * permanent disclosure stays posted permanently (null).
 */
export function postingPeriodDays(medium: string, requested: number | null | undefined, disclosureDays: number | null): Ruled<number | null> {
  let days = requested ?? (medium === 'loudspeaker' ? LOUDSPEAKER_MIN_DAYS : disclosureDays);
  if (medium === 'loudspeaker' && days !== null && days < LOUDSPEAKER_MIN_DAYS) {
    return refused(refusal('BROADCAST_TOO_SHORT', `Phát trên hệ thống truyền thanh ít nhất ${LOUDSPEAKER_MIN_DAYS} ngày liên tục (Luật 10/2022/QH15, Điều 13 khoản 3).`));
  }
  if (medium === 'notice_board') {
    if (disclosureDays === null) days = null;
    else if (days !== null && days < disclosureDays) {
      return refused(refusal('POSTING_TOO_SHORT', `Thời gian niêm yết tối thiểu là ${formatInt(disclosureDays)} ngày liên tục.`));
    }
  }
  return allowed(days);
}

/** The decision disclosed cannot be dated after today. */
export function decidedOnCheck(decidedOn: string | null, today: string): Refusal | null {
  if (decidedOn === null || compareDates(decidedOn, today) <= 0) return null;
  return refusal('DECIDED_IN_FUTURE', 'Ngày ban hành quyết định, văn bản không được sau ngày hôm nay.');
}

/** A posting cannot be dated after today. */
export function postedOnCheck(postedOn: string, today: string): Refusal | null {
  return compareDates(postedOn, today) > 0 ? refusal('POSTED_IN_FUTURE', 'Ngày niêm yết không được sau ngày hôm nay.') : null;
}

/** A posting is made in the disclosing unit or below it, or (for a village's disclosure) in its commune. */
export function placeCheck(placePath: string, unitPath: string, communePath: string | null): Refusal | null {
  if (placePath.startsWith(unitPath) || (communePath !== null && placePath.startsWith(communePath))) return null;
  return refusal('PLACE_OUTSIDE_UNIT', 'Nơi niêm yết phải thuộc đơn vị công khai thông tin.');
}

/** The deadline rule of a kind of unit. */
function dueRule(kind: DisclosureUnitKind): { days: number; unit: 'working' | 'calendar' } {
  if (kind === 'enterprise') return { days: ENTERPRISE_DUE_DAYS, unit: 'calendar' };
  return { days: kind === 'agency' ? AGENCY_DUE_WORKING_DAYS : COMMUNE_DUE_WORKING_DAYS, unit: 'working' };
}

/** Last day to disclose a decision taken on `decidedOn` (the day of the decision itself is not counted). */
export function disclosureDueOn(cal: WorkingDayCalendar, kind: DisclosureUnitKind, decidedOn: string): string {
  const r = dueRule(kind);
  return dueDate(cal, decidedOn, r.days, r.unit);
}

/** Published by the deadline (no decision date: no deadline, on time). */
export function isOnTime(publishedOn: string, dueOn: string | null): boolean {
  return dueOn === null || compareDates(publishedOn, dueOn) <= 0;
}

/**
 * End of a posting period of `days` consecutive days starting on `postedOn`. "ít nhất là 30 ngày liên tục kể từ
 * ngày niêm yết": counted like the other legal terms (the starting day is not counted), so a notice posted on
 * 01/12 stays until 31/12 inclusive. `null` days = permanent posting → null.
 */
export function postingUntil(postedOn: string, days: number | null): string | null {
  return days === null ? null : addDays(postedOn, days);
}

/** Whether a disclosure is being posted on `today` (permanent postings always are). */
export function isPostedOn(d: { postedFrom: string; postedUntil: string | null }, today: string): boolean {
  return compareDates(d.postedFrom, today) <= 0 && (d.postedUntil === null || compareDates(today, d.postedUntil) <= 0);
}

// ---- who reads, asks, subscribes ---------------------------------------------------------------------------

interface Reader {
  grants: readonly { unitPath: string }[];
}

/**
 * Commune information is public; an agency's or an enterprise's is disclosed inside it only (Law 10/2022 Art. 46
 * and 64: "trong nội bộ"), to those holding a role there or above.
 */
export function readCheck(unit: { isPublic: boolean; path: string }, reader: Reader | null): Refusal | null {
  if (unit.isPublic || (reader && reader.grants.some((g) => unit.path.startsWith(g.unitPath)))) return null;
  const message = reader
    ? 'Thông tin này chỉ công khai trong nội bộ cơ quan, đơn vị, doanh nghiệp.'
    : 'Thông tin này chỉ công khai trong nội bộ cơ quan, đơn vị, doanh nghiệp; vui lòng đăng nhập.';
  return refusal('FORBIDDEN', message, { status: 403 });
}

/** Questions come from the people and officials of the place: a role in the commune (or unit), below or above it. */
export function askerCheck(asker: Reader, scopePath: string): Refusal | null {
  if (asker.grants.some((g) => g.unitPath.startsWith(scopePath) || scopePath.startsWith(g.unitPath))) return null;
  return refusal('FORBIDDEN', 'Chỉ người dân, cán bộ của địa phương, đơn vị này mới gửi được câu hỏi.', { status: 403 });
}

/** Categories followed in a unit: "all" (*) alone, or categories of the unit's list. */
export function subscriptionCheck(kind: DisclosureUnitKind, categories: readonly string[]): Refusal | null {
  if (categories.includes(ALL_CATEGORIES_MARK) && categories.length > 1) {
    return refusal('VALIDATION_ERROR', 'Chọn "tất cả" (*) hoặc từng danh mục, không chọn cả hai.', { status: 400 });
  }
  const codes = new Set(categoriesFor(kind).map((c) => c.code));
  const wrong = categories.find((c) => c !== ALL_CATEGORIES_MARK && !codes.has(c));
  return wrong === undefined ? null : refusal('CATEGORY_NOT_ALLOWED', `Danh mục "${wrong}" không áp dụng cho đơn vị này.`);
}

// ---- compliance -------------------------------------------------------------------------------------------

type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'not_due';

interface ComplianceDisclosure {
  category: string;
  publishedOn: string;
  decidedOn: string | null;
  /** Unit kind the rules come from (commune for villages). */
  kind: DisclosureUnitKind;
}

export interface Period {
  from: string;
  to: string;
}

interface ComplianceItem {
  category: string;
  vi: string;
  legalBasis: string;
  frequency: DisclosureCategory['frequency'];
  status: ComplianceStatus;
  disclosed: number;
  late: number;
}

export interface ComplianceResult {
  period: Period;
  items: ComplianceItem[];
  /** Mandatory categories that had to be disclosed in the period. */
  required: number;
  onTime: number;
  late: number;
  missing: number;
  /** on time + late: the numerator of `share`. */
  disclosed: number;
  /** disclosed / required in percent, one decimal (null when nothing was required). */
  share: number | null;
  /** on time / required in percent, one decimal. */
  onTimeShare: number | null;
}

/** A period runs forward. */
export function periodCheck(p: Period): Refusal | null {
  if (compareDates(p.from, p.to) <= 0) return null;
  return refusal('INVALID_PERIOD', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', { status: 400 });
}

const within = (d: string, p: Period) => compareDates(p.from, d) <= 0 && compareDates(d, p.to) <= 0;

function complianceItem(c: DisclosureCategory, disclosures: readonly ComplianceDisclosure[], period: Period, calendar: WorkingDayCalendar): ComplianceItem {
  const mine = disclosures.filter((d) => d.category === c.code);
  const counted =
    c.frequency === 'permanent'
      ? mine.filter((d) => compareDates(d.publishedOn, period.to) <= 0)
      : mine.filter((d) => within(d.publishedOn, period) || (d.decidedOn !== null && within(d.decidedOn, period)));
  const late = counted.filter((d) => d.decidedOn && !isOnTime(d.publishedOn, disclosureDueOn(calendar, d.kind, d.decidedOn))).length;
  let status: ComplianceStatus;
  if (counted.length === 0) status = c.frequency === 'on_decision' ? 'not_due' : 'missing';
  else status = late > 0 ? 'late' : 'on_time';
  return { category: c.code, vi: c.vi, legalBasis: c.legalBasis, frequency: c.frequency, status, disclosed: counted.length, late };
}

/**
 * Compliance of one unit in a period, for each mandatory category:
 *  - a disclosure counts for the period when it was published in it, or discloses a decision taken in it;
 *  - it is late when published after the legal deadline counted from its decision date (no decision date: on time);
 *  - 'permanent' categories are satisfied by any disclosure published up to the end of the period;
 *  - 'annual' and 'quarterly' categories are required once in the period; missing when nothing counts;
 *  - 'on_decision' categories are required only when a disclosure of them counts in the period ('not_due'
 *    otherwise: the platform does not know of decisions nobody recorded).
 * The status of a category is 'late' when any of its counted disclosures was late.
 */
export function complianceFor(
  categories: readonly DisclosureCategory[],
  disclosures: readonly ComplianceDisclosure[],
  period: Period,
  calendar: WorkingDayCalendar,
): ComplianceResult {
  const items = categories.filter((c) => c.mandatory).map((c) => complianceItem(c, disclosures, period, calendar));
  const count = (s: ComplianceStatus) => items.filter((i) => i.status === s).length;
  const onTime = count('on_time');
  const late = count('late');
  const missing = count('missing');
  const required = onTime + late + missing;
  return {
    period,
    items,
    required,
    onTime,
    late,
    missing,
    disclosed: onTime + late,
    share: percent(onTime + late, required),
    onTimeShare: percent(onTime, required),
  };
}

/** "12/14 nội dung, 85,7%". */
export function complianceLabel(r: Pick<ComplianceResult, 'disclosed' | 'required' | 'share'>): string {
  return `${formatInt(r.disclosed)}/${formatInt(r.required)} nội dung, ${formatPercent(r.share)}`;
}
