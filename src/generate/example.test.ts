import { describe, expect, it } from 'vitest';
import { demoForm } from '../../examples/demo/form.js';
import { defineForm, field, group } from '../model/builders.js';
import { compile } from '../validate/compile.js';
import { generateExample } from './example.js';

const base = { version: '1.0', label: { de: 'x' } } as const;
let next = 1;
const id = (letter: string) => `${letter}990000${String(next++).padStart(2, '0')}`;

const everything = defineForm({
  id: 'S99000001',
  version: '1.0',
  name: 'Alles',
  key: 'alles',
  children: [
    field.text({
      ...base,
      id: id('F'),
      name: 'plz',
      key: 'plz',
      praezisierung: { pattern: '([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}' },
    }),
    field.text({
      ...base,
      id: id('F'),
      name: 'mail',
      key: 'mail',
      praezisierung: {
        minLength: 6,
        maxLength: 254,
        pattern: '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}$',
      },
    }),
    field.textLatin({
      ...base,
      id: id('F'),
      name: 'name',
      key: 'name',
      praezisierung: { minLength: 2, maxLength: 5 },
    }),
    field.date({
      ...base,
      id: id('F'),
      name: 'd',
      key: 'd',
      praezisierung: { minValue: '2024-02-01', maxValue: '2024-02-29' },
    }),
    field.time({ ...base, id: id('F'), name: 't', key: 't' }),
    field.datetime({ ...base, id: id('F'), name: 'dt', key: 'dt', cardinality: '0:1' }),
    field.bool({ ...base, id: id('F'), name: 'b', key: 'b' }),
    field.num({
      ...base,
      id: id('F'),
      name: 'n',
      key: 'n',
      praezisierung: { minValue: -1.5, maxValue: 1.5 },
    }),
    field.int({ ...base, id: id('F'), name: 'i', key: 'i', praezisierung: { minValue: 3, maxValue: 3 } }),
    field.currency({ ...base, id: id('F'), name: 'c', key: 'c' }),
    field.file({
      ...base,
      id: id('F'),
      name: 'f',
      key: 'f',
      file: { mediaTypes: ['image/jpeg'], maxSize: 40 },
    }),
    field.obj({ ...base, id: id('F'), name: 'o', key: 'o', cardinality: '0:1' }),
    field.select({
      ...base,
      id: id('F'),
      name: 's',
      key: 's',
      values: [
        { code: 'a', name: { de: 'A' } },
        { code: 'b', name: { de: 'B' } },
      ],
    }),
    field.label({ ...base, id: id('F'), name: 'l', key: 'l', content: 'Hinweis' }),
    group({
      ...base,
      id: id('G'),
      name: 'g',
      key: 'g',
      cardinality: '2:*',
      children: [field.text({ ...base, id: id('F'), name: 'x', key: 'x', cardinality: '0:3' })],
    }),
  ],
});

describe('generateExample', () => {
  it('produces valid data for every data type, shape and many seeds', () => {
    const form = compile(everything);
    for (const shape of ['minimal', 'typical', 'maximal'] as const) {
      for (let seed = 1; seed <= 60; seed++) {
        const data = generateExample(everything, { seed, shape });
        const report = form.validate(data);
        expect(report.issues, `${shape} ${seed}: ${JSON.stringify(data)}`).toEqual([]);
      }
    }
  });

  it('is reproducible from its seed and varies between seeds', () => {
    const a = generateExample(everything, { seed: 7 });
    expect(generateExample(everything, { seed: 7 })).toEqual(a);
    expect(generateExample(everything, { seed: 8 })).not.toEqual(a);
  });

  it('respects shapes: minimal leaves optional parts out, maximal fills repeats', () => {
    const minimal = generateExample(everything, { shape: 'minimal' });
    expect(minimal).not.toHaveProperty('dt');
    expect(minimal.g).toHaveLength(2);
    const maximal = generateExample(everything, { shape: 'maximal', maxRepeats: 4 });
    expect(maximal).toHaveProperty('dt');
    expect(maximal.g).toHaveLength(4);
    expect((maximal.g as Array<{ x: unknown[] }>)[0]?.x).toHaveLength(3);
  });

  it('generates valid data for the demo form', () => {
    const form = compile(demoForm);
    for (let seed = 1; seed <= 20; seed++) {
      expect(form.validate(generateExample(demoForm, { seed })).valid).toBe(true);
    }
  });
});
