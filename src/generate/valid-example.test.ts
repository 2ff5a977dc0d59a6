import { describe, expect, it } from 'vitest';
import { builtInForms } from '../forms/registry.js';
import { compile } from '../validate/compile.js';
import { validExample } from './valid-example.js';

describe('validExample', () => {
  for (const [name, definition] of builtInForms) {
    it(`finds rule-valid samples of ${name} from scratch, reproducibly`, () => {
      const form = compile(definition);
      for (let seed = 1; seed <= 15; seed++) {
        const sample = validExample(form, { seed });
        expect(
          sample.report.issues.filter((i) => i.severity === 'error'),
          `${name} seed ${seed}`,
        ).toEqual([]);
        expect(form.validate(sample.data, { referenceDate: '2026-01-01' }).valid).toBe(true);
      }
      expect(validExample(form, { seed: 4 }).data).toEqual(validExample(form, { seed: 4 }).data);
    });
  }

  it('varies a valid base while keeping it valid', () => {
    const form = compile(builtInForms.get('fuehrerschein') ?? ({} as never));
    const base = validExample(form, { seed: 1 }).data;
    const varied = validExample(form, { seed: 2, bases: [base], mutations: 40 });
    expect(varied.report.valid).toBe(true);
    expect(varied.data).not.toEqual(base);
  });
});
