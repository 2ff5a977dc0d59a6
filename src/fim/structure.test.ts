import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/shared.js';
import type { Issue } from '../issues/issue.js';
import type { FieldDefinition, FormDefinition, GroupDefinition } from '../model/types.js';
import { importXdf } from './import.js';
import { XDF2_NAMESPACE, XDF3_NAMESPACE } from './xdf.js';

const STRUCTURE_CODES = new Set([
  'XDF_UNKNOWN_ELEMENT',
  'XDF_REPEATED_ELEMENT',
  'XDF_REPEATED_IDENTIFICATION',
]);
const structural = (issues: readonly Issue[]) => issues.filter((issue) => STRUCTURE_CODES.has(issue.code));
const code = (name: string, value: string) => `<xdf:${name}><code>${value}</code></xdf:${name}>`;

// --- XDF 3: a schema as the 3.0.0 XSD wants it, with one field in a group --------------------

function xdf3Field(inner = '', head = ''): string {
  return `<xdf:datenfeld>
          <xdf:identifikation><xdf:id>F99000000002</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
          <xdf:name>Ort</xdf:name>${head}
          ${code('freigabestatus', '6')}
          <xdf:letzteAenderung>2024-01-01T00:00:00Z</xdf:letzteAenderung>
          <xdf:bezeichnungEingabe>Ort</xdf:bezeichnungEingabe>
          ${code('schemaelementart', 'HAR')}
          ${code('feldart', 'input')}${code('datentyp', 'text')}
          ${code('vorbefuellung', 'keine')}${inner}
        </xdf:datenfeld>`;
}

function xdf3Schema(field = xdf3Field(), groupExtra = '', schemaExtra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF3_NAMESPACE}">
  <xdf:header><xdf:nachrichtID>m1</xdf:nachrichtID><xdf:erstellungszeitpunkt>2024-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
  <xdf:stammdatenschema>
    <xdf:identifikation><xdf:id>S99000000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:name>Test</xdf:name>${schemaExtra}
    ${code('freigabestatus', '3')}
    <xdf:letzteAenderung>2024-01-01T00:00:00Z</xdf:letzteAenderung>
    <xdf:bezeichnung>Test</xdf:bezeichnung>
    ${code('ableitungsmodifikationenStruktur', '0')}${code('ableitungsmodifikationenRepraesentation', '0')}
    <xdf:dokumentsteckbrief><xdf:id>D99000000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:dokumentsteckbrief>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>
      <xdf:datenfeldgruppe>
        <xdf:identifikation><xdf:id>G99000000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
        <xdf:name>Anschrift</xdf:name>
        ${code('freigabestatus', '6')}
        <xdf:letzteAenderung>2024-01-01T00:00:00Z</xdf:letzteAenderung>
        <xdf:bezeichnungEingabe>Anschrift</xdf:bezeichnungEingabe>
        ${code('schemaelementart', 'HAR')}${groupExtra}
        <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>${field}</xdf:enthaelt></xdf:struktur>
      </xdf:datenfeldgruppe>
    </xdf:enthaelt></xdf:struktur>
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;
}

const FIELD_POINTER = '/children/0/children/0';
const firstGroup = (result: { definition?: FormDefinition }) =>
  (result.definition as FormDefinition).children[0] as GroupDefinition;

describe('structure check: XDF 3', () => {
  it('a file as the XSD wants it has no findings', () => {
    const result = importXdf(xdf3Schema());
    expect(result.report.issues).toEqual([]);
  });

  it('a second <id> is an error; the first id is kept and the second is named', () => {
    const field = xdf3Field().replace(
      '<xdf:id>F99000000002</xdf:id>',
      '<xdf:id>F99000000002</xdf:id>\n<xdf:id>F99000000003</xdf:id>',
    );
    const result = importXdf(xdf3Schema(field));
    const [issue, ...rest] = structural(result.report.issues);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'XDF_REPEATED_IDENTIFICATION',
      severity: 'error',
      path: FIELD_POINTER,
      element: { id: 'F99000000002', version: '1.0.0' },
      params: {
        element: 'xdf:id',
        parent: 'xdf:identifikation',
        occurrence: 2,
        keptOccurrence: 1,
        value: 'F99000000003',
        kept: 'F99000000002',
      },
    });
    expect(issue?.xml?.xpath).toMatch(/xdf:datenfeld\[1\]\/xdf:identifikation\[1\]\/xdf:id\[2\]$/);
    expect(issue?.xml?.line).toBe(
      xdf3Schema(field)
        .split('\n')
        .findIndex((l) => l.includes('F99000000003')) + 1,
    );
    expect(result.report.valid).toBe(false);
    const group = result.definition?.children[0] as GroupDefinition;
    expect(group.children[0]?.id).toBe('F99000000002');
  });

  it('a second <version>, <identifikation> or code-list identity is an error too', () => {
    const version = importXdf(
      xdf3Schema(
        xdf3Field().replace(
          '<xdf:version>1.0.0</xdf:version>',
          '<xdf:version>1.0.0</xdf:version><xdf:version>2.0.0</xdf:version>',
        ),
      ),
    );
    expect(structural(version.report.issues).map((i) => [i.code, i.params.element])).toEqual([
      ['XDF_REPEATED_IDENTIFICATION', 'xdf:version'],
    ]);
    const ident = importXdf(
      xdf3Schema(
        xdf3Field(
          '',
          '<xdf:identifikation><xdf:id>F99000000009</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>',
        ),
      ),
    );
    expect(structural(ident.report.issues)).toMatchObject([
      {
        code: 'XDF_REPEATED_IDENTIFICATION',
        params: { element: 'xdf:identifikation', value: 'F99000000009 1.0.0' },
      },
    ]);
    const list = (uri: string) =>
      `<xdf:codelisteReferenz><xdf:canonicalIdentification>${uri}</xdf:canonicalIdentification><xdf:version>1</xdf:version></xdf:codelisteReferenz>`;
    const select = xdf3Field(list('urn:a') + list('urn:b')).replace(
      '<code>input</code>',
      '<code>select</code>',
    );
    const twoLists = importXdf(xdf3Schema(select));
    expect(structural(twoLists.report.issues)).toMatchObject([
      {
        code: 'XDF_REPEATED_IDENTIFICATION',
        params: { element: 'xdf:codelisteReferenz', value: 'urn:b 1', kept: 'urn:a 1' },
      },
    ]);
    const field = firstGroup(twoLists).children[0] as FieldDefinition;
    expect(field.codeList).toEqual({ uri: 'urn:a', version: '1' });
  });

  it('a second <name>, <beschreibung> or <anzahl> is a warning; repeatable ones (bezug, stichwort) are not', () => {
    const field = xdf3Field(
      '',
      '<xdf:name>Wohnort</xdf:name><xdf:beschreibung>a</xdf:beschreibung><xdf:beschreibung>b</xdf:beschreibung><xdf:bezug>§ 1</xdf:bezug><xdf:bezug>§ 2</xdf:bezug>',
    );
    const result = importXdf(xdf3Schema(field));
    const found = structural(result.report.issues);
    expect(found.map((i) => [i.code, i.severity, i.params.element, i.params.value, i.params.kept])).toEqual([
      ['XDF_REPEATED_ELEMENT', 'warning', 'xdf:name', 'Wohnort', 'Ort'],
      ['XDF_REPEATED_ELEMENT', 'warning', 'xdf:beschreibung', 'b', 'a'],
    ]);
    const imported = firstGroup(result).children[0] as FieldDefinition;
    expect(imported).toMatchObject({ name: 'Ort', description: 'a', bezug: '§ 1\n§ 2' });
    expect(result.report.valid).toBe(true);
    const anzahl = importXdf(
      xdf3Schema().replace(
        '<xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>\n      <xdf:datenfeldgruppe>',
        '<xdf:anzahl>1:1</xdf:anzahl><xdf:anzahl>0:*</xdf:anzahl><xdf:enthaelt>\n      <xdf:datenfeldgruppe>',
      ),
    );
    expect(structural(anzahl.report.issues)).toMatchObject([
      {
        code: 'XDF_REPEATED_ELEMENT',
        path: '',
        params: { element: 'xdf:anzahl', value: '0:*', kept: '1:1' },
      },
    ]);
  });

  it('an empty occurrence counts as absent: the one with content is kept, the empty one reported', () => {
    const result = importXdf(xdf3Schema(xdf3Field('<xdf:inhalt/><xdf:inhalt>Text</xdf:inhalt>')));
    expect(structural(result.report.issues)).toMatchObject([
      {
        code: 'XDF_REPEATED_ELEMENT',
        params: { element: 'xdf:inhalt', occurrence: 1, keptOccurrence: 2, kept: 'Text' },
      },
    ]);
    const field = firstGroup(result).children[0] as FieldDefinition;
    expect(field.content).toBe('Text');
  });

  it('two elements in one <enthaelt>: the second is left out and reported', () => {
    const second = xdf3Field()
      .replace(/F99000000002/g, 'F99000000004')
      .replace(/>Ort</g, '>PLZ<');
    const result = importXdf(xdf3Schema(xdf3Field() + second));
    expect(structural(result.report.issues)).toMatchObject([
      {
        code: 'XDF_REPEATED_ELEMENT',
        path: '/children/0',
        element: { id: 'G99000000001', version: '1.0.0' },
        params: { element: 'xdf:datenfeld', parent: 'xdf:enthaelt', occurrence: 2 },
      },
    ]);
    expect(String(structural(result.report.issues)[0]?.params.value)).toMatch(/^F99000000004 1\.0\.0 PLZ/);
  });

  it('unknown elements: not in the XSD, another namespace, no namespace, inside a text or code', () => {
    const field = xdf3Field(
      '<xdf:farbe>rot</xdf:farbe><x:extra xmlns:x="urn:example:x">1</x:extra><hinweis>ohne Namensraum</hinweis>',
      '<xdf:beschreibung>Ort <xdf:b>fett</xdf:b></xdf:beschreibung>',
    ).replace('<code>input</code>', '<code>input</code><codeName>Eingabe</codeName>');
    const result = importXdf(xdf3Schema(field));
    const found = structural(result.report.issues);
    expect(found.map((i) => [i.code, i.params.element, i.params.parent, i.params.namespace])).toEqual([
      ['XDF_UNKNOWN_ELEMENT', 'xdf:b', 'xdf:beschreibung', XDF3_NAMESPACE],
      ['XDF_UNKNOWN_ELEMENT', 'codeName', 'xdf:feldart', ''],
      ['XDF_UNKNOWN_ELEMENT', 'xdf:farbe', 'xdf:datenfeld', XDF3_NAMESPACE],
      ['XDF_UNKNOWN_ELEMENT', 'x:extra', 'xdf:datenfeld', 'urn:example:x'],
      ['XDF_UNKNOWN_ELEMENT', 'hinweis', 'xdf:datenfeld', ''],
    ]);
    for (const issue of found) {
      expect(issue.severity).toBe('warning');
      expect(issue.path).toBe(FIELD_POINTER);
      expect(issue.element).toEqual({ id: 'F99000000002', version: '1.0.0' });
      expect(issue.xml?.line).toBeGreaterThan(0);
    }
    expect(found[2]?.message.de).toBe(
      `Das Element „xdf:farbe“ (Namensraum „${XDF3_NAMESPACE}“) ist in „xdf:datenfeld“ nach XDatenfelder 3 nicht vorgesehen und wurde nicht übernommen.`,
    );
    expect(found[4]?.message.en).toContain('(namespace "none")');
    expect(result.report.valid).toBe(true);
  });

  it('elements of the other version are unknown', () => {
    const result = importXdf(xdf3Schema(xdf3Field('', '<xdf:freigabedatum>2024-01-01</xdf:freigabedatum>')));
    expect(structural(result.report.issues).map((i) => i.params.element)).toEqual(['xdf:freigabedatum']);
  });

  it('every occurrence of a repeated element is checked, not only the first one read', () => {
    // The same group twice; only its second copy carries an unknown element.
    const xml = xdf3Schema();
    const start = xml.indexOf(
      '<xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>\n      <xdf:datenfeldgruppe>',
    );
    const end = xml.indexOf('</xdf:stammdatenschema>');
    const copy = xml
      .slice(start, end)
      .replace('<xdf:name>Anschrift</xdf:name>', '<xdf:name>Anschrift</xdf:name><xdf:unbekannt/>');
    const result = importXdf(xml.slice(0, end) + copy + xml.slice(end));
    expect(structural(result.report.issues)).toMatchObject([
      { code: 'XDF_UNKNOWN_ELEMENT', path: '/children/1', params: { element: 'xdf:unbekannt' } },
    ]);
    expect(result.definition?.children).toHaveLength(2);
  });
});

// --- XDF 2 ------------------------------------------------------------------------------------

function xdf2(schemaExtra: string, fieldExtra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF2_NAMESPACE}">
  <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID><xdf:erstellungszeitpunkt>2024-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
  <xdf:stammdatenschema>
    <xdf:identifikation><xdf:id>S99000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
    <xdf:name>Test</xdf:name><xdf:bezeichnungEingabe>Test</xdf:bezeichnungEingabe>
    <xdf:beschreibung/><xdf:definition/><xdf:bezug>§ 1</xdf:bezug>${code('status', 'aktiv')}${schemaExtra}
    ${code('ableitungsmodifikationenStruktur', '0')}${code('ableitungsmodifikationenRepraesentation', '0')}
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:bezug/><xdf:enthaelt>
      <xdf:datenfeld>
        <xdf:identifikation><xdf:id>F99000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
        <xdf:name>Ort</xdf:name><xdf:bezeichnungEingabe>Ort</xdf:bezeichnungEingabe><xdf:beschreibung/><xdf:definition/><xdf:bezug/>
        ${code('status', 'aktiv')}${code('schemaelementart', 'RNG')}<xdf:hilfetextEingabe/><xdf:hilfetextAusgabe/>
        ${code('feldart', 'select')}${code('datentyp', 'text')}<xdf:praezisierung/><xdf:inhalt/>
        <xdf:codelisteReferenz>
          <xdf:identifikation><xdf:id>C99000001</xdf:id><xdf:version>1</xdf:version></xdf:identifikation>
          <xdf:genericodeIdentification><xdf:canonicalIdentification>urn:a</xdf:canonicalIdentification><xdf:version>1</xdf:version><xdf:canonicalVersionUri>urn:a_1</xdf:canonicalVersionUri></xdf:genericodeIdentification>
        </xdf:codelisteReferenz>${fieldExtra}
      </xdf:datenfeld>
    </xdf:enthaelt></xdf:struktur>
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;
}

describe('structure check: XDF 2', () => {
  it('a file as the XSD wants it has no findings', () => {
    expect(importXdf(xdf2('')).report.issues).toEqual([]);
  });

  it('bezug is single in XDF 2: a second one is reported and not joined', () => {
    const result = importXdf(xdf2('<xdf:bezug>§ 2</xdf:bezug>'));
    expect(structural(result.report.issues)).toMatchObject([
      { code: 'XDF_REPEATED_ELEMENT', path: '', params: { element: 'xdf:bezug', value: '§ 2', kept: '§ 1' } },
    ]);
    expect(result.definition?.bezug).toBe('§ 1');
  });

  it('a second canonicalIdentification is an error; XDF 3 elements are unknown', () => {
    const result = importXdf(
      xdf2('<xdf:statusGesetztAm>2024-01-01</xdf:statusGesetztAm>').replace(
        '<xdf:canonicalIdentification>urn:a</xdf:canonicalIdentification>',
        '<xdf:canonicalIdentification>urn:a</xdf:canonicalIdentification><xdf:canonicalIdentification>urn:b</xdf:canonicalIdentification>',
      ),
    );
    expect(structural(result.report.issues).map((i) => [i.code, i.params.element, i.path])).toEqual([
      ['XDF_UNKNOWN_ELEMENT', 'xdf:statusGesetztAm', ''],
      ['XDF_REPEATED_IDENTIFICATION', 'xdf:canonicalIdentification', '/children/0'],
    ]);
  });

  it('freigabedatum and veroeffentlichungsdatum are held (statusDate, publicationDate)', () => {
    const result = importXdf(
      xdf2(
        '<xdf:freigabedatum>2019-06-27</xdf:freigabedatum><xdf:veroeffentlichungsdatum>2019-07-01</xdf:veroeffentlichungsdatum>',
      ),
    );
    expect(result.definition).toMatchObject({ statusDate: '2019-06-27', publicationDate: '2019-07-01' });
  });
});

describe('structure check: real files', () => {
  const files: [string, ...string[]][] = [
    ['xdf2', 'S00000121_BlaueKarte.xml'],
    ['xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'],
    ['xdf2', 'edge-label.xml'],
    ['xdf2', 'edge-minimal.xml'],
    ['xdf2', 'edge-rule.xml'],
    ['xdf2', 'edge-select.xml'],
    ['xdf3', 'simple.xml'],
  ];
  for (const parts of files) {
    it(`${parts.join('/')}: conforms to the content model`, () => {
      const result = importXdf(readFileSync(sharedPath('corpus', ...parts)));
      expect(structural(result.report.issues)).toEqual([]);
      expect(result.definition as FormDefinition).toBeDefined();
    });
  }
});
