// Pure rules of cases (đơn thư): the four legal tracks, their state machines, their clocks as dated rule versions,
// deadline warnings, and the citizen-reception frequency rule. No I/O, no clock: dates come in as parameters.
//
// Counting (spec README §6, api.md "Calendar"): the day of receipt is not counted; working days skip weekends,
// holidays and the days off of the year's official schedule; a deadline in calendar days that lands on a day off
// moves to the next working day — all done by src/core/calendar `dueDate`.
import {
  addDays,
  compareDates,
  dueDate,
  parseLegalDate,
  weekday,
  workingDaysBetween,
  type DeadlineUnit,
  type LegalDate,
  type WorkingDayCalendar,
} from '../../core/calendar/index.ts';

export const CASE_TYPES = ['feedback', 'petition', 'complaint', 'denunciation'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['received', 'accepted', 'refused', 'resolved', 'transferred', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'accepted'];

export const CASE_ACTIONS = ['accept', 'refuse', 'extend', 'resolve', 'transfer', 'assign', 'withdraw'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const COMPLEXITIES = ['normal', 'complex', 'especially_complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

export const CHANNELS = ['online', 'reception', 'post', 'village_head', 'board'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TYPE_LABELS: Record<CaseType, { vi: string; en: string }> = {
  feedback: { vi: 'Phản ánh', en: 'Feedback' },
  petition: { vi: 'Kiến nghị', en: 'Petition' },
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
};

export const STATUS_LABELS: Record<CaseStatus, { vi: string; en: string }> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted' },
  refused: { vi: 'Không thụ lý', en: 'Refused' },
  resolved: { vi: 'Đã giải quyết, trả lời', en: 'Resolved' },
  transferred: { vi: 'Đã chuyển đơn', en: 'Transferred' },
  withdrawn: { vi: 'Đã rút đơn', en: 'Withdrawn' },
};

// ---------------------------------------------------------------------------------------------------------------
// Clocks: dated rule versions. A case keeps the version in force on its receipt date.

export interface Clock {
  days: number;
  unit: DeadlineUnit;
}

export interface ComplaintResolveClock {
  normal: number;
  complex: number;
  remote: number;
  remoteComplex: number;
}

export interface RuleVersion {
  id: string;
  /** First receipt date (inclusive) the version applies to. */
  effectiveFrom: LegalDate;
  source: string;
  complaint: {
    accept: Clock;
    /** Calendar days from acceptance, first instance. */
    firstInstance: ComplaintResolveClock;
    /** Calendar days from acceptance, second instance. */
    secondInstance: ComplaintResolveClock;
  };
  denunciation: {
    /** Initial processing (vào sổ, phân loại, kiểm tra điều kiện thụ lý) from receipt. */
    process: Clock;
    /** Processing when verification at several places is needed (extendable once). */
    processExtended: Clock;
    /** Passing on a denunciation the unit has no competence for. */
    transfer: Clock;
    resolve: Clock;
    extension: Clock;
    maxExtensions: Record<Complexity, number>;
  };
  /** Feedback and petitions: answer from receipt (configurable per unit). */
  answer: Clock;
}

// --- Law on Complaints 02/2011/QH13 (in force 01/07/2012) ----------------------------------------------------
/**
 * Acceptance of a complaint: "Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được khiếu nại…" — Thông tư
 * 07/2013/TT-TTCP Điều 5 khoản 1 (and Nghị định 124/2020/NĐ-CP Điều 16 khoản 1 before its 2026 amendment), detailing
 * Luật Khiếu nại 2011 Điều 27 (which says "10 ngày"). The spec says "10 days": the implementing text says working days.
 */
export const COMPLAINT_ACCEPT_WORKING_DAYS_2012 = 10;
/**
 * Acceptance of a complaint from 01/07/2026: "Trong thời hạn 07 ngày làm việc, kể từ ngày nhận được khiếu nại…" —
 * Nghị định 155/2026/NĐ-CP Điều 10 (sửa đổi khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP), in force 01/07/2026
 * (Điều 21), issued under Luật 136/2025/QH15. The spec's "10 days" is superseded for cases received from that date.
 */
export const COMPLAINT_ACCEPT_WORKING_DAYS_2026 = 7;
/** Luật Khiếu nại 2011 Điều 28: first instance ≤ 30 days from acceptance; complex ≤ 45. */
export const COMPLAINT_FIRST_DAYS = 30;
export const COMPLAINT_FIRST_COMPLEX_DAYS = 45;
/** Luật Khiếu nại 2011 Điều 28 đoạn 2: "vùng sâu, vùng xa đi lại khó khăn" ≤ 45 days; complex ≤ 60. */
export const COMPLAINT_FIRST_REMOTE_DAYS = 45;
export const COMPLAINT_FIRST_REMOTE_COMPLEX_DAYS = 60;
/** Luật Khiếu nại 2011 Điều 37: second instance ≤ 45 days; complex ≤ 60; remote 60 / 70. */
export const COMPLAINT_SECOND_DAYS = 45;
export const COMPLAINT_SECOND_COMPLEX_DAYS = 60;
export const COMPLAINT_SECOND_REMOTE_DAYS = 60;
export const COMPLAINT_SECOND_REMOTE_COMPLEX_DAYS = 70;

// --- Law on Denunciations 25/2018/QH14 (in force 01/01/2019) -------------------------------------------------
/** Luật Tố cáo 2018 Điều 24 khoản 1: initial processing within 07 working days of receipt… */
export const DENUNCIATION_PROCESS_WORKING_DAYS = 7;
/** …extendable to at most 10 working days when verification at several places is needed (same clause). */
export const DENUNCIATION_PROCESS_EXTENDED_WORKING_DAYS = 10;
/** Luật Tố cáo 2018 Điều 24 khoản 2: not competent → pass it on within 05 working days of receipt. */
export const DENUNCIATION_TRANSFER_WORKING_DAYS = 5;
/** Luật Tố cáo 2018 Điều 30 khoản 1: resolve within 30 days of acceptance. */
export const DENUNCIATION_RESOLVE_DAYS = 30;
/** Luật Tố cáo 2018 Điều 30 khoản 2–3: extension of at most 30 days, once (complex) or twice (especially complex). */
export const DENUNCIATION_EXTENSION_DAYS = 30;
export const DENUNCIATION_MAX_EXTENSIONS: Record<Complexity, number> = { normal: 0, complex: 1, especially_complex: 2 };

// --- Feedback and petitions --------------------------------------------------------------------------------
/**
 * Answer within 10 working days of receipt: the spec's default *(configurable per unit, setting
 * `casesAnswerWorkingDays`)*. No single statute fixes it for all feedback: Nghị định 20/2008/NĐ-CP (feedback on
 * administrative regulations) Điều 9 gives 05 working days to pass a misdirected one on; ministries' rules give
 * 05–10 working days.
 */
export const FEEDBACK_ANSWER_WORKING_DAYS = 10;

/** Deadline warning: an open case due within this many working days warns its handler (project default). */
export const WARNING_WORKING_DAYS = 3;

const V2012: RuleVersion = {
  id: '2012-07-01',
  effectiveFrom: '2012-07-01',
  source: 'Luật Khiếu nại 02/2011/QH13; Thông tư 07/2013/TT-TTCP; Luật Tố cáo 25/2018/QH14',
  complaint: {
    accept: { days: COMPLAINT_ACCEPT_WORKING_DAYS_2012, unit: 'working' },
    firstInstance: {
      normal: COMPLAINT_FIRST_DAYS,
      complex: COMPLAINT_FIRST_COMPLEX_DAYS,
      remote: COMPLAINT_FIRST_REMOTE_DAYS,
      remoteComplex: COMPLAINT_FIRST_REMOTE_COMPLEX_DAYS,
    },
    secondInstance: {
      normal: COMPLAINT_SECOND_DAYS,
      complex: COMPLAINT_SECOND_COMPLEX_DAYS,
      remote: COMPLAINT_SECOND_REMOTE_DAYS,
      remoteComplex: COMPLAINT_SECOND_REMOTE_COMPLEX_DAYS,
    },
  },
  denunciation: {
    process: { days: DENUNCIATION_PROCESS_WORKING_DAYS, unit: 'working' },
    processExtended: { days: DENUNCIATION_PROCESS_EXTENDED_WORKING_DAYS, unit: 'working' },
    transfer: { days: DENUNCIATION_TRANSFER_WORKING_DAYS, unit: 'working' },
    resolve: { days: DENUNCIATION_RESOLVE_DAYS, unit: 'calendar' },
    extension: { days: DENUNCIATION_EXTENSION_DAYS, unit: 'calendar' },
    maxExtensions: DENUNCIATION_MAX_EXTENSIONS,
  },
  answer: { days: FEEDBACK_ANSWER_WORKING_DAYS, unit: 'working' },
};

/**
 * From 01/07/2026 (Luật 136/2025/QH15 and Nghị định 154, 155, 156/2026/NĐ-CP): complaint acceptance becomes 07 working
 * days (NĐ 155/2026 Điều 10). The resolution clocks of Luật Khiếu nại Điều 28, 37 and Luật Tố cáo Điều 24, 30 are not
 * changed by the texts in ../legal (NĐ 156/2026 changes withdrawal and forms, not clocks).
 */
const V2026: RuleVersion = {
  ...V2012,
  id: '2026-07-01',
  effectiveFrom: '2026-07-01',
  source: 'Luật 136/2025/QH15; Nghị định 155/2026/NĐ-CP Điều 10; Luật Tố cáo 25/2018/QH14',
  complaint: { ...V2012.complaint, accept: { days: COMPLAINT_ACCEPT_WORKING_DAYS_2026, unit: 'working' } },
};

/** All versions, oldest first. */
export const RULE_VERSIONS: readonly RuleVersion[] = [V2012, V2026];

/** The version in force on a receipt date (the oldest one for earlier dates). */
export function rulesFor(receivedOn: LegalDate): RuleVersion {
  let v = RULE_VERSIONS[0]!;
  for (const r of RULE_VERSIONS) if (compareDates(r.effectiveFrom, receivedOn) <= 0) v = r;
  return v;
}

export function ruleVersion(id: string): RuleVersion {
  const v = RULE_VERSIONS.find((r) => r.id === id);
  if (!v) throw new RangeError(`Unknown rule version ${id}`);
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Case state and due dates.

export interface CaseState {
  type: CaseType;
  status: CaseStatus;
  rulesId: string;
  receivedOn: LegalDate;
  acceptedOn: LegalDate | null;
  remoteArea: boolean;
  /** 1 = first instance, 2 = second instance (complaints). */
  instance: 1 | 2;
  complexity: Complexity;
  /** Extensions granted after acceptance (complaints: 0–1; denunciations: 0–2). */
  extensions: number;
  /** Denunciation initial processing extended to 10 working days. */
  processExtended: boolean;
  /** Feedback / petition answer clock of the unit (working days), when configured. */
  answerDays?: number;
}

export interface DueDates {
  accept?: LegalDate;
  resolve?: LegalDate;
}

function complaintResolveDays(s: CaseState, v: RuleVersion): number {
  const c = s.instance === 2 ? v.complaint.secondInstance : v.complaint.firstInstance;
  const complex = s.extensions > 0;
  if (s.remoteArea) return complex ? c.remoteComplex : c.remote;
  return complex ? c.complex : c.normal;
}

/** The due dates of a case in its current state (none once it is closed). */
export function computeDueDates(cal: WorkingDayCalendar, s: CaseState): DueDates {
  const v = ruleVersion(s.rulesId);
  if (!OPEN_STATUSES.includes(s.status)) return {};
  switch (s.type) {
    case 'feedback':
    case 'petition': {
      const days = s.answerDays ?? v.answer.days;
      return { resolve: dueDate(cal, s.receivedOn, days, v.answer.unit) };
    }
    case 'complaint': {
      if (s.status === 'received') return { accept: dueDate(cal, s.receivedOn, v.complaint.accept.days, v.complaint.accept.unit) };
      return { resolve: dueDate(cal, s.acceptedOn!, complaintResolveDays(s, v), 'calendar') };
    }
    case 'denunciation': {
      const d = v.denunciation;
      if (s.status === 'received') {
        const p = s.processExtended ? d.processExtended : d.process;
        return { accept: dueDate(cal, s.receivedOn, p.days, p.unit) };
      }
      return { resolve: dueDate(cal, s.acceptedOn!, d.resolve.days + s.extensions * d.extension.days, 'calendar') };
    }
  }
}

/** The next due date of an open case: acceptance while received (if it has one), else resolution. */
export function nextDue(d: DueDates): LegalDate | null {
  return d.accept ?? d.resolve ?? null;
}

export type Warning = 'overdue' | 'due_soon' | null;

/** 'overdue' after the due date; 'due_soon' when at most WARNING_WORKING_DAYS working days remain (today not counted). */
export function warningFor(cal: WorkingDayCalendar, due: LegalDate | null, today: LegalDate, within = WARNING_WORKING_DAYS): Warning {
  if (!due) return null;
  if (compareDates(today, due) > 0) return 'overdue';
  return workingDaysBetween(cal, today, due) <= within ? 'due_soon' : null;
}

// ---------------------------------------------------------------------------------------------------------------
// State machines.

export interface ActionInput {
  action: CaseAction;
  on: LegalDate;
  complexity?: Complexity;
  note?: string;
  publicAnswer?: string;
}

export type Transition =
  | { ok: true; state: CaseState; message?: string }
  | { ok: false; code: string; message: string };

const fail = (code: string, message: string): Transition => ({ ok: false, code, message });

/** Which actions a case of this type accepts in this status. */
export function allowedActions(type: CaseType, status: CaseStatus): CaseAction[] {
  if (!OPEN_STATUSES.includes(status)) return [];
  const base: CaseAction[] = ['assign', 'withdraw'];
  if (status === 'received') {
    const a: CaseAction[] = ['accept', 'refuse', 'transfer', ...base];
    if (type === 'feedback' || type === 'petition') a.push('resolve');
    if (type === 'denunciation') a.push('extend');
    return a;
  }
  // accepted
  const a: CaseAction[] = ['resolve', ...base];
  if (type === 'complaint' || type === 'denunciation') a.push('extend');
  if (type === 'feedback' || type === 'petition') a.push('transfer');
  return a;
}

/** Applies an action to a case (pure). Reasons are required where the law asks for them. */
export function applyAction(s: CaseState, input: ActionInput): Transition {
  const { action, on } = input;
  if (!allowedActions(s.type, s.status).includes(action)) {
    return fail(
      'ACTION_NOT_ALLOWED',
      `Không thể "${ACTION_LABELS[action].vi.toLowerCase()}" đơn ${TYPE_LABELS[s.type].vi.toLowerCase()} đang ở trạng thái "${STATUS_LABELS[s.status].vi}".`,
    );
  }
  if (compareDates(on, s.receivedOn) < 0) {
    return fail('DATE_BEFORE_RECEIPT', 'Ngày thực hiện không được trước ngày tiếp nhận đơn.');
  }
  const note = input.note?.trim() ?? '';
  switch (action) {
    case 'assign':
      return { ok: true, state: s };
    case 'accept':
      return { ok: true, state: { ...s, status: 'accepted', acceptedOn: on } };
    case 'refuse':
      if (!note) return fail('REASON_REQUIRED', 'Cần nêu rõ lý do không thụ lý (Luật Khiếu nại Điều 27; Luật Tố cáo Điều 24).');
      return { ok: true, state: { ...s, status: 'refused' } };
    case 'withdraw':
      return { ok: true, state: { ...s, status: 'withdrawn' } };
    case 'transfer':
      return { ok: true, state: { ...s, status: 'transferred' } };
    case 'resolve':
      if (!input.publicAnswer?.trim()) return fail('ANSWER_REQUIRED', 'Cần nhập nội dung trả lời, kết quả giải quyết để công khai cho người gửi.');
      return { ok: true, state: { ...s, status: 'resolved' } };
    case 'extend': {
      if (!note) return fail('REASON_REQUIRED', 'Cần nêu rõ lý do gia hạn.');
      if (s.type === 'denunciation' && s.status === 'received') {
        if (s.processExtended) return fail('EXTENSION_LIMIT', 'Thời hạn xử lý ban đầu đơn tố cáo chỉ được kéo dài một lần, tối đa 10 ngày làm việc (Luật Tố cáo Điều 24 khoản 1).');
        return { ok: true, state: { ...s, processExtended: true } };
      }
      const complexity = input.complexity ?? (s.complexity === 'normal' ? 'complex' : s.complexity);
      if (complexity === 'normal') return fail('NOT_COMPLEX', 'Chỉ gia hạn được với vụ việc phức tạp.');
      if (s.type === 'complaint') {
        if (s.extensions >= 1) return fail('EXTENSION_LIMIT', 'Thời hạn giải quyết khiếu nại phức tạp đã được kéo dài tối đa (Luật Khiếu nại Điều 28, 37).');
        return { ok: true, state: { ...s, complexity, extensions: 1 } };
      }
      const max = DENUNCIATION_MAX_EXTENSIONS[complexity];
      if (s.extensions >= max) {
        return fail(
          'EXTENSION_LIMIT',
          complexity === 'complex'
            ? 'Vụ việc phức tạp chỉ được gia hạn một lần (Luật Tố cáo Điều 30 khoản 2); vụ việc đặc biệt phức tạp được gia hạn hai lần.'
            : 'Vụ việc đặc biệt phức tạp chỉ được gia hạn hai lần, mỗi lần không quá 30 ngày (Luật Tố cáo Điều 30 khoản 3).',
        );
      }
      return { ok: true, state: { ...s, complexity, extensions: s.extensions + 1 } };
    }
  }
}

export const ACTION_LABELS: Record<CaseAction, { vi: string; en: string }> = {
  accept: { vi: 'Thụ lý', en: 'Accept' },
  refuse: { vi: 'Không thụ lý', en: 'Refuse' },
  extend: { vi: 'Gia hạn', en: 'Extend' },
  resolve: { vi: 'Giải quyết, trả lời', en: 'Resolve' },
  transfer: { vi: 'Chuyển đơn', en: 'Transfer' },
  assign: { vi: 'Giao người xử lý', en: 'Assign' },
  withdraw: { vi: 'Rút đơn', en: 'Withdraw' },
};

// ---------------------------------------------------------------------------------------------------------------
// Counter deltas (docs/conventions.md "Indicator counter keys").

export interface CounterDelta {
  key: 'cases.received' | 'cases.resolved' | 'cases.due' | 'cases.closed_by_due';
  day: LegalDate;
  delta: number;
}

/**
 * Counter changes of a transition from `before` to `after` (resolve-due dates before / after) on day `on`:
 * cases.due +1 on the resolve-due date when one is set, moved on extension, −1 when the case leaves without
 * resolution (refusal, withdrawal, transfer out); on resolution cases.resolved +1 on `on`, and cases.closed_by_due
 * +1 on the due date when resolved on or before it.
 */
export function counterDeltas(
  beforeDue: LegalDate | null,
  afterDue: LegalDate | null,
  after: CaseStatus,
  on: LegalDate,
): CounterDelta[] {
  const out: CounterDelta[] = [];
  if (after === 'resolved') {
    out.push({ key: 'cases.resolved', day: on, delta: 1 });
    if (beforeDue && compareDates(on, beforeDue) <= 0) out.push({ key: 'cases.closed_by_due', day: beforeDue, delta: 1 });
    return out;
  }
  if (after === 'refused' || after === 'withdrawn' || after === 'transferred') {
    if (beforeDue) out.push({ key: 'cases.due', day: beforeDue, delta: -1 });
    return out;
  }
  if (beforeDue !== afterDue) {
    if (beforeDue) out.push({ key: 'cases.due', day: beforeDue, delta: -1 });
    if (afterDue) out.push({ key: 'cases.due', day: afterDue, delta: 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Citizen reception frequency (spec §7).

/** Luật Tiếp công dân 42/2013/QH13 Điều 15 khoản 2 điểm d: chair of the commune People's Committee ≥ 01 day a week. */
export const COMMUNE_CHAIR_RECEPTION_DAYS_PER_WEEK = 1;
/** Luật Tiếp công dân 42/2013/QH13 Điều 12 khoản 5: chair of the provincial People's Committee ≥ 01 day a month. */
export const PROVINCE_CHAIR_RECEPTION_DAYS_PER_MONTH = 1;

export interface ReceptionRequirement {
  period: 'week' | 'month';
  days: number;
}

export function receptionRequirement(unitKind: string, override?: Partial<ReceptionRequirement>): ReceptionRequirement | null {
  let base: ReceptionRequirement | null = null;
  if (unitKind === 'commune') base = { period: 'week', days: COMMUNE_CHAIR_RECEPTION_DAYS_PER_WEEK };
  else if (unitKind === 'province') base = { period: 'month', days: PROVINCE_CHAIR_RECEPTION_DAYS_PER_MONTH };
  else base = { period: 'month', days: 1 }; // heads of agencies: NĐ 154/2026 Điều 10 khoản 2 (public service units)
  return { ...base, ...override };
}

/** Monday of the ISO week of a date. */
export function weekStart(date: LegalDate): LegalDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export interface ReceptionShortfall {
  /** First day of the week or month that falls short. */
  period: LegalDate;
  scheduled: number;
  required: number;
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
  const out: ReceptionShortfall[] = [];
  if (req.period === 'week') {
    let start = weekStart(from);
    if (start !== from) start = addDays(start, 7);
    for (; compareDates(addDays(start, 6), to) <= 0; start = addDays(start, 7)) {
      let n = 0;
      for (let i = 0; i < 7; i++) if (days.has(addDays(start, i))) n++;
      if (n < req.days) out.push({ period: start, scheduled: n, required: req.days });
    }
    return out;
  }
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
