import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoForm } from '../../examples/demo/form.js';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import { sharedPath } from '../../test/support/shared.js';
import { defineForm, field, group, rule } from '../model/builders.js';
import type { FormDefinition } from '../model/types.js';
import { parseXml, type XmlElement } from '../xml/parse.js';
import { toXdf } from './export.js';
import { EXTENSION_URI } from './extension.js';
import { importXdf } from './import.js';

const OPTIONS = {
  version: 3,
  messageId: '2f1c6a8e-6d0b-4a52-9b3e-7f1d2c3b4a59',
  createdAt: '2026-03-02T10:15:00+01:00',
} as const;

/** A definition that uses every property the model has. */
const everything = defineForm({
  id: 'S99000000900',
  version: '2.1.0',
  key: 'allesDrin',
  name: 'Alles drin',
  label: { de: 'Ein Formular mit allem', en: 'A form with everything' },
  outputLabel: { de: 'Formular (Druck)', en: 'Form (print)' },
  description: 'Beschreibung mit <Sonderzeichen> & "Anführungszeichen"',
  definition: 'Definition',
  help: { de: 'Hilfe', en: 'Help' },
  outputHelp: { de: 'Ausgabehilfe' },
  bezug: '§ 1 Abs. 2\nSatz 3 TestG',
  status: 5,
  statusDate: '2024-11-30',
  publicationDate: '2024-12-02',
  validFrom: '2025-01-01',
  validUntil: '2030-12-31',
  schemaelementart: 'RNG',
  author: 'Bundesredaktion',
  versionNote: 'Neu',
  relations: [
    { praedikat: 'ABL', objekt: { id: 'S99000000899', version: '1.0.0' } },
    { praedikat: 'EQU', objekt: { id: 'S99000000898' } },
  ],
  message: { rootElement: 'test.antrag.0001', standard: 'antrag-test', namespace: 'urn:test:1' },
  ableitungsmodifikationen: { struktur: 2, repraesentation: 1 },
  dokumentsteckbrief: { id: 'D99000000900', version: '1.0.0' },
  codeLists: [
    {
      uri: 'urn:antrag:codeliste:farbe',
      version: '1',
      shortName: 'farbe',
      name: 'Farben',
      values: [
        { code: 'r', name: { de: 'rot', en: 'red' } },
        { code: 'g', name: { de: 'grün' }, help: { de: 'wie Gras' } },
      ],
    },
  ],
  rules: [
    rule({
      id: 'R99000000901',
      version: '1.0.0',
      name: 'Dokumentation',
      typ: 'K',
      ruleKind: 'documentation',
      description: 'Nur Prosa',
      freitext: 'Es gilt, was im Gesetz steht.',
      foreignScript: 'function script() { return true; }',
    }),
    rule({
      id: 'R99000000902',
      version: '1.0.0',
      name: 'Alter mindestens 18',
      typ: 'V',
      ruleKind: 'constraint',
      expression: 'alter >= 18 and farbe != "g"',
      bezug: '§ 2 TestG',
      author: 'Fachreferat 7',
      code: 'TEST_ALTER',
      message: { de: 'Zu jung.', en: 'Too young.' },
      status: 6,
      validFrom: '2025-01-01',
    }),
  ],
  children: [
    field.label({
      key: 'hinweis',
      id: 'F99000000901',
      version: '1.0.0',
      name: 'Hinweis',
      content: 'Bitte lesen.\r\nZeile 2',
    }),
    field.int({
      key: 'alter',
      id: 'F99000000902',
      version: '1.0.0',
      name: 'Alter',
      label: { de: 'Alter', en: 'Age' },
      praezisierung: { minValue: 0, maxValue: 130 },
      vorbefuellung: 'optional',
    }),
    field.select({
      key: 'farbe',
      id: 'F99000000903',
      version: '1.0.0',
      name: 'Farbe',
      label: { de: 'Farbe' },
      codeList: { uri: 'urn:antrag:codeliste:farbe', version: '1', codeKey: 'code', nameKey: 'name' },
      cardinality: '0:1',
      occurrenceBezug: '§ 3 TestG',
      status: 7,
      statusDate: '2023-05-01',
      publicationDate: '2023-05-02',
      schemaelementart: 'HAR',
      vorbefuellung: 'verpflichtend',
    }),
    field.select({
      key: 'groesse',
      id: 'F99000000904',
      version: '1.0.0',
      name: 'Größe',
      label: { de: 'Größe', en: 'Size' },
      values: [
        { code: 'S', name: { de: 'klein', en: 'small' }, help: { de: 'bis 1 m', en: 'up to 1 m' } },
        { code: 'M', name: { de: 'mittel' } },
      ],
      vorbefuellung: 'keine',
    }),
    group({
      key: 'kinder',
      id: 'G99000000901',
      version: '1.0.0',
      name: 'Kind',
      label: { de: 'Kinder', en: 'Children' },
      cardinality: '0:5',
      rules: [
        rule({
          id: 'R99000000903',
          version: '1.0.0',
          name: 'Kind relevant',
          typ: 'K',
          ruleKind: 'relevant',
          expression: 'alter >= 18',
        }),
      ],
      children: [
        field.textLatin({
          key: 'name',
          id: 'F99000000905',
          version: '1.0.0',
          name: 'Vorname des Kindes',
          label: { de: 'Vorname' },
          praezisierung: { minLength: 1, maxLength: 50, pattern: '[A-Za-zÄÖÜäöüß ]+' },
        }),
        field.date({
          key: 'geburtsdatum',
          id: 'F99000000906',
          version: '1.0.0',
          name: 'Geburtsdatum',
          label: { de: 'Geburtsdatum' },
          praezisierung: { minValue: '1900-01-01', maxValue: '2100-12-31' },
        }),
        field.file({
          key: 'foto',
          id: 'F99000000907',
          version: '1.0.0',
          name: 'Foto',
          label: { de: 'Foto' },
          file: { mediaTypes: ['image/jpeg', 'image/png'], maxSize: 1_000_000 },
          cardinality: '0:1',
        }),
        field.file({
          key: 'anlage',
          id: 'F99000000908',
          version: '1.0.0',
          name: 'Anlage',
          label: { de: 'Anlage' },
          file: { mediaTypes: [] },
          cardinality: '0:*',
        }),
      ],
    }),
    field.datetime({
      key: 'zeitpunkt',
      id: 'F99000000909',
      version: '1.0.0',
      name: '1. Zeitpunkt',
      label: { de: 'Zeitpunkt' },
    }),
    field.currency({
      key: 'betrag',
      id: 'F99000000910',
      version: '1.0.0',
      name: 'Betrag',
      label: { de: 'Betrag' },
      rules: [
        rule({
          id: 'R99000000904',
          version: '1.0.0',
          name: 'Betrag',
          typ: 'B',
          ruleKind: 'calculate',
          expression: 'alter * 2',
        }),
      ],
    }),
    field.obj({
      key: 'daten',
      id: 'F99000000911',
      version: '1.0.0',
      name: 'Daten',
      label: { de: 'Daten' },
      feldart: 'hidden',
    }),
    field.time({
      key: 'uhrzeit',
      id: 'F99000000912',
      version: '1.0.0',
      name: 'Uhrzeit',
      label: { de: 'Uhrzeit' },
      feldart: 'locked',
    }),
    field.bool({
      key: 'zustimmung',
      id: 'F99000000913',
      version: '1.0.0',
      name: 'Zustimmung',
      label: { de: 'Zustimmung' },
    }),
    field.num({
      key: 'anteil',
      id: 'F99000000914',
      version: '1.0.0',
      name: 'Anteil',
      label: { de: 'Anteil' },
      praezisierung: { minValue: -0.5, maxValue: 1e21 },
    }),
  ],
});

/** The same element twice under different keys, and a definition without explicit cardinalities. */
const shared = field.text({
  key: 'ort',
  id: 'F99000000950',
  version: '1.0.0',
  name: 'Ort',
  label: { de: 'Ort' },
});
const reuse: FormDefinition = {
  kind: 'schema',
  format: 'antrag/definition@1',
  id: 'S99000000950',
  version: '1.0.0',
  key: 'wiederverwendung',
  name: 'Wiederverwendung',
  children: [
    { ...shared, key: 'geburtsort' },
    { ...shared, key: 'wohnort', cardinality: '0:1' },
    {
      kind: 'field',
      key: 'ohneAnzahl',
      id: 'F99000000951',
      version: '1.0.0',
      name: 'Ohne Anzahl',
      feldart: 'input',
      datentyp: 'text',
    },
  ],
};

const definitions: [string, FormDefinition][] = [
  ['fuehrerschein', fuehrerschein],
  ['personenbefoerderungsschein', personenbefoerderungsschein],
  ['alg2', alg2],
  ['demo', demoForm],
  ['everything', everything],
  ['reuse', reuse],
];

describe('toXdf → importXdf round trip', () => {
  for (const [name, definition] of definitions) {
    it(`${name}: importXdf(toXdf(d)).definition equals d, without findings`, () => {
      const xml = toXdf(definition, OPTIONS);
      const result = importXdf(xml);
      expect(result.report.issues).toEqual([]);
      expect(result.xdfVersion).toBe(3);
      expect(result.definition).toEqual(definition);
      expect(result.header).toEqual({
        nachrichtID: OPTIONS.messageId,
        erstellungszeitpunkt: OPTIONS.createdAt,
      });
    });
  }

  it('is deterministic with messageId and createdAt', () => {
    expect(toXdf(alg2, OPTIONS)).toBe(toXdf(alg2, OPTIONS));
  });

  it('writes a new UUID and the current time without them', () => {
    const xml = toXdf(demoForm, { version: 3 });
    const id = /<xdf:nachrichtID>([^<]+)</.exec(xml)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(xml).not.toBe(toXdf(demoForm, { version: 3 }));
  });
});

describe('toXdf output', () => {
  const xml = toXdf(everything, OPTIONS);
  const parsed = parseXml(xml);
  const root = (parsed.ok ? parsed.root : undefined) as XmlElement;
  const find = (element: XmlElement, local: string): XmlElement[] =>
    element.children.flatMap((node) =>
      node.kind === 'element' ? [...(node.local === local ? [node] : []), ...find(node, local)] : [],
    );
  const text = (element: XmlElement | undefined) =>
    element?.children.map((node) => (node.kind === 'text' ? node.value : '')).join('');

  it('is well-formed XDF 3 with header and the schema message root', () => {
    expect(parsed.ok).toBe(true);
    expect(root.ns).toBe('urn:xoev-de:fim:standard:xdatenfelder_3.0.0');
    expect(root.local).toBe('xdatenfelder.stammdatenschema.0102');
    expect(xml).toContain(`<xdf:nachrichtID>${OPTIONS.messageId}</xdf:nachrichtID>`);
    expect(xml).toContain('<xdf:erstellungszeitpunkt>2026-03-02T10:15:00+01:00</xdf:erstellungszeitpunkt>');
  });

  it('escapes text and keeps CR', () => {
    expect(xml).toContain(
      '<xdf:beschreibung>Beschreibung mit &lt;Sonderzeichen&gt; &amp; "Anführungszeichen"</xdf:beschreibung>',
    );
    expect(xml).toContain('Bitte lesen.&#13;\nZeile 2');
  });

  it("writes the rules' expressions in skript, with typ", () => {
    const skripts = find(root, 'skript').map(text);
    expect(skripts).toContain('alter >= 18 and farbe != "g"');
    expect(skripts).toContain('alter * 2');
    expect(xml).toContain('<xdf:skript>alter &gt;= 18 and farbe != "g"</xdf:skript>');
    expect(find(root, 'typ').length).toBe(4);
  });

  it('writes XDF codes with listURI and praezisierung as attributes', () => {
    expect(xml).toContain(
      '<xdf:feldart listURI="urn:xoev-de:fim:codeliste:xdatenfelder.feldart" listVersionID="2.0"><code>select</code></xdf:feldart>',
    );
    expect(xml).toContain('<xdf:praezisierung minLength="1" maxLength="50" pattern="[A-Za-zÄÖÜäöüß ]+"/>');
    expect(xml).toContain('<xdf:canonicalVersionUri>urn:antrag:codeliste:farbe_1</xdf:canonicalVersionUri>');
  });

  it('keeps what XDF cannot hold in the extension keyword', () => {
    const keywords = find(root, 'stichwort').filter((e) =>
      e.attributes.some((a) => a.value === EXTENSION_URI),
    );
    expect(keywords.length).toBeGreaterThan(5);
    for (const keyword of keywords) expect(() => JSON.parse(text(keyword) ?? '')).not.toThrow();
  });

  it('reads without the extension as plain XDF 3, with derived keys and XDF defaults', () => {
    const plain = xml.replace(
      new RegExp(`<xdf:stichwort uri="${EXTENSION_URI}">[^<]*</xdf:stichwort>\\s*`, 'g'),
      '',
    );
    expect(plain).not.toContain(EXTENSION_URI);
    const result = importXdf(plain);
    const definition = result.definition as FormDefinition;
    expect(definition.key).toBe('allesDrin');
    expect(definition.children.map((c) => c.key)).toContain('feld1Zeitpunkt');
    expect(definition.label).toEqual({ de: 'Ein Formular mit allem' });
    const rules = definition.rules ?? [];
    expect(rules[1]).toMatchObject({ ruleKind: 'constraint', expression: 'alter >= 18 and farbe != "g"' });
  });

  it('reports a broken extension and falls back', () => {
    const broken = xml.replace(/(<xdf:stichwort uri="urn:antrag:xdf:erweiterung:1">)\{/, '$1{"__proto__":1,');
    const result = importXdf(broken);
    expect(result.report.issues.map((i) => i.code)).toContain('XDF_EXTENSION_INVALID');
    expect(result.definition).toBeDefined();
  });
});

describe('XDF 3 export of a real XDF 2 file', () => {
  it('BlaueKarte: XDF 2 → definition → XDF 3 → the same definition', () => {
    const imported = importXdf(readFileSync(sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml')));
    const definition = imported.definition as FormDefinition;
    const again = importXdf(toXdf(definition, OPTIONS));
    expect(again.report.issues).toEqual([]);
    expect(again.definition).toEqual(definition);
  });
});

describe('XDF 3 export of XDF 2 metadata', () => {
  it('writes freigabedatum as statusGesetztAm, veroeffentlichungsdatum and rule fachlicherErsteller', () => {
    const imported = importXdf(readFileSync(sharedPath('corpus', 'xdf2', 'S00000121_BlaueKarte.xml')));
    const definition = imported.definition as FormDefinition;
    // The real file: <freigabedatum>2019-06-27</freigabedatum><veroeffentlichungsdatum>2019-06-27</…>.
    expect(definition).toMatchObject({ statusDate: '2019-06-27', publicationDate: '2019-06-27' });
    const xml = toXdf(definition, OPTIONS);
    const schema = /<xdf:stammdatenschema>[\s\S]*?<xdf:letzteAenderung>/.exec(xml)?.[0] ?? '';
    expect(schema).toContain('<xdf:statusGesetztAm>2019-06-27</xdf:statusGesetztAm>');
    expect(schema).toContain('<xdf:veroeffentlichungsdatum>2019-06-27</xdf:veroeffentlichungsdatum>');
    const withAuthor = defineForm({
      ...reuse,
      rules: [
        rule({
          id: 'R99000000960',
          version: '1.0.0',
          name: 'Prosa',
          typ: 'K',
          ruleKind: 'documentation',
          author: 'BMI, Ref. M3',
        }),
      ],
    });
    expect(toXdf(withAuthor, OPTIONS)).toMatch(
      /<xdf:regel>[\s\S]*<xdf:fachlicherErsteller>BMI, Ref\. M3<\/xdf:fachlicherErsteller>[\s\S]*<\/xdf:regel>/,
    );
  });

  it('writes vorbefuellung as the definition says; an absent one as keine, which XDF 3 requires', () => {
    const xml = toXdf(everything, OPTIONS);
    const codes = [...xml.matchAll(/<xdf:vorbefuellung [^>]*><code>([^<]+)<\/code>/g)].map((m) => m[1]);
    const fields = (xml.match(/<xdf:datenfeld>/g) ?? []).length;
    expect(codes).toHaveLength(fields);
    expect(codes.filter((c) => c === 'optional')).toHaveLength(1);
    expect(codes.filter((c) => c === 'verpflichtend')).toHaveLength(1);
    expect(xml).not.toContain('"defaulted":["vorbefuellung"');
    expect(xml).not.toMatch(/"defaulted":\[[^\]]*"vorbefuellung"/);
  });
});

// --- a reader that ignores the antrag extension ---------------------------------------------

interface Difference {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Every difference between two JSON values, at the deepest JSON pointer where they differ. */
function differences(expected: unknown, actual: unknown, path = ''): Difference[] {
  if (Object.is(expected, actual)) return [];
  const object = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out: Difference[] = [];
    for (let i = 0; i < Math.max(expected.length, actual.length); i++)
      out.push(...differences(expected[i], actual[i], `${path}/${i}`));
    return out;
  }
  if (object(expected) && object(actual) && !Array.isArray(expected) && !Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((key) => differences(expected[key], actual[key], `${path}/${key}`));
  }
  return [{ path, expected, actual }];
}

const isUndefined = (value: unknown) => value === undefined;

/**
 * What only the antrag extension carries (docs/fim.md, "What only the extension carries"): each
 * entry names a property the plain XDF 3 reader cannot get back, and when a difference at that
 * place is explained by it. Everything else must come back equal.
 */
const EXTENSION_ONLY: readonly {
  readonly name: string;
  readonly path: RegExp;
  readonly when?: (d: Difference) => boolean;
}[] = [
  { name: 'readable keys', path: /(^|\/children\/\d+)\/key$/ },
  {
    name: 'English texts',
    path: /\/(label|outputLabel|help|outputHelp)\/en$|\/values\/\d+\/(name|help)\/en$/,
  },
  { name: 'output label and help of the schema', path: /^\/(outputLabel|outputHelp)$/ },
  { name: 'schemaelementart of the schema', path: /^\/schemaelementart$/ },
  { name: 'message settings', path: /^\/message$/ },
  { name: 'carried code lists', path: /^\/codeLists$/ },
  {
    name: 'implicit cardinality',
    path: /\/cardinality$/,
    when: (d) => isUndefined(d.expected) && d.actual === '1:1',
  },
  {
    name: 'absent status (XDF 3 requires one)',
    path: /\/status$/,
    when: (d) => isUndefined(d.expected) && d.actual === 3,
  },
  {
    name: 'absent schemaelementart (XDF 3 requires one)',
    path: /\/schemaelementart$/,
    when: (d) => isUndefined(d.expected) && d.actual === 'RNG',
  },
  { name: 'absent label (XDF 3 requires one)', path: /\/label$/, when: (d) => isUndefined(d.expected) },
  {
    name: 'vorbefuellung stated as keine',
    path: /\/vorbefuellung$/,
    when: (d) => d.expected === 'keine' && isUndefined(d.actual),
  },
  { name: 'file limits XDF cannot tell apart', path: /\/file(\/.*)?$/ },
  { name: 'rule kind', path: /\/rules\/\d+\/ruleKind$/ },
  { name: 'rule code and message', path: /\/rules\/\d+\/(code|message)(\/.*)?$/ },
  {
    name: 'rule status and validity (XDF 3 rules have none)',
    path: /\/rules\/\d+\/(status|validFrom|validUntil)$/,
  },
  // An expression that names readable keys does not check against derived keys: the plain reader
  // keeps it as a foreign script of a documentation rule; a foreign script beside an expression.
  { name: 'rule expression against readable keys', path: /\/rules\/\d+\/(expression|foreignScript)$/ },
];

function unexplained(definition: FormDefinition): { unexplained: Difference[]; used: Set<string> } {
  const xml = toXdf(definition, OPTIONS);
  const plain = xml.replace(
    new RegExp(`<xdf:stichwort uri="${EXTENSION_URI}">[^<]*</xdf:stichwort>\\s*`, 'g'),
    '',
  );
  expect(plain).not.toContain(EXTENSION_URI);
  const back = importXdf(plain).definition;
  const used = new Set<string>();
  const rest = differences(definition, back).filter((d) => {
    const entry = EXTENSION_ONLY.find((e) => e.path.test(d.path) && (e.when?.(d) ?? true));
    if (entry) used.add(entry.name);
    return entry === undefined;
  });
  return { unexplained: rest, used };
}

describe('a reader that ignores the extension gets the same definition wherever XDF 3 can express it', () => {
  for (const [name, definition] of definitions) {
    it(name, () => {
      expect(unexplained(definition).unexplained).toEqual([]);
    });
  }

  const corpusFiles: [string, ...string[]][] = [
    ['xdf2', 'S00000121_BlaueKarte.xml'],
    ['xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'],
    ['xdf2', 'edge-label.xml'],
    ['xdf2', 'edge-rule.xml'],
    ['xdf2', 'edge-select.xml'],
    ['xdf3', 'simple.xml'],
    ['xdf3', 'input.xml'],
  ];
  for (const parts of corpusFiles) {
    it(`corpus ${parts.join('/')}`, () => {
      const definition = importXdf(readFileSync(sharedPath('corpus', ...parts))).definition as FormDefinition;
      const { unexplained: rest, used } = unexplained(definition);
      expect(rest).toEqual([]);
      // An imported file has derived keys, German texts and prose rules: none of those needs the extension.
      for (const name of [
        'readable keys',
        'English texts',
        'rule kind',
        'rule expression against readable keys',
      ])
        expect(used).not.toContain(name);
    });
  }

  it('the list is exact: every entry is needed by one of the definitions', () => {
    const used = new Set<string>();
    for (const [, definition] of definitions) for (const name of unexplained(definition).used) used.add(name);
    expect([...used].sort()).toEqual(EXTENSION_ONLY.map((e) => e.name).sort());
  });
});
