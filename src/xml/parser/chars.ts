/**
 * Character classes of XML 1.0 (fifth edition): which characters a document may contain (`Char`),
 * which may start and continue a name (`NameStartChar`, `NameChar`), and white space (`S`).
 */

/** `S`: space, tab, line feed, carriage return. */
export function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

const ASCII_NAME_START = new Uint8Array(128);
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const start = letter || c === 0x5f /* _ */ || c === 0x3a; /* : */
  ASCII_NAME_START[c] = start ? 1 : 0;
  ASCII_NAME[c] = start || (c >= 0x30 && c <= 0x39) || c === 0x2d /* - */ || c === 0x2e /* . */ ? 1 : 0;
}

/** `NameStartChar` for a code point (the colon included, as XML 1.0 has it). */
export function isNameStartCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_NAME_START[cp] === 1;
  return (
    (cp >= 0xc0 && cp <= 0xd6) ||
    (cp >= 0xd8 && cp <= 0xf6) ||
    (cp >= 0xf8 && cp <= 0x2ff) ||
    (cp >= 0x370 && cp <= 0x37d) ||
    (cp >= 0x37f && cp <= 0x1fff) ||
    (cp >= 0x200c && cp <= 0x200d) ||
    (cp >= 0x2070 && cp <= 0x218f) ||
    (cp >= 0x2c00 && cp <= 0x2fef) ||
    (cp >= 0x3001 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfdcf) ||
    (cp >= 0xfdf0 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0xeffff)
  );
}

/** `NameChar` for a code point. */
export function isNameCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_NAME[cp] === 1;
  return (
    isNameStartCodePoint(cp) || cp === 0xb7 || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x203f && cp <= 0x2040)
  );
}

/** `Char`: the code points an XML 1.0 document may contain, directly or as a character reference. */
export function isXmlCodePoint(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0xd7ff) ||
    cp === 0x0a ||
    cp === 0x09 ||
    cp === 0x0d ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Scans a name starting at `start`; returns the offset after it, or `start` when no name starts
 * there. Colons are name characters here; the namespace layer checks the QName structure.
 */
export function scanName(text: string, start: number): number {
  const length = text.length;
  let i = start;
  if (i >= length) return start;
  const first = text.charCodeAt(i);
  if (first < 0x80) {
    if (ASCII_NAME_START[first] !== 1) return start;
    i++;
  } else {
    const cp = text.codePointAt(i) as number;
    if (!isNameStartCodePoint(cp)) return start;
    i += cp > 0xffff ? 2 : 1;
  }
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_NAME[c] !== 1) break;
      i++;
    } else {
      const cp = text.codePointAt(i) as number;
      if (!isNameCodePoint(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return i;
}

/** True when the whole string is an XML `Name`. */
export function isName(text: string): boolean {
  return text.length > 0 && scanName(text, 0) === text.length;
}

/** True when the string is an `NCName` (a name without colons). */
export function isNcName(text: string): boolean {
  return isName(text) && !text.includes(':');
}

/**
 * The first character in a text that XML 1.0 cannot carry at all (C0 controls other than TAB,
 * LF and CR; lone surrogates; U+FFFE and U+FFFF), or -1. Works on UTF-16 strings.
 */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function firstNonXmlChar(text: string): number {
  const match = NOT_XML_CHAR.exec(text);
  return match ? match.index : -1;
}

/** The code point at an offset, as `U+XXXX` digits (for messages). */
export function codePointHex(text: string, offset: number): string {
  const cp = text.codePointAt(offset) ?? 0;
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
