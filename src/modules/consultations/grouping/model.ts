// What a grouping produces — groups of opinions, one of them possibly the catch-all "Ý kiến khác" — and how the
// grouping and the corrections refuse: a `RefusalError` (404 an unknown group or opinion, 400 a malformed label,
// 422 what the groups do not allow).
import { RefusalError, type RefusalStatus } from '../../../core/refusal.ts';

type GroupKind = 'theme' | 'other';

export interface OpinionGroup {
  /** Stable within a result; derived from the top terms ("be-tong-giao-thong"), unique. */
  key: string;
  /** Vietnamese label shown to residents and officials, e.g. "Bê tông, giao thông, làm đường". */
  label: string;
  /** Opinion ids, in input order. */
  opinionIds: string[];
  /** Most characteristic terms, as written by residents (with diacritics). */
  topTerms: string[];
  /** `other` for the catch-all group "Ý kiến khác". */
  kind: GroupKind;
  /** `official` once an official has named the group: automatic relabelling leaves it alone. */
  labelSource: 'auto' | 'official';
}

export const OTHER_GROUP_KEY = 'y-kien-khac';
export const OTHER_GROUP_LABEL = 'Ý kiến khác';

const STATUS: Record<string, RefusalStatus> = { GROUP_NOT_FOUND: 404, OPINION_NOT_FOUND: 404, INVALID_LABEL: 400 };

/** The refusal of a grouping or a correction: `GROUP_NOT_FOUND`, `OPINION_NOT_FOUND`, `INVALID_LABEL`, `INVALID_MERGE`… */
export function groupingRefusal(code: string, message: string): RefusalError {
  return new RefusalError({ code, status: STATUS[code] ?? 422, message });
}
