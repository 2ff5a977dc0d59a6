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
      { code: 'FE_BEGLEITPERSON', path: '/begleitperson/0/geburtsdatum' },
      { code: 'FE_BEGLEITPERSON', path: '/begleitperson/0/klasseBSeit' },
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
    expect: [{ code: 'FE_KLASSE_DOPPELT', path: '/beantragteKlassen' }],
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
    name: 'mindestalter-am',
    description: 'Klasse AM mit 15 Jahren (§ 10 Abs. 1 Satz 1 Nr. 1 FeV: 16 Jahre).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2010-06-01';
      d.beantragteKlassen = ['AM'];
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-a2',
    description: 'Klasse A2 mit 17 Jahren (18 Jahre nötig).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2008-06-01';
      d.beantragteKlassen = ['A2'];
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' }],
  },
  {
    name: 'mindestalter-c',
    description: 'Klasse C mit 19 Jahren (21 Jahre nötig).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2006-06-01';
      d.beantragteKlassen = ['B', 'C'];
      d.nachweise.aerztlichesGutachten = {
        name: 'gutachten.pdf',
        mediaType: 'application/pdf',
        content: 'JVBERi0xLjQK',
      };
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'mindestalter-d',
    description: 'Klasse D mit 22 Jahren (24 Jahre nötig).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2003-06-01';
      d.beantragteKlassen = ['B', 'D'];
      d.nachweise.aerztlichesGutachten = {
        name: 'gutachten.pdf',
        mediaType: 'application/pdf',
        content: 'JVBERi0xLjQK',
      };
    },
    expect: [{ code: 'FE_MINDESTALTER', path: '/beantragteKlassen/1' }],
  },
  {
    name: 'bf17-klasse-a',
    description: 'Begleitetes Fahren für Klasse AM statt B oder BE (§ 48a Abs. 1 FeV).',
    change: (d) => {
      d.antragsart = 'bf17';
      d.beantragteKlassen = ['B', 'AM'];
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
    expect: [{ code: 'FE_BF17_KLASSE', path: '/beantragteKlassen/1' }],
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
    name: 'auslandsdaten-ohne-umschreibung',
    description: 'Angaben zu einer ausländischen Fahrerlaubnis bei einer Ersterteilung.',
    change: (d) => {
      d.auslaendischeFahrerlaubnis = {
        ausstellungsstaat: '152',
        fuehrerscheinnummer: 'PL 123',
        erteiltAm: '2020-01-01',
        wohnsitzInlandSeit: '2024-01-01',
      };
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/auslaendischeFahrerlaubnis' }],
  },
  {
    name: 'neuerteilung-ohne-entziehungsdatum',
    description: 'Neuerteilung ohne Datum der Entziehung (§ 20 FeV).',
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
    name: 'geburtsdatum-nach-antrag',
    description: 'Geburtsdatum nach dem Antragsdatum.',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2026-05-01';
      d.beantragteKlassen = ['L'];
    },
    expect: [
      { code: 'FE_DATUM', path: '' },
      { code: 'FE_MINDESTALTER', path: '/beantragteKlassen/0' },
    ],
  },
];
