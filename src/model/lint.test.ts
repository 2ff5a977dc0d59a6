import { describe, expect, it } from 'vitest';
import { defineForm, field, group } from './builders.js';
import { CodeListRegistry } from './codelists.js';
import { lint } from './lint.js';
import { LINT_CODES } from './lint-codes.js';
import type { ChildDefinition, FormDefinition } from './types.js';

const base = { version: '1.0', label: { de: 'x' } } as const;

function formOf(...children: ChildDefinition[]): FormDefinition {
  return defineForm({ id: 'S99000001', version: '1.0', name: 'Test', key: 'test', children });
}

function text(key: string, extra: Record<string, unknown> = {}, id = 'F99000001') {
  return field.text({ ...base, id, name: key, key, ...extra });
}

function findings(definition: FormDefinition, options = {}) {
  return lint(definition, options).map((f) => [f.code, f.keyPath]);
}

describe('lint', () => {
  it('finds nothing in a clean definition', () => {
    expect(lint(formOf(text('a')))).toEqual([]);
  });

  it('DEF_INVALID_ID: id with the wrong letter or digits', () => {
    expect(findings(formOf(text('a', {}, 'G99000001')))).toEqual([['DEF_INVALID_ID', 'a']]);
    expect(findings(formOf(text('a', {}, 'F990001')))).toEqual([['DEF_INVALID_ID', 'a']]);
    expect(findings(formOf(text('a', {}, 'F99000000001')))).toEqual([]);
  });

  it('DEF_INVALID_VERSION', () => {
    expect(findings(formOf(text('a', { version: 'v1' })))).toEqual([['DEF_INVALID_VERSION', 'a']]);
  });

  it('DEF_INVALID_KEY and DEF_RESERVED_KEY', () => {
    expect(findings(formOf(text('1a')))).toEqual([['DEF_INVALID_KEY', '1a']]);
    expect(findings(formOf(text('a b')))).toEqual([['DEF_INVALID_KEY', 'a b']]);
    expect(findings(formOf(text('__proto__')))).toEqual([['DEF_RESERVED_KEY', '__proto__']]);
  });

  it('DEF_DUPLICATE_KEY among siblings, not across groups', () => {
    expect(findings(formOf(text('a'), text('a', {}, 'F99000002')))).toEqual([['DEF_DUPLICATE_KEY', 'a']]);
    const nested = formOf(
      text('a'),
      group({ ...base, id: 'G99000001', name: 'g', key: 'g', children: [text('a')] }),
    );
    expect(findings(nested)).toEqual([]);
  });

  it('DEF_DUPLICATE_ID: one id for a field and a group', () => {
    const def = formOf(
      text('a', {}, 'F99000001'),
      group({ ...base, id: 'G99000001', name: 'g', key: 'g', children: [text('b', {}, 'F99000002')] }),
      { ...text('c', {}, 'F99000003'), id: 'G99000001' },
    );
    expect(findings(def).map(([code]) => code)).toContain('DEF_DUPLICATE_ID');
  });

  it('DEF_CONFLICTING_ELEMENT: the same (id, version) with different content', () => {
    const def = formOf(text('a', { name: 'eins' }), text('b', { name: 'zwei' }));
    expect(findings(def)).toEqual([['DEF_CONFLICTING_ELEMENT', 'b']]);
    // The same element reused with another key and cardinality is fine.
    expect(findings(formOf(text('a'), text('b', { name: 'a', cardinality: '0:1' })))).toEqual([]);
  });

  it('cardinality: malformed, min > max, zero', () => {
    expect(findings(formOf(text('a', { cardinality: '1-2' })))).toEqual([['DEF_INVALID_CARDINALITY', 'a']]);
    expect(findings(formOf(text('a', { cardinality: '2:1' })))).toEqual([
      ['DEF_CARDINALITY_MIN_GT_MAX', 'a'],
    ]);
    expect(findings(formOf(text('a', { cardinality: '0:0' })))).toEqual([['DEF_CARDINALITY_ZERO', 'a']]);
  });

  it('praezisierung: lengths, bounds, patterns', () => {
    type Make = (key: string, extra: Record<string, unknown>) => ChildDefinition;
    const p = (praezisierung: object, make: Make = text) => findings(formOf(make('a', { praezisierung })));
    expect(p({ minLength: 5, maxLength: 2 })).toEqual([['DEF_MIN_GT_MAX_LENGTH', 'a']]);
    expect(p({ maxLength: -1 })).toEqual([['DEF_INVALID_LENGTH', 'a']]);
    expect(p({ pattern: '[a-' })).toEqual([['DEF_INVALID_PATTERN', 'a']]);
    expect(p({ pattern: '^\\d+$' })).toEqual([['DEF_PATTERN_ANCHORS', 'a']]);
    expect(p({ minValue: 1 })).toEqual([['DEF_PRAEZISIERUNG_NOT_APPLICABLE', 'a']]);
    const num = (key: string, extra: Record<string, unknown>) =>
      field.num({ ...base, id: 'F99000001', name: key, key, ...extra });
    expect(p({ minValue: 5, maxValue: 1 }, num)).toEqual([['DEF_MIN_GT_MAX_VALUE', 'a']]);
    expect(p({ minValue: '5' }, num)).toEqual([['DEF_INVALID_BOUND', 'a']]);
    expect(p({ maxLength: 3 }, num)).toEqual([['DEF_PRAEZISIERUNG_NOT_APPLICABLE', 'a']]);
    const date = (key: string, extra: Record<string, unknown>) =>
      field.date({ ...base, id: 'F99000001', name: key, key, ...extra });
    expect(p({ minValue: '2024-02-30' }, date)).toEqual([['DEF_INVALID_BOUND', 'a']]);
    expect(p({ minValue: '2024-02-01', maxValue: '2024-01-01' }, date)).toEqual([
      ['DEF_MIN_GT_MAX_VALUE', 'a'],
    ]);
    // Times by instant (src/text/temporal.ts), not by text: 10:00+02:00 is 08:00Z.
    const time = (key: string, extra: Record<string, unknown>) =>
      field.time({ ...base, id: 'F99000001', name: key, key, ...extra });
    expect(p({ minValue: '10:00:00+02:00', maxValue: '09:00:00Z' }, time)).toEqual([]);
    expect(p({ minValue: '10:00:00Z', maxValue: '11:00:00+02:00' }, time)).toEqual([
      ['DEF_MIN_GT_MAX_VALUE', 'a'],
    ]);
    expect(p({ minValue: '24:00:00', maxValue: '00:00:00' }, time)).toEqual([]);
    expect(p({ minValue: '23:59:60' }, time)).toEqual([['DEF_INVALID_BOUND', 'a']]);
  });

  it('select fields: without values, duplicate codes, missing code list', () => {
    const select = (extra: Record<string, unknown>) =>
      field.select({ ...base, id: 'F99000001', name: 'a', key: 'a', ...extra });
    expect(findings(formOf(select({})))).toEqual([['DEF_SELECT_WITHOUT_VALUES', 'a']]);
    const dup = select({
      values: [
        { code: 'x', name: { de: 'x' } },
        { code: 'x', name: { de: 'y' } },
      ],
    });
    expect(findings(formOf(dup))).toEqual([['DEF_DUPLICATE_CODE', 'a']]);
    const ref = select({ codeList: { uri: 'urn:x', version: '1' } });
    expect(findings(formOf(ref), { codeLists: new CodeListRegistry() })).toEqual([
      ['DEF_CODE_LIST_MISSING', 'a'],
    ]);
    const loaded = new CodeListRegistry([{ uri: 'urn:x', version: '1', values: [] }]);
    expect(findings(formOf(ref), { codeLists: loaded })).toEqual([]);
    expect(findings(formOf(text('a', { values: [{ code: 'x', name: { de: 'x' } }] })))).toEqual([
      ['DEF_VALUES_NOT_SELECT', 'a'],
    ]);
  });

  it('label fields with constraints', () => {
    const label = field.label({ ...base, id: 'F99000001', name: 'a', key: 'a' });
    expect(findings(formOf({ ...label, praezisierung: { maxLength: 3 } }))).toEqual([
      ['DEF_LABEL_WITH_CONSTRAINTS', 'a'],
    ]);
  });

  it('file constraints on a non-file field, empty groups, dates and labels', () => {
    expect(findings(formOf(text('a', { file: { maxSize: 1 } })))).toEqual([
      ['DEF_FILE_CONSTRAINTS_NOT_FILE', 'a'],
    ]);
    expect(findings(formOf(group({ ...base, id: 'G99000001', name: 'g', key: 'g', children: [] })))).toEqual([
      ['DEF_EMPTY_GROUP', 'g'],
    ]);
    expect(findings(formOf(text('a', { validFrom: '2024-13-01' })))).toEqual([['DEF_INVALID_DATE', 'a']]);
    expect(findings(formOf(text('a', { statusDate: '2024-02-30', publicationDate: '2024-03-01' })))).toEqual([
      ['DEF_INVALID_DATE', 'a'],
    ]);
    expect(findings(formOf(text('a', { publicationDate: '01.03.2024' })))).toEqual([
      ['DEF_INVALID_DATE', 'a'],
    ]);
    expect(findings(formOf(text('a', { validFrom: '2025-01-01', validUntil: '2024-01-01' })))).toEqual([
      ['DEF_VALIDITY_RANGE', 'a'],
    ]);
    const unlabelled = field.text({ id: 'F99000001', version: '1.0', name: 'a', key: 'a' });
    expect(lint(formOf(unlabelled)).map((f) => [f.code, f.severity])).toEqual([
      ['DEF_MISSING_LABEL', 'info'],
    ]);
  });

  it('DEF_TOO_DEEP: nesting beyond the limit', () => {
    let child: ChildDefinition = text('a');
    for (let i = 0; i < 70; i++) {
      const children: ChildDefinition[] = [child];
      child = group({ ...base, id: `G9900${String(i).padStart(4, '0')}`, name: 'g', key: 'g', children });
    }
    expect(findings(formOf(child)).map(([code]) => code)).toEqual(['DEF_TOO_DEEP']);
  });

  it('locates findings by JSON pointer into the definition and carries the element id', () => {
    const def = formOf(
      group({ ...base, id: 'G99000001', name: 'g', key: 'g', children: [text('a', { cardinality: '2:1' })] }),
    );
    const [finding] = lint(def);
    expect(finding).toMatchObject({
      path: '/children/0/children/0',
      keyPath: 'g.a',
      element: { id: 'F99000001' },
    });
    expect(finding?.message.de).toContain('2:1');
  });

  it('every lint code has German and English text', () => {
    for (const [code, info] of Object.entries(LINT_CODES)) {
      expect(code).toMatch(/^DEF_[A-Z_]+$/);
      expect(info.de.length).toBeGreaterThan(10);
      expect(info.en.length).toBeGreaterThan(10);
    }
  });
});
