// How a case moves the indicator counters (docs/conventions.md, "Indicator counter keys"): cases received, resolved,
// due on a day, and closed by their due date.
import { compareDates, type LegalDate } from '../../../core/calendar/index.ts';
import type { CaseStatus, CaseType } from './types.ts';

/** Cases received by type (`cases.byType` of the indicator): `cases.received.feedback` … `cases.received.denunciation`. */
export const receivedByTypeKey = (type: CaseType) => `cases.received.${type}`;

/** Citizen reception: sessions logged and citizens received (`reception` indicator), on the session's day. */
export const RECEPTION_SESSIONS_KEY = 'reception.sessions';
export const RECEPTION_CITIZENS_KEY = 'reception.citizens';

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
