import { describe, expect, it } from 'vitest';
import { codes, stage } from '../../../test/support/xdf-stage.js';
import { readField } from './fields.js';

const ident = { id: 'F1', version: '1.0' };
const datenfeld = (body: string) => `<x:datenfeld><x:name>Feld</x:name>${body}</x:datenfeld>`;
const code = (name: string, value: string) => `<x:${name}><code>${value}</code></x:${name}>`;

describe('fields stage', () => {
  it('reads XDF 2 constraints from JSON text and XDF 3 constraints from attributes', () => {
    const two = stage(
      2,
      datenfeld(
        `${code('feldart', 'input')}${code('datentyp', 'num')}<x:praezisierung>{"minValue":"1","maxValue":10}</x:praezisierung>`,
      ),
    );
    const three = stage(
      3,
      datenfeld(
        `${code('feldart', 'input')}${code('datentyp', 'num')}<x:praezisierung minValue="1" maxValue="10"/>`,
      ),
    );
    for (const { context, element } of [two, three]) {
      expect(readField(context, element, ident, '').praezisierung).toEqual({ minValue: 1, maxValue: 10 });
      expect(codes(context)).toEqual([]);
    }
  });

  it('reports praezisierung text that is not JSON in XDF 2 only', () => {
    const text = `${code('feldart', 'input')}${code('datentyp', 'text')}<x:praezisierung>max 10</x:praezisierung>`;
    const two = stage(2, datenfeld(text));
    const three = stage(3, datenfeld(text));
    readField(two.context, two.element, ident, '');
    readField(three.context, three.element, ident, '');
    expect(codes(two.context)).toEqual(['XDF_PRAEZISIERUNG_SYNTAX']);
    expect(codes(three.context)).toEqual([]);
  });

  it('reads the code list reference in both forms', () => {
    const inner = '<x:canonicalIdentification>urn:de:x</x:canonicalIdentification><x:version>2</x:version>';
    const two = stage(
      2,
      datenfeld(
        `${code('feldart', 'select')}${code('datentyp', 'text')}<x:codelisteReferenz><x:genericodeIdentification>${inner}</x:genericodeIdentification></x:codelisteReferenz>`,
      ),
    );
    const three = stage(
      3,
      datenfeld(
        `${code('feldart', 'select')}${code('datentyp', 'text')}<x:codelisteReferenz>${inner}</x:codelisteReferenz><x:codeKey>c</x:codeKey>`,
      ),
    );
    expect(readField(two.context, two.element, ident, '').codeList).toEqual({
      uri: 'urn:de:x',
      version: '2',
    });
    expect(readField(three.context, three.element, ident, '').codeList).toEqual({
      uri: 'urn:de:x',
      version: '2',
      codeKey: 'c',
    });
  });

  it('makes the field consistent, each change reported', () => {
    const { context, element } = stage(
      3,
      datenfeld(
        `${code('feldart', 'wrong')}${code('datentyp', 'text')}<x:werte><x:wert><x:code>a</x:code></x:wert><x:wert><x:code>a</x:code></x:wert></x:werte><x:maxSize>10</x:maxSize>`,
      ),
    );
    const field = readField(context, element, ident, '');
    expect(field).toEqual({
      kind: 'field',
      id: 'F1',
      version: '1.0',
      name: 'Feld',
      feldart: 'input',
      datentyp: 'text',
    });
    expect(codes(context)).toEqual([
      'XDF_INVALID_CODE',
      'XDF_DUPLICATE_VALUE',
      'XDF_IGNORED_PROPERTY',
      'XDF_IGNORED_PROPERTY',
    ]);
    expect(context.issues.map((i) => i.params.property ?? i.params.element)).toEqual([
      'feldart',
      undefined,
      'werte',
      'maxSize/mediaType',
    ]);
  });
});
