import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedWriter, writeJson } from './output.js';

function collect(value: unknown): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJson((chunk) => chunks.push(chunk), value);
  return { text: chunks.join(''), chunks };
}

describe('writeJson', () => {
  it('writes exactly JSON.stringify(value, null, 2) and a newline', () => {
    const samples: unknown[] = [
      null,
      0,
      -1.5e-7,
      'a"\\\n\u2028',
      [],
      {},
      [[], {}, [1, [2]]],
      { a: undefined, b: [undefined, () => 1], c: { d: 'x' }, 'e"f': true },
      JSON.parse(readFileSync('examples/alg2/maximal.json', 'utf8')),
    ];
    for (const value of samples) expect(collect(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => collect(value).text === `${JSON.stringify(value, null, 2)}\n`),
      { numRuns: 500, seed: 12 },
    );
  });

  it('writes a report too large for one string in chunks', () => {
    // 300,000 issues of 2 KiB: more than V8's maximum string length (2^29 - 24 characters), so
    // JSON.stringify(report, null, 2) throws RangeError, as it did for hostile messages with a
    // million findings. Written in chunks, it goes through.
    const text = 'x'.repeat(1000);
    const issue = {
      code: 'UNKNOWN_KEY',
      severity: 'error',
      path: '/x',
      message: { de: text, en: text },
      params: {},
    };
    const issues = new Array(300_000).fill(issue);
    let bytes = 0;
    let largest = 0;
    let chunks = 0;
    writeJson(
      (chunk) => {
        bytes += chunk.length;
        largest = Math.max(largest, chunk.length);
        chunks++;
      },
      { valid: false, issues },
    );
    expect(bytes).toBeGreaterThan(2 ** 29);
    expect(largest).toBeLessThan(256 * 1024);
    expect(chunks).toBeGreaterThan(1000);
  }, 120_000);
});

describe('ChunkedWriter', () => {
  it('passes text on in order, in chunks, and everything after flush', () => {
    const chunks: string[] = [];
    const out = new ChunkedWriter((chunk) => chunks.push(chunk));
    const parts = Array.from({ length: 50_000 }, (_, i) => `${i},`);
    for (const part of parts) out.write(part);
    out.write('x'.repeat(100_000));
    out.write('end');
    out.flush();
    expect(chunks.join('')).toBe(`${parts.join('')}${'x'.repeat(100_000)}end`);
    expect(chunks.length).toBeGreaterThan(2);
  });
});
