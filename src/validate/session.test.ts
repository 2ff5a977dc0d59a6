import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoForm } from '../../examples/demo/form.js';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { generateExample } from '../generate/example.js';
import type { ChildDefinition, FormDefinition } from '../model/types.js';
import { parseCardinality } from '../model/types.js';
import { compile } from './compile.js';

/** Every JSON pointer a form can have (list items up to index 2), with the element there. */
function pointers(children: readonly ChildDefinition[], prefix = ''): string[] {
  const out: string[] = [];
  for (const child of children) {
    const path = `${prefix}/${child.key}`;
    out.push(path);
    const repeated = (parseCardinality(child.cardinality ?? '1:1')?.max ?? 1) > 1;
    const items = repeated ? [0, 1, 2].map((i) => `${path}/${i}`) : [path];
    if (repeated) out.push(...items);
    if (child.kind === 'group') for (const item of items) out.push(...pointers(child.children, item));
  }
  return out;
}

/** Values to set: samples from other seeds, wrong types, absent. */
function valueArbitrary(form: FormDefinition): fc.Arbitrary<unknown> {
  const samples = [1, 2, 3, 4].map((seed) => generateExample(form, { seed, shape: 'maximal' }));
  const leaves: unknown[] = [];
  const collect = (value: unknown): void => {
    leaves.push(value);
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  samples.forEach(collect);
  return fc.oneof(
    fc.constantFrom(...leaves),
    fc.constantFrom(undefined, null, '', 'x', 0, -1, true, [], {}, '1984-02-30', 'Müller ☺'),
  );
}

function checkEquivalence(form: FormDefinition, runs: number): void {
  const compiled = compile(form);
  const paths = [...pointers(form.children), '/unbekannt', '/antragsteller/unbekannt'];
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1000 }),
      fc.array(fc.tuple(fc.constantFrom(...paths), valueArbitrary(form)), { minLength: 1, maxLength: 12 }),
      (seed, edits) => {
        const session = compiled.session(generateExample(form, { seed }), { referenceDate: '2026-01-15' });
        for (const [path, value] of edits) {
          const before = session.report().issues;
          const change = session.set(path, structuredClone(value));
          const after = session.report();
          const full = compiled.validate(structuredClone(session.data), { referenceDate: '2026-01-15' });
          expect(after).toEqual(full);
          // The change lists exactly the difference.
          expect(before.length + change.added.length - change.removed.length).toBe(after.issues.length);
        }
      },
    ),
    { numRuns: runs, seed: 20261125 },
  );
}

describe('validation session', () => {
  it('reports what full validation reports after random edits (demo form)', () => {
    checkEquivalence(demoForm, 300);
  });

  it('reports what full validation reports after random edits (Bürgergeld, with its rules)', () => {
    checkEquivalence(alg2, 150);
  });

  it('reports what full validation reports after random edits (Führerschein, with its rules)', () => {
    checkEquivalence(fuehrerschein, 150);
  });

  it('returns added and removed issues for one change', () => {
    const session = compile(demoForm).session(generateExample(demoForm, { seed: 1 }));
    expect(session.report().valid).toBe(true);
    const broken = session.set('/antragsteller/geburtsdatum', '1984-02-30');
    expect(broken.added.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_DATE', '/antragsteller/geburtsdatum'],
    ]);
    expect(broken.removed).toEqual([]);
    const fixed = session.set('/antragsteller/geburtsdatum', '1984-02-29');
    expect(fixed.added).toEqual([]);
    expect(fixed.removed.map((i) => i.code)).toEqual(['INVALID_DATE']);
  });

  it('never pollutes prototypes through set paths', () => {
    const session = compile(demoForm).session({});
    session.set('/__proto__/polluted', 1);
    session.set('/antragsteller/__proto__', { polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(session.report().issues.some((i) => i.code === 'UNKNOWN_KEY')).toBe(true);
  });

  it('does not change the data it was started with', () => {
    const data = generateExample(demoForm, { seed: 2 });
    const copy = structuredClone(data);
    compile(demoForm).session(data).set('/antragsteller/familienname', 'Neu');
    expect(data).toEqual(copy);
  });
});
