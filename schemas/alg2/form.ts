/**
 * Hauptantrag auf Leistungen zur Sicherung des Lebensunterhalts nach dem SGB II
 * (Arbeitslosengeld II, since 2023 Bürgergeld). What the form checks, records and leaves to
 * the Jobcenter is listed in docs/forms.md.
 */

import { defineForm, field, group, type Submission } from '../../src/model/builders.js';
import {
  FAMILIENSTAND,
  FAMILIENSTAND_LISTE,
  GESCHLECHT_LISTE,
  STAATSANGEHOERIGKEIT_LISTE,
} from '../shared/codelists.js';
import {
  anschrift,
  familienname,
  geburtsdatum,
  geburtsname,
  geburtsort,
  geschlecht,
  kontakt,
  richtigkeit,
  staatsangehoerigkeit,
  vornamen,
} from '../shared/elements.js';
import {
  alleinerziehend,
  altersgrenze,
  anlagenRegeln,
  antragstellerMindestalter,
  aufenthaltInland,
  aufenthaltsrechtPflicht,
  aufenthaltsrechtRelevant,
  ausnahmePflicht,
  ausnahmeRelevant,
  ausschlussAsylblg,
  ausschlussErsteDreiMonate,
  ausschlussOhneAufenthaltsrecht,
  bafoegPflicht,
  bafoegRelevant,
  bedarfsgemeinschaft,
  ehegatteAngegeben,
  einkommenGesamt,
  entbindungPflicht,
  entbindungRelevant,
  erwerbsfaehigOderBedarfsgemeinschaft,
  familienstandPasst,
  gesamtkosten,
  getrenntPflicht,
  getrenntRelevantAntragsteller,
  getrenntRelevantMitglied,
  hoechstensEinPartner,
  ibanPruefziffer,
  keineAltersrente,
  keineStationaereUnterbringung,
  mitgliedRegeln,
  rvNummerPruefziffer,
  steuerIdPruefziffer,
} from './rules.js';

/** Version of the form (FIM semver: 2.0.0 adds required elements and changes rules; see CHANGELOG.md). */
const VERSION = '2.0.0';

/** Element versions: 1.0.0 unchanged since form version 1.0.0, 1.1.0 texts or legal basis corrected, 2.0.0 changed. */
const V = '1.0.0';
const V11 = '1.1.0';
const V2 = '2.0.0';

const bezug = {
  antrag: '§ 37 SGB II',
  bedarfsgemeinschaft: '§ 7 Abs. 3 SGB II',
  partner: '§ 7 Abs. 3 Nr. 3 SGB II',
  kinder: '§ 7 Abs. 3 Nr. 4 SGB II',
  erwerbsfaehigkeit: '§ 8 SGB II',
  unterkunft: '§ 22 Abs. 1 SGB II',
  einkommen: '§ 11 SGB II',
  vermoegen: '§ 12 SGB II',
  mehrbedarfSchwanger: '§ 21 Abs. 2 SGB II',
  mehrbedarfAlleinerziehend: '§ 21 Abs. 3 SGB II',
  mehrbedarfBehinderung: '§ 21 Abs. 4 SGB II',
  mitwirkung: '§ 60 SGB I',
  steuerId: '§ 139b AO',
  rvNummer: '§ 147 SGB VI',
  bank: '§ 42 Abs. 3 SGB II',
  krankenversicherung: '§ 5 Abs. 1 Nr. 2a SGB V',
} as const;

const VERWANDTSCHAFT = [
  { code: 'ehegatte', name: { de: 'Ehegattin oder Ehegatte', en: 'Spouse' } },
  {
    code: 'lebenspartner',
    name: { de: 'Eingetragene Lebenspartnerin oder eingetragener Lebenspartner', en: 'Registered partner' },
  },
  {
    code: 'partner',
    name: { de: 'Partnerin oder Partner in Verantwortungsgemeinschaft', en: 'Cohabiting partner' },
  },
  { code: 'kind', name: { de: 'Kind', en: 'Child' } },
  { code: 'kindPartner', name: { de: 'Kind der Partnerin oder des Partners', en: "Partner's child" } },
  { code: 'elternteil', name: { de: 'Elternteil', en: 'Parent' } },
  {
    code: 'verwandter',
    name: { de: 'Andere verwandte oder verschwägerte Person', en: 'Other relative or in-law' },
  },
  { code: 'sonstige', name: { de: 'Sonstige Person im Haushalt', en: 'Other household member' } },
] as const;

const ERWERBSFAEHIGKEIT = [
  { code: 'ja', name: { de: 'Ja', en: 'Yes' } },
  { code: 'nein', name: { de: 'Nein', en: 'No' } },
  {
    code: 'wirdFestgestellt',
    name: {
      de: 'Wird noch festgestellt (z. B. Widerspruch des Rentenversicherungsträgers)',
      en: 'Being determined',
    },
  },
] as const;

const AUFENTHALTSGRUNDLAGEN = [
  {
    code: 'freizuegigkeit',
    name: {
      de: 'Freizügigkeitsberechtigt (EU, EWR, Schweiz), nicht allein zur Arbeitsuche, oder Daueraufenthaltsrecht',
      en: 'Free movement (EU, EEA, Switzerland), not only for job search, or permanent residence',
    },
  },
  {
    code: 'arbeitsuche',
    name: { de: 'Aufenthaltsrecht allein zur Arbeitsuche', en: 'Right of residence only for job search' },
  },
  {
    code: 'artikel10',
    name: {
      de: 'Aufenthaltsrecht allein aus Art. 10 VO (EU) 492/2011 (Ausbildung eines Kindes)',
      en: 'Right of residence only under Art. 10 Reg. 492/2011',
    },
  },
  {
    code: 'humanitaer',
    name: {
      de: 'Aufenthaltstitel aus völkerrechtlichen, humanitären oder politischen Gründen (Kapitel 2 Abschnitt 5 AufenthG)',
      en: 'Residence title on humanitarian grounds',
    },
  },
  {
    code: 'aufenthaltstitel',
    name: { de: 'Anderer Aufenthaltstitel oder Niederlassungserlaubnis', en: 'Other residence title' },
  },
  {
    code: 'asylblg',
    name: {
      de: 'Leistungsberechtigt nach § 1 AsylbLG (z. B. Aufenthaltsgestattung, Duldung)',
      en: 'Entitled under § 1 AsylbLG',
    },
  },
  { code: 'ohne', name: { de: 'Kein Aufenthaltsrecht', en: 'No right of residence' } },
] as const;

const UNTERBRINGUNG = [
  { code: 'keine', name: { de: 'Keine', en: 'None' } },
  {
    code: 'krankenhaus',
    name: {
      de: 'Krankenhaus, voraussichtlich weniger als sechs Monate',
      en: 'Hospital, less than six months',
    },
  },
  {
    code: 'erwerbstaetig',
    name: {
      de: 'Stationäre Einrichtung, dabei mindestens 15 Stunden wöchentlich erwerbstätig',
      en: 'Institution, working at least 15 hours a week',
    },
  },
  { code: 'stationaer', name: { de: 'Stationäre Einrichtung', en: 'Institution' } },
  {
    code: 'freiheitsentziehung',
    name: { de: 'Einrichtung zum Vollzug einer Freiheitsentziehung', en: 'Custody' },
  },
] as const;

const AUSBILDUNG = [
  { code: 'keine', name: { de: 'Keine Schule oder Ausbildung', en: 'None' } },
  { code: 'schule', name: { de: 'Allgemeinbildende Schule', en: 'School' } },
  { code: 'ausbildung', name: { de: 'Berufsausbildung', en: 'Vocational training' } },
  { code: 'studium', name: { de: 'Studium', en: 'University' } },
] as const;

const EINKOMMENSARTEN = [
  { code: 'erwerb', name: { de: 'Einkommen aus nichtselbständiger Arbeit', en: 'Employment income' } },
  {
    code: 'selbstaendig',
    name: { de: 'Einkommen aus selbständiger Tätigkeit', en: 'Self-employment income' },
  },
  { code: 'kindergeld', name: { de: 'Kindergeld', en: 'Child benefit' } },
  { code: 'unterhalt', name: { de: 'Unterhalt oder Unterhaltsvorschuss', en: 'Maintenance' } },
  { code: 'rente', name: { de: 'Rente', en: 'Pension' } },
  { code: 'alg1', name: { de: 'Arbeitslosengeld', en: 'Unemployment benefit' } },
  { code: 'elterngeld', name: { de: 'Elterngeld', en: 'Parental allowance' } },
  { code: 'wohngeld', name: { de: 'Wohngeld', en: 'Housing benefit' } },
  { code: 'sonstiges', name: { de: 'Sonstiges Einkommen', en: 'Other income' } },
] as const;

const VERMOEGENSARTEN = [
  { code: 'konto', name: { de: 'Giro- oder Sparguthaben', en: 'Bank balance' } },
  { code: 'bargeld', name: { de: 'Bargeld', en: 'Cash' } },
  { code: 'wertpapiere', name: { de: 'Wertpapiere', en: 'Securities' } },
  { code: 'kfz', name: { de: 'Kraftfahrzeug', en: 'Motor vehicle' } },
  { code: 'immobilie', name: { de: 'Haus- oder Grundeigentum', en: 'Real estate' } },
  { code: 'versicherung', name: { de: 'Lebens- oder Rentenversicherung', en: 'Life or pension insurance' } },
  { code: 'sonstiges', name: { de: 'Sonstiges Vermögen', en: 'Other assets' } },
] as const;

const KRANKENVERSICHERUNG = [
  { code: 'gesetzlich', name: { de: 'Gesetzlich pflichtversichert', en: 'Statutory' } },
  { code: 'familie', name: { de: 'Gesetzlich familienversichert', en: 'Family insurance' } },
  { code: 'privat', name: { de: 'Privat versichert', en: 'Private' } },
  { code: 'keine', name: { de: 'Nicht versichert', en: 'Not insured' } },
] as const;

const WOHNART = [
  { code: 'miete', name: { de: 'Mietwohnung', en: 'Rented flat' } },
  { code: 'untermiete', name: { de: 'Untermiete', en: 'Sublet' } },
  { code: 'eigentum', name: { de: 'Eigenheim oder Eigentumswohnung', en: 'Owner-occupied' } },
  { code: 'sonstige', name: { de: 'Sonstige Unterkunft', en: 'Other accommodation' } },
] as const;

const ANLAGEN = [
  {
    code: 'WEP',
    name: { de: 'Anlage WEP (weitere Person ab 15 Jahren)', en: 'Annex WEP (further person aged 15+)' },
  },
  { code: 'KI', name: { de: 'Anlage KI (Kind unter 15 Jahren)', en: 'Annex KI (child under 15)' } },
  { code: 'HG', name: { de: 'Anlage HG (Haushaltsgemeinschaft)', en: 'Annex HG (household community)' } },
  { code: 'UH', name: { de: 'Anlage UH (Unterhalt)', en: 'Annex UH (maintenance)' } },
  { code: 'EK', name: { de: 'Anlage EK (Einkommen)', en: 'Annex EK (income)' } },
  {
    code: 'EKS',
    name: { de: 'Anlage EKS (Einkommen aus Selbständigkeit)', en: 'Annex EKS (self-employment)' },
  },
  { code: 'VM', name: { de: 'Anlage VM (Vermögen)', en: 'Annex VM (assets)' } },
  { code: 'KDU', name: { de: 'Anlage KDU (Kosten der Unterkunft)', en: 'Annex KDU (housing costs)' } },
  { code: 'SV', name: { de: 'Anlage SV (Sozialversicherung)', en: 'Annex SV (social insurance)' } },
  { code: 'MEB', name: { de: 'Anlage MEB (Mehrbedarf)', en: 'Annex MEB (additional needs)' } },
  { code: 'BB', name: { de: 'Anlage BB (besondere Bedarfe)', en: 'Annex BB (special needs)' } },
] as const;

const steuerId = field.text({
  key: 'steuerId',
  id: 'F99000000401',
  version: V,
  name: 'Steuerliche Identifikationsnummer',
  label: { de: 'Steuer-Identifikationsnummer', en: 'Tax identification number' },
  bezug: bezug.steuerId,
  praezisierung: { pattern: '[1-9]\\d{10}' },
  cardinality: '0:1',
  rules: [steuerIdPruefziffer],
});

const rvNummer = field.text({
  key: 'rvNummer',
  id: 'F99000000402',
  version: V,
  name: 'Rentenversicherungsnummer',
  label: { de: 'Rentenversicherungsnummer', en: 'Pension insurance number' },
  bezug: bezug.rvNummer,
  praezisierung: { pattern: '\\d{8}[A-Z]\\d{3}' },
  cardinality: '0:1',
  rules: [rvNummerPruefziffer],
});

const erwerbsfaehig = field.select({
  key: 'erwerbsfaehig',
  id: 'F99000000403',
  version: V2,
  name: 'Erwerbsfähig',
  label: {
    de: 'Kann auf absehbare Zeit mindestens drei Stunden täglich erwerbstätig sein',
    en: 'Able to work at least three hours a day for the foreseeable future',
  },
  help: {
    de: 'Solange die Erwerbsfähigkeit festgestellt wird, werden Leistungen nach dem SGB II erbracht (§ 44a SGB II).',
    en: 'While this is being determined, SGB II benefits are paid.',
  },
  bezug: '§ 8 Abs. 1, § 44a Abs. 1 SGB II',
  values: ERWERBSFAEHIGKEIT,
});

const familienstand = field.select({
  key: 'familienstand',
  id: 'F99000000407',
  version: V,
  name: 'Familienstand',
  label: { de: 'Familienstand', en: 'Marital status' },
  codeList: FAMILIENSTAND,
});

const ausbildung = field.select({
  key: 'ausbildung',
  id: 'F99000000409',
  version: V,
  name: 'Schule oder Ausbildung',
  label: { de: 'Schule oder Ausbildung', en: 'School or training' },
  values: AUSBILDUNG,
  cardinality: '0:1',
});

const einkommen = group({
  key: 'einkommen',
  id: 'G99000000401',
  version: V,
  name: 'Einkommen',
  label: { de: 'Einkommen', en: 'Income' },
  bezug: bezug.einkommen,
  cardinality: '0:20',
  children: [
    field.select({
      key: 'art',
      id: 'F99000000404',
      version: V,
      name: 'Einkommensart',
      label: { de: 'Art des Einkommens', en: 'Kind of income' },
      values: EINKOMMENSARTEN,
    }),
    field.currency({
      key: 'betragMonatlich',
      id: 'F99000000405',
      version: V,
      name: 'Monatlicher Bruttobetrag',
      label: { de: 'Monatlicher Bruttobetrag in Euro', en: 'Gross monthly amount in euro' },
      praezisierung: { minValue: 0 },
    }),
  ],
});

/** Cap of the household repeat in the shipped form; benchmarks use a variant that lifts it. */
export const MAX_HAUSHALTSMITGLIEDER = 15;

/** Hauptantrag auf Bürgergeld (SGB II), with its rules. */
export const alg2 = defineForm({
  id: 'S99000000400',
  version: VERSION,
  key: 'alg2',
  name: 'Hauptantrag Bürgergeld',
  label: {
    de: 'Antrag auf Bürgergeld (Leistungen zur Sicherung des Lebensunterhalts nach dem SGB II)',
    en: 'Application for citizen’s income (basic income support, SGB II)',
  },
  bezug: bezug.antrag,
  status: 3,
  versionNote:
    '2.0.0: Altersgrenze nach § 7a je Geburtsjahrgang bis Monatsende, gewöhnlicher Aufenthalt und Ausschlüsse nach § 7 Abs. 1 Satz 2, Abs. 4 und 5, Erwerbsfähigkeit mit Feststellung nach § 44a, dauernd getrennt lebende Ehegatten, Familienstand der Haushaltsmitglieder, Haushalt und Bedarfsgemeinschaft (Kinder ab 25, Partner unter 18), Anlage HG; Codelisten mitgeliefert.',
  message: { rootElement: 'grundsicherung.antrag.0401', standard: 'antrag-alg2' },
  codeLists: [GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE, FAMILIENSTAND_LISTE],
  rules: [hoechstensEinPartner, ...anlagenRegeln],
  children: [
    field.date({
      key: 'antragsdatum',
      id: 'F99000000406',
      version: V,
      name: 'Antragsdatum',
      label: { de: 'Datum des Antrags', en: 'Date of application' },
      bezug: bezug.antrag,
    }),
    group({
      key: 'antragsteller',
      id: 'G99000000402',
      version: V2,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      bezug: '§ 7 Abs. 1 SGB II',
      rules: [antragstellerMindestalter, altersgrenze],
      children: [
        familienname,
        geburtsname,
        vornamen,
        geschlecht,
        geburtsdatum,
        geburtsort,
        staatsangehoerigkeit,
        familienstand,
        field.bool({
          key: 'dauerndGetrenntLebend',
          id: 'F99000000432',
          version: V,
          name: 'Dauernd getrennt lebend',
          label: {
            de: 'Ich lebe von meiner Ehegattin, meinem Ehegatten oder meiner eingetragenen Lebenspartnerin oder meinem eingetragenen Lebenspartner dauernd getrennt.',
            en: 'I live permanently apart from my spouse or registered partner.',
          },
          help: {
            de: 'Wer nicht dauernd getrennt lebt, gibt die Ehegattin oder den Ehegatten unter den Personen der Bedarfsgemeinschaft an.',
            en: 'If not, name your spouse among the members of the benefit community.',
          },
          bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
          cardinality: '0:1',
          rules: [getrenntRelevantAntragsteller, getrenntPflicht, ehegatteAngegeben],
        }),
        anschrift,
        kontakt,
        field.bool({
          key: 'gewoehnlicherAufenthaltInland',
          id: 'F99000000433',
          version: V,
          name: 'Gewöhnlicher Aufenthalt in Deutschland',
          label: {
            de: 'Ich habe meinen gewöhnlichen Aufenthalt in der Bundesrepublik Deutschland.',
            en: 'I am habitually resident in Germany.',
          },
          bezug: '§ 7 Abs. 1 Satz 1 Nr. 4 SGB II, § 30 Abs. 3 Satz 2 SGB I',
          rules: [aufenthaltInland],
        }),
        group({
          key: 'aufenthaltsrecht',
          id: 'G99000000410',
          version: V,
          name: 'Aufenthaltsrecht',
          label: {
            de: 'Aufenthaltsrecht (ohne deutsche Staatsangehörigkeit)',
            en: 'Right of residence (non-Germans)',
          },
          bezug: '§ 7 Abs. 1 Satz 2 bis 5 SGB II',
          cardinality: '0:1',
          rules: [aufenthaltsrechtRelevant, aufenthaltsrechtPflicht],
          children: [
            field.select({
              key: 'grundlage',
              id: 'F99000000434',
              version: V,
              name: 'Grundlage des Aufenthalts',
              label: { de: 'Mein Aufenthalt beruht auf', en: 'My residence is based on' },
              bezug: '§ 7 Abs. 1 Satz 2 SGB II',
              values: AUFENTHALTSGRUNDLAGEN,
              rules: [ausschlussAsylblg, ausschlussOhneAufenthaltsrecht],
            }),
            field.bool({
              key: 'erwerbstaetig',
              id: 'F99000000435',
              version: V,
              name: 'Arbeitnehmer oder Selbständig',
              label: {
                de: 'Ich bin in Deutschland als Arbeitnehmerin, Arbeitnehmer oder selbständig tätig (auch mit fortwirkendem Status nach § 2 Abs. 3 FreizügG/EU).',
                en: 'I work in Germany as an employee or self-employed person (also with retained status).',
              },
              bezug: '§ 7 Abs. 1 Satz 2 Nr. 1 SGB II',
            }),
            field.date({
              key: 'aufenthaltSeit',
              id: 'F99000000436',
              version: V,
              name: 'Aufenthalt in Deutschland seit',
              label: {
                de: 'In Deutschland seit (Anmeldung bei der Meldebehörde)',
                en: 'In Germany since (registration)',
              },
              bezug: '§ 7 Abs. 1 Satz 2 Nr. 1, Satz 5 SGB II',
              rules: [ausschlussErsteDreiMonate],
            }),
          ],
        }),
        field.bool({
          key: 'altersrente',
          id: 'F99000000437',
          version: V,
          name: 'Bezug einer Rente wegen Alters',
          label: {
            de: 'Ich beziehe eine Rente wegen Alters, Knappschaftsausgleichsleistung oder eine ähnliche öffentlich-rechtliche Leistung.',
            en: 'I draw an old-age pension or a similar public benefit.',
          },
          bezug: '§ 7 Abs. 4 Satz 1 SGB II',
          rules: [keineAltersrente],
        }),
        field.select({
          key: 'unterbringung',
          id: 'F99000000438',
          version: V,
          name: 'Unterbringung in einer Einrichtung',
          label: { de: 'Unterbringung in einer Einrichtung', en: 'Placement in an institution' },
          bezug: '§ 7 Abs. 4 SGB II',
          values: UNTERBRINGUNG,
          rules: [keineStationaereUnterbringung],
        }),
        { ...ausbildung },
        field.bool({
          key: 'bafoegFoerderungsfaehig',
          id: 'F99000000439',
          version: V,
          name: 'Ausbildung dem Grunde nach förderungsfähig',
          label: {
            de: 'Die Ausbildung ist nach dem BAföG oder nach §§ 51, 57, 58 SGB III dem Grunde nach förderungsfähig.',
            en: 'The training is eligible in principle under BAföG or SGB III.',
          },
          help: {
            de: 'Dann besteht über die Leistungen nach § 27 SGB II hinaus kein Anspruch, außer in den Fällen des § 7 Abs. 6 SGB II.',
            en: 'Then only § 27 SGB II benefits are due, except in the cases of § 7(6) SGB II.',
          },
          bezug: '§ 7 Abs. 5 SGB II',
          cardinality: '0:1',
          rules: [bafoegRelevant, bafoegPflicht],
        }),
        field.bool({
          key: 'ausnahmeNach7Abs6',
          id: 'F99000000440',
          version: V,
          name: 'Ausnahme nach § 7 Abs. 6 SGB II',
          label: {
            de: 'Ein Fall des § 7 Abs. 6 SGB II liegt vor (z. B. Schülerin im Haushalt der Eltern, Berufsausbildungsbeihilfe).',
            en: 'A case of § 7(6) SGB II applies.',
          },
          bezug: '§ 7 Abs. 6 SGB II',
          cardinality: '0:1',
          rules: [ausnahmeRelevant, ausnahmePflicht],
        }),
        steuerId,
        rvNummer,
        // Its own element: the applicant's answer carries the rule of § 7 Abs. 1 Satz 1 Nr. 2, Abs. 2.
        {
          ...erwerbsfaehig,
          id: 'F99000000443',
          version: V,
          name: 'Erwerbsfähigkeit der antragstellenden Person',
          rules: [erwerbsfaehigOderBedarfsgemeinschaft],
        },
        einkommen,
      ],
    }),
    group({
      key: 'haushalt',
      id: 'G99000000403',
      version: V2,
      name: 'Weitere Personen im Haushalt',
      label: { de: 'Weitere Personen im Haushalt', en: 'Other household members' },
      help: {
        de: 'Alle Personen, die mit Ihnen im Haushalt leben; ob sie zur Bedarfsgemeinschaft gehören, ergibt sich aus den Angaben (§ 7 Abs. 3 SGB II).',
        en: 'Everyone living in your household; membership of the benefit community follows from the answers.',
      },
      bezug: '§ 7 Abs. 3, § 9 Abs. 5 SGB II',
      cardinality: `0:${MAX_HAUSHALTSMITGLIEDER}`,
      rules: mitgliedRegeln,
      children: [
        familienname,
        vornamen,
        geschlecht,
        geburtsdatum,
        staatsangehoerigkeit,
        familienstand,
        field.select({
          key: 'verwandtschaft',
          id: 'F99000000408',
          version: V2,
          name: 'Verhältnis zur antragstellenden Person',
          label: { de: 'Verhältnis zur antragstellenden Person', en: 'Relationship to the applicant' },
          bezug: bezug.bedarfsgemeinschaft,
          values: VERWANDTSCHAFT,
          rules: [familienstandPasst],
        }),
        field.bool({
          key: 'dauerndGetrenntLebend',
          id: 'F99000000441',
          version: V,
          name: 'Dauernd getrennt lebend',
          label: {
            de: 'Lebt von der antragstellenden Person dauernd getrennt (auch innerhalb der Wohnung)',
            en: 'Lives permanently apart from the applicant (also within the home)',
          },
          bezug: '§ 7 Abs. 3 Nr. 3 Buchstabe a und b SGB II',
          cardinality: '0:1',
          rules: [getrenntRelevantMitglied],
        }),
        field.bool({
          key: 'bedarfsgemeinschaft',
          id: 'F99000000442',
          version: V,
          name: 'Gehört zur Bedarfsgemeinschaft',
          label: { de: 'Gehört zur Bedarfsgemeinschaft', en: 'Belongs to the benefit community' },
          help: {
            de: 'Wird berechnet: Partner, die nicht dauernd getrennt leben; unverheiratete Kinder unter 25; Eltern einer unverheirateten erwerbsfähigen antragstellenden Person unter 25. Andere Personen gehören nur zum Haushalt.',
            en: 'Computed: partners not living apart; unmarried children under 25; parents of an unmarried applicant under 25 able to work.',
          },
          bezug: bezug.bedarfsgemeinschaft,
          feldart: 'locked',
          cardinality: '0:1',
          rules: [bedarfsgemeinschaft],
        }),
        erwerbsfaehig,
        ausbildung,
        steuerId,
        einkommen,
      ],
    }),
    group({
      key: 'unterkunft',
      id: 'G99000000404',
      version: V,
      name: 'Kosten der Unterkunft und Heizung',
      label: { de: 'Unterkunft und Heizung', en: 'Housing and heating' },
      bezug: bezug.unterkunft,
      children: [
        field.select({
          key: 'wohnart',
          id: 'F99000000410',
          version: V,
          name: 'Wohnart',
          label: { de: 'Art der Unterkunft', en: 'Kind of accommodation' },
          values: WOHNART,
        }),
        field.num({
          key: 'wohnflaeche',
          id: 'F99000000411',
          version: V,
          name: 'Wohnfläche',
          label: { de: 'Wohnfläche in m²', en: 'Floor area in m²' },
          praezisierung: { minValue: 1, maxValue: 1000 },
        }),
        field.currency({
          key: 'grundmiete',
          id: 'F99000000412',
          version: V,
          name: 'Grundmiete',
          label: { de: 'Monatliche Grundmiete (kalt) in Euro', en: 'Monthly base rent in euro' },
          praezisierung: { minValue: 0 },
        }),
        field.currency({
          key: 'nebenkosten',
          id: 'F99000000413',
          version: V,
          name: 'Nebenkosten',
          label: { de: 'Monatliche Nebenkosten in Euro', en: 'Monthly service charges in euro' },
          praezisierung: { minValue: 0 },
        }),
        field.currency({
          key: 'heizkosten',
          id: 'F99000000414',
          version: V,
          name: 'Heizkosten',
          label: { de: 'Monatliche Heizkosten in Euro', en: 'Monthly heating costs in euro' },
          praezisierung: { minValue: 0 },
        }),
        field.currency({
          key: 'gesamtkosten',
          id: 'F99000000415',
          version: V,
          name: 'Gesamtkosten der Unterkunft',
          label: { de: 'Monatliche Gesamtkosten in Euro', en: 'Total monthly housing costs in euro' },
          feldart: 'locked',
          praezisierung: { minValue: 0 },
          rules: [gesamtkosten],
        }),
      ],
    }),
    group({
      key: 'vermoegen',
      id: 'G99000000405',
      version: V,
      name: 'Vermögen',
      label: { de: 'Vermögen', en: 'Assets' },
      bezug: bezug.vermoegen,
      cardinality: '0:50',
      children: [
        field.select({
          key: 'art',
          id: 'F99000000416',
          version: V,
          name: 'Vermögensart',
          label: { de: 'Art des Vermögens', en: 'Kind of asset' },
          values: VERMOEGENSARTEN,
        }),
        field.currency({
          key: 'wert',
          id: 'F99000000417',
          version: V,
          name: 'Wert',
          label: { de: 'Wert in Euro', en: 'Value in euro' },
          praezisierung: { minValue: 0 },
        }),
      ],
    }),
    group({
      key: 'krankenversicherung',
      id: 'G99000000406',
      version: V,
      name: 'Krankenversicherung',
      label: { de: 'Kranken- und Pflegeversicherung', en: 'Health insurance' },
      bezug: bezug.krankenversicherung,
      children: [
        field.select({
          key: 'art',
          id: 'F99000000418',
          version: V,
          name: 'Art der Versicherung',
          label: { de: 'Art der Krankenversicherung', en: 'Kind of health insurance' },
          values: KRANKENVERSICHERUNG,
        }),
        field.text({
          key: 'krankenkasse',
          id: 'F99000000419',
          version: V,
          name: 'Krankenkasse',
          label: { de: 'Name der Krankenkasse', en: 'Health insurer' },
          praezisierung: { minLength: 1, maxLength: 120 },
          cardinality: '0:1',
        }),
        field.text({
          key: 'versichertennummer',
          id: 'F99000000420',
          version: V,
          name: 'Krankenversichertennummer',
          label: { de: 'Krankenversichertennummer', en: 'Health insurance number' },
          praezisierung: { pattern: '[A-Z]\\d{9}' },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'bankverbindung',
      id: 'G99000000407',
      version: V,
      name: 'Bankverbindung',
      label: { de: 'Bankverbindung für die Zahlung', en: 'Bank account for payment' },
      bezug: bezug.bank,
      children: [
        field.textLatin({
          key: 'kontoinhaber',
          id: 'F99000000421',
          version: V,
          name: 'Kontoinhaber',
          label: { de: 'Kontoinhaberin oder Kontoinhaber', en: 'Account holder' },
          praezisierung: { minLength: 1, maxLength: 70 },
        }),
        field.text({
          key: 'iban',
          id: 'F99000000422',
          version: V,
          name: 'IBAN',
          label: { de: 'IBAN', en: 'IBAN' },
          praezisierung: { pattern: '[A-Z]{2}\\d{2}[A-Z0-9]{11,30}' },
          rules: [ibanPruefziffer],
        }),
        field.text({
          key: 'bic',
          id: 'F99000000423',
          version: V,
          name: 'BIC',
          label: { de: 'BIC', en: 'BIC' },
          praezisierung: { pattern: '[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?' },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'mehrbedarfe',
      id: 'G99000000408',
      version: V,
      name: 'Mehrbedarfe',
      label: { de: 'Mehrbedarfe', en: 'Additional needs' },
      children: [
        field.bool({
          key: 'schwanger',
          id: 'F99000000424',
          version: V,
          name: 'Schwangerschaft',
          label: {
            de: 'Eine Person der Bedarfsgemeinschaft ist schwanger.',
            en: 'A household member is pregnant.',
          },
          bezug: bezug.mehrbedarfSchwanger,
        }),
        field.date({
          key: 'entbindungstermin',
          id: 'F99000000425',
          version: V,
          name: 'Voraussichtlicher Entbindungstermin',
          label: { de: 'Voraussichtlicher Entbindungstermin', en: 'Expected due date' },
          bezug: bezug.mehrbedarfSchwanger,
          cardinality: '0:1',
          rules: [entbindungRelevant, entbindungPflicht],
        }),
        field.bool({
          key: 'alleinerziehend',
          id: 'F99000000426',
          version: V,
          name: 'Alleinerziehend',
          label: { de: 'Ich bin alleinerziehend.', en: 'I am a single parent.' },
          bezug: bezug.mehrbedarfAlleinerziehend,
          rules: [alleinerziehend],
        }),
        field.bool({
          key: 'behinderung',
          id: 'F99000000427',
          version: V,
          name: 'Behinderung',
          label: {
            de: 'Eine erwerbsfähige Person erhält Leistungen zur Teilhabe am Arbeitsleben.',
            en: 'A person able to work receives benefits for participation in working life.',
          },
          bezug: bezug.mehrbedarfBehinderung,
        }),
      ],
    }),
    field.currency({
      key: 'einkommenGesamt',
      id: 'F99000000428',
      version: V11,
      name: 'Monatliches Gesamteinkommen aller Personen im Haushalt',
      label: {
        de: 'Monatliches Gesamteinkommen aller Personen im Haushalt in Euro',
        en: 'Total monthly income of everyone in the household in euro',
      },
      feldart: 'locked',
      bezug: bezug.einkommen,
      praezisierung: { minValue: 0 },
      rules: [einkommenGesamt],
    }),
    field.select({
      key: 'anlagen',
      id: 'F99000000429',
      version: V,
      name: 'Beigefügte Anlagen',
      label: { de: 'Beigefügte Anlagen', en: 'Attached annexes' },
      values: ANLAGEN,
      cardinality: '0:11',
    }),
    group({
      key: 'erklaerungen',
      id: 'G99000000409',
      version: V,
      name: 'Erklärungen',
      label: { de: 'Erklärungen', en: 'Declarations' },
      children: [
        field.bool({
          key: 'mitwirkungspflichten',
          id: 'F99000000430',
          version: V,
          name: 'Mitwirkungspflichten zur Kenntnis genommen',
          label: {
            de: 'Ich habe die Hinweise zu meinen Mitwirkungspflichten zur Kenntnis genommen.',
            en: 'I have read the notes on my duty to cooperate.',
          },
          bezug: bezug.mitwirkung,
        }),
        richtigkeit,
      ],
    }),
  ],
});

/** A submission of the `alg2` form. */
export type Alg2Antrag = Submission<typeof alg2>;
