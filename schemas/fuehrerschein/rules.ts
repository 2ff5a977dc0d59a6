/**
 * The rules of the Führerschein form, from the Fahrerlaubnis-Verordnung (FeV). Each rule is
 * attached to the element it concerns in `form.ts`; issues carry its id and legal basis.
 */

import { rule } from '../../src/model/builders.js';
import { V } from '../shared/elements.js';

const AGE = 'age(antragsteller.geburtsdatum, antragsdatum)';

/** Classes that need another class first (§ 9 FeV), with that class. */
const VORBESITZ_KLASSEN = '["BE", "C1", "C", "D1", "D", "C1E", "CE", "D1E", "DE"]';
const VORBESITZ_VORAUSSETZUNG = '["B", "B", "B", "B", "B", "C1", "C", "D1", "D"]';
const VORAUSSETZUNG = `lookup(${VORBESITZ_KLASSEN}, ${VORBESITZ_VORAUSSETZUNG}, self)`;

const CD_KLASSEN = '["C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"]';

/** Rules on each requested class (evaluated per class; `self` is the class code). */
export const klassenRegeln = [
  rule({
    id: 'R99000000101',
    version: V,
    name: 'Mindestalter 16 Jahre (AM, A1, L, T)',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self not in ["AM", "A1", "L", "T"] or ${AGE} >= 16`,
    bezug: '§ 10 Abs. 1 Satz 1 Nr. 1 FeV',
    code: 'FE_MINDESTALTER',
    message: {
      de: 'Für die Klassen AM, A1, L und T müssen Sie am Antragstag mindestens 16 Jahre alt sein.',
      en: 'Classes AM, A1, L and T require a minimum age of 16 on the application date.',
    },
  }),
  rule({
    id: 'R99000000102',
    version: V,
    name: 'Mindestalter 18 Jahre (A2, C1, C1E)',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self not in ["A2", "C1", "C1E"] or ${AGE} >= 18`,
    bezug: '§ 10 Abs. 1 Satz 1 Nr. 2 FeV',
    code: 'FE_MINDESTALTER',
    message: {
      de: 'Für die Klassen A2, C1 und C1E müssen Sie am Antragstag mindestens 18 Jahre alt sein.',
      en: 'Classes A2, C1 and C1E require a minimum age of 18 on the application date.',
    },
  }),
  rule({
    id: 'R99000000103',
    version: V,
    name: 'Mindestalter B und BE: 18 Jahre, 17 beim begleiteten Fahren',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self not in ["B", "BE"] or ${AGE} >= if(antragsart = "bf17", 17, 18)`,
    bezug: '§ 10 Abs. 1 Satz 1 Nr. 2 und Nr. 5, § 48a Abs. 1 FeV',
    code: 'FE_MINDESTALTER',
    message: {
      de: 'Für die Klassen B und BE müssen Sie mindestens 18 Jahre alt sein, beim begleiteten Fahren mindestens 17.',
      en: 'Classes B and BE require a minimum age of 18, or 17 for accompanied driving.',
    },
  }),
  rule({
    id: 'R99000000104',
    version: V,
    name: 'Mindestalter 21 Jahre (C, CE, D1, D1E)',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self not in ["C", "CE", "D1", "D1E"] or ${AGE} >= 21`,
    bezug: '§ 10 Abs. 1 Satz 1 Nr. 3 FeV',
    code: 'FE_MINDESTALTER',
    message: {
      de: 'Für die Klassen C, CE, D1 und D1E müssen Sie am Antragstag mindestens 21 Jahre alt sein.',
      en: 'Classes C, CE, D1 and D1E require a minimum age of 21 on the application date.',
    },
  }),
  rule({
    id: 'R99000000105',
    version: V,
    name: 'Mindestalter 24 Jahre (D, DE)',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self not in ["D", "DE"] or ${AGE} >= 24`,
    bezug: '§ 10 Abs. 1 Satz 1 Nr. 4 FeV',
    code: 'FE_MINDESTALTER',
    message: {
      de: 'Für die Klassen D und DE müssen Sie am Antragstag mindestens 24 Jahre alt sein.',
      en: 'Classes D and DE require a minimum age of 24 on the application date.',
    },
  }),
  rule({
    id: 'R99000000106',
    version: V,
    name: 'Mindestalter A: 24 Jahre, 20 nach zwei Jahren A2',
    typ: 'V',
    ruleKind: 'constraint',
    expression:
      'self != "A" or ' +
      `${AGE} >= if(coalesce(yearsBetween(lookup(vorhandeneFahrerlaubnis.klasse, vorhandeneFahrerlaubnis.erteiltAm, "A2"), antragsdatum), 0) >= 2, 20, 24)`,
    bezug: '§ 10 Abs. 1 Satz 1 Nr. 3 und Nr. 4 FeV',
    code: 'FE_MINDESTALTER',
    message: {
      de: 'Für die Klasse A müssen Sie 24 Jahre alt sein, oder 20, wenn Sie die Klasse A2 seit mindestens zwei Jahren besitzen.',
      en: 'Class A requires an age of 24, or 20 after holding class A2 for at least two years.',
    },
  }),
  rule({
    id: 'R99000000107',
    version: V,
    name: 'Vorbesitz der Grundklasse',
    typ: 'V',
    ruleKind: 'constraint',
    expression:
      `self not in ${VORBESITZ_KLASSEN} or ${VORAUSSETZUNG} in beantragteKlassen[*] ` +
      `or ${VORAUSSETZUNG} in vorhandeneFahrerlaubnis.klasse`,
    bezug: '§ 9 FeV',
    code: 'FE_VORBESITZ',
    message: {
      de: 'Diese Klasse setzt eine andere Klasse voraus (z. B. CE die Klasse C), die Sie besitzen oder zugleich beantragen müssen.',
      en: 'This class requires another class (e.g. CE requires C), held already or applied for at the same time.',
    },
  }),
  rule({
    id: 'R99000000108',
    version: V,
    name: 'Begleitetes Fahren nur für B und BE',
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'antragsart != "bf17" or self in ["B", "BE"]',
    bezug: '§ 48a Abs. 1 FeV',
    code: 'FE_BF17_KLASSE',
    message: {
      de: 'Beim begleiteten Fahren ab 17 können nur die Klassen B und BE beantragt werden.',
      en: 'Accompanied driving from 17 is only possible for classes B and BE.',
    },
  }),
];

/** A class is requested only once. */
export const klassenEinmalig = rule({
  id: 'R99000000109',
  version: V,
  name: 'Jede Klasse nur einmal',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'unique(beantragteKlassen)',
  bezug: '§ 6 Abs. 1 FeV',
  code: 'FE_KLASSE_DOPPELT',
  message: {
    de: 'Jede Klasse darf nur einmal beantragt werden.',
    en: 'Each class may be requested only once.',
  },
});

/** Existing licences are needed for an extension. */
export const erweiterungBrauchtBestand = rule({
  id: 'R99000000110',
  version: V,
  name: 'Erweiterung setzt vorhandene Fahrerlaubnis voraus',
  typ: 'M',
  ruleKind: 'minCount',
  expression: 'if(antragsart = "erweiterung", 1, 0)',
  bezug: '§ 21 Abs. 1 FeV',
});

export const auslandRelevant = rule({
  id: 'R99000000111',
  version: V,
  name: 'Ausländische Fahrerlaubnis nur bei Umschreibung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "umschreibung"',
  bezug: '§§ 29, 30, 31 FeV',
});

export const auslandPflicht = rule({
  id: 'R99000000112',
  version: V,
  name: 'Ausländische Fahrerlaubnis bei Umschreibung anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "umschreibung"',
  bezug: '§§ 29, 30, 31 FeV',
});

export const entziehungRelevant = rule({
  id: 'R99000000113',
  version: V,
  name: 'Entziehungsdatum nur bei Neuerteilung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "neuerteilung"',
  bezug: '§ 20 FeV',
});

export const entziehungPflicht = rule({
  id: 'R99000000114',
  version: V,
  name: 'Entziehungsdatum bei Neuerteilung anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "neuerteilung"',
  bezug: '§ 20 FeV',
});

export const begleitungRelevant = rule({
  id: 'R99000000115',
  version: V,
  name: 'Begleitpersonen nur beim begleiteten Fahren',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "bf17"',
  bezug: '§ 48a Abs. 2 FeV',
});

export const begleitungPflicht = rule({
  id: 'R99000000116',
  version: V,
  name: 'Mindestens eine Begleitperson beim begleiteten Fahren',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "bf17"',
  bezug: '§ 48a Abs. 2 FeV',
});

/** Rules per companion (evaluated per item of `begleitperson`). */
export const begleitpersonRegeln = [
  rule({
    id: 'R99000000117',
    version: V,
    name: 'Begleitperson mindestens 30 Jahre',
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'age(begleitperson.geburtsdatum, antragsdatum) >= 30',
    bezug: '§ 48a Abs. 5 Satz 1 Nr. 1 FeV',
    code: 'FE_BEGLEITPERSON',
    message: {
      de: 'Eine Begleitperson muss mindestens 30 Jahre alt sein.',
      en: 'A companion must be at least 30 years old.',
    },
  }),
  rule({
    id: 'R99000000118',
    version: V,
    name: 'Begleitperson seit fünf Jahren Klasse B',
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'yearsBetween(begleitperson.klasseBSeit, antragsdatum) >= 5',
    bezug: '§ 48a Abs. 5 Satz 1 Nr. 2 FeV',
    code: 'FE_BEGLEITPERSON',
    message: {
      de: 'Eine Begleitperson muss die Klasse B seit mindestens fünf Jahren besitzen.',
      en: 'A companion must have held class B for at least five years.',
    },
  }),
];

export const sehtestAktuell = rule({
  id: 'R99000000119',
  version: V,
  name: 'Sehtest höchstens zwei Jahre alt',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self <= antragsdatum and self >= addYears(antragsdatum, -2)',
  bezug: '§ 12 Abs. 2 Satz 1 FeV',
  code: 'FE_SEHTEST_ALT',
  message: {
    de: 'Der Sehtest darf bei Antragstellung nicht älter als zwei Jahre sein.',
    en: 'The eyesight test must not be older than two years on the application date.',
  },
});

export const ersteHilfePflicht = rule({
  id: 'R99000000120',
  version: V,
  name: 'Erste-Hilfe-Schulung bei Ersterwerb',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart in ["ersterteilung", "bf17"]',
  bezug: '§ 19 Abs. 1 FeV',
});

export const gutachtenPflicht = rule({
  id: 'R99000000121',
  version: V,
  name: 'Ärztliches Gutachten für C- und D-Klassen',
  typ: 'M',
  ruleKind: 'required',
  expression: `overlaps(beantragteKlassen, ${CD_KLASSEN})`,
  bezug: '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 FeV',
});

export const geburtsdatumPlausibel = rule({
  id: 'R99000000122',
  version: V,
  name: 'Geburtsdatum vor dem Antragsdatum',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'antragsteller.geburtsdatum < antragsdatum',
  bezug: '§ 21 Abs. 1 FeV',
  code: 'FE_DATUM',
  message: {
    de: 'Das Geburtsdatum muss vor dem Antragsdatum liegen.',
    en: 'The date of birth must be before the application date.',
  },
});
