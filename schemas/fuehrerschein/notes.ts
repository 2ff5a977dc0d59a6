/**
 * What "valid" means for the Fahrerlaubnis application, for docs/forms.md: which requirements the
 * form checks with its rules, which it only records for the authority, and which it leaves to
 * the authority, each with its provision; and which day the rules measure against. Named by the
 * form's manifest; read by `npm run docs:write` and the docs test, not by the library.
 */

import type { FormNotes } from '../../scripts/docs/forms.js';

export const notes: FormNotes = {
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
