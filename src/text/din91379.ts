/**
 * The DIN 91379:2022-08 character set (the XÖV successor of String.Latin), used for FIM
 * `text_latin`. The groups below are encoded from the standard's published lists (version 1.3);
 * a test compares them with the lists in `../shared/din91379/` in both directions.
 *
 * Texts are checked in Unicode Normalization Form C: a decomposed "A" + U+0308 is the letter "Ä".
 */

/** The character groups of DIN 91379, as code point ranges (hexadecimal, `from-to` or single). */
const GROUP_RANGES = {
  /** Latin letters (normative). */
  bll:
    '0041-005A 0061-007A 00C0-00D6 00D8-00F6 00F8-017E 0187-0188 018F 0197 01A0-01A1 01AF-01B0 01B7 ' +
    '01CD-01DC 01DE-01DF 01E2-01F0 01F4-01F5 01F8-01FF 0212-0213 0218-021B 021E-021F 0227-0233 0259 ' +
    '0268 0292 1E02-1E03 1E06-1E07 1E0A-1E11 1E17 1E1C-1E2B 1E2F-1E37 1E3A-1E3B 1E40-1E49 1E52-1E5B ' +
    '1E5E-1E63 1E6A-1E6F 1E80-1E87 1E8C-1E97 1E9E 1EA0-1EF9',
  /** Non-letters N1: needed in names of natural persons (space, apostrophe, hyphen, ...). */
  bnlreq: '0020 0027 002C-002E 0060 007E 00A8 00B4 00B7 02B9-02BA 02BE-02BF 02C8 02CC 2019 2021',
  /** Non-letters N2: punctuation, digits and symbols. */
  bnl:
    '0021-0026 0028-002B 002F-0040 005B-005F 007B-007D 00A1-00A3 00A5 00A7 00A9-00AC 00AE-00B3 ' +
    '00B5-00B6 00B9-00BB 00BF 00D7 00F7 20AC',
  /** Non-letters N3: rarely needed symbols. */
  bnlopt: '00A4 00A6 00B8 00BC-00BE',
  /** Non-letters N4: tab, line feed, carriage return, no-break space. */
  bnlnot: '0009-000A 000D 00A0',
  /** Combining diacritics; in the normative types only allowed inside the listed sequences. */
  dc: '0300-0302 0304 0306-0308 030B-030D 0310 0315 031B 0323 0325-0328 0331 035F',
  /** Greek letters (extended). */
  gl: '0386 0388-038A 038C 038E-03A1 03A3-03CE',
  /** Cyrillic letters (extended). */
  cl: '040D 0410-042A 042C 042E-044A 044C 044E-044F 045D',
  /** Non-letters E1 (extended). */
  enl:
    '0192 02B0 02B3 02C6 02DC 02E2 1D48 1D57 2018 201A 201C-201E 2020 2026 2030 2032-2033 2039-203A ' +
    '2070 2074-2079 207F-2089 2122 221E 2264-2265',
} as const;

/**
 * Letter sequences (base letter + combining marks) that count as one letter, in NFC. Each entry
 * is one sequence of hexadecimal code points.
 */
const SEQUENCES =
  '0041 030B,0043 0300,0043 0304,0043 0306,0043 0308,0043 0315,0043 0323,0043 0326,0043 0328 0306,' +
  '0044 0302,0046 0300,0046 0304,0047 0300,0048 0304,0048 0326,0048 0331,004A 0301,004A 030C,' +
  '004B 0300,004B 0302,004B 0304,004B 0307,004B 0315,004B 031B,004B 0326,004B 035F 0048,' +
  '004B 035F 0068,004C 0302,004C 0325,004C 0325 0304,004C 0326,004D 0300,004D 0302,004D 0306,' +
  '004D 0310,004E 0302,004E 0304,004E 0306,004E 0326,0050 0300,0050 0304,0050 0315,0050 0323,' +
  '0052 0306,0052 0325,0052 0325 0304,0053 0300,0053 0304,0053 031B 0304,0053 0331,0054 0300,' +
  '0054 0304,0054 0308,0054 0315,0054 031B,0055 0307,005A 0300,005A 0304,005A 0306,005A 0308,' +
  '005A 0327,0061 030B,0063 0300,0063 0304,0063 0306,0063 0308,0063 0315,0063 0323,0063 0326,' +
  '0063 0328 0306,0064 0302,0066 0300,0066 0304,0067 0300,0068 0304,0068 0326,006A 0301,006B 0300,' +
  '006B 0302,006B 0304,006B 0307,006B 0315,006B 031B,006B 0326,006B 035F 0068,006C 0302,006C 0325,' +
  '006C 0325 0304,006C 0326,006D 0300,006D 0302,006D 0306,006D 0310,006E 0302,006E 0304,006E 0306,' +
  '006E 0326,0070 0300,0070 0304,0070 0315,0070 0323,0072 0306,0072 0325,0072 0325 0304,0073 0300,' +
  '0073 0304,0073 031B 0304,0073 0331,0074 0300,0074 0304,0074 0315,0074 031B,0075 0307,007A 0300,' +
  '007A 0304,007A 0306,007A 0308,007A 0327,00C7 0306,00DB 0304,00E7 0306,00FB 0304,00FF 0301,' +
  '010C 0315,010C 0323,010D 0315,010D 0323,0113 030D,012A 0301,012B 0301,014D 030D,017D 0326,' +
  '017D 0327,017E 0326,017E 0327,1E32 0304,1E33 0304,1E62 0304,1E63 0304,1E6C 0304,1E6D 0304,' +
  '1EA0 0308,1EA1 0308,1ECC 0308,1ECD 0308,1EE4 0304,1EE4 0308,1EE5 0304,1EE5 0308';

export type Din91379Group = keyof typeof GROUP_RANGES;

/**
 * The data types of DIN 91379 and the groups each allows:
 * - A: names of natural persons: letters, N1;
 * - B: names of legal persons, places, streets: A plus N2;
 * - C: other texts (the default for `text_latin`): B plus N3 and N4;
 * - D: names with extended letters: B plus Greek, Cyrillic and E1;
 * - E: everything: C plus Greek, Cyrillic, E1 and single combining diacritics.
 * Letter sequences (e.g. "L̥̄") are allowed in every type.
 */
export type Din91379Type = 'A' | 'B' | 'C' | 'D' | 'E';

export const DIN91379_TYPE_GROUPS: Readonly<Record<Din91379Type, readonly Din91379Group[]>> = {
  A: ['bll', 'bnlreq'],
  B: ['bll', 'bnlreq', 'bnl'],
  C: ['bll', 'bnlreq', 'bnl', 'bnlopt', 'bnlnot'],
  D: ['bll', 'bnlreq', 'bnl', 'gl', 'cl', 'enl'],
  E: ['bll', 'bnlreq', 'bnl', 'bnlopt', 'bnlnot', 'gl', 'cl', 'enl', 'dc'],
};

const GROUP_NAMES = Object.keys(GROUP_RANGES) as Din91379Group[];
// Every listed code point is in the BMP below this bound, so one flat table suffices.
const TABLE_SIZE = 0x2300;

/** Per code point: one bit per group it belongs to. */
const GROUP_BITS: Uint16Array = buildGroupTable();

function buildGroupTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  GROUP_NAMES.forEach((group, bit) => {
    for (const [from, to] of parseRanges(GROUP_RANGES[group])) {
      for (let cp = from; cp <= to; cp++) table[cp] = (table[cp] ?? 0) | (1 << bit);
    }
  });
  return table;
}

function parseRanges(text: string): Array<[number, number]> {
  return text.split(' ').map((item) => {
    const [from, to] = item.split('-') as [string, string | undefined];
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/** Sequences by their first code point, longest first, as arrays of the following code points. */
const SEQUENCE_TAILS: ReadonlyMap<number, readonly (readonly number[])[]> = buildSequenceTable();

function buildSequenceTable(): Map<number, number[][]> {
  const byHead = new Map<number, number[][]>();
  for (const entry of SEQUENCES.split(',')) {
    const [head, ...tail] = entry.split(' ').map((hex) => Number.parseInt(hex, 16)) as [number, ...number[]];
    let tails = byHead.get(head);
    if (!tails) {
      tails = [];
      byHead.set(head, tails);
    }
    tails.push(tail);
  }
  for (const tails of byHead.values()) tails.sort((a, b) => b.length - a.length);
  return byHead;
}

const TYPE_MASKS: Readonly<Record<Din91379Type, number>> = {
  A: maskOf(DIN91379_TYPE_GROUPS.A),
  B: maskOf(DIN91379_TYPE_GROUPS.B),
  C: maskOf(DIN91379_TYPE_GROUPS.C),
  D: maskOf(DIN91379_TYPE_GROUPS.D),
  E: maskOf(DIN91379_TYPE_GROUPS.E),
};

function maskOf(groups: readonly Din91379Group[]): number {
  return groups.reduce((mask, group) => mask | (1 << GROUP_NAMES.indexOf(group)), 0);
}

/** The groups a single code point belongs to (empty when it is not in DIN 91379). */
export function din91379Groups(codePoint: number): Din91379Group[] {
  const bits = codePoint < TABLE_SIZE ? (GROUP_BITS[codePoint] ?? 0) : 0;
  return GROUP_NAMES.filter((_, bit) => (bits & (1 << bit)) !== 0);
}

export type Din91379Result =
  | { readonly ok: true }
  /** `index` is the UTF-16 offset in the NFC form of the text; `char` the offending character. */
  | { readonly ok: false; readonly index: number; readonly char: string; readonly codePoint: string };

/**
 * Checks that a text consists only of characters and sequences of a DIN 91379 data type
 * (default C). The text is normalised to NFC first.
 */
export function checkDin91379(text: string, type: Din91379Type = 'C'): Din91379Result {
  const mask = TYPE_MASKS[type];
  if (isSimpleDin91379(text, type)) return OK;
  const nfc = text.normalize('NFC');
  let i = 0;
  while (i < nfc.length) {
    const cp = nfc.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const sequence = matchSequence(nfc, i + width, cp);
    if (sequence > 0) {
      i += width + sequence;
      continue;
    }
    const bits = cp < TABLE_SIZE ? (GROUP_BITS[cp] ?? 0) : 0;
    if ((bits & mask) === 0) {
      return {
        ok: false,
        index: i,
        char: String.fromCodePoint(cp),
        codePoint: cp.toString(16).toUpperCase().padStart(4, '0'),
      };
    }
    i += width;
  }
  return OK;
}

const OK: Din91379Result = Object.freeze({ ok: true });

/**
 * Sequence heads with a tail that starts below U+0300 (in the list, every tail starts with a
 * combining mark, so this is empty: a head followed by plain characters is no sequence).
 */
const HEADS_OF_PLAIN_TAILS: ReadonlySet<number> = new Set(
  [...SEQUENCE_TAILS]
    .filter(([, tails]) => tails.some((tail) => (tail[0] ?? 0) < 0x300))
    .map(([head]) => head),
);

/**
 * The quick answer for most texts (names, streets): every unit is below U+0300, where no
 * character changes under NFC and none combines with its neighbour (combining marks start at
 * U+0300) nor starts a sequence (every tail starts with one), and each is of the type on its
 * own. Then the text is valid without normalising it (and, as DIN 91379 has no control character
 * but TAB, LF and CR and no surrogate, it has no character XML forbids and is as long as its
 * code points). False means:
 * ask the full check.
 */
export function isSimpleDin91379(text: string, type: Din91379Type = 'C'): boolean {
  const mask = TYPE_MASKS[type];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x300 || ((GROUP_BITS[unit] ?? 0) & mask) === 0 || HEADS_OF_PLAIN_TAILS.has(unit))
      return false;
  }
  return true;
}

/** Length in UTF-16 units of the longest sequence tail after `head` at `start`, or 0. */
function matchSequence(text: string, start: number, head: number): number {
  const tails = SEQUENCE_TAILS.get(head);
  if (!tails) return 0;
  for (const tail of tails) {
    if (start + tail.length > text.length) continue;
    let matches = true;
    for (let k = 0; k < tail.length; k++) {
      if (text.charCodeAt(start + k) !== tail[k]) {
        matches = false;
        break;
      }
    }
    if (matches) return tail.length;
  }
  return 0;
}
