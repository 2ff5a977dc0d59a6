/**
 * Lossless round trip and XSD validity: for generated valid data, `fromXml(toXml(d)).data`
 * deep-equals `d`, and the message passes XSD validation with libxml2 (WebAssembly build, see
 * test/support/xsd.ts). Seeds are
 * fixed, so every run is reproducible.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xsdFailures as libxml2Failures } from '../../test/support/xsd.js';
import { builtInForms } from '../forms/registry.js';
import { validExample } from '../generate/valid-example.js';
import { defineForm, field, group } from '../model/builders.js';
import { type CompiledForm, compile } from '../validate/compile.js';
import type { MessageHeader } from './message.js';
import { readMessage } from './read.js';
import { writeMessage } from './write.js';
import { generateXsd } from './xsd.js';

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  // Every part of the XÖV header, so the XSD check covers them all (see header.test.ts).
  autor: {
    verzeichnisdienst: { code: 'DVDV', listVersionID: '3' },
    kennung: 'psw:00000001',
    name: 'Portal',
    erreichbarkeit: [
      { kanal: { code: '01', listVersionID: '3' }, kennung: 'poststelle@portal.example', zusatz: 'werktags' },
      { kanal: { code: '09', listVersionID: '3' }, kennung: 'https://portal.example' },
    ],
  },
  leser: {
    verzeichnisdienst: { code: 'DVDV', listVersionID: '3' },
    kennung: 'psw:01003110',
    name: 'Fachverfahren',
  },
  referenzUUID: '0b9d6b7e-8a41-4f0e-9c3f-6e2d1a5b4c3d',
  dvdvDienstkennung: 'urn:antrag:dienst:1',
  produkt: 'Testportal',
  produkthersteller: 'Land Beispiel',
  produktversion: '2.1',
  test: true,
};
const REF = '2026-03-02';

/** Validates messages against an XSD with libxml2; returns the failures. */
function xsdFailures(xsd: string, messages: readonly string[], name: string): string[] {
  return libxml2Failures(
    xsd,
    messages.map((xml, index) => ({ name: `${name}-${index}`, xml })),
  );
}

function roundTrip(
  form: CompiledForm,
  data: unknown,
  naming?: { naming: 'fim-id'; versionSuffix: boolean },
): string {
  const written = writeMessage(form, data, HEADER, { referenceDate: REF, ...naming });
  if (!written.ok) throw new Error(JSON.stringify(written.report.issues.slice(0, 3)));
  const read = readMessage(form, written.xml, { referenceDate: REF, ...naming });
  expect(read.report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(read.data).toEqual(data);
  expect(read.header).toEqual(HEADER);
  return written.xml;
}

const base = { version: '1.0.0', label: { de: 'x' } } as const;
/** A test form with every data type, code values, nested repeats and optional parts. */
const everyType = defineForm({
  id: 'S99000000900',
  version: '1.0.0',
  name: 'Alle Typen',
  key: 'alleTypen',
  children: [
    field.text({ ...base, id: 'F99000000901', name: 't', key: 'text', cardinality: '0:1' }),
    field.text({
      ...base,
      id: 'F99000000902',
      name: 'plz',
      key: 'plz',
      praezisierung: { pattern: '\\d{5}' },
    }),
    field.textLatin({
      ...base,
      id: 'F99000000903',
      name: 'n',
      key: 'name',
      praezisierung: { maxLength: 40 },
    }),
    field.date({ ...base, id: 'F99000000904', name: 'd', key: 'datum' }),
    field.time({ ...base, id: 'F99000000905', name: 'z', key: 'zeit', cardinality: '0:1' }),
    field.datetime({ ...base, id: 'F99000000906', name: 'dt', key: 'zeitpunkt', cardinality: '0:1' }),
    field.bool({ ...base, id: 'F99000000907', name: 'b', key: 'ja' }),
    field.num({ ...base, id: 'F99000000908', name: 'x', key: 'zahl', cardinality: '0:1' }),
    field.int({ ...base, id: 'F99000000909', name: 'i', key: 'anzahl', cardinality: '0:1' }),
    field.currency({ ...base, id: 'F99000000910', name: 'c', key: 'betrag', cardinality: '0:1' }),
    field.file({ ...base, id: 'F99000000911', name: 'f', key: 'datei', cardinality: '0:1' }),
    field.obj({ ...base, id: 'F99000000912', name: 'o', key: 'objekt', cardinality: '0:1' }),
    field.select({
      ...base,
      id: 'F99000000913',
      name: 's',
      key: 'art',
      cardinality: '0:3',
      values: [
        { code: '01', name: { de: 'Eins & <zwei>' } },
        { code: '002', name: { de: 'Zwei' } },
      ],
    }),
    group({
      ...base,
      id: 'G99000000901',
      name: 'g',
      key: 'gruppe',
      cardinality: '0:4',
      children: [
        field.text({ ...base, id: 'F99000000914', name: 'w', key: 'wert', cardinality: '0:5' }),
        group({
          ...base,
          id: 'G99000000902',
          name: 'u',
          key: 'unter',
          cardinality: '0:1',
          children: [field.currency({ ...base, id: 'F99000000915', name: 'b', key: 'betrag' })],
        }),
      ],
    }),
  ],
});

const tricky = fc.constantFrom(
  '',
  ' ',
  '007',
  'a\r\nb',
  'x\ry',
  '\tTab',
  'Ä',
  'A\u0308',
  '<&>"\'',
  ']]>',
  '😀',
  '  lead',
);
const text = fc.oneof(
  tricky,
  fc.string({ maxLength: 12 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)),
);
const latin = fc.constantFrom(
  'Müller',
  'Mu\u0308ller',
  'Ørsted',
  'L\u0325\u0304',
  "O'Brien",
  '',
  'Zoë\r\nAmélie',
);
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const base64 = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('base64'));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const everyTypeData = fc
  .record({
    text: optional(text),
    plz: fc.stringMatching(/^\d{5}$/),
    name: latin,
    datum: date,
    zeit: optional(fc.constantFrom('00:00:00', '23:59:59', '12:30:00.5', '08:00:00+01:00')),
    zeitpunkt: optional(
      fc.constantFrom('2026-03-02T10:15:00Z', '2026-03-02T10:15:00.123+05:30', '1999-12-31T23:59:59'),
    ),
    ja: fc.boolean(),
    // Up to 18 digits: libxml2's xs:decimal stops at 24 (a double like 1e-200 has hundreds).
    zahl: optional(
      fc.oneof(
        fc
          .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
          .map(([n, k]) => n / 10 ** k),
        fc.constantFrom(0, -0.5, 1e-7, 0.1, 123456789.123),
      ),
    ),
    anzahl: optional(fc.integer({ min: -1e9, max: 1e9 })),
    betrag: optional(fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100)),
    datei: optional(
      fc.record({
        name: fc.constantFrom('a.pdf', 'Bild 1 & 2.jpg', 'ä.png'),
        mediaType: fc.constantFrom('application/pdf', 'image/jpeg'),
        content: base64,
      }),
    ),
    objekt: optional(
      fc.oneof(
        fc.record({ content: base64 }),
        fc.record({ mediaType: fc.constant('application/octet-stream'), content: base64 }),
      ),
    ),
    // An empty list has no XML form (it reads back as absent), so lists have at least one item.
    art: optional(fc.array(fc.constantFrom('01', '002'), { minLength: 1, maxLength: 3 })),
    gruppe: optional(
      fc.array(
        fc.record({
          wert: optional(fc.array(text, { minLength: 1, maxLength: 5 })),
          unter: optional(fc.record({ betrag: fc.integer({ min: 0, max: 99999 }).map((c) => c / 100) })),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    ),
  })
  // Absent optional parts are left out, not set to undefined (JSON has no undefined).
  .map((record) => JSON.parse(JSON.stringify(record)) as Record<string, unknown>);

describe('XML round trip', () => {
  const form = compile(everyType);

  it('a form with every data type: lossless for 2,000 generated submissions, both namings', () => {
    const samples: string[] = [];
    fc.assert(
      fc.property(everyTypeData, (data) => {
        const xml = roundTrip(form, data);
        roundTrip(form, data, { naming: 'fim-id', versionSuffix: true });
        if (samples.length < 200) samples.push(xml);
      }),
      { numRuns: 2000, seed: 20260302 },
    );
    expect(xsdFailures(generateXsd(form), samples, 'every-type')).toEqual([]);
    expect(
      xsdFailures(
        generateXsd(form, { naming: 'fim-id', versionSuffix: true }),
        [
          (
            writeMessage(form, { plz: '01067', name: 'A', datum: '2024-02-29', ja: true }, HEADER, {
              naming: 'fim-id',
              versionSuffix: true,
            }) as { xml: string }
          ).xml,
        ],
        'every-type-fim',
      ),
    ).toEqual([]);
  }, 120_000);

  it('keeps a large attachment exactly (5 MB)', () => {
    const bytes = new Uint8Array(5_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    const data = {
      plz: '10115',
      name: 'Groß',
      datum: '2026-01-01',
      ja: false,
      datei: {
        name: 'scan.pdf',
        mediaType: 'application/pdf',
        content: Buffer.from(bytes).toString('base64'),
      },
    };
    roundTrip(form, data);
  });

  for (const [name, definition] of builtInForms) {
    it(`${name}: generated valid submissions round-trip and pass the XSD`, () => {
      const compiled = compile(definition);
      const bases = ['valid', 'minimal', 'maximal'].map((file) =>
        JSON.parse(readFileSync(`examples/${name}/${file}.json`, 'utf8')),
      );
      const messages: string[] = [];
      for (let seed = 1; seed <= 60; seed++) {
        const sample = validExample(compiled, { seed, bases, referenceDate: REF, mutations: 15 });
        expect(sample.report.valid).toBe(true);
        messages.push(roundTrip(compiled, sample.data));
      }
      expect(xsdFailures(generateXsd(compiled), messages, name)).toEqual([]);
    }, 120_000);
  }

  it('the XSD rejects a message with a missing required element', () => {
    const compiled = compile(builtInForms.get('fuehrerschein') ?? everyType);
    const data = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
    const written = writeMessage(compiled, data, HEADER, { referenceDate: REF });
    if (!written.ok) throw new Error('invalid example');
    const broken = written.xml.replace(/<m:antragsdatum>[^<]*<\/m:antragsdatum>\n/, '');
    expect(broken).not.toBe(written.xml);
    expect(xsdFailures(generateXsd(compiled), [broken], 'missing').join('\n')).toMatch(
      /antragsdatum|Missing child|not expected/,
    );
  });
});
