import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { compile } from './compile.js';
import { pointerToPath, standardSchema } from './standard-schema.js';

const REFERENCE_DATE = '2026-03-02';
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const valid = read('examples/fuehrerschein/valid.json');
const mindestalter = read('examples/fuehrerschein/invalid/mindestalter-b.json');

describe('Standard Schema v1 on a compiled form', () => {
  const form = compile(fuehrerschein);
  const english = standardSchema(form, { lang: 'en', referenceDate: REFERENCE_DATE });
  const german = standardSchema(form, { referenceDate: REFERENCE_DATE });

  it('has version 1 and the vendor antrag', () => {
    expect(form['~standard'].version).toBe(1);
    expect(form['~standard'].vendor).toBe('antrag');
    expect(typeof form['~standard'].validate).toBe('function');
  });

  it('succeeds with the value itself for a valid submission', () => {
    const result = german['~standard'].validate(valid);
    expect(result).toEqual({ value: valid });
    expect((result as { value: unknown }).value).toBe(valid);
  });

  it('fails with message and path per error, in the chosen language', () => {
    // examples/fuehrerschein/invalid/expected.json: FE_MINDESTALTER at /beantragteKlassen/0.
    const en = english['~standard'].validate(mindestalter);
    const de = german['~standard'].validate(mindestalter);
    if (!('issues' in en) || !en.issues || !('issues' in de) || !de.issues)
      throw new Error('expected issues');
    expect(en.issues.map((issue) => issue.path)).toEqual([['beantragteKlassen', 0]]);
    expect(de.issues.map((issue) => issue.path)).toEqual([['beantragteKlassen', 0]]);
    expect(en.issues[0]?.message).toMatch(/Classes B and BE require an age of 18/);
    expect(de.issues[0]?.message).toMatch(/Klassen B und BE müssen Sie 18 Jahre alt sein/);
  });

  it('reports an issue about the whole submission without a path, never throws', () => {
    for (const value of [null, 42, 'text', [], undefined]) {
      const result = german['~standard'].validate(value);
      if (!('issues' in result) || !result.issues) throw new Error('expected issues');
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).not.toHaveProperty('path');
    }
  });

  it('keeps warnings and infos out of the issues', () => {
    // Without the code lists the form carries, the valid example gets CODE_LIST_NOT_LOADED warnings.
    const bare = compile({ ...fuehrerschein, codeLists: [] });
    const report = bare.validate(valid, { referenceDate: REFERENCE_DATE });
    expect(report.issues.some((issue) => issue.severity === 'warning')).toBe(true);
    expect(standardSchema(bare, { referenceDate: REFERENCE_DATE })['~standard'].validate(valid)).toEqual({
      value: valid,
    });
  });

  it('form["~standard"] uses German messages', () => {
    const result = form['~standard'].validate({ antragsart: 'bf17' });
    if (!('issues' in result) || !result.issues) throw new Error('expected issues');
    expect(result.issues.some((issue) => issue.message.includes('Pflichtangabe'))).toBe(true);
  });
});

describe('pointerToPath', () => {
  it('splits RFC 6901 pointers and unescapes ~1 and ~0', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/a/0/b')).toEqual(['a', 0, 'b']);
    expect(pointerToPath('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
    expect(pointerToPath('/01/10')).toEqual(['01', 10]);
  });
});
