import { describe, expect, it } from 'vitest';
import { XML_CODES } from '../codes.js';
import { parseXmlDocument, XML_NAMESPACE, XMLNS_NAMESPACE, type XmlElement, type XmlError } from './index.js';

function root(input: string | Uint8Array): XmlElement {
  const result = parseXmlDocument(input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.en}`);
  return result.root;
}

function error(input: string | Uint8Array): XmlError {
  const result = parseXmlDocument(input);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const child = (element: XmlElement, index: number) => element.children[index] as XmlElement;

function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    for (const byte of typeof part === 'string' ? new TextEncoder().encode(part) : part) out.push(byte);
  }
  return new Uint8Array(out);
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let i = 0;
  if (bom) {
    out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    i = 2;
  }
  for (let k = 0; k < text.length; k++, i += 2) {
    const unit = text.charCodeAt(k);
    out[littleEndian ? i : i + 1] = unit & 0xff;
    out[littleEndian ? i + 1 : i] = unit >> 8;
  }
  return out;
}

describe('parseXmlDocument: the tree', () => {
  it('resolves namespace URIs; the prefix is only how the document wrote them', () => {
    const prefixed = root('<p:r xmlns:p="urn:x"><p:a>1</p:a></p:r>');
    const other = root('<q:r xmlns:q="urn:x"><q:a>1</q:a></q:r>');
    const defaulted = root('<r xmlns="urn:x"><a>1</a></r>');
    for (const r of [prefixed, other, defaulted]) {
      expect([r.ns, r.local]).toEqual(['urn:x', 'r']);
      expect([child(r, 0).ns, child(r, 0).local]).toEqual(['urn:x', 'a']);
    }
    expect([prefixed.prefix, other.prefix, defaulted.prefix]).toEqual(['p', 'q', '']);
  });

  it('gives the shape of the issue: ns, local, prefix, attributes with positions, children, position', () => {
    const r = root(
      '<?xml version="1.0"?>\n<m:r xmlns:m="urn:m" a="1"\n  m:b="2" xml:lang="de">text<m:c/></m:r>',
    );
    expect(r).toEqual({
      kind: 'element',
      ns: 'urn:m',
      local: 'r',
      prefix: 'm',
      attributes: [
        { ns: XMLNS_NAMESPACE, local: 'm', prefix: 'xmlns', value: 'urn:m', line: 2, column: 6 },
        { ns: '', local: 'a', prefix: '', value: '1', line: 2, column: 22 },
        { ns: 'urn:m', local: 'b', prefix: 'm', value: '2', line: 3, column: 3 },
        { ns: XML_NAMESPACE, local: 'lang', prefix: 'xml', value: 'de', line: 3, column: 11 },
      ],
      children: [
        { kind: 'text', value: 'text' },
        {
          kind: 'element',
          ns: 'urn:m',
          local: 'c',
          prefix: 'm',
          attributes: [],
          children: [],
          line: 3,
          column: 29,
        },
      ],
      line: 2,
      column: 1,
    });
  });

  it('is immutable', () => {
    const r = root('<r a="1"><c>x</c></r>');
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.children)).toBe(true);
    expect(Object.isFrozen(r.attributes)).toBe(true);
    expect(Object.isFrozen(r.attributes[0])).toBe(true);
    expect(Object.isFrozen(child(r, 0).children[0])).toBe(true);
  });

  it('undeclares the default namespace with xmlns="" and keeps unprefixed attributes namespace-less', () => {
    const r = root('<r xmlns="urn:x" a="1"><c xmlns=""/></r>');
    expect(child(r, 0).ns).toBe('');
    expect(r.attributes[1]).toMatchObject({ ns: '', local: 'a' });
  });

  it('normalises literal line ends to LF; the reference &#13; keeps a CR', () => {
    const r = root('<r>a&#13;\r\nb\rc\r\n</r>');
    expect(r.children).toEqual([{ kind: 'text', value: 'a\r\nb\nc\n' }]);
    expect(root('<r a="x&#13;y\r\nz&#10;&#9;w\tv"/>').attributes[0]?.value).toBe('x\ry z\n\tw v');
  });

  it('joins text, CDATA and references into one text node; comments and PIs are not in the tree', () => {
    const r = root('<r>a<![CDATA[<b>&amp;]]>c&lt;&#x1F600;&#228;<!-- x --><?pi y?>d</r>');
    expect(r.children).toEqual([{ kind: 'text', value: 'a<b>&amp;c<😀äd' }]);
  });

  it('keeps white space, NFC and NFD text exactly', () => {
    expect(root('<r> \t\n </r>').children).toEqual([{ kind: 'text', value: ' \t\n ' }]);
    expect(root('<r>Mu\u0308ller Müller</r>').children).toEqual([
      { kind: 'text', value: 'Mu\u0308ller Müller' },
    ]);
    expect(root('<r></r>').children).toEqual([]);
  });

  it('accepts an XML declaration, comments and processing instructions around the root', () => {
    const text = `<?xml version='1.0' encoding="UTF-8" standalone='yes' ?>\n<!-- c --><?p?>\n<r/>\n<!-- after --><?q x?>\n`;
    expect(root(text).local).toBe('r');
  });

  it('locates errors by line and column (UTF-16 code units) with the open elements as XPath', () => {
    const e = error('<a:r xmlns:a="urn:a">\n  <a:b>1</a:c>\n</a:r>');
    expect(e).toMatchObject({
      code: 'XML_MISMATCHED_TAG',
      line: 2,
      column: 9,
      xpath: '/a:r/a:b',
      params: { expected: 'a:b', found: 'a:c' },
    });
    expect(e.message.de).toBe('Das End-Tag </a:c> passt nicht zum offenen Element <a:b>.');
    expect(e.message.en).toBe('The end tag </a:c> does not match the open element <a:b>.');
    expect(error('<r>\r\n\r\n<x>&bad;</x></r>')).toMatchObject({
      code: 'XML_UNDEFINED_ENTITY',
      line: 3,
      column: 4,
    });
  });

  it('gives every error a code of the catalogue and messages in German and English', () => {
    const inputs = ['', '<r>', '<r a=1/>', '<r>&#0;</r>', '<r/>x', '<!DOCTYPE r><r/>'];
    for (const input of inputs) {
      const e = error(input);
      expect(Object.keys(XML_CODES)).toContain(e.code);
      expect(e.message.de).not.toMatch(/\{\w+\}/);
      expect(e.message.en).not.toMatch(/\{\w+\}/);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('parseXmlDocument: encodings', () => {
  const text = '<r a="ö">Grüße ✓ 😀</r>';
  const value = [{ kind: 'text', value: 'Grüße ✓ 😀' }];

  it('decodes UTF-8 with and without byte order mark', () => {
    expect(root(bytes(text)).children).toEqual(value);
    expect(root(bytes([0xef, 0xbb, 0xbf], text)).children).toEqual(value);
    expect(root(bytes('<?xml version="1.0" encoding="utf-8"?>', text)).children).toEqual(value);
  });

  it('decodes UTF-16 with byte order mark, and without when the declaration names the byte order', () => {
    expect(root(utf16(text, true, true)).children).toEqual(value);
    expect(root(utf16(text, false, true)).children).toEqual(value);
    expect(root(utf16(`<?xml version="1.0" encoding="UTF-16"?>${text}`, false, true)).children).toEqual(
      value,
    );
    expect(root(utf16(`<?xml version="1.0" encoding="UTF-16LE"?>${text}`, true, false)).children).toEqual(
      value,
    );
    expect(error(utf16(`<?xml version="1.0" encoding="UTF-16"?>${text}`, true, false)).code).toBe(
      'XML_ENCODING_MISMATCH',
    );
  });

  it('decodes declared ISO-8859-1 byte by byte and US-ASCII strictly', () => {
    const latin1 = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><r>', [0xe4, 0x80, 0xff], '</r>');
    expect(root(latin1).children).toEqual([{ kind: 'text', value: 'ä\u0080ÿ' }]);
    expect(root(bytes('<?xml version="1.0" encoding="US-ASCII"?><r>a</r>')).children).toEqual([
      { kind: 'text', value: 'a' },
    ]);
    expect(error(bytes('<?xml version="1.0" encoding="US-ASCII"?><r>', [0xe4], '</r>'))).toMatchObject({
      code: 'XML_ENCODING_INVALID',
      params: { encoding: 'US-ASCII', offset: 44 },
    });
  });

  it('rejects invalid UTF-8 with its own code and where it is', () => {
    const e = error(bytes('<r>\n<a>', [0xc3, 0x28], '</a></r>'));
    expect(e).toMatchObject({
      code: 'XML_ENCODING_INVALID',
      line: 2,
      column: 4,
      params: { encoding: 'UTF-8', offset: 7 },
    });
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xe2, 0x82]]) {
      expect(error(bytes('<r>', bad, '</r>')).code).toBe('XML_ENCODING_INVALID');
    }
    expect(error(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x00, 0xd8, 0x3e])).code).toBe(
      'XML_ENCODING_INVALID',
    );
  });

  it('rejects other declared or detected encodings with their own code', () => {
    expect(error(bytes('<?xml version="1.0" encoding="Shift_JIS"?><r/>'))).toMatchObject({
      code: 'XML_ENCODING_UNSUPPORTED',
      params: { encoding: 'Shift_JIS' },
    });
    expect(error(bytes('<?xml version="1.0" encoding="windows-1252"?><r/>')).code).toBe(
      'XML_ENCODING_UNSUPPORTED',
    );
    expect(error(new Uint8Array([0, 0, 0, 0x3c, 0, 0, 0, 0x72])).code).toBe('XML_ENCODING_UNSUPPORTED');
    expect(error(new Uint8Array([0x4c, 0x6f, 0xa7, 0x94])).code).toBe('XML_ENCODING_UNSUPPORTED');
    expect(error(bytes('<?xml version="1.0" encoding="UTF-16"?><r/>'))).toMatchObject({
      code: 'XML_ENCODING_MISMATCH',
      params: { declared: 'UTF-16' },
    });
    expect(error(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0" encoding="ISO-8859-1"?><r/>')).code).toBe(
      'XML_ENCODING_MISMATCH',
    );
    expect(error(utf16('<?xml version="1.0" encoding="UTF-8"?><r/>', true, true)).code).toBe(
      'XML_ENCODING_MISMATCH',
    );
  });

  it('reads the encoding from the whole XML declaration, however long (issue 19, point 5)', () => {
    for (const spaces of [500, 600, 100_000]) {
      const pad = ' '.repeat(spaces);
      const latin1 = bytes(`<?xml version="1.0"${pad}encoding="ISO-8859-1"${pad}?>\n<r>`, [0xe4], '</r>');
      expect(root(latin1).children, `${spaces}`).toEqual([{ kind: 'text', value: 'ä' }]);
      const le = utf16(`<?xml version="1.0"${pad}encoding="UTF-16LE"?><r>ä</r>`, true, false);
      expect(root(le).children, `${spaces}`).toEqual([{ kind: 'text', value: 'ä' }]);
      expect(error(bytes(`<?xml version="1.0"${pad}encoding="Shift_JIS"?><r/>`)).code).toBe(
        'XML_ENCODING_UNSUPPORTED',
      );
    }
    // Line breaks in the declaration count as white space like spaces.
    expect(
      root(bytes('<?xml version="1.0"\r\n\tencoding="ISO-8859-1"?><r>', [0xe4], '</r>')).children,
    ).toEqual([{ kind: 'text', value: 'ä' }]);
    // A declaration without its end is still read whole and then refused as unfinished.
    expect(error(bytes(`<?xml version="1.0"${' '.repeat(1000)}encoding="ISO-8859-1"`)).code).toBe(
      'XML_UNEXPECTED_END',
    );
  });

  it('refuses UCS-4 in all four byte orders, with and without byte order mark', () => {
    for (const head of [
      [0, 0, 0, 0x3c],
      [0x3c, 0, 0, 0],
      [0, 0, 0x3c, 0],
      [0, 0x3c, 0, 0],
      [0, 0, 0xfe, 0xff],
      [0xff, 0xfe, 0, 0],
      [0, 0, 0xff, 0xfe],
      [0xfe, 0xff, 0, 0],
    ]) {
      expect(error(new Uint8Array([...head, 0, 0, 0, 0x72])), head.join(' ')).toMatchObject({
        code: 'XML_ENCODING_UNSUPPORTED',
        params: { encoding: 'UCS-4' },
      });
    }
  });

  it('takes a string as decoded text: a BOM is dropped, a supported declaration is accepted', () => {
    expect(root('\ufeff<?xml version="1.0" encoding="ISO-8859-1"?><r>ä</r>').children).toEqual([
      { kind: 'text', value: 'ä' },
    ]);
    expect(error('<?xml version="1.0" encoding="EBCDIC-XY"?><r/>').code).toBe('XML_ENCODING_UNSUPPORTED');
  });
});
