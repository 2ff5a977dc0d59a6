/**
 * Antrag auf Erteilung oder Verlängerung der Fahrerlaubnis zur Fahrgastbeförderung
 * (Personenbeförderungsschein), after § 48 Fahrerlaubnis-Verordnung (FeV).
 */

import { defineForm, field, group, type Submission } from '../../src/model/builders.js';
import {
  anschrift,
  doktorgrad,
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
  fahrzeugartenEinmalig,
  fuehrungszeugnisAktuell,
  klasseBVorbesitz,
  leistungstestPflicht,
  mindestalter,
  nochGueltig,
  verlaengerungPflicht,
  verlaengerungRelevant,
} from './rules.js';

const bezug = {
  erlaubnis: '§ 48 Abs. 1 FeV',
  voraussetzungen: '§ 48 Abs. 4 FeV',
  alter: '§ 48 Abs. 4 Nr. 2 FeV',
  klasseB: '§ 48 Abs. 4 Nr. 3 FeV',
  fuehrungszeugnis: '§ 48 Abs. 4 Nr. 2a FeV in Verbindung mit § 30 Abs. 5 BZRG',
  gutachten: '§ 48 Abs. 4 Nr. 3 FeV in Verbindung mit Anlage 5 FeV',
  sehvermoegen: '§ 48 Abs. 4 Nr. 4 FeV in Verbindung mit Anlage 6 FeV',
  leistung: '§ 48 Abs. 5 Satz 2 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
  verlaengerung: '§ 48 Abs. 5 FeV',
  geltung: '§ 48 Abs. 5 Satz 1 FeV',
} as const;

const ANTRAGSARTEN = [
  { code: 'erteilung', name: { de: 'Erteilung', en: 'First issue' } },
  { code: 'verlaengerung', name: { de: 'Verlängerung', en: 'Renewal' } },
] as const;

const FAHRZEUGARTEN = [
  { code: 'taxi', name: { de: 'Taxen', en: 'Taxis' } },
  { code: 'mietwagen', name: { de: 'Mietwagen', en: 'Hire cars' } },
  { code: 'krankenkraftwagen', name: { de: 'Krankenkraftwagen', en: 'Ambulances' } },
  { code: 'linienverkehr', name: { de: 'Pkw im Linienverkehr', en: 'Cars in scheduled services' } },
  {
    code: 'gelegenheitsverkehr',
    name: {
      de: 'Pkw im gebündelten Bedarfsverkehr und Gelegenheitsverkehr',
      en: 'Cars in pooled on-demand services',
    },
  },
] as const;

/** Antrag auf Fahrerlaubnis zur Fahrgastbeförderung (§ 48 FeV), with its rules. */
export const personenbefoerderungsschein = defineForm({
  id: 'S99000000300',
  version: V,
  key: 'personenbefoerderungsschein',
  name: 'Antrag auf Fahrerlaubnis zur Fahrgastbeförderung',
  label: {
    de: 'Antrag auf Erteilung oder Verlängerung der Fahrerlaubnis zur Fahrgastbeförderung',
    en: 'Application for a passenger transport licence',
  },
  bezug: bezug.erlaubnis,
  status: 3,
  message: {
    rootElement: 'fahrgastbefoerderung.antrag.0301',
    standard: 'antrag-personenbefoerderungsschein',
  },
  rules: [fahrzeugartenEinmalig],
  children: [
    field.select({
      key: 'antragsart',
      id: 'F99000000301',
      version: V,
      name: 'Antragsart',
      label: { de: 'Art des Antrags', en: 'Kind of application' },
      bezug: bezug.verlaengerung,
      values: ANTRAGSARTEN,
    }),
    field.date({
      key: 'antragsdatum',
      id: 'F99000000302',
      version: V,
      name: 'Antragsdatum',
      label: { de: 'Datum des Antrags', en: 'Date of application' },
    }),
    field.select({
      key: 'fahrzeugarten',
      id: 'F99000000303',
      version: V,
      name: 'Fahrzeugarten',
      label: { de: 'Beförderung mit', en: 'Transport with' },
      bezug: bezug.erlaubnis,
      values: FAHRZEUGARTEN,
      cardinality: '1:5',
    }),
    group({
      key: 'antragsteller',
      id: 'G99000000301',
      version: V,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      rules: [mindestalter],
      children: [
        familienname,
        geburtsname,
        vornamen,
        doktorgrad,
        geschlecht,
        geburtsdatum,
        geburtsort,
        staatsangehoerigkeit,
        anschrift,
        kontakt,
      ],
    }),
    group({
      key: 'fahrerlaubnisKlasseB',
      id: 'G99000000302',
      version: V,
      name: 'Fahrerlaubnis der Klasse B',
      label: { de: 'Zugrunde liegende Fahrerlaubnis der Klasse B', en: 'Underlying class B licence' },
      bezug: bezug.klasseB,
      children: [
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000304',
          version: V,
          name: 'Führerscheinnummer',
          label: { de: 'Führerscheinnummer', en: 'Licence number' },
          praezisierung: { pattern: '[A-Z0-9]{11}' },
        }),
        field.date({
          key: 'erteiltAm',
          id: 'F99000000305',
          version: V,
          name: 'Klasse B erteilt am',
          label: { de: 'Klasse B erteilt am', en: 'Class B issued on' },
          bezug: bezug.klasseB,
          rules: [klasseBVorbesitz],
        }),
        field.text({
          key: 'ausstellendeBehoerde',
          id: 'F99000000306',
          version: V,
          name: 'Ausstellende Behörde',
          label: { de: 'Ausstellende Behörde', en: 'Issuing authority' },
          praezisierung: { maxLength: 120 },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'nachweise',
      id: 'G99000000303',
      version: V,
      name: 'Nachweise',
      label: { de: 'Nachweise', en: 'Evidence' },
      bezug: bezug.voraussetzungen,
      children: [
        field.date({
          key: 'fuehrungszeugnisBeantragtAm',
          id: 'F99000000307',
          version: V,
          name: 'Führungszeugnis beantragt am',
          label: {
            de: 'Führungszeugnis zur Vorlage bei einer Behörde (Belegart O) beantragt am',
            en: 'Certificate of good conduct for an authority applied for on',
          },
          bezug: bezug.fuehrungszeugnis,
          rules: [fuehrungszeugnisAktuell],
        }),
        field.file({
          key: 'aerztlichesGutachten',
          id: 'F99000000308',
          version: V,
          name: 'Ärztliches Gutachten',
          label: { de: 'Ärztliches Gutachten nach Anlage 5 FeV', en: 'Medical report (Annex 5 FeV)' },
          bezug: bezug.gutachten,
          file: { mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSize: 10_000_000 },
        }),
        field.file({
          key: 'sehtestBescheinigung',
          id: 'F99000000309',
          version: V,
          name: 'Nachweis über das Sehvermögen',
          label: {
            de: 'Nachweis über das Sehvermögen nach Anlage 6 FeV',
            en: 'Eyesight certificate (Annex 6 FeV)',
          },
          bezug: bezug.sehvermoegen,
          file: { mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSize: 10_000_000 },
        }),
        field.file({
          key: 'leistungstest',
          id: 'F99000000310',
          version: V,
          name: 'Betriebs- oder arbeitsmedizinisches Gutachten zur Leistungsfähigkeit',
          label: {
            de: 'Nachweis der Leistungsfähigkeit (ab 60 Jahren bei Verlängerung)',
            en: 'Performance test (renewal at 60 or older)',
          },
          bezug: bezug.leistung,
          file: { mediaTypes: ['application/pdf'], maxSize: 10_000_000 },
          cardinality: '0:1',
          rules: [leistungstestPflicht],
        }),
      ],
    }),
    group({
      key: 'bisherigeErlaubnis',
      id: 'G99000000304',
      version: V,
      name: 'Bisherige Fahrerlaubnis zur Fahrgastbeförderung',
      label: {
        de: 'Bisherige Fahrerlaubnis zur Fahrgastbeförderung',
        en: 'Current passenger transport licence',
      },
      bezug: bezug.verlaengerung,
      cardinality: '0:1',
      rules: [verlaengerungRelevant, verlaengerungPflicht],
      children: [
        field.text({
          key: 'nummer',
          id: 'F99000000312',
          version: V,
          name: 'Nummer der bisherigen Erlaubnis',
          label: { de: 'Nummer des Führerscheins zur Fahrgastbeförderung', en: 'Licence number' },
          praezisierung: { minLength: 1, maxLength: 30 },
        }),
        field.date({
          key: 'gueltigBis',
          id: 'F99000000313',
          version: V,
          name: 'Gültig bis',
          label: { de: 'Gültig bis', en: 'Valid until' },
          bezug: bezug.geltung,
          rules: [nochGueltig],
        }),
      ],
    }),
    group({
      key: 'erklaerungen',
      id: 'G99000000305',
      version: V,
      name: 'Erklärungen',
      label: { de: 'Erklärungen', en: 'Declarations' },
      children: [
        field.bool({
          key: 'keineStraftaten',
          id: 'F99000000314',
          version: V,
          name: 'Keine einschlägigen Straftaten',
          label: {
            de: 'Gegen mich sind keine Straf- oder Ermittlungsverfahren anhängig.',
            en: 'No criminal proceedings are pending against me.',
          },
          bezug: '§ 11 Abs. 1 FeV',
        }),
        richtigkeit,
      ],
    }),
  ],
});

/** A submission of the `personenbefoerderungsschein` form. */
export type PersonenbefoerderungsscheinAntrag = Submission<typeof personenbefoerderungsschein>;
