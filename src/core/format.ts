/**
 * Vietnamese number, money and date formatting — pure functions, no I/O, no dependence on the
 * machine's locale or time zone.
 *
 * Conventions of the reports: 1.949 · 99,4% · 18.126 tỷ đồng · dd/mm/yyyy; a share is
 * rounded to one decimal, half-up: 861/866 → 99,4%.
 *
 * Every function takes an optional `locale` ('vi' by default, 'en' for the English UI).
 */

export type Locale = 'vi' | 'en';

/** A calendar date: 'YYYY-MM-DD' (taken as-is), an ISO timestamp, or a Date (both rendered in Vietnam time). */
export type DateInput = string | Date;

/** Vietnam has used UTC+7 all year (no daylight saving) since 1975. */
const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/** Shown where a figure cannot be computed (e.g. a share of 0). */
const NOT_AVAILABLE = '—';

interface Separators {
  thousands: string;
  decimal: string;
}

function separators(locale: Locale): Separators {
  return locale === 'en' ? { thousands: ',', decimal: '.' } : { thousands: '.', decimal: ',' };
}

function groupThousands(digits: string, sep: string): string {
  // digits: a string of 0-9 only, no sign
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    const fromEnd = digits.length - i;
    out += digits[i];
    if (fromEnd > 1 && fromEnd % 3 === 1) out += sep;
  }
  return out;
}

/**
 * Decimal digits of |x| as an integer string and a fraction string, from the shortest round-trip
 * representation of the double (so 1.005 is "1" + "005", not 1.00499999…). Handles exponent form.
 */
function decimalDigits(x: number): { int: string; frac: string } {
  const s = Math.abs(x).toString();
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) throw new RangeError(`Không định dạng được số: ${x}`);
  let int = m[1];
  let frac = m[2] ?? '';
  const exp = m[3] ? Number(m[3]) : 0;
  if (exp > 0) {
    frac = frac.padEnd(exp, '0');
    int += frac.slice(0, exp);
    frac = frac.slice(exp);
  } else if (exp < 0) {
    const all = int.padStart(-exp + 1, '0');
    frac = all.slice(all.length + exp) + frac;
    int = all.slice(0, all.length + exp);
  }
  int = int.replace(/^0+(?=\d)/, '');
  return { int, frac };
}

/**
 * Round |x| to `digits` decimals, half-up on the decimal representation (half away from zero for
 * negatives). Returns the digit strings without sign.
 */
function roundHalfUp(x: number, digits: number): { int: string; frac: string } {
  const { int, frac } = decimalDigits(x);
  const padded = frac.padEnd(digits + 1, '0');
  const kept = int + padded.slice(0, digits);
  const roundUp = padded.charCodeAt(digits) >= 53; // '5'
  let n = BigInt(kept);
  if (roundUp) n += 1n;
  const s = n.toString().padStart(digits + 1, '0');
  return { int: s.slice(0, s.length - digits) || '0', frac: digits > 0 ? s.slice(s.length - digits) : '' };
}

function assertFinite(x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`Không phải số hữu hạn: ${String(x)}`);
}

/**
 * An integer with thousands separators: 1949 → "1.949" (en: "1,949"); -1234567 → "-1.234.567".
 * Non-integers are rounded half away from zero. Accepts bigint for figures beyond 2^53.
 */
export function formatInt(n: number | bigint, locale: Locale = 'vi'): string {
  const { thousands } = separators(locale);
  if (typeof n === 'bigint') {
    const neg = n < 0n;
    return (neg ? '-' : '') + groupThousands((neg ? -n : n).toString(), thousands);
  }
  assertFinite(n);
  const { int } = roundHalfUp(n, 0);
  const neg = n < 0 && int !== '0';
  return (neg ? '-' : '') + groupThousands(int, thousands);
}

/**
 * A number with `digits` decimals (half-up on the decimal value as written, so 1.005 → "1,01"),
 * thousands separators and a decimal comma: formatDecimal(1234.5, 1) → "1.234,5"; 999.95 → "1.000,0".
 */
export function formatDecimal(x: number, digits = 1, locale: Locale = 'vi'): string {
  assertFinite(x);
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) throw new RangeError(`Số chữ số thập phân không hợp lệ: ${digits}`);
  const { thousands, decimal } = separators(locale);
  const { int, frac } = roundHalfUp(x, digits);
  const isZero = /^0*$/.test(int + frac);
  const sign = x < 0 && !isZero ? '-' : '';
  return sign + groupThousands(int, thousands) + (digits > 0 ? decimal + frac : '');
}

function toBigIntStrict(x: number | bigint, what: string): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`${what} phải là số nguyên: ${String(x)}`);
  return BigInt(x);
}

/**
 * The share numerator/denominator in percent, rounded to one decimal half-up, computed in integer
 * arithmetic (no floating-point drift): 861/866 → 99.4; 2/3 → 66.7; 1/8 → 12.5; 0 denominator → null.
 * Counts must be integers (RangeError otherwise). A negative share rounds half away from zero.
 */
export function percent(numerator: number | bigint, denominator: number | bigint): number | null {
  const num = toBigIntStrict(numerator, 'Tử số');
  const den = toBigIntStrict(denominator, 'Mẫu số');
  if (den === 0n) return null;
  const negative = num < 0n !== den < 0n && num !== 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  // tenths of a percent, half-up: floor((1000·a + b/2) / b) == floor((2000·a + b) / (2b))
  const tenths = (2000n * a + b) / (2n * b);
  const value = Number(tenths) / 10;
  return negative ? -value : value;
}

/**
 * A percentage given in percent points, one decimal, trailing ",0" dropped:
 * 99.4 → "99,4%", 100 → "100%", 0 → "0%", 12.5 → "12,5%", null → "—".
 */
export function formatPercent(value: number | null | undefined, locale: Locale = 'vi'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NOT_AVAILABLE;
  const { decimal } = separators(locale);
  let s = formatDecimal(value, 1, locale);
  if (s.endsWith(decimal + '0')) s = s.slice(0, -2);
  if (s === '-0') s = '0';
  return s + '%';
}

/** "861/866 (99,4%)"; a zero denominator gives "0/0 (—)". */
export function formatShare(numerator: number | bigint, denominator: number | bigint, locale: Locale = 'vi'): string {
  return `${formatInt(numerator, locale)}/${formatInt(denominator, locale)} (${formatPercent(percent(numerator, denominator), locale)})`;
}

export interface MoneyOptions {
  locale?: Locale;
  /**
   * When given, the amount is shown in the largest unit it reaches (tỷ ≥ 10^9, triệu ≥ 10^6,
   * otherwise đồng), rounded half-up to this many decimals, trailing zeros dropped:
   * formatMoneyVnd(1_234_567_891, { fractionDigits: 1 }) → "1,2 tỷ đồng".
   */
  fractionDigits?: number;
}

const BILLION = 1_000_000_000n;
const MILLION = 1_000_000n;

/**
 * An amount in Vietnamese đồng.
 *
 * Rule (exact by default — an official report must not round money silently): the amount is written
 * in the largest unit in which it is a whole number of that unit — tỷ (10^9), then triệu (10^6),
 * otherwise in đồng:
 *   18_126_000_000_000 → "18.126 tỷ đồng";  350_000_000 → "350 triệu đồng";
 *   1_500_000_000 → "1.500 triệu đồng";     1_200_000 → "1.200.000 đồng";  0 → "0 đồng".
 * Pass `fractionDigits` for an approximate figure in the largest unit reached instead.
 * Fractions of a đồng are rounded half away from zero. English: "18,126 billion VND" etc.
 */
export function formatMoneyVnd(amount: number | bigint, options: MoneyOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const units =
    locale === 'en'
      ? { ty: 'billion VND', trieu: 'million VND', dong: 'VND' }
      : { ty: 'tỷ đồng', trieu: 'triệu đồng', dong: 'đồng' };
  let n: bigint;
  if (typeof amount === 'bigint') n = amount;
  else {
    assertFinite(amount);
    const { int } = roundHalfUp(amount, 0);
    n = BigInt(int) * (amount < 0 ? -1n : 1n);
  }
  const abs = n < 0n ? -n : n;
  const sign = n < 0n ? '-' : '';

  if (options.fractionDigits !== undefined) {
    const digits = options.fractionDigits;
    const [unit, label] = abs >= BILLION ? [BILLION, units.ty] : abs >= MILLION ? [MILLION, units.trieu] : [1n, units.dong];
    if (unit === 1n) return `${sign}${formatInt(abs, locale)} ${label}`;
    // exact decimal string of abs/unit, then the shared half-up rounding
    const whole = abs / unit;
    const rest = (abs % unit).toString().padStart(unit.toString().length - 1, '0');
    const { thousands, decimal } = separators(locale);
    const r = roundHalfUp(Number(`${whole}.${rest}`), digits);
    // Number() may lose digits only beyond 2^53 tỷ; acceptable for an approximate figure.
    const frac = r.frac.replace(/0+$/, '');
    return `${sign}${groupThousands(r.int, thousands)}${frac ? decimal + frac : ''} ${label}`;
  }

  if (abs !== 0n && abs % BILLION === 0n) return `${sign}${formatInt(abs / BILLION, locale)} ${units.ty}`;
  if (abs !== 0n && abs % MILLION === 0n) return `${sign}${formatInt(abs / MILLION, locale)} ${units.trieu}`;
  return `${sign}${formatInt(abs, locale)} ${units.dong}`;
}

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function checkParts(p: DateParts, input: unknown): DateParts {
  const probe = new Date(Date.UTC(p.year, p.month - 1, p.day));
  if (probe.getUTCFullYear() !== p.year || probe.getUTCMonth() !== p.month - 1 || probe.getUTCDate() !== p.day) {
    throw new RangeError(`Ngày không hợp lệ: ${String(input)}`);
  }
  return p;
}

function partsOfInstant(ms: number): DateParts {
  const shifted = new Date(ms + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * The calendar date in Vietnam of a date input:
 * - 'YYYY-MM-DD' is a calendar date and is taken as-is;
 * - an ISO timestamp with Z or an offset, or a Date, is an instant, converted to UTC+7;
 * - an ISO timestamp without offset is read as Vietnam local time (never the machine's zone).
 */
export function vietnamDateParts(input: DateInput): DateParts {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Ngày không hợp lệ: Invalid Date');
    return partsOfInstant(ms);
  }
  if (typeof input !== 'string') throw new RangeError(`Ngày không hợp lệ: ${String(input)}`);
  const s = input.trim();
  const d = DATE_ONLY.exec(s);
  if (d) return checkParts({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, input);
  const t = TIMESTAMP.exec(s);
  if (t) {
    const local = checkParts({ year: Number(t[1]), month: Number(t[2]), day: Number(t[3]) }, input);
    if (!t[7]) return local; // no offset: Vietnam local time
    const ms = Date.parse(s.replace(' ', 'T'));
    if (Number.isNaN(ms)) throw new RangeError(`Ngày không hợp lệ: ${input}`);
    return partsOfInstant(ms);
  }
  throw new RangeError(`Ngày không hợp lệ: ${input}`);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The date in Vietnam as 'YYYY-MM-DD'. */
export function toIsoDate(input: DateInput): string {
  const p = vietnamDateParts(input);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Today's date in Vietnam (UTC+7) as 'YYYY-MM-DD', whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return toIsoDate(now);
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-11-23' → "23/11/2026" (en: "23 November 2026"). */
export function formatDate(input: DateInput, locale: Locale = 'vi'): string {
  const p = vietnamDateParts(input);
  if (locale === 'en') return `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/**
 * "ngày 05 tháng 02 năm 2026": Decree 30/2020/NĐ-CP, Appendix I, Part I, §II.4.b — "đối với những số
 * thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước" (a day below 10 and the
 * months 1 and 2 get a leading zero; months 3–12 do not: "ngày 29 tháng 6 năm 2019").
 */
export function formatLegalDate(input: DateInput, locale: Locale = 'vi'): string {
  const p = vietnamDateParts(input);
  if (locale === 'en') return `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  const day = p.day < 10 ? pad2(p.day) : String(p.day);
  const month = p.month < 3 ? pad2(p.month) : String(p.month);
  return `ngày ${day} tháng ${month} năm ${p.year}`;
}

/**
 * The place-and-date line of an official document — Decree 30/2020, Appendix I, Part I, §II.4.b–c
 * ("sau địa danh có dấu phẩy"): formatPlaceDate('Hà Nội', '2026-11-23') → "Hà Nội, ngày 23 tháng 11 năm 2026".
 */
export function formatPlaceDate(place: string, date: DateInput, locale: Locale = 'vi'): string {
  return `${place.trim()}, ${formatLegalDate(date, locale)}`;
}
