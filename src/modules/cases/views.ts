// How a case is shown: the fields of a case in lists and answers (ids as strings, labels in Vietnamese, due dates
// and warnings as of today), the answer to a submission, and the labels of its history.
import { daysOverdue, type Calendar } from '../../core/calendar/index.ts';
import { ACTION_LABELS, STATUS_LABELS, TYPE_LABELS, isOpen, warningFor, type DueDates } from './rules/index.ts';
import type { CaseRow } from './store/cases.ts';

export function dueDatesOf(c: Pick<CaseRow, 'accept_due' | 'resolve_due'>): DueDates {
  const d: DueDates = {};
  if (c.accept_due) d.accept = c.accept_due;
  if (c.resolve_due) d.resolve = c.resolve_due;
  return d;
}

export function caseView(cal: Calendar, today: string, c: CaseRow) {
  const open = isOpen(c.status);
  const nd = open ? c.next_due : null;
  return {
    id: String(c.id),
    trackingCode: c.tracking_code,
    type: c.type,
    typeLabel: TYPE_LABELS[c.type].vi,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status].vi,
    unitId: String(c.unit_id),
    channel: c.channel,
    subject: c.subject,
    receivedOn: c.received_on,
    acceptedOn: c.accepted_on,
    closedOn: c.closed_on,
    remoteArea: c.remote_area,
    instance: c.instance,
    complexity: c.complexity,
    extensions: c.extensions,
    rulesVersion: c.rules_version,
    dueDates: dueDatesOf(c),
    nextDue: nd,
    warning: open ? warningFor(cal, nd, today) : null,
    daysOverdue: nd ? daysOverdue(cal, nd, today) : 0,
    publicAnswer: c.public_answer,
    transferredFrom: c.transferred_from === null ? null : String(c.transferred_from),
    senderProtected: c.type === 'denunciation',
  };
}

export type CaseView = ReturnType<typeof caseView>;

/** The answer to a submission: the codes the sender keeps (the secret is shown this once) and the first deadline. */
export function submittedView(cal: Calendar, today: string, row: CaseRow, trackingSecret: string) {
  return {
    id: String(row.id),
    trackingCode: row.tracking_code,
    trackingSecret,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status].vi,
    type: row.type,
    receivedOn: row.received_on,
    rulesVersion: row.rules_version,
    dueDates: dueDatesOf(row),
    warning: warningFor(cal, row.next_due, today),
  };
}

export type SubmittedView = ReturnType<typeof submittedView>;

/** The events a sender sees when tracking a case (others, such as assignments, stay internal). */
export const PUBLIC_EVENTS: Readonly<Record<string, string>> = {
  receive: 'Đã tiếp nhận đơn',
  accept: 'Đã thụ lý',
  refuse: 'Không thụ lý',
  extend: 'Gia hạn giải quyết',
  resolve: 'Đã giải quyết, trả lời',
  transfer: 'Đã chuyển đơn đến cơ quan có thẩm quyền',
  withdraw: 'Đã rút đơn',
};

/** The label of an event in a case's history for officials. */
export function eventLabel(action: string): string {
  return (ACTION_LABELS as Record<string, { vi: string }>)[action]?.vi ?? PUBLIC_EVENTS[action] ?? action;
}
