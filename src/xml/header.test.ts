/**
 * The XÖV header (`nachrichtenkopf.g2g`) as published messages of XÖV standards carry it. The
 * shapes below follow facts from published XÖV schemas and example messages (XWasser 0.9/1.0,
 * XPersonenstand 25.11, XBeteiligung, XBau), written here with our own values:
 * - `leser` and `autor` (type `Behoerde`): `verzeichnisdienst` (a code of
 *   `urn:xoev-de:kosit:codeliste:verzeichnisdienst`, `listVersionID` required, e.g. `3`, code
 *   `DVDV`; `listURI` fixed, so messages may leave it out), `kennung` (e.g. `psw:11007007`),
 *   `name`, then any number of `erreichbarkeit` (`kanal`: a code of
 *   `urn:de:xoev:codeliste:erreichbarkeit`, versions 1 to 3 in use, `01` E-Mail … `09` Web;
 *   `kennung`; optional `zusatz`). The codes of these two lists have `code` only, no `name`.
 * - after `autor`: optional `referenzUUID`, optional `dvdvDienstkennung` (the targetNamespace of
 *   the DVDV service's WSDL).
 * - the root carries `produktversion` besides `produkt` and `produkthersteller`.
 * XSD checks use libxml2 (libxml2-wasm) as the independent oracle.
 */
import { readFileSync } from 'node:fs';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { compile } from '../validate/compile.js';
import { completeHeader } from './header.js';
import { type MessageHeader, messageShape } from './message.js';
import { readMessage } from './read.js';
import { generateReceiptXsd, readReceipt, writeReceipt } from './receipt.js';
import { writeMessage } from './write.js';
import { generateXsd } from './xsd.js';

const REF = { referenceDate: '2026-03-02' };
const form = compile(fuehrerschein);
const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
const shape = messageShape(fuehrerschein);
const ROOT = `/m:${shape.rootElement}`;
const HEAD = `${ROOT}/m:nachrichtenkopf.g2g[1]`;

const MINIMAL: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Führerscheinstelle' },
};
/** Every optional part of the header. */
const FULL: MessageHeader = {
  nachrichtenUUID: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  erstellungszeitpunkt: '2026-03-02T10:15:00.250+01:00',
  leser: {
    verzeichnisdienst: { code: 'DVDV', listVersionID: '3' },
    kennung: 'psw:05315000',
    name: 'Stadt Köln',
  },
  autor: {
    verzeichnisdienst: { code: 'DVDV', listVersionID: '2' },
    kennung: 'sap:000000042',
    name: 'Portal <Land> & Co',
    erreichbarkeit: [
      { kanal: { code: '01', listVersionID: '3' }, kennung: 'poststelle@portal.example' },
      { kanal: { code: '02', listVersionID: '3' }, kennung: '+49 221 0000', zusatz: 'Mo–Fr 8–16 Uhr' },
      { kanal: { code: '09', listVersionID: '1' }, kennung: '' },
    ],
  },
  referenzUUID: '0b9d6b7e-8a41-4f0e-9c3f-6e2d1a5b4c3d',
  dvdvDienstkennung: 'http://www.osci.de/xmeld/beispiel',
  produkt: 'Testportal',
  produkthersteller: 'Land Beispiel',
  produktversion: '2.1.0-patch3',
  test: true,
};

function write(header: MessageHeader): string {
  const written = writeMessage(form, valid, header, REF);
  if (!written.ok) throw new Error(JSON.stringify(written.report.issues));
  return written.xml;
}
const xml = write(MINIMAL);
const read = (text: string) => readMessage(form, text, REF);
const errors = (text: string) =>
  read(text)
    .report.issues.filter((i) => i.severity === 'error')
    .map((i) => [i.code, i.xml?.xpath]);

/** The message with its header element replaced. */
function withHeader(inner: string): string {
  const replaced = xml.replace(
    /<m:nachrichtenkopf\.g2g>[\s\S]*<\/m:nachrichtenkopf\.g2g>/,
    `<m:nachrichtenkopf.g2g>${inner}</m:nachrichtenkopf.g2g>`,
  );
  expect(replaced).not.toBe(xml);
  return replaced;
}
const identification = (created = '2026-03-02T10:15:00+01:00', uuid = MINIMAL.nachrichtenUUID) => `
    <identifikation.nachricht>
      <nachrichtenUUID>${uuid}</nachrichtenUUID>
      <nachrichtentyp listURI="${shape.messageTypeList.uri}" listVersionID="${shape.messageTypeList.version}">
        <code>${shape.messageType}</code>
      </nachrichtentyp>
      <erstellungszeitpunkt>${created}</erstellungszeitpunkt>
    </identifikation.nachricht>`;

/** Validates documents against an XSD with libxml2; returns the messages of the failures. */
function xsdErrors(xsd: string, documents: readonly string[]): string[] {
  const schema = XmlDocument.fromString(xsd);
  const validator = XsdValidator.fromDoc(schema);
  const failures: string[] = [];
  try {
    for (const text of documents) {
      const doc = XmlDocument.fromString(text);
      try {
        validator.validate(doc);
      } catch (error) {
        const details = (error as { details?: { message: string }[] }).details;
        failures.push(details ? details.map((d) => d.message.trim()).join('; ') : String(error));
      } finally {
        doc.dispose();
      }
    }
  } finally {
    validator.dispose();
    schema.dispose();
  }
  return failures;
}

describe('XÖV header: published shapes', () => {
  // Fails on the code before issue 11.9: verzeichnisdienst, erreichbarkeit and dvdvDienstkennung
  // were unknown elements there, so none of these messages could be read.
  it('reads a header as XPersonenstand writes it: DVDV directory, autor reachable by phone', () => {
    const message = withHeader(`${identification('2024-11-01T10:00:00.000+02:00')}
    <leser>
      <verzeichnisdienst listURI="urn:xoev-de:kosit:codeliste:verzeichnisdienst" listVersionID="3">
        <code>DVDV</code>
      </verzeichnisdienst>
      <kennung>psw:11007007</kennung>
      <name>Standesamt Beispielstadt</name>
    </leser>
    <autor>
      <verzeichnisdienst listURI="urn:xoev-de:kosit:codeliste:verzeichnisdienst" listVersionID="3">
        <code>DVDV</code>
      </verzeichnisdienst>
      <kennung>sap:000000013</kennung>
      <name>Standesamtportal</name>
      <erreichbarkeit>
        <kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="1">
          <code>03</code>
        </kanal>
        <kennung>+49 30 0000</kennung>
      </erreichbarkeit>
    </autor>
  `);
    const result = read(message);
    expect(errors(message)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.header).toEqual({
      nachrichtenUUID: MINIMAL.nachrichtenUUID,
      erstellungszeitpunkt: '2024-11-01T10:00:00.000+02:00',
      leser: {
        verzeichnisdienst: { code: 'DVDV', listVersionID: '3' },
        kennung: 'psw:11007007',
        name: 'Standesamt Beispielstadt',
      },
      autor: {
        verzeichnisdienst: { code: 'DVDV', listVersionID: '3' },
        kennung: 'sap:000000013',
        name: 'Standesamtportal',
        erreichbarkeit: [{ kanal: { code: '03', listVersionID: '1' }, kennung: '+49 30 0000' }],
      },
      produkt: 'antrag',
      produkthersteller: 'antrag',
    });
  });

  it('reads a header as XWasser writes it: listURI left out, referenzUUID and dvdvDienstkennung', () => {
    const message = withHeader(`${identification('2024-05-28T09:00:00Z')}
    <leser>
      <verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst>
      <kennung>psw:11113110</kennung>
      <name>Gesundheitsamt</name>
    </leser>
    <autor>
      <verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst>
      <kennung>psw:01003110</kennung>
      <name>Untersuchungsstelle</name>
    </autor>
    <referenzUUID>238b7cc7-6d64-4db8-9c69-779bb65d60b1</referenzUUID>
    <dvdvDienstkennung>https://example.org/xwasser/dienst</dvdvDienstkennung>
  `).replace(' produkthersteller="antrag"', ' produkthersteller="H &amp; D" produktversion="0.800.0"');
    const header = read(message).header;
    expect(errors(message)).toEqual([]);
    expect(header).toMatchObject({
      leser: { verzeichnisdienst: { code: 'DVDV', listVersionID: '3' }, kennung: 'psw:11113110' },
      referenzUUID: '238b7cc7-6d64-4db8-9c69-779bb65d60b1',
      dvdvDienstkennung: 'https://example.org/xwasser/dienst',
      produkthersteller: 'H & D',
      produktversion: '0.800.0',
    });
  });

  it('reads several erreichbarkeit entries in order, with zusatz and an empty kennung (XBeteiligung)', () => {
    const reach = (code: string, kennung: string, zusatz?: string) =>
      `<erreichbarkeit><kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="3"><code>${code}</code></kanal><kennung>${kennung}</kennung>${zusatz === undefined ? '' : `<zusatz>${zusatz}</zusatz>`}</erreichbarkeit>`;
    const message = withHeader(`${identification()}
    <leser><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>psw:02000000</kennung><name>Bezirksamt</name>${reach('01', 'info@bezirk.example')}</leser>
    <autor><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>psw:00000001</kennung><name>Beteiligungsportal</name>${reach('09', 'https://beteiligung.example', 'Portal')}${reach('07', '')}</autor>
  `);
    expect(errors(message)).toEqual([]);
    expect(read(message).header?.autor.erreichbarkeit).toEqual([
      { kanal: { code: '09', listVersionID: '3' }, kennung: 'https://beteiligung.example', zusatz: 'Portal' },
      { kanal: { code: '07', listVersionID: '3' }, kennung: '' },
    ]);
    expect(read(message).header?.leser.erreichbarkeit).toEqual([
      { kanal: { code: '01', listVersionID: '3' }, kennung: 'info@bezirk.example' },
    ]);
  });
});

describe('XÖV header: writing', () => {
  it('write → read gives the header back: every optional part, and a minimal one with its defaults', () => {
    const full = read(write(FULL));
    expect(full.valid).toBe(true);
    expect(full.header).toEqual(FULL);
    expect(read(xml).header).toEqual({
      ...MINIMAL,
      leser: { ...MINIMAL.leser, verzeichnisdienst: { code: 'DVDV', listVersionID: '3' } },
      autor: { ...MINIMAL.autor, verzeichnisdienst: { code: 'DVDV', listVersionID: '3' } },
      produkt: 'antrag',
      produkthersteller: 'antrag',
    });
    // A code without a list version gets the one of HEADER_CODE_LISTS.
    const unversioned = read(
      write({
        ...MINIMAL,
        leser: { ...MINIMAL.leser, erreichbarkeit: [{ kanal: { code: '01' }, kennung: 'a@b' }] },
      }),
    );
    expect(unversioned.header?.leser.erreichbarkeit).toEqual([
      { kanal: { code: '01', listVersionID: '3' }, kennung: 'a@b' },
    ]);
  });

  it('writes the parts in the XÖV order, codes with their fixed list, produktversion on the root', () => {
    const text = write(FULL);
    const head = text.slice(
      text.indexOf('<m:nachrichtenkopf.g2g>'),
      text.indexOf('</m:nachrichtenkopf.g2g>'),
    );
    const order = [
      ...head.matchAll(/<(identifikation\.nachricht|leser|autor|referenzUUID|dvdvDienstkennung)>/g),
    ];
    expect(order.map((m) => m[1])).toEqual([
      'identifikation.nachricht',
      'leser',
      'autor',
      'referenzUUID',
      'dvdvDienstkennung',
    ]);
    const autor = head.slice(head.indexOf('<autor>'), head.indexOf('</autor>'));
    expect(autor).toMatch(
      /^<autor><verzeichnisdienst listURI="urn:xoev-de:kosit:codeliste:verzeichnisdienst" listVersionID="2"><code>DVDV<\/code><\/verzeichnisdienst><kennung>sap:000000042<\/kennung><name>Portal &lt;Land&gt; &amp; Co<\/name><erreichbarkeit><kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="3"><code>01<\/code><\/kanal><kennung>/,
    );
    expect(text).toMatch(/^<m:fahrerlaubnis\.antrag\.0101 [^>]* produktversion="2\.1\.0-patch3" /m);
  });

  it('refuses a header no message can carry, with the field concerned; never throws', () => {
    const fields = (header: unknown) => {
      const written = writeMessage(form, valid, header as MessageHeader, REF);
      return written.ok
        ? []
        : written.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.params?.field]);
    };
    const leser = (extra: object) => ({ ...MINIMAL, leser: { ...MINIMAL.leser, ...extra } });
    expect(fields(leser({ erreichbarkeit: [] }))).toEqual([['XML_HEADER', 'leser/erreichbarkeit']]);
    expect(fields(leser({ verzeichnisdienst: { code: ' DVDV' } }))).toEqual([
      ['XML_HEADER', 'leser/verzeichnisdienst/code'],
    ]);
    expect(fields(leser({ verzeichnisdienst: { code: '' } }))).toEqual([
      ['XML_HEADER', 'leser/verzeichnisdienst/code'],
    ]);
    expect(fields(leser({ verzeichnisdienst: 'DVDV' }))).toEqual([['XML_HEADER', 'leser/verzeichnisdienst']]);
    expect(fields(leser({ verzeichnisdienst: { code: 'DVDV', listVersionID: '3\n' } }))).toEqual([
      ['XML_HEADER', 'leser/verzeichnisdienst/listVersionID'],
    ]);
    expect(fields(leser({ erreichbarkeit: [{ kanal: { code: '01' } }] }))).toEqual([
      ['XML_HEADER', 'leser/erreichbarkeit/0/kennung'],
    ]);
    expect(fields(leser({ erreichbarkeit: [{ kennung: 'x' }, 7] }))).toEqual([
      ['XML_HEADER', 'leser/erreichbarkeit/0/kanal'],
      ['XML_HEADER', 'leser/erreichbarkeit/1'],
    ]);
    expect(fields({ ...MINIMAL, dvdvDienstkennung: 5 })).toEqual([['XML_HEADER', 'dvdvDienstkennung']]);
    expect(fields({ ...MINIMAL, produktversion: 2 })).toEqual([['XML_HEADER', 'produktversion']]);
    expect(fields({ ...MINIMAL, leser: null })).toEqual([['XML_HEADER', 'leser']]);
    expect(fields(null)).toEqual([['XML_HEADER', 'header']]);
    expect(
      fields(leser({ erreichbarkeit: [{ kanal: { code: '01' }, kennung: 'x', zusatz: 'a\u0001' }] })),
    ).toEqual([['XML_INVALID_CHARACTER', undefined]]);
  });

  it('takes erstellungszeitpunkt as the temporal module does: zone required, real days only', () => {
    const created = (value: string) =>
      writeMessage(form, valid, { ...MINIMAL, erstellungszeitpunkt: value }, REF).ok;
    expect(created('2026-03-02T10:15:00.123456Z')).toBe(true);
    expect(created('2026-03-02T24:00:00-14:00')).toBe(true);
    expect(created('2026-03-02T10:15:00')).toBe(false);
    // The regex before issue 11.9 accepted these: day 30 of February, a zone beyond ±14:00.
    expect(created('2026-02-30T10:15:00Z')).toBe(false);
    expect(created('2026-03-02T10:15:00+14:30')).toBe(false);
    const message = withHeader(`${identification('2026-02-30T10:15:00Z')}
    <leser><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>a</kennung><name>b</name></leser>
    <autor><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>c</kennung><name>d</name></autor>`);
    expect(errors(message)).toEqual([['XML_HEADER', `${HEAD}/identifikation.nachricht[1]`]]);
  });
});

describe('XÖV header: strict reading', () => {
  const parts = `
    <leser><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>psw:1</kennung><name>L</name></leser>
    <autor><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>psw:2</kennung><name>A</name><erreichbarkeit><kanal listVersionID="3"><code>01</code></kanal><kennung>a@b</kennung></erreichbarkeit></autor>
    <referenzUUID>0b9d6b7e-8a41-4f0e-9c3f-6e2d1a5b4c3d</referenzUUID>
    <dvdvDienstkennung>urn:dienst</dvdvDienstkennung>`;
  const base = withHeader(identification() + parts);
  const variant = (from: string | RegExp, to: string) => {
    const text = base.replace(from, to);
    expect(text).not.toBe(base);
    return text;
  };

  it('the base message of these cases is valid', () => {
    expect(errors(base)).toEqual([]);
  });

  it('reports header elements it does not know, located, and gives no header', () => {
    const unknown = variant('<name>L</name>', '<name>L</name><anschrift>Domplatz 1</anschrift>');
    expect(errors(unknown)).toEqual([['XML_UNKNOWN_ELEMENT', `${HEAD}/leser[1]/anschrift[1]`]]);
    const issue = read(unknown).report.issues[0];
    expect(issue?.xml?.line).toBe(base.split('\n').findIndex((l) => l.includes('<leser>')) + 1);
    expect(issue?.xml?.column).toBeGreaterThan(1);
    expect(read(unknown).header).toBeUndefined();
    // XWasser's own extension of the header is not part of the XÖV base message.
    expect(
      errors(
        variant(
          '</dvdvDienstkennung>',
          '</dvdvDienstkennung><zustaendigeBehoerdeID>x</zustaendigeBehoerdeID>',
        ),
      ),
    ).toEqual([['XML_UNKNOWN_ELEMENT', `${HEAD}/zustaendigeBehoerdeID[1]`]]);
    // The directory and channel codes have no <name> in the XÖV base message.
    expect(
      errors(
        variant(
          '<code>DVDV</code></verzeichnisdienst><kennung>psw:1',
          '<code>DVDV</code><name>DVDV</name></verzeichnisdienst><kennung>psw:1',
        ),
      ),
    ).toEqual([['XML_UNKNOWN_ELEMENT', `${HEAD}/leser[1]/verzeichnisdienst[1]/name[1]`]]);
    expect(errors(variant('<kennung>a@b</kennung>', '<kennung>a@b</kennung><telefon>1</telefon>'))).toEqual([
      ['XML_UNKNOWN_ELEMENT', `${HEAD}/autor[1]/erreichbarkeit[1]/telefon[1]`],
    ]);
    // Qualified in the form's namespace it is another element.
    expect(
      errors(
        variant(
          '<dvdvDienstkennung>urn:dienst</dvdvDienstkennung>',
          '<m:dvdvDienstkennung>urn:dienst</m:dvdvDienstkennung>',
        ),
      ),
    ).toEqual([['XML_UNKNOWN_ELEMENT', `${HEAD}/m:dvdvDienstkennung[1]`]]);
    expect(errors(variant('<erreichbarkeit>', '<erreichbarkeit art="x">'))).toEqual([
      ['XML_UNKNOWN_ATTRIBUTE', `${HEAD}/autor[1]/erreichbarkeit[1]`],
    ]);
  });

  it('reports misordered, repeated and missing parts', () => {
    expect(
      errors(
        variant(
          '<verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>psw:1</kennung>',
          '<kennung>psw:1</kennung><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst>',
        ),
      ),
    ).toEqual([['XML_ELEMENT_ORDER', `${HEAD}/leser[1]/verzeichnisdienst[1]`]]);
    expect(
      errors(variant(/<name>A<\/name>(<erreichbarkeit>.*<\/erreichbarkeit>)/, '$1<name>A</name>')),
    ).toEqual([['XML_ELEMENT_ORDER', `${HEAD}/autor[1]/name[1]`]]);
    expect(
      errors(
        variant(
          /(<referenzUUID>.*<\/referenzUUID>)(\s*)(<dvdvDienstkennung>.*<\/dvdvDienstkennung>)/,
          '$3$2$1',
        ),
      ),
    ).toEqual([['XML_ELEMENT_ORDER', `${HEAD}/referenzUUID[1]`]]);
    expect(
      errors(
        variant(
          /<\/erreichbarkeit><\/autor>/,
          '</erreichbarkeit><kennung>x</kennung><erreichbarkeit><kanal listVersionID="3"><code>01</code></kanal><kennung>y</kennung></erreichbarkeit></autor>',
        ),
      ),
    ).toEqual([['XML_DUPLICATE_ELEMENT', `${HEAD}/autor[1]/kennung[2]`]]);
    expect(
      errors(
        variant(
          '</name></leser>',
          '</name><verzeichnisdienst listVersionID="3"><code>PVOG</code></verzeichnisdienst></leser>',
        ),
      ),
    ).toEqual([['XML_DUPLICATE_ELEMENT', `${HEAD}/leser[1]/verzeichnisdienst[2]`]]);
    expect(
      errors(
        variant(
          '<leser><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst>',
          '<leser>',
        ),
      ),
    ).toEqual([['XML_MISSING_ELEMENT', `${HEAD}/leser[1]`]]);
    expect(errors(variant('<kanal listVersionID="3"><code>01</code></kanal>', ''))).toEqual([
      ['XML_MISSING_ELEMENT', `${HEAD}/autor[1]/erreichbarkeit[1]`],
    ]);
  });

  it('reads the codes of fixed lists strictly: listVersionID required, listURI the list’s, code not empty', () => {
    expect(
      errors(
        variant(
          '<verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst><kennung>psw:1',
          '<verzeichnisdienst><code>DVDV</code></verzeichnisdienst><kennung>psw:1',
        ),
      ),
    ).toEqual([['XML_MISSING_ATTRIBUTE', `${HEAD}/leser[1]/verzeichnisdienst[1]`]]);
    const wrongList = read(
      variant(
        '<kanal listVersionID="3">',
        '<kanal listURI="urn:de:xoev:codeliste:kommunikation" listVersionID="3">',
      ),
    );
    expect(
      wrongList.report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.params]),
    ).toEqual([
      [
        'XML_CODE_LIST',
        {
          element: 'kanal',
          listUri: 'urn:de:xoev:codeliste:kommunikation',
          listVersion: '3',
          expectedUri: 'urn:de:xoev:codeliste:erreichbarkeit',
          expectedVersion: '3',
        },
      ],
    ]);
    expect(errors(variant('<code>01</code>', '<code> </code>'))).toEqual([
      ['XML_INVALID_VALUE', `${HEAD}/autor[1]/erreichbarkeit[1]/kanal[1]/code[1]`],
    ]);
    // xs:token: the white space around a code is not part of it.
    const spaced = read(variant('<code>01</code>', '<code>\n  01\n</code>'));
    expect(spaced.header?.autor.erreichbarkeit?.[0]?.kanal).toEqual({ code: '01', listVersionID: '3' });
    expect(errors(variant('<dvdvDienstkennung>urn:dienst', '<dvdvDienstkennung>urn:<x/>dienst'))).toEqual([
      ['XML_UNEXPECTED_CHILD', `${HEAD}/dvdvDienstkennung[1]/x[1]`],
    ]);
  });
});

describe('XÖV header: XSD and receipts', () => {
  it('the generated XSD accepts written messages with every header part and rejects broken headers (libxml2)', () => {
    const xsd = generateXsd(form);
    const full = write(FULL);
    expect(xsdErrors(xsd, [xml, full])).toEqual([]);
    const broken = [
      full.replace(/<verzeichnisdienst listURI="[^"]*" listVersionID="3">/, '<verzeichnisdienst>'),
      full.replace('listURI="urn:de:xoev:codeliste:erreichbarkeit"', 'listURI="urn:x"'),
      full.replace(
        /(<referenzUUID>.*<\/referenzUUID>)(\s*)(<dvdvDienstkennung>.*<\/dvdvDienstkennung>)/,
        '$3$2$1',
      ),
      full.replace(
        '<code>DVDV</code></verzeichnisdienst>',
        '<code>DVDV</code><name>x</name></verzeichnisdienst>',
      ),
      full.replace(
        '</dvdvDienstkennung>',
        '</dvdvDienstkennung><zustaendigeBehoerdeID>x</zustaendigeBehoerdeID>',
      ),
      full.replace('2026-03-02T10:15:00.250+01:00', '2026-03-02T10:15:00.250'),
    ];
    const failures = xsdErrors(xsd, broken);
    expect(failures).toHaveLength(broken.length);
    for (const failure of failures) expect(failure).not.toBe('');
    // The reader agrees with libxml2 on each of them.
    for (const text of broken) expect(read(text).header).toBeUndefined();
  });

  it('receipts carry the same header: written, read back, valid to the receipt XSD', () => {
    const answers = FULL.nachrichtenUUID;
    const header: MessageHeader = {
      ...FULL,
      nachrichtenUUID: '7a1c9a4e-2b3d-4c5e-8f70-123456789abd',
      leser: FULL.autor,
      autor: FULL.leser,
    };
    const quittung = writeReceipt({ kind: 'quittung', header, answers });
    const rueckweisung = writeReceipt({
      kind: 'rueckweisung',
      header: MINIMAL,
      answers,
      reason: 'S020',
      issues: [],
    });
    const back = readReceipt(quittung);
    expect(back.report.issues).toEqual([]);
    expect(back.receipt?.header).toEqual({ ...header, referenzUUID: answers });
    expect(readReceipt(rueckweisung).receipt?.header).toEqual(
      completeHeader({ ...MINIMAL, referenzUUID: answers, produkt: 'antrag', produkthersteller: 'antrag' }),
    );
    expect(quittung).toContain(
      '<erreichbarkeit><kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="3"><code>01</code></kanal>',
    );
    expect(xsdErrors(generateReceiptXsd(), [quittung, rueckweisung])).toEqual([]);
    expect(
      xsdErrors(generateReceiptXsd(), [quittung.replace(/<referenzUUID>.*<\/referenzUUID>/, '')]),
    ).toHaveLength(1);
    const unknown = readReceipt(quittung.replace('</name></autor>', '</name><fax>1</fax></autor>'));
    expect(unknown.receipt).toBeUndefined();
    expect(unknown.report.issues.map((i) => [i.code, i.xml?.xpath])).toEqual([
      ['XML_UNKNOWN_ELEMENT', '/q:antrag.quittung.0020/q:nachrichtenkopf.g2g[1]/autor[1]/fax[1]'],
    ]);
  });
});
