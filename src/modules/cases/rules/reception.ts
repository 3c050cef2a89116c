// Citizen reception (tiếp công dân): how often the leader must receive citizens, and the weeks or months where the
// published schedule falls short of it.
import { addDays, compareDates, parseLegalDate, toVietnameseDate, weekday, type LegalDate } from '../../../core/calendar/index.ts';
import { formatInt } from '../../../core/format.ts';
import { allowed, refusal, refused, type Refusal, type Ruled } from '../../../core/refusal.ts';

/** Law on Citizen Reception 42/2013/QH13 Art. 15 cl. 2 d: chair of the commune People's Committee ≥ 01 day a week. */
const COMMUNE_CHAIR_RECEPTION_DAYS_PER_WEEK = 1;
/** Law on Citizen Reception 42/2013/QH13 Art. 12 cl. 5: chair of the provincial People's Committee ≥ 01 day a month. */
const PROVINCE_CHAIR_RECEPTION_DAYS_PER_MONTH = 1;
/** Decree 154/2026/NĐ-CP Art. 10 cl. 2: heads of agencies and public service units ≥ 01 day a month. */
const AGENCY_HEAD_RECEPTION_DAYS_PER_MONTH = 1;

/** Unit setting: the leader's reception days per period, when the unit requires more than the law. */
const CHAIR_DAYS_SETTING = 'receptionChairDays';

export interface ReceptionRequirement {
  period: 'week' | 'month';
  days: number;
}

export function receptionRequirement(unitKind: string, override?: Partial<ReceptionRequirement>): ReceptionRequirement | null {
  let base: ReceptionRequirement | null = null;
  if (unitKind === 'commune') base = { period: 'week', days: COMMUNE_CHAIR_RECEPTION_DAYS_PER_WEEK };
  else if (unitKind === 'province') base = { period: 'month', days: PROVINCE_CHAIR_RECEPTION_DAYS_PER_MONTH };
  else base = { period: 'month', days: AGENCY_HEAD_RECEPTION_DAYS_PER_MONTH };
  return { ...base, ...override };
}

/** The requirement of a unit of this kind with its settings (a number in `receptionChairDays` overrides the days). */
export function unitReceptionRequirement(unitKind: string, settings: Record<string, unknown>): ReceptionRequirement | null {
  const days = settings[CHAIR_DAYS_SETTING];
  return receptionRequirement(unitKind, typeof days === 'number' ? { days } : undefined);
}

/** The legal source of the requirement, as shown under the schedule. */
export function receptionLegalSource(unitKind: string): string {
  if (unitKind === 'commune') return 'Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d: Chủ tịch UBND cấp xã tiếp công dân ít nhất 01 ngày trong 01 tuần.';
  if (unitKind === 'province') return 'Luật Tiếp công dân 2013, Điều 12 khoản 5: Chủ tịch UBND cấp tỉnh tiếp công dân ít nhất 01 ngày trong 01 tháng.';
  return 'Nghị định 154/2026/NĐ-CP, Điều 10 khoản 2: người đứng đầu tiếp công dân ít nhất 01 ngày trong 01 tháng.';
}

/** Monday of the ISO week of a date. */
function weekStart(date: LegalDate): LegalDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export interface ReceptionShortfall {
  /** First day of the week or month that falls short. */
  period: LegalDate;
  scheduled: number;
  required: number;
}

/** The warning shown for a period that falls short. */
export function shortfallMessage(period: ReceptionRequirement['period'], s: ReceptionShortfall): string {
  const when = period === 'week' ? `Tuần từ ${toVietnameseDate(s.period)}` : `Tháng ${s.period.slice(5, 7)}/${s.period.slice(0, 4)}`;
  return `${when}: lãnh đạo mới có ${formatInt(s.scheduled)}/${formatInt(s.required)} ngày tiếp công dân theo lịch.`;
}

function weeklyShortfalls(req: ReceptionRequirement, days: ReadonlySet<LegalDate>, from: LegalDate, to: LegalDate): ReceptionShortfall[] {
  const out: ReceptionShortfall[] = [];
  let start = weekStart(from);
  if (start !== from) start = addDays(start, 7);
  for (; compareDates(addDays(start, 6), to) <= 0; start = addDays(start, 7)) {
    let n = 0;
    for (let i = 0; i < 7; i++) if (days.has(addDays(start, i))) n++;
    if (n < req.days) out.push({ period: start, scheduled: n, required: req.days });
  }
  return out;
}

function monthlyShortfalls(req: ReceptionRequirement, days: ReadonlySet<LegalDate>, from: LegalDate, to: LegalDate): ReceptionShortfall[] {
  const out: ReceptionShortfall[] = [];
  const f = parseLegalDate(from);
  let y = f.year;
  let m = f.day === 1 ? f.month : f.month + 1;
  if (m > 12) {
    m = 1;
    y++;
  }
  for (;;) {
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    const nm = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const last = addDays(nm, -1);
    if (compareDates(last, to) > 0) break;
    let n = 0;
    for (const d of days) if (compareDates(d, first) >= 0 && compareDates(d, last) <= 0) n++;
    if (n < req.days) out.push({ period: first, scheduled: n, required: req.days });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * Periods (weeks from Monday, or calendar months) within [from, to] whose scheduled leader reception days fall short
 * of the requirement. Only whole periods inside the range are checked.
 */
export function receptionShortfalls(
  req: ReceptionRequirement,
  chairDays: readonly LegalDate[],
  from: LegalDate,
  to: LegalDate,
): ReceptionShortfall[] {
  const days = new Set(chairDays);
  return req.period === 'week' ? weeklyShortfalls(req, days, from, to) : monthlyShortfalls(req, days, from, to);
}

// ---- the schedule and the session log ----------------------------------------------------------------------

const invalid = (message: string) => refusal('VALIDATION_ERROR', message, { status: 400 });

/** Default window of the published schedule: four weeks from its first day. */
const SCHEDULE_WINDOW_DAYS = 27;
/** Longest window of the published schedule one request may ask for. */
const MAX_SCHEDULE_WINDOW_DAYS = 400;

/** The days of the published schedule asked for (from today, four weeks, by default). */
export function scheduleWindow(today: LegalDate, from?: LegalDate, to?: LegalDate): Ruled<{ from: LegalDate; to: LegalDate }> {
  const f = from ?? today;
  const t = to ?? addDays(f, SCHEDULE_WINDOW_DAYS);
  if (compareDates(t, f) < 0) return refused(invalid('Ngày kết thúc phải sau ngày bắt đầu.'));
  if (compareDates(t, addDays(f, MAX_SCHEDULE_WINDOW_DAYS)) > 0) return refused(invalid(`Khoảng thời gian tối đa là ${formatInt(MAX_SCHEDULE_WINDOW_DAYS)} ngày.`));
  return allowed({ from: f, to: t });
}

/** A reception session of the schedule ends after it starts and names its leader and place (already trimmed). */
export function scheduleEntryRefusal(e: { startsAt: string; endsAt: string; leaderName: string; leaderTitle: string; place: string }): Refusal | null {
  if (e.endsAt <= e.startsAt) return invalid('Giờ kết thúc phải sau giờ bắt đầu.');
  if (!e.leaderName || !e.leaderTitle || !e.place) return invalid('Cần nhập họ tên, chức vụ người tiếp và địa điểm tiếp công dân.');
  return null;
}

/** A reception is logged once held: never on a day after today. */
export function sessionDateRefusal(heldOn: LegalDate, today: LegalDate): Refusal | null {
  return compareDates(heldOn, today) > 0 ? refusal('DATE_IN_FUTURE', 'Ngày tiếp công dân không được sau ngày hôm nay.') : null;
}

/**
 * Who came, as the session log records it. A denouncer's identity is kept secret (Law on Denunciations 2018 Art. 47
 * cl. 2): for a denunciation the log records nobody, the identity stays with the case only.
 */
export function loggedVisitorName(caseType: string | null, visitorName?: string, senderName?: string): string | null {
  if (caseType === 'denunciation') return null;
  return visitorName?.trim() || senderName?.trim() || null;
}
