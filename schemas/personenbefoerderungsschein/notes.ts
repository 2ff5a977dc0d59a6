/**
 * What "valid" means for the Personenbeförderungsschein application, for docs/forms.md: which requirements the
 * form checks with its rules, which it only records for the authority, and which it leaves to
 * the authority, each with its provision; and which day the rules measure against. Named by the
 * form's manifest; read by `npm run docs:write` and the docs test, not by the library.
 */

import type { FormNotes } from '../../scripts/docs/forms.js';

export const notes: FormNotes = {
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
