/**
 * Hostile input: each attack is refused with a stable code (or, where harmless, parsed as plain
 * data), quickly, without throwing and without touching anything outside the parser.
 */
import { describe, expect, it } from 'vitest';
import { parseXmlDocument, type XmlElement, type XmlLimits } from './index.js';

function code(input: string | Uint8Array, limits?: Partial<XmlLimits>): string {
  const result = parseXmlDocument(input, limits ? { limits } : {});
  return result.ok ? 'ok' : result.error.code;
}

describe('DTDs and entities', () => {
  it('refuses the billion laughs', () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${entities}]><lolz>&lol9;</lolz>`;
    expect(code(laughs)).toBe('XML_DOCTYPE');
    expect(code(new TextEncoder().encode(laughs))).toBe('XML_DOCTYPE');
  });

  it('refuses external entities, external DTDs and parameter entities: no DOCTYPE at all', () => {
    expect(code('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>')).toBe('XML_DOCTYPE');
    expect(code('<!DOCTYPE r SYSTEM "http://example.org/r.dtd"><r/>')).toBe('XML_DOCTYPE');
    expect(code('<!DOCTYPE r PUBLIC "-//X//Y" "http://example.org/r.dtd"><r/>')).toBe('XML_DOCTYPE');
    expect(code('<!DOCTYPE r [<!ENTITY % p SYSTEM "http://example.org/p">%p;]><r/>')).toBe('XML_DOCTYPE');
    expect(code('<!DOCTYPE r>')).toBe('XML_DOCTYPE');
  });

  it('refuses a DOCTYPE wherever it is and whatever else is wrong', () => {
    expect(code('<r/><!DOCTYPE r>')).toBe('XML_DOCTYPE');
    expect(code('<r><!DOCTYPE r></r>')).toBe('XML_DOCTYPE');
    expect(code('<?xml version="2.0"?><!DOCTYPE r><r/>')).toBe('XML_DOCTYPE');
    expect(code(new Uint8Array([...new TextEncoder().encode('<!DOCTYPE r><r>'), 0xff, 0x3c]))).toBe(
      'XML_DOCTYPE',
    );
    expect(code(new TextEncoder().encode('<?xml version="1.0" encoding="EBCDIC"?><!DOCTYPE r><r/>'))).toBe(
      'XML_DOCTYPE',
    );
  });

  it('refuses a DOCTYPE in every encoding it can be recognised in (issue 19, point 7)', () => {
    const doc = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    const declared = (name: string) => `<?xml version="1.0" encoding="${name}"?>${doc}`;
    /** The text in UTF-16 or UCS-4: `width` bytes per character, the ASCII byte at `at`. */
    const wide = (text: string, width: number, at: number, bom: number[] = []) => {
      const out = new Uint8Array(bom.length + text.length * width);
      out.set(bom);
      for (let i = 0; i < text.length; i++) out[bom.length + i * width + at] = text.charCodeAt(i);
      return out;
    };
    const encoder = new TextEncoder();
    const cases: Array<[string, Uint8Array]> = [
      ['UTF-8', encoder.encode(doc)],
      ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(doc)])],
      ['UTF-16LE without BOM', wide(doc, 2, 0)],
      ['UTF-16BE without BOM', wide(doc, 2, 1)],
      ['UTF-16LE without BOM, declared', wide(declared('UTF-16LE'), 2, 0)],
      ['UTF-16BE without BOM, declared', wide(declared('UTF-16BE'), 2, 1)],
      ['UTF-16LE without BOM, undeclared', wide(declared('UTF-16'), 2, 0)],
      ['UTF-16LE with BOM', wide(doc, 2, 0, [0xff, 0xfe])],
      ['UTF-16BE with BOM', wide(doc, 2, 1, [0xfe, 0xff])],
      ['UCS-4 1234', wide(doc, 4, 3)],
      ['UCS-4 4321', wide(doc, 4, 0)],
      ['UCS-4 2143', wide(doc, 4, 2)],
      ['UCS-4 3412', wide(doc, 4, 1)],
      ['UCS-4 1234 with BOM', wide(doc, 4, 3, [0, 0, 0xfe, 0xff])],
      ['UCS-4 4321 with BOM', wide(doc, 4, 0, [0xff, 0xfe, 0, 0])],
      ['UCS-4 2143 with BOM', wide(doc, 4, 2, [0, 0, 0xff, 0xfe])],
      ['UCS-4 3412 with BOM', wide(doc, 4, 1, [0xfe, 0xff, 0, 0])],
      ['ISO-8859-1', encoder.encode(declared('ISO-8859-1'))],
      ['US-ASCII', encoder.encode(declared('US-ASCII'))],
      ['Shift_JIS (unsupported, ASCII-compatible)', encoder.encode(declared('Shift_JIS'))],
      // EBCDIC code page 037: "<!DOCTYPE r>", the first with the XML declaration's signature
      [
        'EBCDIC',
        new Uint8Array([
          0x4c, 0x6f, 0xa7, 0x94, 0x93, 0x6f, 0x6e, 0x4c, 0x5a, 0xc4, 0xd6, 0xc3, 0xe3, 0xe8, 0xd7, 0xc5,
          0x40, 0x99, 0x6e,
        ]),
      ],
      [
        'EBCDIC without declaration',
        new Uint8Array([0x4c, 0x5a, 0xc4, 0xd6, 0xc3, 0xe3, 0xe8, 0xd7, 0xc5, 0x40, 0x99, 0x6e]),
      ],
    ];
    for (const [name, input] of cases) expect(code(input), name).toBe('XML_DOCTYPE');
    // After the root element started, in UTF-16 without BOM or declaration (read as UTF-8 first).
    expect(code(wide('<r><!DOCTYPE r></r>', 2, 0))).toBe('XML_DOCTYPE');
    // Zero bytes between ASCII letters are not a DOCTYPE by themselves.
    expect(code(wide('<r>DOCTYPE</r>', 2, 0))).toBe('XML_NOT_WELL_FORMED');
  });

  it('accepts the text <!DOCTYPE inside comments, CDATA and processing instructions: it is not a DOCTYPE', () => {
    expect(code('<!-- <!DOCTYPE r> --><r><![CDATA[<!DOCTYPE r>]]><?p <!DOCTYPE?></r>')).toBe('ok');
    expect(code('<!-- <!DOCTYPE r> --><r><a></b></r>')).toBe('XML_MISMATCHED_TAG');
  });

  it('refuses references to entities that are not predefined', () => {
    expect(code('<r>&xxe;</r>')).toBe('XML_UNDEFINED_ENTITY');
    expect(code('<r a="&xxe;"/>')).toBe('XML_UNDEFINED_ENTITY');
    expect(code('<r>&amp;&lt;&gt;&quot;&apos;&#x41;&#65;</r>')).toBe('ok');
  });
});

describe('limits', () => {
  it('refuses nesting 100,000 deep by default and parses it when allowed (no call stack used)', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    const refused = parseXmlDocument(deep);
    expect(refused).toMatchObject({ ok: false, error: { code: 'XML_LIMIT_DEPTH', params: { max: 100 } } });
    const parsed = parseXmlDocument(deep, { limits: { maxDepth: 100_000 } });
    expect(parsed.ok).toBe(true);
    let depth = 0;
    for (let e = parsed.ok ? parsed.root : undefined; e; e = e.children[0] as XmlElement | undefined) depth++;
    expect(depth).toBe(100_000);
  });

  it('refuses a 50 MB text node by default and accepts it under a raised limit', () => {
    const big = `<r>${'x'.repeat(50_000_000)}</r>`;
    expect(code(big)).toBe('XML_LIMIT_TEXT_LENGTH');
    const raised = parseXmlDocument(big, { limits: { maxTextLength: 60_000_000 } });
    expect(raised.ok && raised.root.children[0]).toMatchObject({ kind: 'text' });
    expect(raised.ok && (raised.root.children[0] as { value: string }).value.length).toBe(50_000_000);
    expect(code(big, { maxBytes: 10_000_000 })).toBe('XML_LIMIT_BYTES');
    expect(code(new Uint8Array(11_000_000), { maxBytes: 10_000_000 })).toBe('XML_LIMIT_BYTES');
  });

  it('refuses an attribute value over the text limit', () => {
    expect(code(`<r a="${'x'.repeat(2000)}"/>`, { maxTextLength: 1000 })).toBe('XML_LIMIT_TEXT_LENGTH');
  });

  it('refuses 100,000 attributes by default and parses them when allowed', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(' ');
    expect(code(`<r ${attributes}/>`)).toBe('XML_LIMIT_ATTRIBUTES');
    const parsed = parseXmlDocument(`<r ${attributes}/>`, {
      limits: { maxAttributes: 100_000, maxNodes: 200_000 },
    });
    expect(parsed.ok && parsed.root.attributes.length).toBe(100_000);
    const duplicate = `<r ${attributes} a5="x"/>`;
    expect(code(duplicate, { maxAttributes: 100_001, maxNodes: 200_000 })).toBe('XML_DUPLICATE_ATTRIBUTE');
  });

  it('refuses long names and too many nodes', () => {
    expect(code(`<${'n'.repeat(300)}/>`)).toBe('XML_LIMIT_NAME_LENGTH');
    expect(code(`<r ${'a'.repeat(300)}="1"/>`)).toBe('XML_LIMIT_NAME_LENGTH');
    expect(code(`<r>&${'a'.repeat(300)};</r>`)).toBe('XML_LIMIT_NAME_LENGTH');
    expect(code(`<r>${'<a/>'.repeat(1000)}</r>`, { maxNodes: 500 })).toBe('XML_LIMIT_NODES');
  });
});

describe('characters and encodings', () => {
  it('refuses invalid UTF-8', () => {
    expect(code(new Uint8Array([0x3c, 0x72, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x72, 0x3e]))).toBe(
      'XML_ENCODING_INVALID',
    );
  });

  it('refuses NUL and other control characters, literal or as references, in text, attributes and names', () => {
    for (const bad of [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDC00x',
    ]) {
      expect(code(`<r>${bad}</r>`), JSON.stringify(bad)).toBe('XML_INVALID_CHARACTER');
      expect(code(`<r a="${bad}"/>`), JSON.stringify(bad)).toBe('XML_INVALID_CHARACTER');
      expect(code(`<r><!--${bad}--></r>`), JSON.stringify(bad)).toBe('XML_INVALID_CHARACTER');
      expect(code(`<r><![CDATA[${bad}]]></r>`), JSON.stringify(bad)).toBe('XML_INVALID_CHARACTER');
    }
    for (const ref of [
      '&#0;',
      '&#x0;',
      '&#1;',
      '&#x1F;',
      '&#xD800;',
      '&#xFFFE;',
      '&#x110000;',
      '&#99999999999999;',
    ]) {
      expect(code(`<r>${ref}</r>`), ref).toBe('XML_INVALID_CHARACTER');
    }
    expect(code('<r\u0000/>')).toBe('XML_NOT_WELL_FORMED');
    expect(code('<r>\u0085\u2028\u007F</r>')).toBe('ok');
  });
});

describe('structure', () => {
  it('refuses two roots, text outside the root, an empty document', () => {
    expect(code('<r/><r/>')).toBe('XML_MULTIPLE_ROOTS');
    expect(code('<r/>text')).toBe('XML_NOT_WELL_FORMED');
    expect(code('text<r/>')).toBe('XML_NOT_WELL_FORMED');
    expect(code('')).toBe('XML_NO_ROOT');
    expect(code('<?xml version="1.0"?><!-- only a comment -->')).toBe('XML_NO_ROOT');
  });

  it('refuses mismatched and unclosed tags', () => {
    expect(code('<r><a>1</r>')).toBe('XML_MISMATCHED_TAG');
    expect(code('<r><a>1</a>')).toBe('XML_UNEXPECTED_END');
    expect(code('<r><a>1</a></r')).toBe('XML_UNEXPECTED_END');
    expect(code('<r><!-- x')).toBe('XML_UNEXPECTED_END');
    expect(code('<r a="1')).toBe('XML_UNEXPECTED_END');
    expect(code('<r>]]></r>')).toBe('XML_NOT_ALLOWED_HERE');
    expect(code('<r a="<"/>')).toBe('XML_NOT_ALLOWED_HERE');
    expect(code('<r><!-- a -- b --></r>')).toBe('XML_NOT_ALLOWED_HERE');
    expect(code('<r><?xml version="1.0"?></r>')).toBe('XML_NOT_ALLOWED_HERE');
  });

  it('treats __proto__ and constructor as plain names, polluting nothing', () => {
    const parsed = parseXmlDocument(
      '<__proto__ constructor="1" __proto__="2" xmlns:__proto__="urn:p"><constructor __proto__:toString="3"/><__proto__:prototype/></__proto__>',
    );
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const r = parsed.root;
    expect(r.local).toBe('__proto__');
    expect(r.attributes.map((a) => [a.local, a.value])).toEqual([
      ['constructor', '1'],
      ['__proto__', '2'],
      ['__proto__', 'urn:p'],
    ]);
    expect((r.children[0] as XmlElement).attributes[0]).toMatchObject({
      ns: 'urn:p',
      local: 'toString',
      value: '3',
    });
    expect((r.children[1] as XmlElement).ns).toBe('urn:p');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('namespaces', () => {
  it('refuses unbound prefixes on elements and attributes', () => {
    expect(code('<p:r/>')).toBe('XML_UNBOUND_PREFIX');
    expect(code('<r p:a="1"/>')).toBe('XML_UNBOUND_PREFIX');
    expect(code('<r><p:a xmlns:p="urn:p"/><p:b/></r>')).toBe('XML_UNBOUND_PREFIX');
  });

  it('resolves the right prefix bound to a wrong namespace to that namespace', () => {
    const parsed = parseXmlDocument('<m:r xmlns:m="urn:evil"/>');
    expect(parsed.ok && [parsed.root.prefix, parsed.root.ns]).toEqual(['m', 'urn:evil']);
  });

  it('refuses duplicate attributes, also through different prefixes bound to the same namespace', () => {
    expect(code('<r a="1" a="2"/>')).toBe('XML_DUPLICATE_ATTRIBUTE');
    expect(code('<r xmlns:p="urn:x" xmlns:q="urn:x" p:a="1" q:a="2"/>')).toBe('XML_DUPLICATE_ATTRIBUTE');
    expect(code('<r xmlns:p="urn:x" xmlns:p="urn:y"/>')).toBe('XML_DUPLICATE_ATTRIBUTE');
    expect(code('<r xmlns:p="urn:x" xmlns:q="urn:y" p:a="1" q:a="2" a="3"/>')).toBe('ok');
    expect(code('<r xmlns="urn:x" xmlns:p="urn:x" a="1" p:a="2"/>')).toBe('ok');
  });

  it('refuses names that are not QNames and misuse of reserved prefixes and namespaces', () => {
    for (const bad of [
      '<a:b:c xmlns:a="urn:a"/>',
      '<:r/>',
      '<r:/>',
      '<r a:b:c="1"/>',
      '<r><?a:b x?></r>',
      '<xmlns:r/>',
    ]) {
      expect(code(bad), bad).toBe('XML_INVALID_QNAME');
    }
    for (const bad of [
      '<r xmlns:p=""/>',
      '<r xmlns:xml="urn:x"/>',
      '<r xmlns:xmlns="urn:x"/>',
      '<r xmlns:p="http://www.w3.org/XML/1998/namespace"/>',
      '<r xmlns="http://www.w3.org/2000/xmlns/"/>',
    ]) {
      expect(code(bad), bad).toBe('XML_NAMESPACE_DECLARATION');
    }
    expect(code('<r xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="de"/>')).toBe('ok');
  });
});
