// What a case (đơn thư) is: its four legal tracks, its statuses and actions, how it came in, and the state the rules
// compute on. Labels are what users read (Vietnamese first).
import type { LegalDate } from '../../../core/calendar/index.ts';

export const CASE_TYPES = ['feedback', 'petition', 'complaint', 'denunciation'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['received', 'accepted', 'refused', 'resolved', 'transferred', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'accepted'];

/** Whether a case in this status is still being handled (its clocks run). */
export const isOpen = (status: CaseStatus): boolean => OPEN_STATUSES.includes(status);

export const CASE_ACTIONS = ['accept', 'refuse', 'extend', 'resolve', 'transfer', 'assign', 'withdraw'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const COMPLEXITIES = ['normal', 'complex', 'especially_complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** How a case reached the unit: sent online, written down at a reception, by post, through the village head or a board. */
export const INTAKE_CHANNELS = ['online', 'reception', 'post', 'village_head', 'board'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

type Label = { vi: string; en: string };

export const TYPE_LABELS: Record<CaseType, Label> = {
  feedback: { vi: 'Phản ánh', en: 'Feedback' },
  petition: { vi: 'Kiến nghị', en: 'Petition' },
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
};

export const STATUS_LABELS: Record<CaseStatus, Label> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted' },
  refused: { vi: 'Không thụ lý', en: 'Refused' },
  resolved: { vi: 'Đã giải quyết, trả lời', en: 'Resolved' },
  transferred: { vi: 'Đã chuyển đơn', en: 'Transferred' },
  withdrawn: { vi: 'Đã rút đơn', en: 'Withdrawn' },
};

export const ACTION_LABELS: Record<CaseAction, Label> = {
  accept: { vi: 'Thụ lý', en: 'Accept' },
  refuse: { vi: 'Không thụ lý', en: 'Refuse' },
  extend: { vi: 'Gia hạn', en: 'Extend' },
  resolve: { vi: 'Giải quyết, trả lời', en: 'Resolve' },
  transfer: { vi: 'Chuyển đơn', en: 'Transfer' },
  assign: { vi: 'Giao người xử lý', en: 'Assign' },
  withdraw: { vi: 'Rút đơn', en: 'Withdraw' },
};

/** What the rules need to know of a case: its track, where it stands, and what its clocks depend on. */
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
