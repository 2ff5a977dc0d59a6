/**
 * Antrag auf Erteilung einer Fahrerlaubnis (driver's licence application), after §§ 4–6, 10,
 * 21 ff., 48a Fahrerlaubnis-Verordnung (FeV).
 */

import { defineForm, field, group, type Submission } from '../../src/model/builders.js';
import { STAATSANGEHOERIGKEIT } from '../shared/codelists.js';
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

/** The classes of § 6 FeV with their names. */
export const FAHRERLAUBNISKLASSEN = [
  { code: 'AM', name: { de: 'Klasse AM (Kleinkrafträder, Mopeds)', en: 'Class AM (mopeds)' } },
  {
    code: 'A1',
    name: { de: 'Klasse A1 (Leichtkrafträder bis 125 cm³)', en: 'Class A1 (light motorcycles)' },
  },
  { code: 'A2', name: { de: 'Klasse A2 (Krafträder bis 35 kW)', en: 'Class A2 (motorcycles up to 35 kW)' } },
  { code: 'A', name: { de: 'Klasse A (Krafträder)', en: 'Class A (motorcycles)' } },
  { code: 'B', name: { de: 'Klasse B (Kraftwagen bis 3.500 kg)', en: 'Class B (cars up to 3,500 kg)' } },
  { code: 'BE', name: { de: 'Klasse BE (B mit Anhänger)', en: 'Class BE (B with trailer)' } },
  {
    code: 'C1',
    name: { de: 'Klasse C1 (Kraftwagen bis 7.500 kg)', en: 'Class C1 (vehicles up to 7,500 kg)' },
  },
  { code: 'C1E', name: { de: 'Klasse C1E (C1 mit Anhänger)', en: 'Class C1E (C1 with trailer)' } },
  { code: 'C', name: { de: 'Klasse C (Kraftwagen über 3.500 kg)', en: 'Class C (heavy goods vehicles)' } },
  { code: 'CE', name: { de: 'Klasse CE (C mit Anhänger)', en: 'Class CE (C with trailer)' } },
  { code: 'D1', name: { de: 'Klasse D1 (Kleinbusse bis 16 Fahrgastplätze)', en: 'Class D1 (minibuses)' } },
  { code: 'D1E', name: { de: 'Klasse D1E (D1 mit Anhänger)', en: 'Class D1E (D1 with trailer)' } },
  { code: 'D', name: { de: 'Klasse D (Kraftomnibusse)', en: 'Class D (buses)' } },
  { code: 'DE', name: { de: 'Klasse DE (D mit Anhänger)', en: 'Class DE (D with trailer)' } },
  {
    code: 'L',
    name: {
      de: 'Klasse L (land- und forstwirtschaftliche Zugmaschinen bis 40 km/h)',
      en: 'Class L (tractors up to 40 km/h)',
    },
  },
  {
    code: 'T',
    name: {
      de: 'Klasse T (land- und forstwirtschaftliche Zugmaschinen bis 60 km/h)',
      en: 'Class T (tractors up to 60 km/h)',
    },
  },
] as const;

const ANTRAGSARTEN = [
  { code: 'ersterteilung', name: { de: 'Ersterteilung', en: 'First issue' } },
  { code: 'erweiterung', name: { de: 'Erweiterung um weitere Klassen', en: 'Additional classes' } },
  {
    code: 'neuerteilung',
    name: { de: 'Neuerteilung nach Entziehung oder Verzicht', en: 'Re-issue after withdrawal' },
  },
  {
    code: 'umschreibung',
    name: { de: 'Umschreibung einer ausländischen Fahrerlaubnis', en: 'Conversion of a foreign licence' },
  },
  { code: 'bf17', name: { de: 'Begleitetes Fahren ab 17', en: 'Accompanied driving from 17' } },
] as const;

const bezug = {
  klassen: '§ 6 Abs. 1 FeV',
  mindestalter: '§ 10 Abs. 1 FeV',
  sehtest: '§ 12 Abs. 2 FeV',
  ersteHilfe: '§ 19 FeV',
  antrag: '§ 21 Abs. 1 FeV',
  lichtbild: '§ 21 Abs. 3 Satz 1 Nr. 2 FeV',
  gutachten: '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 FeV',
  umschreibung: '§§ 29, 30, 31 FeV',
  bf17: '§ 48a FeV',
  neuerteilung: '§ 20 FeV',
} as const;

const klasse = <const K extends string, const C extends '1:1' | '1:*'>(key: K, id: string, cardinality: C) =>
  field.select({
    key,
    id,
    version: V,
    name: 'Fahrerlaubnisklasse',
    label: { de: 'Fahrerlaubnisklasse', en: 'Licence class' },
    bezug: bezug.klassen,
    values: FAHRERLAUBNISKLASSEN,
    cardinality,
  });

export const fuehrerschein = defineForm({
  id: 'S99000000100',
  version: V,
  key: 'fuehrerschein',
  name: 'Antrag auf Erteilung einer Fahrerlaubnis',
  label: { de: 'Antrag auf Erteilung einer Fahrerlaubnis', en: "Application for a driver's licence" },
  description: 'Antrag bei der Fahrerlaubnisbehörde nach § 21 FeV.',
  bezug: bezug.antrag,
  status: 3,
  message: { rootElement: 'fahrerlaubnis.antrag.0101', standard: 'antrag-fuehrerschein' },
  children: [
    field.label({
      key: 'hinweisDatenschutz',
      id: 'F99000000200',
      version: V,
      name: 'Hinweis Datenschutz',
      content:
        'Ihre Daten werden zur Bearbeitung des Antrags nach § 2 StVG und der FeV verarbeitet und im Fahreignungsregister geprüft.',
    }),
    field.select({
      key: 'antragsart',
      id: 'F99000000201',
      version: V,
      name: 'Antragsart',
      label: { de: 'Art des Antrags', en: 'Kind of application' },
      bezug: bezug.antrag,
      values: ANTRAGSARTEN,
    }),
    field.date({
      key: 'antragsdatum',
      id: 'F99000000202',
      version: V,
      name: 'Antragsdatum',
      label: { de: 'Datum des Antrags', en: 'Date of application' },
      help: { de: 'Stichtag für die Altersprüfung.', en: 'Reference date for the age checks.' },
    }),
    group({
      key: 'antragsteller',
      id: 'G99000000201',
      version: V,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      bezug: bezug.antrag,
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
    klasse('beantragteKlassen', 'F99000000203', '1:*'),
    group({
      key: 'vorhandeneFahrerlaubnis',
      id: 'G99000000202',
      version: V,
      name: 'Vorhandene Fahrerlaubnis',
      label: { de: 'Bereits erteilte Fahrerlaubnisklassen', en: 'Classes already held' },
      cardinality: '0:*',
      children: [
        klasse('klasse', 'F99000000204', '1:1'),
        field.date({
          key: 'erteiltAm',
          id: 'F99000000205',
          version: V,
          name: 'Erteilungsdatum',
          label: { de: 'Erteilt am', en: 'Issued on' },
        }),
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000206',
          version: V,
          name: 'Führerscheinnummer',
          label: { de: 'Führerscheinnummer', en: 'Licence number' },
          praezisierung: { pattern: '[A-Z0-9]{11}' },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'auslaendischeFahrerlaubnis',
      id: 'G99000000203',
      version: V,
      name: 'Ausländische Fahrerlaubnis',
      label: { de: 'Ausländische Fahrerlaubnis', en: 'Foreign licence' },
      bezug: bezug.umschreibung,
      cardinality: '0:1',
      children: [
        field.select({
          key: 'ausstellungsstaat',
          id: 'F99000000207',
          version: V,
          name: 'Ausstellungsstaat',
          label: { de: 'Ausstellender Staat', en: 'Issuing state' },
          help: {
            de: 'Schlüssel nach dem Staatsangehörigkeitsverzeichnis von DESTATIS.',
            en: 'DESTATIS key.',
          },
          codeList: STAATSANGEHOERIGKEIT,
        }),
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000208',
          version: V,
          name: 'Nummer der ausländischen Fahrerlaubnis',
          label: { de: 'Nummer des ausländischen Führerscheins', en: 'Foreign licence number' },
          praezisierung: { minLength: 1, maxLength: 30 },
        }),
        field.date({
          key: 'erteiltAm',
          id: 'F99000000209',
          version: V,
          name: 'Erteilungsdatum ausländische Fahrerlaubnis',
          label: { de: 'Erteilt am', en: 'Issued on' },
        }),
        field.date({
          key: 'wohnsitzInlandSeit',
          id: 'F99000000210',
          version: V,
          name: 'Ordentlicher Wohnsitz im Inland seit',
          label: { de: 'Ordentlicher Wohnsitz in Deutschland seit', en: 'Normal residence in Germany since' },
          bezug: '§ 29 Abs. 1 FeV',
        }),
      ],
    }),
    field.date({
      key: 'entziehungAm',
      id: 'F99000000211',
      version: V,
      name: 'Datum der Entziehung',
      label: { de: 'Fahrerlaubnis entzogen oder verzichtet am', en: 'Licence withdrawn or surrendered on' },
      bezug: bezug.neuerteilung,
      cardinality: '0:1',
    }),
    group({
      key: 'begleitperson',
      id: 'G99000000204',
      version: V,
      name: 'Begleitperson',
      label: { de: 'Begleitperson beim begleiteten Fahren', en: 'Companion for accompanied driving' },
      bezug: bezug.bf17,
      cardinality: '0:10',
      children: [
        familienname,
        vornamen,
        geburtsdatum,
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000212',
          version: V,
          name: 'Führerscheinnummer der Begleitperson',
          label: { de: 'Führerscheinnummer', en: 'Licence number' },
          praezisierung: { minLength: 1, maxLength: 30 },
        }),
        field.date({
          key: 'klasseBSeit',
          id: 'F99000000213',
          version: V,
          name: 'Klasse B seit',
          label: { de: 'Inhaber der Klasse B seit', en: 'Holder of class B since' },
          bezug: '§ 48a Abs. 5 FeV',
        }),
      ],
    }),
    group({
      key: 'nachweise',
      id: 'G99000000205',
      version: V,
      name: 'Nachweise',
      label: { de: 'Nachweise', en: 'Evidence' },
      children: [
        field.date({
          key: 'sehtestDatum',
          id: 'F99000000214',
          version: V,
          name: 'Datum des Sehtests',
          label: { de: 'Sehtest durchgeführt am', en: 'Eyesight test on' },
          bezug: bezug.sehtest,
        }),
        field.date({
          key: 'ersteHilfeDatum',
          id: 'F99000000215',
          version: V,
          name: 'Datum der Erste-Hilfe-Schulung',
          label: { de: 'Erste-Hilfe-Schulung besucht am', en: 'First-aid training on' },
          bezug: bezug.ersteHilfe,
          cardinality: '0:1',
        }),
        field.file({
          key: 'lichtbild',
          id: 'F99000000216',
          version: V,
          name: 'Lichtbild',
          label: { de: 'Lichtbild (biometrisch)', en: 'Photograph (biometric)' },
          bezug: bezug.lichtbild,
          file: { mediaTypes: ['image/jpeg', 'image/png'], maxSize: 10_000_000 },
        }),
        field.file({
          key: 'aerztlichesGutachten',
          id: 'F99000000217',
          version: V,
          name: 'Ärztliches Gutachten',
          label: { de: 'Ärztliches Gutachten nach Anlage 5 FeV', en: 'Medical report (Annex 5 FeV)' },
          bezug: bezug.gutachten,
          file: { mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSize: 10_000_000 },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'erklaerungen',
      id: 'G99000000206',
      version: V,
      name: 'Erklärungen',
      label: { de: 'Erklärungen', en: 'Declarations' },
      children: [
        field.bool({
          key: 'keineEuFahrerlaubnis',
          id: 'F99000000218',
          version: V,
          name: 'Keine Fahrerlaubnis eines EU- oder EWR-Staates',
          label: {
            de: 'Ich besitze keine Fahrerlaubnis eines anderen EU- oder EWR-Staates.',
            en: 'I hold no licence of another EU or EEA state.',
          },
          bezug: '§ 21 Abs. 3 Satz 1 Nr. 5 FeV',
        }),
        field.bool({
          key: 'keineEntziehungAnhaengig',
          id: 'F99000000219',
          version: V,
          name: 'Kein Entziehungsverfahren',
          label: {
            de: 'Gegen mich ist kein Verfahren auf Entziehung einer Fahrerlaubnis anhängig.',
            en: 'No withdrawal proceedings are pending against me.',
          },
          bezug: '§ 21 Abs. 2 FeV',
        }),
        richtigkeit,
      ],
    }),
  ],
});

/** A submission of the `fuehrerschein` form. */
export type FuehrerscheinAntrag = Submission<typeof fuehrerschein>;
