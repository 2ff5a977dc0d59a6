/**
 * The rules of the Fahrerlaubnis zur Fahrgastbeförderung (§ 48 FeV, Anlage 5 and 6 FeV).
 * Attached in `form.ts` to the element a user would correct.
 *
 * Which day each rule checks (docs/decisions/0007-legal-dates.md): the conditions of § 48
 * Abs. 4 FeV (age, holding class B) are checked on the application date: unlike the driving
 * licence there are no tests to schedule, so the permit can be issued when the application is
 * decided. Holding periods run from the issue of class B (§ 187 Abs. 1 BGB). Certificates are
 * valid when the application date is at most one (Anlage 5) or two (§ 12 Abs. 7 FeV) years after
 * them. The performance test of a renewal depends on the end of the renewed validity: it is
 * needed when the permit is to be valid beyond the day the 60th year of life is completed
 * (§ 48 Abs. 6 Satz 2 FeV), that is on or after the 60th birthday.
 */

import { rule } from '../../src/model/builders.js';

const V1 = '1.0.0';
const V11 = '1.1.0';
const V2 = '2.0.0';

/** Ambulances only: the lower age and the shorter class-B period apply (§ 48 Abs. 4 Nr. 2 and 5 FeV). */
const NUR_KRANKENKRAFTWAGEN =
  'not overlaps(fahrzeugarten, ["taxi", "mietwagen", "linienverkehr", "gelegenheitsverkehr"])';
const ALTER = 'age(antragsteller.geburtsdatum, antragsdatum)';

/** Per kind of vehicle (evaluated per item of `fahrzeugarten`; `self` is the kind). */
export const mindestalter = rule({
  id: 'R99000000301',
  version: V2,
  name: 'Mindestalter 21 Jahre, 19 für Krankenkraftwagen',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `${ALTER} >= if(self = "krankenkraftwagen", 19, 21)`,
  bezug: '§ 48 Abs. 4 Nr. 2 FeV',
  code: 'PS_MINDESTALTER',
  message: {
    de: 'Für diese Fahrzeugart müssen Sie am Antragstag das 21. Lebensjahr vollendet haben, für Krankenkraftwagen das 19.',
    en: 'For this kind of vehicle you must be 21 on the application date, for ambulances 19.',
  },
});

export const verlaengerungUmfang = rule({
  id: 'R99000000309',
  version: V1,
  name: 'Verlängerung nur im bisherigen Umfang',
  typ: 'V',
  ruleKind: 'constraint',
  // Without the current permit's kinds the rule cannot tell; their absence is reported itself.
  expression:
    'antragsart != "verlaengerung" or empty(bisherigeErlaubnis.fahrzeugarten) or self in bisherigeErlaubnis.fahrzeugarten',
  bezug: '§ 48 Abs. 5 Satz 2 FeV',
  code: 'PS_VERLAENGERUNG_UMFANG',
  message: {
    de: 'Eine Verlängerung gilt nur für die bisher erlaubten Fahrzeugarten; für weitere ist eine Erteilung zu beantragen.',
    en: 'A renewal covers only the kinds of vehicle permitted so far; apply for a new permit for others.',
  },
});

export const klasseBVorbesitz = rule({
  id: 'R99000000302',
  version: V2,
  name: 'Klasse B seit zwei Jahren (Krankenkraftwagen: einem Jahr) oder so lange in den letzten fünf Jahren',
  typ: 'V',
  ruleKind: 'constraint',
  expression:
    `antragsart != "erteilung" or antragsdatum > addYears(self, if(${NUR_KRANKENKRAFTWAGEN}, 1, 2)) or coalesce(` +
    'fahrerlaubnisKlasseB.fruehererBesitz.bis >= addYears(antragsdatum, -5) and ' +
    `fahrerlaubnisKlasseB.fruehererBesitz.bis > addYears(fahrerlaubnisKlasseB.fruehererBesitz.von, if(${NUR_KRANKENKRAFTWAGEN}, 1, 2)), false)`,
  bezug: '§ 48 Abs. 4 Nr. 5 FeV',
  code: 'PS_KLASSE_B_VORBESITZ',
  message: {
    de: 'Die Klasse B muss am Antragstag seit mindestens zwei Jahren bestehen (nur Krankenkraftwagen: einem Jahr) oder innerhalb der letzten fünf Jahre so lange bestanden haben.',
    en: 'Class B must have been held for two years on the application date (ambulances only: one year), or for as long within the last five years.',
  },
});

export const fruehererBesitzFolge = rule({
  id: 'R99000000310',
  version: V1,
  name: 'Früherer Besitz endet nach seinem Beginn und vor dem Antrag',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'fahrerlaubnisKlasseB.fruehererBesitz.von < self and self <= antragsdatum',
  bezug: '§ 48 Abs. 4 Nr. 5 FeV',
  code: 'PS_DATUM',
  message: {
    de: 'Der frühere Besitz der Klasse B muss nach seinem Beginn und vor dem Antrag geendet haben.',
    en: 'The former holding of class B must end after it began and before the application.',
  },
});

export const verlaengerungRelevant = rule({
  id: 'R99000000303',
  version: V11,
  name: 'Bisherige Erlaubnis nur bei Verlängerung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "verlaengerung"',
  bezug: '§ 48 Abs. 5 Satz 2 FeV',
});

export const verlaengerungPflicht = rule({
  id: 'R99000000304',
  version: V11,
  name: 'Bisherige Erlaubnis bei Verlängerung anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "verlaengerung"',
  bezug: '§ 48 Abs. 5 Satz 2 FeV',
});

export const nochGueltig = rule({
  id: 'R99000000305',
  version: V11,
  name: 'Verlängerung nur einer noch gültigen Erlaubnis',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self >= antragsdatum',
  bezug: '§ 48 Abs. 5 Satz 2 FeV',
  code: 'PS_ERLAUBNIS_ABGELAUFEN',
  message: {
    de: 'Die bisherige Erlaubnis ist abgelaufen (sie gilt bis zum Ende des eingetragenen Tages); beantragen Sie eine Erteilung statt einer Verlängerung.',
    en: 'The current permit has expired (it is valid to the end of the day given); apply for a new permit instead of a renewal.',
  },
});

export const geltungsdauer = rule({
  id: 'R99000000311',
  version: V1,
  name: 'Verlängerung um höchstens fünf Jahre',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self > bisherigeErlaubnis.gueltigBis and self <= addYears(bisherigeErlaubnis.gueltigBis, 5)',
  bezug: '§ 48 Abs. 5 Satz 2 FeV',
  code: 'PS_GELTUNGSDAUER',
  message: {
    de: 'Die Erlaubnis wird jeweils um bis zu fünf Jahre verlängert: das neue Ende liegt nach dem bisherigen und höchstens fünf Jahre danach.',
    en: 'A permit is renewed by up to five years: the new end lies after the current one and at most five years later.',
  },
});

export const leistungstestErteilung = rule({
  id: 'R99000000312',
  version: V1,
  name: 'Nachweis der besonderen Anforderungen bei der Erteilung',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "erteilung"',
  bezug: '§ 48 Abs. 4 Nr. 3 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
});

export const leistungstestAb60 = rule({
  id: 'R99000000306',
  version: V2,
  name: 'Nachweis der besonderen Anforderungen bei Verlängerung über das 60. Lebensjahr hinaus',
  typ: 'M',
  ruleKind: 'required',
  expression:
    'antragsart = "verlaengerung" and coalesce(bisherigeErlaubnis.verlaengerungBis, addYears(bisherigeErlaubnis.gueltigBis, 5)) ' +
    '>= dateOfAge(antragsteller.geburtsdatum, 60)',
  bezug: '§ 48 Abs. 6 Satz 2 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
});

/** A certificate not older than `years` years on the application date, and not dated after it. */
const aktuell = (id: string, name: string, years: number, bezug: string) =>
  rule({
    id,
    version: V1,
    name,
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self <= antragsdatum and antragsdatum <= addYears(self, ${years})`,
    bezug,
    code: 'PS_NACHWEIS_ALT',
    message: {
      de: `Der Nachweis darf bei Antragstellung nicht älter als ${years === 1 ? 'ein Jahr' : 'zwei Jahre'} sein und nicht nach dem Antragsdatum liegen.`,
      en: `The certificate must not be older than ${years === 1 ? 'one year' : 'two years'} on the application date, nor dated after it.`,
    },
  });

export const gutachtenAktuell = aktuell(
  'R99000000313',
  'Ärztliche Bescheinigung höchstens ein Jahr alt',
  1,
  '§ 48 Abs. 4 Nr. 3 FeV in Verbindung mit Anlage 5 Nr. 1 FeV',
);
export const augenAktuell = aktuell(
  'R99000000314',
  'Untersuchung des Sehvermögens höchstens zwei Jahre alt',
  2,
  '§ 12 Abs. 7 FeV',
);
export const leistungstestAktuell = aktuell(
  'R99000000315',
  'Nachweis der besonderen Anforderungen höchstens ein Jahr alt',
  1,
  'Anlage 5 Nr. 2 FeV',
);

export const ersteHilfePflicht = rule({
  id: 'R99000000316',
  version: V1,
  name: 'Erste Hilfe für Krankenkraftwagen',
  typ: 'M',
  ruleKind: 'required',
  expression:
    'antragsart = "erteilung" and "krankenkraftwagen" in fahrzeugarten and empty(nachweise.ersteHilfeBefreiung)',
  bezug: '§ 48 Abs. 4 Nr. 6 FeV',
});

export const ersteHilfeRelevant = rule({
  id: 'R99000000317',
  version: V1,
  name: 'Erste-Hilfe-Angaben nur für Krankenkraftwagen',
  typ: 'M',
  ruleKind: 'relevant',
  expression: '"krankenkraftwagen" in fahrzeugarten',
  bezug: '§ 48 Abs. 4 Nr. 6 FeV',
});

export const fachkundeRelevant = rule({
  id: 'R99000000318',
  version: V1,
  name: 'Fachkunde nur für Taxen, Mietwagen und gebündelten Bedarfsverkehr',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'overlaps(fahrzeugarten, ["taxi", "mietwagen", "gelegenheitsverkehr"])',
  bezug: '§ 48 Abs. 4 Nr. 7 FeV',
});

export const auskunftPflicht = rule({
  id: 'R99000000319',
  version: V1,
  name: 'Auskunft aus dem Fahreignungsregister bei der Erteilung',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "erteilung"',
  bezug: '§ 48 Abs. 4 Nr. 2a FeV',
});

export const auskunftBeantragt = rule({
  id: 'R99000000320',
  version: V1,
  name: 'Auskunft aus dem Fahreignungsregister beantragt',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self = true',
  bezug: '§ 48 Abs. 4 Nr. 2a FeV',
  code: 'PS_FAHREIGNUNGSREGISTER',
  message: {
    de: 'Die Gewähr für die besondere Verantwortung ist auch durch eine aktuelle Auskunft aus dem Fahreignungsregister auf Ihre Kosten nachzuweisen.',
    en: 'Reliability must also be shown by a current extract of the driving aptitude register at your cost.',
  },
});

export const fahrzeugartenEinmalig = rule({
  id: 'R99000000308',
  version: V1,
  name: 'Jede Fahrzeugart nur einmal',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'unique(fahrzeugarten)',
  bezug: '§ 48 Abs. 1 FeV',
  code: 'PS_FAHRZEUGART_DOPPELT',
  message: {
    de: 'Jede Fahrzeugart darf nur einmal angegeben werden.',
    en: 'Each kind of vehicle may be given only once.',
  },
});
