// Pure rules of consultations (dân tham gia ý kiến): minimum periods, when opinions are accepted, the state
// machine, tallies by stance and source. No I/O; dates are 'YYYY-MM-DD' legal dates passed in. A check returns
// core's `Refusal` (422: a legal rule or the state of the consultation says no) or null.
import { addDays, diffDays } from '../../core/calendar/index.ts';
import { formatDate, formatInt, percent } from '../../core/format.ts';
import { refusal, type Refusal } from '../../core/refusal.ts';
import type { ConsultationKind, ConsultationStatus, OpinionSource, ResponseKind, Stance } from './tables.ts';

/**
 * Law 10/2022/QH15, Art. 28 cl. 2: "Thời gian lấy ý kiến Nhân dân ít nhất là 20 ngày kể từ ngày công khai nội
 * dung lấy ý kiến" (unless another law sets a specific period). Default of the unit setting
 * `consultations.minDays`.
 */
export const MIN_CONSULTATION_DAYS = 20;
/**
 * Decree 61/2023/NĐ-CP, Art. 9 cl. 1: a draft convention (hương ước, quy ước) is posted for comments "không ít
 * hơn 30 (ba mươi) ngày, kể từ ngày niêm yết". Default of the unit setting `consultations.conventionMinDays`.
 */
export const MIN_CONVENTION_DRAFT_DAYS = 30;
/** Longest consultation accepted (a sanity bound against typing errors, not a legal figure). */
const MAX_CONSULTATION_DAYS = 366;
/** How far back an official may date the publication of a draft already posted on paper (not a legal figure). */
const MAX_BACKDATE_DAYS = 90;
/** Length limits of texts (not legal figures). */
export const MAX_TITLE = 300;
export const MAX_DRAFT = 100_000;
export const MAX_OPINION = 5_000;
export const MAX_RESPONSE = 10_000;
/** Most opinions entered in one request (not a legal figure). */
export const MAX_ENTERED = 500;

export const CONSULTATION_KINDS: readonly ConsultationKind[] = [
  'socio_economic_plan',
  'land_use_plan',
  'investment_project',
  'administrative_boundary',
  'administrative_decision',
  'construction_plan',
  'democracy_regulation',
  'convention',
  'other',
];

/** What residents are consulted about: Law 10/2022 Art. 25 cl. 1–9; `convention`: Decree 61/2023 Art. 9. */
export const KIND_LABELS: Record<ConsultationKind, { vi: string; en: string }> = {
  socio_economic_plan: { vi: 'Kế hoạch phát triển kinh tế - xã hội', en: 'Socio-economic development plan' },
  land_use_plan: { vi: 'Quy hoạch, kế hoạch sử dụng đất', en: 'Land-use plan' },
  investment_project: { vi: 'Dự án đầu tư, đền bù, giải phóng mặt bằng, tái định cư', en: 'Investment project, compensation, resettlement' },
  administrative_boundary: { vi: 'Thành lập, nhập, chia, điều chỉnh địa giới, đặt tên đơn vị', en: 'Administrative boundaries and names' },
  administrative_decision: { vi: 'Dự thảo quyết định hành chính liên quan đến lợi ích cộng đồng', en: 'Draft administrative decision' },
  construction_plan: { vi: 'Quy hoạch xây dựng', en: 'Construction planning' },
  democracy_regulation: { vi: 'Quy chế thực hiện dân chủ ở cơ sở', en: 'Grassroots democracy regulation' },
  convention: { vi: 'Dự thảo hương ước, quy ước', en: 'Draft village convention' },
  other: { vi: 'Nội dung khác', en: 'Other matter' },
};

export const OPINION_SOURCES: readonly OpinionSource[] = ['online', 'meeting', 'paper_form', 'other'];
/** Channels of Law 10/2022 Art. 26 cl. 1 (meeting: points a–b; paper form: c; online: e–g; other: d, đ). */
export const SOURCE_LABELS: Record<OpinionSource, { vi: string; en: string }> = {
  online: { vi: 'Trực tuyến', en: 'Online' },
  meeting: { vi: 'Hội nghị, cuộc họp', en: 'Meeting' },
  paper_form: { vi: 'Phiếu lấy ý kiến', en: 'Paper form' },
  other: { vi: 'Hình thức khác (hòm thư, Mặt trận…)', en: 'Other channel' },
};
/** Sources an official may enter (online opinions come from residents themselves). */
export const ENTERED_SOURCES: readonly Exclude<OpinionSource, 'online'>[] = ['meeting', 'paper_form', 'other'];

export const STANCES: readonly Stance[] = ['agree', 'disagree', 'other'];
/** "đồng ý, không đồng ý và ý kiến khác" (Decree 59/2023 Art. 5 cl. 2 point d, the online vote; used here for opinions too). */
export const STANCE_LABELS: Record<Stance, { vi: string; en: string }> = {
  agree: { vi: 'Đồng ý', en: 'Agree' },
  disagree: { vi: 'Không đồng ý', en: 'Disagree' },
  other: { vi: 'Ý kiến khác', en: 'Other' },
};

export const RESPONSE_KINDS: readonly ResponseKind[] = ['accepted', 'explained'];
/** Law 10/2022 Art. 28 cl. 3–4: "tiếp thu, giải trình". */
export const RESPONSE_LABELS: Record<ResponseKind, { vi: string; en: string }> = {
  accepted: { vi: 'Tiếp thu', en: 'Accepted' },
  explained: { vi: 'Giải trình', en: 'Explained' },
};

export const STATUS_LABELS: Record<ConsultationStatus, { vi: string; en: string }> = {
  open: { vi: 'Đang lấy ý kiến', en: 'Open' },
  closed: { vi: 'Đã kết thúc lấy ý kiến, đang tổng hợp', en: 'Closed, being synthesised' },
  published: { vi: 'Đã công khai kết quả tổng hợp', en: 'Synthesis published' },
  finished: { vi: 'Hoàn thành', en: 'Finished' },
};

// ---- minimum period -------------------------------------------------------------------------------------

interface ConsultationSettings {
  minDays?: number;
  conventionMinDays?: number;
}

/** Reads `settings.consultations` of the unit and its ancestors (nearest first): the nearest value wins. */
export function resolveSettings(chain: readonly Record<string, unknown>[]): Required<ConsultationSettings> {
  const out: ConsultationSettings = {};
  for (const s of chain) {
    const c = (s?.consultations ?? null) as Record<string, unknown> | null;
    if (!c || typeof c !== 'object') continue;
    for (const k of ['minDays', 'conventionMinDays'] as const) {
      const v = c[k];
      if (out[k] === undefined && typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= MAX_CONSULTATION_DAYS) out[k] = v;
    }
  }
  return { minDays: out.minDays ?? MIN_CONSULTATION_DAYS, conventionMinDays: out.conventionMinDays ?? MIN_CONVENTION_DRAFT_DAYS };
}

/**
 * The minimum period for a kind: drafts of conventions follow Decree 61/2023 Art. 9 cl. 1 (30 days), and never
 * less than the general minimum of Law 10/2022 Art. 28 cl. 2.
 */
export function minDaysFor(kind: ConsultationKind, s: Required<ConsultationSettings>): number {
  return kind === 'convention' ? Math.max(s.conventionMinDays, s.minDays) : s.minDays;
}

/**
 * Checks the period. Counting "kể từ ngày công khai": the day of publication is not counted (Civil Code 2015
 * Art. 147, as for the other legal clocks of the platform), so the period lasts closesOn − opensOn days and the
 * residents can still give opinions on the closing day itself.
 */
export function periodRefusal(p: { opensOn: string; closesOn: string; today: string; minDays: number; kind: ConsultationKind }): Refusal | null {
  const days = diffDays(p.opensOn, p.closesOn);
  if (days <= 0) return refusal('INVALID_PERIOD', 'Ngày kết thúc lấy ý kiến phải sau ngày bắt đầu.');
  if (days < p.minDays) {
    const basis =
      p.kind === 'convention'
        ? 'dự thảo hương ước, quy ước phải niêm yết lấy ý kiến ít nhất'
        : 'thời gian lấy ý kiến Nhân dân ít nhất là';
    return refusal('PERIOD_TOO_SHORT', `Thời gian lấy ý kiến quá ngắn (${days} ngày): ${basis} ${p.minDays} ngày kể từ ngày công khai.`);
  }
  if (days > MAX_CONSULTATION_DAYS) return refusal('PERIOD_TOO_LONG', `Thời gian lấy ý kiến không được quá ${MAX_CONSULTATION_DAYS} ngày.`);
  if (diffDays(p.opensOn, p.today) > MAX_BACKDATE_DAYS) {
    return refusal('OPENS_TOO_EARLY', `Ngày công khai dự thảo không được sớm hơn ${MAX_BACKDATE_DAYS} ngày trước hôm nay.`);
  }
  if (diffDays(p.today, p.closesOn) < 0) return refusal('CLOSES_IN_PAST', 'Ngày kết thúc lấy ý kiến đã qua.');
  return null;
}

// ---- state ----------------------------------------------------------------------------------------------

interface ConsultationState {
  status: ConsultationStatus;
  opensOn: string;
  closesOn: string;
  minDays: number;
}

/** Opinions are accepted while the consultation is open, from its opening day to its closing day included. */
export function opinionRefusal(c: ConsultationState, today: string): Refusal | null {
  if (c.status !== 'open' || diffDays(c.closesOn, today) > 0) {
    return refusal('CONSULTATION_CLOSED', 'Đợt lấy ý kiến đã kết thúc, không nhận thêm ý kiến.');
  }
  if (diffDays(c.opensOn, today) < 0) return refusal('CONSULTATION_NOT_OPEN', 'Đợt lấy ý kiến chưa bắt đầu.');
  return null;
}

/** The status as residents see it: an open consultation past its closing date is closed. */
export function effectiveStatus(c: ConsultationState, today: string): ConsultationStatus {
  return c.status === 'open' && diffDays(c.closesOn, today) > 0 ? 'closed' : c.status;
}

/**
 * Closing by hand: allowed once the closing date has passed, or earlier when the minimum period (Law 10/2022
 * Art. 28 cl. 2 / Decree 61/2023 Art. 9 cl. 1, as applied at opening) has run.
 */
export function closeRefusal(c: ConsultationState, today: string): Refusal | null {
  if (c.status !== 'open') return refusal('ALREADY_CLOSED', 'Đợt lấy ý kiến đã kết thúc.');
  const ran = diffDays(c.opensOn, today);
  if (diffDays(c.closesOn, today) <= 0 && ran < c.minDays) {
    return refusal(
      'MIN_PERIOD_NOT_REACHED',
      `Chưa đủ thời gian lấy ý kiến tối thiểu ${c.minDays} ngày (mới ${Math.max(0, ran)} ngày); chỉ kết thúc sớm được từ ngày ${formatDate(addDays(c.opensOn, c.minDays))}.`,
    );
  }
  return null;
}

/** Grouping (synthesis) can run after closing, and again until the first response is written. */
export function synthesiseRefusal(status: ConsultationStatus, responses: number): Refusal | null {
  if (status === 'open') return refusal('CONSULTATION_OPEN', 'Chỉ tổng hợp ý kiến sau khi kết thúc lấy ý kiến.');
  if (status === 'finished') return refusal('CONSULTATION_FINISHED', 'Đợt lấy ý kiến đã hoàn thành.');
  if (responses > 0) {
    return refusal('RESPONSES_STARTED', 'Đã có nội dung tiếp thu, giải trình: không tổng hợp lại tự động được; hãy chỉnh sửa các nhóm.');
  }
  return null;
}

/** Groups can be corrected after synthesis and before the consultation is finished. */
export function correctionRefusal(status: ConsultationStatus, groups: number): Refusal | null {
  if (status === 'open') return refusal('CONSULTATION_OPEN', 'Chỉ chỉnh sửa nhóm ý kiến sau khi kết thúc lấy ý kiến.');
  if (status === 'finished') return refusal('CONSULTATION_FINISHED', 'Đợt lấy ý kiến đã hoàn thành, không chỉnh sửa được.');
  if (groups === 0) return refusal('NOT_SYNTHESISED', 'Chưa tổng hợp ý kiến: hãy chạy tổng hợp trước.');
  return null;
}

/** The synthesis is published once (Law 10/2022 Art. 28 cl. 3), after it was made and before the consultation is finished. */
export function publishRefusal(status: ConsultationStatus, groups: number): Refusal | null {
  if (status === 'published' || status === 'finished') return refusal('ALREADY_PUBLISHED', 'Kết quả tổng hợp đã được công khai.');
  return correctionRefusal(status, groups);
}

/** A consultation is finished only when every group has a response (Law 10/2022 Art. 28 cl. 3–4). */
export function finishRefusal(status: ConsultationStatus, groups: readonly { label: string; responded: boolean }[]): Refusal | null {
  const state = finishStateRefusal(status, groups.length);
  if (state) return state;
  const missing = groups.filter((g) => !g.responded).map((g) => g.label);
  if (missing.length > 0) {
    return refusal(
      'GROUPS_WITHOUT_RESPONSE',
      `Còn ${formatInt(missing.length)} nhóm ý kiến chưa có nội dung tiếp thu, giải trình: ${missing.slice(0, 5).join('; ')}${missing.length > 5 ? '…' : ''}.`,
      { details: { groups: missing } },
    );
  }
  return null;
}

/** Whether the state of the consultation allows finishing at all (the responses aside). */
export function finishStateRefusal(status: ConsultationStatus, groups: number): Refusal | null {
  if (status === 'open') return refusal('CONSULTATION_OPEN', 'Đợt lấy ý kiến chưa kết thúc.');
  if (status === 'finished') return refusal('CONSULTATION_FINISHED', 'Đợt lấy ý kiến đã hoàn thành.');
  if (groups === 0) return refusal('NOT_SYNTHESISED', 'Chưa tổng hợp ý kiến: chưa thể hoàn thành.');
  return null;
}

// ---- tallies --------------------------------------------------------------------------------------------

export interface Share {
  count: number;
  /** Percent of all opinions, one decimal (null when there are none). */
  percent: number | null;
}

export interface Tally {
  total: number;
  byStance: Record<Stance, Share>;
  bySource: Record<OpinionSource, Share>;
}

export function tally(counts: readonly { stance: Stance; source: OpinionSource; n: number }[]): Tally {
  const byStance = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  const bySource = Object.fromEntries(OPINION_SOURCES.map((s) => [s, 0])) as Record<OpinionSource, number>;
  let total = 0;
  for (const c of counts) {
    byStance[c.stance] += c.n;
    bySource[c.source] += c.n;
    total += c.n;
  }
  const share = (n: number): Share => ({ count: n, percent: percent(n, total) });
  return {
    total,
    byStance: Object.fromEntries(STANCES.map((s) => [s, share(byStance[s])])) as Record<Stance, Share>,
    bySource: Object.fromEntries(OPINION_SOURCES.map((s) => [s, share(bySource[s])])) as Record<OpinionSource, Share>,
  };
}
