/** The parser's error value: the first fatal problem of a document, located. */

import { formatMessage } from '../../issues/catalogue.js';
import { XML_CODES, type XmlCode } from '../codes.js';

/** Why a document was rejected: a stable code, a message in German and English, and where. */
export interface XmlError {
  readonly code: XmlCode;
  readonly message: { readonly de: string; readonly en: string };
  /** The values the message was built from. */
  readonly params: Readonly<Record<string, unknown>>;
  /** 1-based line and column (UTF-16 code units; for undecodable bytes, bytes) of the problem. */
  readonly line: number;
  readonly column: number;
  /** The elements open at the problem as written, e.g. `/m:antrag/m:person`; `''` outside the root. */
  readonly xpath: string;
}

/** Builds an error from a code of the XML catalogue. */
export function xmlError(
  code: XmlCode,
  params: Readonly<Record<string, unknown>>,
  line: number,
  column: number,
  xpath = '',
): XmlError {
  const templates = XML_CODES[code];
  return {
    code,
    message: { de: formatMessage(templates.de, params), en: formatMessage(templates.en, params) },
    params,
    line,
    column,
    xpath,
  };
}

/** A character for a message: `"x" (U+0078)`, or the code point alone for invisible ones. */
export function describeChar(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  if (cp === undefined) return 'end of input';
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp > 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp <= 0x9f) && !(cp >= 0xd800 && cp <= 0xdfff)
    ? `"${String.fromCodePoint(cp)}" (${hex})`
    : hex;
}
