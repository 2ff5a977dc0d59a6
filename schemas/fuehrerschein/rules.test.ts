/**
 * The Führerschein form against the law, case by case at the boundaries: the day before and the
 * day of a birthday, exactly N years of holding a class, certificates exactly one or two years
 * old. Each test names the provision it checks. The expected dates are worked out by hand from
 * the provisions and §§ 187, 188 BGB (written as literals here, not computed by the library).
 *
 * Reading aids: a minimum age may be reached up to six months after the application date; a
 * licence issued on D has been held N years from the day after D + N years (§ 187 Abs. 1 BGB);
 * a certificate dated D is "nicht älter als N Jahre" up to and including D + N years.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { messageErrors } from '../../test/support/message-errors.js';
import { type Data, ruleHarness } from '../../test/support/rule-harness.js';
import { fuehrerschein } from './form.js';

const { form, valid, errors, changed, unseenRules } = ruleHarness(
  fuehrerschein,
  'examples/fuehrerschein/valid.json',
);

/** The valid example with an application date and proofs that fit any date in 2025–2027. */
function antrag(change: (d: Data) => void = () => {}): Data {
  return changed((d) => {
    d.nachweise.sehtestDatum = '2025-08-01';
    d.nachweise.ersteHilfeDatum = '2025-06-01';
    change(d);
  });
}

const eltern = [{ familienname: 'Schäfer', vornamen: 'Anna', zustimmung: true }];

/** A first issue of the given classes to a person born on `geburtsdatum`, applied for on `antragsdatum`. */
function klassen(beantragteKlassen: string[], geburtsdatum: string, antragsdatum: string, extra: Data = {}) {
  return antrag((d) => {
    d.beantragteKlassen = beantragteKlassen;
    d.antragsteller.geburtsdatum = geburtsdatum;
    d.antragsdatum = antragsdatum;
    // Under 18 on the application date (ISO dates compare as text): the parents consent.
    if (geburtsdatum > `${Number(antragsdatum.slice(0, 4)) - 18}${antragsdatum.slice(4)}`) {
      d.gesetzlicheVertretung = eltern;
    }
    Object.assign(d, extra);
  });
}

/** Adds the proofs C and D classes need (Anlage 5, Anlage 6 Nr. 2) and, for D, Anlage 5 Nr. 2 and the Führungszeugnis. */
function mitCD(d: Data, mitD = false): Data {
  d.nachweise.augenUntersuchungDatum = '2025-08-01';
  d.nachweise.aerztlicheUntersuchungDatum = '2025-08-01';
  d.nachweise.aerztlichesGutachten = {
    name: 'bescheinigung.pdf',
    mediaType: 'application/pdf',
    content: 'JVBERi0=',
  };
  delete d.nachweise.sehtestDatum;
  if (mitD) {
    d.nachweise.leistungstestDatum = '2025-08-01';
    d.nachweise.fuehrungszeugnisBeantragtAm = '2025-12-01';
  }
  return d;
}

/** An extension of a class B holder (B issued at 17 under § 48a, or in 2015 for older applicants) to the given classes. */
function erweiterung(
  beantragteKlassen: string[],
  geburtsdatum: string,
  antragsdatum: string,
  extra: Data = {},
) {
  const d = klassen(beantragteKlassen, geburtsdatum, antragsdatum, extra);
  d.antragsart = 'erweiterung';
  const erteiltAm =
    geburtsdatum > '1998-01-01' ? `${Number(geburtsdatum.slice(0, 4)) + 17}-12-01` : '2015-02-02';
  d.vorhandeneFahrerlaubnis = [{ klasse: 'B', erteiltAm }, ...(extra.vorhandeneFahrerlaubnis ?? [])];
  return d;
}

const ALTER = 'FE_MINDESTALTER /beantragteKlassen/0';

describe('Mindestalter (§ 10 Abs. 1 FeV), Antrag bis sechs Monate vor Erreichen des Alters', () => {
  it('lfd. Nr. 1: AM ab 15 — born 2011-09-02 (15 on 2026-09-02): applying on 2026-03-02 is fine, on 2026-03-01 too early', () => {
    expect(errors(klassen(['AM'], '2011-09-02', '2026-03-02', { gesetzlicheVertretung: eltern }))).toEqual(
      [],
    );
    expect(errors(klassen(['AM'], '2011-09-02', '2026-03-01', { gesetzlicheVertretung: eltern }))).toEqual([
      ALTER,
    ]);
  });

  it('lfd. Nr. 2: A1 ab 16 — born 2010-09-02: 2026-03-02 fine, 2026-03-01 too early', () => {
    expect(errors(klassen(['A1'], '2010-09-02', '2026-03-02', { gesetzlicheVertretung: eltern }))).toEqual(
      [],
    );
    expect(errors(klassen(['A1'], '2010-09-02', '2026-03-01', { gesetzlicheVertretung: eltern }))).toEqual([
      ALTER,
    ]);
  });

  it('lfd. Nr. 3: A2 ab 18 — born 2008-09-02: 2026-03-02 fine, 2026-03-01 too early', () => {
    expect(errors(klassen(['A2'], '2008-09-02', '2026-03-02', { gesetzlicheVertretung: eltern }))).toEqual(
      [],
    );
    expect(errors(klassen(['A2'], '2008-09-02', '2026-03-01', { gesetzlicheVertretung: eltern }))).toEqual([
      ALTER,
    ]);
  });

  it('lfd. Nr. 4 Buchstabe a: A ab 24 bei direktem Zugang — born 2002-09-02: 2026-03-02 fine, 2026-03-01 too early', () => {
    expect(errors(klassen(['A'], '2002-09-02', '2026-03-02'))).toEqual([]);
    expect(errors(klassen(['A'], '2002-09-02', '2026-03-01'))).toEqual([ALTER]);
  });

  it('lfd. Nr. 4 Buchstabe b: A ab 21 für dreirädrige Kraftfahrzeuge über 15 kW, only when so restricted', () => {
    expect(errors(klassen(['A'], '2005-09-02', '2026-03-02', { klasseADreirad: true }))).toEqual([]);
    expect(errors(klassen(['A'], '2005-09-02', '2026-03-01', { klasseADreirad: true }))).toEqual([ALTER]);
    expect(errors(klassen(['A'], '2005-09-02', '2026-03-02', { klasseADreirad: false }))).toEqual([ALTER]);
  });

  it('lfd. Nr. 4 Buchstabe c: A ab 20 bei zwei Jahren Vorbesitz A2 — A2 issued 2024-03-01 counts on 2026-03-02, A2 issued 2024-03-02 only from 2026-03-03 (§ 187 Abs. 1, § 188 Abs. 2 BGB)', () => {
    const a2 = (erteiltAm: string, antragsdatum: string, geburtsdatum = '2006-09-02') => {
      const d = klassen(['A'], geburtsdatum, antragsdatum);
      d.antragsart = 'erweiterung';
      d.vorhandeneFahrerlaubnis = [{ klasse: 'A2', erteiltAm }];
      d.nachweise.ersteHilfeBefreiung = 'bereitsNachgewiesen';
      return d;
    };
    expect(errors(a2('2024-03-01', '2026-03-02'))).toEqual([]);
    expect(errors(a2('2024-03-02', '2026-03-02'))).toEqual([ALTER]);
    expect(errors(a2('2024-03-02', '2026-03-03'))).toEqual([]);
    // The age of 20 may again be reached up to six months after the application.
    expect(errors(a2('2022-01-10', '2026-03-02', '2006-09-03'))).toEqual([ALTER]);
  });

  it('lfd. Nr. 5 Buchstabe a: B ab 18 — born 2008-09-02: 2026-03-02 fine, 2026-03-01 too early', () => {
    expect(errors(klassen(['B'], '2008-09-02', '2026-03-02', { gesetzlicheVertretung: eltern }))).toEqual([]);
    expect(errors(klassen(['B'], '2008-09-02', '2026-03-01', { gesetzlicheVertretung: eltern }))).toEqual([
      ALTER,
    ]);
  });

  it('lfd. Nr. 5 with §§ 187 Abs. 2, 188 Abs. 3 BGB: born 29 February 2008, 18 on 1 March 2026, so applying from 1 September 2025', () => {
    expect(errors(klassen(['B'], '2008-02-29', '2025-09-01', { gesetzlicheVertretung: eltern }))).toEqual([]);
    expect(errors(klassen(['B'], '2008-02-29', '2025-08-31', { gesetzlicheVertretung: eltern }))).toEqual([
      ALTER,
    ]);
  });

  it('lfd. Nr. 5 Buchstabe b Doppelbuchstabe aa, § 48a FeV: B ab 17 beim begleiteten Fahren — born 2009-09-02: from 2026-03-02 (16 and a half)', () => {
    const bf17 = (antragsdatum: string) =>
      klassen(['B'], '2009-09-02', antragsdatum, {
        antragsart: 'bf17',
        gesetzlicheVertretung: eltern,
        begleitperson: [
          {
            familienname: 'Schäfer',
            vornamen: 'Jens',
            geburtsdatum: '1970-04-02',
            fuehrerscheinnummer: 'B072RRE2I55',
            klasseBSeit: '1988-06-01',
          },
        ],
      });
    expect(errors(bf17('2026-03-02'))).toEqual([]);
    expect(errors(bf17('2026-03-01'))).toEqual([ALTER]);
  });

  it('lfd. Nr. 5 Buchstabe b Doppelbuchstabe bb: B ab 17 während einer Berufsausbildung zum Berufskraftfahrer', () => {
    const b = (berufskraftfahrerQualifikation: string) =>
      klassen(['B'], '2009-09-02', '2026-03-02', {
        gesetzlicheVertretung: eltern,
        berufskraftfahrerQualifikation,
      });
    expect(errors(b('berufsausbildung'))).toEqual([]);
    expect(errors(b('grundqualifikation'))).toEqual([ALTER]);
  });

  it('lfd. Nr. 6: C1 ab 18 — born 2008-09-02: 2026-03-02 fine, 2026-03-01 too early', () => {
    const c1 = (antragsdatum: string) =>
      mitCD(klassen(['B', 'C1'], '2008-09-02', antragsdatum, { gesetzlicheVertretung: eltern }));
    expect(errors(c1('2026-03-02'))).toEqual([]);
    expect(errors(c1('2026-03-01'))).toEqual([
      'FE_MINDESTALTER /beantragteKlassen/0',
      'FE_MINDESTALTER /beantragteKlassen/1',
    ]);
  });

  it('lfd. Nr. 7: C ab 21, ab 18 nach Grundqualifikation oder in der Berufsausbildung', () => {
    const c = (geburtsdatum: string, antragsdatum: string, berufskraftfahrerQualifikation?: string) =>
      mitCD(
        erweiterung(['C'], geburtsdatum, antragsdatum, {
          ...(berufskraftfahrerQualifikation ? { berufskraftfahrerQualifikation } : {}),
        }),
      );
    expect(errors(c('2005-09-02', '2026-03-02'))).toEqual([]);
    expect(errors(c('2005-09-02', '2026-03-01'))).toEqual([ALTER]);
    expect(errors(c('2008-09-02', '2026-03-02', 'grundqualifikation'))).toEqual([]);
    expect(errors(c('2008-09-02', '2026-03-02', 'berufsausbildung'))).toEqual([]);
    expect(errors(c('2007-09-02', '2026-03-02', 'beschleunigteGrundqualifikation'))).toEqual([ALTER]);
    expect(errors(c('2008-09-02', '2026-03-01', 'grundqualifikation'))).toEqual([ALTER]);
  });

  it('lfd. Nr. 8: D1 ab 21, ab 18 nach Grundqualifikation oder in der Berufsausbildung', () => {
    const d1 = (geburtsdatum: string, antragsdatum: string, berufskraftfahrerQualifikation?: string) =>
      mitCD(
        erweiterung(['D1'], geburtsdatum, antragsdatum, {
          ...(berufskraftfahrerQualifikation ? { berufskraftfahrerQualifikation } : {}),
        }),
        true,
      );
    expect(errors(d1('2005-09-02', '2026-03-02'))).toEqual([]);
    expect(errors(d1('2005-09-02', '2026-03-01'))).toEqual([ALTER]);
    expect(errors(d1('2008-09-02', '2026-03-02', 'berufsausbildung'))).toEqual([]);
    expect(errors(d1('2008-09-02', '2026-03-01', 'berufsausbildung'))).toEqual([ALTER]);
    expect(errors(d1('2008-09-02', '2026-03-02', 'grundqualifikation'))).toEqual([]);
    expect(errors(d1('2008-09-02', '2026-03-02', 'beschleunigteGrundqualifikation'))).toEqual([ALTER]);
  });

  it('lfd. Nr. 9: D ab 24; 23 nach beschleunigter Grundqualifikation (21 im Linienverkehr bis 50 km); 21 nach Grundqualifikation; 20 in der Berufsausbildung (18 im Linienverkehr oder ohne Fahrgäste)', () => {
    const d = (geburtsdatum: string, antragsdatum: string, extra: Data = {}) =>
      mitCD(erweiterung(['D'], geburtsdatum, antragsdatum, extra), true);
    const beschleunigt = { berufskraftfahrerQualifikation: 'beschleunigteGrundqualifikation' };
    const ausbildung = { berufskraftfahrerQualifikation: 'berufsausbildung' };
    expect(errors(d('2002-09-02', '2026-03-02'))).toEqual([]);
    expect(errors(d('2002-09-02', '2026-03-01'))).toEqual([ALTER]);
    expect(errors(d('2003-09-02', '2026-03-02', beschleunigt))).toEqual([]);
    expect(errors(d('2003-09-02', '2026-03-01', beschleunigt))).toEqual([ALTER]);
    expect(errors(d('2005-09-02', '2026-03-02', beschleunigt))).toEqual([ALTER]);
    expect(
      errors(d('2005-09-02', '2026-03-02', { ...beschleunigt, einschraenkungLinienverkehr: true })),
    ).toEqual([]);
    expect(
      errors(d('2005-09-02', '2026-03-02', { berufskraftfahrerQualifikation: 'grundqualifikation' })),
    ).toEqual([]);
    expect(
      errors(d('2005-09-02', '2026-03-01', { berufskraftfahrerQualifikation: 'grundqualifikation' })),
    ).toEqual([ALTER]);
    expect(errors(d('2006-09-02', '2026-03-02', ausbildung))).toEqual([]);
    expect(errors(d('2006-09-02', '2026-03-01', ausbildung))).toEqual([ALTER]);
    expect(
      errors(d('2008-09-02', '2026-03-02', { ...ausbildung, einschraenkungLinienverkehr: true })),
    ).toEqual([]);
    expect(
      errors(d('2008-09-02', '2026-03-01', { ...ausbildung, einschraenkungLinienverkehr: true })),
    ).toEqual([ALTER]);
  });

  it('lfd. Nr. 10 und 11: L und T ab 16 — born 2010-09-02: 2026-03-02 fine, 2026-03-01 too early', () => {
    expect(errors(klassen(['T'], '2010-09-02', '2026-03-02', { gesetzlicheVertretung: eltern }))).toEqual([]);
    expect(errors(klassen(['L'], '2010-09-02', '2026-03-01', { gesetzlicheVertretung: eltern }))).toEqual([
      ALTER,
    ]);
  });

  it('the lower ages need their conditions: Beschränkung auf dreirädrige nur bei A, Linienverkehr nur bei D mit Ausbildung oder beschleunigter Grundqualifikation (§ 10 Abs. 1 lfd. Nr. 4, 9 FeV)', () => {
    expect(errors(klassen(['B'], '2000-01-01', '2026-03-02', { klasseADreirad: true }))).toEqual([
      'NOT_RELEVANT /klasseADreirad',
    ]);
    expect(
      errors(
        mitCD(
          erweiterung(['D'], '2000-01-01', '2026-03-02', {
            berufskraftfahrerQualifikation: 'grundqualifikation',
            einschraenkungLinienverkehr: true,
          }),
          true,
        ),
      ),
    ).toEqual(['NOT_RELEVANT /einschraenkungLinienverkehr']);
    expect(
      errors(klassen(['AM'], '2000-01-01', '2026-03-02', { berufskraftfahrerQualifikation: 'keine' })),
    ).toEqual(['NOT_RELEVANT /berufskraftfahrerQualifikation']);
  });
});

describe('Klassen', () => {
  it('§ 9 FeV: CE setzt C voraus, besessen oder zugleich beantragt', () => {
    expect(
      errors(mitCD(erweiterung(['CE'], '1990-01-01', '2026-03-02'))).map((e) => e.split(' ')[0]),
    ).toEqual(['FE_VORBESITZ']);
    expect(errors(mitCD(erweiterung(['C', 'CE'], '1990-01-01', '2026-03-02')))).toEqual([]);
  });

  it('§ 2 Abs. 2 Satz 1 Nr. 7 StVG, § 6 Abs. 3 FeV: eine Klasse, die man besitzt (auch eingeschlossen), wird nicht erneut erteilt', () => {
    expect(errors(erweiterung(['B'], '1990-01-01', '2026-03-02'))).toEqual([
      'FE_KLASSE_VORHANDEN /beantragteKlassen/0',
    ]);
    expect(errors(erweiterung(['AM'], '1990-01-01', '2026-03-02'))).toEqual([
      'FE_KLASSE_VORHANDEN /beantragteKlassen/0',
    ]);
    expect(errors(erweiterung(['A1'], '1990-01-01', '2026-03-02'))).toEqual([]);
  });

  it('§ 6 Abs. 1 FeV: jede Klasse nur einmal', () => {
    expect(errors(klassen(['B', 'B'], '2000-01-01', '2026-03-02'))).toEqual([
      'FE_KLASSE_DOPPELT /beantragteKlassen',
    ]);
  });

  it('§ 48a Abs. 1 FeV: begleitetes Fahren nur mit B oder BE, andere Klassen daneben (B with A1 at 16½ is fine, A1 alone is not)', () => {
    const bf17 = (beantragteKlassen: string[]) =>
      klassen(beantragteKlassen, '2009-09-02', '2026-03-02', {
        antragsart: 'bf17',
        gesetzlicheVertretung: eltern,
        begleitperson: [
          {
            familienname: 'Schäfer',
            vornamen: 'Jens',
            geburtsdatum: '1970-04-02',
            fuehrerscheinnummer: 'X1',
            klasseBSeit: '1988-06-01',
          },
        ],
      });
    expect(errors(bf17(['B', 'A1']))).toEqual([]);
    expect(errors(bf17(['A1']))).toEqual(['FE_BF17_KLASSE /antragsart']);
  });

  it('Antragsart: wer eine Fahrerlaubnis besitzt, erweitert (§ 21 Abs. 1, § 17 FeV: auch A2 → A); eine Erweiterung setzt eine vorhandene voraus', () => {
    expect(
      errors(
        klassen(['A'], '2000-01-01', '2026-03-02', {
          vorhandeneFahrerlaubnis: [{ klasse: 'A2', erteiltAm: '2020-01-01' }],
        }),
      ),
    ).toEqual(['RULE_MAX_COUNT /vorhandeneFahrerlaubnis']);
    expect(errors(klassen(['A'], '2000-01-01', '2026-03-02', { antragsart: 'erweiterung' }))).toEqual([
      'RULE_MIN_COUNT /vorhandeneFahrerlaubnis',
    ]);
  });

  it('§ 21 Abs. 1 Satz 3 Nr. 1 FeV: das Geburtsdatum liegt vor dem Antrag', () => {
    expect(errors(antrag((d) => (d.antragsteller.geburtsdatum = '2026-03-02')))).toContain('FE_DATUM ');
  });
});

describe('Begleitetes Fahren ab 17 (§ 48a FeV)', () => {
  const mit = (begleitperson: Data, antragsdatum = '2026-03-02') =>
    klassen(['B'], '2009-09-02', antragsdatum, {
      antragsart: 'bf17',
      gesetzlicheVertretung: eltern,
      begleitperson: [
        {
          familienname: 'Schäfer',
          vornamen: 'Jens',
          geburtsdatum: '1970-04-02',
          fuehrerscheinnummer: 'X1',
          klasseBSeit: '1988-06-01',
          ...begleitperson,
        },
      ],
    });

  it('§ 48a Abs. 2 FeV: mindestens eine Begleitperson, und nur beim begleiteten Fahren', () => {
    expect(
      errors(antrag((d) => Object.assign(d, { antragsart: 'bf17', gesetzlicheVertretung: eltern }))),
    ).toContain('REQUIRED_IF /begleitperson');
    expect(errors(antrag((d) => (d.begleitperson = mit({}).begleitperson)))).toEqual([
      'NOT_RELEVANT /begleitperson',
    ]);
  });

  it('§ 48a Abs. 5 Satz 1 Nr. 1 FeV: die Begleitperson hat am Antragstag das 30. Lebensjahr vollendet (30th birthday fine, day before not)', () => {
    expect(errors(mit({ geburtsdatum: '1996-03-02' }))).toEqual([]);
    expect(errors(mit({ geburtsdatum: '1996-03-03', klasseBSeit: '2014-05-01' }))).toEqual([
      'FE_BEGLEITPERSON /begleitperson/0/geburtsdatum',
    ]);
  });

  it('§ 48a Abs. 5 Satz 1 Nr. 2 FeV: Klasse B seit mindestens fünf Jahren — issued 2021-03-01 fine on 2026-03-02, issued 2021-03-02 only from 2026-03-03', () => {
    expect(errors(mit({ klasseBSeit: '2021-03-01' }))).toEqual([]);
    expect(errors(mit({ klasseBSeit: '2021-03-02' }))).toEqual([
      'FE_BEGLEITPERSON /begleitperson/0/klasseBSeit',
    ]);
    expect(errors(mit({ klasseBSeit: '2021-03-02' }, '2026-03-03'))).toEqual([]);
  });

  it('§ 48a Abs. 5 Satz 1 Nr. 3 FeV: höchstens ein Punkt im Fahreignungsregister', () => {
    expect(errors(mit({ punkte: 1 }))).toEqual([]);
    expect(errors(mit({ punkte: 2 }))).toEqual(['FE_BEGLEITPERSON /begleitperson/0/punkte']);
  });
});

describe('Minderjährige (§ 12 Abs. 1 Nr. 1 VwVfG, § 1629 Abs. 1 BGB)', () => {
  it('the consent of the legal representatives is needed the day before the 18th birthday, not on it', () => {
    expect(errors(antrag((d) => (d.antragsteller.geburtsdatum = '2008-03-03')))).toEqual([
      'REQUIRED_IF /gesetzlicheVertretung',
    ]);
    expect(errors(antrag((d) => (d.antragsteller.geburtsdatum = '2008-03-02')))).toEqual([]);
    const adult = antrag((d) => {
      d.gesetzlicheVertretung = eltern;
      d.antragsteller.geburtsdatum = '2008-03-02';
    });
    expect(errors(adult)).toEqual(['NOT_RELEVANT /gesetzlicheVertretung']);
  });

  it('the consent must be given', () => {
    const minor = antrag((d) => {
      d.gesetzlicheVertretung = [{ ...eltern[0], zustimmung: false }];
      d.antragsteller.geburtsdatum = '2008-09-02';
    });
    expect(errors(minor)).toEqual(['FE_ZUSTIMMUNG /gesetzlicheVertretung/0/zustimmung']);
  });
});

describe('Nachweise', () => {
  it('§ 12 Abs. 7 FeV: Sehtest bei Antragstellung nicht älter als zwei Jahre — dated 2024-03-02 fine on 2026-03-02, 2024-03-01 too old; not after the application', () => {
    expect(errors(antrag((d) => (d.nachweise.sehtestDatum = '2024-03-02')))).toEqual([]);
    expect(errors(antrag((d) => (d.nachweise.sehtestDatum = '2024-03-01')))).toEqual([
      'FE_SEHTEST_ALT /nachweise/sehtestDatum',
    ]);
    expect(errors(antrag((d) => (d.nachweise.sehtestDatum = '2026-03-03')))).toEqual([
      'FE_SEHTEST_ALT /nachweise/sehtestDatum',
    ]);
  });

  it('§ 12 Abs. 2 FeV, § 21 Abs. 3 Satz 1 Nr. 3 FeV: Sehtest for AM–T classes; C and D applicants take the examination of Anlage 6 Nr. 2 instead', () => {
    expect(errors(antrag((d) => delete d.nachweise.sehtestDatum))).toEqual([
      'REQUIRED_IF /nachweise/sehtestDatum',
    ]);
    expect(errors(mitCD(erweiterung(['C1'], '1990-01-01', '2026-03-02')))).toEqual([]);
  });

  it('§ 12 Abs. 6 FeV mit Anlage 6 Nr. 2: Untersuchung des Sehvermögens für C und D, nach § 12 Abs. 7 nicht älter als zwei Jahre', () => {
    const c1 = (change: (d: Data) => void) => {
      const d = mitCD(erweiterung(['C1'], '1990-01-01', '2026-03-02'));
      change(d);
      return d;
    };
    expect(errors(c1((d) => delete d.nachweise.augenUntersuchungDatum))).toEqual([
      'REQUIRED_IF /nachweise/augenUntersuchungDatum',
    ]);
    expect(errors(c1((d) => (d.nachweise.augenUntersuchungDatum = '2024-03-02')))).toEqual([]);
    expect(errors(c1((d) => (d.nachweise.augenUntersuchungDatum = '2024-03-01')))).toEqual([
      'FE_NACHWEIS_ALT /nachweise/augenUntersuchungDatum',
    ]);
  });

  it('§ 11 Abs. 9 FeV mit Anlage 5 Nr. 1: ärztliche Bescheinigung für C und D, nicht älter als ein Jahr (2025-03-02 fine on 2026-03-02, 2025-03-01 too old)', () => {
    const c1 = (change: (d: Data) => void) => {
      const d = mitCD(erweiterung(['C1'], '1990-01-01', '2026-03-02'));
      change(d);
      return d;
    };
    expect(errors(c1((d) => delete d.nachweise.aerztlichesGutachten))).toEqual([
      'REQUIRED_IF /nachweise/aerztlichesGutachten',
    ]);
    expect(errors(c1((d) => delete d.nachweise.aerztlicheUntersuchungDatum))).toEqual([
      'REQUIRED_IF /nachweise/aerztlicheUntersuchungDatum',
    ]);
    expect(errors(c1((d) => (d.nachweise.aerztlicheUntersuchungDatum = '2025-03-02')))).toEqual([]);
    expect(errors(c1((d) => (d.nachweise.aerztlicheUntersuchungDatum = '2025-03-01')))).toEqual([
      'FE_NACHWEIS_ALT /nachweise/aerztlicheUntersuchungDatum',
    ]);
  });

  it('§ 11 Abs. 9 FeV mit Anlage 5 Nr. 2 and § 11 Abs. 1 Satz 4 FeV: D classes need the performance report (≤ 1 year) and a Führungszeugnis; C classes do not', () => {
    const d1 = (change: (d: Data) => void) => {
      const d = mitCD(erweiterung(['D1'], '1990-01-01', '2026-03-02'), true);
      change(d);
      return d;
    };
    expect(errors(d1(() => {}))).toEqual([]);
    expect(errors(d1((d) => delete d.nachweise.leistungstestDatum))).toEqual([
      'REQUIRED_IF /nachweise/leistungstestDatum',
    ]);
    expect(errors(d1((d) => (d.nachweise.leistungstestDatum = '2025-03-01')))).toEqual([
      'FE_NACHWEIS_ALT /nachweise/leistungstestDatum',
    ]);
    expect(errors(d1((d) => delete d.nachweise.fuehrungszeugnisBeantragtAm))).toEqual([
      'REQUIRED_IF /nachweise/fuehrungszeugnisBeantragtAm',
    ]);
    expect(errors(mitCD(erweiterung(['C'], '1990-01-01', '2026-03-02')))).toEqual([]);
  });

  it('§ 19 Abs. 1 FeV: Schulung in Erster Hilfe; § 19 Abs. 3 FeV: Heilberufe und Sanitäter sind befreit; a proof given at an earlier issue counts only for holders', () => {
    expect(errors(antrag((d) => delete d.nachweise.ersteHilfeDatum))).toEqual([
      'REQUIRED_IF /nachweise/ersteHilfeDatum',
    ]);
    const befreit = (ersteHilfeBefreiung: string) =>
      antrag((d) => {
        delete d.nachweise.ersteHilfeDatum;
        d.nachweise.ersteHilfeBefreiung = ersteHilfeBefreiung;
      });
    expect(errors(befreit('heilberuf'))).toEqual([]);
    expect(errors(befreit('sanitaetsausbildung'))).toEqual([]);
    expect(errors(befreit('bereitsNachgewiesen'))).toEqual([
      'FE_ERSTE_HILFE_BEFREIUNG /nachweise/ersteHilfeBefreiung',
    ]);
    const holder = erweiterung(['A1'], '1990-01-01', '2026-03-02');
    delete holder.nachweise.ersteHilfeDatum;
    holder.nachweise.ersteHilfeBefreiung = 'bereitsNachgewiesen';
    expect(errors(holder)).toEqual([]);
  });

  it('§ 21 Abs. 1 Satz 3 Nr. 2 FeV: die ausbildende Fahrschule bei Ersterteilung, Erweiterung und begleitetem Fahren', () => {
    expect(errors(antrag((d) => delete d.fahrschule))).toEqual(['REQUIRED_IF /fahrschule']);
  });

  it('§ 21 Abs. 1 Satz 3 Nr. 1 FeV: das Ausweisdokument ist am Antragstag gültig (valid until the application date fine, the day before not)', () => {
    expect(errors(antrag((d) => (d.antragsteller.ausweisdokument.gueltigBis = '2026-03-02')))).toEqual([]);
    expect(errors(antrag((d) => (d.antragsteller.ausweisdokument.gueltigBis = '2026-03-01')))).toEqual([
      'AUSWEIS_ABGELAUFEN /antragsteller/ausweisdokument/gueltigBis',
    ]);
    expect(errors(antrag((d) => delete d.antragsteller.ausweisdokument))).toEqual([
      'REQUIRED /antragsteller/ausweisdokument',
    ]);
  });
});

describe('Neuerteilung (§ 20 Abs. 1 FeV, § 69a StGB)', () => {
  const neu = (extra: Data) =>
    antrag((d) => {
      d.antragsart = 'neuerteilung';
      d.antragsteller.geburtsdatum = '1990-01-01';
      delete d.fahrschule;
      Object.assign(d, extra);
    });

  it('the withdrawal lies before the application (the same day at the latest) and is required', () => {
    expect(errors(neu({ entziehungAm: '2026-03-02' }))).toEqual([]);
    expect(errors(neu({ entziehungAm: '2026-03-03' }))).toEqual(['FE_DATUM /entziehungAm']);
    expect(errors(neu({}))).toEqual(['REQUIRED_IF /entziehungAm']);
    expect(errors(antrag((d) => (d.entziehungAm = '2025-01-01')))).toEqual(['NOT_RELEVANT /entziehungAm']);
  });

  it('the application comes at most six months before the blocking period ends (ends 2026-09-02: fine on 2026-03-02; ends 2026-09-03: too early)', () => {
    expect(errors(neu({ entziehungAm: '2025-03-01', sperrfristBis: '2026-09-02' }))).toEqual([]);
    expect(errors(neu({ entziehungAm: '2025-03-01', sperrfristBis: '2026-09-03' }))).toEqual([
      'FE_SPERRFRIST /sperrfristBis',
    ]);
    expect(errors(antrag((d) => (d.sperrfristBis = '2026-01-01')))).toEqual(['NOT_RELEVANT /sperrfristBis']);
  });
});

describe('Umschreibung (§§ 29 bis 31 FeV, Anlage 11)', () => {
  const um = (auslaendischeFahrerlaubnis: Data, change: (d: Data) => void = () => {}) =>
    antrag((d) => {
      d.antragsart = 'umschreibung';
      d.antragsteller.geburtsdatum = '1990-01-01';
      delete d.fahrschule;
      delete d.nachweise.sehtestDatum;
      delete d.nachweise.ersteHilfeDatum;
      d.auslaendischeFahrerlaubnis = {
        ausstellungsstaat: '152',
        staatengruppe: 'euEwr',
        fuehrerscheinnummer: 'PL123',
        erteiltAm: '2012-05-01',
        wohnsitzInlandSeit: '2025-11-30',
        ...auslaendischeFahrerlaubnis,
      };
      change(d);
    });

  it('§ 30 and § 31 Abs. 1 FeV: for EU/EEA and Anlage 11 states Sehtest, Erste Hilfe and training are waived (§ 31 Abs. 1 Satz 1 Nr. 2, 4, 5)', () => {
    expect(errors(um({}))).toEqual([]);
    expect(
      errors(um({ ausstellungsstaat: '368', staatengruppe: 'anlage11', fahrberechtigungBis: '2026-05-30' })),
    ).toEqual([]);
  });

  it('§ 31 Abs. 2 FeV: for other states Sehtest and Erste Hilfe are required; so too when the licence was issued while resident here (§ 29 Abs. 3 Satz 1 Nr. 2)', () => {
    expect(errors(um({ ausstellungsstaat: '163', staatengruppe: 'drittstaat' }))).toEqual([
      'REQUIRED_IF /nachweise/sehtestDatum',
      'REQUIRED_IF /nachweise/ersteHilfeDatum',
    ]);
    expect(errors(um({ erteiltAm: '2025-11-30' }))).toEqual([
      'REQUIRED_IF /nachweise/sehtestDatum',
      'REQUIRED_IF /nachweise/ersteHilfeDatum',
    ]);
    expect(errors(um({ erteiltAm: '2025-11-29' }))).toEqual([]);
  });

  it('§§ 30, 31 FeV: the group of states matches the issuing state; a foreign licence is not German (§ 29 Abs. 1)', () => {
    expect(errors(um({ staatengruppe: 'anlage11' }))).toEqual([
      'FE_STAATENGRUPPE /auslaendischeFahrerlaubnis/staatengruppe',
    ]);
    expect(errors(um({ ausstellungsstaat: '158', staatengruppe: 'euEwr' }))).toEqual([
      'FE_STAATENGRUPPE /auslaendischeFahrerlaubnis/staatengruppe',
    ]);
    expect(errors(um({ ausstellungsstaat: '000' }))).toEqual([
      'FE_STAATENGRUPPE /auslaendischeFahrerlaubnis/ausstellungsstaat',
    ]);
  });

  it('§ 29 Abs. 1 Satz 4 FeV: a licence from outside the EU/EEA entitles to drive here until six months after taking residence (computed; not for EU licences)', () => {
    const drittstaat = (fahrberechtigungBis?: string) =>
      um({
        ausstellungsstaat: '368',
        staatengruppe: 'anlage11',
        ...(fahrberechtigungBis ? { fahrberechtigungBis } : {}),
      });
    expect(errors(drittstaat('2026-05-30'))).toEqual([]);
    expect(errors(drittstaat('2026-05-31'))).toEqual([
      'CALCULATED_MISMATCH /auslaendischeFahrerlaubnis/fahrberechtigungBis',
    ]);
    expect(errors(um({ fahrberechtigungBis: '2026-05-30' }))).toEqual([
      'NOT_RELEVANT /auslaendischeFahrerlaubnis/fahrberechtigungBis',
    ]);
  });

  it('§ 7 Abs. 1, § 31 Abs. 1 FeV: residence and issue lie before the application', () => {
    expect(errors(um({ wohnsitzInlandSeit: '2026-03-03' }))).toEqual([
      'FE_DATUM /auslaendischeFahrerlaubnis/wohnsitzInlandSeit',
    ]);
    expect(errors(um({ erteiltAm: '2026-03-03', wohnsitzInlandSeit: '2026-03-02' }))).toContain(
      'FE_DATUM /auslaendischeFahrerlaubnis/erteiltAm',
    );
  });

  it('§§ 30, 31 FeV: the foreign licence only with a conversion, and required for one', () => {
    // Without the foreign licence nothing shows that proofs are waived: they are asked for too.
    expect(errors(um({}, (d) => delete d.auslaendischeFahrerlaubnis))).toEqual([
      'REQUIRED_IF /auslaendischeFahrerlaubnis',
      'REQUIRED_IF /nachweise/sehtestDatum',
      'REQUIRED_IF /nachweise/ersteHilfeDatum',
    ]);
    expect(errors(antrag((d) => (d.auslaendischeFahrerlaubnis = um({}).auslaendischeFahrerlaubnis)))).toEqual(
      ['NOT_RELEVANT /auslaendischeFahrerlaubnis'],
    );
  });
});

describe('Fahrerlaubnis aus einem EU- oder EWR-Staat (§ 21 Abs. 2 FeV)', () => {
  it('Satz 1: a held, former or applied-for EU/EEA licence is stated, and only an EU/EEA one', () => {
    expect(errors(antrag((d) => (d.erklaerungen.keineEuFahrerlaubnis = false)))).toEqual([
      'REQUIRED_IF /euFahrerlaubnis',
    ]);
    const eu = (staat: string) =>
      antrag((d) => {
        d.erklaerungen.keineEuFahrerlaubnis = false;
        d.euFahrerlaubnis = [{ staat, status: 'besessen' }];
      });
    expect(errors(eu('129'))).toEqual([]);
    expect(errors(eu('158'))).toEqual(['FE_STAATENGRUPPE /euFahrerlaubnis/0/staat']);
    expect(errors(eu('000'))).toEqual(['FE_STAATENGRUPPE /euFahrerlaubnis/0/staat']);
    expect(errors(antrag((d) => (d.euFahrerlaubnis = [{ staat: '129', status: 'besessen' }])))).toEqual([
      'NOT_RELEVANT /euFahrerlaubnis',
    ]);
  });

  it('Satz 3: the waiver of an EU/EEA licence of the same class is declared in every case', () => {
    expect(errors(antrag((d) => (d.erklaerungen.verzichtEuFahrerlaubnis = false)))).toEqual([
      'FE_VERZICHT /erklaerungen/verzichtEuFahrerlaubnis',
    ]);
  });
});

describe('Codelisten (XInneres Geschlecht, DESTATIS Staatsangehörigkeit)', () => {
  it('the shipped lists are loaded: no CODE_LIST_NOT_LOADED; a foreign code is an error in JSON and in XML', () => {
    const report = form.validate(valid, { referenceDate: valid.antragsdatum });
    expect(report.issues.map((i) => i.code)).not.toContain('CODE_LIST_NOT_LOADED');
    const wrong = antrag((d) => {
      d.antragsteller.geschlecht = 'q';
      d.antragsteller.staatsangehoerigkeit = ['000', '990'];
    });
    const expected = [
      'CODE_NOT_IN_LIST /antragsteller/geschlecht',
      'CODE_NOT_IN_LIST /antragsteller/staatsangehoerigkeit/1',
    ];
    expect(errors(wrong)).toEqual(expected);
    expect(messageErrors(form, wrong, wrong.antragsdatum)).toEqual(expected);
  });
});

afterAll(() => {
  // Every rule of the form failed in at least one test above.
  expect(unseenRules()).toEqual([]);
});
