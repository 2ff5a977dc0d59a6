import { describe, expect, it } from 'vitest';
import { maxNestingDepth, parseSubmission } from './parse.js';

function code(result: ReturnType<typeof parseSubmission>) {
  return result.ok ? 'ok' : result.report.issues[0]?.code;
}

describe('parseSubmission', () => {
  it('parses JSON text and UTF-8 bytes', () => {
    expect(parseSubmission('{"a":[1,{"b":"ü"}]}')).toEqual({ ok: true, data: { a: [1, { b: 'ü' }] } });
    expect(parseSubmission(new TextEncoder().encode('{"a":"ü"}'))).toEqual({ ok: true, data: { a: 'ü' } });
  });

  it('rejects syntax errors and invalid UTF-8 as JSON_SYNTAX', () => {
    expect(code(parseSubmission('{"a":'))).toBe('JSON_SYNTAX');
    expect(code(parseSubmission(new Uint8Array([0x7b, 0xff, 0x7d])))).toBe('JSON_SYNTAX');
  });

  it('rejects nesting 10,000 deep (and 1,000,000 deep) before JSON.parse sees it', () => {
    expect(code(parseSubmission('['.repeat(10_000) + ']'.repeat(10_000)))).toBe('LIMIT_DEPTH');
    expect(code(parseSubmission('{"a":'.repeat(1_000_000)))).toBe('LIMIT_DEPTH');
    expect(code(parseSubmission('[[[1]]]', { maxJsonDepth: 2 }))).toBe('LIMIT_DEPTH');
    expect(code(parseSubmission('[[[1]]]', { maxJsonDepth: 3 }))).toBe('ok');
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(maxNestingDepth('{"a":"[[[[\\"{{{"}')).toBe(1);
  });

  it('rejects input over the byte limit', () => {
    expect(code(parseSubmission('"' + 'x'.repeat(100) + '"', { maxJsonBytes: 50 }))).toBe('LIMIT_BYTES');
  });

  it('accepts a 50 MB string value by default and keeps __proto__ as plain data', () => {
    const big = parseSubmission(`{"a":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    expect(big.ok).toBe(true);
    const hostile = parseSubmission('{"__proto__":{"polluted":1}}');
    expect(hostile.ok && Object.keys(hostile.data as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
