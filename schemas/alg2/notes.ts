/**
 * What "valid" means for the Bürgergeld (ALG II) application, for docs/forms.md: which requirements the
 * form checks with its rules, which it only records for the authority, and which it leaves to
 * the authority, each with its provision; and which day the rules measure against. Named by the
 * form's manifest; read by `npm run docs:write` and the docs test, not by the library.
 */

import type { FormNotes } from '../../scripts/docs/forms.js';

export const notes: FormNotes = {
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
