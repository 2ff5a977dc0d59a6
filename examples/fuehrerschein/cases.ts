import type { InvalidCase } from '../cases.js';

const ELTERN = [{ familienname: 'Schäfer', vornamen: 'Anna', zustimmung: true }];
const BEGLEITPERSON = {
  familienname: 'Schäfer',
  vornamen: 'Jens',
  geburtsdatum: '1970-04-02',
  fuehrerscheinnummer: 'B072RRE2I55',
  klasseBSeit: '1988-06-01',
};
const PDF = { name: 'bescheinigung.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' };
const POLEN = {
  ausstellungsstaat: '152',
  staatengruppe: 'euEwr',
  fuehrerscheinnummer: 'PL 123',
  erteiltAm: '2020-01-01',
  wohnsitzInlandSeit: '2025-11-30',
};

// biome-ignore lint/suspicious/noExplicitAny: cases edit arbitrary nested example data
type Data = Record<string, any>;

/** The proofs of the C and D classes (Anlage 5 Nr. 1, Anlage 6 Nr. 2 FeV; for D also Anlage 5 Nr. 2 and Führungszeugnis). */
function cdNachweise(d: Data, mitD = false): void {
  d.nachweise.augenUntersuchungDatum = '2025-10-01';
  d.nachweise.aerztlichesGutachten = PDF;
  d.nachweise.aerztlicheUntersuchungDatum = '2025-10-01';
  if (mitD) {
    d.nachweise.leistungstestDatum = '2025-10-01';
    d.nachweise.fuehrungszeugnisBeantragtAm = '2026-02-20';
  }
}

/** An extension of a class B holder (B since 2025-12-01) to the given classes. */
function erweiterung(d: Data, klassen: string[]): void {
  d.antragsart = 'erweiterung';
  d.beantragteKlassen = klassen;
  d.vorhandeneFahrerlaubnis = [{ klasse: 'B', erteiltAm: '2025-12-01' }];
}

/** A conversion of a foreign licence (waived proofs stay in the example; they are not forbidden). */
function umschreibung(d: Data, ausland: Data): void {
  d.antragsart = 'umschreibung';
  d.auslaendischeFahrerlaubnis = { ...POLEN, ...ausland };
}

export const cases: readonly InvalidCase[] = [
  {
    name: 'mindestalter-b',
    description:
      'Klasse B mit 17 Jahren ohne begleitetes Fahren; 18 erst in zehn Monaten (§ 10 Abs. 1 lfd. Nr. 5 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-am',
    description:
      'Klasse AM: 15 Jahre erst am 2026-09-03, mehr als sechs Monate nach dem Antrag (§ 10 Abs. 1 lfd. Nr. 1 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2011-09-03';
      d.beantragteKlassen = ['AM'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-a1',
    description: 'Klasse A1: 16 Jahre erst am 2026-09-03 (§ 10 Abs. 1 lfd. Nr. 2 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2010-09-03';
      d.beantragteKlassen = ['A1'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-a2',
    description: 'Klasse A2: 18 Jahre erst am 2026-09-03 (§ 10 Abs. 1 lfd. Nr. 3 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2008-09-03';
      d.beantragteKlassen = ['A2'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-a-ohne-a2-vorbesitz',
    description: 'Klasse A mit 21 Jahren, A2 erst seit einem Jahr (§ 10 Abs. 1 lfd. Nr. 4 FeV).',
    change: (d) => {
      d.antragsart = 'erweiterung';
      d.antragsteller.geburtsdatum = '2004-05-01';
      d.beantragteKlassen = ['A'];
      d.vorhandeneFahrerlaubnis = [{ klasse: 'A2', erteiltAm: '2025-04-01' }];
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-c1',
    description: 'Klassen B und C1 mit 17 Jahren; 18 erst am 2026-09-03 (§ 10 Abs. 1 lfd. Nr. 5 und 6 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2008-09-03';
      d.beantragteKlassen = ['B', 'C1'];
      d.gesetzlicheVertretung = ELTERN;
      cdNachweise(d);
    },
    expect: [
      { code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' },
      { code: 'FE_MINDESTALTER', path: '/beantragteKlassen/1' },
    ],
  },
  {
    name: 'mindestalter-c',
    description: 'Klasse C mit 19 Jahren ohne Grundqualifikation (§ 10 Abs. 1 lfd. Nr. 7 FeV: 21 Jahre).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2006-06-01';
      d.beantragteKlassen = ['B', 'C'];
      cdNachweise(d);
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'mindestalter-d1',
    description: 'Klasse D1 mit 19 Jahren ohne Berufsausbildung (§ 10 Abs. 1 lfd. Nr. 8 FeV: 21 Jahre).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2006-06-01';
      d.beantragteKlassen = ['B', 'D1'];
      cdNachweise(d, true);
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'mindestalter-d',
    description:
      'Klasse D nach beschleunigter Grundqualifikation; 23 Jahre erst am 2026-09-03 (§ 10 Abs. 1 lfd. Nr. 9 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2003-09-03';
      d.beantragteKlassen = ['B', 'D'];
      d.berufskraftfahrerQualifikation = 'beschleunigteGrundqualifikation';
      cdNachweise(d, true);
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'mindestalter-t',
    description: 'Klasse T: 16 Jahre erst am 2026-09-03 (§ 10 Abs. 1 lfd. Nr. 10 und 11 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2010-09-03';
      d.beantragteKlassen = ['T'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'vorbesitz-fehlt',
    description: 'Klasse CE ohne Klasse C (§ 9 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1990-05-01';
      d.beantragteKlassen = ['B', 'CE'];
      cdNachweise(d);
    },
    expect: [{ code: 'FE_VORBESITZ', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'klasse-bereits-vorhanden',
    description:
      'Klasse AM beantragt, obwohl sie in der vorhandenen Klasse B eingeschlossen ist (§ 2 Abs. 2 Satz 1 Nr. 7 StVG, § 6 Abs. 3 FeV).',
    change: (d) => erweiterung(d, ['AM']),
    expect: [{ code: 'FE_KLASSE_VORHANDEN', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'klasse-doppelt',
    description: 'Dieselbe Klasse zweimal beantragt (§ 6 Abs. 1 FeV).',
    change: (d) => {
      d.beantragteKlassen = ['B', 'B'];
    },
    expect: [{ code: 'FE_KLASSE_DOPPELT', path: '/beantragteKlassen' }],
  },
  {
    name: 'bf17-ohne-klasse-b',
    description:
      'Begleitetes Fahren nur mit Klasse A1 beantragt; es gibt es nur für B und BE (§ 48a Abs. 1 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.antragsteller.geburtsdatum = '2009-09-02';
      d.beantragteKlassen = ['A1'];
      d.gesetzlicheVertretung = ELTERN;
      d.begleitperson = [BEGLEITPERSON];
    },
    expect: [{ code: 'FE_BF17_KLASSE', path: '/antragsart' }],
  },
  {
    name: 'erweiterung-ohne-vorhandene-klasse',
    description: 'Erweiterung, aber keine vorhandene Fahrerlaubnis angegeben.',
    change: (d) => {
      d.antragsart = 'erweiterung';
    },
    expect: [{ code: 'RULE_MIN_COUNT', path: '/vorhandeneFahrerlaubnis' }],
  },
  {
    name: 'ersterteilung-mit-vorhandener-klasse',
    description:
      'Ersterteilung, obwohl schon eine Klasse besteht: das ist eine Erweiterung (§ 21 Abs. 1, § 17 FeV).',
    change: (d) => {
      d.vorhandeneFahrerlaubnis = [{ klasse: 'L', erteiltAm: '2024-05-01' }];
    },
    expect: [{ code: 'RULE_MAX_COUNT', path: '/vorhandeneFahrerlaubnis' }],
  },
  {
    name: 'umschreibung-ohne-auslandsdaten',
    description: 'Umschreibung ohne Angaben zur ausländischen Fahrerlaubnis (§§ 30, 31 FeV).',
    change: (d) => {
      d.antragsart = 'umschreibung';
    },
    expect: [{ code: 'REQUIRED_IF', path: '/auslaendischeFahrerlaubnis' }],
  },
  {
    name: 'auslandsdaten-ohne-umschreibung',
    description: 'Angaben zu einer ausländischen Fahrerlaubnis bei einer Ersterteilung.',
    change: (d) => {
      d.auslaendischeFahrerlaubnis = POLEN;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/auslaendischeFahrerlaubnis' }],
  },
  {
    name: 'staatengruppe-falsch',
    description:
      'Polnische Fahrerlaubnis als Staat der Anlage 11 angegeben; EU-Staaten fallen unter § 30 FeV.',
    change: (d) => umschreibung(d, { staatengruppe: 'anlage11', fahrberechtigungBis: '2026-05-30' }),
    expect: [{ code: 'FE_STAATENGRUPPE', path: '/auslaendischeFahrerlaubnis/staatengruppe' }],
  },
  {
    name: 'auslandsstaat-deutschland',
    description: 'Eine „ausländische“ Fahrerlaubnis aus Deutschland (§ 29 Abs. 1 FeV).',
    change: (d) => umschreibung(d, { ausstellungsstaat: '000' }),
    expect: [{ code: 'FE_STAATENGRUPPE', path: '/auslaendischeFahrerlaubnis/ausstellungsstaat' }],
  },
  {
    name: 'fahrberechtigung-falsch',
    description:
      'US-Fahrerlaubnis: die Berechtigung im Inland endet sechs Monate nach dem Zuzug am 2026-05-30, nicht am 2026-06-30 (§ 29 Abs. 1 Satz 4 FeV).',
    change: (d) =>
      umschreibung(d, {
        ausstellungsstaat: '368',
        staatengruppe: 'anlage11',
        fahrberechtigungBis: '2026-06-30',
      }),
    expect: [{ code: 'CALCULATED_MISMATCH', path: '/auslaendischeFahrerlaubnis/fahrberechtigungBis' }],
  },
  {
    name: 'fahrberechtigung-bei-eu-fahrerlaubnis',
    description:
      'Ende der Fahrberechtigung bei einer EU-Fahrerlaubnis angegeben; die Sechsmonatsfrist gilt nur außerhalb von EU und EWR (§ 29 Abs. 1 FeV).',
    change: (d) => umschreibung(d, { fahrberechtigungBis: '2026-05-30' }),
    expect: [{ code: 'NOT_RELEVANT', path: '/auslaendischeFahrerlaubnis/fahrberechtigungBis' }],
  },
  {
    name: 'auslaendische-erteilung-nach-antrag',
    description: 'Ausländische Fahrerlaubnis nach dem Antragsdatum erteilt (§ 31 Abs. 1 FeV).',
    change: (d) => umschreibung(d, { erteiltAm: '2026-04-01' }),
    expect: [{ code: 'FE_DATUM', path: '/auslaendischeFahrerlaubnis/erteiltAm' }],
  },
  {
    name: 'wohnsitz-nach-antrag',
    description: 'Ordentlicher Wohnsitz in Deutschland erst nach dem Antrag (§ 7 Abs. 1 FeV).',
    change: (d) => umschreibung(d, { wohnsitzInlandSeit: '2026-04-01' }),
    expect: [{ code: 'FE_DATUM', path: '/auslaendischeFahrerlaubnis/wohnsitzInlandSeit' }],
  },
  {
    name: 'neuerteilung-ohne-entziehungsdatum',
    description: 'Neuerteilung ohne Datum der Entziehung (§ 20 Abs. 1 FeV).',
    change: (d) => {
      d.antragsart = 'neuerteilung';
    },
    expect: [{ code: 'REQUIRED_IF', path: '/entziehungAm' }],
  },
  {
    name: 'entziehungsdatum-ohne-neuerteilung',
    description: 'Entziehungsdatum bei einer Ersterteilung.',
    change: (d) => {
      d.entziehungAm = '2024-01-01';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/entziehungAm' }],
  },
  {
    name: 'entziehung-nach-antrag',
    description:
      'Neuerteilung mit einer Entziehung nach dem Antragsdatum; die Entziehung geht dem Antrag voraus (§ 20 Abs. 1 FeV).',
    change: (d) => {
      d.antragsart = 'neuerteilung';
      d.entziehungAm = '2026-03-03';
    },
    expect: [{ code: 'FE_DATUM', path: '/entziehungAm' }],
  },
  {
    name: 'sperrfrist-zu-frueh',
    description:
      'Neuerteilung neun Monate vor Ablauf der gerichtlichen Sperre (§ 69a StGB, § 20 Abs. 1 FeV).',
    change: (d) => {
      d.antragsart = 'neuerteilung';
      d.entziehungAm = '2025-06-01';
      d.sperrfristBis = '2026-12-01';
    },
    expect: [{ code: 'FE_SPERRFRIST', path: '/sperrfristBis' }],
  },
  {
    name: 'sperrfrist-ohne-neuerteilung',
    description: 'Sperrfrist bei einer Ersterteilung angegeben.',
    change: (d) => {
      d.sperrfristBis = '2026-01-01';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/sperrfristBis' }],
  },
  {
    name: 'bf17-ohne-begleitperson',
    description: 'Begleitetes Fahren ab 17 ohne Begleitperson (§ 48a Abs. 2 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/begleitperson' }],
  },
  {
    name: 'begleitperson-ohne-bf17',
    description: 'Begleitperson angegeben, obwohl kein begleitetes Fahren beantragt ist.',
    change: (d) => {
      d.begleitperson = [BEGLEITPERSON];
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/begleitperson' }],
  },
  {
    name: 'begleitperson-zu-jung',
    description:
      'Begleitperson erst 28 Jahre alt und Klasse B seit drei Jahren (§ 48a Abs. 5 Satz 1 Nr. 1 und 2 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
      d.gesetzlicheVertretung = ELTERN;
      d.begleitperson = [{ ...BEGLEITPERSON, geburtsdatum: '1998-01-01', klasseBSeit: '2023-01-01' }];
    },
    expect: [
      { code: 'FE_BEGLEITPERSON', path: '/begleitperson/0/geburtsdatum' },
      { code: 'FE_BEGLEITPERSON', path: '/begleitperson/0/klasseBSeit' },
    ],
  },
  {
    name: 'begleitperson-punkte',
    description: 'Begleitperson mit zwei Punkten im Fahreignungsregister (§ 48a Abs. 5 Satz 1 Nr. 3 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
      d.gesetzlicheVertretung = ELTERN;
      d.begleitperson = [{ ...BEGLEITPERSON, punkte: 2 }];
    },
    expect: [{ code: 'FE_BEGLEITPERSON', path: '/begleitperson/0/punkte' }],
  },
  {
    name: 'minderjaehrig-ohne-zustimmung',
    description:
      'Antragstellerin ist am Antragstag 17 Jahre alt, ohne Zustimmung der gesetzlichen Vertretung (§ 12 Abs. 1 Nr. 1 VwVfG).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2008-06-01';
    },
    expect: [{ code: 'REQUIRED_IF', path: '/gesetzlicheVertretung' }],
  },
  {
    name: 'vertretung-bei-volljaehrigen',
    description: 'Gesetzliche Vertretung bei einer Volljährigen angegeben.',
    change: (d) => {
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/gesetzlicheVertretung' }],
  },
  {
    name: 'zustimmung-verweigert',
    description: 'Die gesetzliche Vertretung einer 17-Jährigen stimmt nicht zu (§ 1629 Abs. 1 BGB).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2008-06-01';
      d.gesetzlicheVertretung = [{ ...ELTERN[0], zustimmung: false }];
    },
    expect: [{ code: 'FE_ZUSTIMMUNG', path: '/gesetzlicheVertretung/0/zustimmung' }],
  },
  {
    name: 'sehtest-zu-alt',
    description: 'Sehtest älter als zwei Jahre (§ 12 Abs. 7 FeV).',
    change: (d) => {
      d.nachweise.sehtestDatum = '2023-12-01';
    },
    expect: [{ code: 'FE_SEHTEST_ALT', path: '/nachweise/sehtestDatum' }],
  },
  {
    name: 'sehtest-fehlt',
    description: 'Klasse B ohne Sehtest (§ 12 Abs. 2 FeV, § 21 Abs. 3 Satz 1 Nr. 3 FeV).',
    change: (d) => {
      delete d.nachweise.sehtestDatum;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/sehtestDatum' }],
  },
  {
    name: 'augenuntersuchung-fehlt',
    description:
      'Klasse C1 ohne Untersuchung des Sehvermögens nach Anlage 6 Nr. 2; ein Sehtest genügt nicht (§ 12 Abs. 6 FeV).',
    change: (d) => {
      d.beantragteKlassen = ['B', 'C1'];
      cdNachweise(d);
      delete d.nachweise.augenUntersuchungDatum;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/augenUntersuchungDatum' }],
  },
  {
    name: 'augenuntersuchung-zu-alt',
    description:
      'Untersuchung des Sehvermögens für C1 vom 2024-03-01, am Antragstag älter als zwei Jahre (§ 12 Abs. 7 FeV).',
    change: (d) => {
      d.beantragteKlassen = ['B', 'C1'];
      cdNachweise(d);
      d.nachweise.augenUntersuchungDatum = '2024-03-01';
    },
    expect: [{ code: 'FE_NACHWEIS_ALT', path: '/nachweise/augenUntersuchungDatum' }],
  },
  {
    name: 'erste-hilfe-fehlt',
    description: 'Ersterteilung ohne Schulung in Erster Hilfe (§ 19 Abs. 1 FeV).',
    change: (d) => {
      delete d.nachweise.ersteHilfeDatum;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/ersteHilfeDatum' }],
  },
  {
    name: 'erste-hilfe-befreiung-unzulaessig',
    description: 'Ersterteilung unter Berufung auf einen früheren Erste-Hilfe-Nachweis (§ 19 FeV).',
    change: (d) => {
      delete d.nachweise.ersteHilfeDatum;
      d.nachweise.ersteHilfeBefreiung = 'bereitsNachgewiesen';
    },
    expect: [{ code: 'FE_ERSTE_HILFE_BEFREIUNG', path: '/nachweise/ersteHilfeBefreiung' }],
  },
  {
    name: 'gutachten-fehlt',
    description:
      'Klasse C1 ohne Bescheinigung über die ärztliche Untersuchung (§ 11 Abs. 9 FeV, Anlage 5 Nr. 1).',
    change: (d) => {
      d.beantragteKlassen = ['B', 'C1'];
      cdNachweise(d);
      delete d.nachweise.aerztlichesGutachten;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/aerztlichesGutachten' }],
  },
  {
    name: 'aerztliche-untersuchung-zu-alt',
    description:
      'Ärztliche Untersuchung für C1 vom 2025-03-01, am Antragstag älter als ein Jahr (Anlage 5 Nr. 1 FeV).',
    change: (d) => {
      d.beantragteKlassen = ['B', 'C1'];
      cdNachweise(d);
      d.nachweise.aerztlicheUntersuchungDatum = '2025-03-01';
    },
    expect: [{ code: 'FE_NACHWEIS_ALT', path: '/nachweise/aerztlicheUntersuchungDatum' }],
  },
  {
    name: 'leistungstest-fehlt',
    description: 'Klasse D1 ohne Nachweis der besonderen Anforderungen (Anlage 5 Nr. 2 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1990-05-01';
      d.beantragteKlassen = ['B', 'D1'];
      cdNachweise(d, true);
      delete d.nachweise.leistungstestDatum;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/leistungstestDatum' }],
  },
  {
    name: 'leistungstest-zu-alt',
    description: 'Nachweis nach Anlage 5 Nr. 2 für D1 vom 2025-03-01, am Antragstag älter als ein Jahr.',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1990-05-01';
      d.beantragteKlassen = ['B', 'D1'];
      cdNachweise(d, true);
      d.nachweise.leistungstestDatum = '2025-03-01';
    },
    expect: [{ code: 'FE_NACHWEIS_ALT', path: '/nachweise/leistungstestDatum' }],
  },
  {
    name: 'fuehrungszeugnis-fehlt',
    description: 'Klasse D1 ohne Führungszeugnis (§ 11 Abs. 1 Satz 4 FeV, § 30 Abs. 5 BZRG).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1990-05-01';
      d.beantragteKlassen = ['B', 'D1'];
      cdNachweise(d, true);
      delete d.nachweise.fuehrungszeugnisBeantragtAm;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/fuehrungszeugnisBeantragtAm' }],
  },
  {
    name: 'fahrschule-fehlt',
    description: 'Ersterteilung ohne Angabe der ausbildenden Fahrschule (§ 21 Abs. 1 Satz 3 Nr. 2 FeV).',
    change: (d) => {
      delete d.fahrschule;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/fahrschule' }],
  },
  {
    name: 'dreirad-ohne-klasse-a',
    description:
      'Beschränkung auf dreirädrige Kraftfahrzeuge ohne Klasse A (§ 10 Abs. 1 lfd. Nr. 4 Buchstabe b FeV).',
    change: (d) => {
      d.klasseADreirad = true;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/klasseADreirad' }],
  },
  {
    name: 'qualifikation-ohne-passende-klasse',
    description: 'Berufskraftfahrer-Qualifikation bei einem Antrag nur auf AM.',
    change: (d) => {
      d.beantragteKlassen = ['AM'];
      d.berufskraftfahrerQualifikation = 'grundqualifikation';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/berufskraftfahrerQualifikation' }],
  },
  {
    name: 'linienverkehr-ohne-klasse-d',
    description: 'Beschränkung auf den Linienverkehr ohne Klasse D (§ 10 Abs. 1 lfd. Nr. 9 FeV).',
    change: (d) => {
      d.berufskraftfahrerQualifikation = 'berufsausbildung';
      d.einschraenkungLinienverkehr = true;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/einschraenkungLinienverkehr' }],
  },
  {
    name: 'eu-fahrerlaubnis-fehlt',
    description: 'Eine EU-Fahrerlaubnis angekündigt, aber nicht angegeben (§ 21 Abs. 2 Satz 1 FeV).',
    change: (d) => {
      d.erklaerungen.keineEuFahrerlaubnis = false;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/euFahrerlaubnis' }],
  },
  {
    name: 'eu-fahrerlaubnis-ohne-erklaerung',
    description: 'Angaben zu einer EU-Fahrerlaubnis, obwohl erklärt ist, dass keine besteht.',
    change: (d) => {
      d.euFahrerlaubnis = [{ staat: '129', status: 'besessen' }];
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/euFahrerlaubnis' }],
  },
  {
    name: 'eu-fahrerlaubnis-drittstaat',
    description:
      'Eine Schweizer Fahrerlaubnis als EU- oder EWR-Fahrerlaubnis angegeben (§ 21 Abs. 2 Satz 1 FeV).',
    change: (d) => {
      d.erklaerungen.keineEuFahrerlaubnis = false;
      d.euFahrerlaubnis = [{ staat: '158', status: 'besitzt' }];
    },
    expect: [{ code: 'FE_STAATENGRUPPE', path: '/euFahrerlaubnis/0/staat' }],
  },
  {
    name: 'verzicht-fehlt',
    description:
      'Ohne Verzichtserklärung für eine EU-Fahrerlaubnis derselben Klasse (§ 21 Abs. 2 Satz 3 FeV).',
    change: (d) => {
      d.erklaerungen.verzichtEuFahrerlaubnis = false;
    },
    expect: [{ code: 'FE_VERZICHT', path: '/erklaerungen/verzichtEuFahrerlaubnis' }],
  },
  {
    name: 'ausweis-abgelaufen',
    description: 'Der Personalausweis ist am Tag vor dem Antrag abgelaufen (§ 21 Abs. 1 Satz 3 Nr. 1 FeV).',
    change: (d) => {
      d.antragsteller.ausweisdokument.gueltigBis = '2026-03-01';
    },
    expect: [{ code: 'AUSWEIS_ABGELAUFEN', path: '/antragsteller/ausweisdokument/gueltigBis' }],
  },
  {
    name: 'geschlecht-unbekannt',
    description: 'Geschlecht nicht in der Codeliste XInneres Geschlecht 1.',
    change: (d) => {
      d.antragsteller.geschlecht = 'f';
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/antragsteller/geschlecht' }],
  },
  {
    name: 'staatsangehoerigkeit-unbekannt',
    description: 'Staatsangehörigkeit nicht in der DESTATIS-Codeliste 2024-08-01 (ISO-Code statt Schlüssel).',
    change: (d) => {
      d.antragsteller.staatsangehoerigkeit = ['DE'];
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/antragsteller/staatsangehoerigkeit/0' }],
  },
  {
    name: 'antragsart-unbekannt',
    description: 'Antragsart nicht in der Codeliste.',
    change: (d) => {
      d.antragsart = 'erstantrag';
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/antragsart' }],
  },
  {
    name: 'keine-klasse',
    description: 'Keine Fahrerlaubnisklasse beantragt (Kardinalität 1:*).',
    change: (d) => {
      d.beantragteKlassen = [];
    },
    expect: [{ code: 'REQUIRED', path: '/beantragteKlassen' }],
  },
  {
    name: 'unbekanntes-feld',
    description: 'Ein Feld, das das Formular nicht kennt.',
    change: (d) => {
      d.bemerkung = 'bitte schnell';
    },
    expect: [{ code: 'UNKNOWN_KEY', path: '/bemerkung' }],
  },
  {
    name: 'geburtsdatum-nach-antrag',
    description: 'Geburtsdatum nach dem Antragsdatum (§ 21 Abs. 1 Satz 3 Nr. 1 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2026-05-01';
      d.beantragteKlassen = ['L'];
      d.gesetzlicheVertretung = ELTERN;
    },
    expect: [
      { code: 'FE_DATUM', path: '' },
      { code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' },
    ],
  },
];
