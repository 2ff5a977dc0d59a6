import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  fromNumber,
  multiply,
  parseDecimal,
  round,
  subtract,
  sumOf,
  toNumber,
  toText,
} from './decimal.js';

const d = (text: string) => {
  const value = parseDecimal(text);
  if (!value) throw new Error(text);
  return value;
};

describe('exact decimals', () => {
  it('adds without binary surprises', () => {
    expect(toText(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(compare(add(d('0.1'), d('0.2')), d('0.3'))).toBe(0);
    expect(toText(subtract(d('1'), d('0.9')))).toBe('0.1');
    expect(toText(multiply(d('1.1'), d('1.1')))).toBe('1.21');
    expect(toText(add(d('-5.25'), d('5.25')))).toBe('0');
  });

  it('sums many currency amounts exactly', () => {
    let total = d('0');
    for (let i = 0; i < 1000; i++) total = add(total, d('0.01'));
    expect(toText(total)).toBe('10');
    let float = 0;
    for (let i = 0; i < 1000; i++) float += 0.01;
    expect(float).not.toBe(10); // what the library avoids
  });

  it('divides with half-even rounding to 12 places', () => {
    expect(toText(divide(d('1'), d('3')) ?? d('0'))).toBe('0.333333333333');
    expect(toText(divide(d('2'), d('3')) ?? d('0'))).toBe('0.666666666667');
    expect(toText(divide(d('-2'), d('3')) ?? d('0'))).toBe('-0.666666666667');
    expect(toText(divide(d('10'), d('4')) ?? d('0'))).toBe('2.5');
    expect(divide(d('1'), d('0'))).toBeUndefined();
  });

  it('rounds half to even, also for negative values', () => {
    expect(toText(round(d('2.5'), 0))).toBe('2');
    expect(toText(round(d('3.5'), 0))).toBe('4');
    expect(toText(round(d('-2.5'), 0))).toBe('-2');
    expect(toText(round(d('1.005'), 2))).toBe('1');
    expect(toText(round(d('1.015'), 2))).toBe('1.02');
    expect(toText(round(d('1.0151'), 2))).toBe('1.02');
  });

  it('reads JS numbers by their shortest form, including exponent notation', () => {
    expect(toText(fromNumber(0.1) ?? d('0'))).toBe('0.1');
    expect(toText(fromNumber(1e-7) ?? d('0'))).toBe('0.0000001');
    expect(toText(fromNumber(1.5e21) ?? d('0'))).toBe('1500000000000000000000');
    expect(fromNumber(Number.NaN)).toBeUndefined();
    expect(parseDecimal('1.2.3')).toBeUndefined();
    expect(parseDecimal('1e999')).toBeUndefined();
  });

  it('agrees with exact integer arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (a, b) => {
        const x = d(String(a / 100));
        const y = d(String(b / 100));
        expect(toNumber(add(x, y))).toBe((a + b) / 100);
        const product = BigInt(a) * BigInt(b);
        const sign = product < 0n ? '-' : '';
        const digits = (product < 0n ? -product : product).toString().padStart(5, '0');
        const exact = d(`${sign}${digits.slice(0, -4)}.${digits.slice(-4)}`);
        expect(compare(multiply(x, y), exact)).toBe(0);
        expect(Math.sign(compare(x, y))).toBe(Math.sign(a - b));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('sumOf and compare without aligning', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
    .map(([units, scale]) =>
      d(
        `${units < 0n ? '-' : ''}${(units < 0n ? -units : units)
          .toString()
          .padStart(scale + 1, '0')
          .replace(new RegExp(`(\\d{${scale}})$`), scale > 0 ? '.$1' : '$1')}`,
      ),
    );
  it('sums as adding one by one does, and orders as subtracting does', () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 12 }), (values) => {
        const oneByOne = values.reduce((total, value) => add(total, value), d('0'));
        expect(sumOf(values)).toEqual(oneByOne);
        if (values.length >= 2) {
          const [a, b] = values as [typeof oneByOne, typeof oneByOne];
          const difference = subtract(a, b).units;
          expect(compare(a, b)).toBe(difference < 0n ? -1 : difference > 0n ? 1 : 0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
