/** The strict XML parser (see docs/decisions/0002-xml-parser.md and docs/xml.md). */
export type { XmlError } from './error.js';
export { DEFAULT_XML_LIMITS, resolveXmlLimits, type XmlLimits } from './limits.js';
export { type ParseOptions, type ParseResult, parseXmlDocument } from './parse-document.js';
export {
  XML_NAMESPACE,
  XMLNS_NAMESPACE,
  type XmlAttribute,
  type XmlElement,
  type XmlNode,
  type XmlText,
} from './tree.js';
