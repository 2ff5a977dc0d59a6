import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', 'ab')).toBe(1);
    expect(editDistance('abc', 'abxc')).toBe(1);
    expect(editDistance('abc', 'abd')).toBe(1);
    expect(editDistance('fuehrerschien', 'fuehrerschein')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('nearest', () => {
  const forms = ['fuehrerschein', 'personenbefoerderungsschein', 'alg2'];
  it('suggests a near name and nothing for an unrelated one', () => {
    expect(nearest('fuehrerschien', forms)).toBe('fuehrerschein');
    expect(nearest('Fuehrerschein', forms)).toBe('fuehrerschein');
    expect(nearest('führerschein', forms)).toBe('fuehrerschein');
    expect(nearest('alg', forms)).toBe('alg2');
    expect(nearest('buergergeld', forms)).toBeUndefined();
    expect(nearest('x', forms)).toBeUndefined();
  });
});
