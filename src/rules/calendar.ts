/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as plain calendar days: no `Date`, no time
 * zones, so results are the same in every browser and server. How times and date-times are
 * ordered is decided in `src/text/temporal.ts`.
 *
 * Ages follow §§ 187 Abs. 2, 188 Abs. 2 BGB: a year of life is complete at the end of the day
 * before the birthday, so a person is 18 from the 18th birthday on; someone born on 29 February
 * completes it at the end of 28 February in common years (§ 188 Abs. 3 BGB) and is 18 on 1 March.
 */

import { calendarDay, dayNumber, daysInMonth } from '../text/temporal.js';

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The parts of an ISO date (parsed once per text: see `calendarDay`). */
export function parseDate(iso: string): Ymd | undefined {
  return calendarDay(iso);
}

export function formatDate({ year, month, day }: Ymd): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toDayNumber(date: Ymd): number {
  return 'dayNumber' in date ? (date.dayNumber as number) : dayNumber(date.year, date.month, date.day);
}

function fromDayNumber(n: number): Ymd {
  const era = Math.floor(n / 146097);
  const dayOfEra = n - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(iso: string, days: number): string | undefined {
  const date = parseDate(iso);
  if (!date || !Number.isSafeInteger(days)) return undefined;
  return formatDate(fromDayNumber(toDayNumber(date) + days));
}

/** Adds months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string | undefined {
  const date = parseDate(iso);
  if (!date || !Number.isSafeInteger(months) || Math.abs(months) > 120_000) return undefined;
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year < 1 || year > 9999) return undefined;
  return formatDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

export function addYears(iso: string, years: number): string | undefined {
  return Number.isSafeInteger(years) && Math.abs(years) <= 10_000 ? addMonths(iso, years * 12) : undefined;
}

/**
 * The first day on which a person born on `birth` has completed `months` months of life
 * (§ 187 Abs. 2 Satz 2, § 188 Abs. 2 and 3 BGB): the birthday counts as the first day, so the
 * period ends with the day before the corresponding day; when the last month has no
 * corresponding day, the period ends with that month's last day (born 29 February: 18 on
 * 1 March in common years; born 31 January: one month old on 1 March).
 */
export function dateOfAgeInMonths(birth: string, months: number): string | undefined {
  const date = parseDate(birth);
  const target = addMonths(birth, months);
  if (!date || target === undefined) return undefined;
  // addMonths clamps a missing day to the month end; the period then ends with that day.
  return Number(target.slice(8, 10)) < date.day ? addDays(target, 1) : target;
}

/** The last day of the month of an ISO date. */
export function endOfMonth(iso: string): string | undefined {
  const date = parseDate(iso);
  return date ? formatDate({ ...date, day: daysInMonth(date.year, date.month) }) : undefined;
}

export function daysBetween(from: string, to: string): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  return a && b ? toDayNumber(b) - toDayNumber(a) : undefined;
}

/** Completed months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return undefined;
  if (toDayNumber(b) < toDayNumber(a)) {
    const back = monthsBetween(to, from);
    return back === undefined ? undefined : -back;
  }
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  // The month is complete when the day of `from` was reached, or the month of `to` has no such day
  // and `to` is its last day.
  const reached = b.day >= a.day || b.day === daysInMonth(b.year, b.month);
  if (!reached) months--;
  return months;
}

/** Completed years from `from` to `to`; see the module comment for 29 February. */
export function yearsBetween(from: string, to: string): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return undefined;
  if (toDayNumber(b) < toDayNumber(a)) {
    const back = yearsBetween(to, from);
    return back === undefined ? undefined : -back;
  }
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years--;
  return years;
}
