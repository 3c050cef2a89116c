/**
 * formatVi — Vietnamese formatting for screens, re-exported from src/core/format.ts (the same functions the server
 * and the documents use, so a figure reads the same on screen and on paper): 1.949 · 99,4% · dd/mm/yyyy.
 *
 *   import { formatVi, useFormat } from '../shell/format.ts';
 *   formatVi.int(1949)            // "1.949"
 *   formatVi.percent(99.4)        // "99,4%"
 *   formatVi.share(861, 866)      // "861/866 (99,4%)"
 *   formatVi.date('2026-11-23')   // "23/11/2026"
 *   const f = useFormat();        // same functions bound to the current UI language (vi | en)
 */
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatDecimal,
  formatInt,
  formatLegalDate,
  formatMoneyVnd,
  formatPercent,
  formatShare,
  percent,
  type DateInput,
  type Locale,
  type MoneyOptions,
} from '../../../src/core/format.ts';

export { formatDate, formatDecimal, formatInt, formatLegalDate, formatMoneyVnd, formatPercent, formatShare, percent };
export type { DateInput, Locale, MoneyOptions };

export interface Formatter {
  int(n: number | bigint): string;
  decimal(x: number, digits?: number): string;
  /** A value in percent points: 99.4 → "99,4%". */
  percent(value: number | null | undefined): string;
  /** "861/866 (99,4%)". */
  share(numerator: number | bigint, denominator: number | bigint): string;
  /** dd/mm/yyyy (en: 23 November 2026). */
  date(d: DateInput): string;
  /** "ngày 05 tháng 02 năm 2026". */
  legalDate(d: DateInput): string;
  money(amount: number | bigint, options?: Omit<MoneyOptions, 'locale'>): string;
}

function formatterFor(locale: Locale): Formatter {
  return {
    int: (n) => formatInt(n, locale),
    decimal: (x, digits = 1) => formatDecimal(x, digits, locale),
    percent: (v) => formatPercent(v, locale),
    share: (a, b) => formatShare(a, b, locale),
    date: (d) => formatDate(d, locale),
    legalDate: (d) => formatLegalDate(d, locale),
    money: (amount, options = {}) => formatMoneyVnd(amount, { ...options, locale }),
  };
}

/** Vietnamese formatting, whatever the UI language. */
export const formatVi: Formatter = formatterFor('vi');

/** Formatting in the current UI language. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return formatterFor(i18n.language === 'en' ? 'en' : 'vi');
}

/** Today's date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD: the legal date of a form's default. */
export function todayVn(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
