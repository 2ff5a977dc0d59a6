import type { InvalidCase } from '../cases.js';

const weiterePerson = {
  familienname: 'Krüger',
  vornamen: 'Sven',
  geschlecht: 'm',
  geburtsdatum: '1980-01-01',
  staatsangehoerigkeit: ['000'],
  familienstand: 'LD',
  verwandtschaft: 'partner',
  erwerbsfaehig: 'ja',
};

/** The applicant as a French citizen with the given right of residence. */
// biome-ignore lint/suspicious/noExplicitAny: cases edit arbitrary nested example data
function auslaenderin(d: Record<string, any>, aufenthaltsrecht: Record<string, unknown>): void {
  d.antragsteller.staatsangehoerigkeit = ['129'];
  d.antragsteller.aufenthaltsrecht = {
    grundlage: 'freizuegigkeit',
    erwerbstaetig: false,
    aufenthaltSeit: '2019-04-01',
    ...aufenthaltsrecht,
  };
}

/** Without the spouse Thomas (and his income of 1,100 euro). */
// biome-ignore lint/suspicious/noExplicitAny: cases edit arbitrary nested example data
function ohneEhegatten(d: Record<string, any>): void {
  d.haushalt.shift();
  d.einkommenGesamt = 1138;
}

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
    name: 'kind-ab-25-ohne-anlage-hg',
    description:
      'Der Sohn wird am Antragstag 25: er gehört nur noch zum Haushalt, nicht zur Bedarfsgemeinschaft; die Anlage HG fehlt (§ 7 Abs. 3 Nr. 4, § 9 Abs. 5 SGB II).',
    change: (d) => {
      d.haushalt[1].geburtsdatum = '2001-02-02';
      delete d.haushalt[1].ausbildung;
    },
    expect: [{ code: 'ALG2_ANLAGE', path: '' }],
  },
  {
    name: 'bedarfsgemeinschaft-falsch',
    description:
      'Der Ehegatte lebt nicht getrennt, gehört also zur Bedarfsgemeinschaft; angegeben ist das Gegenteil (§ 7 Abs. 3 Nr. 3 SGB II).',
    change: (d) => {
      d.haushalt[0].bedarfsgemeinschaft = false;
    },
    expect: [{ code: 'CALCULATED_MISMATCH', path: '/haushalt/0/bedarfsgemeinschaft' }],
  },
  {
    name: 'kleinkind-erwerbsfaehig',
    description: 'Ein fünfjähriges Kind als erwerbsfähig angegeben (§ 7 Abs. 1 Satz 1 Nr. 1, § 8 SGB II).',
    change: (d) => {
      d.haushalt[2].erwerbsfaehig = 'ja';
    },
    expect: [{ code: 'ALG2_ERWERBSFAEHIG', path: '/haushalt/2' }],
  },
  {
    name: 'niemand-erwerbsfaehig',
    description:
      'Weder die antragstellende Person noch jemand in der Bedarfsgemeinschaft ist erwerbsfähig (§ 7 Abs. 1 Satz 1 Nr. 2, Abs. 2 SGB II).',
    change: (d) => {
      d.antragsteller.erwerbsfaehig = 'nein';
      d.haushalt[0].erwerbsfaehig = 'nein';
    },
    expect: [{ code: 'ALG2_ERWERBSFAEHIG', path: '/antragsteller/erwerbsfaehig' }],
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
  {
    name: 'antragsteller-zu-jung',
    description: 'Antragstellende Person erst 14 Jahre alt (§ 7 Abs. 1 Satz 1 Nr. 1 SGB II).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '2011-06-01';
      delete d.antragsteller.rvNummer;
    },
    expect: [{ code: 'ALG2_ALTER', path: '/antragsteller/geburtsdatum' }],
  },
  {
    name: 'altersgrenze-erreicht',
    description:
      'Geboren am 1959-10-15: 66 Jahre und 2 Monate sind mit dem 2025-12-14 vollendet, die Altersgrenze mit Ablauf des Dezember 2025 erreicht (§ 7a SGB II).',
    change: (d) => {
      d.antragsteller.geburtsdatum = '1959-10-15';
    },
    expect: [{ code: 'ALG2_ALTER', path: '/antragsteller/geburtsdatum' }],
  },
  {
    name: 'gewoehnlicher-aufenthalt-fehlt',
    description: 'Kein gewöhnlicher Aufenthalt in Deutschland (§ 7 Abs. 1 Satz 1 Nr. 4 SGB II).',
    change: (d) => {
      d.antragsteller.gewoehnlicherAufenthaltInland = false;
    },
    expect: [{ code: 'ALG2_AUFENTHALT', path: '/antragsteller/gewoehnlicherAufenthaltInland' }],
  },
  {
    name: 'aufenthaltsrecht-fehlt',
    description:
      'Französische Staatsangehörige ohne Angaben zum Aufenthaltsrecht (§ 7 Abs. 1 Satz 2 SGB II).',
    change: (d) => {
      d.antragsteller.staatsangehoerigkeit = ['129'];
    },
    expect: [{ code: 'REQUIRED_IF', path: '/antragsteller/aufenthaltsrecht' }],
  },
  {
    name: 'aufenthaltsrecht-bei-deutschen',
    description: 'Angaben zum Aufenthaltsrecht bei einer Deutschen.',
    change: (d) => {
      d.antragsteller.aufenthaltsrecht = {
        grundlage: 'freizuegigkeit',
        erwerbstaetig: true,
        aufenthaltSeit: '2019-04-01',
      };
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/antragsteller/aufenthaltsrecht' }],
  },
  {
    name: 'asylbewerberleistungsgesetz',
    description: 'Leistungsberechtigt nach dem Asylbewerberleistungsgesetz (§ 7 Abs. 1 Satz 2 Nr. 3 SGB II).',
    change: (d) => auslaenderin(d, { grundlage: 'asylblg' }),
    expect: [{ code: 'ALG2_AUSSCHLUSS', path: '/antragsteller/aufenthaltsrecht/grundlage' }],
  },
  {
    name: 'aufenthalt-nur-zur-arbeitsuche',
    description:
      'Aufenthaltsrecht allein zur Arbeitsuche, seit weniger als fünf Jahren angemeldet (§ 7 Abs. 1 Satz 2 Nr. 2, Satz 4 SGB II).',
    change: (d) => auslaenderin(d, { grundlage: 'arbeitsuche', aufenthaltSeit: '2023-03-01' }),
    expect: [{ code: 'ALG2_AUSSCHLUSS', path: '/antragsteller/aufenthaltsrecht/grundlage' }],
  },
  {
    name: 'erste-drei-monate',
    description:
      'Antrag im zweiten Monat des Aufenthalts ohne Erwerbstätigkeit (§ 7 Abs. 1 Satz 2 Nr. 1 SGB II).',
    change: (d) => auslaenderin(d, { aufenthaltSeit: '2025-12-15' }),
    expect: [{ code: 'ALG2_AUSSCHLUSS', path: '/antragsteller/aufenthaltsrecht/aufenthaltSeit' }],
  },
  {
    name: 'altersrente',
    description: 'Bezug einer Rente wegen Alters (§ 7 Abs. 4 Satz 1 SGB II).',
    change: (d) => {
      d.antragsteller.altersrente = true;
    },
    expect: [{ code: 'ALG2_AUSSCHLUSS', path: '/antragsteller/altersrente' }],
  },
  {
    name: 'stationaere-einrichtung',
    description: 'Unterbringung in einer stationären Einrichtung (§ 7 Abs. 4 SGB II).',
    change: (d) => {
      d.antragsteller.unterbringung = 'stationaer';
    },
    expect: [{ code: 'ALG2_AUSSCHLUSS', path: '/antragsteller/unterbringung' }],
  },
  {
    name: 'ausbildung-foerderung-fehlt',
    description: 'Studium ohne Angabe, ob es nach dem BAföG förderungsfähig ist (§ 7 Abs. 5 SGB II).',
    change: (d) => {
      d.antragsteller.ausbildung = 'studium';
    },
    expect: [{ code: 'REQUIRED_IF', path: '/antragsteller/bafoegFoerderungsfaehig' }],
  },
  {
    name: 'foerderung-ohne-ausbildung',
    description: 'Förderungsfähigkeit angegeben, aber keine Schule oder Ausbildung.',
    change: (d) => {
      d.antragsteller.bafoegFoerderungsfaehig = false;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/antragsteller/bafoegFoerderungsfaehig' }],
  },
  {
    name: 'ausnahme-7-abs-6-fehlt',
    description: 'BAföG-förderungsfähiges Studium ohne Angabe zu den Ausnahmen des § 7 Abs. 6 SGB II.',
    change: (d) => {
      d.antragsteller.ausbildung = 'studium';
      d.antragsteller.bafoegFoerderungsfaehig = true;
    },
    expect: [{ code: 'REQUIRED_IF', path: '/antragsteller/ausnahmeNach7Abs6' }],
  },
  {
    name: 'ausnahme-ohne-foerderung',
    description:
      'Ausnahme nach § 7 Abs. 6 SGB II angegeben, obwohl die Ausbildung nicht förderungsfähig ist.',
    change: (d) => {
      d.antragsteller.ausbildung = 'ausbildung';
      d.antragsteller.bafoegFoerderungsfaehig = false;
      d.antragsteller.ausnahmeNach7Abs6 = true;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/antragsteller/ausnahmeNach7Abs6' }],
  },
  {
    name: 'familienstand-passt-nicht',
    description:
      'Ein Ehegatte, aber die antragstellende Person ist als ledig angegeben (§ 7 Abs. 3 Nr. 3 Buchstabe a SGB II).',
    change: (d) => {
      d.antragsteller.familienstand = 'LD';
    },
    expect: [{ code: 'ALG2_FAMILIENSTAND', path: '/haushalt/0/verwandtschaft' }],
  },
  {
    name: 'ehegatte-fehlt',
    description:
      'Verheiratet, aber weder Ehegatte angegeben noch dauerndes Getrenntleben erklärt (§ 7 Abs. 3 Nr. 3 Buchstabe a SGB II).',
    change: (d) => ohneEhegatten(d),
    expect: [{ code: 'REQUIRED_IF', path: '/antragsteller/dauerndGetrenntLebend' }],
  },
  {
    name: 'ehegatte-nicht-angegeben',
    description: 'Verheiratet, nicht getrennt lebend, aber der Ehegatte fehlt in der Bedarfsgemeinschaft.',
    change: (d) => {
      ohneEhegatten(d);
      d.antragsteller.dauerndGetrenntLebend = false;
    },
    expect: [{ code: 'ALG2_PARTNER', path: '/antragsteller/dauerndGetrenntLebend' }],
  },
  {
    name: 'getrenntleben-bei-unverheirateten',
    description: 'Getrenntleben bei einer ledigen Person in einer Verantwortungsgemeinschaft angegeben.',
    change: (d) => {
      d.antragsteller.familienstand = 'LD';
      d.antragsteller.dauerndGetrenntLebend = true;
      d.haushalt[0].verwandtschaft = 'partner';
      d.haushalt[0].familienstand = 'LD';
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/antragsteller/dauerndGetrenntLebend' }],
  },
  {
    name: 'getrenntleben-bei-kind',
    description:
      'Getrenntleben bei einem Kind angegeben; die Angabe betrifft nur Ehegatten und Lebenspartner.',
    change: (d) => {
      d.haushalt[1].dauerndGetrenntLebend = false;
    },
    expect: [{ code: 'NOT_RELEVANT', path: '/haushalt/1/dauerndGetrenntLebend' }],
  },
  {
    name: 'familienstand-unbekannt',
    description: 'Familienstand nicht in der Codeliste DSMeld Familienstand 2.',
    change: (d) => {
      d.haushalt[1].familienstand = 'ledig';
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/haushalt/1/familienstand' }],
  },
  {
    name: 'verwandtschaft-unbekannt',
    description: 'Verwandtschaftsverhältnis nicht in der Codeliste.',
    change: (d) => {
      d.haushalt[1].verwandtschaft = 'cousin';
    },
    expect: [{ code: 'CODE_NOT_IN_LIST', path: '/haushalt/1/verwandtschaft' }],
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
];
