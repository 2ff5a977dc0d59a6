import type { InvalidCase } from '../cases.js';

// biome-ignore lint/suspicious/noExplicitAny: cases edit arbitrary nested example data
type Data = Record<string, any>;

/** A renewal of the permit for taxi and hire car, valid until `gueltigBis`. */
function verlaengerung(d: Data, gueltigBis: string, extra: Data = {}): void {
  d.antragsart = 'verlaengerung';
  d.bisherigeErlaubnis = { nummer: 'P-2021-1', fahrzeugarten: ['taxi', 'mietwagen'], gueltigBis, ...extra };
  delete d.nachweise.leistungstest;
  delete d.nachweise.leistungstestDatum;
}

export const cases: readonly InvalidCase[] = [
  {
    name: 'mindestalter-taxi',
    description: 'Taxi mit 20 Jahren (§ 48 Abs. 4 Nr. 2 FeV: 21 Jahre).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2006-01-01';
      d.fahrerlaubnisKlasseB.erteiltAm = '2024-01-01';
    },
    expect: [
      { code: 'PS_MINDESTALTER', path: '/fahrzeugarten/0' },
      { code: 'PS_MINDESTALTER', path: '/fahrzeugarten/1' },
    ],
  },
  {
    name: 'mindestalter-krankenkraftwagen',
    description: 'Nur Krankenkraftwagen mit 18 Jahren (§ 48 Abs. 4 Nr. 2 FeV: 19 Jahre).',
    change: (d) => {
      d.fahrzeugarten = ['krankenkraftwagen'];
      d.antragsteller.geburtsdatum = '2007-06-01';
      d.fahrerlaubnisKlasseB.erteiltAm = '2025-03-01';
      d.nachweise.ersteHilfeDatum = '2024-11-30';
    },
    expect: [{ code: 'PS_MINDESTALTER', path: '/fahrzeugarten/0' }],
  },
  {
    name: 'klasse-b-zu-kurz',
    description:
      'Klasse B erst seit einem Jahr, für Taxi und Mietwagen sind zwei Jahre nötig (§ 48 Abs. 4 Nr. 5 FeV).',
    change: (d) => {
      d.fahrerlaubnisKlasseB.erteiltAm = '2025-01-10';
    },
    expect: [{ code: 'PS_KLASSE_B_VORBESITZ', path: '/fahrerlaubnisKlasseB/erteiltAm' }],
  },
  {
    name: 'klasse-b-frueher-zu-lange-her',
    description:
      'Frühere Klasse B endete vor mehr als fünf Jahren, die jetzige ist jünger als zwei Jahre (§ 48 Abs. 4 Nr. 5 FeV).',
    change: (d) => {
      d.fahrerlaubnisKlasseB.erteiltAm = '2025-09-01';
      d.fahrerlaubnisKlasseB.fruehererBesitz = { von: '2008-01-01', bis: '2021-03-31' };
    },
    expect: [{ code: 'PS_KLASSE_B_VORBESITZ', path: '/fahrerlaubnisKlasseB/erteiltAm' }],
  },
  {
    name: 'frueherer-besitz-nach-antrag',
    description: 'Früherer Besitz der Klasse B endet nach dem Antrag.',
    change: (d) => {
      d.fahrerlaubnisKlasseB.fruehererBesitz = { von: '2008-01-01', bis: '2026-05-01' };
    },
    expect: [{ code: 'PS_DATUM', path: '/fahrerlaubnisKlasseB/fruehererBesitz/bis' }],
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
      d.bisherigeErlaubnis = { nummer: 'P-2021-1', fahrzeugarten: ['taxi'], gueltigBis: '2026-12-31' };
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/bisherigeErlaubnis' }],
  },
  {
    name: 'verlaengerung-erweitert',
    description:
      'Verlängerung einer Erlaubnis für Mietwagen, die zugleich Taxen umfassen soll (§ 48 Abs. 5 FeV).',
    change: (d) => {
      verlaengerung(d, '2026-06-30');
      d.bisherigeErlaubnis.fahrzeugarten = ['mietwagen'];
      d.fahrzeugarten = ['mietwagen', 'taxi'];
    },
    expect: [{ code: 'PS_VERLAENGERUNG_UMFANG', path: '/fahrzeugarten/1' }],
  },
  {
    name: 'leistungstest-fehlt-ab-60',
    description:
      'Verlängerung bis 2031 einer 1966 geborenen Person ohne Nachweis nach Anlage 5 Nr. 2 (§ 48 Abs. 6 Satz 2 FeV).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1966-10-01';
      verlaengerung(d, '2026-06-30');
    },
    expect: [
      { code: 'REQUIRED_IF', path: '/nachweise/leistungstest' },
      { code: 'REQUIRED_IF', path: '/nachweise/leistungstestDatum' },
    ],
  },
  {
    name: 'leistungstest-fehlt-bei-erteilung',
    description:
      'Erteilung an eine 37-Jährige ohne Nachweis nach Anlage 5 Nr. 2; er gehört zu jeder Erteilung (§ 48 Abs. 4 Nr. 3 FeV).',
    change: (d) => {
      delete d.nachweise.leistungstest;
      delete d.nachweise.leistungstestDatum;
    },
    expect: [
      { code: 'REQUIRED_IF', path: '/nachweise/leistungstest' },
      { code: 'REQUIRED_IF', path: '/nachweise/leistungstestDatum' },
    ],
  },
  {
    name: 'leistungstest-zu-alt',
    description: 'Nachweis nach Anlage 5 Nr. 2 älter als ein Jahr.',
    change: (d) => {
      d.nachweise.leistungstestDatum = '2025-04-14';
    },
    expect: [{ code: 'PS_NACHWEIS_ALT', path: '/nachweise/leistungstestDatum' }],
  },
  {
    name: 'aerztliche-untersuchung-zu-alt',
    description: 'Ärztliche Untersuchung nach Anlage 5 Nr. 1 älter als ein Jahr.',
    change: (d) => {
      d.nachweise.aerztlicheUntersuchungDatum = '2025-04-14';
    },
    expect: [{ code: 'PS_NACHWEIS_ALT', path: '/nachweise/aerztlicheUntersuchungDatum' }],
  },
  {
    name: 'sehvermoegen-zu-alt',
    description: 'Untersuchung des Sehvermögens älter als zwei Jahre (§ 12 Abs. 7 FeV).',
    change: (d) => {
      d.nachweise.augenUntersuchungDatum = '2024-04-14';
    },
    expect: [{ code: 'PS_NACHWEIS_ALT', path: '/nachweise/augenUntersuchungDatum' }],
  },
  {
    name: 'erlaubnis-abgelaufen',
    description: 'Verlängerung einer schon abgelaufenen Erlaubnis (§ 48 Abs. 5 FeV).',
    change: (d) => verlaengerung(d, '2026-01-31'),
    expect: [{ code: 'PS_ERLAUBNIS_ABGELAUFEN', path: '/bisherigeErlaubnis/gueltigBis' }],
  },
  {
    name: 'verlaengerung-zu-lang',
    description: 'Verlängerung um mehr als fünf Jahre (§ 48 Abs. 5 FeV).',
    change: (d) => verlaengerung(d, '2026-06-30', { verlaengerungBis: '2031-07-01' }),
    expect: [{ code: 'PS_GELTUNGSDAUER', path: '/bisherigeErlaubnis/verlaengerungBis' }],
  },
  {
    name: 'auskunft-fahreignungsregister-fehlt',
    description: 'Erteilung ohne Auskunft aus dem Fahreignungsregister (§ 48 Abs. 4 Nr. 2a FeV).',
    change: (d) => {
      delete d.nachweise.auskunftFahreignungsregister;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/auskunftFahreignungsregister' }],
  },
  {
    name: 'auskunft-fahreignungsregister-abgelehnt',
    description:
      'Die Auskunft aus dem Fahreignungsregister soll nicht eingeholt werden (§ 48 Abs. 4 Nr. 2a FeV).',
    change: (d) => {
      d.nachweise.auskunftFahreignungsregister = false;
    },
    expect: [{ code: 'PS_FAHREIGNUNGSREGISTER', path: '/nachweise/auskunftFahreignungsregister' }],
  },
  {
    name: 'erste-hilfe-fehlt-krankenkraftwagen',
    description: 'Erteilung für Krankenkraftwagen ohne Erste-Hilfe-Nachweis (§ 48 Abs. 4 Nr. 6 FeV).',
    change: (d) => {
      d.fahrzeugarten = ['taxi', 'krankenkraftwagen'];
    },
    expect: [{ code: 'REQUIRED_IF', path: '/nachweise/ersteHilfeDatum' }],
  },
  {
    name: 'erste-hilfe-ohne-krankenkraftwagen',
    description: 'Erste-Hilfe-Befreiung angegeben, obwohl kein Krankenkraftwagen beantragt ist.',
    change: (d) => {
      d.nachweise.ersteHilfeBefreiung = 'heilberuf';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/nachweise/ersteHilfeBefreiung' }],
  },
  {
    name: 'fachkunde-nur-krankenkraftwagen',
    description: 'Fachkundenachweis bei einer Erlaubnis nur für Krankenkraftwagen (§ 48 Abs. 4 Nr. 7 FeV).',
    change: (d) => {
      d.fahrzeugarten = ['krankenkraftwagen'];
      d.nachweise.ersteHilfeDatum = '2024-11-30';
      d.nachweise.fachkundeNachweisDatum = '2025-01-01';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/nachweise/fachkundeNachweisDatum' }],
  },
  {
    name: 'ausweis-abgelaufen',
    description:
      'Der Reisepass ist am Tag vor dem Antrag abgelaufen (§ 48 Abs. 6 mit § 21 Abs. 1 Satz 3 Nr. 1 FeV).',
    change: (d) => {
      d.antragsteller.ausweisdokument.gueltigBis = '2026-04-14';
    },
    expect: [{ code: 'AUSWEIS_ABGELAUFEN', path: '/antragsteller/ausweisdokument/gueltigBis' }],
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
    name: 'staatsangehoerigkeit-unbekannt',
    description: 'Staatsangehörigkeit nicht in der DESTATIS-Codeliste 2024-08-01.',
    change: (d) => {
      d.antragsteller.staatsangehoerigkeit = ['PL'];
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/antragsteller/staatsangehoerigkeit/0' }],
  },
  {
    name: 'gutachten-fehlt',
    description: 'Keine Bescheinigung über die ärztliche Untersuchung (§ 48 Abs. 4 Nr. 3 FeV).',
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
      d.nachweise.ersteHilfeDatum = '2024-11-30';
    },
    expect: [
      { code: 'CARDINALITY_MAX', path: '/fahrzeugarten' },
      { code: 'PS_FAHRZEUGART_DOPPELT', path: '/fahrzeugarten' },
    ],
  },
];
