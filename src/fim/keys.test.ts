import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKey, MAX_KEY_LENGTH, uniqueKeys } from './keys.js';

const KEY_RULE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

describe('deriveKey', () => {
  it.each([
    ['Familienname', 'familienname'],
    [
      'Persönliche Angaben Antragsteller (inkl. Größe & Augenfarbe)',
      'persoenlicheAngabenAntragstellerInklGroesseAugenfarbe',
    ],
    ['Straße', 'strasse'],
    ['ÄRZTLICHES Gutachten', 'aerztlichesGutachten'],
    ['Antrag Blaue Karte EU', 'antragBlaueKarteEu'],
    ['Café résumé', 'cafeResume'],
    ['E-Mail-Adresse', 'eMailAdresse'],
    ['  Staatsangehörigkeit  ', 'staatsangehoerigkeit'],
  ])('%s → %s', (name, key) => {
    expect(deriveKey(name, 'field', 'F00000001')).toBe(key);
  });

  it('prefixes names that start with a digit, by kind', () => {
    expect(deriveKey('1. Wohnsitz', 'field', 'F1')).toBe('feld1Wohnsitz');
    expect(deriveKey('2 Anschriften', 'group', 'G1')).toBe('gruppe2Anschriften');
  });

  it('falls back to the id for names without letters or digits', () => {
    expect(deriveKey('—', 'field', 'F00000013')).toBe('f00000013');
    expect(deriveKey('', 'group', 'G60000000088')).toBe('g60000000088');
    expect(deriveKey('', 'group', '')).toBe('group');
  });

  it('cuts long names at a word boundary', () => {
    const key = deriveKey('Angabe '.repeat(40), 'field', 'F1');
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(key.endsWith('Angabe')).toBe(true);
  });

  it('always satisfies the lint key rule (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('field', 'group', 'schema'),
        (name, kind) => {
          const key = deriveKey(name, kind as 'field', 'F00000001');
          expect(key).toMatch(KEY_RULE);
          expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH + 6);
        },
      ),
    );
  });

  it('is deterministic', () => {
    expect(deriveKey('Geburtsdatum des Kindes', 'field', 'F1')).toBe(
      deriveKey('Geburtsdatum des Kindes', 'field', 'F1'),
    );
  });
});

describe('uniqueKeys', () => {
  it('numbers later duplicates from 2', () => {
    expect(uniqueKeys(['name', 'name', 'name'])).toEqual(['name', 'name2', 'name3']);
  });

  it('keeps a sibling whose own key looks like a suffixed one', () => {
    expect(uniqueKeys(['name', 'name', 'name2'])).toEqual(['name', 'name3', 'name2']);
  });

  it('never yields reserved names', () => {
    expect(uniqueKeys(['constructor', 'prototype', '__proto__'])).toEqual([
      'constructor2',
      'prototype2',
      '__proto__2',
    ]);
  });

  it('yields distinct keys for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'a2', 'b', 'constructor', 'a3'), { maxLength: 30 }),
        (keys) => {
          const unique = uniqueKeys(keys);
          expect(new Set(unique).size).toBe(keys.length);
        },
      ),
    );
  });
});
