/**
 * Bytes to text, strictly (XML 1.0 section 4.3.3 and appendix F): the encoding is detected from
 * the byte order mark or the first bytes, the XML declaration's `encoding` must agree with it,
 * and the bytes must be valid in it. Supported: UTF-8 (with or without BOM), UTF-16 (BOM, or
 * `UTF-16LE`/`UTF-16BE` declared), ISO-8859-1 and US-ASCII (declared). Anything else is refused
 * with its own code rather than guessed.
 */

import type { XmlCode } from '../codes.js';

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'ISO-8859-1' | 'US-ASCII';

export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: Encoding;
      /** The encoding name as the XML declaration gives it, if the declaration could be read. */
      readonly declared: string | undefined;
      /** Whether the bytes began with a byte order mark. */
      readonly bom: boolean;
    }
  | {
      readonly ok: false;
      readonly code: XmlCode;
      readonly params: Readonly<Record<string, unknown>>;
      /** Byte offset of the problem. */
      readonly offset: number;
    };

const ENCODING_LABELS: Readonly<Record<string, Encoding>> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'utf-16': 'UTF-16LE', // resolved by the byte order mark
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'iso-8859-1': 'ISO-8859-1',
  iso_8859_1: 'ISO-8859-1',
  'iso_8859-1': 'ISO-8859-1',
  latin1: 'ISO-8859-1',
  'latin-1': 'ISO-8859-1',
  l1: 'ISO-8859-1',
  'us-ascii': 'US-ASCII',
  ascii: 'US-ASCII',
};

/** The encoding of a declared name, or undefined for an unsupported one. */
export function encodingOfLabel(label: string): Encoding | undefined {
  const key = label.toLowerCase();
  return Object.hasOwn(ENCODING_LABELS, key) ? ENCODING_LABELS[key] : undefined;
}

/**
 * Whether a declared encoding name agrees with the encoding the bytes were decoded as. For text
 * that arrived as a string, any supported declaration is accepted: it was decoded already.
 */
export function declarationAgrees(declared: string, detected: Encoding | 'string', bom: boolean): boolean {
  const encoding = encodingOfLabel(declared);
  if (encoding === undefined) return false;
  if (detected === 'string') return true;
  const label = declared.toLowerCase();
  if (detected === 'UTF-16LE' || detected === 'UTF-16BE') {
    // With a BOM "UTF-16" is right; without one the declaration must name the byte order.
    return bom ? label === 'utf-16' || encoding === detected : encoding === detected && label !== 'utf-16';
  }
  // ASCII is a subset of UTF-8: declared US-ASCII is read as ASCII, so it agrees exactly.
  return encoding === detected;
}

/** `encoding="…"` in the text of an XML declaration (linear: no pattern here can backtrack far). */
const ENCODING_DECL = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/;

/**
 * The value of `encoding="…"` in an XML declaration at the start of ASCII-compatible bytes. The
 * declaration is read whole, up to its `>`, however much white space it has (the size limit
 * bounds it); only ASCII matters in it, so its bytes are read one to one as characters.
 */
function declaredInAscii(bytes: Uint8Array, start: number): string | undefined {
  // `<?xml` followed by white space: a declaration (`<?xml-stylesheet` is a processing instruction).
  const head = [0x3c, 0x3f, 0x78, 0x6d, 0x6c];
  for (let i = 0; i < head.length; i++) if (bytes[start + i] !== head[i]) return undefined;
  const next = bytes[start + 5];
  if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) return undefined;
  const close = bytes.indexOf(0x3e /* > */, start + 5);
  const end = close === -1 ? bytes.length : close;
  const declaration = latin1Decoder.decode(bytes.subarray(start, end));
  return ENCODING_DECL.exec(declaration)?.[2];
}

function utf16Declared(text: string): string | undefined {
  if (!/^<\?xml\s/.test(text)) return undefined;
  const end = text.indexOf('>');
  return ENCODING_DECL.exec(end === -1 ? text : text.slice(0, end))?.[2];
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  const length = bytes.length;
  let i = start;
  while (i < length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else return i;
    if (i + need >= length) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function decodeLatin1(bytes: Uint8Array, start: number, ascii: boolean): Decoded | string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = start; i < bytes.length; i += chunk) {
    const slice = bytes.subarray(i, Math.min(bytes.length, i + chunk));
    if (ascii) {
      const bad = slice.findIndex((b) => b >= 0x80);
      if (bad !== -1) {
        return {
          ok: false,
          code: 'XML_ENCODING_INVALID',
          params: { encoding: 'US-ASCII', offset: i + bad },
          offset: i + bad,
        };
      }
    }
    parts.push(String.fromCharCode(...slice));
  }
  return parts.join('');
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** For the XML declaration only: ASCII reads the same in it (it is windows-1252 by WHATWG rules). */
const latin1Decoder = new TextDecoder('latin1');

/** Decodes the bytes of a document strictly. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  const b3 = bytes[3];
  // UCS-4 in all four byte orders, with or without a BOM, and EBCDIC (XML appendix F) are
  // recognised only to be refused by name.
  if (
    (b0 === 0 && b1 === 0 && (b2 === 0 || b2 === 0x3c || b2 === 0xfe || b2 === 0xff)) ||
    (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0) ||
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0xfe && b1 === 0xff && b2 === 0 && b3 === 0)
  ) {
    return { ok: false, code: 'XML_ENCODING_UNSUPPORTED', params: { encoding: 'UCS-4' }, offset: 0 };
  }
  if (b0 === 0x4c && b1 === 0x6f && b2 === 0xa7 && b3 === 0x94) {
    return { ok: false, code: 'XML_ENCODING_UNSUPPORTED', params: { encoding: 'EBCDIC' }, offset: 0 };
  }
  let utf16: 'UTF-16LE' | 'UTF-16BE' | undefined;
  let bom = 0;
  if (b0 === 0xfe && b1 === 0xff) [utf16, bom] = ['UTF-16BE', 2];
  else if (b0 === 0xff && b1 === 0xfe) [utf16, bom] = ['UTF-16LE', 2];
  else if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) utf16 = 'UTF-16BE';
  else if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) utf16 = 'UTF-16LE';
  if (utf16 !== undefined) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
    } catch {
      const offset = firstInvalidUtf16(bytes, bom, utf16 === 'UTF-16LE');
      return { ok: false, code: 'XML_ENCODING_INVALID', params: { encoding: utf16, offset }, offset };
    }
    const declared = utf16Declared(text);
    if (declared === undefined && bom === 0) {
      // UTF-16 without a byte order mark must say which byte order it uses.
      return {
        ok: false,
        code: 'XML_ENCODING_MISMATCH',
        params: { declared: 'UTF-8 (no declaration)', detected: utf16 },
        offset: 0,
      };
    }
    return { ok: true, text, encoding: utf16, declared, bom: bom > 0 };
  }
  const start = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  const declared = declaredInAscii(bytes, start);
  const encoding = declared === undefined ? 'UTF-8' : encodingOfLabel(declared);
  if (encoding === undefined) {
    return { ok: false, code: 'XML_ENCODING_UNSUPPORTED', params: { encoding: declared }, offset: 0 };
  }
  if (encoding === 'ISO-8859-1' || encoding === 'US-ASCII') {
    if (start === 3) {
      return { ok: false, code: 'XML_ENCODING_MISMATCH', params: { declared, detected: 'UTF-8' }, offset: 0 };
    }
    const text = decodeLatin1(bytes, 0, encoding === 'US-ASCII');
    return typeof text === 'string' ? { ok: true, text, encoding, declared, bom: false } : text;
  }
  if (encoding !== 'UTF-8') {
    return {
      ok: false,
      code: 'XML_ENCODING_MISMATCH',
      params: { declared, detected: start === 3 ? 'UTF-8' : 'UTF-8 (ASCII-compatible bytes)' },
      offset: 0,
    };
  }
  try {
    return {
      ok: true,
      text: utf8Decoder.decode(bytes.subarray(start)),
      encoding: 'UTF-8',
      declared,
      bom: start === 3,
    };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes, start));
    return { ok: false, code: 'XML_ENCODING_INVALID', params: { encoding: 'UTF-8', offset }, offset };
  }
}

/** Offset of the first byte of an invalid UTF-16 code unit sequence (odd length, lone surrogate). */
function firstInvalidUtf16(bytes: Uint8Array, start: number, little: boolean): number {
  const unit = (i: number) =>
    little
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  let i = start;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return i;
}
