/**
 * The rules of the Bürgergeld application (SGB II). Attached in `form.ts` to the element a user
 * would correct.
 *
 * Which day each rule checks (docs/decisions/0007-legal-dates.md): the conditions of § 7 SGB II
 * are checked on the application date, from which the application has effect (§ 37 SGB II).
 * Ages follow §§ 187 Abs. 2, 188 BGB: a person is 15 from the 15th birthday on; the age limit of
 * § 7a SGB II is reached at the end of the month in which the age of the birth year's row is
 * completed (completed at the end of the day before the birthday), so a person born on
 * 1 September 1960 (66 years and 4 months completed at the end of 31 December 2026) is entitled
 * until 31 December 2026. Residence periods run from arrival or registration, an event
 * (§ 187 Abs. 1 BGB).
 */

import { rule } from '../../src/model/builders.js';

const V1 = '1.0.0';
const V2 = '2.0.0';

const PARTNER = '["ehegatte", "lebenspartner", "partner"]';
const KIND = '["kind", "kindPartner"]';
const VERHEIRATET = '["VH", "LP"]';
const EHE = '["ehegatte", "lebenspartner"]';
const ALTER = (path: string) => `age(${path}.geburtsdatum, antragsdatum)`;

/**
 * Whether a household member belongs to the Bedarfsgemeinschaft (§ 7 Abs. 3 SGB II): a partner
 * not living permanently apart (Nr. 3); an unmarried child under 25 (Nr. 4; whether it can live
 * on its own income is left to the authority); a parent of an unmarried applicant under 25 who
 * is able to work (Nr. 2). Other relatives and other persons share only the household.
 */
export const IN_BEDARFSGEMEINSCHAFT =
  `if(haushalt.verwandtschaft in ${PARTNER}, not coalesce(haushalt.dauerndGetrenntLebend, false), ` +
  `if(haushalt.verwandtschaft in ${KIND}, ${ALTER('haushalt')} < 25 and haushalt.familienstand not in ${VERHEIRATET}, ` +
  `if(haushalt.verwandtschaft = "elternteil", ${ALTER('antragsteller')} < 25 ` +
  `and antragsteller.familienstand not in ${VERHEIRATET} and antragsteller.erwerbsfaehig != "nein", false)))`;

const PARTNER_IN_BG = `haushalt.verwandtschaft in ${PARTNER} and not coalesce(haushalt.dauerndGetrenntLebend, false)`;

export const hoechstensEinPartner = rule({
  id: 'R99000000401',
  version: V2,
  name: 'Höchstens eine Partnerin oder ein Partner in der Bedarfsgemeinschaft',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `countWhere(haushalt, ${PARTNER_IN_BG}) <= 1`,
  bezug: '§ 7 Abs. 3 Nr. 3 SGB II',
  code: 'ALG2_PARTNER',
  message: {
    de: 'Zur Bedarfsgemeinschaft gehört höchstens eine Partnerin oder ein Partner, die oder der nicht dauernd getrennt lebt.',
    en: 'A benefit community has at most one partner not living permanently apart.',
  },
});

export const antragstellerMindestalter = rule({
  id: 'R99000000402',
  version: V2,
  name: 'Antragsteller hat das 15. Lebensjahr vollendet',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `${ALTER('antragsteller')} >= 15`,
  bezug: '§ 7 Abs. 1 Satz 1 Nr. 1 SGB II',
  code: 'ALG2_ALTER',
  message: {
    de: 'Leistungen erhalten Personen ab dem 15. Geburtstag.',
    en: 'Benefits are for persons from their 15th birthday.',
  },
});

/** Months added to 65 years by year of birth (§ 7a Satz 2 SGB II; before 1947: none). */
const ANHEBUNG =
  'if(year(antragsteller.geburtsdatum) < 1947, 0, if(year(antragsteller.geburtsdatum) >= 1964, 24, ' +
  'if(year(antragsteller.geburtsdatum) <= 1958, year(antragsteller.geburtsdatum) - 1946, ' +
  '12 + 2 * (year(antragsteller.geburtsdatum) - 1958))))';

export const altersgrenze = rule({
  id: 'R99000000418',
  version: V1,
  name: 'Altersgrenze nach Geburtsjahrgang noch nicht erreicht',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `antragsdatum <= endOfMonth(addDays(dateOfAge(antragsteller.geburtsdatum, 65, ${ANHEBUNG}), -1))`,
  bezug: '§ 7 Abs. 1 Satz 1 Nr. 1, § 7a SGB II',
  code: 'ALG2_ALTER',
  message: {
    de: 'Die Altersgrenze ist erreicht: sie liegt am Ende des Monats, in dem Sie das für Ihren Geburtsjahrgang maßgebliche Alter vollenden (65 Jahre und bis zu 24 Monate, ab Jahrgang 1964 67 Jahre).',
    en: 'The age limit has been reached: the end of the month in which you complete the age set for your year of birth (65 years plus up to 24 months; 67 from 1964 on).',
  },
});

export const bedarfsgemeinschaft = rule({
  id: 'R99000000419',
  version: V1,
  name: 'Zugehörigkeit zur Bedarfsgemeinschaft',
  typ: 'B',
  ruleKind: 'calculate',
  expression: IN_BEDARFSGEMEINSCHAFT,
  bezug: '§ 7 Abs. 3 SGB II',
});

/** Rules per household member (evaluated per item of `haushalt`). */
export const mitgliedRegeln = [
  rule({
    id: 'R99000000405',
    version: V2,
    name: 'Erwerbsfähig erst ab 15 Jahren',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `haushalt.erwerbsfaehig = "nein" or ${ALTER('haushalt')} >= 15`,
    bezug: '§ 7 Abs. 1 Satz 1 Nr. 1, § 8 Abs. 1 SGB II',
    code: 'ALG2_ERWERBSFAEHIG',
    message: {
      de: 'Als erwerbsfähige Leistungsberechtigte gelten nur Personen ab 15 Jahren.',
      en: 'Only persons aged 15 or older can be able-to-work beneficiaries.',
    },
  }),
];

export const familienstandPasst = rule({
  id: 'R99000000434',
  version: V1,
  name: 'Familienstand passt zur Ehe oder Lebenspartnerschaft',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    'if(self = "ehegatte", (antragsteller.familienstand = null or antragsteller.familienstand = "VH") and (haushalt.familienstand = null or haushalt.familienstand = "VH"), ' +
    'if(self = "lebenspartner", (antragsteller.familienstand = null or antragsteller.familienstand = "LP") and (haushalt.familienstand = null or haushalt.familienstand = "LP"), true))',
  bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
  code: 'ALG2_FAMILIENSTAND',
  message: {
    de: 'Ehegatten sind beide verheiratet, eingetragene Lebenspartner beide in eingetragener Lebenspartnerschaft: der Familienstand passt nicht zur Angabe.',
    en: 'Spouses are both married, registered partners both in a registered partnership: the marital status does not match.',
  },
});

export const getrenntRelevantMitglied = rule({
  id: 'R99000000437',
  version: V1,
  name: 'Dauerndes Getrenntleben nur bei Ehegatten und Lebenspartnern',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'haushalt.verwandtschaft in ["ehegatte", "lebenspartner"]',
  bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
});

export const getrenntRelevantAntragsteller = rule({
  id: 'R99000000435',
  version: V1,
  name: 'Getrenntleben nur bei Verheirateten und eingetragenen Lebenspartnern',
  typ: 'M',
  ruleKind: 'relevant',
  expression: `antragsteller.familienstand in ${VERHEIRATET}`,
  bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
});

export const ehegatteAngegeben = rule({
  id: 'R99000000436',
  version: V1,
  name: 'Nicht dauernd getrennt lebende Ehegatten gehören zur Bedarfsgemeinschaft',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `self = true or countWhere(haushalt, haushalt.verwandtschaft in ${EHE}) > 0`,
  bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
  code: 'ALG2_PARTNER',
  message: {
    de: 'Wer verheiratet oder verpartnert ist und nicht dauernd getrennt lebt, gibt die Ehegattin, den Ehegatten oder den Lebenspartner an: sie gehören zur Bedarfsgemeinschaft.',
    en: 'Married or registered persons not living permanently apart name their spouse or partner: they belong to the benefit community.',
  },
});

export const getrenntPflicht = rule({
  id: 'R99000000438',
  version: V1,
  name: 'Angabe zum Getrenntleben, wenn keine Ehegattin oder kein Ehegatte im Haushalt angegeben ist',
  typ: 'M',
  ruleKind: 'required',
  expression: `antragsteller.familienstand in ${VERHEIRATET} and countWhere(haushalt, haushalt.verwandtschaft in ${EHE}) = 0`,
  bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
});

export const aufenthaltInland = rule({
  id: 'R99000000421',
  version: V1,
  name: 'Gewöhnlicher Aufenthalt in Deutschland',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self = true',
  bezug: '§ 7 Abs. 1 Satz 1 Nr. 4 SGB II',
  code: 'ALG2_AUFENTHALT',
  message: {
    de: 'Leistungen erhält, wer den gewöhnlichen Aufenthalt in der Bundesrepublik Deutschland hat.',
    en: 'Benefits require habitual residence in Germany.',
  },
});

const NICHT_DEUTSCH = '"000" not in antragsteller.staatsangehoerigkeit';

export const aufenthaltsrechtRelevant = rule({
  id: 'R99000000422',
  version: V1,
  name: 'Aufenthaltsrecht nur bei Ausländerinnen und Ausländern',
  typ: 'M',
  ruleKind: 'relevant',
  expression: NICHT_DEUTSCH,
  bezug: '§ 7 Abs. 1 Satz 2 SGB II',
});

export const aufenthaltsrechtPflicht = rule({
  id: 'R99000000423',
  version: V1,
  name: 'Aufenthaltsrecht bei Ausländerinnen und Ausländern anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: NICHT_DEUTSCH,
  bezug: '§ 7 Abs. 1 Satz 2 SGB II',
});

export const ausschlussAsylblg = rule({
  id: 'R99000000424',
  version: V1,
  name: 'Ausschluss der Leistungsberechtigten nach dem Asylbewerberleistungsgesetz',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self != "asylblg"',
  bezug: '§ 7 Abs. 1 Satz 2 Nr. 3 SGB II',
  code: 'ALG2_AUSSCHLUSS',
  message: {
    de: 'Wer nach § 1 des Asylbewerberleistungsgesetzes leistungsberechtigt ist, erhält kein Bürgergeld.',
    en: 'Persons entitled under the Asylum Seekers Benefits Act receive no citizen’s income.',
  },
});

export const ausschlussOhneAufenthaltsrecht = rule({
  id: 'R99000000425',
  version: V1,
  name: 'Ausschluss ohne Aufenthaltsrecht oder nur zur Arbeitsuche, außer nach fünf Jahren',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    'self not in ["ohne", "arbeitsuche", "artikel10"] or ' +
    'coalesce(antragsdatum > addYears(antragsteller.aufenthaltsrecht.aufenthaltSeit, 5), false)',
  bezug: '§ 7 Abs. 1 Satz 2 Nr. 2, Satz 4 und 5 SGB II',
  code: 'ALG2_AUSSCHLUSS',
  message: {
    de: 'Ohne Aufenthaltsrecht, mit einem Aufenthaltsrecht allein zur Arbeitsuche oder allein nach Art. 10 VO (EU) 492/2011 besteht kein Anspruch, außer nach fünf Jahren gewöhnlichen Aufenthalts seit der Anmeldung.',
    en: 'Without a right of residence, or with one only for job search or only under Art. 10 Reg. 492/2011, there is no entitlement, except after five years of habitual residence since registration.',
  },
});

export const ausschlussErsteDreiMonate = rule({
  id: 'R99000000426',
  version: V1,
  name: 'Ausschluss in den ersten drei Monaten des Aufenthalts',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    'antragsteller.aufenthaltsrecht.erwerbstaetig = true or antragsteller.aufenthaltsrecht.grundlage = "humanitaer" ' +
    'or antragsdatum > addMonths(self, 3)',
  bezug: '§ 7 Abs. 1 Satz 2 Nr. 1, Satz 3 SGB II',
  code: 'ALG2_AUSSCHLUSS',
  message: {
    de: 'In den ersten drei Monaten des Aufenthalts erhalten Ausländerinnen und Ausländer ohne Erwerbstätigkeit und ohne humanitären Aufenthaltstitel keine Leistungen.',
    en: 'In the first three months of residence foreigners who are not working and hold no humanitarian residence title receive no benefits.',
  },
});

export const keineAltersrente = rule({
  id: 'R99000000427',
  version: V1,
  name: 'Keine Rente wegen Alters',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self = false',
  bezug: '§ 7 Abs. 4 Satz 1 SGB II',
  code: 'ALG2_AUSSCHLUSS',
  message: {
    de: 'Wer eine Rente wegen Alters, Knappschaftsausgleichsleistung oder ähnliche öffentlich-rechtliche Leistungen bezieht, erhält kein Bürgergeld.',
    en: 'Persons drawing an old-age pension or similar public benefits receive no citizen’s income.',
  },
});

export const keineStationaereUnterbringung = rule({
  id: 'R99000000428',
  version: V1,
  name: 'Keine Unterbringung in einer stationären Einrichtung',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self not in ["stationaer", "freiheitsentziehung"]',
  bezug: '§ 7 Abs. 4 Satz 1 bis 3 SGB II',
  code: 'ALG2_AUSSCHLUSS',
  message: {
    de: 'Wer in einer stationären Einrichtung oder zur Freiheitsentziehung untergebracht ist, erhält kein Bürgergeld, außer im Krankenhaus unter sechs Monaten oder bei mindestens 15 Wochenstunden Erwerbstätigkeit.',
    en: 'Persons placed in an institution or in custody receive no citizen’s income, except in hospital for less than six months or when working at least 15 hours a week.',
  },
});

export const bafoegRelevant = rule({
  id: 'R99000000429',
  version: V1,
  name: 'Förderungsfähigkeit nur bei Schule, Ausbildung oder Studium',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsteller.ausbildung in ["schule", "ausbildung", "studium"]',
  bezug: '§ 7 Abs. 5 SGB II',
});

export const bafoegPflicht = rule({
  id: 'R99000000430',
  version: V1,
  name: 'Förderungsfähigkeit nach BAföG oder SGB III anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsteller.ausbildung in ["schule", "ausbildung", "studium"]',
  bezug: '§ 7 Abs. 5 SGB II',
});

export const ausnahmeRelevant = rule({
  id: 'R99000000431',
  version: V1,
  name: 'Ausnahme nach § 7 Abs. 6 nur bei förderungsfähiger Ausbildung',
  typ: 'M',
  ruleKind: 'relevant',
  expression:
    'antragsteller.bafoegFoerderungsfaehig = true and antragsteller.ausbildung in ["schule", "ausbildung", "studium"]',
  bezug: '§ 7 Abs. 6 SGB II',
});

export const ausnahmePflicht = rule({
  id: 'R99000000432',
  version: V1,
  name: 'Ausnahme nach § 7 Abs. 6 anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression:
    'antragsteller.bafoegFoerderungsfaehig = true and antragsteller.ausbildung in ["schule", "ausbildung", "studium"]',
  bezug: '§ 7 Abs. 6 SGB II',
});

export const erwerbsfaehigOderBedarfsgemeinschaft = rule({
  id: 'R99000000433',
  version: V1,
  name: 'Erwerbsfähig oder in Bedarfsgemeinschaft mit einer erwerbsfähigen Person',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    'self != "nein" or countWhere(haushalt, haushalt.erwerbsfaehig in ["ja", "wirdFestgestellt"] ' +
    `and ${ALTER('haushalt')} >= 15 and ${IN_BEDARFSGEMEINSCHAFT}) > 0`,
  bezug: '§ 7 Abs. 1 Satz 1 Nr. 2, Abs. 2 Satz 1, § 8 Abs. 1, § 44a Abs. 1 SGB II',
  code: 'ALG2_ERWERBSFAEHIG',
  message: {
    de: 'Bürgergeld erhält, wer erwerbsfähig ist (auch solange die Erwerbsfähigkeit festgestellt wird) oder mit einer erwerbsfähigen Person in einer Bedarfsgemeinschaft lebt.',
    en: 'Citizen’s income requires being able to work (also while this is being determined) or living in a benefit community with someone who is.',
  },
});

export const steuerIdPruefziffer = rule({
  id: 'R99000000406',
  version: V1,
  name: 'Prüfziffer der Steuer-Identifikationsnummer',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'isSteuerId(self)',
  bezug: '§ 139b AO',
  code: 'ALG2_STEUERID',
  message: {
    de: 'Die Steuer-Identifikationsnummer ist ungültig (Prüfziffer).',
    en: 'The tax identification number is invalid (check digit).',
  },
});

export const rvNummerPruefziffer = rule({
  id: 'R99000000407',
  version: V1,
  name: 'Prüfziffer der Rentenversicherungsnummer',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'isRvNummer(self)',
  bezug: '§ 147 SGB VI, § 2 VKVV',
  code: 'ALG2_RVNR',
  message: {
    de: 'Die Rentenversicherungsnummer ist ungültig (Prüfziffer).',
    en: 'The pension insurance number is invalid (check digit).',
  },
});

export const ibanPruefziffer = rule({
  id: 'R99000000408',
  version: V1,
  name: 'Gültige IBAN',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'isIban(self)',
  bezug: '§ 42 SGB II',
  code: 'ALG2_IBAN',
  message: {
    de: 'Die IBAN ist ungültig (Prüfziffer oder Länge).',
    en: 'The IBAN is invalid (check digits or length).',
  },
});

export const gesamtkosten = rule({
  id: 'R99000000409',
  version: V1,
  name: 'Gesamtkosten der Unterkunft',
  typ: 'B',
  ruleKind: 'calculate',
  expression: 'unterkunft.grundmiete + unterkunft.nebenkosten + unterkunft.heizkosten',
  bezug: '§ 22 Abs. 1 SGB II',
});

export const einkommenGesamt = rule({
  id: 'R99000000410',
  version: V1,
  name: 'Gesamteinkommen der Bedarfsgemeinschaft',
  typ: 'B',
  ruleKind: 'calculate',
  expression: 'sum(antragsteller.einkommen.betragMonatlich) + sum(haushalt.einkommen.betragMonatlich)',
  bezug: '§ 11 Abs. 1 SGB II',
});

export const entbindungRelevant = rule({
  id: 'R99000000411',
  version: V1,
  name: 'Entbindungstermin nur bei Schwangerschaft',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'mehrbedarfe.schwanger',
  bezug: '§ 21 Abs. 2 SGB II',
});

export const entbindungPflicht = rule({
  id: 'R99000000412',
  version: V1,
  name: 'Entbindungstermin bei Schwangerschaft anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'mehrbedarfe.schwanger',
  bezug: '§ 21 Abs. 2 SGB II',
});

export const alleinerziehend = rule({
  id: 'R99000000413',
  version: V2,
  name: 'Alleinerziehend nur ohne Partner und mit Kind unter 18',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    `not self or (countWhere(haushalt, ${PARTNER_IN_BG}) = 0 ` +
    `and countWhere(haushalt, haushalt.verwandtschaft in ${KIND} and ${ALTER('haushalt')} < 18) > 0)`,
  bezug: '§ 21 Abs. 3 SGB II',
  code: 'ALG2_ALLEINERZIEHEND',
  message: {
    de: 'Der Mehrbedarf für Alleinerziehende setzt ein minderjähriges Kind und keine Partnerin oder keinen Partner in der Bedarfsgemeinschaft voraus.',
    en: 'The single-parent allowance requires a minor child and no partner in the benefit community.',
  },
});

/** The attachments (Anlagen) that the answers call for. */
export const anlagenRegeln = [
  rule({
    id: 'R99000000414',
    version: V2,
    name: 'Anlage KI für Kinder unter 15 in der Bedarfsgemeinschaft',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `countWhere(haushalt, ${ALTER('haushalt')} < 15 and ${IN_BEDARFSGEMEINSCHAFT}) = 0 or "KI" in anlagen`,
    bezug: '§ 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Für Kinder unter 15 Jahren in der Bedarfsgemeinschaft ist die Anlage KI beizufügen.',
      en: 'Annex KI is needed for children under 15 in the benefit community.',
    },
  }),
  rule({
    id: 'R99000000415',
    version: V2,
    name: 'Anlage WEP für weitere Personen ab 15 in der Bedarfsgemeinschaft',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `countWhere(haushalt, ${ALTER('haushalt')} >= 15 and ${IN_BEDARFSGEMEINSCHAFT}) = 0 or "WEP" in anlagen`,
    bezug: '§ 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Für weitere Personen ab 15 Jahren in der Bedarfsgemeinschaft ist die Anlage WEP beizufügen.',
      en: 'Annex WEP is needed for further persons aged 15 or older in the benefit community.',
    },
  }),
  rule({
    id: 'R99000000420',
    version: V1,
    name: 'Anlage HG für Verwandte im Haushalt außerhalb der Bedarfsgemeinschaft',
    typ: 'V',
    ruleKind: 'constraint',
    expression:
      `countWhere(haushalt, haushalt.verwandtschaft in ["kind", "kindPartner", "elternteil", "verwandter"] ` +
      `and not (${IN_BEDARFSGEMEINSCHAFT})) = 0 or "HG" in anlagen`,
    bezug: '§ 9 Abs. 5 SGB II, § 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Für Verwandte im Haushalt, die nicht zur Bedarfsgemeinschaft gehören (z. B. Kinder ab 25), ist die Anlage HG beizufügen.',
      en: 'Annex HG is needed for relatives in the household outside the benefit community (e.g. children aged 25 or more).',
    },
  }),
  rule({
    id: 'R99000000416',
    version: V1,
    name: 'Anlage EK bei Einkommen',
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'count(antragsteller.einkommen) + count(haushalt.einkommen) = 0 or "EK" in anlagen',
    bezug: '§ 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Bei Einkommen ist die Anlage EK beizufügen.',
      en: 'Annex EK is needed when there is income.',
    },
  }),
  rule({
    id: 'R99000000417',
    version: V1,
    name: 'Anlage KDU bei Miete',
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'unterkunft.wohnart not in ["miete", "untermiete"] or "KDU" in anlagen',
    bezug: '§ 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Bei einer Mietwohnung ist die Anlage KDU beizufügen.',
      en: 'Annex KDU is needed for rented housing.',
    },
  }),
];
