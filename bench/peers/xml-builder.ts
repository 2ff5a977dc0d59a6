/**
 * fast-xml-parser's XMLBuilder writing the same document as `toXml`: it is fed a tree (parsed
 * once from antrag's message, outside the timed call) in document order, with every value kept
 * as text (leading zeros, `true`, dates), attributes included and entities escaped.
 * `sameDocument` checks that what it writes is the same XML as antrag's: the same elements,
 * namespaces, attributes and text, apart from indentation.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { parseXmlDocument, type XmlElement } from '../../src/xml/parser/index.js';

const OPTIONS = {
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  preserveOrder: true,
  processEntities: true,
} as const;

/** The builder's input: the message as fast-xml-parser's ordered tree. */
export function builderTree(xml: string): unknown {
  return new XMLParser(OPTIONS).parse(xml);
}

export function xmlBuilder(): XMLBuilder {
  return new XMLBuilder({ ...OPTIONS, format: true, indentBy: '  ', suppressEmptyNode: false });
}

function same(a: XmlElement, b: XmlElement): boolean {
  if (a.ns !== b.ns || a.local !== b.local || a.attributes.length !== b.attributes.length) return false;
  for (const attribute of a.attributes) {
    const other = b.attributes.find((x) => x.ns === attribute.ns && x.local === attribute.local);
    if (other?.value !== attribute.value) return false;
  }
  const content = (element: XmlElement) =>
    element.children.filter((node) => node.kind === 'element' || node.value.trim() !== '');
  const x = content(a);
  const y = content(b);
  if (x.length !== y.length) return false;
  return x.every((node, i) => {
    const other = y[i];
    if (node.kind === 'text') return other?.kind === 'text' && other.value === node.value;
    return other?.kind === 'element' && same(node, other);
  });
}

/** Whether two messages are the same document apart from indentation (white-space-only text). */
export function sameDocument(a: string, b: string): boolean {
  const x = parseXmlDocument(a);
  const y = parseXmlDocument(b);
  return x.ok && y.ok && same(x.root, y.root);
}
