/**
 * `valueIsValid`, the valid path of the value checks, says yes exactly when `checkValue`
 * reports nothing: over the value specs of the three shipped forms (their code lists loaded)
 * and values of every kind, many at the edges (lengths, bounds, characters outside DIN 91379,
 * combining marks, impossible dates, decimal places). `checkValue` is the oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import type { Issue } from '../issues/issue.js';
import { compile } from './compile.js';
import type { CompiledContainer } from './tree.js';
import { checkValue, type ValueSpec, valueIsValid } from './values.js';

function specs(container: CompiledContainer): ValueSpec[] {
  return container.children.flatMap((child) => [
    ...(child.valueSpec ? [child.valueSpec] : []),
    ...(child.container ? specs(child.container) : []),
  ]);
}

const EDGES: readonly unknown[] = [
  '',
  'a',
  ' ',
  'Müller',
  'Łukasz',
  'Ærø',
  'A\u0308',
  'e\u0301',
  'D\u0302',
  'L\u00b7l',
  '\u0000',
  'x\uD800',
  '\uFFFE',
  '€',
  'ß',
  'ǅ',
  '\u02BB',
  '\u0300',
  'a'.repeat(300),
  '12345',
  'DE02120300000000202051',
  '2024-02-29',
  '2023-02-29',
  '1900-01-01',
  '2100-12-31',
  '0001-01-01',
  '10000-01-01',
  '2024-1-1',
  '12:00:00',
  '24:00:00',
  '12:00:00+14:00',
  '2024-01-01T10:00:00Z',
  '2024-01-01T10:00:00',
  0,
  -1,
  1,
  1.5,
  1.005,
  12.34,
  12.345,
  1e21,
  1e-7,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  true,
  false,
  null,
  undefined,
  [],
  {},
  ['a'],
  { content: 'QQ==' },
];

describe('valueIsValid', () => {
  for (const definition of [alg2, fuehrerschein, personenbefoerderungsschein]) {
    const all = specs(compile(definition).tree.root);
    it(`agrees with checkValue on every field of ${definition.key}`, () => {
      const codes = all.flatMap((spec) =>
        spec.kind === 'code' && spec.codes ? [...spec.codes].slice(0, 5) : [],
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...all),
          fc.oneof(
            fc.constantFrom(...EDGES, ...codes),
            fc.string({ maxLength: 12 }),
            fc.double(),
            fc.integer(),
          ),
          (spec, value) => {
            const issues: Issue[] = [];
            checkValue(spec, value, '/x', issues);
            const binary = spec.kind === 'file' || spec.kind === 'obj';
            // Files always go the checker's way; every other kind is decided exactly.
            if (binary) expect(valueIsValid(spec, value)).toBe(false);
            else expect(valueIsValid(spec, value)).toBe(issues.length === 0);
          },
        ),
        { numRuns: 3000 },
      );
      // Every spec met with every edge value, not only a random sample.
      for (const spec of all) {
        for (const value of [...EDGES, ...codes]) {
          const issues: Issue[] = [];
          checkValue(spec, value, '/x', issues);
          if (valueIsValid(spec, value)) expect(issues).toEqual([]);
        }
      }
    });
  }
});
