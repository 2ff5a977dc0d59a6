import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/shared.js';
import { lint } from '../model/lint.js';
import type { ChildDefinition, FieldDefinition, FormDefinition, GroupDefinition } from '../model/types.js';
import { compile } from '../validate/compile.js';
import { XDF_CODES } from './codes.js';
import { importXdf } from './import.js';

const corpus = (...parts: string[]) => readFileSync(sharedPath('corpus', ...parts), 'utf8');
const codes = (result: { report: { issues: readonly { code: string }[] } }) =>
  result.report.issues.map((issue) => issue.code);

function walk(children: readonly ChildDefinition[], visit: (child: ChildDefinition) => void): void {
  for (const child of children) {
    visit(child);
    if (child.kind === 'group') walk(child.children, visit);
  }
}

function distinct(definition: FormDefinition) {
  const fields = new Set<string>();
  const groups = new Set<string>();
  const lists = new Set<string>();
  let fieldOccurrences = 0;
  walk(definition.children, (child) => {
    if (child.kind === 'group') groups.add(`${child.id}@${child.version}`);
    else {
      fieldOccurrences++;
      fields.add(`${child.id}@${child.version}`);
      if (child.codeList) lists.add(`${child.codeList.uri}_${child.codeList.version}`);
    }
  });
  return { fields, groups, lists, fieldOccurrences };
}

/** Distinct (id, version) of every inlined element of one kind, read from the raw file. */
function distinctInFile(xml: string, element: 'datenfeld' | 'datenfeldgruppe'): Set<string> {
  const pattern = new RegExp(
    `<xdf:${element}>\\s*<xdf:identifikation>\\s*<xdf:id>([^<]+)</xdf:id>\\s*<xdf:version>([^<]+)</xdf:version>`,
    'g',
  );
  return new Set([...xml.matchAll(pattern)].map((m) => `${m[1]}@${m[2]}`));
}

function find(definition: FormDefinition, id: string): ChildDefinition | undefined {
  let found: ChildDefinition | undefined;
  walk(definition.children, (child) => {
    if (!found && child.id === id) found = child;
  });
  return found;
}

describe('importXdf: BlaueKarte (real XDF 2 file)', () => {
  const xml = corpus('xdf2', 'S00000121_BlaueKarte.xml');
  const result = importXdf(xml);
  const definition = result.definition as FormDefinition;

  it('reads the schema as XDF 2 and yields a usable definition', () => {
    expect(result.xdfVersion).toBe(2);
    expect(definition.id).toBe('S00000121');
    expect(definition.name).toBe('Antrag Blaue Karte EU');
    expect(definition.key).toBe('antragBlaueKarteEu');
    expect(definition.bezug).toBe('§ 19a AufenthG');
    expect(result.report.valid).toBe(true);
    expect(() => compile(definition)).not.toThrow();
    expect(result.header?.nachrichtID).toBe('2F542BE7121E5AB6');
  });

  it('reads what a derived schema may modify (both codes 0: nicht modifizierbar)', () => {
    expect(definition.ableitungsmodifikationen).toEqual({ struktur: 0, repraesentation: 0 });
  });

  it('yields every distinct field, group and code-list reference of the file', () => {
    const expectedFields = distinctInFile(xml, 'datenfeld');
    const expectedGroups = distinctInFile(xml, 'datenfeldgruppe');
    const expectedLists = new Set([...xml.matchAll(/<xdf:canonicalVersionUri>([^<]+)</g)].map((m) => m[1]));
    const got = distinct(definition);
    expect(expectedFields.size).toBeGreaterThan(40);
    expect(got.fields).toEqual(expectedFields);
    expect(got.groups).toEqual(expectedGroups);
    expect(got.lists).toEqual(expectedLists);
    expect(got.lists.size).toBe(4);
    // Every occurrence is kept, not only distinct elements (DOMAIN.md: 88 field occurrences).
    expect(got.fieldOccurrences).toBe((xml.match(/<xdf:datenfeld>/g) ?? []).length);
    expect(got.fieldOccurrences).toBe(88);
  });

  it('keeps names, labels, help texts, praezisierung, occurrence and status', () => {
    const familienname = find(definition, 'F00000013') as FieldDefinition;
    expect(familienname).toMatchObject({
      kind: 'field',
      key: 'familienname',
      version: '1.0',
      name: 'Familienname',
      label: { de: 'Familienname' },
      help: { de: 'Geben Sie den Nachnamen, Zunamen bzw. Familiennamen an.' },
      outputHelp: { de: 'Dieses Feld enthält den Nachnamen, Zunamen bzw. Familiennamen.' },
      bezug: 'XÖV-Kernkoponente.NameNatuerlichePerson.familienname',
      status: 6,
      schemaelementart: 'ABS',
      feldart: 'input',
      datentyp: 'text',
      praezisierung: { minLength: 1 },
      cardinality: '1:1',
      versionNote: 'Automatisch erzeugte Version',
    });
    // CR in bezug (real-data quirk) is kept as it is.
    expect(familienname.occurrenceBezug).toBe('§ 3 AufenthG\r\n§ 78 Abs.1 AufenthG');
    const group = find(definition, 'G00000630') as GroupDefinition;
    expect(group.key).toBe('persoenlicheAngabenAntragstellerInklGroesseAugenfarbe');
    expect(group.status).toBe(2); // inVorbereitung → in Bearbeitung
    expect(group.author).toBe('BMI, Ref. M3');
  });

  it('derives keys that are unique among siblings and pass lint', () => {
    const findings = lint(definition).filter(
      (f) => f.code === 'DEF_INVALID_KEY' || f.code === 'DEF_DUPLICATE_KEY',
    );
    expect(findings).toEqual([]);
  });

  it('keeps its prose rules as documentation and says they are not executable', () => {
    const rules = [...(definition.rules ?? [])];
    walk(definition.children, (child) => rules.push(...(child.rules ?? [])));
    expect(rules.length).toBe(3);
    for (const rule of rules) {
      expect(rule.ruleKind).toBe('documentation');
      expect(rule.expression).toBeUndefined();
      expect(rule.freitext?.length).toBeGreaterThan(10);
    }
    expect(codes(result).filter((code) => code === 'XDF_RULE_NOT_EXECUTABLE')).toHaveLength(3);
  });

  it('imports the same bytes as Uint8Array', () => {
    expect(importXdf(new TextEncoder().encode(xml)).definition).toEqual(definition);
  });
});

describe('importXdf: S00000094 (real XDF 2 file, pretty-printed)', () => {
  const result = importXdf(corpus('xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'));
  it('is usable, maps inaktiv to 7 and keeps patterns and numeric bounds', () => {
    expect(result.report.valid).toBe(true);
    const definition = result.definition as FormDefinition;
    const fields: FieldDefinition[] = [];
    walk(definition.children, (child) => {
      if (child.kind === 'field') fields.push(child);
    });
    expect(fields.some((f) => f.praezisierung?.pattern === '([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}')).toBe(
      true,
    );
    expect(fields.some((f) => f.praezisierung?.minValue === 1850 && f.praezisierung.maxValue === 2080)).toBe(
      true,
    );
    const statuses = new Set<number | undefined>();
    walk(definition.children, (child) => statuses.add(child.status));
    expect(statuses.has(7)).toBe(true);
  });

  it('reads ableitungsmodifikationenStruktur 3 and …Repraesentation 1 (alles modifizierbar, modifizierbar)', () => {
    expect(result.definition?.ableitungsmodifikationen).toEqual({ struktur: 3, repraesentation: 1 });
  });
});

describe('importXdf: ableitungsmodifikationen and dokumentsteckbrief', () => {
  const schema = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <xdf:header><xdf:nachrichtID>m</xdf:nachrichtID><xdf:erstellungszeitpunkt>2026-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
  <xdf:stammdatenschema>
    <xdf:identifikation><xdf:id>S99000000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:name>Test</xdf:name>
    <xdf:freigabestatus><code>3</code></xdf:freigabestatus>
    <xdf:bezeichnung>Test</xdf:bezeichnung>
    ${inner}
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F99000000001</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
      <xdf:name>Feld</xdf:name><xdf:freigabestatus><code>3</code></xdf:freigabestatus>
      <xdf:bezeichnungEingabe>Feld</xdf:bezeichnungEingabe>
      <xdf:schemaelementart><code>RNG</code></xdf:schemaelementart>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>
      <xdf:vorbefuellung><code>keine</code></xdf:vorbefuellung>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;

  it('XDF 3: reads both codes and the Dokumentsteckbrief reference', () => {
    const result = importXdf(
      schema(`<xdf:ableitungsmodifikationenStruktur><code>1</code></xdf:ableitungsmodifikationenStruktur>
    <xdf:ableitungsmodifikationenRepraesentation><code>0</code></xdf:ableitungsmodifikationenRepraesentation>
    <xdf:dokumentsteckbrief><xdf:id>D99000000001</xdf:id><xdf:version>1.2.0</xdf:version></xdf:dokumentsteckbrief>`),
    );
    expect(result.report.issues).toEqual([]);
    expect(result.definition?.ableitungsmodifikationen).toEqual({ struktur: 1, repraesentation: 0 });
    expect(result.definition?.dokumentsteckbrief).toEqual({ id: 'D99000000001', version: '1.2.0' });
  });

  it('reports codes outside the code lists (4, 2 for Repraesentation, 01) and leaves them out', () => {
    const result = importXdf(
      schema(`<xdf:ableitungsmodifikationenStruktur><code>4</code></xdf:ableitungsmodifikationenStruktur>
    <xdf:ableitungsmodifikationenRepraesentation><code>2</code></xdf:ableitungsmodifikationenRepraesentation>`),
    );
    const invalid = result.report.issues.filter((issue) => issue.code === 'XDF_INVALID_CODE');
    expect(invalid.map((issue) => [issue.params.element, issue.params.code])).toEqual([
      ['ableitungsmodifikationenStruktur', '4'],
      ['ableitungsmodifikationenRepraesentation', '2'],
    ]);
    expect(result.definition?.ableitungsmodifikationen).toBeUndefined();
    const padded = importXdf(
      schema('<xdf:ableitungsmodifikationenStruktur><code>01</code></xdf:ableitungsmodifikationenStruktur>'),
    );
    expect(padded.report.issues.map((issue) => issue.code)).toEqual(['XDF_INVALID_CODE']);
    expect(padded.definition?.ableitungsmodifikationen).toBeUndefined();
  });

  it('without them the definition has neither property', () => {
    const result = importXdf(schema(''));
    expect(result.definition).toBeDefined();
    expect(result.definition && 'ableitungsmodifikationen' in result.definition).toBe(false);
    expect(result.definition && 'dokumentsteckbrief' in result.definition).toBe(false);
  });
});

describe('importXdf: spec-style edge files', () => {
  it.each([
    ['edge-minimal.xml', ['XDF_DEFINITION_INVALID']],
    ['edge-label.xml', ['XDF_DEFINITION_INVALID', 'XDF_DEFINITION_INVALID']],
    ['edge-select.xml', ['XDF_DEFINITION_INVALID', 'XDF_DEFINITION_INVALID']],
    ['edge-rule.xml', ['XDF_RULE_NOT_EXECUTABLE', 'XDF_DEFINITION_INVALID']],
  ])('%s yields %j', (file, expected) => {
    const result = importXdf(corpus('xdf2', file));
    expect(codes(result)).toEqual(expected);
    expect(result.definition).toBeDefined();
    // The ids T1234 / F123 are not FIM ids: the lint finding is named and located.
    const invalid = result.report.issues.filter((issue) => issue.code === 'XDF_DEFINITION_INVALID');
    for (const issue of invalid) {
      expect(issue.params.lintCode).toBe('DEF_INVALID_ID');
      expect(issue.xml?.line).toBeGreaterThan(1);
    }
  });

  it('edge-label.xml: a label field keeps its content', () => {
    const field = importXdf(corpus('xdf2', 'edge-label.xml')).definition?.children[0] as FieldDefinition;
    expect(field).toMatchObject({ feldart: 'label', content: 'Hinweis Inhalt', key: 'hinweis' });
  });

  it('edge-select.xml: the code-list reference is kept', () => {
    const field = importXdf(corpus('xdf2', 'edge-select.xml')).definition?.children[0] as FieldDefinition;
    expect(field.feldart).toBe('select');
    expect(field.codeList).toEqual({ uri: 'urn:de:example', version: '1' });
  });

  it('edge-rule.xml: the script stub is not executable, the prose is kept', () => {
    const result = importXdf(corpus('xdf2', 'edge-rule.xml'));
    expect(result.definition?.rules?.[0]).toMatchObject({
      id: 'R60000037',
      version: '1.2',
      ruleKind: 'documentation',
      typ: 'K',
      freitext: 'Eine Definition',
      status: 6,
    });
  });
});

describe('importXdf: XDF 3 files', () => {
  it('simple.xml: a Datenfeldgruppe message, wrapped in a schema, with relation and rules', () => {
    const result = importXdf(corpus('xdf3', 'simple.xml'));
    expect(result.xdfVersion).toBe(3);
    expect(codes(result).sort()).toEqual(['XDF_RULE_NOT_EXECUTABLE', 'XDF_WRAPPED_IN_SCHEMA']);
    const definition = result.definition as FormDefinition;
    expect(definition.id).toBe('S60000000088');
    const group = definition.children[0] as GroupDefinition;
    expect(group).toMatchObject({
      id: 'G60000000088',
      version: '1.2.0',
      key: 'anschriftInland',
      status: 6,
      statusDate: '2021-03-05',
      publicationDate: '2021-03-03',
      author: 'FIM Baustein Datenfelder',
      bezug: 'Rechtsbezug',
      validFrom: '2021-03-01',
      validUntil: '2021-03-02',
      help: { de: 'Eingabehilfe' },
      relations: [{ praedikat: 'ERS', objekt: { id: 'G60000000088', version: '1.1.0' } }],
    });
    expect(group.rules?.[0]).toMatchObject({
      id: 'R60000000019',
      typ: 'V',
      ruleKind: 'documentation',
      foreignScript: 'some script content',
      description: 'Eine Regelbeschreibung',
      bezug: 'Eine Bezugsquelle',
      author: 'FIM Baustein Datenfelder',
    });
    const inner = group.children[0] as GroupDefinition;
    expect(inner.cardinality).toBe('0:1');
    const strasse = inner.children[0] as FieldDefinition;
    expect(strasse).toMatchObject({
      key: 'strasse',
      praezisierung: { minLength: 1, maxLength: 55 },
      statusDate: '2020-11-02',
      publicationDate: '2020-11-02',
    });
    // `keine` is what an absent vorbefuellung means (XDF 3 requires the element): not held twice.
    expect(strasse.vorbefuellung).toBeUndefined();
    // The same rule on the field is the same object: deduplicated by (id, version).
    expect(strasse.rules?.[0]).toBe(group.rules?.[0]);
  });

  it('input.xml: a select field without a code list becomes an input field, misplaced file limits are dropped', () => {
    const result = importXdf(corpus('xdf3', 'input.xml'));
    expect(codes(result).sort()).toEqual([
      'XDF_IGNORED_PROPERTY',
      'XDF_REPEATED_ELEMENT',
      'XDF_SELECT_WITHOUT_CODE_LIST',
      'XDF_WRAPPED_IN_SCHEMA',
    ]);
    // `inhalt` twice: the empty first one is an absent property, the second holds the content.
    const repeated = result.report.issues.find((i) => i.code === 'XDF_REPEATED_ELEMENT');
    expect(repeated).toMatchObject({
      severity: 'warning',
      params: {
        element: 'xdf:inhalt',
        parent: 'xdf:datenfeld',
        occurrence: 1,
        keptOccurrence: 2,
        kept: 'Some Content',
      },
      xml: { line: 57 },
      element: { id: 'F60000000243', version: '1.1.0' },
    });
    const group = (result.definition as FormDefinition).children[0] as GroupDefinition;
    const field = group.children[0] as FieldDefinition;
    expect(field).toMatchObject({
      feldart: 'input',
      content: 'Some Content',
      praezisierung: { pattern: 'abc' },
    });
    const located = result.report.issues.find((i) => i.code === 'XDF_SELECT_WITHOUT_CODE_LIST');
    expect(located?.xml).toMatchObject({ line: 31 });
    expect(located?.xml?.xpath).toContain('xdf:datenfeld[1]');
  });

  it('invalid-freigabestatus.xml: code 10 is reported and left out', () => {
    const result = importXdf(corpus('xdf3', 'invalid-freigabestatus.xml'));
    expect(codes(result)).toContain('XDF_INVALID_STATUS');
    expect(result.report.issues.find((i) => i.code === 'XDF_INVALID_STATUS')?.params.status).toBe('10');
    expect(result.definition?.children[0]?.status).toBeUndefined();
  });

  it('unknown-namespace.xml is rejected with its namespace', () => {
    const result = importXdf(corpus('xdf3', 'unknown-namespace.xml'));
    expect(codes(result)).toEqual(['XDF_UNKNOWN_NAMESPACE']);
    expect(result.definition).toBeUndefined();
    expect(result.report.valid).toBe(false);
  });
});

const XDF2 = 'urn:xoev-de:fim:standard:xdatenfelder_2';
const code = (list: string, value: string) => `<xdf:${list}><code>${value}</code></xdf:${list}>`;

function xdf2Field(id: string, name: string, extra = '', feldart = 'input', datentyp = 'text'): string {
  return `<xdf:datenfeld><xdf:identifikation><xdf:id>${id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
    <xdf:name>${name}</xdf:name><xdf:bezeichnungEingabe>${name}</xdf:bezeichnungEingabe>${code('status', 'aktiv')}
    ${code('feldart', feldart)}${code('datentyp', datentyp)}${extra}</xdf:datenfeld>`;
}

function xdf2Schema(body: string, rules = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF2}">
  <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID><xdf:erstellungszeitpunkt>2024-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
  <xdf:stammdatenschema>
    <xdf:identifikation><xdf:id>S99000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
    <xdf:name>Test</xdf:name>${code('status', 'inVorbereitung')}${rules}${body}
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;
}

const struktur = (anzahl: string, element: string) =>
  `<xdf:struktur><xdf:anzahl>${anzahl}</xdf:anzahl><xdf:enthaelt>${element}</xdf:enthaelt></xdf:struktur>`;

describe('importXdf: synthetic XDF 2 cases', () => {
  it('rejects XDF 1 with its own code', () => {
    const xml =
      '<x:xdatenfelder.stammdatenschema.0102001 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_1"/>';
    expect(codes(importXdf(xml))).toEqual(['XDF_XDF1_NOT_SUPPORTED']);
  });

  it('rejects messages it does not read', () => {
    const xml = `<xdf:xdatenfelder.codeliste.0105 xmlns:xdf="${XDF2}"/>`;
    const result = importXdf(xml);
    expect(codes(result)).toEqual(['XDF_UNSUPPORTED_MESSAGE']);
    expect(result.xdfVersion).toBe(2);
  });

  it('reports malformed XML with line and column', () => {
    const result = importXdf(`<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF2}">\n<a></b>`);
    expect(codes(result)).toEqual(['XDF_NOT_WELL_FORMED']);
    expect(result.report.issues[0]?.xml?.line).toBe(2);
  });

  it('refuses a DOCTYPE', () => {
    const result = importXdf(`<!DOCTYPE x [<!ENTITY a "b">]><x/>`);
    expect(codes(result)).toEqual(['XDF_NOT_WELL_FORMED']);
    expect(result.report.issues[0]?.params.xmlCode).toBe('XML_DOCTYPE');
  });

  it('reports a missing stammdatenschema', () => {
    const result = importXdf(`<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${XDF2}"/>`);
    expect(codes(result)).toEqual(['XDF_MISSING_ELEMENT']);
  });

  it('deduplicates repeated elements and reports conflicting ones', () => {
    const same = xdf2Field('F99000001', 'Name', '<xdf:praezisierung>{"maxLength":"10"}</xdf:praezisierung>');
    const other = xdf2Field('F99000001', 'Name', '<xdf:praezisierung>{"maxLength":"20"}</xdf:praezisierung>');
    const result = importXdf(
      xdf2Schema(struktur('1:1', same) + struktur('0:1', same) + struktur('0:*', other)),
    );
    expect(codes(result)).toEqual(['XDF_CONFLICTING_DUPLICATE']);
    const children = result.definition?.children as FieldDefinition[];
    expect(children.map((c) => c.key)).toEqual(['name', 'name2', 'name3']);
    expect(children.map((c) => c.cardinality)).toEqual(['1:1', '0:1', '0:*']);
    expect(children.map((c) => c.praezisierung?.maxLength)).toEqual([10, 10, 10]);
    expect(result.report.valid).toBe(true);
  });

  it('reports bad praezisierung, patterns and cardinalities without failing', () => {
    const fields = [
      xdf2Field('F99000001', 'A', '<xdf:praezisierung>{minLength: 1}</xdf:praezisierung>'),
      xdf2Field('F99000002', 'B', '<xdf:praezisierung>{"minLength":"x","pattern":"[a-"}</xdf:praezisierung>'),
      xdf2Field(
        'F99000003',
        'C',
        '<xdf:praezisierung>{"minValue":"abc","maxValue":"12"}</xdf:praezisierung>',
        'input',
        'num_int',
      ),
      xdf2Field(
        'F99000004',
        'D',
        '<xdf:praezisierung>{"minValue":"2020-28-09"}</xdf:praezisierung>',
        'input',
        'date',
      ),
    ];
    const result = importXdf(
      xdf2Schema(
        struktur('1:1', fields[0] as string) +
          struktur('x', fields[1] as string) +
          struktur('2:1', fields[2] as string) +
          struktur('0:0', fields[3] as string),
      ),
    );
    expect(codes(result).sort()).toEqual(
      [
        'XDF_PRAEZISIERUNG_SYNTAX',
        'XDF_INVALID_CARDINALITY',
        'XDF_INVALID_PRAEZISIERUNG',
        'XDF_INVALID_PATTERN',
        'XDF_INVALID_CARDINALITY',
        'XDF_INVALID_PRAEZISIERUNG',
        'XDF_INVALID_CARDINALITY',
        'XDF_INVALID_PRAEZISIERUNG',
      ].sort(),
    );
    const children = result.definition?.children as FieldDefinition[];
    expect(children[2]?.praezisierung).toEqual({ maxValue: 12 });
    expect(children.map((c) => c.cardinality)).toEqual(['1:1', '1:1', '1:1', '1:1']);
    expect(result.report.valid).toBe(true);
  });

  it('keeps code-list URNs as they are (umlauts, impossible dates) and reports a mismatching canonicalVersionUri', () => {
    const reference = (uri: string, version: string, versionUri: string) =>
      `<xdf:codelisteReferenz><xdf:identifikation><xdf:id>C1</xdf:id></xdf:identifikation><xdf:genericodeIdentification>
        <xdf:canonicalIdentification>${uri}</xdf:canonicalIdentification><xdf:version>${version}</xdf:version>
        <xdf:canonicalVersionUri>${versionUri}</xdf:canonicalVersionUri></xdf:genericodeIdentification></xdf:codelisteReferenz>`;
    const result = importXdf(
      xdf2Schema(
        struktur(
          '1:1',
          xdf2Field(
            'F99000001',
            'Art',
            reference(
              'urn:de:fim:codeliste:artbeschäftigung',
              '2020-28-09',
              'urn:de:fim:codeliste:artbeschäftigung_2020-28-09',
            ),
            'select',
          ),
        ) +
          struktur('1:1', xdf2Field('F99000002', 'Art2', reference('urn:a', '1', 'urn:a_2'), 'select')) +
          struktur('1:1', xdf2Field('F99000003', 'Frei', '', 'select')),
      ),
    );
    expect(codes(result)).toEqual(['XDF_CODE_LIST_URI_MISMATCH', 'XDF_SELECT_WITHOUT_CODE_LIST']);
    const children = result.definition?.children as FieldDefinition[];
    expect(children[0]?.codeList).toEqual({
      uri: 'urn:de:fim:codeliste:artbeschäftigung',
      version: '2020-28-09',
    });
    expect(children[1]?.codeList).toEqual({ uri: 'urn:a', version: '1' });
    expect(children[2]?.feldart).toBe('input');
  });

  it('turns a script in the antrag rule syntax into an executable rule', () => {
    const rule = (id: string, script: string) =>
      `<xdf:regel><xdf:identifikation><xdf:id>${id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
        <xdf:name>Regel ${id}</xdf:name><xdf:definition>Prosa</xdf:definition><xdf:script>${script}</xdf:script></xdf:regel>`;
    const body = struktur('1:1', xdf2Field('F99000001', 'Alter', '', 'input', 'num_int'));
    const result = importXdf(
      xdf2Schema(
        body,
        rule('R99000001', 'alter &gt;= 18') +
          rule('R99000002', 'unbekannt &gt; 1') +
          rule('R99000003', 'if (a) { b(); }'),
      ),
    );
    const rules = result.definition?.rules ?? [];
    expect(rules[0]).toMatchObject({ ruleKind: 'constraint', expression: 'alter >= 18', freitext: 'Prosa' });
    // Parses, but names no element of the form: kept as documentation.
    expect(rules[1]).toMatchObject({ ruleKind: 'documentation', foreignScript: 'unbekannt > 1' });
    expect(rules[1]?.expression).toBeUndefined();
    expect(rules[2]).toMatchObject({ ruleKind: 'documentation', foreignScript: 'if (a) { b(); }' });
    expect(codes(result)).toEqual(['XDF_RULE_NOT_EXECUTABLE', 'XDF_RULE_NOT_EXECUTABLE']);
    expect(result.report.valid).toBe(true);
    const form = compile(result.definition as FormDefinition);
    expect(form.validate({ alter: 17 }).issues.map((i) => i.code)).toEqual(['RULE_CONSTRAINT']);
    expect(form.validate({ alter: 18 }).valid).toBe(true);
  });

  it('reports elements without id and empty structures, and goes on', () => {
    const noId = '<xdf:datenfeld><xdf:name>X</xdf:name></xdf:datenfeld>';
    const result = importXdf(
      xdf2Schema(
        struktur('1:1', noId) +
          '<xdf:struktur><xdf:anzahl>1:1</xdf:anzahl></xdf:struktur>' +
          struktur('1:1', xdf2Field('F99000001', 'Y')),
      ),
    );
    expect(codes(result)).toEqual(['XDF_MISSING_ID', 'XDF_EMPTY_STRUCTURE']);
    expect(result.definition?.children.map((c) => c.key)).toEqual(['y']);
  });
});

describe('the issue catalogue', () => {
  it('has de and en for every code, all prefixed XDF_', () => {
    for (const [name, info] of Object.entries(XDF_CODES)) {
      expect(name).toMatch(/^XDF_[A-Z0-9_]+$/);
      expect(info.de.length).toBeGreaterThan(10);
      expect(info.en.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(info.severity);
    }
  });
});
