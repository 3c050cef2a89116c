// The counts the decision rules are given, named in refusals by their Vietnamese labels ("Tổng số hộ gia đình phải
// là số nguyên không âm…"); a count above the households of the village is COUNT_EXCEEDS_ELIGIBLE.
import { countChecks, type CountChecks } from '../../../core/counting.ts';
import { RefusalError, type Refusal } from '../../../core/refusal.ts';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  eligible: 'Tổng số hộ gia đình',
  represented: 'Số hộ gia đình có đại diện tham dự',
  householdsChoosingOnline: 'Số hộ gia đình chọn biểu quyết trực tuyến',
  present: 'Số đại diện hộ gia đình có mặt',
  agree: 'Số phiếu tán thành',
  ballots: 'Số phiếu biểu quyết',
};

/** `assertCount(field, value)`, `assertPart(field, value, totalField, total)`: throw a 400 refusal. */
export const householdCounts: CountChecks = countChecks(FIELD_LABELS, { eligible: 'COUNT_EXCEEDS_ELIGIBLE' });

/** The refusal a count check throws, as a value (null when the count is fine), for rules that answer `Ruled`. */
export function countRefusal(check: () => void): Refusal | null {
  try {
    check();
    return null;
  } catch (e) {
    if (e instanceof RefusalError) return e.refusal;
    throw e;
  }
}
