/**
 * `depthProblem`: its quick pass (for trees within the limit) and its exact walk give the
 * pointer a plain recursive search gives (the oracle, written here for trees), for random
 * trees around the limit; cycles and shared objects are found or measured by the exact walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointerAppend } from '../issues/pointer.js';
import { depthProblem } from './data.js';

/** The first pointer, in key order, of a container nested deeper than `max` (root at level 1). */
function firstTooDeep(value: unknown, max: number, path = '', level = 1): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (level > max) return path;
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    const found = firstTooDeep(child, max, pointerAppend(path, key), level + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(1, 'a', null, true),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c/d', '~'), tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('depthProblem', () => {
  it('finds the first place deeper than the limit, as a recursive search does', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 2 }), tree),
        fc.integer({ min: 0, max: 7 }),
        (data, max) => {
          expect(depthProblem(data, max)).toBe(firstTooDeep(data, max));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds cycles and measures shared objects once', () => {
    const cyclic: Record<string, unknown> = { a: { b: 1 } };
    (cyclic.a as Record<string, unknown>).c = cyclic;
    expect(depthProblem(cyclic, 256)).toBe('/a/c');
    // A chain whose every level holds the next twice: 2^40 paths, one object per level.
    let shared: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) shared = { left: shared, right: shared };
    expect(depthProblem(shared, 256)).toBeUndefined();
    expect(depthProblem(shared, 30)).toBe(`${'/left'.repeat(30)}`);
  });
});
