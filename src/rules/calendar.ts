/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as plain calendar days: no `Date`, no time
 * zones, so results are the same in every browser and server.
 *
 * Ages follow §§ 187 Abs. 2, 188 Abs. 2 BGB: a year of life is complete at the end of the day
 * before the birthday, so a person is 18 from the 18th birthday on; someone born on 29 February
 * completes it at the end of 28 February in common years (§ 188 Abs. 3 BGB) and is 18 on 1 March.
 */

import { daysInMonth, isIsoDate } from '../text/temporal.js';
import { add, compare, type Decimal, parseDecimal } from './decimal.js';

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function parseDate(iso: string): Ymd | undefined {
  if (!isIsoDate(iso)) return undefined;
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function formatDate({ year, month, day }: Ymd): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 0000-03-01 in the proleptic Gregorian calendar (a March-based count). */
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
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

const TIME_PARTS = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A time (`hh:mm:ss[.f][zone]`) or date-time (`YYYY-MM-DDT…`) as exact seconds on one scale, for
 * ordering: with a zone, shifted to UTC; without one, as written ("local", XSD's untimezoned
 * value). Undefined when the text is not such a value.
 */
export function instantOf(value: string): { readonly seconds: Decimal; readonly zoned: boolean } | undefined {
  let days = 0;
  let time = value;
  if (value.length > 10 && value[10] === 'T') {
    const date = parseDate(value.slice(0, 10));
    if (!date) return undefined;
    days = toDayNumber(date);
    time = value.slice(11);
  }
  const match = TIME_PARTS.exec(time);
  if (!match) return undefined;
  const [, h, m, s, fraction, zone] = match;
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') {
    offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * (zone[0] === '-' ? -1 : 1);
  }
  const whole = days * 86_400 + Number(h) * 3600 + (Number(m) - offset) * 60 + Number(s);
  const seconds = add(
    parseDecimal(String(whole)) as Decimal,
    parseDecimal(`0.${fraction ?? '0'}`) as Decimal,
  );
  return { seconds, zoned: zone !== undefined };
}

/**
 * Orders two times or two date-times by the instant they denote (`10:00:00+01:00` equals
 * `09:00:00Z`). A value with a zone and one without are not comparable: null.
 */
export function compareInstants(a: string, b: string): number | null {
  const x = instantOf(a);
  const y = instantOf(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  if (x.zoned !== y.zoned) return null;
  return compare(x.seconds, y.seconds);
}
