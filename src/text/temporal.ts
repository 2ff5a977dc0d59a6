/** Lexical checks of the XSD date and time types used by FIM `date`, `time` and `datetime`. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d+)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/;

/** True for `YYYY-MM-DD` naming a real calendar day (years 0001–9999). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for an XSD `time`: `hh:mm:ss`, optional fraction and zone. */
export function isIsoTime(value: string): boolean {
  return TIME.test(value);
}

/** True for an XSD `dateTime`: `YYYY-MM-DDThh:mm:ss`, optional fraction and zone. */
export function isIsoDateTime(value: string): boolean {
  const t = value.indexOf('T');
  return t === 10 && isIsoDate(value.slice(0, 10)) && TIME.test(value.slice(11));
}
