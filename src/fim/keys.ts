/**
 * Readable element keys for imported FIM elements, derived from their names:
 * 1. German letters are transliterated (ä→ae, ö→oe, ü→ue, ß→ss, capitals alike); other letters
 *    lose their diacritics (é→e); anything that is then not an ASCII letter or digit separates
 *    words.
 * 2. The words are joined in lower camelCase: `Persönliche Angaben (inkl. Größe)` →
 *    `persoenlicheAngabenInklGroesse`.
 * 3. A key that would start with a digit gets the prefix `feld` or `gruppe`; an empty one falls
 *    back to the lower-cased FIM id; keys are cut to 64 characters at a word boundary.
 * 4. Among siblings the first element keeps its key, later ones with the same key get 2, 3, …
 *    appended; the reserved names `__proto__`, `constructor` and `prototype` count as taken.
 * The result always matches the key rule (`src/model/keys.ts`).
 */

import { RESERVED_KEYS } from '../model/keys.js';

const TRANSLITERATION: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'oe',
  Ø: 'Oe',
  œ: 'oe',
  Œ: 'Oe',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/** Longest derived key (before a uniqueness suffix). */
export const MAX_KEY_LENGTH = 64;

/** The words of a name, in ASCII. */
function words(name: string): string[] {
  let text = '';
  for (const char of name) text += TRANSLITERATION[char] ?? char;
  text = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
}

/**
 * The key of one element from its name (without sibling uniqueness). `kind` decides the prefix
 * of names that start with a digit; `id` is the fallback for names without letters or digits.
 */
export function deriveKey(name: string, kind: 'field' | 'group' | 'schema', id: string): string {
  const parts = words(name.slice(0, 1000));
  let key = '';
  for (const [index, word] of parts.entries()) {
    const lower = word.toLowerCase();
    const next = index === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    if (key.length > 0 && key.length + next.length > MAX_KEY_LENGTH) break;
    key += next;
  }
  key = key.slice(0, MAX_KEY_LENGTH);
  if (key === '') {
    const fromId = words(id).join('').toLowerCase().slice(0, MAX_KEY_LENGTH);
    key = fromId === '' ? kind : fromId;
  }
  if (/^[0-9]/.test(key))
    key = `${kind === 'group' ? 'gruppe' : kind === 'schema' ? 'schema' : 'feld'}${key}`;
  return key;
}

/**
 * Makes keys unique among siblings: the first keeps its key, later duplicates get the smallest
 * numeric suffix (from 2) that is free. Reserved names count as taken.
 */
export function uniqueKeys(keys: readonly string[]): string[] {
  const taken = new Set<string>(RESERVED_KEYS);
  const wanted = new Set(keys);
  const out: string[] = [];
  for (const key of keys) {
    if (!taken.has(key)) {
      taken.add(key);
      out.push(key);
      continue;
    }
    let n = 2;
    // Skip suffixes that another sibling wants as its own key, so that one keeps it.
    while (taken.has(`${key}${n}`) || wanted.has(`${key}${n}`)) n++;
    const unique = `${key}${n}`;
    taken.add(unique);
    out.push(unique);
  }
  return out;
}
