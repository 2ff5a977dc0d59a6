/** Check-digit validators for identifiers German application forms ask for. */

/** IBAN lengths by country (ISO 13616 registry): SEPA countries and a few more. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
  TR: 26,
  UA: 29,
  AL: 28,
  BA: 20,
  ME: 22,
  MK: 19,
  RS: 22,
  XK: 20,
  MD: 24,
}; // prettier-ignore

/**
 * IBAN: country code, two check digits, the BBAN; valid when the rearranged number is 1 modulo
 * 97 (ISO 7064 MOD 97-10) and the length fits the country. Spaces are not allowed.
 */
export function isIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const expected = IBAN_LENGTHS[value.slice(0, 2)];
  if (expected !== undefined && value.length !== expected) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char; // A = 10 … Z = 35
    for (const digit of digits) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** How often each digit occurs (reused by `isSteuerId`: no allocation per check). */
const DIGIT_COUNTS = new Uint8Array(10);

/**
 * Steuerliche Identifikationsnummer (§ 139b AO): 11 digits, no leading zero. Among the first ten
 * digits exactly one digit occurs more than once: twice, or three times but not three in a row.
 * The last digit is the ISO 7064 MOD 11,10 check digit.
 */
export function isSteuerId(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  // How often each digit occurs among the first ten (counted without building a map).
  DIGIT_COUNTS.fill(0);
  for (let i = 0; i < 10; i++) {
    const digit = value.charCodeAt(i) - 48;
    DIGIT_COUNTS[digit] = (DIGIT_COUNTS[digit] ?? 0) + 1;
  }
  let repeatedDigits = 0;
  let repeated = 0;
  for (const count of DIGIT_COUNTS) {
    if (count > 1) {
      repeatedDigits++;
      repeated = count;
    }
  }
  if (repeatedDigits !== 1 || repeated > 3) return false;
  if (repeated === 3 && /(\d)\1\1/.test(value.slice(0, 10))) return false; // not three in a row
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (value.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(value[10]);
}

const RV_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * Versicherungsnummer der Rentenversicherung (§ 147 SGB VI, § 2 VKVV): area number (2 digits),
 * birth date DDMMYY, initial letter of the birth name, serial number (2 digits), check digit.
 * The letter counts as its two-digit position in the alphabet; the twelve digits are weighted
 * 2 1 2 5 7 1 2 1 2 1 2 1, the cross sums of the products added, and the sum modulo 10 is the
 * check digit.
 *
 * The date part is not always a calendar date: when the serial numbers of a birth date run out,
 * the day is increased by 32, 64 (or 96 for the 1st); an unknown day is 00, and with an unknown
 * month the month is 00 and the day the day of issue. So the day may be 00–99 and the month 00–12.
 */
export function isRvNummer(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(value);
  if (!match) return false;
  const [, area, day, month, year, letter, serial, check] = match as unknown as string[];
  if (Number(month) > 12) return false;
  const letterNumber = String((letter as string).charCodeAt(0) - 64).padStart(2, '0');
  const digits = `${area}${day}${month}${year}${letterNumber}${serial}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const product = Number(digits[i]) * (RV_WEIGHTS[i] as number);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(check);
}
