/**
 * Robustness: truncated and mutated corpus files never make the importers throw or report an
 * internal error; they yield structured reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/shared.js';
import { compile } from '../validate/compile.js';
import { toXdf } from './export.js';
import { importCodeList } from './genericode.js';
import { importXdf } from './import.js';
import { toJsonSchema } from './json-schema.js';
import { toTypeScript } from './typescript.js';

const xdfFiles = [
  ...readdirSync(sharedPath('corpus', 'xdf2'))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => sharedPath('corpus', 'xdf2', f)),
  sharedPath('corpus', 'xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'),
  ...readdirSync(sharedPath('corpus', 'xdf3')).map((f) => sharedPath('corpus', 'xdf3', f)),
].map((path) => readFileSync(path, 'utf8'));
const listFiles = [
  ...readdirSync(sharedPath('corpus', 'codelists')).map((f) => sharedPath('corpus', 'codelists', f)),
  sharedPath('corpus', 'xdf2', 'S00000094', 'C00000020_genericode.xml'),
].map((path) => readFileSync(path, 'utf8'));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A mutation of a text: truncation, deletion, insertion, duplication, or a new element text. */
const mutation = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 200 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      text: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('<', '>', '&', ']]>', '<xdf:struktur>', '</xdf:enthaelt>', '\u0000'),
      ),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 2000 }),
    }),
    weight: 1,
  },
  // Replacing one element's text keeps the file well-formed and reaches the mapping: weighted up.
  {
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      index: fc.nat(),
      text: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          '0:0',
          '2:1',
          '*:*',
          '{"minLength":"-1"}',
          '{"pattern":"[a-"}',
          '{}',
          '[]',
          'select',
          'label',
          'file',
          '99',
          'urn:x_',
        ),
      ),
    }),
    weight: 6,
  },
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(source: string, m: Mutation): string {
  if (m.kind === 'text') {
    const texts = [...source.matchAll(/>([^<]*)</g)];
    const target = texts.length === 0 ? undefined : texts[m.index % texts.length];
    if (!target || target.index === undefined) return source;
    const start = target.index + 1;
    return source.slice(0, start) + escapeXml(m.text) + source.slice(start + (target[1] ?? '').length);
  }
  const at = Math.floor(m.at * source.length);
  switch (m.kind) {
    case 'truncate':
      return source.slice(0, at);
    case 'delete':
      return source.slice(0, at) + source.slice(at + m.length);
    case 'insert':
      return source.slice(0, at) + m.text + source.slice(at);
    case 'duplicate':
      return source.slice(0, at) + source.slice(at, at + m.length) + source.slice(at);
  }
}

describe('fuzz: mutated corpus files', () => {
  it('importXdf never throws and never reports an internal error; what it yields can be exported and typed', () => {
    let usable = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (pick, mutations) => {
        const source = mutations.reduce(mutate, xdfFiles[pick % xdfFiles.length] as string);
        const result = importXdf(source);
        expect(Array.isArray(result.report.issues)).toBe(true);
        expect(result.report.issues.map((i) => i.code)).not.toContain('XDF_INTERNAL_ERROR');
        if (result.definition) {
          usable++;
          if (result.report.valid)
            expect(() => compile(result.definition as never, { codeLists: [] })).not.toThrow();
          const again = importXdf(
            toXdf(result.definition, { version: 3, messageId: 'x', createdAt: '2026-01-01T00:00:00Z' }),
          );
          expect(again.definition).toEqual(result.definition);
          expect(typeof toTypeScript(result.definition)).toBe('string');
          expect(typeof toJsonSchema(result.definition)).toBe('object');
        }
      }),
      { numRuns: 300 },
    );
    // Many mutations keep the file readable: the export path is exercised, not only parse errors.
    expect(usable).toBeGreaterThan(30);
  });

  it('importXdf survives arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = importXdf(bytes);
        expect(result.report.valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('importCodeList never throws on mutated lists', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (pick, mutations) => {
        const source = mutations.reduce(mutate, listFiles[pick % listFiles.length] as string);
        const result = importCodeList(source);
        expect(Array.isArray(result.report.issues)).toBe(true);
        if (result.codeList)
          expect(new Set(result.codeList.values.map((v) => v.code)).size).toBe(result.codeList.values.length);
      }),
      { numRuns: 200 },
    );
  });
});
