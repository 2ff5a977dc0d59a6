/**
 * The one place that decides FIM `date`, `time` and `datetime` values: their lexical forms and
 * their order. Validation (praezisierung `minValue`/`maxValue`), the rule language and lint all
 * ask this module, so a value means the same everywhere.
 *
 * Semantics (XSD 1.1 Part 2, §3.3.7 dateTime, §3.3.8 time, §3.3.9 date), restricted as FIM
 * files and this library use them:
 * - `date`: `YYYY-MM-DD`, a real day of the proleptic Gregorian calendar, years 0001–9999, no
 *   time zone (the generated XSDs restrict `xs:date` the same way). Ordered as calendar days.
 * - `time`: `hh:mm:ss`, an optional fraction `.s+` and an optional zone `Z` or `±hh:mm` with
 *   hh ≤ 14 (and mm = 00 at 14). `24:00:00` (fraction zero only) is the same value as
 *   `00:00:00`. Seconds run to 59: a leap second `:60` is not a value.
 * - `datetime`: `YYYY-MM-DDT` + a time as above; `T24:00:00` is 00:00:00 of the next day.
 * - Order: a value with a zone is an instant (`10:00:00+01:00` = `09:00:00Z`); two values
 *   without zone compare as written. A value with a zone and one without are ordered only when
 *   imputing both `+14:00` and `-14:00` to the one without gives the same strict order;
 *   otherwise the comparison is indeterminate (`null`), and the two are never equal. Times are
 *   compared as date-times on the reference day 1972-12-31 (XSD 1.1), so
 *   `01:00:00+02:00` (23:00 UTC the day before) is earlier than `00:30:00Z`.
 * Comparison is exact: fractions are compared digit by digit, never rounded.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/;

/** A time or date-time on one scale: whole seconds, the fraction's digits, and whether it had a zone. */
export interface Instant {
  /** Whole seconds since 0000-03-01T00:00:00 (UTC when zoned, as written otherwise). */
  readonly seconds: number;
  /** The digits of the fraction of a second, without trailing zeros (`''` for none). */
  readonly fraction: string;
  readonly zoned: boolean;
}

/** The result of a comparison: negative, zero, positive, or `null` when indeterminate. */
export type TemporalOrder = -1 | 0 | 1 | null;

/** True for `YYYY-MM-DD` naming a real calendar day (years 0001–9999). */
export function isIsoDate(value: string): boolean {
  return parseDay(value) !== undefined;
}

/** True for an XSD `time` as described in the module comment. */
export function isIsoTime(value: string): boolean {
  return parseTime(value) !== undefined;
}

/** True for an XSD `dateTime` as described in the module comment. */
export function isIsoDateTime(value: string): boolean {
  return parseDateTime(value) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 0000-03-01 in the proleptic Gregorian calendar (a March-based count). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
}

/** A calendar day: its parts and its day number (`dayNumber`). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly dayNumber: number;
}

/**
 * Recently parsed dates by their text. Rules read the same few dates (a date of birth, the
 * application date) in many rules and for every household member, so each is parsed once, not
 * once per rule. Only strings of a date's length are kept; the cache is emptied when full.
 */
const parsedDays = new Map<string, CalendarDay | null>();
const PARSED_DAYS_MAX = 1024;

/** The calendar day of a `YYYY-MM-DD` date, or undefined when it is not one. */
export function calendarDay(value: string): CalendarDay | undefined {
  if (value.length !== 10) return undefined;
  const cached = parsedDays.get(value);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parseCalendarDay(value);
  if (parsedDays.size >= PARSED_DAYS_MAX) parsedDays.clear();
  parsedDays.set(value, parsed ?? null);
  return parsed;
}

function parseCalendarDay(value: string): CalendarDay | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Object.freeze({ year, month, day, dayNumber: dayNumber(year, month, day) });
}

/** The day number of a `YYYY-MM-DD` date, or undefined when it is not one. */
function parseDay(value: string): number | undefined {
  return calendarDay(value)?.dayNumber;
}

/** Seconds of the day, fraction and zone offset (minutes) of a time, or undefined. */
function timeOfDay(
  value: string,
): { readonly seconds: number; readonly fraction: string; readonly offset: number | undefined } | undefined {
  const match = TIME.exec(value);
  if (!match) return undefined;
  const [, hh, mm, ss, digits = '', zone] = match;
  const hours = Number(hh);
  const minutes = Number(mm);
  const secs = Number(ss);
  const fraction = digits.replace(/0+$/, '');
  const endOfDay = hours === 24 && minutes === 0 && secs === 0 && fraction === '';
  if ((hours > 23 && !endOfDay) || minutes > 59 || secs > 59) return undefined;
  let offset: number | undefined;
  if (zone === 'Z') offset = 0;
  else if (zone !== undefined) {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 14 || zm > 59 || (zh === 14 && zm !== 0)) return undefined;
    offset = (zh * 60 + zm) * (zone[0] === '-' ? -1 : 1);
  }
  return { seconds: hours * 3600 + minutes * 60 + secs, fraction, offset };
}

const REFERENCE_DAY = dayNumber(1972, 12, 31);

function instant(day: number, time: NonNullable<ReturnType<typeof timeOfDay>>): Instant {
  const shift = (time.offset ?? 0) * 60;
  return {
    seconds: day * 86_400 + time.seconds - shift,
    fraction: time.fraction,
    zoned: time.offset !== undefined,
  };
}

/**
 * A `time` as an instant on the reference day 1972-12-31 (XSD 1.1); `24:00:00` is `00:00:00`.
 * Undefined when the text is not a time.
 */
export function parseTime(value: string): Instant | undefined {
  const time = timeOfDay(value);
  if (!time) return undefined;
  return instant(REFERENCE_DAY, time.seconds === 86_400 ? { ...time, seconds: 0 } : time);
}

/** A `dateTime` as an instant (`T24:00:00` is the next day's start). Undefined when it is not one. */
export function parseDateTime(value: string): Instant | undefined {
  if (value.length < 19 || value[10] !== 'T') return undefined;
  const day = parseDay(value.slice(0, 10));
  const time = day === undefined ? undefined : timeOfDay(value.slice(11));
  return day === undefined || !time ? undefined : instant(day, time);
}

function compareExact(a: Instant, b: Instant, shiftA: number): -1 | 0 | 1 {
  const seconds = a.seconds + shiftA;
  if (seconds !== b.seconds) return seconds < b.seconds ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const x = a.fraction.padEnd(width, '0');
  const y = b.fraction.padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}

const FOURTEEN_HOURS = 14 * 3600;

/** Orders two instants by the rule in the module comment. */
export function compareInstantValues(a: Instant, b: Instant): TemporalOrder {
  if (a.zoned === b.zoned) return compareExact(a, b, 0);
  // The value without zone, read at +14:00, is its earliest possible instant; at -14:00 its latest.
  const sign = a.zoned ? 1 : -1;
  const [zoned, local] = a.zoned ? [a, b] : [b, a];
  if (compareExact(zoned, local, FOURTEEN_HOURS) < 0) return (-1 * sign) as -1 | 1;
  if (compareExact(zoned, local, -FOURTEEN_HOURS) > 0) return (1 * sign) as -1 | 1;
  return null;
}

/**
 * Orders two times or two date-times (detected from the first value). `null` when the order is
 * indeterminate or either text is not such a value.
 */
export function compareInstants(a: string, b: string): TemporalOrder {
  const parse = a.length > 10 && a[10] === 'T' ? parseDateTime : parseTime;
  const x = parse(a);
  const y = parse(b);
  return x && y ? compareInstantValues(x, y) : null;
}

/** Orders two values of a FIM temporal type; `null` when indeterminate or not values of it. */
export function compareTemporal(kind: 'date' | 'time' | 'datetime', a: string, b: string): TemporalOrder {
  if (kind === 'date') {
    const x = parseDay(a);
    const y = parseDay(b);
    return x === undefined || y === undefined ? null : x < y ? -1 : x > y ? 1 : 0;
  }
  const parse = kind === 'time' ? parseTime : parseDateTime;
  const x = parse(a);
  const y = parse(b);
  return x && y ? compareInstantValues(x, y) : null;
}
