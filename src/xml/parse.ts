/**
 * The strict XML parser with its result as a Report issue: for callers that collect issues (the
 * message reader, the FIM importer). The parser itself is `./parser/` (see
 * docs/decisions/0002-xml-parser.md); this module only changes the shape of its error.
 */

import type { Issue } from '../issues/issue.js';
import {
  DEFAULT_XML_LIMITS,
  parseXmlDocument,
  type XmlElement,
  type XmlError,
  type XmlLimits,
} from './parser/index.js';

export { DEFAULT_XML_LIMITS, type XmlLimits } from './parser/limits.js';
export type { XmlAttribute, XmlElement, XmlNode, XmlText } from './parser/tree.js';

export type XmlParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly issue: Issue };

/** A parser error as a Report issue (path `''`, the location in `xml`). */
export function errorIssue(error: XmlError): Issue {
  return {
    code: error.code,
    severity: 'error',
    path: '',
    message: error.message,
    params: error.params,
    xml: { xpath: error.xpath, line: error.line, column: error.column },
  };
}

/** Parses a document strictly. Never throws; the first fatal problem is the result, as an issue. */
export function parseXml(
  input: string | Uint8Array,
  limits: Partial<XmlLimits> = DEFAULT_XML_LIMITS,
): XmlParseResult {
  const result = parseXmlDocument(input, { limits });
  return result.ok ? result : { ok: false, issue: errorIssue(result.error) };
}
