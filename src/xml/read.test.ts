import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { compile } from '../validate/compile.js';
import type { MessageHeader } from './message.js';
import { readMessage } from './read.js';
import { readReceipt, rejectionFor, writeReceipt } from './receipt.js';
import { writeMessage } from './write.js';

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Führerscheinstelle' },
};
const form = compile(fuehrerschein);
const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
const written = writeMessage(form, valid, HEADER, { referenceDate: '2026-03-02' });
if (!written.ok) throw new Error('the valid example must be writable');
const xml = written.xml;
const read = (text: string) => readMessage(form, text, { referenceDate: '2026-03-02' });
const codes = (text: string) =>
  read(text)
    .report.issues.filter((i) => i.severity === 'error')
    .map((i) => [i.code, i.path]);

describe('readMessage', () => {
  it('accepts the right namespace under any prefix, or as the default namespace', () => {
    const other = xml.replace(/(<\/?)m:/g, '$1antrag:').replace('xmlns:m=', 'xmlns:antrag=');
    expect(read(other).data).toEqual(valid);
    const unprefixedBody = xml.replace(/(<\/?)m:/g, '$1').replace('xmlns:m=', 'xmlns=');
    // With a default namespace the header children would be qualified too: reported, not dropped.
    expect(read(unprefixedBody).report.valid).toBe(false);
  });

  it('rejects the right prefix bound to a wrong namespace', () => {
    const wrong = xml.replace('xmlns:m="urn:antrag:fuehrerschein:1.0.0"', 'xmlns:m="urn:evil"');
    expect(codes(wrong)).toEqual([['XML_WRONG_ROOT', '']]);
  });

  it('reports unknown elements and attributes with XPath and line:column, never dropping them silently', () => {
    const extra = xml.replace(
      '<m:antragsdatum>',
      '<m:bemerkung>hallo</m:bemerkung>\n  <m:antragsdatum herkunft="x">',
    );
    const report = read(extra).report;
    const unknown = report.issues.find((i) => i.code === 'XML_UNKNOWN_ELEMENT');
    expect(unknown).toMatchObject({
      path: '/bemerkung',
      xml: { xpath: '/m:fahrerlaubnis.antrag.0101/m:bemerkung[1]', line: 13 },
    });
    expect(report.issues.find((i) => i.code === 'XML_UNKNOWN_ATTRIBUTE')).toMatchObject({
      params: { attribute: 'herkunft' },
    });
  });

  it('types values by the definition: text stays text, numbers and booleans are parsed', () => {
    const data = read(xml.replace('<m:hausnummer>241a</m:hausnummer>', '<m:hausnummer>0241</m:hausnummer>'))
      .data as typeof valid;
    expect(data.antragsteller.anschrift.hausnummer).toBe('0241');
    expect(data.erklaerungen.richtigkeit).toBe(true);
    const bad = xml.replace('<m:richtigkeit>true</m:richtigkeit>', '<m:richtigkeit>ja</m:richtigkeit>');
    expect(codes(bad)).toContainEqual(['XML_INVALID_VALUE', '/erklaerungen/richtigkeit']);
  });

  it('locates validation issues in the message', () => {
    const old = xml.replace(
      '<m:sehtestDatum>2026-01-20</m:sehtestDatum>',
      '<m:sehtestDatum>2020-01-20</m:sehtestDatum>',
    );
    const issue = read(old).report.issues.find((i) => i.code === 'FE_SEHTEST_ALT');
    expect(issue?.xml?.xpath).toBe('/m:fahrerlaubnis.antrag.0101/m:nachweise[1]/m:sehtestDatum[1]');
    expect(issue?.xml?.line).toBeGreaterThan(20);
  });

  it('reports order, duplicates and code-list mismatches', () => {
    const swapped = xml.replace(
      /(<m:antragsart>.*<\/m:antragsart>\n)(\s*<m:antragsdatum>.*<\/m:antragsdatum>\n)/,
      '$2$1',
    );
    expect(codes(swapped).map(([c]) => c)).toContain('XML_ELEMENT_ORDER');
    const twice = xml.replace(/(\s*<m:antragsdatum>.*<\/m:antragsdatum>)/, '$1$1');
    expect(codes(twice)).toContainEqual(['XML_DUPLICATE_ELEMENT', '/antragsdatum']);
    const list = xml.replace('listVersionID="1"', 'listVersionID="2"');
    expect(codes(list)).toContainEqual(['XML_CODE_LIST', '/antragsteller/geschlecht']);
  });

  it('rejects __proto__ and constructor elements as unknown, without pollution', () => {
    const hostile = xml.replace(
      '<m:antragsdatum>',
      '<m:__proto__><m:polluted>1</m:polluted></m:__proto__><m:constructor/>\n<m:antragsdatum>',
    );
    expect(codes(hostile)).toEqual([
      ['XML_UNKNOWN_ELEMENT', '/__proto__'],
      ['XML_UNKNOWN_ELEMENT', '/constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads bytes as well as strings', () => {
    expect(readMessage(form, new TextEncoder().encode(xml), { referenceDate: '2026-03-02' }).data).toEqual(
      valid,
    );
  });
});

describe('receipts', () => {
  const receiptHeader: MessageHeader = {
    ...HEADER,
    nachrichtenUUID: '7a1c9a4e-2b3d-4c5e-8f70-123456789abd',
    autor: HEADER.leser,
    leser: HEADER.autor,
  };

  it('an acknowledgement names the message it answers', () => {
    const text = writeReceipt({ kind: 'quittung', header: receiptHeader, answers: HEADER.nachrichtenUUID });
    const back = readReceipt(text);
    expect(back.report.valid).toBe(true);
    expect(back.receipt).toMatchObject({ kind: 'quittung', answers: HEADER.nachrichtenUUID });
  });

  it('a rejection carries the reason code and the issues of the report', () => {
    const broken = read(
      xml.replace(
        '<m:sehtestDatum>2026-01-20</m:sehtestDatum>',
        '<m:sehtestDatum>2020-01-20</m:sehtestDatum>',
      ),
    );
    const receipt = rejectionFor(broken.report, receiptHeader, HEADER.nachrichtenUUID);
    expect(receipt.reason).toBe('S020');
    const back = readReceipt(writeReceipt(receipt));
    expect(back.receipt).toMatchObject({
      kind: 'rueckweisung',
      reason: 'S020',
      answers: HEADER.nachrichtenUUID,
      issues: [{ code: 'FE_SEHTEST_ALT', path: '/nachweise/sehtestDatum' }],
    });
    const unreadable = rejectionFor(read('<r>').report, receiptHeader, HEADER.nachrichtenUUID);
    expect(unreadable.reason).toBe('S999');
  });
});
