/**
 * The Fahrerlaubnis zur Fahrgastbeförderung against § 48 FeV and Anlage 5 and 6, at the
 * boundaries. Each test names the provision; expected dates are worked out by hand (birthdays
 * count from their first moment, §§ 187 Abs. 2, 188 BGB; holding periods run from the issue,
 * § 187 Abs. 1 BGB; a certificate dated D is "nicht älter als" N years up to D + N years).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { messageErrors } from '../../test/support/message-errors.js';
import { type Data, ruleHarness } from '../../test/support/rule-harness.js';
import { personenbefoerderungsschein } from './form.js';

/** `antrag(change)`: the valid example (Erteilung for taxi and hire car, applied for on 2026-04-15) with a change. */
const {
  form,
  valid,
  errors,
  changed: antrag,
  unseenRules,
} = ruleHarness(personenbefoerderungsschein, 'examples/personenbefoerderungsschein/valid.json');

/** A renewal of a permit for the given kinds of vehicle, valid until `gueltigBis`. */
function verlaengerung(gueltigBis: string, extra: Data = {}, fahrzeugarten = ['taxi', 'mietwagen']): Data {
  return antrag((d) => {
    d.antragsart = 'verlaengerung';
    d.fahrzeugarten = fahrzeugarten;
    d.bisherigeErlaubnis = { nummer: 'P-2021-1', fahrzeugarten, gueltigBis, ...extra };
    delete d.nachweise.leistungstest;
    delete d.nachweise.leistungstestDatum;
    delete d.nachweise.auskunftFahreignungsregister;
  });
}

describe('§ 48 Abs. 4 Nr. 2 FeV: Mindestalter am Antragstag', () => {
  const alter = (geburtsdatum: string, fahrzeugarten: string[], antragsdatum = '2026-04-15') =>
    antrag((d) => {
      d.antragsteller.geburtsdatum = geburtsdatum;
      d.fahrzeugarten = fahrzeugarten;
      d.antragsdatum = antragsdatum;
      d.fahrerlaubnisKlasseB.erteiltAm = '2023-01-01';
      if (antragsdatum < '2026-01-01') {
        d.nachweise.aerztlicheUntersuchungDatum = '2025-01-15';
        d.nachweise.augenUntersuchungDatum = '2025-01-15';
        d.nachweise.leistungstestDatum = '2025-01-15';
        d.antragsteller.ausweisdokument.gueltigBis = '2029-01-01';
      }
    });

  it('21 for taxis: 21st birthday on the application date is fine, one day later is not', () => {
    expect(errors(alter('2005-04-15', ['taxi']))).toEqual([]);
    expect(errors(alter('2005-04-16', ['taxi']))).toEqual(['PS_MINDESTALTER /fahrzeugarten/0']);
  });

  it('19 when restricted to ambulances; with a taxi besides, the taxi needs 21', () => {
    const kkw = (geburtsdatum: string, fahrzeugarten: string[]) =>
      antrag((d) => {
        Object.assign(d, alter(geburtsdatum, fahrzeugarten));
        d.nachweise.ersteHilfeDatum = '2025-01-01';
        d.fahrerlaubnisKlasseB.erteiltAm = '2025-01-01';
      });
    expect(errors(kkw('2007-04-15', ['krankenkraftwagen']))).toEqual([]);
    expect(errors(kkw('2007-04-16', ['krankenkraftwagen']))).toEqual(['PS_MINDESTALTER /fahrzeugarten/0']);
    expect(errors(kkw('2006-04-15', ['krankenkraftwagen', 'taxi']))).toEqual([
      'PS_MINDESTALTER /fahrzeugarten/1',
      'PS_KLASSE_B_VORBESITZ /fahrerlaubnisKlasseB/erteiltAm',
    ]);
  });

  it('born 29 February 2004: 21 on 1 March 2025 (§ 188 Abs. 3 BGB), not on 28 February', () => {
    expect(errors(alter('2004-02-29', ['taxi'], '2025-03-01'))).toEqual([]);
    expect(errors(alter('2004-02-29', ['taxi'], '2025-02-28'))).toEqual(['PS_MINDESTALTER /fahrzeugarten/0']);
  });
});

describe('§ 48 Abs. 4 Nr. 5 FeV: Klasse B seit zwei Jahren (Krankenkraftwagen: einem) oder so lange in den letzten fünf Jahren', () => {
  const klasseB = (erteiltAm: string, extra: Data = {}, fahrzeugarten = ['taxi']) =>
    antrag((d) => {
      d.fahrzeugarten = fahrzeugarten;
      d.fahrerlaubnisKlasseB.erteiltAm = erteiltAm;
      Object.assign(d.fahrerlaubnisKlasseB, extra);
      if (fahrzeugarten.includes('krankenkraftwagen')) d.nachweise.ersteHilfeDatum = '2025-01-01';
    });
  const B = 'PS_KLASSE_B_VORBESITZ /fahrerlaubnisKlasseB/erteiltAm';

  it('issued 2024-04-14: two years complete on 2026-04-15; issued 2024-04-15: not before 2026-04-16', () => {
    expect(errors(klasseB('2024-04-14'))).toEqual([]);
    expect(errors(klasseB('2024-04-15'))).toEqual([B]);
  });

  it('one year for ambulances only: issued 2025-04-14 fine, 2025-04-15 not yet', () => {
    expect(errors(klasseB('2025-04-14', {}, ['krankenkraftwagen']))).toEqual([]);
    expect(errors(klasseB('2025-04-15', {}, ['krankenkraftwagen']))).toEqual([B]);
  });

  it('an earlier class B counts when held two years and ended within the last five years (ended 2021-04-15 fine, 2021-04-14 not)', () => {
    const frueher = (von: string, bis: string) => klasseB('2026-01-10', { fruehererBesitz: { von, bis } });
    expect(errors(frueher('2015-01-01', '2021-04-15'))).toEqual([]);
    expect(errors(frueher('2015-01-01', '2021-04-14'))).toEqual([B]);
    expect(errors(frueher('2022-06-01', '2024-06-01'))).toEqual([B]);
    expect(errors(frueher('2022-06-01', '2024-06-02'))).toEqual([]);
  });

  it('the earlier holding ends after it began and before the application', () => {
    expect(
      errors(klasseB('2026-01-10', { fruehererBesitz: { von: '2024-06-01', bis: '2022-06-01' } })),
    ).toEqual([B, 'PS_DATUM /fahrerlaubnisKlasseB/fruehererBesitz/bis']);
  });

  it('a renewal does not repeat the conditions of the first issue', () => {
    expect(errors(verlaengerung('2026-06-30', {}, ['taxi']))).toEqual([]);
  });
});

describe('§ 48 Abs. 4 Nr. 2a FeV: Führungszeugnis und Auskunft aus dem Fahreignungsregister', () => {
  it('the Führungszeugnis is required; the register extract at the applicant’s cost on a first issue', () => {
    expect(errors(antrag((d) => delete d.nachweise.fuehrungszeugnisBeantragtAm))).toEqual([
      'REQUIRED /nachweise/fuehrungszeugnisBeantragtAm',
    ]);
    expect(errors(antrag((d) => delete d.nachweise.auskunftFahreignungsregister))).toEqual([
      'REQUIRED_IF /nachweise/auskunftFahreignungsregister',
    ]);
    expect(errors(antrag((d) => (d.nachweise.auskunftFahreignungsregister = false)))).toEqual([
      'PS_FAHREIGNUNGSREGISTER /nachweise/auskunftFahreignungsregister',
    ]);
  });
});

describe('Nachweise der Eignung (§ 48 Abs. 4 Nr. 3 und 4 FeV, Anlage 5 und 6)', () => {
  it('Anlage 5 Nr. 1: the medical certificate is not older than one year (2025-04-15 fine on 2026-04-15, 2025-04-14 too old)', () => {
    expect(errors(antrag((d) => (d.nachweise.aerztlicheUntersuchungDatum = '2025-04-15')))).toEqual([]);
    expect(errors(antrag((d) => (d.nachweise.aerztlicheUntersuchungDatum = '2025-04-14')))).toEqual([
      'PS_NACHWEIS_ALT /nachweise/aerztlicheUntersuchungDatum',
    ]);
  });

  it('§ 12 Abs. 7 FeV: the eyesight certificate (Anlage 6 Nr. 2) is not older than two years', () => {
    expect(errors(antrag((d) => (d.nachweise.augenUntersuchungDatum = '2024-04-15')))).toEqual([]);
    expect(errors(antrag((d) => (d.nachweise.augenUntersuchungDatum = '2024-04-14')))).toEqual([
      'PS_NACHWEIS_ALT /nachweise/augenUntersuchungDatum',
    ]);
  });

  it('Anlage 5 Nr. 2: the performance test on every first issue, whatever the age, not older than one year', () => {
    const jung = antrag((d) => {
      delete d.nachweise.leistungstest;
      delete d.nachweise.leistungstestDatum;
    });
    expect(errors(jung)).toEqual([
      'REQUIRED_IF /nachweise/leistungstest',
      'REQUIRED_IF /nachweise/leistungstestDatum',
    ]);
    expect(errors(antrag((d) => (d.nachweise.leistungstestDatum = '2025-04-14')))).toEqual([
      'PS_NACHWEIS_ALT /nachweise/leistungstestDatum',
    ]);
  });

  it('§ 48 Abs. 6 Satz 2 FeV: a renewal beyond the completed 60th year needs it — born 1971-06-15, valid until 2026-06-14 renews to 2031-06-14 (day before the 60th birthday): no test; until 2026-06-15: test', () => {
    const renew = (gueltigBis: string, extra: Data = {}) =>
      antrag((d) => {
        Object.assign(d, verlaengerung(gueltigBis, extra));
        d.antragsteller.geburtsdatum = '1971-06-15';
      });
    expect(errors(renew('2026-06-14'))).toEqual([]);
    expect(errors(renew('2026-06-15'))).toEqual([
      'REQUIRED_IF /nachweise/leistungstest',
      'REQUIRED_IF /nachweise/leistungstestDatum',
    ]);
    // A renewal limited to the day before the 60th birthday needs no test.
    expect(errors(renew('2026-06-30', { verlaengerungBis: '2031-06-14' }))).toEqual([]);
    expect(errors(renew('2026-06-30', { verlaengerungBis: '2031-06-15' }))).toEqual([
      'REQUIRED_IF /nachweise/leistungstest',
      'REQUIRED_IF /nachweise/leistungstestDatum',
    ]);
  });
});

describe('Verlängerung (§ 48 Abs. 5 FeV)', () => {
  it('only a permit still valid on the application date (valid until that day: fine; the day before: expired)', () => {
    expect(errors(verlaengerung('2026-04-15'))).toEqual([]);
    expect(errors(verlaengerung('2026-04-14'))).toEqual([
      'PS_ERLAUBNIS_ABGELAUFEN /bisherigeErlaubnis/gueltigBis',
    ]);
  });

  it('Satz 1 and 2: by up to five years after the current end (2026-06-30 → 2031-06-30 at most)', () => {
    expect(errors(verlaengerung('2026-06-30', { verlaengerungBis: '2031-06-30' }))).toEqual([]);
    expect(errors(verlaengerung('2026-06-30', { verlaengerungBis: '2031-07-01' }))).toEqual([
      'PS_GELTUNGSDAUER /bisherigeErlaubnis/verlaengerungBis',
    ]);
    expect(errors(verlaengerung('2026-06-30', { verlaengerungBis: '2026-06-30' }))).toEqual([
      'PS_GELTUNGSDAUER /bisherigeErlaubnis/verlaengerungBis',
    ]);
  });

  it('only for the kinds of vehicle permitted so far; the current permit is stated with a renewal and only then', () => {
    const mehr = verlaengerung('2026-06-30', {}, ['krankenkraftwagen']);
    mehr.fahrzeugarten = ['krankenkraftwagen', 'taxi'];
    expect(errors(mehr)).toEqual(['PS_VERLAENGERUNG_UMFANG /fahrzeugarten/1']);
    expect(errors(antrag((d) => (d.antragsart = 'verlaengerung')))).toEqual([
      'REQUIRED_IF /bisherigeErlaubnis',
    ]);
    expect(
      errors(antrag((d) => (d.bisherigeErlaubnis = verlaengerung('2026-06-30').bisherigeErlaubnis))),
    ).toEqual(['NOT_RELEVANT /bisherigeErlaubnis']);
  });
});

describe('§ 48 Abs. 4 Nr. 6 und 7 FeV', () => {
  const kkw = (change: (d: Data) => void) =>
    antrag((d) => {
      d.fahrzeugarten = ['krankenkraftwagen'];
      change(d);
    });

  it('Nr. 6: first aid for ambulance drivers on a first issue; § 19 Abs. 3 exempts health professions; only for ambulances', () => {
    expect(errors(kkw(() => {}))).toEqual(['REQUIRED_IF /nachweise/ersteHilfeDatum']);
    expect(errors(kkw((d) => (d.nachweise.ersteHilfeDatum = '2010-01-01')))).toEqual([]);
    expect(errors(kkw((d) => (d.nachweise.ersteHilfeBefreiung = 'heilberuf')))).toEqual([]);
    expect(errors(antrag((d) => (d.nachweise.ersteHilfeDatum = '2010-01-01')))).toEqual([
      'NOT_RELEVANT /nachweise/ersteHilfeDatum',
    ]);
    expect(errors(verlaengerung('2026-06-30', {}, ['krankenkraftwagen']))).toEqual([]);
  });

  it('Nr. 7: the proof of expertise concerns taxis, hire cars and pooled services only', () => {
    expect(errors(antrag((d) => (d.nachweise.fachkundeNachweisDatum = '2025-01-01')))).toEqual([]);
    const kkwMitFachkunde = kkw((d) => {
      d.nachweise.ersteHilfeDatum = '2010-01-01';
      d.nachweise.fachkundeNachweisDatum = '2025-01-01';
    });
    expect(errors(kkwMitFachkunde)).toEqual(['NOT_RELEVANT /nachweise/fachkundeNachweisDatum']);
  });
});

describe('Weitere Angaben', () => {
  it('§ 48 Abs. 1 FeV: each kind of vehicle once', () => {
    expect(errors(antrag((d) => (d.fahrzeugarten = ['taxi', 'taxi'])))).toEqual([
      'PS_FAHRZEUGART_DOPPELT /fahrzeugarten',
    ]);
  });

  it('§ 48 Abs. 6 Satz 1 mit § 21 Abs. 1 Satz 3 Nr. 1 FeV: the identity document is valid on the application date', () => {
    expect(errors(antrag((d) => (d.antragsteller.ausweisdokument.gueltigBis = '2026-04-15')))).toEqual([]);
    expect(errors(antrag((d) => (d.antragsteller.ausweisdokument.gueltigBis = '2026-04-14')))).toEqual([
      'AUSWEIS_ABGELAUFEN /antragsteller/ausweisdokument/gueltigBis',
    ]);
  });

  it('the shipped code lists: no CODE_LIST_NOT_LOADED; a foreign code is an error in JSON and XML', () => {
    const report = form.validate(valid, { referenceDate: valid.antragsdatum });
    expect(report.issues.map((i) => i.code)).not.toContain('CODE_LIST_NOT_LOADED');
    const wrong = antrag((d) => (d.antragsteller.staatsangehoerigkeit = ['PL']));
    expect(errors(wrong)).toEqual(['CODE_NOT_IN_LIST /antragsteller/staatsangehoerigkeit/0']);
    expect(messageErrors(form, wrong, wrong.antragsdatum)).toEqual([
      'CODE_NOT_IN_LIST /antragsteller/staatsangehoerigkeit/0',
    ]);
  });
});

afterAll(() => {
  expect(unseenRules()).toEqual([]);
});
