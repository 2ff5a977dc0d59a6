/**
 * The adversarial shapes of issue 19, point 2, read at a small size for what they parse to (their
 * speed and memory at megabytes are measured by `npm run bench`, never asserted here). Expected
 * values are built from the shapes' definitions, not from the parser.
 */
import { describe, expect, it } from 'vitest';
import {
  DECLARATIONS_PER_LEVEL,
  SCOPE_LEVELS,
  SHAPE_LIMITS,
  SHAPES,
  type Shape,
} from '../../../test/support/adversarial-xml.js';
import { parseXmlDocument, type XmlElement, type XmlText } from './index.js';

const SIZE = 40_000;

function shape(name: string): Shape {
  const found = SHAPES.find((s) => s.name === name);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
}

/** Parses the small version of a shape from a string and from UTF-8 bytes; both must agree. */
function read(name: string, size = SIZE): { root: XmlElement; units: number } {
  const { xml, units } = shape(name).build(size);
  const fromString = parseXmlDocument(xml, { limits: SHAPE_LIMITS });
  const fromBytes = parseXmlDocument(new TextEncoder().encode(xml), { limits: SHAPE_LIMITS });
  if (!fromString.ok) throw new Error(`${name}: ${fromString.error.message.en}`);
  expect(fromBytes).toEqual(fromString);
  return { root: fromString.root, units };
}

const elements = (element: XmlElement) =>
  element.children.filter((node): node is XmlElement => node.kind === 'element');

describe('adversarial shapes: what they parse to', () => {
  it('every shape is of about the size asked for and has a test below', () => {
    for (const s of SHAPES) {
      const { xml, units } = s.build(SIZE);
      expect(units, s.name).toBeGreaterThan(0);
      // Deep scopes need 160 KB for their declarations before the first leaf.
      if (units > 1) expect(new TextEncoder().encode(xml).length, s.name).toBeLessThanOrEqual(SIZE * 1.1);
    }
    expect(SHAPES.map((s) => s.name)).toEqual(Object.keys(checks));
  });

  const checks: Record<string, () => void> = {
    'deep scopes': () => {
      const { root, units } = read('deep scopes', 200_000);
      expect(units).toBeGreaterThan(1000);
      let element = root;
      for (let level = 1; level < SCOPE_LEVELS; level++) {
        expect(element.attributes).toHaveLength(DECLARATIONS_PER_LEVEL);
        element = elements(element)[0] as XmlElement;
      }
      expect([element.ns, element.local]).toEqual(['urn:l0:0', 's']);
      const leaves = elements(element);
      expect(leaves).toHaveLength(units);
      expect(new Set(leaves.map((leaf) => `${leaf.ns} ${leaf.local}`))).toEqual(new Set(['urn:l0:0 l']));
    },
    'run of CR': () => {
      const { root, units } = read('run of CR');
      expect(root.children).toEqual([{ kind: 'text', value: '\n'.repeat(units) }]);
    },
    'CR LF lines': () => {
      const { root, units } = read('CR LF lines');
      expect(root.children).toEqual([{ kind: 'text', value: 'a\n'.repeat(units) }]);
    },
    'dense entity references': () => {
      const { root, units } = read('dense entity references');
      expect(root.children).toEqual([{ kind: 'text', value: '&'.repeat(units) }]);
    },
    'dense character references': () => {
      const { root, units } = read('dense character references');
      expect(root.children).toEqual([{ kind: 'text', value: '<😀'.repeat(units) }]);
    },
    'references in attributes': () => {
      const { root, units } = read('references in attributes');
      const all = elements(root);
      expect(all).toHaveLength(units);
      for (const e of all) expect(e.attributes.map((a) => a.value)).toEqual(['<  '.repeat(200)]);
    },
    'many attributes': () => {
      const { root, units } = read('many attributes');
      const all = elements(root);
      expect(all).toHaveLength(units);
      for (const e of all) {
        expect(e.attributes).toHaveLength(63);
        expect(e.attributes.slice(-2).map((a) => [a.ns, a.local, a.value])).toEqual([
          ['urn:p', 'x', '1'],
          ['urn:p', 'y', '2'],
        ]);
      }
    },
    'long names': () => {
      const { root, units } = read('long names');
      const ascii = `n${'a'.repeat(255)}`;
      const other = `ä${'ß'.repeat(255)}`;
      const all = elements(root);
      expect(all).toHaveLength(units);
      for (const e of all) {
        expect([e.local, e.attributes[0]?.local, elements(e)[0]?.local]).toEqual([ascii, other, other]);
      }
    },
    'many siblings': () => {
      const { root, units } = read('many siblings');
      expect(root.children).toHaveLength(units);
      expect(root.children.every((node) => node.kind === 'element' && node.local === 'a')).toBe(true);
    },
    'deep nesting': () => {
      const { root, units } = read('deep nesting');
      const subtrees = elements(root);
      expect(subtrees).toHaveLength(units);
      for (const subtree of subtrees) {
        let depth = 0;
        for (let e: XmlElement | undefined = subtree; e; e = elements(e)[0]) depth++;
        expect(depth).toBe(99);
      }
    },
    'text split by markup': () => {
      const { root, units } = read('text split by markup');
      expect(root.children).toEqual([{ kind: 'text', value: 'abcd'.repeat(units) }]);
    },
    'brackets in text': () => {
      const { root, units } = read('brackets in text');
      expect(root.children).toEqual([{ kind: 'text', value: ']] '.repeat(units) }]);
    },
    'astral characters': () => {
      const { root, units } = read('astral characters');
      expect((root.children[0] as XmlText).value).toBe('😀'.repeat(units));
    },
    'long XML declaration': () => {
      const { root } = read('long XML declaration');
      expect([root.local, root.children]).toEqual(['r', []]);
    },
    'long namespace names': () => {
      const { root, units } = read('long namespace names');
      const name = `http://[v1.x]:80/${'ä/%41'.repeat(800)}?q#f`;
      expect(elements(root).map((e) => e.ns)).toEqual(Array(units).fill(name));
    },
  };

  for (const [name, check] of Object.entries(checks)) it(name, check);

  it('restores a prefix when the element that redeclared it closes', () => {
    const parsed = parseXmlDocument(
      '<r xmlns:p="urn:a" xmlns="urn:d"><x xmlns:p="urn:b" xmlns=""><p:y/><z/></x><p:y/><z/></r>',
    );
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const [x, y, z] = elements(parsed.root) as [XmlElement, XmlElement, XmlElement];
    expect(elements(x).map((e) => e.ns)).toEqual(['urn:b', '']);
    expect([y.ns, z.ns]).toEqual(['urn:a', 'urn:d']);
  });

  it('finds `]]>` in text after CDATA sections and references, and not inside CDATA', () => {
    const code = (xml: string) => {
      const result = parseXmlDocument(xml);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code('<r><![CDATA[]]]]><![CDATA[>]]></r>')).toBe('ok');
    expect(code('<r><![CDATA[]]>]]></r>')).toBe('XML_NOT_ALLOWED_HERE');
    expect(code('<r><![CDATA[x]]>a]]>b</r>')).toBe('XML_NOT_ALLOWED_HERE');
    expect(code('<r>&amp;]]></r>')).toBe('XML_NOT_ALLOWED_HERE');
    expect(code('<r>]]&gt;<a>]]</a>></r>')).toBe('ok');
    expect(code('<r>]]<!---->></r>')).toBe('ok');
  });
});
