/**
 * Lexical forms of values in messages, one place for both directions: how the writer spells a
 * number or boolean (XSD canonical-ish: no exponent, `true`/`false`) and how the reader turns an
 * element's text back into the typed value. Text stays text exactly; typed values (numbers,
 * booleans, dates, times, base64) tolerate the white space XSD collapses around them.
 */

import { fromNumber, toText } from '../text/decimal.js';
import { StringBuilder } from './parser/builder.js';

/** Plain decimal text of a finite JS number (no exponent, as xs:decimal requires); `-0` stays `-0`. */
export function decimalText(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  if (!text.includes('e')) return text;
  const decimal = fromNumber(value);
  return decimal ? toText(decimal) : String(value);
}

/** The xs:decimal lexical form (xs:integer is a restriction of it). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const XML_SPACE_ANYWHERE = /[ \t\n\r]/;

const isXmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The text without leading and trailing XML white space (space, tab, LF, CR; not NBSP). By index,
 * not by a regular expression: `/[ \t\n\r]+$/` tries every position of a long inner run of white
 * space again (quadratic: 40,000 spaces took 2 s).
 */
export function trimXmlSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isXmlSpace(text.charCodeAt(start))) start++;
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * A number from xs:decimal text, or undefined when the text is not one. Integer fields read
 * decimals too: whether the number is whole is validation's judgement, as for JSON.
 */
export function parseDecimal(text: string): number | undefined {
  const value = trimXmlSpace(text);
  if (!DECIMAL.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A boolean from xs:boolean text (`true`, `false`, `1`, `0`), or undefined. */
export function parseBoolean(text: string): boolean | undefined {
  switch (trimXmlSpace(text)) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return undefined;
  }
}

/**
 * xs:base64Binary text without the white space it may contain (line breaks of other writers).
 * The runs between white space are collected in blocks: a global replace keeps every match and
 * needs hundreds of megabytes for millions of them.
 */
export function base64Content(text: string): string {
  if (!XML_SPACE_ANYWHERE.test(text)) return text;
  const out = new StringBuilder();
  const length = text.length;
  let start = 0;
  for (let i = 0; i < length; i++) {
    if (!isXmlSpace(text.charCodeAt(i))) continue;
    out.add(text.slice(start, i));
    start = i + 1;
  }
  out.add(text.slice(start));
  return out.take();
}
