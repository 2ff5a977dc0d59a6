/**
 * The worked example (examples/derivations/fuehrerschein-bayern.json): a Land's Führerschein
 * form derived from the shipped federal one validates, exports to XDF 3 valid under the XDF 3.0.0
 * XSD, re-imports equal, and its generated valid submissions reduce to valid parent submissions.
 * Oracles: the published XSD (libxml2), the parent form compiled afresh, the parent definition.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xsdFileFailures } from '../../../test/support/xsd.js';
import { toXdf } from '../../fim/export.js';
import { importXdf } from '../../fim/import.js';
import { fuehrerschein } from '../../forms/index.js';
import { validExample } from '../../generate/valid-example.js';
import type { FormDefinition } from '../../model/types.js';
import { elementsOf } from '../../model/walk.js';
import { compile } from '../../validate/compile.js';
import { deriveForm } from './derive.js';
import type { Derivation } from './format.js';
import { toParentSubmission } from './reduce.js';

const REFERENCE_DATE = '2026-03-02';
const derivation = JSON.parse(
  readFileSync('examples/derivations/fuehrerschein-bayern.json', 'utf8'),
) as Derivation;
const bayern = deriveForm(fuehrerschein, derivation);
const valid = JSON.parse(readFileSync('examples/derivations/fuehrerschein-bayern.valid.json', 'utf8'));
const XSD = 'test/fixtures/xdatenfelder-3.0.0/xdatenfelder.xsd';

/** A fresh copy of the parent, so no compiled form or cache is shared with the derived one. */
const parentCopy = (): FormDefinition => JSON.parse(JSON.stringify(fuehrerschein)) as FormDefinition;

const at = (definition: FormDefinition, keyPath: string) =>
  elementsOf(definition).find((visit) => visit.keyPath === keyPath)?.element;

describe('the derived Führerschein form of Bayern', () => {
  it('has its own identity, names the parent with ABL and keeps the parent rules and code lists', () => {
    expect(bayern.id).toBe('S99009000100');
    expect(bayern.relations).toEqual([
      { praedikat: 'ABL', objekt: { id: 'S99000000100', version: '2.0.0' } },
    ]);
    expect(bayern.rules).toBe(fuehrerschein.rules);
    expect(bayern.codeLists).toBe(fuehrerschein.codeLists);
    expect(bayern.ableitungsmodifikationen).toEqual({ struktur: 1, repraesentation: 1 });
  });

  it('offers fewer identity documents, restricts held licences, hides the phone and adds the consent', () => {
    const art = at(bayern, 'antragsteller.ausweisdokument.art');
    expect(art?.kind === 'field' && art.values?.map((value) => value.code)).toEqual([
      'personalausweis',
      'aufenthaltstitel',
    ]);
    const parentArt = at(fuehrerschein, 'antragsteller.ausweisdokument.art');
    expect(parentArt?.kind === 'field' && parentArt.values?.length).toBe(4);
    expect(at(bayern, 'vorhandeneFahrerlaubnis')?.cardinality).toBe('0:16');
    expect(at(bayern, 'antragsteller.kontakt.telefon')).toBeUndefined();
    expect(at(bayern, 'antragsteller.kontakt.email')).toBeDefined();
    const added = at(bayern, 'bekanntgabePostfach');
    expect(added?.id).toBe('F99009000001');
    expect(bayern.children.map((child) => child.key).slice(-2)).toEqual([
      'erklaerungen',
      'bekanntgabePostfach',
    ]);
    // The parent is unchanged.
    expect(at(fuehrerschein, 'antragsteller.kontakt.telefon')).toBeDefined();
  });

  it('compiles and accepts its valid example; the parent rejects it until the addition is removed', () => {
    const form = compile(bayern);
    expect(form.validate(valid, { referenceDate: REFERENCE_DATE }).issues).toEqual([]);
    const parent = compile(parentCopy());
    expect(
      parent.validate(valid, { referenceDate: REFERENCE_DATE }).issues.map((issue) => issue.code),
    ).toEqual(['UNKNOWN_KEY']);
    expect(
      parent.validate(toParentSubmission(valid, fuehrerschein, bayern), { referenceDate: REFERENCE_DATE })
        .issues,
    ).toEqual([]);
  });

  it('rejects what the Land no longer offers: a passport, a phone number, a missing consent', () => {
    const form = compile(bayern);
    const passport = structuredClone(valid);
    passport.antragsteller.ausweisdokument.art = 'reisepass';
    const phone = structuredClone(valid);
    phone.antragsteller.kontakt.telefon = '+49 89 1234567';
    const noConsent = structuredClone(valid);
    delete noConsent.bekanntgabePostfach;
    const codes = (data: unknown) =>
      form
        .validate(data, { referenceDate: REFERENCE_DATE })
        .issues.map((issue) => `${issue.code} ${issue.path}`);
    expect(codes(passport)).toEqual(['CODE_NOT_IN_LIST /antragsteller/ausweisdokument/art']);
    expect(codes(phone)).toEqual(['UNKNOWN_KEY /antragsteller/kontakt/telefon']);
    expect(codes(noConsent)).toEqual(['REQUIRED /bekanntgabePostfach']);
  });

  it('exports to XDF 3 that the XDF 3.0.0 XSD accepts, with its ableitungsmodifikationen and the relation ABL', () => {
    const xml = toXdf(bayern, { version: 3, messageId: 'bayern-1', createdAt: '2026-03-02T10:00:00Z' });
    expect(xsdFileFailures(XSD, [{ name: 'bayern.xdf3.xml', xml }])).toEqual([]);
    expect(xml).toContain(
      '<xdf:ableitungsmodifikationenStruktur listURI="urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur" listVersionID="1.0"><code>1</code></xdf:ableitungsmodifikationenStruktur>',
    );
    expect(xml).toMatch(
      /<xdf:relation>\s*<xdf:praedikat[^>]*><code>ABL<\/code><\/xdf:praedikat>\s*<xdf:objekt>\s*<xdf:id>S99000000100<\/xdf:id>\s*<xdf:version>2\.0\.0<\/xdf:version>/,
    );
  });

  it('the XSD check can fail: the export of the parent, which states no ableitungsmodifikationen, is rejected', () => {
    const xml = toXdf(fuehrerschein, { version: 3, messageId: 'bund-1', createdAt: '2026-03-02T10:00:00Z' });
    expect(xsdFileFailures(XSD, [{ name: 'bund.xdf3.xml', xml }]).join('\n')).toMatch(
      /Expected is one of .*ableitungsmodifikationenStruktur/,
    );
  });

  it('re-imports from XDF 3 equal to the derived definition, without findings', () => {
    const result = importXdf(
      toXdf(bayern, { version: 3, messageId: 'b', createdAt: '2026-03-02T10:00:00Z' }),
    );
    expect(result.report.issues).toEqual([]);
    expect(result.definition).toEqual(bayern);
  });
});

describe('property: valid submissions of the derived form reduce to valid parent submissions', () => {
  it('holds for 300 generated valid submissions (fresh compile of the parent, code lists loaded)', () => {
    const derived = compile(bayern);
    const parentDefinition = parentCopy();
    const parent = compile(parentDefinition, { codeLists: parentDefinition.codeLists ?? [] });
    const failures: string[] = [];
    let withAddition = 0;
    let withHeldLicences = 0;
    let generated = 0;
    for (let seed = 1; generated < 300 && seed <= 400; seed++) {
      // Half varied from the valid example, half built from scratch (repeated groups filled at random).
      const options = { seed, referenceDate: REFERENCE_DATE };
      const sample = validExample(derived, seed % 2 === 0 ? { ...options, bases: [valid] } : options);
      if (!sample.report.valid) continue;
      generated++;
      if (Object.hasOwn(sample.data, 'bekanntgabePostfach')) withAddition++;
      if (
        Array.isArray(sample.data.vorhandeneFahrerlaubnis) &&
        sample.data.vorhandeneFahrerlaubnis.length > 0
      )
        withHeldLicences++;
      const reduced = toParentSubmission(sample.data, parentDefinition, bayern);
      const report = parent.validate(reduced, { referenceDate: REFERENCE_DATE });
      if (!report.valid)
        failures.push(`seed ${seed}: ${report.issues.map((issue) => issue.code).join(', ')}`);
    }
    expect(generated).toBe(300);
    expect(withAddition).toBe(300);
    expect(withHeldLicences).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
