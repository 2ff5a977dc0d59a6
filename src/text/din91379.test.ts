import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/shared.js';
import { checkDin91379, DIN91379_TYPE_GROUPS, type Din91379Group, din91379Groups } from './din91379.js';

// The normative lists are read from the shared corpus, never copied into the repository.
const LIST = sharedPath('din91379', 'latin_list_1.3.txt');

interface Entry {
  readonly group: Din91379Group;
  readonly codePoints: readonly number[];
}

function readList(): Entry[] {
  return readFileSync(LIST, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [group, , hex] = line.split(';').map((part) => part.trim()) as [Din91379Group, string, string];
      return { group, codePoints: hex.split(' ').map((h) => Number.parseInt(h, 16)) };
    });
}

const entries = readList();
const singles = entries.filter((e) => e.codePoints.length === 1);
const sequences = entries.filter((e) => e.codePoints.length > 1);

describe('DIN 91379 character table', () => {
  it('reads the full list (sanity check of the fixture)', () => {
    expect(singles.length).toBe(781);
    expect(sequences.length).toBe(149);
  });

  it('puts every listed character in exactly its listed group', () => {
    for (const { group, codePoints } of singles) {
      expect(din91379Groups(codePoints[0] as number), codePoints[0]?.toString(16)).toEqual([group]);
    }
  });

  it('contains no character the list does not have (whole BMP)', () => {
    const listed = new Set(singles.map((e) => e.codePoints[0]));
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (!listed.has(cp)) expect(din91379Groups(cp), cp.toString(16)).toEqual([]);
    }
  });

  it('accepts every listed character in the data types that include its group', () => {
    for (const [type, groups] of Object.entries(DIN91379_TYPE_GROUPS)) {
      for (const { group, codePoints } of singles) {
        const result = checkDin91379(String.fromCodePoint(...codePoints), type as 'A');
        expect(result.ok, `${type} ${group} ${codePoints[0]?.toString(16)}`).toBe(groups.includes(group));
      }
    }
  });

  it('accepts every listed sequence, composed or decomposed, in every data type', () => {
    for (const { codePoints } of sequences) {
      const text = String.fromCodePoint(...codePoints);
      for (const type of ['A', 'B', 'C', 'D', 'E'] as const) {
        expect(checkDin91379(text, type).ok, text).toBe(true);
        expect(checkDin91379(text.normalize('NFD'), type).ok, text).toBe(true);
        expect(checkDin91379(`x${text}y`, type).ok, text).toBe(true);
      }
    }
  });
});

describe('checkDin91379', () => {
  it('accepts German names, also in decomposed form', () => {
    expect(checkDin91379('Müller-Lüdenscheidt')).toEqual({ ok: true });
    expect(checkDin91379('Jürgen Weiß')).toEqual({ ok: true });
    expect(checkDin91379('Mu\u0308ller', 'A')).toEqual({ ok: true });
  });

  it('reports the first character outside the set with its NFC index', () => {
    expect(checkDin91379('Anna 😀')).toEqual({ ok: false, index: 5, char: '😀', codePoint: '1F600' });
    expect(checkDin91379('Ab\u4e2d')).toMatchObject({ ok: false, index: 2, char: '中' });
    expect(checkDin91379('Mu\u0308ller\u4e2d')).toMatchObject({ ok: false, index: 6 });
  });

  it('rejects a combining mark that forms no listed sequence, except in type E', () => {
    expect(checkDin91379('Q\u0331')).toMatchObject({ ok: false, index: 1, codePoint: '0331' });
    expect(checkDin91379('Q\u0331', 'E')).toEqual({ ok: true });
  });

  it('separates the data types', () => {
    expect(checkDin91379('Anna 2', 'A').ok).toBe(false);
    expect(checkDin91379('Anna 2', 'B').ok).toBe(true);
    expect(checkDin91379('Zeile 1\nZeile 2', 'B').ok).toBe(false);
    expect(checkDin91379('Zeile 1\nZeile 2', 'C').ok).toBe(true);
    expect(checkDin91379('Αθήνα', 'C').ok).toBe(false);
    expect(checkDin91379('Αθήνα', 'D').ok).toBe(true);
  });

  it('accepts the empty text', () => {
    expect(checkDin91379('', 'A')).toEqual({ ok: true });
  });
});
