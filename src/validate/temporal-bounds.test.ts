import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleTestForm } from '../../test/support/rule-test-form.js';
import { defineForm, field } from '../model/builders.js';
import type { Praezisierung } from '../model/types.js';
import { compileExpression, scopeOf } from '../rules/compile-expression.js';
import { parseExpression } from '../rules/grammar.js';
import { compile } from './compile.js';

const meta = (key: string) => ({
  key,
  id: 'F99000000777',
  version: '1.0.0',
  name: key,
  label: { de: 'Zeit', en: 'Time' },
});

function issues(kind: 'time' | 'datetime' | 'date', praezisierung: Praezisierung, value: string) {
  const make = kind === 'time' ? field.time : kind === 'datetime' ? field.datetime : field.date;
  const form = defineForm({
    id: 'S99000000777',
    version: '1.0.0',
    name: 'Test',
    key: 'test',
    children: [make({ ...meta('t'), praezisierung })],
  });
  return compile(form).validate({ t: value }).issues;
}
const codes = (...args: Parameters<typeof issues>) => issues(...args).map((i) => i.code);

describe('praezisierung bounds on times and date-times', () => {
  it('compare by instant: 10:30:00+02:00 is below minValue 09:00:00Z', () => {
    expect(codes('time', { minValue: '09:00:00Z' }, '10:30:00+02:00')).toEqual(['MIN_VALUE']);
    expect(codes('time', { minValue: '09:00:00Z' }, '11:00:00+02:00')).toEqual([]);
    expect(codes('time', { maxValue: '09:00:00Z' }, '10:30:00+01:00')).toEqual(['MAX_VALUE']);
  });

  it('equal instants in different zones meet inclusive bounds', () => {
    const bounds = { minValue: '2024-05-01T10:00:00Z', maxValue: '2024-05-01T10:00:00Z' };
    expect(codes('datetime', bounds, '2024-05-01T12:00:00+02:00')).toEqual([]);
    expect(codes('datetime', bounds, '2024-05-01T00:00:00-10:00')).toEqual([]);
    expect(codes('datetime', bounds, '2024-05-01T12:00:00.001+02:00')).toEqual(['MAX_VALUE']);
  });

  it('24:00:00 is accepted and is the start of the next day', () => {
    expect(codes('datetime', { maxValue: '2024-05-02T00:00:00' }, '2024-05-01T24:00:00')).toEqual([]);
    expect(codes('datetime', { minValue: '2024-05-02T00:00:00' }, '2024-05-01T24:00:00')).toEqual([]);
    expect(codes('datetime', { maxValue: '2024-05-01T23:59:59' }, '2024-05-01T24:00:00')).toEqual([
      'MAX_VALUE',
    ]);
    expect(codes('time', { minValue: '00:00:00', maxValue: '00:00:00' }, '24:00:00')).toEqual([]);
  });

  it('a leap second and a zoned date are not values', () => {
    expect(codes('time', {}, '23:59:60')).toEqual(['INVALID_TIME']);
    expect(codes('datetime', {}, '2016-12-31T23:59:60Z')).toEqual(['INVALID_DATETIME']);
    expect(codes('date', {}, '2024-05-01Z')).toEqual(['INVALID_DATE']);
    expect(codes('date', { minValue: '2024-05-01' }, '2024-04-30')).toEqual(['MIN_VALUE']);
  });

  it('zone against no zone: decided when ±14:00 decides, otherwise the bound is not met', () => {
    const min = { minValue: '2024-05-01T10:00:00Z' };
    expect(codes('datetime', min, '2024-05-03T10:00:00')).toEqual([]);
    expect(codes('datetime', min, '2024-04-29T10:00:00')).toEqual(['MIN_VALUE']);
    const found = issues('datetime', min, '2024-05-01T12:00:00');
    expect(found.map((i) => i.code)).toEqual(['MIN_VALUE_INDETERMINATE']);
    expect(found[0]?.params).toMatchObject({
      minValue: '2024-05-01T10:00:00Z',
      value: '2024-05-01T12:00:00',
    });
    expect(found[0]?.message.de).toContain('Zeitzone');
    expect(found[0]?.message.en).toContain('time zone');
    expect(codes('time', { maxValue: '17:00:00' }, '16:00:00Z')).toEqual(['MAX_VALUE_INDETERMINATE']);
  });

  it('INVALID_DATETIME and INVALID_TIME say what is required', () => {
    const [datetime] = issues('datetime', {}, '2024-05-01 12:30');
    expect(datetime?.message.en).toBe(
      '"Time" is not a valid date and time: expected YYYY-MM-DDThh:mm:ss with a calendar day of the years 0001 to 9999 and a time from 00:00:00 to 23:59:59 (or 24:00:00), optionally with a fraction of a second (.s) and a time zone (Z or ±hh:mm up to ±14:00).',
    );
    // The message no longer claims a time zone is required: values without one are valid.
    expect(codes('datetime', {}, '2024-05-01T12:30:00')).toEqual([]);
    const [time] = issues('time', {}, '7:30');
    expect(time?.message.de).toContain('hh:mm:ss');
    expect(time?.message.de).toContain('24:00:00');
  });
});

describe('one semantics: praezisierung bounds decide as the rule language orders', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const zone = fc.constantFrom('', 'Z', '+02:00', '-05:30', '+14:00', '-14:00');
  const value = fc
    .tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 23 }),
      fc.constantFrom(0, 30, 59),
      fc.constantFrom('', '.5'),
      zone,
    )
    .map(([d, h, m, f, z]) => `2024-05-0${d + 1}T${pad(h)}:${pad(m)}:00${f}${z}`);
  const scope = scopeOf(ruleTestForm);
  const parsed = parseExpression('beginn >= ende');
  if (!parsed.ok) throw new Error('parse');
  const rule = compileExpression(parsed.ast, scope, { keys: [], perItem: false });

  it('value >= minValue: true ⇔ no issue, false ⇔ MIN_VALUE, null ⇔ MIN_VALUE_INDETERMINATE', () => {
    fc.assert(
      fc.property(value, value, (v, bound) => {
        const ruled = rule.evaluate({
          root: { beginn: v, ende: bound },
          indices: [],
          referenceDate: '2026-03-01',
        });
        const expected = ruled === true ? [] : ruled === false ? ['MIN_VALUE'] : ['MIN_VALUE_INDETERMINATE'];
        expect(codes('datetime', { minValue: bound }, v)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
