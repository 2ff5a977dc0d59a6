import { describe, expect, it } from 'vitest';
import {
  attribute,
  childElement,
  childElements,
  firstChildElement,
  qname,
  textOf,
  xpathIndex,
} from './navigate.js';
import { parseXml, type XmlElement } from './parse.js';

function root(xml: string): XmlElement {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.issue.message.en);
  return parsed.root;
}

const doc = root(
  `<a:r xmlns:a="urn:a" xmlns:b="urn:b" id="1" b:id="2">text<a:x>1</a:x><b:x>2</b:x> more<a:y/><a:x>3<a:z>deep</a:z></a:x></a:r>`,
);

describe('navigate', () => {
  it('finds child elements by local name and namespace, in document order', () => {
    expect(childElements(doc).map(qname)).toEqual(['a:x', 'b:x', 'a:y', 'a:x']);
    expect(childElements(doc, 'x').map(qname)).toEqual(['a:x', 'b:x', 'a:x']);
    expect(childElements(doc, 'x', 'urn:a').map(textOf)).toEqual(['1', '3']);
    expect(childElements(doc, undefined, 'urn:b').map(qname)).toEqual(['b:x']);
    expect(childElements(doc, 'x', 'urn:none')).toEqual([]);
  });

  it('finds the first child element', () => {
    expect(childElement(doc, 'x', 'urn:b')?.prefix).toBe('b');
    expect(childElement(doc, 'x')?.prefix).toBe('a');
    expect(childElement(doc, 'missing')).toBeUndefined();
    expect(firstChildElement(doc)?.local).toBe('x');
    expect(firstChildElement(root('<r>only text</r>'))).toBeUndefined();
  });

  it('joins the text children of an element, not of its descendants', () => {
    expect(textOf(doc)).toBe('text more');
    const last = childElements(doc, 'x', 'urn:a')[1] as XmlElement;
    expect(textOf(last)).toBe('3');
    expect(textOf(childElement(doc, 'y') as XmlElement)).toBe('');
  });

  it('reads attributes without namespace by default, others by namespace', () => {
    expect(attribute(doc, 'id')).toBe('1');
    expect(attribute(doc, 'id', 'urn:b')).toBe('2');
    expect(attribute(doc, 'none')).toBeUndefined();
  });

  it('indexes the XPath of every element with positions among same-named siblings', () => {
    const index = xpathIndex(doc);
    const [x1, x2] = childElements(doc, 'x', 'urn:a') as [XmlElement, XmlElement];
    expect(index.get(doc)).toBe('/a:r');
    expect(index.get(x1)).toBe('/a:r/a:x[1]');
    expect(index.get(x2)).toBe('/a:r/a:x[2]');
    expect(index.get(childElement(doc, 'x', 'urn:b') as XmlElement)).toBe('/a:r/b:x[1]');
    expect(index.get(childElement(x2, 'z') as XmlElement)).toBe('/a:r/a:x[2]/a:z[1]');
  });
});
