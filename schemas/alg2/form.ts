/**
 * Hauptantrag auf Leistungen zur Sicherung des Lebensunterhalts nach dem SGB II
 * (Arbeitslosengeld II, since 2023 Bürgergeld).
 */

import { defineForm, field, group, type Submission } from '../../src/model/builders.js';
import { FAMILIENSTAND } from '../shared/codelists.js';
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
  V,
  vornamen,
} from '../shared/elements.js';
import {
  alleinerziehend,
  anlagenRegeln,
  antragstellerAlter,
  einkommenGesamt,
  entbindungPflicht,
  entbindungRelevant,
  gesamtkosten,
  hoechstensEinPartner,
  ibanPruefziffer,
  mitgliedRegeln,
  rvNummerPruefziffer,
  steuerIdPruefziffer,
} from './rules.js';

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
  {
    code: 'elternteil',
    name: { de: 'Elternteil (bei Antrag eines unter 25-jährigen Kindes)', en: 'Parent' },
  },
  { code: 'sonstige', name: { de: 'Sonstige Person im Haushalt', en: 'Other household member' } },
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

const erwerbsfaehig = field.bool({
  key: 'erwerbsfaehig',
  id: 'F99000000403',
  version: V,
  name: 'Erwerbsfähig',
  label: {
    de: 'Kann mindestens drei Stunden täglich erwerbstätig sein',
    en: 'Able to work at least three hours a day',
  },
  bezug: bezug.erwerbsfaehigkeit,
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
  version: V,
  key: 'alg2',
  name: 'Hauptantrag Bürgergeld',
  label: {
    de: 'Antrag auf Bürgergeld (Leistungen zur Sicherung des Lebensunterhalts nach dem SGB II)',
    en: 'Application for citizen’s income (basic income support, SGB II)',
  },
  bezug: bezug.antrag,
  status: 3,
  message: { rootElement: 'grundsicherung.antrag.0401', standard: 'antrag-alg2' },
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
      version: V,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      rules: [antragstellerAlter],
      children: [
        familienname,
        geburtsname,
        vornamen,
        geschlecht,
        geburtsdatum,
        geburtsort,
        staatsangehoerigkeit,
        field.select({
          key: 'familienstand',
          id: 'F99000000407',
          version: V,
          name: 'Familienstand',
          label: { de: 'Familienstand', en: 'Marital status' },
          codeList: FAMILIENSTAND,
        }),
        anschrift,
        kontakt,
        steuerId,
        rvNummer,
        erwerbsfaehig,
        einkommen,
      ],
    }),
    group({
      key: 'haushalt',
      id: 'G99000000403',
      version: V,
      name: 'Weitere Personen der Bedarfsgemeinschaft',
      label: { de: 'Weitere Personen im Haushalt', en: 'Other household members' },
      bezug: bezug.bedarfsgemeinschaft,
      cardinality: `0:${MAX_HAUSHALTSMITGLIEDER}`,
      rules: mitgliedRegeln,
      children: [
        familienname,
        vornamen,
        geschlecht,
        geburtsdatum,
        staatsangehoerigkeit,
        field.select({
          key: 'verwandtschaft',
          id: 'F99000000408',
          version: V,
          name: 'Verhältnis zur antragstellenden Person',
          label: { de: 'Verhältnis zur antragstellenden Person', en: 'Relationship to the applicant' },
          bezug: bezug.bedarfsgemeinschaft,
          values: VERWANDTSCHAFT,
        }),
        erwerbsfaehig,
        field.select({
          key: 'ausbildung',
          id: 'F99000000409',
          version: V,
          name: 'Schule oder Ausbildung',
          label: { de: 'Schule oder Ausbildung', en: 'School or training' },
          values: AUSBILDUNG,
          cardinality: '0:1',
        }),
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
      version: V,
      name: 'Monatliches Gesamteinkommen der Bedarfsgemeinschaft',
      label: { de: 'Monatliches Gesamteinkommen in Euro', en: 'Total monthly household income in euro' },
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
