// The clocks of cases, as dated rule versions (a case keeps the version in force on its receipt date), the due dates
// of a case in its current state, and the deadline warning. Pure: the calendar and the dates come in as parameters.
//
// Counting: the day of receipt is not counted; working days skip weekends, holidays and the days off of the year's
// official schedule; a deadline in calendar days that lands on a day off moves to the next working day — all done
// by core/calendar `dueDate`.
import {
  compareDates,
  dueDate,
  workingDaysBetween,
  type DeadlineUnit,
  type LegalDate,
  type WorkingDayCalendar,
} from '../../../core/calendar/index.ts';
import { isOpen, type CaseState, type Complexity } from './types.ts';

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
 * Acceptance of a complaint: "Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được khiếu nại…" — Circular
 * 07/2013/TT-TTCP Art. 5 cl. 1 (and Decree 124/2020/NĐ-CP Art. 16 cl. 1 before its 2026 amendment), detailing
 * Law on Complaints 2011 Art. 27 (which says "10 ngày"): the implementing texts count working days.
 */
const COMPLAINT_ACCEPT_WORKING_DAYS_2012 = 10;
/**
 * Acceptance of a complaint from 01/07/2026: "Trong thời hạn 07 ngày làm việc, kể từ ngày nhận được khiếu nại…" —
 * Decree 155/2026/NĐ-CP Art. 10 (amending Decree 124/2020/NĐ-CP Art. 16 cl. 1), in force 01/07/2026 (Art. 21),
 * issued under Law 136/2025/QH15. Supersedes the 10 working days for cases received from that date.
 */
const COMPLAINT_ACCEPT_WORKING_DAYS_2026 = 7;
/** Law on Complaints 2011 Art. 28: first instance ≤ 30 days from acceptance; complex ≤ 45. */
const COMPLAINT_FIRST_DAYS = 30;
const COMPLAINT_FIRST_COMPLEX_DAYS = 45;
/** Law on Complaints 2011 Art. 28 (second paragraph): "vùng sâu, vùng xa đi lại khó khăn" ≤ 45 days; complex ≤ 60. */
const COMPLAINT_FIRST_REMOTE_DAYS = 45;
const COMPLAINT_FIRST_REMOTE_COMPLEX_DAYS = 60;
/** Law on Complaints 2011 Art. 37: second instance ≤ 45 days; complex ≤ 60; remote 60 / 70. */
const COMPLAINT_SECOND_DAYS = 45;
const COMPLAINT_SECOND_COMPLEX_DAYS = 60;
const COMPLAINT_SECOND_REMOTE_DAYS = 60;
const COMPLAINT_SECOND_REMOTE_COMPLEX_DAYS = 70;

// --- Law on Denunciations 25/2018/QH14 (in force 01/01/2019) -------------------------------------------------
/** Law on Denunciations 2018 Art. 24 cl. 1: initial processing within 07 working days of receipt… */
const DENUNCIATION_PROCESS_WORKING_DAYS = 7;
/** …extendable to at most 10 working days when verification at several places is needed (same clause). */
const DENUNCIATION_PROCESS_EXTENDED_WORKING_DAYS = 10;
/** Law on Denunciations 2018 Art. 24 cl. 2: not competent → pass it on within 05 working days of receipt. */
const DENUNCIATION_TRANSFER_WORKING_DAYS = 5;
/** Law on Denunciations 2018 Art. 30 cl. 1: resolve within 30 days of acceptance. */
const DENUNCIATION_RESOLVE_DAYS = 30;
/** Law on Denunciations 2018 Art. 30 cl. 2–3: extension of at most 30 days, once (complex) or twice (especially complex). */
const DENUNCIATION_EXTENSION_DAYS = 30;
export const DENUNCIATION_MAX_EXTENSIONS: Record<Complexity, number> = { normal: 0, complex: 1, especially_complex: 2 };

// --- Feedback and petitions --------------------------------------------------------------------------------
/**
 * Answer within 10 working days of receipt: the project's default, configurable per unit (setting
 * `casesAnswerWorkingDays`). No single statute fixes it for all feedback: Decree 20/2008/NĐ-CP (feedback on
 * administrative regulations) Art. 9 gives 05 working days to pass a misdirected one on; ministries' rules give
 * 05–10 working days.
 */
const FEEDBACK_ANSWER_WORKING_DAYS = 10;

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
 * From 01/07/2026 (Law 136/2025/QH15 and Decrees 154, 155, 156/2026/NĐ-CP): complaint acceptance becomes 07 working
 * days (Decree 155/2026 Art. 10). The resolution clocks of the Law on Complaints Art. 28, 37 and the Law on
 * Denunciations Art. 24, 30 are not changed by those texts (Decree 156/2026 changes withdrawal and forms, not clocks).
 */
const V2026: RuleVersion = {
  ...V2012,
  id: '2026-07-01',
  effectiveFrom: '2026-07-01',
  source: 'Luật 136/2025/QH15; Nghị định 155/2026/NĐ-CP Điều 10; Luật Tố cáo 25/2018/QH14',
  complaint: { ...V2012.complaint, accept: { days: COMPLAINT_ACCEPT_WORKING_DAYS_2026, unit: 'working' } },
};

/** All versions, oldest first. */
const RULE_VERSIONS: readonly RuleVersion[] = [V2012, V2026];

/** The version in force on a receipt date (the oldest one for earlier dates). */
export function rulesFor(receivedOn: LegalDate): RuleVersion {
  let v = RULE_VERSIONS[0]!;
  for (const r of RULE_VERSIONS) if (compareDates(r.effectiveFrom, receivedOn) <= 0) v = r;
  return v;
}

function ruleVersion(id: string): RuleVersion {
  const v = RULE_VERSIONS.find((r) => r.id === id);
  if (!v) throw new RangeError(`Unknown rule version ${id}`);
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Due dates.

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
  if (!isOpen(s.status)) return {};
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
