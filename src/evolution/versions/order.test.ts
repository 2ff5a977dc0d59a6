import { describe, expect, it } from 'vitest';
import { compareVersions } from './order.js';

describe('compareVersions', () => {
  it('compares parts as numbers, a missing part as 0', () => {
    expect(compareVersions('1.9.0', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('2.0.1', '2.0')).toBeGreaterThan(0);
    expect(compareVersions('10', '9.9.9')).toBeGreaterThan(0);
  });

  it('compares parts that are not numbers as text, and sorts into a total order', () => {
    expect(compareVersions('1.0.beta', '1.0.alpha')).toBeGreaterThan(0);
    const sorted = ['2.0.0', '1.10', '1.2.0', '1.0', '1.2'].sort(compareVersions);
    expect(sorted).toEqual(['1.0', '1.2.0', '1.2', '1.10', '2.0.0']);
  });
});
