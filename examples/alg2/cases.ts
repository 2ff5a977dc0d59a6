import type { InvalidCase } from '../cases.js';

const weiterePerson = {
  familienname: 'Krüger',
  vornamen: 'Sven',
  geschlecht: 'm',
  geburtsdatum: '1980-01-01',
  staatsangehoerigkeit: ['000'],
  verwandtschaft: 'partner',
  erwerbsfaehig: true,
};

export const cases: readonly InvalidCase[] = [
  {
    name: 'zwei-partner',
    description: 'Zwei Partner in einer Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 3 SGB II).',
    change: (d) => {
      d.haushalt.push(weiterePerson);
    },
    expect: [{ code: 'ALG2_PARTNER', path: '/haushalt' }],
  },
  {
    name: 'alleinerziehend-mit-partner',
    description: 'Mehrbedarf für Alleinerziehende trotz Ehegatten (§ 21 Abs. 3 SGB II).',
    change: (d) => {
      d.mehrbedarfe.alleinerziehend = true;
    },
    expect: [{ code: 'ALG2_ALLEINERZIEHEND', path: '/mehrbedarfe/alleinerziehend' }],
  },
  {
    name: 'schwanger-ohne-entbindungstermin',
    description: 'Schwangerschaft ohne Entbindungstermin (§ 21 Abs. 2 SGB II).',
    change: (d) => {
      d.mehrbedarfe.schwanger = true;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/mehrbedarfe/entbindungstermin' }],
  },
  {
    name: 'entbindungstermin-ohne-schwangerschaft',
    description: 'Entbindungstermin, obwohl keine Schwangerschaft angegeben ist.',
    change: (d) => {
      d.mehrbedarfe.entbindungstermin = '2026-07-01';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/mehrbedarfe/entbindungstermin' }],
  },
  {
    name: 'gesamtkosten-falsch',
    description: 'Gesamtkosten der Unterkunft sind nicht die Summe aus Miete, Nebenkosten und Heizung.',
    change: (d) => {
      d.unterkunft.gesamtkosten = 1000;
    },
    expect: [{ code: 'CALCULATED_MISMATCH', path: '/unterkunft/gesamtkosten' }],
  },
  {
    name: 'gesamteinkommen-falsch',
    description: 'Gesamteinkommen um einen Cent falsch.',
    change: (d) => {
      d.einkommenGesamt = 2238.01;
    },
    expect: [{ code: 'CALCULATED_MISMATCH', path: '/einkommenGesamt' }],
  },
  {
    name: 'kind-zu-alt',
    description: 'Ein 26-jähriges Kind in der Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 4 SGB II).',
    change: (d) => {
      d.haushalt[1].geburtsdatum = '1999-06-21';
    },
    expect: [{ code: 'ALG2_KIND_ALTER', path: '/haushalt/1' }],
  },
  {
    name: 'kleinkind-erwerbsfaehig',
    description: 'Ein fünfjähriges Kind als erwerbsfähig angegeben (§ 7 Abs. 1, § 8 SGB II).',
    change: (d) => {
      d.haushalt[2].erwerbsfaehig = true;
    },
    expect: [{ code: 'ALG2_ERWERBSFAEHIG', path: '/haushalt/2' }],
  },
  {
    name: 'steuer-id-pruefziffer',
    description: 'Steuer-Identifikationsnummer mit falscher Prüfziffer.',
    change: (d) => {
      d.antragsteller.steuerId = '86095742718';
    },
    expect: [{ code: 'ALG2_STEUERID', path: '/antragsteller/steuerId' }],
  },
  {
    name: 'rentenversicherungsnummer-pruefziffer',
    description: 'Rentenversicherungsnummer mit falscher Prüfziffer.',
    change: (d) => {
      d.antragsteller.rvNummer = '12140385M522';
    },
    expect: [{ code: 'ALG2_RVNR', path: '/antragsteller/rvNummer' }],
  },
  {
    name: 'iban-pruefziffer',
    description: 'IBAN mit falscher Prüfziffer.',
    change: (d) => {
      d.bankverbindung.iban = 'DE88370400440532013000';
    },
    expect: [{ code: 'ALG2_IBAN', path: '/bankverbindung/iban' }],
  },
  {
    name: 'anlage-ki-fehlt',
    description: 'Kinder unter 15, aber keine Anlage KI.',
    change: (d) => {
      d.anlagen = ['WEP', 'EK', 'KDU'];
    },
    expect: [{ code: 'ALG2_ANLAGE', path: '' }],
  },
  {
    name: 'verwandtschaft-unbekannt',
    description: 'Verwandtschaftsverhältnis nicht in der Codeliste.',
    change: (d) => {
      d.haushalt[0].verwandtschaft = 'cousin';
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/haushalt/0/verwandtschaft' }],
  },
  {
    name: 'zu-viele-personen',
    description: 'Sechzehn weitere Personen bei höchstens fünfzehn (Kardinalität).',
    change: (d) => {
      const { einkommen: _, ...ohneEinkommen } = d.haushalt[2];
      while (d.haushalt.length < 16) d.haushalt.push({ ...ohneEinkommen });
    },
    expect: [{ code: 'CARDINALITY_MAX', path: '/haushalt' }],
  },
  {
    name: 'unbekanntes-feld',
    description: 'Ein Feld, das das Formular nicht kennt.',
    change: (d) => {
      d.haushalt[0].spitzname = 'Tom';
    },
    expect: [{ code: 'UNKNOWN_KEY', path: '/haushalt/0/spitzname' }],
  },
  {
    name: 'antragsteller-zu-jung',
    description: 'Antragstellende Person erst 14 Jahre alt (§ 7 Abs. 1 SGB II).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2011-06-01';
      delete d.antragsteller.rvNummer;
    },
    expect: [{ code: 'ALG2_ALTER', path: '/antragsteller/geburtsdatum' }],
  },
  {
    name: 'partner-minderjaehrig',
    description: 'Ein 17-jähriger Ehegatte (§ 7 Abs. 3 Nr. 3 SGB II).',
    change: (d) => {
      d.haushalt[0].geburtsdatum = '2008-06-01';
    },
    expect: [{ code: 'ALG2_PARTNER_ALTER', path: '/haushalt/0' }],
  },
  {
    name: 'anlage-wep-fehlt',
    description: 'Weitere Person ab 15, aber keine Anlage WEP.',
    change: (d) => {
      d.anlagen = ['KI', 'EK', 'KDU'];
    },
    expect: [{ code: 'ALG2_ANLAGE', path: '' }],
  },
  {
    name: 'anlage-ek-fehlt',
    description: 'Einkommen angegeben, aber keine Anlage EK.',
    change: (d) => {
      d.anlagen = ['WEP', 'KI', 'KDU'];
    },
    expect: [{ code: 'ALG2_ANLAGE', path: '' }],
  },
  {
    name: 'anlage-kdu-fehlt',
    description: 'Mietwohnung, aber keine Anlage KDU.',
    change: (d) => {
      d.anlagen = ['WEP', 'KI', 'EK'];
    },
    expect: [{ code: 'ALG2_ANLAGE', path: '' }],
  },
];
