import { describe, expect, it } from 'vitest';
import type { Report } from '../issues/issue.js';
import { defineForm, field, group } from '../model/builders.js';
import { DefinitionError } from '../model/definition-error.js';
import type { ChildDefinition, FieldDefinition } from '../model/types.js';
import { compile } from './compile.js';

let counter = 100;
function nextId(letter: 'F' | 'G') {
  counter++;
  return `${letter}99${String(counter).padStart(6, '0')}`;
}

function meta(key: string) {
  return { key, id: nextId('F'), version: '1.0', name: key, label: { de: key.toUpperCase(), en: key } };
}

/** A form holding the given children. */
function formOf(...children: ChildDefinition[]) {
  return defineForm({ id: 'S99000001', version: '1.0', name: 'Test', key: 'test', children });
}

/** Validates `{ [key]: value }` against a form with one field. */
function check(fieldDef: FieldDefinition, value: unknown): Report {
  return compile(formOf(fieldDef)).validate(value === undefined ? {} : { [fieldDef.key]: value });
}

function codes(report: Report): string[] {
  return report.issues.map((issue) => issue.code);
}

function only(report: Report) {
  expect(report.issues).toHaveLength(1);
  return report.issues[0]!;
}

describe('data types', () => {
  it.each([
    ['text', field.text(meta('f')), 'Hallo', 42, 'WRONG_TYPE'],
    ['text_latin', field.textLatin(meta('f')), 'Ağça Müller-Øster', 'Müller ☺', 'TEXT_NOT_LATIN'],
    ['date', field.date(meta('f')), '2024-02-29', '2023-02-29', 'INVALID_DATE'],
    ['time', field.time(meta('f')), '24:00:00', '23:59:60', 'INVALID_TIME'],
    [
      'datetime',
      field.datetime(meta('f')),
      '2024-05-01T12:30:00+02:00',
      '2024-05-01 12:30',
      'INVALID_DATETIME',
    ],
    ['bool', field.bool(meta('f')), false, 'false', 'WRONG_TYPE'],
    ['num', field.num(meta('f')), -12.75, '12', 'WRONG_TYPE'],
    ['num_int', field.int(meta('f')), 7, 7.5, 'NOT_INTEGER'],
    ['num_currency', field.currency(meta('f')), 1234.56, 0.001, 'CURRENCY_PRECISION'],
    [
      'file',
      field.file(meta('f')),
      { name: 'a.pdf', mediaType: 'application/pdf', content: 'JVBERg==' },
      { name: 'a.pdf', mediaType: 'application/pdf', content: 'not base64!' },
      'FILE_INVALID_BASE64',
    ],
    ['obj', field.obj(meta('f')), { content: 'AAEC' }, 'AAEC', 'WRONG_TYPE'],
  ])('%s: accepts a valid value and reports an invalid one', (_name, def, good, bad, code) => {
    expect(check(def, good)).toEqual({ valid: true, issues: [], data: { f: good } });
    const issue = only(check(def, bad));
    expect(issue.code).toBe(code);
    expect(issue.path).toBe('/f');
    expect(issue.element).toEqual({ id: def.id, version: '1.0' });
  });

  it('reports NaN and Infinity as not finite (they cannot come from JSON, but from code)', () => {
    expect(only(check(field.num(meta('f')), Number.NaN)).code).toBe('NOT_FINITE');
    expect(only(check(field.currency(meta('f')), Number.POSITIVE_INFINITY)).code).toBe('NOT_FINITE');
  });

  it('accepts currency amounts whose binary form is inexact but decimal form has two places', () => {
    expect(check(field.currency(meta('f')), 0.1 + 0.2 - 0.00000000000000004).valid).toBe(true);
    expect(check(field.currency(meta('f')), 19.99).valid).toBe(true);
    expect(codes(check(field.currency(meta('f')), 1e-7))).toEqual(['CURRENCY_PRECISION']);
  });

  it('rejects XML-incompatible control characters in any text', () => {
    const issue = only(check(field.text(meta('f')), 'a\u0000b'));
    expect(issue.code).toBe('TEXT_INVALID_CHARACTER');
    expect(issue.params).toMatchObject({ codePoint: '0000', index: 1 });
    expect(check(field.text(meta('f')), 'line\r\nbreak\ttab').valid).toBe(true);
    expect(only(check(field.text(meta('f')), 'lone \uD800 surrogate')).code).toBe('TEXT_INVALID_CHARACTER');
  });

  it('checks text_latin on the NFC form, so decomposed umlauts are accepted', () => {
    expect(check(field.textLatin(meta('f')), 'Mu\u0308ller').valid).toBe(true);
  });

  it('validates file shape, size and media type', () => {
    const def = field.file({ ...meta('f'), file: { mediaTypes: ['image/jpeg'], maxSize: 3 } });
    const jpeg = { name: 'foto.jpg', mediaType: 'image/jpeg' };
    expect(check(def, { ...jpeg, content: 'AAEC' }).valid).toBe(true);
    expect(codes(check(def, { ...jpeg, content: 'AAECAw==' }))).toEqual(['FILE_TOO_LARGE']);
    expect(codes(check(def, { ...jpeg, mediaType: 'image/png', content: 'AAEC' }))).toEqual([
      'FILE_MEDIA_TYPE',
    ]);
    expect(codes(check(def, { ...jpeg, content: 'AAEC', extra: 1 }))).toEqual(['FILE_INVALID']);
    expect(codes(check(def, { name: 'foto.jpg', content: 'AAEC' }))).toEqual(['FILE_INVALID']);
    expect(codes(check(def, { ...jpeg, name: '', content: 'AAEC' }))).toEqual(['FILE_INVALID']);
    expect(codes(check(def, { ...jpeg, content: 'AAE' }))).toEqual(['FILE_INVALID_BASE64']);
  });
});

describe('feldart', () => {
  it('input, hidden and locked fields take values', () => {
    for (const feldart of ['input', 'hidden', 'locked'] as const) {
      expect(check(field.text({ ...meta('f'), feldart }), 'x').valid).toBe(true);
    }
  });

  it('select fields accept codes of inline values and reject others, naming the list', () => {
    const def = field.select({
      ...meta('f'),
      values: [
        { code: 'B', name: { de: 'Klasse B' } },
        { code: 'BE', name: { de: 'Klasse BE' } },
      ],
    });
    expect(check(def, 'BE').valid).toBe(true);
    const issue = only(check(def, 'X'));
    expect(issue.code).toBe('CODE_NOT_IN_LIST');
    expect(issue.params).toMatchObject({ code: 'X', listUri: '(inline)' });
    expect(only(check(def, 1)).code).toBe('WRONG_TYPE');
  });

  it('select fields check loaded code lists by uri and version', () => {
    const def = field.select({ ...meta('f'), codeList: { uri: 'urn:test:farbe', version: '2' } });
    const form = formOf(def);
    const list = { uri: 'urn:test:farbe', version: '2', values: [{ code: 'rot', name: { de: 'rot' } }] };
    const compiled = compile(form, { codeLists: [list] });
    expect(compiled.validate({ f: 'rot' }).valid).toBe(true);
    const issue = only(compiled.validate({ f: 'grün' }));
    expect(issue).toMatchObject({
      code: 'CODE_NOT_IN_LIST',
      params: { listUri: 'urn:test:farbe', listVersion: '2' },
    });
    // Another version of the same list does not count.
    const otherVersion = compile(form, { codeLists: [{ ...list, version: '3' }] });
    const warning = only(otherVersion.validate({ f: 'rot' }));
    expect(warning).toMatchObject({ code: 'CODE_LIST_NOT_LOADED', severity: 'warning' });
    expect(otherVersion.validate({ f: 'rot' }).valid).toBe(true);
  });

  it('label fields must not carry a value', () => {
    const def = field.label({ ...meta('f'), content: 'Hinweis' });
    expect(check(def, undefined).valid).toBe(true);
    expect(only(check(def, 'x')).code).toBe('LABEL_HAS_VALUE');
  });
});

describe('praezisierung', () => {
  it('minLength and maxLength count code points', () => {
    const def = field.text({ ...meta('f'), praezisierung: { minLength: 2, maxLength: 3 } });
    expect(check(def, '😀😀😀').valid).toBe(true);
    expect(only(check(def, 'a'))).toMatchObject({ code: 'MIN_LENGTH', params: { minLength: 2, length: 1 } });
    expect(only(check(def, 'abcd'))).toMatchObject({
      code: 'MAX_LENGTH',
      params: { maxLength: 3, length: 4 },
    });
  });

  it('pattern is an anchored XSD regular expression', () => {
    const def = field.text({ ...meta('f'), praezisierung: { pattern: '\\d{5}' } });
    expect(check(def, '01234').valid).toBe(true);
    expect(only(check(def, '012345')).code).toBe('PATTERN');
    expect(only(check(def, 'x01234')).code).toBe('PATTERN');
  });

  it('minValue and maxValue bound numbers', () => {
    const def = field.num({ ...meta('f'), praezisierung: { minValue: 0, maxValue: 10.5 } });
    expect(check(def, 10.5).valid).toBe(true);
    expect(only(check(def, -0.01)).code).toBe('MIN_VALUE');
    expect(only(check(def, 11)).code).toBe('MAX_VALUE');
  });

  it('minValue and maxValue bound dates, times and datetimes', () => {
    const date = field.date({
      ...meta('f'),
      praezisierung: { minValue: '2000-01-01', maxValue: '2030-12-31' },
    });
    expect(check(date, '2000-01-01').valid).toBe(true);
    expect(only(check(date, '1999-12-31')).code).toBe('MIN_VALUE');
    expect(only(check(date, '2031-01-01')).code).toBe('MAX_VALUE');
    const time = field.time({ ...meta('f'), praezisierung: { minValue: '08:00:00', maxValue: '18:00:00' } });
    expect(only(check(time, '07:59:59')).code).toBe('MIN_VALUE');
    const datetime = field.datetime({ ...meta('f'), praezisierung: { maxValue: '2024-01-01T00:00:00Z' } });
    expect(check(datetime, '2024-01-01T00:30:00+01:00').valid).toBe(true);
    expect(only(check(datetime, '2024-01-01T00:30:00Z')).code).toBe('MAX_VALUE');
  });
});

describe('cardinality', () => {
  const child = (cardinality: `${number}:${number | '*'}`) => field.text({ ...meta('f'), cardinality });

  it('1:1 is required and single', () => {
    expect(only(check(child('1:1'), undefined))).toMatchObject({ code: 'REQUIRED', path: '/f' });
    expect(only(check(child('1:1'), ['a'])).code).toBe('WRONG_TYPE');
  });

  it('0:1 is optional and single', () => {
    expect(check(child('0:1'), undefined).valid).toBe(true);
    expect(check(child('0:1'), 'a').valid).toBe(true);
  });

  it('0:* is an optional list of any length', () => {
    expect(check(child('0:*'), undefined).valid).toBe(true);
    expect(check(child('0:*'), []).valid).toBe(true);
    expect(check(child('0:*'), Array(500).fill('a')).valid).toBe(true);
    expect(only(check(child('0:*'), 'a')).code).toBe('EXPECTED_ARRAY');
  });

  it('1:* needs at least one item; an empty list is missing, as in a message', () => {
    expect(only(check(child('1:*'), undefined)).code).toBe('REQUIRED');
    expect(only(check(child('1:*'), [])).code).toBe('REQUIRED');
    expect(only(check(child('2:5'), ['a']))).toMatchObject({
      code: 'CARDINALITY_MIN',
      params: { min: 2, count: 1 },
    });
  });

  it('2:5 bounds both ends and checks each item with its index in the path', () => {
    expect(codes(check(child('2:5'), ['a']))).toEqual(['CARDINALITY_MIN']);
    expect(codes(check(child('2:5'), ['a', 'b', 'c', 'd', 'e', 'f']))).toEqual(['CARDINALITY_MAX']);
    expect(only(check(child('2:5'), ['a', 3])).path).toBe('/f/1');
  });

  it('applies to groups as well, with nested paths', () => {
    const form = formOf(
      group({
        key: 'personen',
        id: 'G99000001',
        version: '1.0',
        name: 'Personen',
        cardinality: '1:3',
        children: [field.text(meta('name')), field.text({ ...meta('tel'), cardinality: '0:1' })],
      }),
    );
    const compiled = compile(form);
    expect(compiled.validate({ personen: [{ name: 'a' }, { name: 'b', tel: '1' }] }).valid).toBe(true);
    const report = compiled.validate({ personen: [{ name: 'a' }, {}, 'x'] });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['REQUIRED', '/personen/1/name'],
      ['EXPECTED_OBJECT', '/personen/2'],
    ]);
  });
});

describe('structure and hostile input', () => {
  const def = field.text(meta('f'));

  it('reports unknown keys instead of dropping them', () => {
    const report = compile(formOf(def)).validate({ f: 'a', extra: 1, 'a/b': 2 });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_KEY', '/a~1b'],
      ['UNKNOWN_KEY', '/extra'],
    ]);
  });

  it('rejects a non-object submission', () => {
    for (const data of [null, 'x', 1, [], true]) {
      expect(codes(compile(formOf(def)).validate(data))).toEqual(['DATA_NOT_OBJECT']);
    }
  });

  it('treats __proto__ and constructor keys as unknown data and never pollutes prototypes', () => {
    const data = JSON.parse('{"f":"a","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}');
    const report = compile(formOf(def)).validate(data);
    expect(report.issues.map((i) => i.path)).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read inherited properties as values', () => {
    const constructorField = formOf(field.text({ ...meta('toString'), cardinality: '1:1' }));
    expect(codes(compile(constructorField).validate({}))).toEqual(['REQUIRED']);
  });

  it('reports null as a wrong type, not as absent', () => {
    expect(only(check(def, null))).toMatchObject({ code: 'WRONG_TYPE', params: { actual: 'null' } });
  });

  it('stops at the hard text limit before running patterns on a 50 MB string', () => {
    const big = 'a'.repeat(50 * 1024 * 1024);
    const patterned = field.text({ ...meta('f'), praezisierung: { pattern: '(a|aa)*b' } });
    expect(only(check(patterned, big)).code).toBe('LIMIT_TEXT_LENGTH');
  });

  it('limits the number of repeat items checked', () => {
    const compiled = compile(formOf(field.text({ ...meta('f'), cardinality: '0:*' })), {
      limits: { maxItems: 10 },
    });
    expect(codes(compiled.validate({ f: Array(11).fill('a') }))).toEqual(['LIMIT_ITEMS']);
  });

  it('handles data nested 10,000 levels deep without recursion into it, applying the depth limit', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { f: deep };
    const report = compile(formOf(def)).validate(deep);
    expect(codes(report)).toEqual(['WRONG_TYPE', 'LIMIT_DEPTH']);
    // The depth limit names the first place below the limit (256 levels by default).
    expect(report.issues[1]?.path).toBe('/f'.repeat(256));
  });

  it('gives German and English messages with the element label and legal basis', () => {
    const withBezug = field.text({
      ...meta('f'),
      label: { de: 'Familienname', en: 'Surname' },
      bezug: '§ 1 Test',
    });
    const issue = only(check(withBezug, undefined));
    expect(issue.message).toEqual({
      de: '„Familienname“ ist eine Pflichtangabe.',
      en: '"Surname" is required.',
    });
    expect(issue.bezug).toBe('§ 1 Test');
    expect(issue.severity).toBe('error');
  });
});

describe('compile', () => {
  it('caches the compiled form per definition', () => {
    const form = formOf(field.text(meta('f')));
    expect(compile(form)).toBe(compile(form));
  });

  it('throws a DefinitionError listing lint errors', () => {
    const broken = formOf(field.text({ ...meta('f'), cardinality: '2:1' }));
    expect(() => compile(broken)).toThrow(DefinitionError);
    try {
      compile(broken);
    } catch (error) {
      expect((error as DefinitionError).findings.map((f) => f.code)).toEqual(['DEF_CARDINALITY_MIN_GT_MAX']);
    }
  });
});
