import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formExamples, invalidSubmission } from '../../examples/index.js';
import { sharedPath } from '../../test/support/shared.js';
import { generateExample } from '../generate/example.js';
import { defineForm, field, group, rule } from '../model/builders.js';
import type { ChildDefinition, CodeList, FormDefinition } from '../model/types.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import { samplePattern, seededRandom } from '../text/xsd-regex-sample.js';
import { compile } from '../validate/compile.js';
import { importCodeList } from './genericode.js';
import { importXdf } from './import.js';
import { type JsonSchema, jsonSchemaPattern, toJsonSchema } from './json-schema.js';

function ajv() {
  const instance = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(instance);
  return instance;
}

const lists: CodeList[] = [
  'xinneres-geschlecht_1.xml',
  'destatis-staatsangehoerigkeit_2024-08-01.xml',
  'dsmeld-familienstand_2.xml',
  'bundesland_2010-04-01.xml',
].map((file) => importCodeList(readFileSync(sharedPath('corpus', 'codelists', file))).codeList as CodeList);

/** Issue codes JSON Schema can express: a case made only of these must be rejected. */
const STRUCTURAL = new Set([
  'UNKNOWN_KEY',
  'REQUIRED',
  'CARDINALITY_MIN',
  'CARDINALITY_MAX',
  'EXPECTED_ARRAY',
  'EXPECTED_OBJECT',
  'LABEL_HAS_VALUE',
  'WRONG_TYPE',
  'MIN_LENGTH',
  'MAX_LENGTH',
  'PATTERN',
  'NOT_INTEGER',
  'INVALID_DATE',
  'INVALID_TIME',
  'INVALID_DATETIME',
  'CODE_NOT_IN_LIST',
  'FILE_INVALID',
  'FILE_INVALID_BASE64',
  'FILE_MEDIA_TYPE',
]);

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('toJsonSchema on the shipped forms (ajv, strict mode, draft 2020-12)', () => {
  for (const { definition, valid, cases } of formExamples) {
    const dir = `examples/${definition.key}`;
    describe(definition.key, () => {
      const validate = ajv().compile(toJsonSchema(definition, { codeLists: lists }));
      for (const name of valid) {
        it(`${name}.json validates`, () => {
          const ok = validate(read(`${dir}/${name}.json`));
          expect(validate.errors ?? []).toEqual([]);
          expect(ok).toBe(true);
        });
      }
      const base = read(`${dir}/valid.json`);
      const structural = cases.filter(
        (c) => c.expect.length > 0 && c.expect.every((issue) => STRUCTURAL.has(issue.code)),
      );
      it('has structurally invalid cases to check', () => {
        expect(structural.length).toBeGreaterThan(0);
      });
      for (const invalidCase of structural) {
        it(`invalid/${invalidCase.name} is rejected (${invalidCase.expect.map((e) => e.code).join(', ')})`, () => {
          expect(validate(invalidSubmission(base, invalidCase))).toBe(false);
        });
      }
    });
  }

  it('fim-id naming: property names are FIM ids, the data renamed accordingly validates', () => {
    const { definition } = formExamples[0] as (typeof formExamples)[number];
    const schema = toJsonSchema(definition, { naming: 'fim-id', codeLists: lists });
    const validate = ajv().compile(schema);
    const rename = (
      children: readonly ChildDefinition[],
      data: Record<string, unknown>,
    ): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const child of children) {
        if (!Object.hasOwn(data, child.key)) continue;
        const value = data[child.key];
        const convert = (item: unknown) =>
          child.kind === 'group' ? rename(child.children, item as Record<string, unknown>) : item;
        out[child.id] = Array.isArray(value) ? value.map(convert) : convert(value);
      }
      return out;
    };
    const data = rename(definition.children, read(`examples/${definition.key}/maximal.json`));
    expect(validate(data)).toBe(true);
    expect(validate(read(`examples/${definition.key}/maximal.json`))).toBe(false);
    expect(Object.keys(schema.properties as object).every((name) => /^[FG]\d{11}$/.test(name))).toBe(true);
    const suffixed = toJsonSchema(definition, { naming: 'fim-id', versionSuffix: true });
    expect(Object.keys(suffixed.properties as object)[1]).toMatch(/^F\d{11}V\d+\.\d+\.\d+$/);
  });
});

const demo = defineForm({
  id: 'S99000000800',
  version: '1.0.0',
  key: 'demo',
  name: 'Demo',
  children: [
    field.label({ key: 'hinweis', id: 'F99000000800', version: '1.0.0', name: 'Hinweis', content: 'Text' }),
    field.text({
      key: 'plz',
      id: 'F99000000801',
      version: '1.0.0',
      name: 'PLZ',
      label: { de: 'Postleitzahl' },
      praezisierung: { minLength: 5, maxLength: 5, pattern: '^[0-9]{5}$' },
    }),
    field.int({
      key: 'anzahl',
      id: 'F99000000802',
      version: '1.0.0',
      name: 'Anzahl',
      praezisierung: { minValue: 1, maxValue: 9 },
    }),
    field.time({ key: 'uhrzeit', id: 'F99000000803', version: '1.0.0', name: 'Uhrzeit', cardinality: '0:1' }),
    field.datetime({
      key: 'zeitpunkt',
      id: 'F99000000804',
      version: '1.0.0',
      name: 'Zeitpunkt',
      cardinality: '0:1',
    }),
    field.file({
      key: 'foto',
      id: 'F99000000805',
      version: '1.0.0',
      name: 'Foto',
      file: { mediaTypes: ['image/jpeg'], maxSize: 6 },
      cardinality: '0:1',
    }),
    field.obj({ key: 'blob', id: 'F99000000806', version: '1.0.0', name: 'Blob', cardinality: '0:1' }),
    group({
      key: 'kinder',
      id: 'G99000000800',
      version: '1.0.0',
      name: 'Kind',
      cardinality: '1:3',
      children: [field.bool({ key: 'ja', id: 'F99000000807', version: '1.0.0', name: 'Ja' })],
    }),
    group({
      key: 'partner',
      id: 'G99000000801',
      version: '1.0.0',
      name: 'Partner',
      rules: [
        rule({
          id: 'R99000000800',
          version: '1.0.0',
          name: 'r',
          typ: 'K',
          ruleKind: 'relevant',
          expression: 'anzahl > 1',
        }),
      ],
      children: [field.date({ key: 'geboren', id: 'F99000000808', version: '1.0.0', name: 'Geboren' })],
    }),
    field.select({
      key: 'art',
      id: 'F99000000809',
      version: '1.0.0',
      name: 'Art',
      values: [
        { code: 'a', name: { de: 'A' } },
        { code: 'b', name: { de: 'B' } },
      ],
    }),
    field.select({
      key: 'land',
      id: 'F99000000810',
      version: '1.0.0',
      name: 'Land',
      codeList: { uri: 'urn:x', version: '1' },
      cardinality: '0:1',
    }),
  ],
});

describe('toJsonSchema: the mapping', () => {
  const schema = toJsonSchema(demo, { id: 'urn:test:demo' });
  const validate = ajv().compile(schema);
  const valid = { plz: '01234', anzahl: 1, kinder: [{ ja: true }], art: 'a' };
  const check = (data: unknown) => {
    const ok = validate(data);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
  };

  it('is a draft 2020-12 schema with $defs per group and no extra properties', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:test:demo');
    expect(Object.keys(schema.$defs as object)).toEqual(['G99000000800V1.0.0', 'G99000000801V1.0.0']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['plz', 'anzahl', 'kinder', 'art']);
    expect(Object.keys(schema.properties as object)).not.toContain('hinweis');
    expect(check(valid)).toEqual([]);
  });

  it('agrees with the validator on examples and their failures', () => {
    const form = compile(demo);
    const cases: [unknown, string[]][] = [
      [{ ...valid, plz: '0123' }, ['/plz minLength', '/plz pattern']],
      [{ ...valid, plz: '0123a' }, ['/plz pattern']],
      [{ ...valid, anzahl: 10 }, ['/anzahl maximum']],
      [{ ...valid, anzahl: 1.5 }, ['/anzahl type']],
      [{ ...valid, kinder: [] }, ['/kinder minItems']],
      [{ ...valid, kinder: [{ ja: true }, { ja: true }, { ja: true }, { ja: false }] }, ['/kinder maxItems']],
      [{ ...valid, kinder: { ja: true } }, ['/kinder type']],
      [{ ...valid, hinweis: 'x' }, [' additionalProperties']],
      [{ ...valid, art: 'c' }, ['/art enum']],
      [{ ...valid, uhrzeit: '25:00:00' }, ['/uhrzeit pattern']],
      [{ ...valid, zeitpunkt: '2024-01-01 10:00:00' }, ['/zeitpunkt pattern']],
      [
        { ...valid, foto: { name: 'a.png', mediaType: 'image/png', content: 'AAAA' } },
        ['/foto/mediaType enum'],
      ],
      [
        { ...valid, foto: { name: 'a.jpg', mediaType: 'image/jpeg', content: 'AAAAAAAAAAAA' } },
        ['/foto/content maxLength'],
      ],
      [{ ...valid, blob: { content: 'A===' } }, ['/blob/content pattern']],
      [{ ...valid, partner: { geboren: '2024-02-30' } }, ['/partner/geboren format']],
    ];
    for (const [data, expected] of cases) {
      expect(check(data), JSON.stringify(data)).toEqual(expected);
      expect(form.validate(data).valid, JSON.stringify(data)).toBe(false);
    }
    const fine = [
      { ...valid, uhrzeit: '10:00:00', zeitpunkt: '2024-01-01T10:00:00+01:00' },
      { ...valid, anzahl: 2, partner: { geboren: '2024-02-29' } },
      { ...valid, land: 'irgendwas' },
      {
        ...valid,
        foto: { name: 'a.jpg', mediaType: 'image/jpeg', content: 'AAAAAAAA' },
        blob: { content: '' },
      },
    ];
    for (const data of fine) {
      expect(check(data)).toEqual([]);
      expect(form.validate(data).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('lists the codes of a loaded code list', () => {
    const withList = toJsonSchema(demo, {
      codeLists: [{ uri: 'urn:x', version: '1', values: [{ code: 'de', name: { de: 'D' } }] }],
    });
    expect((withList.properties as Record<string, JsonSchema>).land?.enum).toEqual(['de']);
    expect((schema.properties as Record<string, JsonSchema>).land?.enum).toBeUndefined();
  });

  it('generated samples of the demo validate', () => {
    for (const seed of [1, 2, 3]) {
      const data = generateExample(demo, { seed, shape: 'maximal' });
      expect(check(data)).toEqual([]);
    }
  });
});

describe('patterns for u-flag validators', () => {
  it('anchors XSD patterns and strips JS-style anchors', () => {
    const pattern = jsonSchemaPattern('^[0-9]{5}$') as string;
    expect(new RegExp(pattern, 'u').test('12345')).toBe(true);
    expect(new RegExp(pattern, 'u').test('123456')).toBe(false);
  });

  it('flattens nested classes (\\s inside a class) for the u flag', () => {
    const pattern = jsonSchemaPattern('[^@\\s]+@[^@\\s]+') as string;
    expect(pattern).toBe('^(?:[^\\u{40}\\t\\n\\r ]+\\u{40}[^\\u{40}\\t\\n\\r ]+)$');
    expect(new RegExp(pattern, 'u').test('a@b')).toBe(true);
    expect(new RegExp(pattern, 'u').test('a b@c')).toBe(false);
  });

  it('leaves out what needs the v flag and invalid patterns', () => {
    expect(jsonSchemaPattern('[a-z-[aeiou]]+')).toBeUndefined();
    expect(jsonSchemaPattern('[a-')).toBeUndefined();
  });

  it('accepts exactly what the library accepts, for the patterns of the corpus and the shipped forms (property)', () => {
    const patterns = new Set<string>();
    const xml = readFileSync(sharedPath('corpus', 'xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'), 'utf8');
    const imported = importXdf(xml).definition as FormDefinition;
    const collect = (children: readonly ChildDefinition[]) => {
      for (const child of children) {
        if (child.kind === 'group') collect(child.children);
        else if (child.praezisierung?.pattern) patterns.add(child.praezisierung.pattern);
      }
    };
    collect(imported.children);
    for (const { definition } of formExamples) collect(definition.children);
    for (const p of ['[A-Z]{2}\\d{2}[A-Z0-9]{1,30}', '\\p{Lu}\\p{Ll}+', '[^@]+@[^@]+', '(ab|c)*d?'])
      patterns.add(p);
    expect(patterns.size).toBeGreaterThan(4);
    for (const xsd of patterns) {
      const compiled = compileXsdPattern(xsd);
      if (!compiled.ok) throw new Error(xsd);
      const u = new RegExp(jsonSchemaPattern(xsd) as string, 'u');
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.string({ maxLength: 12 }), (seed, text) => {
          const sample = samplePattern(compiled.ast, seededRandom(seed)) ?? '';
          expect(u.test(sample)).toBe(compiled.regex.test(sample));
          expect(u.test(text)).toBe(compiled.regex.test(text));
        }),
        { numRuns: 50 },
      );
    }
  });
});
