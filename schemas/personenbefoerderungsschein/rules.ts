/**
 * The rules of the Fahrerlaubnis zur Fahrgastbeförderung (§ 48 FeV). Attached in `form.ts`.
 */

import { rule } from '../../src/model/builders.js';
import { V } from '../shared/elements.js';

/** Only ambulances: the lower age and the shorter class-B period apply. */
const NUR_KRANKENKRAFTWAGEN =
  'not overlaps(fahrzeugarten, ["taxi", "mietwagen", "linienverkehr", "gelegenheitsverkehr"])';
const ALTER = 'age(antragsteller.geburtsdatum, antragsdatum)';

export const mindestalter = rule({
  id: 'R99000000301',
  version: V,
  name: 'Mindestalter 21 Jahre, 19 nur für Krankenkraftwagen',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `${ALTER} >= if(${NUR_KRANKENKRAFTWAGEN}, 19, 21)`,
  bezug: '§ 48 Abs. 4 Nr. 2 FeV',
  code: 'PS_MINDESTALTER',
  message: {
    de: 'Sie müssen mindestens 21 Jahre alt sein, für Krankenkraftwagen allein mindestens 19.',
    en: 'You must be at least 21, or 19 for ambulances only.',
  },
});

export const klasseBVorbesitz = rule({
  id: 'R99000000302',
  version: V,
  name: 'Klasse B seit zwei Jahren, ein Jahr nur für Krankenkraftwagen',
  typ: 'V',
  ruleKind: 'constraint',
  expression: `yearsBetween(self, antragsdatum) >= if(${NUR_KRANKENKRAFTWAGEN}, 1, 2)`,
  bezug: '§ 48 Abs. 4 Nr. 3 FeV',
  code: 'PS_KLASSE_B_VORBESITZ',
  message: {
    de: 'Die Klasse B muss seit mindestens zwei Jahren bestehen, für Krankenkraftwagen allein seit einem Jahr.',
    en: 'Class B must have been held for two years, or one year for ambulances only.',
  },
});

export const verlaengerungRelevant = rule({
  id: 'R99000000303',
  version: V,
  name: 'Bisherige Erlaubnis nur bei Verlängerung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "verlaengerung"',
  bezug: '§ 48 Abs. 5 FeV',
});

export const verlaengerungPflicht = rule({
  id: 'R99000000304',
  version: V,
  name: 'Bisherige Erlaubnis bei Verlängerung anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "verlaengerung"',
  bezug: '§ 48 Abs. 5 FeV',
});

export const nochGueltig = rule({
  id: 'R99000000305',
  version: V,
  name: 'Verlängerung nur einer noch gültigen Erlaubnis',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self >= antragsdatum',
  bezug: '§ 48 Abs. 5 Satz 1 FeV',
  code: 'PS_ERLAUBNIS_ABGELAUFEN',
  message: {
    de: 'Die bisherige Erlaubnis ist abgelaufen; beantragen Sie eine Erteilung statt einer Verlängerung.',
    en: 'The current permit has expired; apply for a new permit instead of a renewal.',
  },
});

export const leistungstestPflicht = rule({
  id: 'R99000000306',
  version: V,
  name: 'Leistungstest bei Verlängerung ab 60 Jahren',
  typ: 'M',
  ruleKind: 'required',
  expression: `antragsart = "verlaengerung" and ${ALTER} >= 60`,
  bezug: '§ 48 Abs. 5 Satz 2 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
});

export const fuehrungszeugnisAktuell = rule({
  id: 'R99000000307',
  version: V,
  name: 'Führungszeugnis höchstens drei Monate vor dem Antrag beantragt',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self <= antragsdatum and self >= addMonths(antragsdatum, -3)',
  bezug: '§ 48 Abs. 4 Nr. 2a FeV in Verbindung mit § 30 Abs. 5 BZRG',
  code: 'PS_FUEHRUNGSZEUGNIS',
  message: {
    de: 'Das Führungszeugnis muss innerhalb der letzten drei Monate vor dem Antrag beantragt worden sein.',
    en: 'The certificate of good conduct must have been applied for within three months before the application.',
  },
});

export const fahrzeugartenEinmalig = rule({
  id: 'R99000000308',
  version: V,
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
