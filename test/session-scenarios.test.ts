/**
 * Scenarios over the shipped forms, as a portal drives a session: an applicant typing, a
 * household changing, an answer hiding and restoring a group. After every step the session's
 * report must equal a fresh validation of a copy the test keeps and edits itself (through an
 * independent model of `set`), and the steps that matter assert what the applicant sees.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alg2 } from '../schemas/alg2/form.js';
import { fuehrerschein } from '../schemas/fuehrerschein/form.js';
import type { FormDefinition } from '../src/model/types.js';
import { compile } from '../src/validate/compile.js';
import { oracleSet } from './support/edit-oracle.js';

type Data = Record<string, unknown>;

const readJson = (path: string): Data => JSON.parse(readFileSync(path, 'utf8')) as Data;

/** A session and the test's own copy, stepped together. */
function scenario(form: FormDefinition, initial: Data, referenceDate: string) {
  const compiled = compile(form);
  const session = compiled.session(initial, { referenceDate });
  let copy: unknown = structuredClone(initial);
  const step = (path: string, value: unknown) => {
    const expected = oracleSet(form, copy, path, value);
    expect(expected, `the model applies ${path}`).toBeDefined();
    copy = expected;
    const change = session.set(path, value);
    expect(change.ok, `the session applies ${path}`).toBe(true);
    expect(session.data).toEqual(copy);
    const report = session.report();
    expect(report).toEqual(compiled.validate(copy, { referenceDate }));
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    return { change, report, codes: errors.map((issue) => `${issue.code} ${issue.path}`) };
  };
  /** Sets every leaf of `value` under `path`, one at a time, short texts keystroke by keystroke. */
  const type = (path: string, value: unknown): ReturnType<typeof step> => {
    if (Array.isArray(value)) {
      let last = step(path, []);
      value.forEach((item, index) => {
        last = type(`${path}/${index}`, item);
      });
      return last;
    }
    if (typeof value === 'object' && value !== null && !('content' in value)) {
      let last = step(path, {});
      for (const [key, item] of Object.entries(value)) last = type(`${path}/${key}`, item);
      return last;
    }
    if (typeof value === 'string' && value.length <= 12) {
      let last = step(path, value.slice(0, 1));
      for (let i = 2; i <= value.length; i++) last = step(path, value.slice(0, i));
      return last;
    }
    return step(path, value);
  };
  return { session, step, type };
}

describe('scenario: a BF17 application typed field by field (§ 48a FeV)', () => {
  const valid = readJson('examples/fuehrerschein/valid.json');
  const companion: Data = {
    familienname: 'Schäfer',
    vornamen: 'Jens',
    geburtsdatum: '1970-04-02',
    fuehrerscheinnummer: 'B072RRE2I55',
    klasseBSeit: '1988-06-01',
  };
  const target: Data = {
    ...valid,
    antragsart: 'bf17',
    antragsteller: { ...(valid.antragsteller as Data), geburtsdatum: '2009-01-10' },
    beantragteKlassen: ['B'],
    // A minor applies with the consent of the legal representatives.
    gesetzlicheVertretung: [{ familienname: 'Schäfer', vornamen: 'Anna', zustimmung: true }],
    begleitperson: [companion],
  };

  it('reports what a fresh validation reports after every keystroke, and ends valid', () => {
    const { type } = scenario(fuehrerschein, {}, '2026-03-02');
    let valid = false;
    for (const [key, value] of Object.entries(target)) valid = type(`/${key}`, value).report.valid;
    expect(valid).toBe(true);
  });

  it('shows the age issue while the birth date makes the applicant too young, and drops it when corrected', () => {
    const { step } = scenario(fuehrerschein, target, '2026-03-02');
    // 15 years old on the application date: too young even for accompanied driving (§ 10 Abs. 1 FeV).
    const young = step('/antragsteller/geburtsdatum', '2010-12-03');
    expect(young.change.ok && young.change.added.map((issue) => issue.code)).toContain('FE_MINDESTALTER');
    const fixed = step('/antragsteller/geburtsdatum', '2009-01-10');
    expect(fixed.codes).toEqual([]);
    expect(fixed.change.ok && fixed.change.removed.map((issue) => issue.code)).toContain('FE_MINDESTALTER');
  });

  it('asks for a companion as soon as BF17 is chosen, and stops asking when one is given', () => {
    const { step } = scenario(
      fuehrerschein,
      { ...target, antragsart: 'ersterteilung', begleitperson: [] },
      '2026-03-02',
    );
    step('/begleitperson', undefined);
    const without = step('/antragsart', 'bf17');
    expect(without.codes).toContain('REQUIRED_IF /begleitperson');
    const given = step('/begleitperson/0', companion);
    expect(given.codes).not.toContain('REQUIRED_IF /begleitperson');
  });
});

describe('scenario: a Bürgergeld household gains and loses members', () => {
  const valid = readJson('examples/alg2/valid.json');

  it('adds a member field by field, removes the partner, and re-checks every step', () => {
    const { step, type } = scenario(alg2, valid, '2026-02-02');
    const newborn: Data = {
      familienname: 'Schmidt',
      vornamen: 'Lea',
      geschlecht: 'w',
      geburtsdatum: '2025-12-24',
      staatsangehoerigkeit: ['000'],
      familienstand: 'LD',
      verwandtschaft: 'kind',
      erwerbsfaehig: 'nein',
    };
    const start = (valid.haushalt as Data[]).length;
    // A new member appears as the portal adds an empty entry and the applicant types.
    step('/haushalt/-', {});
    const incomplete = step(`/haushalt/${start}/vornamen`, 'L');
    expect(incomplete.codes.some((code) => code.startsWith(`REQUIRED /haushalt/${start}/`))).toBe(true);
    const complete = type(`/haushalt/${start}`, newborn);
    expect(complete.codes.filter((code) => code.includes(`/haushalt/${start}`))).toEqual([]);
    // The partner moves out: the later members move up one place.
    const removed = step('/haushalt/0', undefined);
    expect(removed.codes.filter((code) => code.includes(`/haushalt/${start - 1}`))).toEqual([]);
    // An impossible birth date is reported for that member, at its new place.
    const impossible = step(`/haushalt/${start - 1}/geburtsdatum`, '2025-02-30');
    expect(impossible.codes).toContain(`INVALID_DATE /haushalt/${start - 1}/geburtsdatum`);
    const gone = step(`/haushalt/${start - 1}`, undefined);
    expect(gone.codes.some((code) => code.includes(`/haushalt/${start - 1}`))).toBe(false);
  });
});

describe('scenario: an answer hides a group and brings it back', () => {
  const valid = readJson('examples/fuehrerschein/valid.json');
  const foreign = {
    ausstellungsstaat: '125',
    fuehrerscheinnummer: 'TR-123456',
    erteiltAm: '2015-05-05',
    wohnsitzInlandSeit: '2025-09-01',
  };

  it('Umschreibung: the foreign licence is reported when the answer changes and accepted again when it changes back', () => {
    const { step, type, session } = scenario(fuehrerschein, valid, '2026-03-02');
    const asked = step('/antragsart', 'umschreibung');
    expect(asked.codes).toContain('REQUIRED_IF /auslaendischeFahrerlaubnis');
    type('/auslaendischeFahrerlaubnis', foreign);
    const hidden = step('/antragsart', 'ersterteilung');
    expect(hidden.codes).toContain('NOT_RELEVANT /auslaendischeFahrerlaubnis');
    // Editing inside the hidden group is applied, and still reported at the group.
    const inside = step('/auslaendischeFahrerlaubnis/fuehrerscheinnummer', 'TR-654321');
    expect(inside.codes).toEqual(['NOT_RELEVANT /auslaendischeFahrerlaubnis']);
    const shown = step('/antragsart', 'umschreibung');
    expect(shown.codes).not.toContain('NOT_RELEVANT /auslaendischeFahrerlaubnis');
    expect((session.data.auslaendischeFahrerlaubnis as Data).fuehrerscheinnummer).toBe('TR-654321');
  });
});
