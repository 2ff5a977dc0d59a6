/**
 * The strict XML parser of the reader: well-formedness and namespaces from saxes (see
 * docs/decisions/0002-xml-parser.md), with this library's safety rules on top:
 * - no DOCTYPE at all (so no entities beyond the five predefined ones, nothing external);
 * - limits on bytes, depth, attributes per element, name and text length;
 * - bytes decoded strictly (UTF-8 with or without BOM, UTF-16 with BOM); other encodings rejected;
 * - the first fatal error ends parsing, reported with line and column.
 * The result is a small tree with namespace URIs resolved; prefixes are kept only for messages.
 */

import { SaxesParser, type SaxesTagNS } from 'saxes';
import { type Issue, makeIssue } from '../validate/report.js';

export interface XmlAttribute {
  readonly ns: string;
  readonly local: string;
  readonly prefix: string;
  readonly value: string;
}

export interface XmlText {
  readonly kind: 'text';
  readonly value: string;
}

export interface XmlElement {
  readonly kind: 'element';
  readonly ns: string;
  readonly local: string;
  readonly prefix: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** Where the start tag begins (1-based line and column). */
  readonly line: number;
  readonly column: number;
}

export type XmlNode = XmlElement | XmlText;

/** Limits of the XML reader; see docs/xml.md for the defaults. */
export interface XmlLimits {
  /** Largest message in bytes (UTF-8) or UTF-16 code units for strings. */
  readonly maxBytes: number;
  /** Deepest element nesting. */
  readonly maxDepth: number;
  /** Most attributes on one element (namespace declarations included). */
  readonly maxAttributes: number;
  /** Longest element or attribute name. */
  readonly maxNameLength: number;
  /** Longest text content of one element (also attribute values). */
  readonly maxTextLength: number;
}

/** The default limits of the XML reader (64 MiB, depth 100, 64 attributes, names 256, texts 32 MiB). */
export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 100,
  maxAttributes: 64,
  maxNameLength: 256,
  maxTextLength: 32 * 1024 * 1024,
};

export type XmlParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly issue: Issue };

interface MutableElement {
  kind: 'element';
  ns: string;
  local: string;
  prefix: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
}

/** Thrown inside saxes handlers to stop at the first problem. */
class Stop extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message.en);
  }
}

function located(issue: Issue, line: number, column: number, xpath: string): Issue {
  return { ...issue, xml: { xpath, line, column } };
}

/** Decodes bytes strictly; strings pass through (a leading BOM is dropped). */
function decode(input: string | Uint8Array): { text: string } | { issue: Issue } {
  if (typeof input === 'string') return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input };
  const b = input;
  try {
    if (b[0] === 0xfe && b[1] === 0xff)
      return { text: new TextDecoder('utf-16be', { fatal: true }).decode(b.subarray(2)) };
    if (b[0] === 0xff && b[1] === 0xfe)
      return { text: new TextDecoder('utf-16le', { fatal: true }).decode(b.subarray(2)) };
    const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    if (b[0] === 0x00 || b[1] === 0x00) {
      return {
        issue: makeIssue('XML_ENCODING', '', {
          detail: 'UTF-16 without byte order mark or UCS-4 is not supported',
        }),
      };
    }
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(start)) };
  } catch {
    return { issue: makeIssue('XML_ENCODING', '', { detail: 'the bytes are not valid UTF-8 or UTF-16' }) };
  }
}

/** Line and column (1-based) of an offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of an ASCII text in bytes, or -1. */
function indexOfAscii(bytes: Uint8Array, text: string): number {
  const first = text.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= bytes.length - text.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

const SUPPORTED_ENCODINGS = new Set(['utf-8', 'utf8', 'utf-16', 'utf16']);

/** Parses a message. Never throws; the first problem is the result. */
export function parseXml(input: string | Uint8Array, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlParseResult {
  if (input.length > limits.maxBytes) {
    return { ok: false, issue: makeIssue('XML_LIMIT', '', { limit: 'bytes', max: limits.maxBytes }) };
  }
  // A DOCTYPE is refused before anything else, even when the rest is not valid UTF-8.
  if (typeof input !== 'string' && indexOfAscii(input, '<!DOCTYPE') !== -1) {
    return { ok: false, issue: makeIssue('XML_DOCTYPE', '', {}) };
  }
  const decoded = decode(input);
  if ('issue' in decoded) return { ok: false, issue: decoded.issue };
  const text = decoded.text;

  const doctype = text.indexOf('<!DOCTYPE');
  if (doctype !== -1) {
    const { line, column } = lineColumn(text, doctype);
    return { ok: false, issue: located(makeIssue('XML_DOCTYPE', '', {}), line, column, '') };
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let pendingText = '';
  let startLine = 1;
  let startColumn = 1;

  const xpath = () =>
    stack.map((element) => `/${element.prefix ? `${element.prefix}:` : ''}${element.local}`).join('');
  const stop = (issue: Issue): never => {
    throw new Stop(located(issue, parser.line, parser.column + 1, xpath()));
  };
  const flushText = () => {
    if (pendingText === '') return;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push({ kind: 'text', value: pendingText });
    pendingText = '';
  };
  const addText = (value: string) => {
    if (stack.length === 0) return; // whitespace outside the root; saxes rejects anything else
    pendingText += value;
    if (pendingText.length > limits.maxTextLength)
      stop(makeIssue('XML_LIMIT', '', { limit: 'text length', max: limits.maxTextLength }));
  };

  parser.on('xmldecl', (declaration) => {
    const encoding = declaration.encoding?.toLowerCase();
    if (encoding !== undefined && !SUPPORTED_ENCODINGS.has(encoding)) {
      stop(
        makeIssue('XML_ENCODING', '', {
          detail: `the declared encoding ${declaration.encoding} is not supported (use UTF-8)`,
        }),
      );
    }
  });
  parser.on('doctype', () => stop(makeIssue('XML_DOCTYPE', '', {})));
  parser.on('opentagstart', (tag) => {
    startLine = parser.line;
    startColumn = Math.max(1, parser.column - tag.name.length);
    if (tag.name.length > limits.maxNameLength)
      stop(makeIssue('XML_LIMIT', '', { limit: 'name length', max: limits.maxNameLength }));
    if (stack.length >= limits.maxDepth)
      stop(makeIssue('XML_LIMIT', '', { limit: 'depth', max: limits.maxDepth }));
  });
  parser.on('opentag', (tag) => {
    flushText();
    const ns = tag as SaxesTagNS;
    const attributes: XmlAttribute[] = [];
    const names = Object.keys(ns.attributes);
    if (names.length > limits.maxAttributes) {
      stop(makeIssue('XML_LIMIT', '', { limit: 'attributes per element', max: limits.maxAttributes }));
    }
    for (const name of names) {
      const attribute = ns.attributes[name];
      if (!attribute) continue;
      if (name.length > limits.maxNameLength)
        stop(makeIssue('XML_LIMIT', '', { limit: 'name length', max: limits.maxNameLength }));
      if (attribute.value.length > limits.maxTextLength) {
        stop(makeIssue('XML_LIMIT', '', { limit: 'text length', max: limits.maxTextLength }));
      }
      attributes.push({
        ns: attribute.uri,
        local: attribute.local,
        prefix: attribute.prefix,
        value: attribute.value,
      });
    }
    const element: MutableElement = {
      kind: 'element',
      ns: ns.uri,
      local: ns.local,
      prefix: ns.prefix,
      attributes,
      children: [],
      line: startLine,
      column: startColumn,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    flushText();
    stack.pop();
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    // saxes prefixes its messages with the position; the issue carries it separately.
    const detail = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    stop(makeIssue('XML_NOT_WELL_FORMED', '', { detail }));
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) return { ok: false, issue: error.issue };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: located(
        makeIssue('XML_NOT_WELL_FORMED', '', { detail }),
        parser.line,
        parser.column + 1,
        xpath(),
      ),
    };
  }
  if (!root) return { ok: false, issue: makeIssue('XML_NOT_WELL_FORMED', '', { detail: 'no root element' }) };
  return { ok: true, root };
}
