/**
 * Escaping for the writers. Text keeps every character: `&`, `<`, `>` as entities and CR as
 * `&#13;` (a literal CR would become LF in every XML parser). Attribute values also keep `"`, TAB,
 * LF and CR as references (a literal TAB or LF would become a space). Characters XML 1.0 cannot
 * carry at all (most C0 controls, lone surrogates, U+FFFE, U+FFFF) cannot be escaped: callers
 * check `isXmlText` first and refuse such values.
 */

import { firstNonXmlChar } from './parser/chars.js';

/** True when the text can be written as XML 1.0 character data (escaped). */
export function isXmlText(text: string): boolean {
  return firstNonXmlChar(text) === -1;
}

/** The first character XML 1.0 cannot carry, as `XXXX` hex digits of its code point, or undefined. */
export function nonXmlCodePoint(text: string): string | undefined {
  const index = firstNonXmlChar(text);
  if (index === -1) return undefined;
  return (text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIALS = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r]/g;

function replacement(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\t':
      return '&#9;';
    case '\n':
      return '&#10;';
    default:
      return '&#13;';
  }
}

/** Escapes character data: `&`, `<`, `>` and CR. */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, replacement) : text;
}

/** Escapes an attribute value for double quotes: also `"`, TAB, LF and CR. */
export function escapeAttribute(text: string): string {
  return ATTRIBUTE_SPECIAL.test(text) ? text.replace(ATTRIBUTE_SPECIALS, replacement) : text;
}
