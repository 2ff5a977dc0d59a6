/**
 * Checks of single field values by data type, precision (praezisierung) and code list.
 * Each field gets one compiled checker, built once at compile time, so validation does not
 * re-read the definition.
 */

import type { ElementRef } from '../issues/issue.js';
import type { CodeList, FieldDefinition } from '../model/types.js';
import { checkDin91379 } from '../text/din91379.js';
import { compareTemporal, isIsoDate, isIsoDateTime, isIsoTime } from '../text/temporal.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import type { IssueSink } from './issue-list.js';
import type { ValidationLimits } from './limits.js';
import { makeIssue } from './report.js';

/** Checks one value of a field (one item, for repeated fields) and appends issues to `out`. */
export type ValueChecker = (value: unknown, path: string, out: IssueSink) => void;

export interface ValueCheckerContext {
  readonly limits: ValidationLimits;
  /** Resolves a code-list reference; undefined when the list is not loaded. */
  readonly resolveCodeList: (uri: string, version: string) => CodeList | undefined;
}

// Characters XML 1.0 cannot carry: C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE/F.
const FORBIDDEN_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Number of Unicode code points, as XSD counts length. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Number of digits after the decimal point in the shortest decimal form of a finite number. */
export function decimalPlaces(value: number): number {
  const text = String(value);
  const exponent = text.indexOf('e');
  const mantissa = exponent === -1 ? text : text.slice(0, exponent);
  const dot = mantissa.indexOf('.');
  const fraction = dot === -1 ? 0 : mantissa.length - dot - 1;
  const shift = exponent === -1 ? 0 : Number(text.slice(exponent + 1));
  return Math.max(0, fraction - shift);
}

// 1 for characters of the base64 alphabet (RFC 4648 section 4), 0 otherwise.
const BASE64_ALPHABET = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  BASE64_ALPHABET[c.charCodeAt(0)] = 1;
}

/**
 * True for canonical base64: alphabet characters, length a multiple of 4, at most two `=` at
 * the end. A loop rather than a regex, so that 50 MB attachments cost one linear pass.
 */
export function isBase64(content: string): boolean {
  const length = content.length;
  if (length % 4 !== 0) return false;
  let end = length;
  if (end > 0 && content.charCodeAt(end - 1) === 61) end--;
  if (end > 0 && content.charCodeAt(end - 1) === 61) end--;
  if (length - end > 0 && length - end > 2) return false;
  for (let i = 0; i < end; i++) {
    const unit = content.charCodeAt(i);
    if (unit >= 128 || BASE64_ALPHABET[unit] === 0) return false;
  }
  return true;
}

/** Decoded byte length of a valid base64 text. */
export function base64ByteLength(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return (content.length / 4) * 3 - padding;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Compiles the checker for one field. Assumes the definition passed lint. */
export function compileValueChecker(
  field: FieldDefinition,
  ref: ElementRef,
  context: ValueCheckerContext,
): ValueChecker {
  if (field.feldart === 'select' || field.values !== undefined || field.codeList !== undefined) {
    return compileCodeChecker(field, ref, context);
  }
  switch (field.datentyp) {
    case 'text':
    case 'text_latin':
      return compileTextChecker(field, ref, context.limits);
    case 'num':
    case 'num_int':
    case 'num_currency':
      return compileNumberChecker(field, ref);
    case 'bool':
      return (value, path, out) => {
        if (typeof value !== 'boolean') {
          out.push(makeIssue('WRONG_TYPE', path, { expected: 'boolean', actual: typeName(value) }, ref));
        }
      };
    case 'date':
      return compileTemporalChecker(field, ref, 'date');
    case 'time':
      return compileTemporalChecker(field, ref, 'time');
    case 'datetime':
      return compileTemporalChecker(field, ref, 'datetime');
    case 'file':
      return compileBinaryChecker(field, ref, true);
    case 'obj':
      return compileBinaryChecker(field, ref, false);
  }
}

function compileTextChecker(field: FieldDefinition, ref: ElementRef, limits: ValidationLimits): ValueChecker {
  const p = field.praezisierung ?? {};
  const pattern = p.pattern === undefined ? undefined : compileXsdPattern(p.pattern);
  const regex = pattern?.ok ? pattern.regex : undefined;
  const latin = field.datentyp === 'text_latin';
  const { minLength, maxLength } = p;
  return (value, path, out) => {
    if (typeof value !== 'string') {
      out.push(makeIssue('WRONG_TYPE', path, { expected: 'string', actual: typeName(value) }, ref));
      return;
    }
    if (value.length > limits.maxTextLength) {
      out.push(makeIssue('LIMIT_TEXT_LENGTH', path, { limit: limits.maxTextLength }, ref));
      return;
    }
    const forbidden = FORBIDDEN_CHAR.exec(value);
    if (forbidden) {
      const codePoint = value.charCodeAt(forbidden.index).toString(16).toUpperCase().padStart(4, '0');
      out.push(makeIssue('TEXT_INVALID_CHARACTER', path, { codePoint, index: forbidden.index }, ref));
      return;
    }
    if (latin) {
      const din = checkDin91379(value);
      if (!din.ok) out.push(makeIssue('TEXT_NOT_LATIN', path, { char: din.char, index: din.index }, ref));
    }
    if (minLength !== undefined || maxLength !== undefined) {
      const length = codePointLength(value);
      if (minLength !== undefined && length < minLength) {
        out.push(makeIssue('MIN_LENGTH', path, { minLength, length }, ref));
      }
      if (maxLength !== undefined && length > maxLength) {
        out.push(makeIssue('MAX_LENGTH', path, { maxLength, length }, ref));
        return; // a pattern on an over-long text is not worth the time
      }
    }
    if (regex !== undefined && !regex.test(value)) {
      out.push(makeIssue('PATTERN', path, { pattern: p.pattern }, ref));
    }
  };
}

function compileNumberChecker(field: FieldDefinition, ref: ElementRef): ValueChecker {
  const p = field.praezisierung ?? {};
  const min = typeof p.minValue === 'number' ? p.minValue : undefined;
  const max = typeof p.maxValue === 'number' ? p.maxValue : undefined;
  const integer = field.datentyp === 'num_int';
  const currency = field.datentyp === 'num_currency';
  return (value, path, out) => {
    if (typeof value !== 'number') {
      out.push(makeIssue('WRONG_TYPE', path, { expected: 'number', actual: typeName(value) }, ref));
      return;
    }
    if (!Number.isFinite(value)) {
      out.push(makeIssue('NOT_FINITE', path, { value: String(value) }, ref));
      return;
    }
    if (integer && !Number.isInteger(value)) out.push(makeIssue('NOT_INTEGER', path, { value }, ref));
    if (currency && decimalPlaces(value) > 2) out.push(makeIssue('CURRENCY_PRECISION', path, { value }, ref));
    if (min !== undefined && value < min)
      out.push(makeIssue('MIN_VALUE', path, { minValue: min, value }, ref));
    if (max !== undefined && value > max)
      out.push(makeIssue('MAX_VALUE', path, { maxValue: max, value }, ref));
  };
}

/**
 * Dates, times and date-times, and their bounds. Order is decided by `compareTemporal` (see
 * `src/text/temporal.ts`): an inclusive bound holds when the value is determinately on its side
 * or equal; when the order is indeterminate (a value with a zone against a bound without one,
 * or the reverse, less than 14 hours apart) the bound is not met and the issue says why
 * (`MIN_VALUE_INDETERMINATE`, `MAX_VALUE_INDETERMINATE`), as an XSD validator does for
 * `minInclusive`/`maxInclusive`.
 */
function compileTemporalChecker(
  field: FieldDefinition,
  ref: ElementRef,
  kind: 'date' | 'time' | 'datetime',
): ValueChecker {
  const p = field.praezisierung ?? {};
  const isValid = kind === 'date' ? isIsoDate : kind === 'time' ? isIsoTime : isIsoDateTime;
  const code = kind === 'date' ? 'INVALID_DATE' : kind === 'time' ? 'INVALID_TIME' : 'INVALID_DATETIME';
  const min = typeof p.minValue === 'string' && isValid(p.minValue) ? p.minValue : undefined;
  const max = typeof p.maxValue === 'string' && isValid(p.maxValue) ? p.maxValue : undefined;
  return (value, path, out) => {
    if (typeof value !== 'string') {
      out.push(makeIssue('WRONG_TYPE', path, { expected: `string (${kind})`, actual: typeName(value) }, ref));
      return;
    }
    if (!isValid(value)) {
      out.push(makeIssue(code, path, { value: value.slice(0, 100) }, ref));
      return;
    }
    if (min !== undefined) {
      const order = compareTemporal(kind, value, min);
      if (order === null) out.push(makeIssue('MIN_VALUE_INDETERMINATE', path, { minValue: min, value }, ref));
      else if (order < 0) out.push(makeIssue('MIN_VALUE', path, { minValue: min, value }, ref));
    }
    if (max !== undefined) {
      const order = compareTemporal(kind, value, max);
      if (order === null) out.push(makeIssue('MAX_VALUE_INDETERMINATE', path, { maxValue: max, value }, ref));
      else if (order > 0) out.push(makeIssue('MAX_VALUE', path, { maxValue: max, value }, ref));
    }
  };
}

function compileCodeChecker(
  field: FieldDefinition,
  ref: ElementRef,
  context: ValueCheckerContext,
): ValueChecker {
  const inline = field.values;
  const listRef = field.codeList;
  const list =
    inline === undefined && listRef ? context.resolveCodeList(listRef.uri, listRef.version) : undefined;
  const values = inline ?? list?.values;
  const codes = values === undefined ? undefined : new Set(values.map((v) => v.code));
  const listUri = listRef?.uri ?? '(inline)';
  const listVersion = listRef?.version ?? field.version;
  return (value, path, out) => {
    if (typeof value !== 'string') {
      out.push(makeIssue('WRONG_TYPE', path, { expected: 'string (code)', actual: typeName(value) }, ref));
      return;
    }
    if (codes === undefined) {
      out.push(makeIssue('CODE_LIST_NOT_LOADED', path, { listUri, listVersion }, ref));
      return;
    }
    if (!codes.has(value)) {
      out.push(makeIssue('CODE_NOT_IN_LIST', path, { code: value.slice(0, 100), listUri, listVersion }, ref));
    }
  };
}

function compileBinaryChecker(field: FieldDefinition, ref: ElementRef, isFile: boolean): ValueChecker {
  const allowed = field.file?.mediaTypes?.length ? new Set(field.file.mediaTypes) : undefined;
  const maxSize = field.file?.maxSize;
  const required = isFile ? ['name', 'mediaType', 'content'] : ['content'];
  const known = new Set(['name', 'mediaType', 'content']);
  if (!isFile) known.delete('name');
  return (value, path, out) => {
    if (!isPlainObject(value)) {
      out.push(
        makeIssue('WRONG_TYPE', path, { expected: isFile ? 'file' : 'object', actual: typeName(value) }, ref),
      );
      return;
    }
    for (const key of Object.keys(value)) {
      if (!known.has(key)) {
        out.push(makeIssue('FILE_INVALID', path, { property: key.slice(0, 100), problem: 'unknown' }, ref));
        return;
      }
    }
    for (const key of required) {
      if (typeof own(value, key) !== 'string') {
        out.push(makeIssue('FILE_INVALID', path, { property: key, problem: 'not-text' }, ref));
        return;
      }
    }
    const mediaType = own(value, 'mediaType');
    if (mediaType !== undefined && typeof mediaType !== 'string') {
      out.push(makeIssue('FILE_INVALID', path, { property: 'mediaType', problem: 'not-text' }, ref));
      return;
    }
    if (isFile && (own(value, 'name') as string).length === 0) {
      out.push(makeIssue('FILE_INVALID', path, { property: 'name', problem: 'empty' }, ref));
    }
    const content = own(value, 'content') as string;
    if (!isBase64(content)) {
      out.push(makeIssue('FILE_INVALID_BASE64', path, {}, ref));
      return;
    }
    const size = base64ByteLength(content);
    if (maxSize !== undefined && size > maxSize)
      out.push(makeIssue('FILE_TOO_LARGE', path, { size, maxSize }, ref));
    if (allowed && typeof mediaType === 'string' && !allowed.has(mediaType)) {
      out.push(makeIssue('FILE_MEDIA_TYPE', path, { mediaType, allowed: [...allowed].join(', ') }, ref));
    }
  };
}
