import fc from 'fast-check';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { compareInstants, compareTemporal, isIsoDate, isIsoDateTime, isIsoTime } from './temporal.js';

describe('lexical forms (XSD 1.1 as FIM uses them)', () => {
  it('dates: a real day of 0001–9999, no zone', () => {
    for (const ok of ['2024-02-29', '0001-01-01', '9999-12-31', '2000-02-29'])
      expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '0000-01-01',
      '2024-13-01',
      '2024-00-10',
      '2024-05-01Z',
      '2024-05-01+01:00',
      '12024-05-01',
      '-2024-05-01',
      '2024-5-1',
      '',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
  });

  it('times: 00:00:00–23:59:59 and 24:00:00, fractions, zones up to ±14:00, no leap second', () => {
    for (const ok of [
      '00:00:00',
      '23:59:59',
      '24:00:00',
      '24:00:00.000',
      '23:59:59.999999999',
      '10:00:00Z',
      '10:00:00+14:00',
      '10:00:00-14:00',
      '10:00:00+13:59',
      '10:00:00-00:00',
      '24:00:00Z',
    ])
      expect(isIsoTime(ok), ok).toBe(true);
    for (const bad of [
      '23:59:60',
      '24:00:01',
      '24:00:00.1',
      '24:01:00',
      '25:00:00',
      '10:60:00',
      '10:00:00+14:01',
      '10:00:00+15:00',
      '10:00:00+01:60',
      '10:00',
      '10:00:00.',
      '10:00:00 Z',
      '1:00:00',
    ])
      expect(isIsoTime(bad), bad).toBe(false);
  });

  it('date-times: a real day and a time as above', () => {
    for (const ok of [
      '2024-05-01T12:30:00',
      '2024-05-01T24:00:00',
      '2024-02-29T00:00:00.5+14:00',
      '9999-12-31T24:00:00',
    ])
      expect(isIsoDateTime(ok), ok).toBe(true);
    for (const bad of [
      '2024-05-01 12:30:00',
      '2024-05-01T12:30',
      '2023-02-29T10:00:00',
      '2024-05-01T23:59:60Z',
      '2024-05-01T24:00:01',
      '0000-01-01T00:00:00',
      '2024-05-01',
      '2024-05-01T10:00:00+14:30',
    ])
      expect(isIsoDateTime(bad), bad).toBe(false);
  });
});

describe('order', () => {
  it('equal instants in different zones are equal', () => {
    expect(compareTemporal('datetime', '2024-05-01T10:00:00+02:00', '2024-05-01T08:00:00Z')).toBe(0);
    expect(compareTemporal('datetime', '2024-05-01T00:30:00+02:00', '2024-04-30T22:30:00Z')).toBe(0);
    expect(compareTemporal('time', '10:00:00+01:00', '09:00:00Z')).toBe(0);
    expect(compareTemporal('time', '10:00:00-00:00', '10:00:00Z')).toBe(0);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00+14:00', '2024-04-30T20:00:00Z')).toBe(0);
  });

  it('the issue case: 10:30:00+02:00 is before 09:00:00Z', () => {
    expect(compareTemporal('time', '10:30:00+02:00', '09:00:00Z')).toBe(-1);
  });

  it('24:00:00 is the start of the next day (date-time) and 00:00:00 (time)', () => {
    expect(compareTemporal('datetime', '2024-05-01T24:00:00', '2024-05-02T00:00:00')).toBe(0);
    expect(compareTemporal('datetime', '2024-02-28T24:00:00Z', '2024-02-29T00:00:00Z')).toBe(0);
    expect(compareTemporal('datetime', '2024-12-31T24:00:00', '2025-01-01T00:00:00')).toBe(0);
    expect(compareTemporal('time', '24:00:00', '00:00:00')).toBe(0);
    expect(compareTemporal('time', '24:00:00', '00:00:01')).toBe(-1);
  });

  it('fractions compare exactly, trailing zeros do not count', () => {
    expect(compareTemporal('time', '10:00:00.1', '10:00:00.10')).toBe(0);
    expect(compareTemporal('time', '10:00:00.09', '10:00:00.1')).toBe(-1);
    expect(compareTemporal('time', '10:00:00.0000000001', '10:00:00')).toBe(1);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00.999999999Z', '2024-05-01T10:00:01Z')).toBe(-1);
  });

  it('times compare on one reference day, not modulo 24 hours', () => {
    // 01:00+02:00 is 23:00 UTC on the day before.
    expect(compareTemporal('time', '01:00:00+02:00', '00:30:00Z')).toBe(-1);
    expect(compareTemporal('time', '23:00:00-02:00', '00:30:00Z')).toBe(1);
  });

  it('zone against no zone: decided only outside ±14 hours, never equal', () => {
    // 10:00 without zone lies between 20:00Z the day before (+14:00) and 00:00Z the day after (-14:00).
    expect(compareTemporal('datetime', '2024-05-01T10:00:00', '2024-05-01T10:00:00Z')).toBe(null);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00', '2024-04-30T19:59:59Z')).toBe(1);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00', '2024-04-30T20:00:00Z')).toBe(null);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00', '2024-05-02T00:00:00Z')).toBe(null);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00', '2024-05-02T00:00:00.001Z')).toBe(-1);
    expect(compareTemporal('datetime', '2024-05-03T10:00:00', '2024-05-01T10:00:00Z')).toBe(1);
    expect(compareTemporal('datetime', '2024-05-01T10:00:00Z', '2024-05-03T10:00:00')).toBe(-1);
    expect(compareTemporal('time', '10:30:00', '09:00:00Z')).toBe(null);
    // 00:00:00 without zone is at the latest 14:00Z on the reference day.
    expect(compareTemporal('time', '00:00:00', '23:59:59Z')).toBe(-1);
    expect(compareTemporal('time', '00:00:00', '14:00:00Z')).toBe(null);
  });

  it('dates order by calendar day; anything that is not a value is indeterminate', () => {
    expect(compareTemporal('date', '2024-02-29', '2024-03-01')).toBe(-1);
    expect(compareTemporal('date', '2024-03-01', '2024-03-01')).toBe(0);
    expect(compareTemporal('date', '2024-02-30', '2024-03-01')).toBe(null);
    expect(compareTemporal('time', '23:59:60', '00:00:00')).toBe(null);
    expect(compareInstants('2024-05-01T10:00:00Z', '10:00:00Z')).toBe(null);
  });
});

// --- an independent oracle: the JavaScript Date engine, for values with at most 3 fraction digits

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Milliseconds of a value read in zone `zone` (or its own zone); times on 1972-12-31, 24:00:00 as 00:00:00. */
function millis(kind: 'time' | 'datetime', value: string, zone = ''): number {
  const base = kind === 'time' ? `1972-12-31T${value.replace(/^24:00:00(\.0+)?/, '00:00:00')}` : value;
  return Date.parse(`${base}${zone}`);
}

function oracle(kind: 'time' | 'datetime', a: string, b: string): -1 | 0 | 1 | null {
  const zoned = (v: string) => /(Z|[+-]\d\d:\d\d)$/.test(v);
  const sign = (d: number) => (d < 0 ? -1 : d > 0 ? 1 : 0) as -1 | 0 | 1;
  if (zoned(a) === zoned(b))
    return sign(millis(kind, a, zoned(a) ? '' : 'Z') - millis(kind, b, zoned(b) ? '' : 'Z'));
  const [z, local, flip] = zoned(a) ? [a, b, 1] : [b, a, -1];
  const t = millis(kind, z);
  if (t < millis(kind, local, '+14:00')) return (-1 * flip) as -1 | 1;
  if (t > millis(kind, local, '-14:00')) return (1 * flip) as -1 | 1;
  return null;
}

const zoneArb = fc.oneof(
  fc.constant(''),
  fc.constant('Z'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 15, 30, 45, 59))
    .map(([s, h, m]) => `${s}${pad(h)}:${pad(h === 14 ? 0 : m)}`),
);
const clockArb = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.tuple(
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
    ),
  },
  { weight: 1, arbitrary: fc.constant([24, 0, 0] as [number, number, number]) },
);
const fractionArb = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 999 }).map((n) => `.${pad(n, 3)}`),
);
const timeArb = fc
  .tuple(clockArb, fractionArb, zoneArb)
  .map(([[h, m, s], f, z]) => `${pad(h)}:${pad(m)}:${pad(s)}${h === 24 ? '' : f}${z}`);
// Dates close together, so that values without zone often fall within ±14 hours of the others.
const dateArb = fc
  .tuple(fc.constantFrom(1, 1999, 2024, 9998), fc.constantFrom(2, 12), fc.integer({ min: 27, max: 29 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, m === 2 ? 28 : 31))}`);
const dateTimeArb = fc.tuple(dateArb, timeArb).map(([d, t]) => `${d}T${t}`);

describe('order against an independent oracle (JavaScript Date, ±14:00 by imputation)', () => {
  it('times', () => {
    fc.assert(
      fc.property(timeArb, timeArb, (a, b) => {
        expect(compareTemporal('time', a, b)).toBe(oracle('time', a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('date-times', () => {
    fc.assert(
      fc.property(dateTimeArb, dateTimeArb, (a, b) => {
        expect(compareTemporal('datetime', a, b)).toBe(oracle('datetime', a, b));
      }),
      { numRuns: 3000 },
    );
  });
});

// --- lexical forms against libxml2 (xs:time, xs:dateTime), for 4-digit years

const validators = new Map<string, { schema: XmlDocument; validator: XsdValidator }>();
function libxml2Accepts(type: 'time' | 'dateTime', value: string): boolean {
  let entry = validators.get(type);
  if (!entry) {
    const schema = XmlDocument.fromString(
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="v" type="xs:${type}"/></xs:schema>`,
    );
    entry = { schema, validator: XsdValidator.fromDoc(schema) };
    validators.set(type, entry);
  }
  const doc = XmlDocument.fromString(`<v>${value}</v>`);
  try {
    entry.validator.validate(doc);
    return true;
  } catch {
    return false;
  } finally {
    doc.dispose();
  }
}
afterAll(() => {
  for (const { schema, validator } of validators.values()) {
    validator.dispose();
    schema.dispose();
  }
});

const looseTimeArb = fc
  .tuple(
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.oneof(fc.constant(''), fc.constant('.'), fc.stringMatching(/^\.[0-9]{1,4}$/)),
    fc.oneof(
      fc.constant(''),
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 61 }))
        .map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
    ),
  )
  .map(([h, m, s, f, z]) => `${pad(h)}:${pad(m)}:${pad(s)}${f}${z}`);
const looseDateArb = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

describe('lexical forms against libxml2 (an independent XSD implementation)', () => {
  it('xs:time', () => {
    fc.assert(
      fc.property(looseTimeArb, (value) => {
        expect(isIsoTime(value), value).toBe(libxml2Accepts('time', value));
      }),
      { numRuns: 3000 },
    );
  });

  it('xs:dateTime', () => {
    fc.assert(
      fc.property(looseDateArb, looseTimeArb, (date, time) => {
        const value = `${date}T${time}`;
        expect(isIsoDateTime(value), value).toBe(libxml2Accepts('dateTime', value));
      }),
      { numRuns: 3000 },
    );
  });
});
