import { describe, expect, it } from 'vitest';
import { stage } from '../../../test/support/xdf-stage.js';
import { contentFingerprint, fingerprint } from '../../model/fingerprint.js';
import type { FieldDefinition } from '../../model/types.js';
import type { Registry } from './context.js';
import { readOnce } from './dedup.js';
import { type Draft, finished, put } from './draft.js';
import { childKeys, schemaKey } from './keys.js';

const field = (extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  kind: 'field',
  id: 'F1',
  version: '1.0',
  name: 'Name',
  key: 'name',
  feldart: 'input',
  datentyp: 'text',
  ...extra,
});

describe('fingerprint', () => {
  it('is independent of key order and leaves undefined out', () => {
    expect(fingerprint({ a: 1, b: [1, { c: 'x' }] })).toBe(
      fingerprint({ b: [1, { c: 'x' }], a: 1, d: undefined }),
    );
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: '1' }));
    expect(fingerprint([1, 2])).not.toBe(fingerprint([2, 1]));
  });

  it('of a child ignores its occurrence (key, cardinality, occurrence bezug), nothing else', () => {
    expect(contentFingerprint(field())).toBe(
      contentFingerprint(field({ key: 'other', cardinality: '0:*', occurrenceBezug: '§ 1' })),
    );
    expect(contentFingerprint(field())).not.toBe(contentFingerprint(field({ bezug: '§ 1' })));
  });
});

describe('readOnce', () => {
  it('keeps the first reading and its findings; a repeat gives the first, a different one is a conflict', () => {
    const { context } = stage(3, '<x:e/>');
    const registry: Registry<FieldDefinition> = new Map();
    const conflicts: string[] = [];
    const read = (value: FieldDefinition) => () => {
      context.report('XDF_MISSING_NAME', { id: value.name });
      return value;
    };
    const identify = (value: FieldDefinition) => ({ key: value.id, fingerprint: contentFingerprint(value) });
    const first = field();
    expect(readOnce(context, registry, read(first), identify, (v) => conflicts.push(v.name))).toBe(first);
    expect(
      readOnce(context, registry, read(field({ key: 'k2' })), identify, (v) => conflicts.push(v.name)),
    ).toBe(first);
    expect(conflicts).toEqual([]);
    expect(
      readOnce(context, registry, read(field({ name: 'Other' })), identify, (v) => conflicts.push(v.name)),
    ).toBe(first);
    expect(conflicts).toEqual(['Other']);
    // Only the first reading's finding is kept.
    expect(context.issues.map((i) => i.params.id)).toEqual(['Name']);
  });

  it('keeps the findings of a reading that yields nothing', () => {
    const { context } = stage(3, '<x:e/>');
    const result = readOnce(
      context,
      new Map(),
      () => {
        context.report('XDF_MISSING_ID', { element: 'x:e' });
        return undefined;
      },
      () => ({ key: '', fingerprint: '' }),
      () => undefined,
    );
    expect(result).toBeUndefined();
    expect(context.issues.map((i) => i.code)).toEqual(['XDF_MISSING_ID']);
  });
});

describe('drafts', () => {
  it('set defined values only and check required properties', () => {
    const draft: Draft<FieldDefinition> = { kind: 'field' };
    put(draft, 'content', undefined);
    expect('content' in draft).toBe(false);
    expect(() => finished(draft, ['kind', 'id'])).toThrow('internal: id not set');
    put(draft, 'id', 'F1');
    expect(finished(draft, ['kind', 'id'])).toEqual({ kind: 'field', id: 'F1' });
  });
});

describe('keys', () => {
  const children = [
    { content: field(), name: 'Name' },
    { content: field({ id: 'F2' }), name: 'Name' },
  ];
  it('uses recorded child keys only when complete, unique and valid', () => {
    expect(childKeys(children, ['a', 'b'])).toEqual(['a', 'b']);
    expect(childKeys(children, ['a'])).toEqual(['name', 'name2']);
    expect(childKeys(children, ['a', 'a'])).toEqual(['name', 'name2']);
    expect(childKeys(children, ['a', '__proto__'])).toEqual(['name', 'name2']);
    expect(childKeys(children, ['a', '1b'])).toEqual(['name', 'name2']);
  });
  it('uses a recorded schema key when valid, else derives one', () => {
    expect(schemaKey('antrag', 'Mein Antrag', 'S1')).toBe('antrag');
    expect(schemaKey('constructor', 'Mein Antrag', 'S1')).toBe('meinAntrag');
    expect(schemaKey(undefined, 'Größe', 'S1')).toBe('groesse');
  });
});
