/**
 * A small form for rule tests: single fields (also keys that need backticks), select fields, a
 * repeat with a nested repeat, and a bounded repeat.
 */
import { defineForm, field, group } from '../../src/model/builders.js';

const base = { version: '1.0', label: { de: 'x' } } as const;
let counter = 0;
const id = (letter: 'F' | 'G') => `${letter}9900${String(++counter).padStart(4, '0')}`;

export const ruleTestForm = defineForm({
  id: 'S99000001',
  version: '1.0',
  name: 'Regeltest',
  key: 'regeltest',
  children: [
    field.date({ ...base, id: id('F'), name: 'stichtag', key: 'stichtag' }),
    field.date({ ...base, id: id('F'), name: 'geburtsdatum', key: 'geburtsdatum', cardinality: '0:1' }),
    field.text({ ...base, id: id('F'), name: 'name', key: 'name', cardinality: '0:1' }),
    field.int({ ...base, id: id('F'), name: 'anzahl', key: 'anzahl', cardinality: '0:1' }),
    field.currency({ ...base, id: id('F'), name: 'betrag', key: 'betrag', cardinality: '0:1' }),
    field.bool({ ...base, id: id('F'), name: 'ja', key: 'ja', cardinality: '0:1' }),
    field.time({ ...base, id: id('F'), name: 'zeit', key: 'zeit', cardinality: '0:1' }),
    field.time({ ...base, id: id('F'), name: 'bis', key: 'bis', cardinality: '0:1' }),
    field.datetime({ ...base, id: id('F'), name: 'beginn', key: 'beginn', cardinality: '0:1' }),
    field.datetime({ ...base, id: id('F'), name: 'ende', key: 'ende', cardinality: '0:1' }),
    field.text({ ...base, id: id('F'), name: 'e-mail', key: 'e-mail', cardinality: '0:1' }),
    field.text({ ...base, id: id('F'), name: 'in', key: 'in', cardinality: '0:1' }),
    field.select({
      ...base,
      id: id('F'),
      name: 'art',
      key: 'art',
      cardinality: '0:1',
      values: [
        { code: 'a', name: { de: 'A' } },
        { code: 'b', name: { de: 'B' } },
      ],
    }),
    field.select({
      ...base,
      id: id('F'),
      name: 'klassen',
      key: 'klassen',
      cardinality: '0:*',
      values: [
        { code: 'B', name: { de: 'B' } },
        { code: 'C', name: { de: 'C' } },
      ],
    }),
    group({
      ...base,
      id: id('G'),
      name: 'person',
      key: 'person',
      cardinality: '0:*',
      children: [
        field.text({ ...base, id: id('F'), name: 'vorname', key: 'vorname', cardinality: '0:1' }),
        field.date({ ...base, id: id('F'), name: 'geboren', key: 'geboren', cardinality: '0:1' }),
        field.bool({ ...base, id: id('F'), name: 'kind', key: 'kind', cardinality: '0:1' }),
        group({
          ...base,
          id: id('G'),
          name: 'einkommen',
          key: 'einkommen',
          cardinality: '0:*',
          children: [field.currency({ ...base, id: id('F'), name: 'betrag', key: 'betrag' })],
        }),
        field.currency({ ...base, id: id('F'), name: 'summe', key: 'summe', cardinality: '0:1' }),
      ],
    }),
    group({
      ...base,
      id: id('G'),
      name: 'fahrzeug',
      key: 'fahrzeug',
      cardinality: '0:3',
      children: [field.text({ ...base, id: id('F'), name: 'kennzeichen', key: 'kennzeichen' })],
    }),
  ],
});
