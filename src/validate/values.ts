/**
 * Checks of single field values by data type, precision (praezisierung) and code list.
 * Each field gets one compiled checker, built once at compile time, so validation does not
 * re-read the definition.
 */

import type { ElementRef } from '../issues/issue.js';
import type { CodeList, FieldDefinition } from '../model/types.js';
import { checkDin91379, isSimpleDin91379 } from '../text/din91379.js';
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

/**
 * What the checker of one field needs, as plain data: built once from the definition (the
 * interpreter binds it into a closure, the ahead-of-time generator writes it into the module as
 * a literal), read by `checkValue`. One meaning for both ways to run a form.
 */
export type ValueSpec =
  | {
      readonly kind: 'text';
      readonly ref: ElementRef;
      readonly maxTextLength: number;
      readonly latin: boolean;
      readonly minLength?: number | undefined;
      readonly maxLength?: number | undefined;
      /** The praezisierung pattern as written (for the message) and compiled. */
      readonly pattern?: string | undefined;
      readonly regex?: RegExp | undefined;
    }
  | {
      readonly kind: 'number';
      readonly ref: ElementRef;
      readonly integer: boolean;
      readonly currency: boolean;
      readonly min?: number | undefined;
      readonly max?: number | undefined;
    }
  | { readonly kind: 'bool'; readonly ref: ElementRef }
  | {
      readonly kind: 'date' | 'time' | 'datetime';
      readonly ref: ElementRef;
      readonly min?: string | undefined;
      readonly max?: string | undefined;
    }
  | {
      readonly kind: 'code';
      readonly ref: ElementRef;
      /** Undefined when the code list is not loaded. */
      readonly codes?: ReadonlySet<string> | undefined;
      readonly listUri: string;
      readonly listVersion: string;
    }
  | {
      readonly kind: 'file' | 'obj';
      readonly ref: ElementRef;
      readonly mediaTypes?: ReadonlySet<string> | undefined;
      readonly maxSize?: number | undefined;
    };

/** The checker's data for one field. Assumes the definition passed lint. */
export function valueSpec(field: FieldDefinition, ref: ElementRef, context: ValueCheckerContext): ValueSpec {
  const p = field.praezisierung ?? {};
  if (field.feldart === 'select' || field.values !== undefined || field.codeList !== undefined) {
    const inline = field.values;
    const listRef = field.codeList;
    const list =
      inline === undefined && listRef ? context.resolveCodeList(listRef.uri, listRef.version) : undefined;
    const values = inline ?? list?.values;
    return {
      kind: 'code',
      ref,
      codes: values === undefined ? undefined : new Set(values.map((v) => v.code)),
      listUri: listRef?.uri ?? '(inline)',
      listVersion: listRef?.version ?? field.version,
    };
  }
  switch (field.datentyp) {
    case 'text':
    case 'text_latin': {
      const pattern = p.pattern === undefined ? undefined : compileXsdPattern(p.pattern);
      return {
        kind: 'text',
        ref,
        maxTextLength: context.limits.maxTextLength,
        latin: field.datentyp === 'text_latin',
        minLength: p.minLength,
        maxLength: p.maxLength,
        pattern: p.pattern,
        regex: pattern?.ok ? pattern.regex : undefined,
      };
    }
    case 'num':
    case 'num_int':
    case 'num_currency':
      return {
        kind: 'number',
        ref,
        integer: field.datentyp === 'num_int',
        currency: field.datentyp === 'num_currency',
        min: typeof p.minValue === 'number' ? p.minValue : undefined,
        max: typeof p.maxValue === 'number' ? p.maxValue : undefined,
      };
    case 'bool':
      return { kind: 'bool', ref };
    case 'date':
    case 'time':
    case 'datetime': {
      const isValid = TEMPORAL[field.datentyp].isValid;
      return {
        kind: field.datentyp,
        ref,
        min: typeof p.minValue === 'string' && isValid(p.minValue) ? p.minValue : undefined,
        max: typeof p.maxValue === 'string' && isValid(p.maxValue) ? p.maxValue : undefined,
      };
    }
    case 'file':
    case 'obj':
      return {
        kind: field.datentyp,
        ref,
        mediaTypes: field.file?.mediaTypes?.length ? new Set(field.file.mediaTypes) : undefined,
        maxSize: field.file?.maxSize,
      };
  }
}

/** Checks one value of a field (one item, for repeated fields) against its spec. */
export function checkValue(spec: ValueSpec, value: unknown, path: string, out: IssueSink): void {
  switch (spec.kind) {
    case 'text':
      checkText(spec, value, path, out);
      break;
    case 'number':
      checkNumber(spec, value, path, out);
      break;
    case 'bool':
      if (typeof value !== 'boolean') {
        out.push(makeIssue('WRONG_TYPE', path, { expected: 'boolean', actual: typeName(value) }, spec.ref));
      }
      break;
    case 'date':
    case 'time':
    case 'datetime':
      checkTemporal(spec, value, path, out);
      break;
    case 'code':
      checkCode(spec, value, path, out);
      break;
    default:
      checkBinary(spec, value, path, out);
  }
}

/**
 * The valid path of `checkValue` as one yes/no question, so that a walk skips building the
 * value's path and calling the checker when the value is fine: true only when `checkValue`
 * would report nothing (a test holds the two together). False means: ask `checkValue`.
 */
export function valueIsValid(spec: ValueSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'text':
      return textIsValid(spec, value);
    case 'number':
      return numberIsValid(spec, value);
    case 'bool':
      return typeof value === 'boolean';
    case 'date':
    case 'time':
    case 'datetime':
      return temporalIsValid(spec, value);
    case 'code':
      return typeof value === 'string' && spec.codes !== undefined && spec.codes.has(value);
    default:
      return false;
  }
}

export function textIsValid(spec: SpecOf<'text'>, value: unknown): boolean {
  if (typeof value !== 'string' || value.length > spec.maxTextLength) return false;
  // One pass over the units answers the character questions for nearly every text: no
  // character XML forbids, in DIN 91379 where asked, no surrogate pair (length = code points).
  const simple = spec.latin ? isSimpleDin91379(value) : isSimpleText(value);
  if (!simple && (FORBIDDEN_CHAR.test(value) || (spec.latin && !checkDin91379(value).ok))) return false;
  const { minLength, maxLength, regex } = spec;
  if (minLength !== undefined || maxLength !== undefined) {
    const length = simple ? value.length : codePointLength(value);
    if ((minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength))
      return false;
  }
  return regex === undefined || regex.test(value);
}

/** Every unit a character XML allows outside the surrogates and U+FFFE/U+FFFF. */
function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 ? unit !== 0x09 && unit !== 0x0a && unit !== 0x0d : unit >= 0xd800) return false;
  }
  return true;
}

export function numberIsValid(spec: SpecOf<'number'>, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const whole = Number.isInteger(value);
  if (spec.integer && !whole) return false;
  if (spec.currency && !whole && decimalPlaces(value) > 2) return false;
  return (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
}

export function temporalIsValid(spec: SpecOf<'date' | 'time' | 'datetime'>, value: unknown): boolean {
  const { kind, min, max } = spec;
  if (typeof value !== 'string' || !TEMPORAL[kind].isValid(value)) return false;
  if (min !== undefined && (compareTemporal(kind, value, min) ?? -1) < 0) return false;
  return max === undefined || (compareTemporal(kind, value, max) ?? 1) <= 0;
}

const TEMPORAL = {
  date: { isValid: isIsoDate, code: 'INVALID_DATE' },
  time: { isValid: isIsoTime, code: 'INVALID_TIME' },
  datetime: { isValid: isIsoDateTime, code: 'INVALID_DATETIME' },
} as const;

type SpecOf<K extends ValueSpec['kind']> = Extract<ValueSpec, { kind: K }>;

export function checkText(spec: SpecOf<'text'>, value: unknown, path: string, out: IssueSink): void {
  const { ref, minLength, maxLength, regex } = spec;
  if (typeof value !== 'string') {
    out.push(makeIssue('WRONG_TYPE', path, { expected: 'string', actual: typeName(value) }, ref));
    return;
  }
  if (value.length > spec.maxTextLength) {
    out.push(makeIssue('LIMIT_TEXT_LENGTH', path, { limit: spec.maxTextLength }, ref));
    return;
  }
  const forbidden = FORBIDDEN_CHAR.exec(value);
  if (forbidden) {
    const codePoint = value.charCodeAt(forbidden.index).toString(16).toUpperCase().padStart(4, '0');
    out.push(makeIssue('TEXT_INVALID_CHARACTER', path, { codePoint, index: forbidden.index }, ref));
    return;
  }
  if (spec.latin) {
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
    out.push(makeIssue('PATTERN', path, { pattern: spec.pattern }, ref));
  }
}

export function checkNumber(spec: SpecOf<'number'>, value: unknown, path: string, out: IssueSink): void {
  const { ref, min, max } = spec;
  if (typeof value !== 'number') {
    out.push(makeIssue('WRONG_TYPE', path, { expected: 'number', actual: typeName(value) }, ref));
    return;
  }
  if (!Number.isFinite(value)) {
    out.push(makeIssue('NOT_FINITE', path, { value: String(value) }, ref));
    return;
  }
  if (spec.integer && !Number.isInteger(value)) out.push(makeIssue('NOT_INTEGER', path, { value }, ref));
  if (spec.currency && decimalPlaces(value) > 2)
    out.push(makeIssue('CURRENCY_PRECISION', path, { value }, ref));
  if (min !== undefined && value < min) out.push(makeIssue('MIN_VALUE', path, { minValue: min, value }, ref));
  if (max !== undefined && value > max) out.push(makeIssue('MAX_VALUE', path, { maxValue: max, value }, ref));
}

/**
 * Dates, times and date-times, and their bounds. Order is decided by `compareTemporal` (see
 * `src/text/temporal.ts`): an inclusive bound holds when the value is determinately on its side
 * or equal; when the order is indeterminate (a value with a zone against a bound without one,
 * or the reverse, less than 14 hours apart) the bound is not met and the issue says why
 * (`MIN_VALUE_INDETERMINATE`, `MAX_VALUE_INDETERMINATE`), as an XSD validator does for
 * `minInclusive`/`maxInclusive`.
 */
export function checkTemporal(
  spec: SpecOf<'date' | 'time' | 'datetime'>,
  value: unknown,
  path: string,
  out: IssueSink,
): void {
  const { ref, kind, min, max } = spec;
  if (typeof value !== 'string') {
    out.push(makeIssue('WRONG_TYPE', path, { expected: `string (${kind})`, actual: typeName(value) }, ref));
    return;
  }
  if (!TEMPORAL[kind].isValid(value)) {
    out.push(makeIssue(TEMPORAL[kind].code, path, { value: value.slice(0, 100) }, ref));
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
}

export function checkCode(spec: SpecOf<'code'>, value: unknown, path: string, out: IssueSink): void {
  const { ref, codes, listUri, listVersion } = spec;
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
}

const FILE_KEYS = { file: ['name', 'mediaType', 'content'], obj: ['content'] } as const;
const KNOWN_KEYS = {
  file: new Set(['name', 'mediaType', 'content']),
  obj: new Set(['mediaType', 'content']),
};

export function checkBinary(
  spec: SpecOf<'file' | 'obj'>,
  value: unknown,
  path: string,
  out: IssueSink,
): void {
  const { ref, maxSize, mediaTypes: allowed } = spec;
  const isFile = spec.kind === 'file';
  if (!isPlainObject(value)) {
    out.push(
      makeIssue('WRONG_TYPE', path, { expected: isFile ? 'file' : 'object', actual: typeName(value) }, ref),
    );
    return;
  }
  const known = KNOWN_KEYS[spec.kind];
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      out.push(makeIssue('FILE_INVALID', path, { property: key.slice(0, 100), problem: 'unknown' }, ref));
      return;
    }
  }
  for (const key of FILE_KEYS[spec.kind]) {
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
}
