/**
 * Months as `YYYY-MM` strings: a game turn is one month. Compared as strings;
 * no `Date` anywhere (dates are scenario data).
 */
import { type IsoDate, MONTH_NAMES } from './dates';

/** A calendar month, e.g. `1936-03`. */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(text: string): boolean {
  return YEAR_MONTH.test(text);
}

const ZERO = 48; // '0'

/** Months since January of year 0: a number to subtract. (Read digit by digit: the engine does this every month.) */
export function monthNumber(month: YearMonth): number {
  const year =
    (month.charCodeAt(0) - ZERO) * 1000 +
    (month.charCodeAt(1) - ZERO) * 100 +
    (month.charCodeAt(2) - ZERO) * 10 +
    (month.charCodeAt(3) - ZERO);
  return year * 12 + (month.charCodeAt(5) - ZERO) * 10 + (month.charCodeAt(6) - ZERO) - 1;
}

/** The name of month number `n` (months since January of year 0, as `monthNumber` counts). */
function monthText(n: number): YearMonth {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The first month whose name is made once, at import, and reused: January 1900. */
const FIRST_KEPT = 1900 * 12;
/**
 * The names of the 20th century's months, 1900 to 1999, made at import (a game
 * asks for the next month every month); `addMonths` makes any other month's name.
 */
const MONTH_TEXT: readonly YearMonth[] = Array.from({ length: 100 * 12 }, (_, i) => monthText(FIRST_KEPT + i));

/** The month `count` months after `month` (count may be negative). */
export function addMonths(month: YearMonth, count: number): YearMonth {
  const n = monthNumber(month) + count;
  return MONTH_TEXT[n - FIRST_KEPT] ?? monthText(n);
}

/** Whole months from `from` to `to` (negative if `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthNumber(to) - monthNumber(from);
}

/** The month a day falls in: `1936-03-07` → `1936-03`. */
export function monthOf(date: IsoDate | YearMonth): YearMonth {
  return date.slice(0, 7);
}

/** The first day of a month, for the legal engine's dated facts. */
export function firstDay(month: YearMonth): IsoDate {
  return `${month}-01`;
}

/** `1936-03` → `March 1936` (any text that is not a month comes back as it is). */
export function formatMonth(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}
