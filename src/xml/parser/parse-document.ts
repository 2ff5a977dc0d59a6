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
}

export type ParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly error: XmlError };

const DOCTYPE = '<!DOCTYPE';

/** Offset of `<!DOCTYPE` in bytes written in an ASCII-compatible encoding or UTF-16, or -1. */
function doctypeInBytes(bytes: Uint8Array): number {
  const patterns: number[][] = [[], [], []];
  for (let i = 0; i < DOCTYPE.length; i++) {
    const c = DOCTYPE.charCodeAt(i);
    patterns[0]?.push(c);
    patterns[1]?.push(c, 0);
    patterns[2]?.push(0, c);
  }
  for (const pattern of patterns) {
    const first = pattern[0] as number;
    outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
      if (i + pattern.length > bytes.length) break;
      for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
      return i;
    }
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
    return parse(input, resolveXmlLimits(options.limits));
  } catch (error) {
    // Only a bug or exhausted memory gets here; the caller still gets a result.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, error: xmlError('XML_INTERNAL', { detail }, 1, 1) };
  }
}

function parse(input: string | Uint8Array, limits: XmlLimits): ParseResult {
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
  });
  try {
    return { ok: true, root: scanner.document() };
  } catch (failure) {
    if (!(failure instanceof ScanFailure)) throw failure;
    if (failure.code !== 'XML_DOCTYPE' && !failure.code.startsWith('XML_LIMIT_')) {
      const doctype = text.indexOf(DOCTYPE, failure.constructStart);
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
