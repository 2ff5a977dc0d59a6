/**
 * The function catalogue is the single source: every entry declares its signature, docs and
 * evaluation kind, the compilers dispatch on the kind (no function is special-cased by name), and
 * equality and order have one definition (compare.ts), checked here against hand-worked values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../text/decimal.js';
import { equalValues, orderValues } from './compare.js';
import { FUNCTIONS, type FunctionSpec, functionNamed } from './library.js';

const d = (text: string) => parseDecimal(text) ?? null;

describe('the function catalogue', () => {
  const entries = Object.entries(FUNCTIONS as Readonly<Record<string, FunctionSpec>>);

  it('declares for every function its arity within its parameters, docs and an evaluation kind', () => {
    for (const [name, spec] of entries) {
      expect(spec.required, name).toBeLessThanOrEqual(spec.params.length);
      expect(['eager', 'lazy', 'pattern', 'per-item'], name).toContain(spec.evaluation);
      expect(spec.doc.de.length * spec.doc.en.length * spec.doc.example.length, name).toBeGreaterThan(0);
      expect(spec.doc.example, name).toContain(`${name}(`);
      if (spec.evaluation === 'pattern') expect(spec.params[spec.pattern]?.literal, name).toBe(true);
    }
  });

  it('declares the special forms by kind: if is lazy, matches takes a pattern, countWhere counts per item', () => {
    expect(FUNCTIONS.if.evaluation).toBe('lazy');
    expect(FUNCTIONS.matches.evaluation).toBe('pattern');
    expect(FUNCTIONS.countWhere.evaluation).toBe('per-item');
    expect(entries.filter(([, spec]) => spec.evaluation !== 'eager').map(([name]) => name)).toEqual([
      'countWhere',
      'matches',
      'if',
    ]);
  });

  it('finds own entries only', () => {
    expect(functionNamed('age')).toBe(FUNCTIONS.age);
    expect(functionNamed('constructor')).toBeUndefined();
    expect(functionNamed('toString')).toBeUndefined();
  });

  it('is the only place the compilers learn about a function: no name is special-cased', () => {
    const compiler = readFileSync(new URL('./compile-expression.ts', import.meta.url), 'utf8');
    expect(compiler).not.toMatch(/\.name\s*[!=]==|case\s+['"](?:countWhere|matches|if)['"]/);
    expect(compiler).toMatch(/functionNamed\(expr\.name\)/);
  });

  it('evaluates the lazy and per-item forms through their entries', () => {
    let evaluated = 0;
    const branch = (value: string) => () => {
      evaluated++;
      return value;
    };
    const env = { root: {}, indices: [], referenceDate: '2026-01-01' };
    expect(FUNCTIONS.if.apply([() => true, branch('a'), branch('b')], env)).toBe('a');
    expect(FUNCTIONS.if.apply([() => null, branch('a'), branch('b')], env)).toBeNull();
    expect(evaluated).toBe(1);
    expect(FUNCTIONS.countWhere.apply([true, false, null, true])).toEqual(d('2'));
    expect(FUNCTIONS.matches.apply(['12a', null], /^\d+[a-z]?$/u)).toBe(true);
    expect(FUNCTIONS.matches.apply([null, null], /x/u)).toBeNull();
  });
});

describe('one equality and one order (compare.ts)', () => {
  it('compares numbers as exact decimals', () => {
    expect(equalValues(d('1.0'), d('1'), false)).toBe(true);
    expect(equalValues(d('0.1'), d('0.10000000000000001'), false)).toBe(false);
    expect(orderValues(d('0.3'), d('0.1'), false)).toBeGreaterThan(0);
  });

  it('treats null as a value for equality and as unordered', () => {
    expect(equalValues(null, null, false)).toBe(true);
    expect(equalValues(null, '', false)).toBe(false);
    expect(orderValues(null, 'a', false)).toBeNull();
    expect(orderValues('a', d('1'), false)).toBeNull();
  });

  it('orders texts and dates by code units', () => {
    expect(orderValues('2024-02-29', '2024-03-01', false)).toBeLessThan(0);
    expect(orderValues('B', 'a', false)).toBeLessThan(0);
  });

  it('compares times by instant: equal across zones, indeterminate with and without a zone', () => {
    expect(equalValues('10:00:00+01:00', '09:00:00Z', true)).toBe(true);
    expect(equalValues('10:00:00+01:00', '09:00:00Z', false)).toBe(false);
    expect(orderValues('10:00:00', '10:00:00Z', true)).toBeNull();
    expect(equalValues('10:00:00', '10:00:00Z', true)).toBe(false);
    // 15 hours apart: ±14:00 cannot change the order.
    expect(orderValues('01:00:00', '16:00:00Z', true)).toBeLessThan(0);
  });

  it('is what the functions use: lookup, overlaps, min and max', () => {
    const env = { root: {}, indices: [], referenceDate: '2026-01-01' };
    const number = [{ base: 'number', list: true } as const];
    expect(FUNCTIONS.lookup.apply([[d('1.0'), d('2')], ['a', 'b'], d('1')], env, number)).toBe('a');
    expect(FUNCTIONS.overlaps.apply([[d('2.50')], [d('2.5')]], env, number)).toBe(true);
    const times = [{ base: 'time', list: true } as const];
    expect(FUNCTIONS.max.apply([['10:00:00+01:00', '09:30:00Z']], env, times)).toBe('09:30:00Z');
    expect(FUNCTIONS.min.apply([['10:00:00', '10:00:00Z']], env, times)).toBeNull();
  });
});
