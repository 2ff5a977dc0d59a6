/**
 * Each finding of the XDF importer, from a file that has exactly that defect: an XDF 3 export of
 * a small form, edited in one place. The finding carries its code and where it is.
 */
import { describe, expect, it } from 'vitest';
import { defineForm, field, group } from '../model/builders.js';
import type { ChildDefinition, FormDefinition } from '../model/types.js';
import { toXdf } from './export.js';
import { importXdf } from './import.js';

const V = '1.0.0';
const form = defineForm({
  id: 'S99000000800',
  version: V,
  name: 'Testformular',
  key: 'test',
  children: [
    group({
      id: 'G99000000801',
      version: V,
      name: 'Gruppe',
      key: 'gruppe',
      validFrom: '2024-01-01',
      relations: [{ praedikat: 'ERS', objekt: { id: 'G99000000799', version: V } }],
      children: [
        field.select({
          id: 'F99000000802',
          version: V,
          name: 'Auswahl',
          key: 'auswahl',
          values: [
            { code: 'x', name: { de: 'X' } },
            { code: 'y', name: { de: 'Y' } },
          ],
        }),
        field.select({
          id: 'F99000000803',
          version: V,
          name: 'Liste',
          key: 'liste',
          codeList: { uri: 'urn:test:liste', version: '1' },
        }),
      ],
    }),
  ],
});
const xdf = toXdf(form);

/** The findings of importing the export with one edit. */
function findings(edit: (text: string) => string): Array<{ code: string; severity: string }> {
  const edited = edit(xdf);
  expect(edited, 'the edit changed the file').not.toBe(xdf);
  return importXdf(edited).report.issues.map((issue) => ({ code: issue.code, severity: issue.severity }));
}

describe('importXdf findings', () => {
  it('the unedited export imports without findings', () => {
    expect(importXdf(xdf).report.issues).toEqual([]);
  });

  it('XDF_MISSING_VERSION: an identification without version gets a default one', () => {
    const result = importXdf(
      xdf.replace(
        '<xdf:id>F99000000802</xdf:id>\n                  <xdf:version>1.0.0</xdf:version>',
        '<xdf:id>F99000000802</xdf:id>',
      ),
    );
    expect(result.report.issues.map((i) => i.code)).toContain('XDF_MISSING_VERSION');
  });

  it('XDF_MISSING_NAME: an element without name is named by its id', () => {
    expect(findings((t) => t.replace('<xdf:name>Auswahl</xdf:name>', ''))).toContainEqual({
      code: 'XDF_MISSING_NAME',
      severity: expect.any(String),
    });
  });

  it('XDF_INVALID_DATE: an impossible date is left out', () => {
    expect(
      findings((t) =>
        t.replace('<xdf:gueltigAb>2024-01-01</xdf:gueltigAb>', '<xdf:gueltigAb>2024-13-45</xdf:gueltigAb>'),
      ).map((f) => f.code),
    ).toContain('XDF_INVALID_DATE');
  });

  it('XDF_INVALID_CODE: a schemaelementart outside its list', () => {
    expect(findings((t) => t.replace('<code>RNG</code>', '<code>XYZ</code>')).map((f) => f.code)).toContain(
      'XDF_INVALID_CODE',
    );
  });

  it('XDF_INVALID_RELATION: a relation with an unknown predicate', () => {
    expect(findings((t) => t.replace('<code>ERS</code>', '<code>FOO</code>')).map((f) => f.code)).toContain(
      'XDF_INVALID_RELATION',
    );
  });

  it('XDF_DUPLICATE_VALUE: a code listed twice among the inline values', () => {
    expect(
      findings((t) => t.replace('<xdf:code>y</xdf:code>', '<xdf:code>x</xdf:code>')).map((f) => f.code),
    ).toContain('XDF_DUPLICATE_VALUE');
  });

  it('XDF_CODE_LIST_INCOMPLETE: a code-list reference without a version', () => {
    const edited = (t: string) =>
      t
        .replace('<xdf:version>1</xdf:version>', '')
        .replace('<xdf:canonicalVersionUri>urn:test:liste_1</xdf:canonicalVersionUri>', '');
    expect(findings(edited).map((f) => f.code)).toContain('XDF_CODE_LIST_INCOMPLETE');
  });

  it('XDF_RECURSIVE_GROUP: a group that contains itself', () => {
    const start = xdf.indexOf('<xdf:datenfeldgruppe>');
    const end = xdf.lastIndexOf('</xdf:datenfeldgruppe>') + '</xdf:datenfeldgruppe>'.length;
    const groupText = xdf.slice(start, end);
    const nested = groupText.replace(
      /<\/xdf:datenfeldgruppe>$/,
      `<xdf:struktur><xdf:anzahl>0:1</xdf:anzahl><xdf:enthaelt>${groupText}</xdf:enthaelt></xdf:struktur></xdf:datenfeldgruppe>`,
    );
    const result = importXdf(xdf.slice(0, start) + nested + xdf.slice(end));
    expect(result.report.issues.map((i) => i.code)).toContain('XDF_RECURSIVE_GROUP');
  });

  it('XDF_TOO_DEEP: groups nested deeper than definitions may be', () => {
    let inner: ChildDefinition = field.text({ id: 'F99000000900', version: V, name: 'Blatt', key: 'blatt' });
    for (let depth = 0; depth < 70; depth++) {
      const children: readonly ChildDefinition[] = [inner];
      inner = group({
        id: `G99${String(100000 + depth).padStart(9, '0')}`,
        version: V,
        name: `Ebene ${depth}`,
        key: `e${depth}`,
        children,
      });
    }
    const deep: FormDefinition = { ...form, children: [inner] };
    // The XML depth limit stops such a file first by default; a caller may raise it.
    expect(importXdf(toXdf(deep)).report.issues.map((i) => i.code)).toEqual(['XDF_NOT_WELL_FORMED']);
    const result = importXdf(toXdf(deep), { limits: { maxDepth: 1000 } });
    expect(result.report.issues.map((i) => i.code)).toContain('XDF_TOO_DEEP');
  });
});
