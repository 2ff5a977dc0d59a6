import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_REFERENCE_DATE } from '../../examples/cases.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { sharedPath } from '../../test/support/shared.js';
import { generateExample } from '../generate/example.js';
import { CodeListRegistry } from '../model/codelists.js';
import type { ChildDefinition, CodeList, FieldDefinition, FormDefinition } from '../model/types.js';
import { compile } from '../validate/compile.js';
import { importCodeList } from './genericode.js';
import { importXdf } from './import.js';

const read = (...parts: string[]) => readFileSync(sharedPath('corpus', ...parts));
const codes = (result: { report: { issues: readonly { code: string }[] } }) =>
  result.report.issues.map((issue) => issue.code);
const list = (...parts: string[]): CodeList => {
  const result = importCodeList(read(...parts));
  expect(codes(result)).toEqual([]);
  return result.codeList as CodeList;
};

describe('importCodeList: XRepository lists (root qualified, children unqualified)', () => {
  it('XInneres Geschlecht: code column by key, name column the first other required one', () => {
    const geschlecht = list('codelists', 'xinneres-geschlecht_1.xml');
    expect(geschlecht.uri).toBe('urn:xoev-de:xinneres:codeliste:geschlecht');
    expect(geschlecht.version).toBe('1');
    expect(geschlecht.shortName).toBe('geschlecht');
    expect(geschlecht.name).toBe('Geschlechtsangaben in XInneres');
    expect(geschlecht.values.map((v) => v.code)).toEqual(['m', 'w', 'x', 'd']);
    expect(geschlecht.values[0]?.name).toEqual({ de: 'männlich' });
  });

  it('Bundesland keeps leading zeros; the codenameKey names the name column', () => {
    const bundesland = list('codelists', 'bundesland_2010-04-01.xml');
    expect(bundesland.values).toHaveLength(16);
    expect(bundesland.values[0]).toEqual({ code: '01', name: { de: 'Schleswig-Holstein' } });
  });

  it('Staatsangehörigkeit: 211 rows; nameKey and helpKey choose other columns', () => {
    const file = read('codelists', 'destatis-staatsangehoerigkeit_2024-08-01.xml');
    const byDefault = importCodeList(file);
    expect(byDefault.codeList?.values).toHaveLength(211);
    expect(byDefault.codeList?.values.find((v) => v.code === '000')?.name.de).toBe('Deutschland');
    const chosen = importCodeList(file, { nameKey: 'Staatsangehoerigkeit', helpKey: 'ISO-3' });
    expect(codes(chosen)).toEqual([]);
    const deutsch = chosen.codeList?.values.find((v) => v.code === '000');
    expect(deutsch).toEqual({ code: '000', name: { de: 'deutsch' }, help: { de: 'DEU' } });
    expect(chosen.columns).toContain('ISO-2');
  });

  it('a codeKey naming another column makes that column the code', () => {
    const result = importCodeList(read('codelists', 'destatis-staatsangehoerigkeit_2024-08-01.xml'), {
      codeKey: 'ISO-3',
      nameKey: 'Staatsname-kurz',
    });
    expect(result.codeList?.values.find((v) => v.code === 'DEU')?.name.de).toBe('Deutschland');
  });

  it('an unknown column is an error naming the available ones', () => {
    const result = importCodeList(read('codelists', 'dsmeld-familienstand_2.xml'), {
      nameKey: 'bezeichnung',
    });
    expect(codes(result)).toEqual(['XDF_GC_UNKNOWN_COLUMN']);
    expect(result.codeList).toBeUndefined();
    expect(result.report.issues[0]?.params.columns).toBe('key, name');
  });

  it('every corpus list imports without findings', () => {
    const files = readdirSync(sharedPath('corpus', 'codelists')).filter((f) => f.endsWith('.xml'));
    expect(files.length).toBe(5);
    for (const file of files) {
      const result = importCodeList(read('codelists', file));
      expect(codes(result), file).toEqual([]);
      expect(result.codeList?.values.length, file).toBeGreaterThan(1);
    }
  });
});

const GC = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';
const gc = (identification: string, rows: string, columns = '') => `<gc:CodeList xmlns:gc="${GC}">
  <Identification>${identification}</Identification>
  <ColumnSet>${columns || '<Column Id="c" Use="required"/><Column Id="n" Use="required"/><Key Id="codeKey"><ColumnRef Ref="c"/></Key>'}</ColumnSet>
  <SimpleCodeList>${rows}</SimpleCodeList></gc:CodeList>`;
const ident = '<ShortName>t</ShortName><Version>1</Version><CanonicalUri>urn:t</CanonicalUri>';
const row = (...values: string[]) =>
  `<Row>${values.map((v) => (v.includes('=') ? `<Value ColumnRef="${v.split('=')[0]}"><SimpleValue>${v.split('=')[1]}</SimpleValue></Value>` : `<Value><SimpleValue>${v}</SimpleValue></Value>`)).join('')}</Row>`;

describe('importCodeList: edge cases', () => {
  it('reads values without ColumnRef by position', () => {
    const result = importCodeList(gc(ident, row('a', 'Alpha') + row('n=Beta', 'c=b')));
    expect(result.codeList?.values).toEqual([
      { code: 'a', name: { de: 'Alpha' } },
      { code: 'b', name: { de: 'Beta' } },
    ]);
  });

  it('reports rows without code and duplicate codes, and keeps the rest', () => {
    const result = importCodeList(gc(ident, row('n=ohne') + row('a', 'A') + row('a', 'B')));
    expect(codes(result)).toEqual(['XDF_GC_ROW_WITHOUT_CODE', 'XDF_GC_DUPLICATE_CODE']);
    expect(result.codeList?.values).toEqual([{ code: 'a', name: { de: 'A' } }]);
    expect(result.report.valid).toBe(true);
  });

  it('reports a CanonicalVersionUri that is not uri_version', () => {
    const result = importCodeList(
      gc(`${ident}<CanonicalVersionUri>urn:t_2</CanonicalVersionUri>`, row('a', 'A')),
    );
    expect(codes(result)).toEqual(['XDF_GC_VERSION_URI_MISMATCH']);
    expect(result.codeList?.version).toBe('1');
  });

  it('takes the version from the CanonicalVersionUri when Version is missing', () => {
    const result = importCodeList(
      gc(
        '<CanonicalUri>urn:t</CanonicalUri><CanonicalVersionUri>urn:t_2020-28-09</CanonicalVersionUri>',
        row('a', 'A'),
      ),
    );
    expect(result.codeList?.version).toBe('2020-28-09');
  });

  it('rejects files that are not code lists or lack identification or columns', () => {
    expect(codes(importCodeList('<CodeList/>'))).toEqual(['XDF_GC_NOT_CODE_LIST']);
    expect(codes(importCodeList(gc('<ShortName>x</ShortName>', '')))).toEqual([
      'XDF_GC_MISSING_IDENTIFICATION',
    ]);
    expect(codes(importCodeList(gc(ident, '', '<Key Id="k"/>')))).toEqual(['XDF_GC_NO_COLUMNS']);
    expect(codes(importCodeList('<gc:CodeList'))).toEqual(['XDF_NOT_WELL_FORMED']);
  });
});

function fields(definition: FormDefinition): FieldDefinition[] {
  const out: FieldDefinition[] = [];
  const visit = (children: readonly ChildDefinition[]) => {
    for (const child of children) {
      if (child.kind === 'group') visit(child.children);
      else out.push(child);
    }
  };
  visit(definition.children);
  return out;
}

/** Sets the first occurrence of a field key anywhere in nested data. */
function setFirst(data: unknown, key: string, value: unknown): boolean {
  if (Array.isArray(data)) return data.some((item) => setFirst(item, key, value));
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  if (Object.hasOwn(record, key) && typeof record[key] === 'string') {
    record[key] = value;
    return true;
  }
  return Object.values(record).some((item) => setFirst(item, key, value));
}

describe('S00000094 with its four genericode lists', () => {
  const imported = importXdf(read('xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'));
  const definition = imported.definition as FormDefinition;
  const lists = ['C00000020', 'C00000021', 'C60000006', 'C60000020'].map((id) =>
    list('xdf2', 'S00000094', `${id}_genericode.xml`),
  );
  const registry = new CodeListRegistry(lists);
  const selects = fields(definition).filter((f) => f.codeList);

  it('every code-list reference of the schema resolves in the registry', () => {
    expect(selects.length).toBeGreaterThanOrEqual(4);
    for (const field of selects) {
      expect(registry.has(field.codeList?.uri ?? '', field.codeList?.version ?? ''), field.key).toBe(true);
    }
  });

  it('validates sample data drawn from the lists, for several seeds and shapes', () => {
    const form = compile(definition, { codeLists: registry });
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const shape of ['minimal', 'typical', 'maximal'] as const) {
        const data = generateExample(definition, { seed, shape, codeLists: registry });
        const report = form.validate(data);
        expect(report.issues, `seed ${seed} ${shape}`).toEqual([]);
      }
    }
    // The maximal sample really uses the lists: a value of each select field is a listed code.
    const data = generateExample(definition, { seed: 1, shape: 'maximal', codeLists: registry });
    const text = JSON.stringify(data);
    expect(lists.some((l) => l.values.some((v) => text.includes(`"${v.code}"`)))).toBe(true);
  });

  it('rejects a code that is not in the list', () => {
    const form = compile(definition, { codeLists: registry });
    const data = generateExample(definition, { seed: 1, shape: 'maximal', codeLists: registry });
    const select = selects[0] as FieldDefinition;
    expect(setFirst(data, select.key, '999999')).toBe(true);
    const report = form.validate(data);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.code)).toEqual(['CODE_NOT_IN_LIST']);
    expect(report.issues[0]?.params.code).toBe('999999');
  });

  it('without the lists: CODE_LIST_NOT_LOADED warnings, everything else is still checked', () => {
    const form = compile(definition);
    const data = generateExample(definition, { seed: 1, shape: 'maximal', codeLists: registry });
    const warnings = form.validate(data);
    expect(warnings.valid).toBe(true);
    expect(new Set(warnings.issues.map((i) => i.code))).toEqual(new Set(['CODE_LIST_NOT_LOADED']));
    const text = fields(definition).find(
      (f) => f.datentyp === 'text' && !f.codeList && f.feldart === 'input',
    );
    expect(setFirst(data, text?.key ?? '', 42)).toBe(true);
    const report = form.validate(data);
    expect(report.valid).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['WRONG_TYPE']);
    expect(report.issues.some((i) => i.code === 'CODE_LIST_NOT_LOADED')).toBe(true);
  });
});

describe('a shipped form with XRepository lists', () => {
  it('the Führerschein carries Geschlecht and Staatsangehörigkeit exactly as the genericode files give them', () => {
    const lists = [
      list('codelists', 'xinneres-geschlecht_1.xml'),
      list('codelists', 'destatis-staatsangehoerigkeit_2024-08-01.xml'),
    ];
    const shipped = (fuehrerschein.codeLists ?? []).map((l) => ({
      uri: l.uri,
      version: l.version,
      values: l.values,
    }));
    expect(shipped).toEqual(lists.map((l) => ({ uri: l.uri, version: l.version, values: l.values })));
    const data = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));
    const withLists = compile(fuehrerschein, { codeLists: lists }).validate(data, {
      referenceDate: EXAMPLE_REFERENCE_DATE,
    });
    expect(withLists.issues).toEqual([]);
    // Without options the shipped lists are used: nothing to load, nothing unchecked.
    const shippedOnly = compile(fuehrerschein).validate(data, { referenceDate: EXAMPLE_REFERENCE_DATE });
    expect(shippedOnly.issues).toEqual([]);
    data.antragsteller.geschlecht = 'q';
    const wrong = compile(fuehrerschein).validate(data, { referenceDate: EXAMPLE_REFERENCE_DATE });
    expect(wrong.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'CODE_NOT_IN_LIST /antragsteller/geschlecht',
    ]);
  });
});
