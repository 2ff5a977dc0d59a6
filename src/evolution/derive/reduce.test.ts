/**
 * `toParentSubmission` on a small parent: what it removes (additions, in every item of a repeated
 * group, a whole added group once) and what it keeps; the oracle is the parent form's validation.
 */
import { describe, expect, it } from 'vitest';
import { defineForm, field, group } from '../../model/builders.js';
import { compile } from '../../validate/compile.js';
import { deriveForm } from './derive.js';
import type { Derivation, Modification } from './format.js';
import { addedPaths, toParentSubmission } from './reduce.js';

const V = '1.0.0';
const parent = defineForm({
  id: 'S99000000800',
  version: V,
  key: 'eltern',
  name: 'Eltern',
  children: [
    field.text({ key: 'name', id: 'F99000000801', version: V, name: 'Name', label: { de: 'Name' } }),
    field.text({
      key: 'telefon',
      id: 'F99000000802',
      version: V,
      name: 'Telefon',
      label: { de: 'Telefon' },
      cardinality: '0:1',
      praezisierung: { pattern: '[0-9]+' },
    }),
    group({
      key: 'kinder',
      id: 'G99000000801',
      version: V,
      name: 'Kinder',
      label: { de: 'Kinder' },
      cardinality: '0:*',
      children: [
        field.text({
          key: 'vorname',
          id: 'F99000000803',
          version: V,
          name: 'Vorname',
          label: { de: 'Vorname' },
        }),
      ],
    }),
  ],
});

const derive = (modifications: readonly Modification[]) =>
  deriveForm(parent, {
    format: 'antrag/derivation@1',
    parent: { id: parent.id, version: V },
    derived: { id: 'S99009000800', version: V, key: 'kind', name: 'Kind' },
    modifications,
  } satisfies Derivation);

const schule = field.text({
  key: 'schule',
  id: 'F99009000801',
  version: V,
  name: 'Schule',
  label: { de: 'Schule' },
});
const extra = group({
  key: 'extra',
  id: 'G99009000801',
  version: V,
  name: 'Extra',
  label: { de: 'Extra' },
  cardinality: '0:1',
  children: [field.bool({ key: 'ja', id: 'F99009000802', version: V, name: 'Ja', label: { de: 'Ja' } })],
});

describe('toParentSubmission', () => {
  const derived = derive([
    { kind: 'add', path: '/kinder', element: schule },
    { kind: 'add', path: '', element: extra },
  ]);

  it('removes added fields in every item and an added group once; keeps the rest and the input', () => {
    const data = {
      name: 'A',
      telefon: '123',
      kinder: [
        { vorname: 'B', schule: 'S1' },
        { vorname: 'C', schule: 'S2' },
      ],
      extra: { ja: true },
    };
    expect(compile(derived).validate(data).valid).toBe(true);
    expect(compile(parent).validate(data).valid).toBe(false);
    const before = JSON.stringify(data);
    const reduced = toParentSubmission(data, parent, derived);
    expect(reduced).toEqual({ name: 'A', telefon: '123', kinder: [{ vorname: 'B' }, { vorname: 'C' }] });
    expect(JSON.stringify(data)).toBe(before);
    expect(compile(parent).validate(reduced).valid).toBe(true);
    expect(addedPaths(parent, derived)).toEqual([['kinder', 'schule'], ['extra']]);
  });

  it('an element hidden and added anew under the same key is removed (told apart by its id)', () => {
    const replaced = derive([
      { kind: 'hide', path: '/telefon' },
      {
        kind: 'add',
        path: '',
        element: field.text({
          key: 'telefon',
          id: 'F99009000803',
          version: V,
          name: 'Telefon frei',
          label: { de: 'Telefon' },
          cardinality: '0:1',
        }),
      },
    ]);
    const data = { name: 'A', telefon: '+49 (0)89' };
    expect(compile(replaced).validate(data).valid).toBe(true);
    expect(compile(parent).validate(data).valid).toBe(false);
    expect(toParentSubmission(data, parent, replaced)).toEqual({ name: 'A' });
  });

  it('leaves values that are not objects or arrays, and data of other shapes, as they are', () => {
    expect(toParentSubmission('text', parent, derived)).toBe('text');
    expect(toParentSubmission(null, parent, derived)).toBe(null);
    expect(toParentSubmission({ kinder: 'kein Array' }, parent, derived)).toEqual({ kinder: 'kein Array' });
  });
});
