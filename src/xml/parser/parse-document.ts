/**
 * The strict XML parser: a string or bytes to an immutable namespace-resolved tree, or the first
 * fatal problem with a stable code and line:column. Never throws, never resolves anything
 * external, never expands anything but the five predefined entities and character references.
 *
 * Order of checks: size; decoding (bytes); then one scan that stops at the first problem. A
 * DOCTYPE is refused wherever it stands; when the scan stopped at an earlier problem but the rest
 * of the message contains `<!DOCTYPE`, the DOCTYPE is reported, as the more important finding.
 */

import { type Decoded, decodeBytes } from './decode.js';
import { type XmlError, xmlError } from './error.js';
import { resolveXmlLimits, type XmlLimits } from './limits.js';
import { normaliseLineEnds } from './line-ends.js';
import { locateInBytes } from './positions.js';
import { ScanFailure, Scanner } from './tokenizer.js';
import type { XmlElement } from './tree.js';

export interface ParseOptions {
  /** Limits replacing the defaults (`DEFAULT_XML_LIMITS`). */
  readonly limits?: Partial<XmlLimits>;
  /**
   * Freeze the tree (default true). A caller that keeps the tree to itself (the message reader)
   * skips it: freezing every node costs a large share of the scan.
   */
  readonly freeze?: boolean;
}

export type ParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly error: XmlError };

const DOCTYPE = '<!DOCTYPE';

/**
 * `<!DOCTYPE` as it looks in the decoded text when the bytes were in another encoding than the
 * one they were decoded in: UTF-16 without BOM or declaration read as UTF-8 (each character one
 * ASCII byte and one zero byte, so the same run appears in both byte orders), and likewise UCS-4
 * (three zero bytes). Zero bytes are never part of a well-formed document, so these forms cannot
 * be data.
 */
const WIDE_FORMS: readonly string[] = [[...DOCTYPE].join('\u0000'), [...DOCTYPE].join('\u0000\u0000\u0000')];

/**
 * The same as bytes, for bytes that could not be decoded at all: ASCII-compatible encodings,
 * UTF-16 (either byte order), UCS-4 (any of the four byte orders: one ASCII byte and three zero
 * bytes per character), EBCDIC (`!` is 0x5A in code page 037, 0x4F in 500; letters agree).
 */
const BYTE_FORMS: readonly (readonly number[])[] = [
  DOCTYPE,
  ...WIDE_FORMS,
  '\u004C\u005A\u00C4\u00D6\u00C3\u00E3\u00E8\u00D7\u00C5',
  '\u004C\u004F\u00C4\u00D6\u00C3\u00E3\u00E8\u00D7\u00C5',
].map((form) => [...form].map((c) => c.charCodeAt(0)));

/** Offset of `<!DOCTYPE` in decoded text from `from`, also in the wide forms, or -1. */
function doctypeInText(text: string, from: number): number {
  let first = text.indexOf(DOCTYPE, from);
  for (const form of WIDE_FORMS) {
    const at = text.indexOf(form, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/** Offset of the first form of `<!DOCTYPE` in bytes that could not be decoded, or -1. */
function doctypeInBytes(bytes: Uint8Array): number {
  let first = -1;
  for (const form of BYTE_FORMS) {
    const at = bytesIndexOf(bytes, form);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/** The offset of a run of byte values in bytes, or -1 (linear: the run is short). */
function bytesIndexOf(bytes: Uint8Array, run: readonly number[]): number {
  const first = run[0] as number;
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (i + run.length > bytes.length) return -1;
    for (let k = 1; k < run.length; k++) if (bytes[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

function doctypeError(line: number, column: number): ParseResult {
  return { ok: false, error: xmlError('XML_DOCTYPE', {}, line, column) };
}

function formatSize(size: number, bytes: boolean): string {
  return `${size.toLocaleString('en-US')} ${bytes ? 'bytes' : 'characters'}`;
}

/** Parses an XML document. Never throws; the first fatal problem is the result. */
export function parseXmlDocument(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  try {
    return parse(input, resolveXmlLimits(options.limits), options.freeze ?? true);
  } catch (error) {
    // Only a bug or exhausted memory gets here; the caller still gets a result.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, error: xmlError('XML_INTERNAL', { detail }, 1, 1) };
  }
}

function parse(input: string | Uint8Array, limits: XmlLimits, freeze: boolean): ParseResult {
  const isString = typeof input === 'string';
  if (!isString && !(input instanceof Uint8Array)) {
    return {
      ok: false,
      error: xmlError('XML_INTERNAL', { detail: 'the input must be a string or a Uint8Array' }, 1, 1),
    };
  }
  if (input.length > limits.maxBytes) {
    const params = { size: formatSize(input.length, !isString), max: formatSize(limits.maxBytes, !isString) };
    return { ok: false, error: xmlError('XML_LIMIT_BYTES', params, 1, 1) };
  }
  let decoded: Decoded;
  if (isString) {
    // A leading U+FEFF is the byte order mark of the text before it was decoded.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    decoded = { ok: true, text, encoding: 'UTF-8', declared: undefined, bom: false };
  } else {
    decoded = decodeBytes(input);
    if (!decoded.ok) {
      const doctype = doctypeInBytes(input);
      if (doctype !== -1) {
        const at = locateInBytes(input, doctype);
        return doctypeError(at.line, at.column);
      }
      const at = locateInBytes(input, decoded.offset);
      return { ok: false, error: xmlError(decoded.code, decoded.params, at.line, at.column) };
    }
  }
  // XML end-of-line handling (2.11) before anything else: CR LF and lone CR become LF.
  const raw = decoded.text;
  const text = normaliseLineEnds(raw);
  const scanner = new Scanner(text, {
    limits,
    encoding: isString ? 'string' : decoded.encoding,
    bom: decoded.bom,
    freeze,
  });
  try {
    return { ok: true, root: scanner.document() };
  } catch (failure) {
    if (!(failure instanceof ScanFailure)) throw failure;
    if (failure.code !== 'XML_DOCTYPE' && !failure.code.startsWith('XML_LIMIT_')) {
      // UTF-16 without a byte order mark or declaration is decoded as UTF-8: the wide forms.
      const doctype = doctypeInText(text, failure.constructStart);
      if (doctype !== -1) {
        const at = scanner.locate(doctype);
        return doctypeError(at.line, at.column);
      }
    }
    const at = scanner.locate(failure.offset);
    return {
      ok: false,
      error: xmlError(failure.code, failure.params, at.line, at.column, failure.xpath),
    };
  }
}
