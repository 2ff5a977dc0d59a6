import type { InvalidCase } from '../cases.js';

export const cases: readonly InvalidCase[] = [
  {
    name: 'mindestalter-taxi',
    description: 'Taxi mit 20 Jahren (§ 48 Abs. 4 Nr. 2 FeV: 21 Jahre).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2006-01-01';
    },
    expect: [{ code: 'PS_MINDESTALTER', path: '/antragsteller/geburtsdatum' }],
  },
  {
    name: 'mindestalter-krankenkraftwagen',
    description: 'Nur Krankenkraftwagen mit 18 Jahren (19 Jahre nötig).',
    change: (d) => {
      d.fahrzeugarten = ['krankenkraftwagen'];
      d.antragsteller.geburtsdatum = '2007-06-01';
      d.fahrerlaubnisKlasseB.erteiltAm = '2025-03-01';
    },
    expect: [{ code: 'PS_MINDESTALTER', path: '/antragsteller/geburtsdatum' }],
  },
  {
    name: 'klasse-b-zu-kurz',
    description:
      'Klasse B erst seit einem Jahr, für Taxi und Mietwagen sind zwei Jahre nötig (§ 48 Abs. 4 Nr. 3 FeV).',
    change: (d) => {
      d.fahrerlaubnisKlasseB.erteiltAm = '2025-01-10';
    },
    expect: [{ code: 'PS_KLASSE_B_VORBESITZ', path: '/fahrerlaubnisKlasseB/erteiltAm' }],
  },
  {
    name: 'verlaengerung-ohne-bisherige-erlaubnis',
    description: 'Verlängerung ohne Angaben zur bisherigen Erlaubnis (§ 48 Abs. 5 FeV).',
    change: (d) => {
      d.antragsart = 'verlaengerung';
    },
    expect: [{ code: 'REQUIRED_IF', path: '/bisherigeErlaubnis' }],
  },
  {
    name: 'bisherige-erlaubnis-bei-erteilung',
    description: 'Angaben zu einer bisherigen Erlaubnis bei einer Erteilung.',
    change: (d) => {
      d.bisherigeErlaubnis = { nummer: 'P-2021-1', gueltigBis: '2026-12-31' };
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/bisherigeErlaubnis' }],
  },
  {
    name: 'leistungstest-fehlt-ab-60',
    description: 'Verlängerung mit 65 Jahren ohne Nachweis der Leistungsfähigkeit (§ 48 Abs. 5 Satz 2 FeV).',
    change: (d) => {
      d.antragsart = 'verlaengerung';
      d.antragsteller.geburtsdatum = '1960-10-01';
      d.bisherigeErlaubnis = { nummer: 'P-2021-1', gueltigBis: '2026-06-30' };
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/leistungstest' }],
  },
  {
    name: 'erlaubnis-abgelaufen',
    description: 'Verlängerung einer schon abgelaufenen Erlaubnis.',
    change: (d) => {
      d.antragsart = 'verlaengerung';
      d.bisherigeErlaubnis = { nummer: 'P-2021-1', gueltigBis: '2026-01-31' };
    },
    expect: [{ code: 'PS_ERLAUBNIS_ABGELAUFEN', path: '/bisherigeErlaubnis/gueltigBis' }],
  },
  {
    name: 'fuehrungszeugnis-zu-alt',
    description: 'Führungszeugnis mehr als drei Monate vor dem Antrag beantragt.',
    change: (d) => {
      d.nachweise.fuehrungszeugnisBeantragtAm = '2025-12-01';
    },
    expect: [{ code: 'PS_FUEHRUNGSZEUGNIS', path: '/nachweise/fuehrungszeugnisBeantragtAm' }],
  },
  {
    name: 'fahrzeugart-doppelt',
    description: 'Dieselbe Fahrzeugart zweimal.',
    change: (d) => {
      d.fahrzeugarten = ['taxi', 'taxi'];
    },
    expect: [{ code: 'PS_FAHRZEUGART_DOPPELT', path: '/fahrzeugarten' }],
  },
  {
    name: 'fahrzeugart-unbekannt',
    description: 'Eine Fahrzeugart, die die Codeliste nicht kennt.',
    change: (d) => {
      d.fahrzeugarten = ['bus'];
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/fahrzeugarten/0' }],
  },
  {
    name: 'gutachten-fehlt',
    description: 'Kein ärztliches Gutachten (Pflichtangabe).',
    change: (d) => {
      delete d.nachweise.aerztlichesGutachten;
    },
    expect: [{ code: 'REQUIRED', path: '/nachweise/aerztlichesGutachten' }],
  },
  {
    name: 'fuehrerscheinnummer-format',
    description: 'Führerscheinnummer mit Kleinbuchstaben und zu kurz.',
    change: (d) => {
      d.fahrerlaubnisKlasseB.fuehrerscheinnummer = 'f01234';
    },
    expect: [{ code: 'PATTERN', path: '/fahrerlaubnisKlasseB/fuehrerscheinnummer' }],
  },
  {
    name: 'zu-viele-fahrzeugarten',
    description: 'Sechs Fahrzeugarten bei höchstens fünf (Kardinalität 1:5).',
    change: (d) => {
      d.fahrzeugarten = [
        'taxi',
        'mietwagen',
        'krankenkraftwagen',
        'linienverkehr',
        'gelegenheitsverkehr',
        'taxi',
      ];
    },
    expect: [
      { code: 'CARDINALITY_MAX', path: '/fahrzeugarten' },
      { code: 'PS_FAHRZEUGART_DOPPELT', path: '/fahrzeugarten' },
    ],
  },
];
