/**
 * What "valid" means for each shipped form, for docs/forms.md: which requirements the form
 * checks with its rules, which it only records for the authority, and which it leaves to the
 * authority, each with its provision; and which day the rules measure against. Read by
 * `npm run docs:write` and the docs test, not by the library.
 */

import type { FormNotes } from '../scripts/docs/forms.js';
import { CODE_LIST_SOURCES } from './shared/codelists.js';

export { CODE_LIST_SOURCES };

const fuehrerschein: FormNotes = {
  dates: [
    'Minimum ages are ages for the issue of a licence (§ 10 Abs. 1 FeV). The authority accepts the application up to six months before the age is reached; the theory test follows at most three months, the practical test at most one month before, and the licence is handed over from the birthday on. A minimum age therefore holds when the day the age is reached lies at most six months after `antragsdatum` (the day of an age per §§ 187 Abs. 2, 188 BGB: born 29 February, 18 on 1 March in common years).',
    'Holding periods ("seit mindestens zwei Jahren": class A2 for class A, class B of a companion) run from the issue of the licence, an event during a day (§ 187 Abs. 1 BGB): N years after an issue on D are complete at the end of D + N years (§ 188 Abs. 2 BGB) and count from the next day. They are checked on `antragsdatum`, because they decide the route and tests.',
    'Certificates "bei Antragstellung nicht älter als" one or two years (§ 12 Abs. 7 FeV, Anlage 5 FeV) are checked on `antragsdatum`: dated D, they are valid up to and including D + N years, and not dated after the application. Minority (consent of the legal representatives) and the identity document are judged on `antragsdatum` too.',
  ],
  checks: [
    {
      text: 'Minimum age per class with every lower age the table allows: AM 15, A1 16, A2 18, A 24 (21 for three-wheelers over 15 kW, 20 after two years of A2), B/BE 18 (17 with accompanied driving or in professional-driver training), C1/C1E 18, C/CE 21 (18 with initial qualification or training), D1/D1E 21 (18 likewise), D/DE 24 (23 accelerated qualification, 21 initial qualification or accelerated for scheduled services up to 50 km, 20 in training, 18 in training restricted to scheduled services or trips without passengers), L/T 16',
      bezug: '§ 10 Abs. 1 lfd. Nr. 1 bis 11 FeV',
    },
    { text: 'A trailer or heavier class needs its base class, held or applied for', bezug: '§ 9 FeV' },
    {
      text: 'No class that is already held, also as a class included in a held one (B includes AM and L, A includes A2, A1, AM, CE includes C1E, BE, T …); each class once',
      bezug: '§ 2 Abs. 2 Satz 1 Nr. 7 StVG, § 6 Abs. 1 und 3 FeV',
    },
    {
      text: 'Kind of application: an extension needs a held class, a first issue none (the step from A2 to A is an extension)',
      bezug: '§ 21 Abs. 1 FeV, § 17 FeV',
    },
    {
      text: 'Accompanied driving: class B or BE among the requested classes (others may be added), at least one companion, each at least 30 on the application date, class B for five years, at most one point in the register',
      bezug: '§ 48a Abs. 1, 2 und 5 Satz 1 Nr. 1 bis 3 FeV',
    },
    {
      text: 'Applicants under 18 on the application date: consent of the legal representatives',
      bezug: '§ 12 Abs. 1 Nr. 1 VwVfG, § 1629 Abs. 1 BGB',
    },
    {
      text: 'Identity document valid on the application date; the training driving school for first issues, extensions and accompanied driving; photograph',
      bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 und 2, Abs. 3 Satz 1 Nr. 2 FeV',
    },
    {
      text: 'Sehtest for AM, A1, A2, A, B, BE, L, T, not older than two years; for C and D classes instead the eye examination of Anlage 6 Nr. 2, not older than two years',
      bezug: '§ 12 Abs. 2, 6 und 7 FeV, § 21 Abs. 3 Satz 1 Nr. 3 FeV',
    },
    {
      text: 'C and D classes: medical certificate (Anlage 5 Nr. 1) not older than one year; D classes also the report of Anlage 5 Nr. 2, not older than one year, and a Führungszeugnis',
      bezug: '§ 11 Abs. 9 FeV mit Anlage 5, § 11 Abs. 1 Satz 4 FeV',
    },
    {
      text: 'First aid unless exempt (health professions, medic training) or, for extensions and re-issues, proven at an earlier issue',
      bezug: '§ 19 Abs. 1 und 3 FeV',
    },
    {
      text: 'Re-issue: date of the withdrawal, not after the application; a court-ordered blocking period ends at most six months after the application',
      bezug: '§ 20 Abs. 1 FeV, § 69a StGB',
    },
    {
      text: 'Conversion: the foreign licence with issuing state (not Germany) and its group (EU/EEA by the state list; Anlage 11 or other); Sehtest, first aid, medical proofs and training are waived for EU/EEA and Anlage 11 licences issued before residence here; residence and issue before the application; the end of the right to drive here six months after taking residence is computed',
      bezug: '§§ 7, 29 Abs. 1 und 3, 30, 31 FeV',
    },
    {
      text: 'Licences of other EU/EEA states held, formerly held or applied for are declared (with an EU/EEA state), and the waiver of one of the same class is given',
      bezug: '§ 21 Abs. 2 Satz 1 und 3 FeV',
    },
    {
      text: 'Sex and nationality from the shipped XRepository lists',
      bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 FeV, § 2 Abs. 6 StVG',
    },
  ],
  records: [
    {
      text: 'Professional-driver qualification and the restriction to scheduled services (decide the lower ages; the proof goes to the authority)',
      bezug: '§ 10 Abs. 1 lfd. Nr. 5, 7 bis 9 FeV',
    },
    {
      text: 'Companion’s points as declared (the authority asks the register)',
      bezug: '§ 48a Abs. 5 Satz 2 FeV',
    },
    {
      text: 'Date the Führungszeugnis was requested (it goes directly to the authority)',
      bezug: '§ 30 Abs. 5 BZRG',
    },
    {
      text: 'Declaration that no withdrawal proceedings are pending',
      bezug: '§ 2 Abs. 2 Satz 1 Nr. 3, Abs. 7 StVG',
    },
  ],
  authority: [
    {
      text: 'Fitness to drive, register extracts, medical or psychological reports',
      bezug: '§ 2 Abs. 4 und 7 StVG, §§ 11, 13, 14, 22 Abs. 2 FeV',
    },
    {
      text: 'Theory and practical tests and their dates (at most three months and one month before the minimum age)',
      bezug: '§§ 15 bis 18 FeV',
    },
    { text: 'Normal residence in Germany or study here', bezug: '§ 7 FeV' },
    {
      text: 'Which classes of an Anlage 11 state are converted without tests; medical examinations required after §§ 23, 24 FeV',
      bezug: '§ 31 Abs. 1 FeV, Anlage 11 FeV',
    },
    {
      text: 'Whether an earlier first-aid proof was a Schulung in Erster Hilfe',
      bezug: '§ 19 FeV, § 76 Nr. 11 FeV',
    },
    {
      text: 'Conditions (Auflagen, key numbers) of licences issued at a lower age',
      bezug: '§ 10 Abs. 1 FeV (Spalte Auflagen), Anlage 9 FeV',
    },
    { text: 'Whether all persons with custody consented (usually both parents)', bezug: '§ 1629 Abs. 1 BGB' },
  ],
};

const personenbefoerderungsschein: FormNotes = {
  dates: [
    'The conditions of § 48 Abs. 4 FeV (age, holding class B) are checked on `antragsdatum`: unlike the driving licence there are no tests to schedule, so the permit is issued when the application is decided. Ages count from the birthday (§§ 187 Abs. 2, 188 BGB); the class-B period runs from its issue (§ 187 Abs. 1 BGB) and is complete after the anniversary.',
    'Certificates are valid when the application date is at most one year (Anlage 5) or two years (§ 12 Abs. 7 FeV) after them.',
    'A renewal needs the report of Anlage 5 Nr. 2 when the renewed permit is to be valid beyond the completed 60th year (§ 48 Abs. 6 Satz 2 FeV): the 60th year is completed at the end of the day before the 60th birthday, so a permit valid on the 60th birthday or later needs it. The renewed end is `verlaengerungBis`, or five years after the current end when not given.',
  ],
  checks: [
    {
      text: 'Age on the application date per kind of vehicle: 21, or 19 for ambulances',
      bezug: '§ 48 Abs. 4 Nr. 2 FeV',
    },
    {
      text: 'Class B held for two years (one when restricted to ambulances) on the application date, or held that long within the last five years (an earlier holding that ended within the five years)',
      bezug: '§ 48 Abs. 4 Nr. 5 FeV',
    },
    {
      text: 'Führungszeugnis (Belegart O) and, on a first issue, a current register extract at the applicant’s cost',
      bezug: '§ 48 Abs. 4 Nr. 2a FeV, § 30 Abs. 5 BZRG',
    },
    {
      text: 'Medical certificate (Anlage 5 Nr. 1) not older than one year; eyesight (Anlage 6 Nr. 2) not older than two years',
      bezug: '§ 48 Abs. 4 Nr. 3 und 4 FeV, § 12 Abs. 6 und 7 FeV',
    },
    {
      text: 'Report of Anlage 5 Nr. 2 (not older than one year) on every first issue and on renewals beyond the completed 60th year',
      bezug: '§ 48 Abs. 4 Nr. 3, Abs. 6 Satz 2 FeV, Anlage 5 Nr. 2 FeV',
    },
    {
      text: 'First aid for ambulances on a first issue, unless exempt',
      bezug: '§ 48 Abs. 4 Nr. 6 FeV, § 19 Abs. 3 FeV',
    },
    {
      text: 'Renewal: the current permit is still valid on the application date, the renewal reaches at most five years beyond its end, and covers only the kinds of vehicle permitted so far',
      bezug: '§ 48 Abs. 5 FeV',
    },
    {
      text: 'Identity document valid on the application date',
      bezug: '§ 48 Abs. 6 Satz 1 FeV mit § 21 Abs. 1 Satz 3 Nr. 1 FeV',
    },
  ],
  records: [
    {
      text: 'Proof of expertise (Fachkunde) for taxis, hire cars and pooled services, where a Land already asks for it',
      bezug: '§ 48 Abs. 4 Nr. 7 FeV',
    },
    { text: 'Declaration on pending criminal proceedings', bezug: '§ 48 Abs. 4 Nr. 2a FeV' },
  ],
  authority: [
    {
      text: 'Whether the applicant offers the Gewähr for passenger transport (evaluating Führungszeugnis and register)',
      bezug: '§ 48 Abs. 4 Nr. 2a FeV',
    },
    {
      text: 'Requirements of the Fachkunde proof (federal rules are pending; the Länder waive it meanwhile)',
      bezug: '§ 48 Abs. 4 Nr. 7 FeV',
    },
    {
      text: 'Whether a permit is needed at all (exemptions, holders of D or D1 outside taxis, hire cars and pooled services)',
      bezug: '§ 48 Abs. 2 FeV',
    },
    {
      text: 'That class B is an EU/EEA licence or one of an Anlage 11 state',
      bezug: '§ 48 Abs. 4 Nr. 1 und 5 FeV',
    },
    { text: 'The validity actually granted (at most five years)', bezug: '§ 48 Abs. 5 FeV' },
  ],
};

const alg2: FormNotes = {
  dates: [
    'The conditions of § 7 SGB II are checked on `antragsdatum`, from which the application has effect (§ 37 SGB II). A person is 15 from the 15th birthday. The age limit of § 7a SGB II is reached at the end of the month in which the age of the birth year’s row is completed; an age is completed at the end of the day before the birthday (§§ 187 Abs. 2, 188 BGB), so someone born on 1 May 1960 (66 years and 4 months) is entitled until 31 August 2026, someone born on 2 May 1960 until 30 September 2026.',
    'Residence periods (three months, five years) run from arrival or registration, an event (§ 187 Abs. 1 BGB). Children belong to the benefit community until the day before their 25th birthday.',
  ],
  checks: [
    {
      text: 'Applicant at least 15 and below the age limit by year of birth',
      bezug: '§ 7 Abs. 1 Satz 1 Nr. 1, § 7a SGB II',
    },
    { text: 'Habitual residence in Germany', bezug: '§ 7 Abs. 1 Satz 1 Nr. 4 SGB II' },
    {
      text: 'Non-Germans state their right of residence; excluded: persons entitled under the AsylbLG, without a right of residence or with one only for job search or under Art. 10 Reg. 492/2011 (unless five years since registration), and in the first three months of residence unless working or holding a humanitarian title',
      bezug: '§ 7 Abs. 1 Satz 2 Nr. 1 bis 3, Satz 3 bis 5 SGB II',
    },
    {
      text: 'No old-age pension; no stationary placement or custody, except hospital under six months or working at least 15 hours a week',
      bezug: '§ 7 Abs. 4 SGB II',
    },
    {
      text: 'Applicant able to work (also while this is being determined) or living in a benefit community with a person able to work; household members count as able to work from 15',
      bezug: '§ 7 Abs. 1 Satz 1 Nr. 2, Abs. 2 Satz 1, § 8 Abs. 1, § 44a Abs. 1 SGB II',
    },
    {
      text: 'At most one partner in the benefit community (a spouse living permanently apart does not count); spouses are both married, registered partners both registered; a married applicant names the spouse or declares living permanently apart; partners under 18 are possible (the law sets no age and § 20 Abs. 2 Satz 1 presupposes minor partners)',
      bezug: '§ 7 Abs. 3 Nr. 3, § 20 Abs. 2 Satz 1 SGB II',
    },
    {
      text: 'Membership of the benefit community is computed per household member: partners not living apart, unmarried children under 25, parents of an unmarried applicant under 25 able to work; everyone else shares only the household',
      bezug: '§ 7 Abs. 3 Nr. 2 bis 4 SGB II',
    },
    {
      text: 'Annexes: KI for children under 15 and WEP for persons from 15 in the benefit community, HG for relatives in the household outside it (children from 25 among them), EK for income, KDU for rented housing',
      bezug: '§ 60 SGB I, § 9 Abs. 5 SGB II',
    },
    { text: 'Single-parent and pregnancy additional needs', bezug: '§ 21 Abs. 2 und 3 SGB II' },
    {
      text: 'Check digits of tax id, pension insurance number and IBAN; computed totals',
      bezug: '§ 139b AO, § 147 SGB VI, § 22 Abs. 1, § 11 Abs. 1 SGB II',
    },
    { text: 'Sex, nationality and marital status from the shipped XRepository lists', bezug: '§ 60 SGB I' },
  ],
  records: [
    {
      text: 'Training eligible under BAföG or SGB III and the exceptions of § 7 Abs. 6 (asked; the Jobcenter decides, § 27 benefits remain in any case)',
      bezug: '§ 7 Abs. 5 und 6 SGB II',
    },
    { text: 'Income, assets, housing costs, health insurance', bezug: '§§ 11, 12, 22 SGB II' },
  ],
  authority: [
    {
      text: 'Need for help, including the income and assets of the benefit community',
      bezug: '§ 9 Abs. 1 und 2, §§ 11 bis 12 SGB II',
    },
    {
      text: 'Whether a child under 25 can live on its own income or assets',
      bezug: '§ 7 Abs. 3 Nr. 4 SGB II',
    },
    {
      text: 'Whether a cohabiting couple forms a Verantwortungs- und Einstehensgemeinschaft',
      bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe c, Abs. 3a SGB II',
    },
    {
      text: 'Exclusions of household members (only the applicant’s are checked), family members of excluded foreigners, loss of free movement',
      bezug: '§ 7 Abs. 1 Satz 2 und 4 SGB II',
    },
    { text: 'Whether relatives in the household support the applicant', bezug: '§ 9 Abs. 5 SGB II' },
    { text: 'Appropriateness of housing costs', bezug: '§ 22 SGB II' },
  ],
};

/** The notes of every shipped form by key. */
export const FORM_NOTES: ReadonlyMap<string, FormNotes> = new Map([
  ['fuehrerschein', fuehrerschein],
  ['personenbefoerderungsschein', personenbefoerderungsschein],
  ['alg2', alg2],
]);
