// Exact integer arithmetic of the legal thresholds, shared by every module: "more than half" (trên 50%), "at
// least two thirds" (từ hai phần ba … trở lên), ceiling division, and the checks of counts given by users. No ratio
// is ever held in a floating-point number: thresholds are integers compared with integers.
import { formatInt } from './format.ts';
import { RefusalError } from './refusal.ts';

/** A fraction as two integers, e.g. two thirds = {numerator: 2, denominator: 3}. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Two thirds: Law 10/2022 Art. 21 cl. 1 ("từ hai phần ba tổng số … trở lên", household decisions on contributions),
 * Art. 51 cl. 2 c and Art. 69 cl. 2 c (quorum of staff and worker conferences).
 */
export const TWO_THIRDS: Fraction = { numerator: 2, denominator: 3 };

/**
 * Largest count accepted: 3 × MAX_COUNT is still a safe integer, so every product below stays exact
 * (≈ 3·10^15 — far above the ~28 million households of the whole country).
 */
export const MAX_COUNT = (Number.MAX_SAFE_INTEGER - (Number.MAX_SAFE_INTEGER % 3)) / 3;

/** ⌊a / b⌋ for non-negative safe integers a and positive b, without floating-point division. */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** ⌈a / b⌉ for non-negative safe integers a and positive b. */
export function ceilDiv(a: number, b: number): number {
  const r = a % b;
  return r === 0 ? a / b : (a - r) / b + 1;
}

/** `part` is strictly more than half of `total` (exactly half is not). */
export function moreThanHalf(part: number, total: number): boolean {
  return 2 * part > total;
}

/** Smallest count that is more than half of `total`: ⌊total/2⌋ + 1. */
export function moreThanHalfCount(total: number): number {
  return floorDiv(total, 2) + 1;
}

/** `part` is at least `f` of `total` (exactly the fraction passes). */
export function atLeastFraction(part: number, total: number, f: Fraction): boolean {
  return f.denominator * part >= f.numerator * total;
}

/** Smallest count that is at least `f` of `total`: ⌈numerator·total / denominator⌉. */
export function atLeastFractionCount(total: number, f: Fraction): number {
  return ceilDiv(f.numerator * total, f.denominator);
}

export function isValidCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** How a value that is not a count is shown back in a message: strings quoted and cut, others by type. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return typeof value;
}

export interface CountChecks {
  /** Refuses (400 INVALID_COUNT) anything but a non-negative safe integer. */
  assertCount(field: string, value: unknown): asserts value is number;
  /** A count that may not exceed `total` (400 COUNT_EXCEEDS_TOTAL, or the code given for that total's field). */
  assertPart(field: string, value: unknown, totalField: string, total: number): asserts value is number;
}

/**
 * The count checks of a module, speaking of its fields by their Vietnamese labels ("Tổng số hộ gia đình phải là số
 * nguyên không âm…"). `exceedsCodes` names a code per total field (e.g. eligible → COUNT_EXCEEDS_ELIGIBLE).
 */
export function countChecks(labels: Readonly<Record<string, string>>, exceedsCodes: Readonly<Record<string, string>> = {}): CountChecks {
  const label = (field: string) => labels[field] ?? `Trường "${field}"`;
  const assertCount: CountChecks['assertCount'] = (field: string, value: unknown): asserts value is number => {
    if (isValidCount(value)) return;
    throw new RefusalError({
      code: 'INVALID_COUNT',
      status: 400,
      field,
      message: `${label(field)} phải là số nguyên không âm (nhận được: ${describeValue(value)}).`,
    });
  };
  const assertPart: CountChecks['assertPart'] = (field: string, value: unknown, totalField: string, total: number): asserts value is number => {
    assertCount(field, value);
    if (value <= total) return;
    throw new RefusalError({
      code: exceedsCodes[totalField] ?? 'COUNT_EXCEEDS_TOTAL',
      status: 400,
      field,
      message: `${label(field)} (${formatInt(value)}) không được lớn hơn ${label(totalField).toLowerCase()} (${formatInt(total)}).`,
    });
  };
  return { assertCount, assertPart };
}
