/**
 * Exact decimal numbers for rule arithmetic: `0.1 + 0.2 = 0.3` holds, and sums of currency
 * amounts have no binary rounding. A value is an integer `units` scaled by 10^-scale.
 *
 * Division is the one inexact operation: it is rounded half-even to `DIVISION_SCALE` digits.
 */

export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

export const DIVISION_SCALE = 12;
const MAX_SCALE = 40;

export function isDecimal(value: unknown): value is Decimal {
  return typeof value === 'object' && value !== null && typeof (value as Decimal).units === 'bigint';
}

const TEXT = /^(-)?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Parses decimal text (`"-12.50"`, also exponent form `"1e-7"`); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = TEXT.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText] = match;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  let digits = `${whole}${fraction}`;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits) * (sign ? -1n : 1n);
  return normalize({ units, scale });
}

/** Small whole numbers (ages, counts, years of a rule) as decimals, made once. */
const SMALL: readonly Decimal[] = Array.from({ length: 4096 }, (_, i) => ({ units: BigInt(i), scale: 0 }));

/** The exact decimal of a finite JS number, by its shortest round-trip text. */
export function fromNumber(value: number): Decimal | undefined {
  if (Number.isSafeInteger(value)) {
    // A whole number is its own units (no text to parse); -0 is 0.
    return value >= 0 && value < SMALL.length ? SMALL[value] : { units: BigInt(value), scale: 0 };
  }
  if (!Number.isFinite(value)) return undefined;
  // Amounts are read by several rules per validation: each is converted once (as dates are,
  // see `calendarDay`); the cache is emptied when full.
  const known = fractions.get(value);
  if (known !== undefined) return known;
  const parsed = parseDecimal(String(value));
  if (parsed === undefined) return undefined;
  if (fractions.size >= FRACTIONS_MAX) fractions.clear();
  fractions.set(value, parsed);
  return parsed;
}

const fractions = new Map<number, Decimal>();
const FRACTIONS_MAX = 1024;

/** Removes trailing zero digits so equal values have equal representations. */
function normalize(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return units === 0n ? { units: 0n, scale: 0 } : { units, scale };
}

/** 10^n for the scales decimals have (0–`MAX_SCALE` and a little more), made once. */
const POWERS: readonly bigint[] = Array.from({ length: 2 * MAX_SCALE + 1 }, (_, n) => 10n ** BigInt(n));

function power(n: number): bigint {
  return POWERS[n] ?? 10n ** BigInt(n);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  const scale = Math.max(a.scale, b.scale);
  return [a.units * power(scale - a.scale), b.units * power(scale - b.scale), scale];
}

/**
 * The exact sum of decimals, aligned once to the largest scale and normalised once (the same
 * value as adding them one by one with `add`).
 */
export function sumOf(values: readonly Decimal[]): Decimal {
  let scale = 0;
  for (const value of values) if (value.scale > scale) scale = value.scale;
  let units = 0n;
  for (const value of values)
    units += value.scale === scale ? value.units : value.units * power(scale - value.scale);
  return normalize({ units, scale });
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalize({ units: x + y, scale });
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalize({ units: x - y, scale });
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  const product = normalize({ units: a.units * b.units, scale: a.scale + b.scale });
  return product.scale > MAX_SCALE ? round(product, MAX_SCALE) : product;
}

/** a / b rounded half-even to DIVISION_SCALE digits; undefined when b is zero. */
export function divide(a: Decimal, b: Decimal): Decimal | undefined {
  if (b.units === 0n) return undefined;
  // a/b = (a.units / b.units) * 10^(b.scale - a.scale); compute with extra digits, then round.
  const extra = DIVISION_SCALE + 1;
  const shift = extra + b.scale - a.scale;
  const numerator = shift >= 0 ? a.units * 10n ** BigInt(shift) : a.units;
  const denominator = shift >= 0 ? b.units : b.units * 10n ** BigInt(-shift);
  return round(
    { units: numerator / denominator, scale: extra },
    DIVISION_SCALE,
    numerator % denominator !== 0n,
  );
}

export function compare(a: Decimal, b: Decimal): number {
  // Same scale (amounts in cents, whole numbers): the units decide, nothing to align.
  if (a.scale === b.scale) return a.units < b.units ? -1 : a.units > b.units ? 1 : 0;
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function negate(a: Decimal): Decimal {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? negate(a) : a;
}

/**
 * Rounds half-even ("banker's rounding") to `places` decimal places. `sticky` says that digits
 * beyond the value were already cut off (so an exact half is really more than half).
 */
export function round(a: Decimal, places: number, sticky = false): Decimal {
  if (a.scale <= places) return a;
  const divisor = 10n ** BigInt(a.scale - places);
  let quotient = a.units / divisor;
  let remainder = a.units % divisor;
  const negative = a.units < 0n;
  if (negative) remainder = -remainder;
  const twice = remainder * 2n;
  const roundUp = twice > divisor || (twice === divisor && (sticky || quotient % 2n !== 0n));
  if (roundUp) quotient += negative ? -1n : 1n;
  return normalize({ units: quotient, scale: places });
}

/** Plain decimal text without exponent, e.g. `-0.05`. */
export function toText(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const whole = digits.slice(0, digits.length - a.scale);
  const fraction = digits.slice(digits.length - a.scale);
  return `${negative ? '-' : ''}${whole}${a.scale > 0 ? `.${fraction}` : ''}`;
}

/** The nearest JS number (exact for amounts with few digits). */
export function toNumber(a: Decimal): number {
  return Number(toText(a));
}

export function isInteger(a: Decimal): boolean {
  return a.scale === 0;
}
