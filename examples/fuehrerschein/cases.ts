import type { InvalidCase } from '../cases.js';

export const cases: readonly InvalidCase[] = [
  {
    name: 'mindestalter-b',
    description: 'Klasse B mit 17 Jahren ohne begleitetes Fahren (§ 10 Abs. 1 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-a-ohne-a2-vorbesitz',
    description: 'Klasse A mit 21 Jahren, A2 erst seit einem Jahr (§ 10 Abs. 1 FeV).',
    change: (d) => {
      d.antragsart = 'erweiterung';
      d.antragsteller.geburtsdatum = '2004-05-01';
      d.beantragteKlassen = ['A'];
      d.vorhandeneFahrerlaubnis = [{ klasse: 'A2', erteiltAm: '2025-04-01' }];
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'vorbesitz-fehlt',
    description: 'Klasse CE ohne Klasse C (§ 9 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1990-05-01';
      d.beantragteKlassen = ['B', 'CE'];
      d.nachweise.aerztlichesGutachten = {
        name: 'gutachten.pdf',
        mediaType: 'application/pdf',
        content: 'JVBERi0xLjQK',
      };
    },
    expect: [{ code: 'FE_VORBESITZ', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'gutachten-fehlt',
    description: 'Klasse C ohne ärztliches Gutachten (§ 11 Abs. 9 FeV, Anlage 5).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1990-05-01';
      d.beantragteKlassen = ['B', 'C'];
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/aerztlichesGutachten' }],
  },
  {
    name: 'bf17-ohne-begleitperson',
    description: 'Begleitetes Fahren ab 17 ohne Begleitperson (§ 48a Abs. 2 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
    },
    expect: [{ code: 'REQUIRED_IF', path: '/begleitperson' }],
  },
  {
    name: 'begleitperson-ohne-bf17',
    description: 'Begleitperson angegeben, obwohl kein begleitetes Fahren beantragt ist.',
    change: (d) => {
      d.begleitperson = [
        {
          familienname: 'Schäfer',
          vornamen: 'Jens',
          geburtsdatum: '1970-04-02',
          fuehrerscheinnummer: 'B072RRE2I55',
          klasseBSeit: '1988-06-01',
        },
      ];
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/begleitperson' }],
  },
  {
    name: 'begleitperson-zu-jung',
    description: 'Begleitperson erst 28 Jahre alt und Klasse B seit drei Jahren (§ 48a Abs. 5 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.antragsteller.geburtsdatum = '2009-01-10';
      d.beantragteKlassen = ['B'];
      d.begleitperson = [
        {
          familienname: 'Schäfer',
          vornamen: 'Jens',
          geburtsdatum: '1998-01-01',
          fuehrerscheinnummer: 'B072RRE2I55',
          klasseBSeit: '2023-01-01',
        },
      ];
    },
    expect: [
      { code: 'FE_BEGLEITPERSON', path: '/begleitperson/0' },
      { code: 'FE_BEGLEITPERSON', path: '/begleitperson/0' },
    ],
  },
  {
    name: 'sehtest-zu-alt',
    description: 'Sehtest älter als zwei Jahre (§ 12 Abs. 2 FeV).',
    change: (d) => {
      d.nachweise.sehtestDatum = '2023-12-01';
    },
    expect: [{ code: 'FE_SEHTEST_ALT', path: '/nachweise/sehtestDatum' }],
  },
  {
    name: 'umschreibung-ohne-auslandsdaten',
    description: 'Umschreibung ohne Angaben zur ausländischen Fahrerlaubnis (§§ 29–31 FeV).',
    change: (d) => {
      d.antragsart = 'umschreibung';
    },
    expect: [{ code: 'REQUIRED_IF', path: '/auslaendischeFahrerlaubnis' }],
  },
  {
    name: 'erste-hilfe-fehlt',
    description: 'Ersterteilung ohne Erste-Hilfe-Schulung (§ 19 FeV).',
    change: (d) => {
      delete d.nachweise.ersteHilfeDatum;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/ersteHilfeDatum' }],
  },
  {
    name: 'klasse-doppelt',
    description: 'Dieselbe Klasse zweimal beantragt.',
    change: (d) => {
      d.beantragteKlassen = ['B', 'B'];
    },
    expect: [{ code: 'FE_KLASSE_DOPPELT', path: '' }],
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
    expect: [{ code: 'CARDINALITY_MIN', path: '/beantragteKlassen' }],
  },
  {
    name: 'unbekanntes-feld',
    description: 'Ein Feld, das das Formular nicht kennt.',
    change: (d) => {
      d.bemerkung = 'bitte schnell';
    },
    expect: [{ code: 'UNKNOWN_KEY', path: '/bemerkung' }],
  },
];
