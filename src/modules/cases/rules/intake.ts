// Receiving a case: which units receive cases, what a submission must contain, the dates users may give, and the
// state a case starts in (on receipt, or again at the unit it is transferred to).
import { compareDates, MAX_YEAR, MIN_YEAR, yearOf, type LegalDate } from '../../../core/calendar/index.ts';
import { refusal, type Refusal } from '../../../core/refusal.ts';
import { rulesFor } from './deadlines.ts';
import type { CaseState, CaseType } from './types.ts';

/**
 * Cases go to the People's Committee of a commune, ward or province, or to an agency or enterprise; a village or
 * residential group (thôn, tổ dân phố) has no competence to resolve one (competence: Law on Complaints 2011 Art. 17
 * and following; Law on Denunciations 2018 Art. 12).
 */
export function receivingUnitRefusal(unitKind: string): Refusal | null {
  if (unitKind !== 'country' && unitKind !== 'village') return null;
  return refusal(
    'UNIT_CANNOT_RECEIVE',
    'Đơn được gửi tới Ủy ban nhân dân xã, phường, tỉnh hoặc cơ quan, doanh nghiệp; thôn, tổ dân phố không giải quyết đơn.',
  );
}

/** Unit setting: the answer clock of feedback and petitions, in working days (the default is 10). */
const ANSWER_DAYS_SETTING = 'casesAnswerWorkingDays';
const MAX_ANSWER_DAYS = 60;

/** The unit's answer clock from its settings: a whole number of working days from 1 to 60, else none. */
export function answerDaysFrom(settings: Record<string, unknown>): number | null {
  const raw = settings[ANSWER_DAYS_SETTING];
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw <= MAX_ANSWER_DAYS ? raw : null;
}

/** A date given by a user for something done (receipt, an action): within the calendar's years and not in the future. */
export function legalDateRefusal(d: LegalDate, today: LegalDate, what: string): Refusal | null {
  const y = yearOf(d);
  if (y < MIN_YEAR || y > MAX_YEAR - 1) return refusal('DATE_OUT_OF_RANGE', `${what} phải trong khoảng năm ${MIN_YEAR}–${MAX_YEAR - 1}.`, { status: 400 });
  if (compareDates(d, today) > 0) return refusal('DATE_IN_FUTURE', `${what} không được sau ngày hôm nay.`);
  return null;
}

export interface Submission {
  type: CaseType;
  /** Already trimmed. */
  subject: string;
  content: string;
  senderName: string;
  instance?: 1 | 2;
}

/** What a case must say: a subject, a content, the sender's name; only complaints have a second instance. */
export function submissionRefusal(s: Submission): Refusal | null {
  const invalid = (message: string) => refusal('VALIDATION_ERROR', message, { status: 400 });
  if (!s.subject) return invalid('Trích yếu (tiêu đề) đơn không được để trống.');
  if (!s.content) return invalid('Nội dung đơn không được để trống.');
  if (!s.senderName) return invalid('Họ và tên người gửi không được để trống.');
  if (s.instance === 2 && s.type !== 'complaint') return invalid('Chỉ đơn khiếu nại mới có giải quyết lần hai.');
  return null;
}

/**
 * The state of a case received on `receivedOn` under the rules in force that day: a new case, or one transferred to
 * the competent unit, whose clocks start again from the day it is passed on (Law on Denunciations 2018 Art. 24
 * cl. 2; Law on Complaints 2011 Art. 27).
 */
export function receivedState(
  c: Pick<CaseState, 'type' | 'remoteArea' | 'instance'>,
  receivedOn: LegalDate,
  answerDays: number | null,
): CaseState {
  return {
    type: c.type,
    status: 'received',
    rulesId: rulesFor(receivedOn).id,
    receivedOn,
    acceptedOn: null,
    remoteArea: c.remoteArea,
    instance: c.instance,
    complexity: 'normal',
    extensions: 0,
    processExtended: false,
    answerDays: answerDays ?? undefined,
  };
}
