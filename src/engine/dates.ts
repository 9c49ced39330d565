/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). The engine has no clock and
 * never builds a `Date`: dates are scenario data, compared as strings, which
 * order correctly because every part has a fixed width.
 */

/** An ISO calendar day, e.g. `1936-03-27`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day written `YYYY-MM-DD` (so `1937-02-30` is false). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `a` is on or after `from` (null: since always) and on or before `until` (null: still). */
export function isWithin(a: IsoDate, from: IsoDate | null, until: IsoDate | null): boolean {
  return (from === null || a >= from) && (until === null || a <= until);
}

/** The months' names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `1936-03-07` → `7 March 1936`; anything that is not an ISO day is returned unchanged. */
export function formatDate(date: IsoDate): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}
