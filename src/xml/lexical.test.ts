/**
 * Lexical forms: trimming XML white space and removing it from base64, exactly and in linear time
 * (a million characters of white space inside a value are read, not retried position by position).
 */
import { describe, expect, it } from 'vitest';
import { base64Content, parseBoolean, parseDecimal, trimXmlSpace } from './lexical.js';

describe('trimXmlSpace', () => {
  it('removes space, tab, LF and CR at both ends and nothing else', () => {
    expect(trimXmlSpace(' \t\n\r2026-03-02 \r\n')).toBe('2026-03-02');
    expect(trimXmlSpace('a b')).toBe('a b');
    expect(trimXmlSpace('\u00A0a\u2003')).toBe('\u00A0a\u2003');
    expect(trimXmlSpace('   ')).toBe('');
    expect(trimXmlSpace('')).toBe('');
  });

  it('keeps a long inner run of white space and finishes (no retry at every position)', () => {
    const inner = ' '.repeat(1_000_000);
    expect(trimXmlSpace(`x${inner}x`)).toBe(`x${inner}x`);
    expect(trimXmlSpace(`${inner}x${inner}`)).toBe('x');
    expect(parseDecimal(`1${inner}2`)).toBeUndefined();
    expect(parseBoolean(`${inner}true${inner}`)).toBe(true);
  });
});

describe('base64Content', () => {
  it('removes all XML white space', () => {
    expect(base64Content('QUJD\r\nREVG\n R0g=\t')).toBe('QUJDREVGR0g=');
    expect(base64Content('QUJD')).toBe('QUJD');
    expect(base64Content(' \n ')).toBe('');
  });

  it('removes millions of white space runs', () => {
    expect(base64Content('A '.repeat(2_000_000))).toBe('A'.repeat(2_000_000));
  });
});
