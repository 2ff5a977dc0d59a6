/**
 * The rules of the Führerschein form, from the Fahrerlaubnis-Verordnung (FeV), the
 * Straßenverkehrsgesetz (StVG) and the general rules on deadlines (§§ 187, 188 BGB). Each rule
 * is attached in `form.ts` to the element a user would correct; issues carry its id and legal
 * basis (`bezug`).
 *
 * Which day each rule checks (docs/decisions/0007-legal-dates.md):
 * - Minimum ages (§ 10 Abs. 1 FeV) are ages "für die Erteilung". The authority accepts the
 *   application up to six months before that age is reached (tests follow later: the theory
 *   test at most three months, the practical test at most one month before, and the licence
 *   is handed over from the birthday on), so a minimum age holds when the day the age is
 *   reached (`dateOfAge`, §§ 187 Abs. 2, 188 BGB) lies at most six months after the
 *   application date.
 * - Holding periods ("seit mindestens zwei Jahren") run from the issue of a licence, an event
 *   during a day (§ 187 Abs. 1 BGB): N years after an issue on D are complete at the end of the
 *   day D + N years (§ 188 Abs. 2 BGB), so they hold from the following day. They are checked
 *   on the application date: they decide which route (and test) applies.
 * - Certificates "bei Antragstellung nicht älter als" N years are valid on the application date
 *   when it is at most D + N years.
 */

import { rule } from '../../src/model/builders.js';

/** Rule versions: 1.0.0 as in form version 1.0.0, 1.1.0 legal basis or texts corrected, 2.0.0 changed. */
const V1 = '1.0.0';
const V11 = '1.1.0';
const V2 = '2.0.0';

const BIRTH = 'antragsteller.geburtsdatum';
/** True when the age `n` (an expression) is reached at most six months after the application. */
const REACHED = (n: string) => `addMonths(dateOfAge(${BIRTH}, ${n}), -6) <= antragsdatum`;
/** True when a licence issued on `date` has been held for `years` years on the application date. */
const HELD = (date: string, years: number) => `antragsdatum > addYears(${date}, ${years})`;
const HELD_CLASS = (klasse: string, years: number) =>
  `coalesce(${HELD(`lookup(vorhandeneFahrerlaubnis.klasse, vorhandeneFahrerlaubnis.erteiltAm, "${klasse}")`, years)}, false)`;

const QUALI = 'berufskraftfahrerQualifikation';
const LINIE = 'einschraenkungLinienverkehr = true';

export const CD_KLASSEN = '["C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"]';
export const D_KLASSEN = '["D1", "D1E", "D", "DE"]';
/** Classes whose applicants take the Sehtest (§ 12 Abs. 2 FeV). */
const SEHTEST_KLASSEN = '["AM", "A1", "A2", "A", "B", "BE", "L", "T"]';

/**
 * § 30 and § 31 Abs. 1 FeV: converting a licence of an EU/EEA state or of a state in Anlage 11,
 * issued before the holder took residence here (so it entitled him to drive here, § 29 Abs. 3
 * Nr. 2 FeV), waives the medical and eye examinations, the Sehtest, first aid and training.
 */
export const UMSCHREIBUNG_ERLEICHTERT =
  'antragsart = "umschreibung" and auslaendischeFahrerlaubnis.staatengruppe in ["euEwr", "anlage11"] ' +
  'and auslaendischeFahrerlaubnis.erteiltAm < auslaendischeFahrerlaubnis.wohnsitzInlandSeit';
const NICHT_ERLEICHTERT = `not coalesce(${UMSCHREIBUNG_ERLEICHTERT}, false)`;

const mindestalter = (
  id: string,
  name: string,
  klassen: string,
  condition: string,
  bezug: string,
  de: string,
  en: string,
) =>
  rule({
    id,
    version: V1,
    name,
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self not in ${klassen} or ${condition}`,
    bezug,
    code: 'FE_MINDESTALTER',
    message: { de, en },
  });

const LEAD_DE = ' Der Antrag kann frühestens sechs Monate vor Erreichen des Mindestalters gestellt werden.';
const LEAD_EN = ' The application may be made at most six months before that age is reached.';

/** Rules on each requested class (evaluated per class; `self` is the class code), § 10 Abs. 1 FeV by row. */
export const klassenRegeln = [
  mindestalter(
    'R99000000130',
    'Mindestalter Klasse AM: 15 Jahre',
    '["AM"]',
    REACHED('15'),
    '§ 10 Abs. 1 lfd. Nr. 1 FeV',
    `Für die Klasse AM müssen Sie 15 Jahre alt sein.${LEAD_DE}`,
    `Class AM requires an age of 15.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000131',
    'Mindestalter Klasse A1: 16 Jahre',
    '["A1"]',
    REACHED('16'),
    '§ 10 Abs. 1 lfd. Nr. 2 FeV',
    `Für die Klasse A1 müssen Sie 16 Jahre alt sein.${LEAD_DE}`,
    `Class A1 requires an age of 16.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000132',
    'Mindestalter Klasse A2: 18 Jahre',
    '["A2"]',
    REACHED('18'),
    '§ 10 Abs. 1 lfd. Nr. 3 FeV',
    `Für die Klasse A2 müssen Sie 18 Jahre alt sein.${LEAD_DE}`,
    `Class A2 requires an age of 18.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000133',
    'Mindestalter Klasse A: 24 Jahre, 21 für dreirädrige Kraftfahrzeuge, 20 nach zwei Jahren A2',
    '["A"]',
    `(${REACHED('24')} or (klasseADreirad = true and ${REACHED('21')}) or (${REACHED('20')} and ${HELD_CLASS('A2', 2)}))`,
    '§ 10 Abs. 1 lfd. Nr. 4 FeV',
    'Für die Klasse A müssen Sie 24 Jahre alt sein, 21 für dreirädrige Kraftfahrzeuge über 15 kW, oder 20, ' +
      `wenn Sie die Klasse A2 am Antragstag seit mindestens zwei Jahren besitzen.${LEAD_DE}`,
    'Class A requires an age of 24, 21 for three-wheelers over 15 kW, or 20 after holding class A2 for at ' +
      `least two years on the application date.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000134',
    'Mindestalter Klassen B, BE: 18 Jahre, 17 beim begleiteten Fahren oder in der Berufsausbildung',
    '["B", "BE"]',
    REACHED(`if(antragsart = "bf17" or ${QUALI} = "berufsausbildung", 17, 18)`),
    '§ 10 Abs. 1 lfd. Nr. 5 FeV',
    'Für die Klassen B und BE müssen Sie 18 Jahre alt sein, 17 beim begleiteten Fahren (§ 48a FeV) oder ' +
      `während oder nach einer Berufsausbildung zum Berufskraftfahrer oder zur Fachkraft im Fahrbetrieb.${LEAD_DE}`,
    'Classes B and BE require an age of 18, or 17 for accompanied driving or during or after training as a ' +
      `professional driver.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000135',
    'Mindestalter Klassen C1, C1E: 18 Jahre',
    '["C1", "C1E"]',
    REACHED('18'),
    '§ 10 Abs. 1 lfd. Nr. 6 FeV',
    `Für die Klassen C1 und C1E müssen Sie 18 Jahre alt sein.${LEAD_DE}`,
    `Classes C1 and C1E require an age of 18.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000136',
    'Mindestalter Klassen C, CE: 21 Jahre, 18 mit Grundqualifikation oder Berufsausbildung',
    '["C", "CE"]',
    REACHED(`if(${QUALI} in ["grundqualifikation", "berufsausbildung"], 18, 21)`),
    '§ 10 Abs. 1 lfd. Nr. 7 FeV',
    'Für die Klassen C und CE müssen Sie 21 Jahre alt sein, 18 nach der Grundqualifikation nach dem ' +
      `Berufskraftfahrerqualifikationsgesetz oder während oder nach einer Berufsausbildung zum Berufskraftfahrer.${LEAD_DE}`,
    'Classes C and CE require an age of 21, or 18 after the initial qualification (BKrFQG) or during or ' +
      `after training as a professional driver.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000137',
    'Mindestalter Klassen D1, D1E: 21 Jahre, 18 mit Grundqualifikation oder Berufsausbildung',
    '["D1", "D1E"]',
    REACHED(`if(${QUALI} in ["grundqualifikation", "berufsausbildung"], 18, 21)`),
    '§ 10 Abs. 1 lfd. Nr. 8 FeV',
    'Für die Klassen D1 und D1E müssen Sie 21 Jahre alt sein, 18 nach der Grundqualifikation oder während ' +
      `oder nach einer Berufsausbildung zum Berufskraftfahrer.${LEAD_DE}`,
    'Classes D1 and D1E require an age of 21, or 18 after the initial qualification or during or after ' +
      `training as a professional driver.${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000138',
    'Mindestalter Klassen D, DE: 24 Jahre, 23, 21, 20 oder 18 nach Qualifikation und Einsatz',
    '["D", "DE"]',
    REACHED(
      `if(${QUALI} = "berufsausbildung", if(${LINIE}, 18, 20), if(${QUALI} = "grundqualifikation", 21, ` +
        `if(${QUALI} = "beschleunigteGrundqualifikation", if(${LINIE}, 21, 23), 24)))`,
    ),
    '§ 10 Abs. 1 lfd. Nr. 9 FeV',
    'Für die Klassen D und DE müssen Sie 24 Jahre alt sein; 23 nach beschleunigter Grundqualifikation (21 im ' +
      'Linienverkehr bis 50 km), 21 nach Grundqualifikation, 20 während oder nach einer Berufsausbildung ' +
      `(18 im Linienverkehr bis 50 km oder bei Fahrten ohne Fahrgäste).${LEAD_DE}`,
    'Classes D and DE require an age of 24; 23 after accelerated initial qualification (21 for scheduled ' +
      'services up to 50 km), 21 after initial qualification, 20 during or after professional training (18 for ' +
      `scheduled services up to 50 km or trips without passengers).${LEAD_EN}`,
  ),
  mindestalter(
    'R99000000139',
    'Mindestalter Klassen L, T: 16 Jahre',
    '["L", "T"]',
    REACHED('16'),
    '§ 10 Abs. 1 lfd. Nr. 10 und 11 FeV',
    `Für die Klassen L und T müssen Sie 16 Jahre alt sein.${LEAD_DE}`,
    `Classes L and T require an age of 16.${LEAD_EN}`,
  ),
  rule({
    id: 'R99000000107',
    version: V1,
    name: 'Vorbesitz der Grundklasse',
    typ: 'V',
    ruleKind: 'constraint',
    expression:
      'self not in ["BE", "C1", "C", "D1", "D", "C1E", "CE", "D1E", "DE"] or ' +
      'lookup(["BE", "C1", "C", "D1", "D", "C1E", "CE", "D1E", "DE"], ["B", "B", "B", "B", "B", "C1", "C", "D1", "D"], self) in beantragteKlassen[*] ' +
      'or lookup(["BE", "C1", "C", "D1", "D", "C1E", "CE", "D1E", "DE"], ["B", "B", "B", "B", "B", "C1", "C", "D1", "D"], self) in vorhandeneFahrerlaubnis.klasse',
    bezug: '§ 9 FeV',
    code: 'FE_VORBESITZ',
    message: {
      de: 'Diese Klasse setzt eine andere Klasse voraus (z. B. CE die Klasse C), die Sie besitzen oder zugleich beantragen müssen.',
      en: 'This class requires another class (e.g. CE requires C), held already or applied for at the same time.',
    },
  }),
  rule({
    id: 'R99000000141',
    version: V1,
    name: 'Keine Klasse beantragen, die schon besteht (auch als eingeschlossene Klasse)',
    typ: 'V',
    ruleKind: 'constraint',
    // § 6 Abs. 3 FeV: A includes A2, A1, AM; A2 includes A1, AM; A1 and B and T include AM;
    // B and T include L; C includes C1; D includes D1; CE includes C1E, BE, T; DE includes D1E, BE;
    // C1E and D1E include BE.
    expression:
      'self not in vorhandeneFahrerlaubnis.klasse ' +
      'and not (self = "AM" and overlaps(vorhandeneFahrerlaubnis.klasse, ["A", "A2", "A1", "B", "T"])) ' +
      'and not (self = "A1" and overlaps(vorhandeneFahrerlaubnis.klasse, ["A", "A2"])) ' +
      'and not (self = "A2" and "A" in vorhandeneFahrerlaubnis.klasse) ' +
      'and not (self = "L" and overlaps(vorhandeneFahrerlaubnis.klasse, ["B", "T"])) ' +
      'and not (self = "C1" and "C" in vorhandeneFahrerlaubnis.klasse) ' +
      'and not (self = "D1" and "D" in vorhandeneFahrerlaubnis.klasse) ' +
      'and not (self = "C1E" and "CE" in vorhandeneFahrerlaubnis.klasse) ' +
      'and not (self = "D1E" and "DE" in vorhandeneFahrerlaubnis.klasse) ' +
      'and not (self = "T" and "CE" in vorhandeneFahrerlaubnis.klasse) ' +
      'and not (self = "BE" and overlaps(vorhandeneFahrerlaubnis.klasse, ["CE", "DE", "C1E", "D1E"]))',
    bezug: '§ 2 Abs. 2 Satz 1 Nr. 7 StVG, § 6 Abs. 3 FeV',
    code: 'FE_KLASSE_VORHANDEN',
    message: {
      de: 'Diese Klasse besitzen Sie bereits (auch als in einer anderen Klasse eingeschlossene Klasse); sie kann nicht erneut erteilt werden.',
      en: 'You already hold this class (possibly as part of another class); it cannot be issued again.',
    },
  }),
];

/** A class is requested only once. */
export const klassenEinmalig = rule({
  id: 'R99000000109',
  version: V1,
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

/** § 48a FeV: accompanied driving concerns B and BE; other classes may be requested beside them. */
export const bf17Klassen = rule({
  id: 'R99000000140',
  version: V1,
  name: 'Begleitetes Fahren setzt die Klasse B oder BE voraus',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self != "bf17" or overlaps(beantragteKlassen, ["B", "BE"])',
  bezug: '§ 48a Abs. 1 FeV, § 10 Abs. 1 lfd. Nr. 5 Buchstabe b Doppelbuchstabe aa FeV',
  code: 'FE_BF17_KLASSE',
  message: {
    de: 'Begleitetes Fahren ab 17 gibt es nur für die Klassen B und BE; beantragen Sie eine davon (weitere Klassen sind daneben möglich).',
    en: 'Accompanied driving from 17 exists only for classes B and BE; request one of them (other classes may be added).',
  },
});

/** Existing licences are needed for an extension. */
export const erweiterungBrauchtBestand = rule({
  id: 'R99000000110',
  version: V1,
  name: 'Erweiterung setzt vorhandene Fahrerlaubnis voraus',
  typ: 'M',
  ruleKind: 'minCount',
  expression: 'if(antragsart = "erweiterung", 1, 0)',
  bezug: '§ 21 Abs. 1 FeV',
});

/** A first issue is for someone without a licence; holders extend (also the step A2 → A, § 17 FeV). */
export const ersterteilungOhneBestand = rule({
  id: 'R99000000170',
  version: V1,
  name: 'Ersterteilung nur ohne vorhandene Fahrerlaubnis',
  typ: 'M',
  ruleKind: 'maxCount',
  expression: 'if(antragsart = "ersterteilung", 0, 100)',
  bezug: '§ 21 Abs. 1 FeV, § 17 FeV',
});

export const auslandRelevant = rule({
  id: 'R99000000111',
  version: V11,
  name: 'Ausländische Fahrerlaubnis nur bei Umschreibung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "umschreibung"',
  bezug: '§§ 30, 31 FeV',
});

export const auslandPflicht = rule({
  id: 'R99000000112',
  version: V11,
  name: 'Ausländische Fahrerlaubnis bei Umschreibung anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "umschreibung"',
  bezug: '§§ 30, 31 FeV',
});

/** The issuing state decides which provision applies: § 30 FeV for EU and EEA states. */
export const staatengruppePasst = (euEwrLiteral: string) =>
  rule({
    id: 'R99000000160',
    version: V1,
    name: 'Staatengruppe passt zum Ausstellungsstaat',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `if(auslaendischeFahrerlaubnis.ausstellungsstaat in ${euEwrLiteral}, self = "euEwr", self != "euEwr")`,
    bezug: '§§ 30, 31 FeV',
    code: 'FE_STAATENGRUPPE',
    message: {
      de: 'Fahrerlaubnisse aus EU- und EWR-Staaten fallen unter § 30 FeV, alle anderen unter § 31 FeV: die Angabe passt nicht zum Ausstellungsstaat.',
      en: 'Licences from EU and EEA states fall under § 30 FeV, all others under § 31 FeV: the choice does not match the issuing state.',
    },
  });

export const auslandNichtDeutschland = rule({
  id: 'R99000000161',
  version: V1,
  name: 'Ausstellungsstaat ist nicht Deutschland',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self != "000"',
  bezug: '§ 29 Abs. 1 FeV',
  code: 'FE_STAATENGRUPPE',
  message: {
    de: 'Eine ausländische Fahrerlaubnis ist von einem anderen Staat als Deutschland erteilt.',
    en: 'A foreign licence is issued by a state other than Germany.',
  },
});

export const fahrberechtigungRelevant = rule({
  id: 'R99000000163',
  version: V1,
  name: 'Fahrberechtigung im Inland nur für Fahrerlaubnisse außerhalb von EU und EWR',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'auslaendischeFahrerlaubnis.staatengruppe in ["anlage11", "drittstaat"]',
  bezug: '§ 29 Abs. 1 FeV',
});

export const fahrberechtigungBis = rule({
  id: 'R99000000162',
  version: V1,
  name: 'Ausländische Fahrerlaubnis berechtigt noch sechs Monate nach Begründung des Wohnsitzes',
  typ: 'B',
  ruleKind: 'calculate',
  expression: 'addMonths(auslaendischeFahrerlaubnis.wohnsitzInlandSeit, 6)',
  bezug: '§ 29 Abs. 1 Satz 4 FeV',
});

export const datumNichtNachAntrag = (id: string, name: string, bezug: string) =>
  rule({
    id,
    version: V1,
    name,
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'self <= antragsdatum',
    bezug,
    code: 'FE_DATUM',
    message: {
      de: 'Das Datum darf nicht nach dem Antragsdatum liegen.',
      en: 'The date must not be after the application date.',
    },
  });

export const entziehungRelevant = rule({
  id: 'R99000000113',
  version: V11,
  name: 'Entziehungsdatum nur bei Neuerteilung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "neuerteilung"',
  bezug: '§ 20 Abs. 1 FeV',
});

export const entziehungPflicht = rule({
  id: 'R99000000114',
  version: V11,
  name: 'Entziehungsdatum bei Neuerteilung anzugeben',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart = "neuerteilung"',
  bezug: '§ 20 Abs. 1 FeV',
});

export const sperrfristRelevant = rule({
  id: 'R99000000143',
  version: V1,
  name: 'Sperrfrist nur bei Neuerteilung',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "neuerteilung"',
  bezug: '§ 20 Abs. 1 FeV, § 69a StGB',
});

export const sperrfristAbgelaufen = rule({
  id: 'R99000000144',
  version: V1,
  name: 'Antrag frühestens sechs Monate vor Ablauf der Sperrfrist',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'addMonths(self, -6) <= antragsdatum',
  bezug: '§ 20 Abs. 1 FeV, § 69a StGB',
  code: 'FE_SPERRFRIST',
  message: {
    de: 'Vor Ablauf der Sperrfrist darf keine Fahrerlaubnis erteilt werden; der Antrag kann frühestens sechs Monate vor ihrem Ablauf gestellt werden.',
    en: 'No licence may be issued before the blocking period ends; the application may be made at most six months before its end.',
  },
});

export const begleitungRelevant = rule({
  id: 'R99000000115',
  version: V1,
  name: 'Begleitpersonen nur beim begleiteten Fahren',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'antragsart = "bf17"',
  bezug: '§ 48a Abs. 2 FeV',
});

export const begleitungPflicht = rule({
  id: 'R99000000116',
  version: V1,
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
    version: V1,
    name: 'Begleitperson mindestens 30 Jahre',
    typ: 'V',
    ruleKind: 'constraint',
    expression: 'age(begleitperson.geburtsdatum, antragsdatum) >= 30',
    bezug: '§ 48a Abs. 5 Satz 1 Nr. 1 FeV',
    code: 'FE_BEGLEITPERSON',
    message: {
      de: 'Eine Begleitperson muss am Antragstag das 30. Lebensjahr vollendet haben.',
      en: 'A companion must be at least 30 years old on the application date.',
    },
  }),
  rule({
    id: 'R99000000118',
    version: V2,
    name: 'Begleitperson seit fünf Jahren Klasse B',
    typ: 'V',
    ruleKind: 'constraint',
    expression: HELD('begleitperson.klasseBSeit', 5),
    bezug: '§ 48a Abs. 5 Satz 1 Nr. 2 FeV',
    code: 'FE_BEGLEITPERSON',
    message: {
      de: 'Eine Begleitperson muss die Klasse B am Antragstag seit mindestens fünf Jahren besitzen (die fünf Jahre enden mit dem Jahrestag der Erteilung).',
      en: 'A companion must have held class B for at least five years on the application date (the five years end with the anniversary of the issue).',
    },
  }),
];

export const begleitpersonPunkte = rule({
  id: 'R99000000145',
  version: V1,
  name: 'Begleitperson mit höchstens einem Punkt im Fahreignungsregister',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self <= 1',
  bezug: '§ 48a Abs. 5 Satz 1 Nr. 3 FeV',
  code: 'FE_BEGLEITPERSON',
  message: {
    de: 'Eine Begleitperson darf bei der Beantragung mit höchstens einem Punkt im Fahreignungsregister belastet sein.',
    en: 'A companion may have at most one point in the driving aptitude register when the application is made.',
  },
});

/** Legal representatives consent for applicants who are minors on the application date. */
const MINDERJAEHRIG = `age(${BIRTH}, antragsdatum) < 18`;

export const vertretungRelevant = rule({
  id: 'R99000000157',
  version: V1,
  name: 'Gesetzliche Vertretung nur bei Minderjährigen',
  typ: 'M',
  ruleKind: 'relevant',
  expression: MINDERJAEHRIG,
  bezug: '§ 12 Abs. 1 Nr. 1 VwVfG, § 1629 Abs. 1 BGB',
});

export const vertretungPflicht = rule({
  id: 'R99000000158',
  version: V1,
  name: 'Zustimmung der gesetzlichen Vertretung bei Minderjährigen',
  typ: 'M',
  ruleKind: 'required',
  expression: MINDERJAEHRIG,
  bezug: '§ 12 Abs. 1 Nr. 1 VwVfG, § 1629 Abs. 1 BGB',
});

export const zustimmungErteilt = rule({
  id: 'R99000000159',
  version: V1,
  name: 'Zustimmung erteilt',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self = true',
  bezug: '§ 12 Abs. 1 Nr. 1 VwVfG, § 1629 Abs. 1 BGB',
  code: 'FE_ZUSTIMMUNG',
  message: {
    de: 'Minderjährige brauchen für den Antrag die Zustimmung ihrer gesetzlichen Vertretung.',
    en: 'Minors need the consent of their legal representatives to apply.',
  },
});

/** A certificate not older than `years` years on the application date, and not dated after it. */
const aktuell = (id: string, version: string, name: string, years: number, bezug: string, code: string) =>
  rule({
    id,
    version,
    name,
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self <= antragsdatum and antragsdatum <= addYears(self, ${years})`,
    bezug,
    code,
    message: {
      de: `Der Nachweis darf bei Antragstellung nicht älter als ${years === 1 ? 'ein Jahr' : 'zwei Jahre'} sein und nicht nach dem Antragsdatum liegen.`,
      en: `The certificate must not be older than ${years === 1 ? 'one year' : 'two years'} on the application date, nor dated after it.`,
    },
  });

export const sehtestAktuell = aktuell(
  'R99000000119',
  V2,
  'Sehtest höchstens zwei Jahre alt',
  2,
  '§ 12 Abs. 7 FeV',
  'FE_SEHTEST_ALT',
);

export const sehtestPflicht = rule({
  id: 'R99000000146',
  version: V1,
  name: 'Sehtest für die Klassen AM, A1, A2, A, B, BE, L, T',
  typ: 'M',
  ruleKind: 'required',
  // Whoever takes the eye examination of Anlage 6 Nr. 2 (C and D classes) needs no Sehtest.
  expression: `overlaps(beantragteKlassen, ${SEHTEST_KLASSEN}) and not overlaps(beantragteKlassen, ${CD_KLASSEN}) and ${NICHT_ERLEICHTERT}`,
  bezug: '§ 12 Abs. 2 FeV, § 21 Abs. 3 Satz 1 Nr. 3 FeV',
});

export const augenPflicht = rule({
  id: 'R99000000147',
  version: V1,
  name: 'Augenärztliche Untersuchung für die Klassen C und D',
  typ: 'M',
  ruleKind: 'required',
  expression: `overlaps(beantragteKlassen, ${CD_KLASSEN}) and ${NICHT_ERLEICHTERT}`,
  bezug: '§ 12 Abs. 6 FeV in Verbindung mit Anlage 6 Nr. 2 FeV',
});

export const augenAktuell = aktuell(
  'R99000000148',
  V1,
  'Untersuchung des Sehvermögens höchstens zwei Jahre alt',
  2,
  '§ 12 Abs. 7 FeV',
  'FE_NACHWEIS_ALT',
);

export const ersteHilfePflicht = rule({
  id: 'R99000000120',
  version: V2,
  name: 'Schulung in Erster Hilfe, wenn keine Befreiung besteht',
  typ: 'M',
  ruleKind: 'required',
  expression: `empty(nachweise.ersteHilfeBefreiung) and ${NICHT_ERLEICHTERT}`,
  bezug: '§ 19 Abs. 1 FeV',
});

export const ersteHilfeBefreiungZulaessig = rule({
  id: 'R99000000150',
  version: V1,
  name: 'Früherer Erste-Hilfe-Nachweis nur bei Erweiterung oder Neuerteilung',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self != "bereitsNachgewiesen" or antragsart in ["erweiterung", "neuerteilung"]',
  bezug: '§ 19 FeV',
  code: 'FE_ERSTE_HILFE_BEFREIUNG',
  message: {
    de: 'Auf einen früher erbrachten Erste-Hilfe-Nachweis können Sie sich nur bei einer Erweiterung oder Neuerteilung berufen.',
    en: 'A first-aid certificate given earlier only counts for an extension or a re-issue.',
  },
});

export const gutachtenPflicht = rule({
  id: 'R99000000121',
  version: V2,
  name: 'Ärztliche Untersuchung für die Klassen C und D',
  typ: 'M',
  ruleKind: 'required',
  expression: `overlaps(beantragteKlassen, ${CD_KLASSEN}) and ${NICHT_ERLEICHTERT}`,
  bezug: '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 Nr. 1 FeV',
});

export const gutachtenAktuell = aktuell(
  'R99000000152',
  V1,
  'Ärztliche Bescheinigung höchstens ein Jahr alt',
  1,
  '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 Nr. 1 FeV',
  'FE_NACHWEIS_ALT',
);

export const leistungstestPflicht = rule({
  id: 'R99000000153',
  version: V1,
  name: 'Nachweis der besonderen Anforderungen für die Klassen D',
  typ: 'M',
  ruleKind: 'required',
  expression: `overlaps(beantragteKlassen, ${D_KLASSEN}) and ${NICHT_ERLEICHTERT}`,
  bezug: '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
});

export const leistungstestAktuell = aktuell(
  'R99000000154',
  V1,
  'Nachweis der besonderen Anforderungen höchstens ein Jahr alt',
  1,
  '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
  'FE_NACHWEIS_ALT',
);

export const fuehrungszeugnisPflicht = rule({
  id: 'R99000000155',
  version: V1,
  name: 'Führungszeugnis für die Klassen D',
  typ: 'M',
  ruleKind: 'required',
  expression: `overlaps(beantragteKlassen, ${D_KLASSEN})`,
  bezug: '§ 11 Abs. 1 Satz 4 FeV, § 30 Abs. 5 BZRG',
});

export const fahrschulePflicht = rule({
  id: 'R99000000156',
  version: V1,
  name: 'Ausbildende Fahrschule bei Ersterteilung, Erweiterung und begleitetem Fahren',
  typ: 'M',
  ruleKind: 'required',
  expression: 'antragsart in ["ersterteilung", "erweiterung", "bf17"]',
  bezug: '§ 21 Abs. 1 Satz 3 Nr. 2 FeV',
});

export const klasseADreiradRelevant = rule({
  id: 'R99000000167',
  version: V1,
  name: 'Beschränkung auf dreirädrige Kraftfahrzeuge nur bei Klasse A',
  typ: 'M',
  ruleKind: 'relevant',
  expression: '"A" in beantragteKlassen',
  bezug: '§ 10 Abs. 1 lfd. Nr. 4 Buchstabe b FeV',
});

export const qualifikationRelevant = rule({
  id: 'R99000000168',
  version: V1,
  name: 'Berufskraftfahrer-Qualifikation nur bei B, BE, C, CE, D1, D1E, D, DE',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'overlaps(beantragteKlassen, ["B", "BE", "C", "CE", "D1", "D1E", "D", "DE"])',
  bezug: '§ 10 Abs. 1 lfd. Nr. 5, 7, 8 und 9 FeV',
});

export const linienverkehrRelevant = rule({
  id: 'R99000000169',
  version: V1,
  name: 'Beschränkung auf den Linienverkehr nur bei D, DE mit Ausbildung oder beschleunigter Grundqualifikation',
  typ: 'M',
  ruleKind: 'relevant',
  expression: `overlaps(beantragteKlassen, ["D", "DE"]) and ${QUALI} in ["berufsausbildung", "beschleunigteGrundqualifikation"]`,
  bezug: '§ 10 Abs. 1 lfd. Nr. 9 FeV',
});

export const euAngabenRelevant = rule({
  id: 'R99000000164',
  version: V1,
  name: 'Angaben zur EU- oder EWR-Fahrerlaubnis nur, wenn eine besteht, bestand oder beantragt ist',
  typ: 'M',
  ruleKind: 'relevant',
  expression: 'erklaerungen.keineEuFahrerlaubnis = false',
  bezug: '§ 21 Abs. 2 Satz 1 FeV',
});

export const euAngabenPflicht = rule({
  id: 'R99000000165',
  version: V1,
  name: 'Angaben zur EU- oder EWR-Fahrerlaubnis',
  typ: 'M',
  ruleKind: 'required',
  expression: 'erklaerungen.keineEuFahrerlaubnis = false',
  bezug: '§ 21 Abs. 2 Satz 1 FeV',
});

export const euStaat = (euEwrLiteral: string) =>
  rule({
    id: 'R99000000171',
    version: V1,
    name: 'Staat der Mitgliedstaaten von EU und EWR',
    typ: 'V',
    ruleKind: 'constraint',
    expression: `self in ${euEwrLiteral} and self != "000"`,
    bezug: '§ 21 Abs. 2 Satz 1 FeV',
    code: 'FE_STAATENGRUPPE',
    message: {
      de: 'Hier sind Fahrerlaubnisse anderer Mitgliedstaaten der EU oder des EWR anzugeben.',
      en: 'Give licences of other EU or EEA member states here.',
    },
  });

export const verzichtErklaert = rule({
  id: 'R99000000166',
  version: V1,
  name: 'Verzicht auf eine EU- oder EWR-Fahrerlaubnis derselben Klasse',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'self = true',
  bezug: '§ 21 Abs. 2 Satz 3 FeV',
  code: 'FE_VERZICHT',
  message: {
    de: 'Die Erklärung, mit der Erteilung auf eine möglicherweise vorhandene EU- oder EWR-Fahrerlaubnis derselben Klasse zu verzichten, ist in jedem Fall abzugeben.',
    en: 'The declaration waiving a possibly held EU or EEA licence of the same class is required in every case.',
  },
});

export const geburtsdatumPlausibel = rule({
  id: 'R99000000122',
  version: V11,
  name: 'Geburtsdatum vor dem Antragsdatum',
  typ: 'V',
  ruleKind: 'constraint',
  expression: 'antragsteller.geburtsdatum < antragsdatum',
  bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 FeV',
  code: 'FE_DATUM',
  message: {
    de: 'Das Geburtsdatum muss vor dem Antragsdatum liegen.',
    en: 'The date of birth must be before the application date.',
  },
});
