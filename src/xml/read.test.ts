import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { defineForm, field, group } from '../model/builders.js';
import { compile } from '../validate/compile.js';
import { completeHeader } from './header.js';
import type { MessageHeader } from './message.js';
import { readMessage } from './read.js';
import { writeMessage } from './write.js';

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Führerscheinstelle' },
};
const REF = { referenceDate: '2026-03-02' };
const form = compile(fuehrerschein);
const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
const written = writeMessage(form, valid, HEADER, REF);
if (!written.ok) throw new Error('the valid example must be writable');
const xml = written.xml;
const read = (text: string | Uint8Array) => readMessage(form, text, REF);
const errors = (text: string) =>
  read(text)
    .report.issues.filter((i) => i.severity === 'error')
    .map((i) => [i.code, i.path]);

describe('readMessage: namespaces', () => {
  it('reads what the writer wrote, header included', () => {
    const result = read(xml);
    expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.data).toEqual(valid);
    expect(result.header).toEqual(
      completeHeader({ ...HEADER, produkt: 'antrag', produkthersteller: 'antrag' }),
    );
  });

  it('accepts the form namespace under any prefix, or as the default namespace with an unqualified header', () => {
    const other = xml.replace(/(<\/?)m:/g, '$1antrag:').replace('xmlns:m=', 'xmlns:antrag=');
    expect(read(other).data).toEqual(valid);
    const defaulted = xml
      .replace(/(<\/?)m:/g, '$1')
      .replace('xmlns:m=', 'xmlns=')
      .replace(/<(identifikation\.nachricht|leser|autor|code|name)>/g, '<$1 xmlns="">');
    expect(errors(defaulted)).toEqual([]);
    expect(read(defaulted).data).toEqual(valid);
  });

  it('rejects the right prefix bound to a wrong namespace', () => {
    const wrong = xml.replace(
      `xmlns:m="urn:antrag:fuehrerschein:${fuehrerschein.version}"`,
      'xmlns:m="urn:evil"',
    );
    const result = read(wrong);
    expect(errors(wrong)).toEqual([['XML_WRONG_ROOT', '']]);
    expect(result.data).toBeUndefined();
  });

  it('reports body elements in another namespace as unknown, even with the same local name', () => {
    const foreign = xml.replace(
      '<m:antragsdatum>2026-03-02</m:antragsdatum>',
      '<x:antragsdatum xmlns:x="urn:x">2026-03-02</x:antragsdatum>',
    );
    expect(errors(foreign)).toEqual([
      ['REQUIRED', '/antragsdatum'],
      ['XML_UNKNOWN_ELEMENT', '/antragsdatum'],
    ]);
  });
});

describe('readMessage: structure', () => {
  it('reports unknown elements and attributes with XPath and line:column, never dropping them silently', () => {
    const extra = xml.replace(
      '<m:antragsdatum>',
      '<m:bemerkung>hallo</m:bemerkung>\n  <m:antragsdatum herkunft="x">',
    );
    const report = read(extra).report;
    expect(report.issues.find((i) => i.code === 'XML_UNKNOWN_ELEMENT')).toMatchObject({
      path: '/bemerkung',
      xml: { xpath: '/m:fahrerlaubnis.antrag.0101/m:bemerkung[1]', line: 13, column: 3 },
    });
    expect(report.issues.find((i) => i.code === 'XML_UNKNOWN_ATTRIBUTE')).toMatchObject({
      path: '/antragsdatum',
      params: { attribute: 'herkunft' },
      xml: { line: 14 },
    });
  });

  it('reports order, duplicates, stray text and child elements in values', () => {
    const swapped = xml.replace(/(\n\s*<m:antragsart[^\n]*)(\n\s*<m:antragsdatum>[^\n]*)/, '$2$1');
    expect(swapped).not.toBe(xml);
    expect(errors(swapped)).toEqual([['XML_ELEMENT_ORDER', '/antragsart']]);
    const twice = xml.replace(/(\n\s*<m:antragsdatum>[^\n]*)/, '$1$1');
    expect(errors(twice)).toEqual([['XML_DUPLICATE_ELEMENT', '/antragsdatum']]);
    const text = xml.replace('<m:antragsteller>', '<m:antragsteller>Text');
    expect(errors(text)).toEqual([['XML_UNEXPECTED_TEXT', '/antragsteller']]);
    const child = xml.replace('<m:antragsdatum>2026-03-02', '<m:antragsdatum>2026-03-02<m:x/>');
    expect(errors(child)).toEqual([['XML_UNEXPECTED_CHILD', '/antragsdatum']]);
  });

  it('reports missing and wrong root attributes and a missing header', () => {
    expect(errors(xml.replace(' produkt="antrag"', ''))).toEqual([['XML_MISSING_ATTRIBUTE', '']]);
    expect(errors(xml.replace(`version="${fuehrerschein.version}"`, 'version="0.9.0"'))).toEqual([
      ['XML_WRONG_VERSION', ''],
    ]);
    const headless = xml.replace(/<m:nachrichtenkopf\.g2g>[\s\S]*<\/m:nachrichtenkopf\.g2g>\n/, '');
    const result = read(headless);
    expect(errors(headless)).toEqual([['XML_MISSING_ELEMENT', '']]);
    expect(result.header).toBeUndefined();
    expect(result.data).toEqual(valid);
  });

  it('checks the header strictly: values, message type, order, unknown parts', () => {
    expect(errors(xml.replace('6f1c9a4e-2b3d-4c5e-8f70-123456789abc', 'nope'))).toEqual([['XML_HEADER', '']]);
    expect(errors(xml.replace('2026-03-02T10:15:00+01:00', '2026-03-02T10:15:00'))).toEqual([
      ['XML_HEADER', ''],
    ]);
    expect(errors(xml.replace('<code>0101</code>', '<code>0102</code>'))).toEqual([['XML_HEADER', '']]);
    expect(
      errors(
        xml.replace(
          `codeliste:nachrichtentyp" listVersionID="${fuehrerschein.version}"`,
          'codeliste:nachrichtentyp" listVersionID="2"',
        ),
      ),
    ).toEqual([['XML_CODE_LIST', '']]);
    expect(
      errors(xml.replace('</autor>', '</autor><zustaendigeBehoerdeID>x</zustaendigeBehoerdeID>')),
    ).toEqual([['XML_UNKNOWN_ELEMENT', '']]);
    const leserLast = xml.replace(/(\n\s*<leser>[^\n]*)(\n\s*<autor>[^\n]*)/, '$2$1');
    expect(errors(leserLast)).toEqual([['XML_ELEMENT_ORDER', '']]);
    expect(read(leserLast).header).toBeUndefined();
    expect(errors(xml.replace(/<leser>.*<\/leser>/, ''))).toEqual([['XML_MISSING_ELEMENT', '']]);
  });

  it('reads code values strictly: list identity, <code> required, <name> optional', () => {
    const list = xml.replace('listVersionID="1"><code>w', 'listVersionID="2"><code>w');
    expect(errors(list)).toEqual([['XML_CODE_LIST', '/antragsteller/geschlecht']]);
    const noList = xml.replace(' listURI="urn:xoev-de:xinneres:codeliste:geschlecht" listVersionID="1"', '');
    expect(errors(noList)).toEqual([
      ['XML_MISSING_ATTRIBUTE', '/antragsteller/geschlecht'],
      ['XML_MISSING_ATTRIBUTE', '/antragsteller/geschlecht'],
    ]);
    const noCode = xml.replace(/<code>w<\/code>/, '');
    expect(errors(noCode)).toEqual([
      ['CODE_NOT_IN_LIST', '/antragsteller/geschlecht'],
      ['XML_MISSING_ELEMENT', '/antragsteller/geschlecht'],
    ]);
    const unnamed = xml.replace(/<name>Klasse B[^<]*<\/name>/, '');
    expect(read(unnamed).data).toEqual(valid);
  });
});

describe('readMessage: values', () => {
  it('types values by the definition: text stays text, numbers and booleans are parsed', () => {
    const data = read(xml.replace('<m:hausnummer>241a</m:hausnummer>', '<m:hausnummer>0241</m:hausnummer>'))
      .data as typeof valid;
    expect(data.antragsteller.anschrift.hausnummer).toBe('0241');
    expect(data.erklaerungen.richtigkeit).toBe(true);
  });

  it('reports a value that is not of its type, beside what the same value gets in JSON', () => {
    const bad = xml.replace('<m:richtigkeit>true</m:richtigkeit>', '<m:richtigkeit>ja</m:richtigkeit>');
    expect(errors(bad)).toEqual([
      ['WRONG_TYPE', '/erklaerungen/richtigkeit'],
      ['XML_INVALID_VALUE', '/erklaerungen/richtigkeit'],
    ]);
    expect((read(bad).data as typeof valid).erklaerungen.richtigkeit).toBe('ja');
  });

  it('accepts the white space XSD collapses around typed values, but keeps text exactly', () => {
    const spaced = xml
      .replace('<m:richtigkeit>true</m:richtigkeit>', '<m:richtigkeit>\n  true </m:richtigkeit>')
      .replace(
        '<m:antragsdatum>2026-03-02</m:antragsdatum>',
        '<m:antragsdatum> 2026-03-02\n</m:antragsdatum>',
      );
    expect(read(spaced).data).toEqual(valid);
    const text = read(xml.replace('<m:wohnort>Köln</m:wohnort>', '<m:wohnort> Köln </m:wohnort>'))
      .data as typeof valid;
    expect(text.antragsteller.anschrift.wohnort).toBe(' Köln ');
  });

  it('reports file elements without their attributes', () => {
    const bad = xml.replace(' dateiname="lichtbild.jpg"', '');
    expect(errors(bad)).toEqual([
      ['FILE_INVALID', '/nachweise/lichtbild'],
      ['XML_MISSING_ATTRIBUTE', '/nachweise/lichtbild'],
    ]);
  });

  it('reads base64 content written with line breaks', () => {
    const wrapped = xml.replace(
      '/9j/4AAQSkZJRgABAQAAAQABAAD/2Q==',
      '/9j/4AAQSkZJ\nRgABAQAAAQAB\r\nAAD/2Q==\n',
    );
    expect(read(wrapped).data).toEqual(valid);
  });

  it('locates validation issues in the message', () => {
    const old = xml.replace(
      '<m:sehtestDatum>2026-01-20</m:sehtestDatum>',
      '<m:sehtestDatum>2020-01-20</m:sehtestDatum>',
    );
    const issue = read(old).report.issues.find((i) => i.code === 'FE_SEHTEST_ALT');
    expect(issue?.xml).toMatchObject({
      xpath: '/m:fahrerlaubnis.antrag.0101/m:nachweise[1]/m:sehtestDatum[1]',
      column: 5,
    });
    const second = xml.replace('<code>AM</code>', '<code>XX</code>');
    expect(read(second).report.issues.find((i) => i.code === 'CODE_NOT_IN_LIST')).toMatchObject({
      path: '/beantragteKlassen/1',
      xml: { xpath: '/m:fahrerlaubnis.antrag.0101/m:beantragteKlassen[2]' },
    });
  });

  it('rejects __proto__ and constructor elements as unknown, without pollution', () => {
    const hostile = xml.replace(
      '<m:antragsdatum>',
      '<m:__proto__><m:polluted>1</m:polluted></m:__proto__><m:constructor/>\n<m:antragsdatum>',
    );
    expect(errors(hostile)).toEqual([
      ['UNKNOWN_KEY', '/__proto__'],
      ['XML_UNKNOWN_ELEMENT', '/__proto__'],
      ['UNKNOWN_KEY', '/constructor'],
      ['XML_UNKNOWN_ELEMENT', '/constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read(hostile).data)).toBe(Object.prototype);
  });
});

describe('readMessage: input', () => {
  it('reads bytes as well as strings', () => {
    expect(read(new TextEncoder().encode(xml)).data).toEqual(valid);
  });

  it('gives a parse error as the only issue, without data', () => {
    const result = read(xml.replace('</m:antragsdatum>', '</m:antragsdatumm>'));
    expect(result.data).toBeUndefined();
    expect(result.report.issues).toMatchObject([
      { code: 'XML_MISMATCHED_TAG', xml: { line: 13, column: 29 } },
    ]);
  });

  it('passes limits to the parser', () => {
    expect(readMessage(form, xml, { ...REF, limits: { maxDepth: 3 } }).report.issues[0]?.code).toBe(
      'XML_LIMIT_DEPTH',
    );
  });

  it('takes a definition as well as a compiled form', () => {
    expect(readMessage(fuehrerschein, xml, REF).data).toEqual(valid);
  });

  it('understands both namings in one reader', () => {
    const base = { version: '1.0', label: { de: 'x' } } as const;
    const small = defineForm({
      id: 'S99000000800',
      version: '1.0',
      name: 'Klein',
      key: 'klein',
      children: [
        group({
          ...base,
          id: 'G99000000801',
          name: 'g',
          key: 'gruppe',
          children: [field.text({ ...base, id: 'F99000000802', name: 'f', key: 'feld' })],
        }),
      ],
    });
    const data = { gruppe: { feld: '007' } };
    for (const naming of [{}, { naming: 'fim-id' }, { naming: 'fim-id', versionSuffix: true }] as const) {
      const message = writeMessage(small, data, HEADER, naming);
      if (!message.ok) throw new Error('invalid');
      expect(readMessage(small, message.xml).data).toEqual(data);
    }
  });
});

describe('readMessage: at most maxIssues issues (issue 19, point 1)', () => {
  const END = '</m:fahrerlaubnis.antrag.0101>';
  const LAST_CLASS = '</m:beantragteKlassen>';
  /** The message with `classes` after its classes (in schema order) and `extra` at the end. */
  const withBody = (extra: string, classes = '') => {
    const at = xml.lastIndexOf(LAST_CLASS) + LAST_CLASS.length;
    if (at < LAST_CLASS.length) throw new Error('the example message has no classes');
    return `${xml.slice(0, at)}${classes}${xml.slice(at)}`.replace(END, `${extra}${END}`);
  };
  const klasse = (code: string) => `<m:beantragteKlassen><code>${code}</code></m:beantragteKlassen>`;
  /** Issues of the plain message (warnings for code lists that are not loaded), counted apart. */
  const plainIssues = read(xml).report.issues.length;

  it('reports 1,000 issues of 5,000 unknown elements, where they are, and one summary with the rest', () => {
    // Each unknown element gets XML_UNKNOWN_ELEMENT and UNKNOWN_KEY: the first 500 are kept.
    const result = read(withBody('<m:x/>'.repeat(5000)));
    const issues = result.report.issues;
    expect(issues).toHaveLength(1001);
    expect(issues.slice(0, 500).every((issue) => issue.code === 'UNKNOWN_KEY')).toBe(true);
    expect(issues.slice(500, 1000).every((issue) => issue.code === 'XML_UNKNOWN_ELEMENT')).toBe(true);
    expect(issues[999]?.xml?.xpath).toBe('/m:fahrerlaubnis.antrag.0101/m:x[500]');
    expect(issues[1000]).toMatchObject({
      code: 'LIMIT_ISSUES',
      params: { limit: 1000, omitted: 9000 + plainIssues },
    });
    expect(result.report.valid).toBe(false);
    expect(result.data).toEqual(valid);
  });

  it('shares the limit between reading and validation, reading first', () => {
    const limited = compile(fuehrerschein, { limits: { maxIssues: 100 } });
    const message = withBody('<m:x/>'.repeat(30), klasse('ZZ').repeat(60));
    const result = readMessage(limited, message, REF);
    const unlimited = readMessage(compile(fuehrerschein, { limits: { maxIssues: 1e6 } }), message, REF);
    const issues = result.report.issues;
    expect(issues).toHaveLength(101);
    // The reader's 60 findings (30 unknown elements, each with UNKNOWN_KEY beside it) are kept,
    // then 40 validation issues (the classes not in the list among them), each located; the report
    // is in document order, so the unknown keys come last.
    const reading = issues.filter((issue) => issue.path === '/x');
    expect(reading).toHaveLength(60);
    const validation = issues.slice(0, 100).filter((issue) => issue.path !== '/x');
    expect(validation).toHaveLength(40);
    expect(validation.some((issue) => issue.code === 'CODE_NOT_IN_LIST')).toBe(true);
    expect(validation.every((issue) => issue.xml !== undefined)).toBe(true);
    // Omitted: every other issue the message has without a limit.
    expect(unlimited.report.issues.length).toBeGreaterThan(120 + plainIssues);
    expect(issues[100]).toMatchObject({
      code: 'LIMIT_ISSUES',
      params: { omitted: unlimited.report.issues.length - 100 },
    });
    // The kept ones are the first found, each as the unlimited report has it.
    const all = new Set(unlimited.report.issues.map((issue) => JSON.stringify(issue)));
    expect(issues.slice(0, 100).filter((issue) => !all.has(JSON.stringify(issue)))).toEqual([]);
    expect(result.data?.beantragteKlassen).toHaveLength(62);
  });

  it('locates issues far down a long list of siblings', () => {
    const limited = compile(fuehrerschein, { limits: { maxIssues: 5 } });
    const result = readMessage(limited, withBody('<m:x/>'.repeat(10), klasse('B').repeat(5000)), REF);
    // The first five found: x[1] and x[2] with their UNKNOWN_KEY, x[3]; sorted by code at one path.
    expect(result.report.issues.slice(0, 5).map((issue) => issue.xml?.xpath)).toEqual(
      [1, 2, 1, 2, 3].map((n) => `/m:fahrerlaubnis.antrag.0101/m:x[${n}]`),
    );
  });

  it('reads 200,000 unknown elements into a bounded report', () => {
    const result = read(withBody('<m:x/>'.repeat(200_000)));
    expect(result.report.issues).toHaveLength(1001);
    expect(result.report.issues[1000]?.params).toMatchObject({ omitted: 399_000 + plainIssues });
  });
});

describe('readMessage: white space in typed values (issue 19, point 2)', () => {
  it('reads a date with a million inner spaces and a photo with a space after every character', () => {
    const spaces = ' '.repeat(1_000_000);
    const message = xml
      .replace('<m:antragsdatum>2026-03-02<', `<m:antragsdatum>${spaces}2026${spaces}-03-02${spaces}<`)
      .replace(
        /(<m:lichtbild[^>]*>)([^<]*)</,
        (_, open: string, content: string) => `${open}${[...content].join(' \n')}<`,
      );
    const result = read(message);
    const data = result.data as { antragsdatum: string; nachweise: { lichtbild: { content: string } } };
    expect(data.antragsdatum).toBe(`2026${spaces}-03-02`);
    expect(data.nachweise.lichtbild.content).toBe(valid.nachweise.lichtbild.content);
    expect(result.report.issues.map((issue) => issue.path)).toContain('/antragsdatum');
  });
});
