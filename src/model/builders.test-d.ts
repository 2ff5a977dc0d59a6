import { describe, expectTypeOf, it } from 'vitest';
import { defineForm, field, group, type Submission } from './builders.js';
import type { FileValue, FormDefinition, ObjValue } from './types.js';

const meta = (n: number) => ({ id: `F9900000${n}`, version: '1.0', name: `Feld ${n}` }) as const;

const form = defineForm({
  id: 'S99000001',
  version: '1.0',
  name: 'Typtest',
  key: 'typtest',
  children: [
    field.text({ ...meta(10), key: 'pflichttext' }),
    field.textLatin({ ...meta(11), key: 'name', cardinality: '0:1' }),
    field.date({ ...meta(12), key: 'datum' }),
    field.time({ ...meta(13), key: 'uhrzeit', cardinality: '0:1' }),
    field.datetime({ ...meta(14), key: 'zeitpunkt', cardinality: '0:1' }),
    field.bool({ ...meta(15), key: 'zustimmung' }),
    field.num({ ...meta(16), key: 'zahl', cardinality: '0:1' }),
    field.int({ ...meta(17), key: 'anzahl', cardinality: '0:1' }),
    field.currency({ ...meta(18), key: 'betrag', cardinality: '0:1' }),
    field.file({ ...meta(19), key: 'anlagen', cardinality: '0:*' }),
    field.obj({ ...meta(20), key: 'objekt', cardinality: '0:1' }),
    field.select({
      ...meta(21),
      key: 'klasse',
      cardinality: '1:*',
      values: [
        { code: 'A', name: { de: 'Klasse A' } },
        { code: 'B', name: { de: 'Klasse B' } },
      ],
    }),
    field.select({ ...meta(22), key: 'staat', codeList: { uri: 'urn:de:example', version: '1' } }),
    field.label({ ...meta(23), key: 'hinweis', content: 'Nur Text' }),
    field.text({ ...meta(24), key: 'versteckt', feldart: 'hidden', cardinality: '0:1' }),
    group({
      id: 'G99000001',
      version: '1.0',
      name: 'Person',
      key: 'personen',
      cardinality: '2:5',
      children: [
        field.text({ ...meta(25), key: 'vorname' }),
        group({
          id: 'G99000002',
          version: '1.0',
          name: 'Anschrift',
          key: 'anschrift',
          cardinality: '0:1',
          children: [field.text({ ...meta(26), key: 'ort' })],
        }),
      ],
    }),
  ],
});

type Data = Submission<typeof form>;

describe('Submission<typeof form>', () => {
  it('is assignable to a FormDefinition', () => {
    expectTypeOf(form).toMatchTypeOf<FormDefinition>();
  });

  it('maps every data type to its value type', () => {
    expectTypeOf<Data['pflichttext']>().toEqualTypeOf<string>();
    expectTypeOf<Data['datum']>().toEqualTypeOf<string>();
    expectTypeOf<Data['zustimmung']>().toEqualTypeOf<boolean>();
    expectTypeOf<NonNullable<Data['zahl']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Data['anzahl']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Data['betrag']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Data['objekt']>>().toEqualTypeOf<ObjValue>();
    expectTypeOf<Data['staat']>().toEqualTypeOf<string>();
  });

  it('makes min-0 elements optional and others required', () => {
    expectTypeOf<Data>().toHaveProperty('pflichttext');
    type OptionalKeys = { [K in keyof Data]-?: object extends Pick<Data, K> ? K : never }[keyof Data];
    expectTypeOf<OptionalKeys>().toEqualTypeOf<
      'name' | 'uhrzeit' | 'zeitpunkt' | 'zahl' | 'anzahl' | 'betrag' | 'anlagen' | 'objekt' | 'versteckt'
    >();
  });

  it('uses arrays where max > 1 and unions of codes for inline lists', () => {
    expectTypeOf<Data['klasse']>().toEqualTypeOf<('A' | 'B')[]>();
    expectTypeOf<NonNullable<Data['anlagen']>>().toEqualTypeOf<FileValue[]>();
    expectTypeOf<Data['personen']>().toEqualTypeOf<{ vorname: string; anschrift?: { ort: string } }[]>();
  });

  it('leaves label fields out of the submission', () => {
    expectTypeOf<Data>().not.toHaveProperty('hinweis');
  });

  it('accepts a well-typed submission and rejects a wrong one', () => {
    const ok: Data = {
      pflichttext: 'x',
      datum: '2024-02-29',
      zustimmung: true,
      klasse: ['A'],
      staat: '000',
      personen: [{ vorname: 'a' }, { vorname: 'b', anschrift: { ort: 'Köln' } }],
    };
    expectTypeOf(ok).toEqualTypeOf<Data>();
    // @ts-expect-error: 'C' is not a code of the inline list
    const wrongCode: Data = { ...ok, klasse: ['C'] };
    // @ts-expect-error: a required key is missing
    const missing: Data = { datum: '2024-01-01', zustimmung: true, klasse: ['A'], staat: '0', personen: [] };
    expectTypeOf(wrongCode).not.toBeAny();
    expectTypeOf(missing).not.toBeAny();
  });
});
