/**
 * The rules of the Bürgergeld application (SGB II). Attached in `form.ts`.
 */

import { rule } from '../../src/model/builders.js';
import { V } from '../shared/elements.js';

const PARTNER = '["ehegatte", "lebenspartner", "partner"]';
const KIND = '["kind", "kindPartner"]';
const ALTER = (path: string) => `age(${path}.geburtsdatum, antragsdatum)`;

export const hoechstensEinPartner = rule({
  id: 'R99000000401',
  version: V,
  name: 'Höchstens eine Partnerin oder ein Partner',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `countWhere(haushalt, haushalt.verwandtschaft in ${PARTNER}) <= 1`,
  bezug: '§ 7 Abs. 3 Nr. 3 SGB II',
  code: 'ALG2_PARTNER',
  message: {
    de: 'Zur Bedarfsgemeinschaft gehört höchstens eine Partnerin oder ein Partner.',
    en: 'A benefit community has at most one partner.',
  },
});

export const antragstellerAlter = rule({
  id: 'R99000000402',
  version: V,
  name: 'Antragsteller zwischen 15 Jahren und der Altersgrenze',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `${ALTER('antragsteller')} >= 15 and ${ALTER('antragsteller')} < 67`,
  bezug: '§ 7 Abs. 1 Satz 1 Nr. 1, § 7a SGB II',
  code: 'ALG2_ALTER',
  message: {
    de: 'Leistungen erhalten Personen ab 15 Jahren bis zur Altersgrenze (67 Jahre).',
    en: 'Benefits are for persons from 15 up to the age limit (67).',
  },
});

/** Rules per household member (evaluated per item of `haushalt`). */
export const mitgliedRegeln = [
  rule({
    id: 'R99000000403',
    version: V,
    name: 'Kinder der Bedarfsgemeinschaft sind unter 25',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `haushalt.verwandtschaft not in ${KIND} or ${ALTER('haushalt')} < 25`,
    bezug: '§ 7 Abs. 3 Nr. 4 SGB II',
    code: 'ALG2_KIND_ALTER',
    message: {
      de: 'Kinder gehören nur bis zum 25. Geburtstag zur Bedarfsgemeinschaft.',
      en: 'Children belong to the benefit community only until their 25th birthday.',
    },
  }),
  rule({
    id: 'R99000000404',
    version: V,
    name: 'Partner sind volljährig',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `haushalt.verwandtschaft not in ${PARTNER} or ${ALTER('haushalt')} >= 18`,
    bezug: '§ 7 Abs. 3 Nr. 3 SGB II',
    code: 'ALG2_PARTNER_ALTER',
    message: { de: 'Eine Partnerin oder ein Partner muss volljährig sein.', en: 'A partner must be of age.' },
  }),
  rule({
    id: 'R99000000405',
    version: V,
    name: 'Erwerbsfähig erst ab 15 Jahren',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `not haushalt.erwerbsfaehig or ${ALTER('haushalt')} >= 15`,
    bezug: '§ 7 Abs. 1 Satz 1 Nr. 1, § 8 SGB II',
    code: 'ALG2_ERWERBSFAEHIG',
    message: {
      de: 'Als erwerbsfähig gelten nur Personen ab 15 Jahren.',
      en: 'Only persons aged 15 or older can be able to work.',
    },
  }),
];

export const steuerIdPruefziffer = rule({
  id: 'R99000000406',
  version: V,
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
  version: V,
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
  version: V,
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
  version: V,
  name: 'Gesamtkosten der Unterkunft',
  typ: 'B',
  ruleKind: 'calculate',
  expression: 'unterkunft.grundmiete + unterkunft.nebenkosten + unterkunft.heizkosten',
  bezug: '§ 22 Abs. 1 SGB II',
});

export const einkommenGesamt = rule({
  id: 'R99000000410',
  version: V,
  name: 'Gesamteinkommen der Bedarfsgemeinschaft',
  typ: 'B',
  ruleKind: 'calculate',
  expression: 'sum(antragsteller.einkommen.betragMonatlich) + sum(haushalt.einkommen.betragMonatlich)',
  bezug: '§ 11 Abs. 1 SGB II',
});

export const entbindungRelevant = rule({
  id: 'R99000000411',
  version: V,
  name: 'Entbindungstermin nur bei Schwangerschaft',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'mehrbedarfe.schwanger',
  bezug: '§ 21 Abs. 2 SGB II',
});

export const entbindungPflicht = rule({
  id: 'R99000000412',
  version: V,
  name: 'Entbindungstermin bei Schwangerschaft anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'mehrbedarfe.schwanger',
  bezug: '§ 21 Abs. 2 SGB II',
});

export const alleinerziehend = rule({
  id: 'R99000000413',
  version: V,
  name: 'Alleinerziehend nur ohne Partner und mit Kind unter 18',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    `not self or (countWhere(haushalt, haushalt.verwandtschaft in ${PARTNER}) = 0 ` +
    `and countWhere(haushalt, haushalt.verwandtschaft in ${KIND} and ${ALTER('haushalt')} < 18) > 0)`,
  bezug: '§ 21 Abs. 3 SGB II',
  code: 'ALG2_ALLEINERZIEHEND',
  message: {
    de: 'Der Mehrbedarf für Alleinerziehende setzt ein minderjähriges Kind und keine Partnerin oder keinen Partner voraus.',
    en: 'The single-parent allowance requires a minor child and no partner.',
  },
});

/** The attachments (Anlagen) that the answers call for. */
export const anlagenRegeln = [
  rule({
    id: 'R99000000414',
    version: V,
    name: 'Anlage KI für Kinder unter 15',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `countWhere(haushalt, ${ALTER('haushalt')} < 15) = 0 or "KI" in anlagen`,
    bezug: '§ 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Für Kinder unter 15 Jahren ist die Anlage KI beizufügen.',
      en: 'Annex KI is needed for children under 15.',
    },
  }),
  rule({
    id: 'R99000000415',
    version: V,
    name: 'Anlage WEP für weitere Personen ab 15',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `countWhere(haushalt, ${ALTER('haushalt')} >= 15) = 0 or "WEP" in anlagen`,
    bezug: '§ 60 SGB I',
    code: 'ALG2_ANLAGE',
    message: {
      de: 'Für weitere Personen ab 15 Jahren ist die Anlage WEP beizufügen.',
      en: 'Annex WEP is needed for further persons aged 15 or older.',
    },
  }),
  rule({
    id: 'R99000000416',
    version: V,
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
    version: V,
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
