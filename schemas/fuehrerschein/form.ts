/**
 * Antrag auf Erteilung einer Fahrerlaubnis (driver's licence application), after §§ 4–6, 9–12,
 * 19–22, 29–31 and 48a Fahrerlaubnis-Verordnung (FeV) and § 2 Straßenverkehrsgesetz (StVG).
 * What the form checks, records and leaves to the authority is listed in docs/forms.md.
 */

import { defineForm, field, group, type Submission } from '../../src/model/builders.js';
import {
  EU_EWR_LITERAL,
  GESCHLECHT_LISTE,
  STAATSANGEHOERIGKEIT,
  STAATSANGEHOERIGKEIT_LISTE,
} from '../shared/codelists.js';
import {
  anschrift,
  ausweisdokument,
  doktorgrad,
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
  augenAktuell,
  augenPflicht,
  auslandNichtDeutschland,
  auslandPflicht,
  auslandRelevant,
  begleitpersonPunkte,
  begleitpersonRegeln,
  begleitungPflicht,
  begleitungRelevant,
  bf17Klassen,
  datumNichtNachAntrag,
  entziehungPflicht,
  entziehungRelevant,
  ersteHilfeBefreiungZulaessig,
  ersteHilfePflicht,
  ersterteilungOhneBestand,
  erweiterungBrauchtBestand,
  euAngabenPflicht,
  euAngabenRelevant,
  euStaat,
  fahrberechtigungBis,
  fahrberechtigungRelevant,
  fahrschulePflicht,
  fuehrungszeugnisPflicht,
  geburtsdatumPlausibel,
  gutachtenAktuell,
  gutachtenPflicht,
  klasseADreiradRelevant,
  klassenEinmalig,
  klassenRegeln,
  leistungstestAktuell,
  leistungstestPflicht,
  linienverkehrRelevant,
  qualifikationRelevant,
  sehtestAktuell,
  sehtestPflicht,
  sperrfristAbgelaufen,
  sperrfristRelevant,
  staatengruppePasst,
  vertretungPflicht,
  vertretungRelevant,
  verzichtErklaert,
  zustimmungErteilt,
} from './rules.js';

/** Version of the form (FIM semver: 2.0.0 adds required elements and changes rules; see CHANGELOG.md). */
const VERSION = '2.0.0';

/** Element versions: 1.0.0 unchanged since form version 1.0.0, 1.1.0 texts or legal basis corrected, 2.0.0 changed. */
const V1 = '1.0.0';
const V11 = '1.1.0';
const V2 = '2.0.0';

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

const QUALIFIKATIONEN = [
  { code: 'keine', name: { de: 'Keine', en: 'None' } },
  {
    code: 'grundqualifikation',
    name: {
      de: 'Grundqualifikation nach dem Berufskraftfahrerqualifikationsgesetz (Prüfung)',
      en: 'Initial qualification (BKrFQG, examination)',
    },
  },
  {
    code: 'beschleunigteGrundqualifikation',
    name: {
      de: 'Beschleunigte Grundqualifikation nach dem Berufskraftfahrerqualifikationsgesetz',
      en: 'Accelerated initial qualification (BKrFQG)',
    },
  },
  {
    code: 'berufsausbildung',
    name: {
      de: 'Während oder nach einer Berufsausbildung zum Berufskraftfahrer, zur Fachkraft im Fahrbetrieb oder in einem vergleichbaren Ausbildungsberuf',
      en: 'During or after training as professional driver, public transport driver or a comparable occupation',
    },
  },
] as const;

const STAATENGRUPPEN = [
  {
    code: 'euEwr',
    name: { de: 'Mitgliedstaat der EU oder des EWR (§ 30 FeV)', en: 'EU or EEA state (§ 30 FeV)' },
  },
  {
    code: 'anlage11',
    name: {
      de: 'In Anlage 11 zur FeV genannter Staat (§ 31 Abs. 1 FeV)',
      en: 'State listed in Annex 11 FeV',
    },
  },
  { code: 'drittstaat', name: { de: 'Anderer Staat (§ 31 Abs. 2 FeV)', en: 'Other state (§ 31(2) FeV)' } },
] as const;

const EU_STATUS = [
  { code: 'besitzt', name: { de: 'Besitze ich', en: 'Held' } },
  { code: 'besessen', name: { de: 'Habe ich besessen', en: 'Held formerly' } },
  { code: 'beantragt', name: { de: 'Habe ich beantragt', en: 'Applied for' } },
] as const;

const ERSTE_HILFE_BEFREIUNGEN = [
  {
    code: 'heilberuf',
    name: {
      de: 'Approbation oder abgeschlossene Ausbildung in einem Heilberuf oder Gesundheitsfachberuf (z. B. Ärztin, Notfallsanitäter, Pflegefachkraft)',
      en: 'Licensed physician or completed training in a health profession',
    },
  },
  {
    code: 'sanitaetsausbildung',
    name: {
      de: 'Abgeschlossene Sanitätsausbildung (z. B. Bundeswehr, Polizei, Rettungssanitäter)',
      en: 'Completed medic training (armed forces, police, paramedic)',
    },
  },
  {
    code: 'bereitsNachgewiesen',
    name: {
      de: 'Nachweis bei einer früheren Erteilung bereits erbracht (nur bei Erweiterung und Neuerteilung)',
      en: 'Certificate given at an earlier issue (extension and re-issue only)',
    },
  },
] as const;

const bezug = {
  klassen: '§ 6 Abs. 1 FeV',
  antrag: '§ 21 Abs. 1 FeV',
  sehtest: '§ 12 Abs. 2 FeV',
  augen: '§ 12 Abs. 6 FeV in Verbindung mit Anlage 6 Nr. 2 FeV',
  ersteHilfe: '§ 19 Abs. 1 FeV',
  ersteHilfeBefreiung: '§ 19 Abs. 3 FeV',
  lichtbild: '§ 21 Abs. 3 Satz 1 Nr. 2 FeV',
  gutachten: '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 Nr. 1 FeV',
  leistung: '§ 11 Abs. 9 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
  umschreibung: '§§ 30, 31 FeV',
  bf17: '§ 48a FeV',
  neuerteilung: '§ 20 Abs. 1 FeV',
  mindestalter: '§ 10 Abs. 1 FeV',
  eu: '§ 21 Abs. 2 FeV',
  vertretung: '§ 12 Abs. 1 Nr. 1 VwVfG, § 1629 Abs. 1 BGB',
} as const;

const klasse = <const K extends string, const C extends '1:1' | '1:*'>(key: K, id: string, cardinality: C) =>
  field.select({
    key,
    id,
    version: V1,
    name: 'Fahrerlaubnisklasse',
    label: { de: 'Fahrerlaubnisklasse', en: 'Licence class' },
    bezug: bezug.klassen,
    values: FAHRERLAUBNISKLASSEN,
    cardinality,
  });

const pdfOderBild = {
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxSize: 10_000_000,
} as const;

/** Antrag auf Erteilung einer Fahrerlaubnis (FeV), with its rules. Validate with `compile(fuehrerschein).validate(data)`. */
export const fuehrerschein = defineForm({
  id: 'S99000000100',
  version: VERSION,
  key: 'fuehrerschein',
  name: 'Antrag auf Erteilung einer Fahrerlaubnis',
  label: { de: 'Antrag auf Erteilung einer Fahrerlaubnis', en: "Application for a driver's licence" },
  description: 'Antrag bei der Fahrerlaubnisbehörde nach § 21 FeV.',
  bezug: bezug.antrag,
  status: 3,
  versionNote:
    '2.0.0: Mindestalter nach der Tabelle des § 10 Abs. 1 FeV in der geltenden Fassung (AM 15) mit Antrag bis sechs Monate vorher; Berufskraftfahrer-Wege, Fahrschule, Ausweisdokument, Augenuntersuchung für C und D, Datum und Geltung ärztlicher Nachweise, Führungszeugnis für D, Erste-Hilfe-Befreiungen, Zustimmung der gesetzlichen Vertretung, Sperrfrist, EU-Fahrerlaubnis (§ 21 Abs. 2), Staatengruppe bei Umschreibung, Punkte der Begleitperson; Codelisten mitgeliefert.',
  message: { rootElement: 'fahrerlaubnis.antrag.0101', standard: 'antrag-fuehrerschein' },
  codeLists: [GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE],
  rules: [klassenEinmalig, geburtsdatumPlausibel],
  children: [
    field.label({
      key: 'hinweisDatenschutz',
      id: 'F99000000200',
      version: V1,
      name: 'Hinweis Datenschutz',
      content:
        'Ihre Daten werden zur Bearbeitung des Antrags nach § 2 StVG und der FeV verarbeitet und im Fahreignungsregister geprüft.',
    }),
    field.select({
      key: 'antragsart',
      id: 'F99000000201',
      version: V11,
      name: 'Antragsart',
      label: { de: 'Art des Antrags', en: 'Kind of application' },
      help: {
        de: 'Wer schon eine Fahrerlaubnis besitzt, beantragt eine Erweiterung (auch den Aufstieg von A2 auf A); begleitetes Fahren ab 17 ist daneben mit weiteren Klassen möglich.',
        en: 'Holders of a licence apply for an extension (also the step from A2 to A); accompanied driving from 17 may be combined with other classes.',
      },
      bezug: bezug.antrag,
      values: ANTRAGSARTEN,
      rules: [bf17Klassen],
    }),
    field.date({
      key: 'antragsdatum',
      id: 'F99000000202',
      version: V11,
      name: 'Antragsdatum',
      label: { de: 'Datum des Antrags', en: 'Date of application' },
      help: {
        de: 'Stichtag der Prüfungen. Die Mindestalter gelten für die Erteilung; der Antrag kann bis zu sechs Monate vorher gestellt werden.',
        en: 'Reference date of the checks. Minimum ages apply to the issue; the application may be made up to six months earlier.',
      },
      bezug: bezug.antrag,
    }),
    group({
      key: 'antragsteller',
      id: 'G99000000201',
      version: V2,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 FeV, § 2 Abs. 6 StVG',
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
        ausweisdokument,
      ],
    }),
    group({
      key: 'gesetzlicheVertretung',
      id: 'G99000000208',
      version: V1,
      name: 'Gesetzliche Vertretung',
      label: {
        de: 'Zustimmung der gesetzlichen Vertretung (bei Minderjährigen)',
        en: 'Consent of the legal representatives (minors)',
      },
      help: {
        de: 'Wer am Antragstag noch nicht 18 ist, braucht die Zustimmung der Sorgeberechtigten; in der Regel beider Eltern.',
        en: 'Applicants under 18 on the application date need the consent of the persons with custody, usually both parents.',
      },
      bezug: bezug.vertretung,
      cardinality: '0:2',
      rules: [vertretungRelevant, vertretungPflicht],
      children: [
        familienname,
        vornamen,
        field.bool({
          key: 'zustimmung',
          id: 'F99000000230',
          version: V1,
          name: 'Zustimmung zum Antrag',
          label: {
            de: 'Ich stimme als gesetzliche Vertretung dem Antrag zu.',
            en: 'As legal representative I consent to the application.',
          },
          bezug: bezug.vertretung,
          rules: [zustimmungErteilt],
        }),
      ],
    }),
    { ...klasse('beantragteKlassen', 'F99000000203', '1:*'), rules: klassenRegeln },
    field.bool({
      key: 'klasseADreirad',
      id: 'F99000000231',
      version: V1,
      name: 'Klasse A nur für dreirädrige Kraftfahrzeuge',
      label: {
        de: 'Klasse A nur für dreirädrige Kraftfahrzeuge mit mehr als 15 kW',
        en: 'Class A for three-wheelers over 15 kW only',
      },
      help: {
        de: 'Dann gilt das Mindestalter von 21 Jahren.',
        en: 'The minimum age is then 21.',
      },
      bezug: '§ 10 Abs. 1 lfd. Nr. 4 Buchstabe b FeV',
      cardinality: '0:1',
      rules: [klasseADreiradRelevant],
    }),
    field.select({
      key: 'berufskraftfahrerQualifikation',
      id: 'F99000000232',
      version: V1,
      name: 'Berufskraftfahrer-Qualifikation',
      label: { de: 'Qualifikation als Berufskraftfahrer', en: 'Professional driver qualification' },
      help: {
        de: 'Senkt das Mindestalter für B, BE (17), C, CE, D1, D1E (18) und D, DE (23, 21, 20 oder 18). Die Fahrerlaubnis wird bis zum allgemeinen Mindestalter mit Auflagen erteilt.',
        en: 'Lowers the minimum age for B, BE (17), C, CE, D1, D1E (18) and D, DE (23, 21, 20 or 18), with conditions until the general minimum age.',
      },
      bezug: '§ 10 Abs. 1 lfd. Nr. 5, 7, 8 und 9 FeV',
      values: QUALIFIKATIONEN,
      cardinality: '0:1',
      rules: [qualifikationRelevant],
    }),
    field.bool({
      key: 'einschraenkungLinienverkehr',
      id: 'F99000000233',
      version: V1,
      name: 'Beschränkung auf Linienverkehr bis 50 km',
      label: {
        de: 'Klassen D, DE bis zum allgemeinen Mindestalter nur für den Linienverkehr bis 50 km Linienlänge (bei Berufsausbildung auch für Fahrten ohne Fahrgäste)',
        en: 'Classes D, DE restricted to scheduled services up to 50 km (or trips without passengers in training) until the general minimum age',
      },
      bezug: '§ 10 Abs. 1 lfd. Nr. 9 Buchstabe c, e und f FeV',
      cardinality: '0:1',
      rules: [linienverkehrRelevant],
    }),
    group({
      key: 'vorhandeneFahrerlaubnis',
      id: 'G99000000202',
      version: V11,
      name: 'Vorhandene Fahrerlaubnis',
      label: { de: 'Bereits erteilte Fahrerlaubnisklassen', en: 'Classes already held' },
      help: {
        de: 'Jede Klasse mit dem Datum ihrer Erteilung; bei einer Ersterteilung leer.',
        en: 'Each class with the date it was issued; empty for a first issue.',
      },
      bezug: '§ 21 Abs. 1 FeV',
      cardinality: '0:*',
      rules: [erweiterungBrauchtBestand, ersterteilungOhneBestand],
      children: [
        klasse('klasse', 'F99000000204', '1:1'),
        field.date({
          key: 'erteiltAm',
          id: 'F99000000205',
          version: V1,
          name: 'Erteilungsdatum',
          label: { de: 'Erteilt am', en: 'Issued on' },
        }),
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000206',
          version: V1,
          name: 'Führerscheinnummer',
          label: { de: 'Führerscheinnummer', en: 'Licence number' },
          praezisierung: { pattern: '[A-Z0-9]{11}' },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'fahrschule',
      id: 'G99000000207',
      version: V1,
      name: 'Ausbildende Fahrschule',
      label: { de: 'Ausbildende Fahrschule', en: 'Driving school' },
      bezug: '§ 21 Abs. 1 Satz 3 Nr. 2 FeV',
      cardinality: '0:1',
      rules: [fahrschulePflicht],
      children: [
        field.textLatin({
          key: 'bezeichnung',
          id: 'F99000000234',
          version: V1,
          name: 'Name der Fahrschule',
          label: { de: 'Name der Fahrschule', en: 'Name of the driving school' },
          praezisierung: { minLength: 1, maxLength: 120 },
        }),
        field.textLatin({
          key: 'ort',
          id: 'F99000000235',
          version: V1,
          name: 'Ort der Fahrschule',
          label: { de: 'Ort', en: 'Town' },
          praezisierung: { minLength: 1, maxLength: 44 },
        }),
      ],
    }),
    group({
      key: 'auslaendischeFahrerlaubnis',
      id: 'G99000000203',
      version: V2,
      name: 'Ausländische Fahrerlaubnis',
      label: { de: 'Ausländische Fahrerlaubnis', en: 'Foreign licence' },
      bezug: bezug.umschreibung,
      cardinality: '0:1',
      rules: [auslandRelevant, auslandPflicht],
      children: [
        field.select({
          key: 'ausstellungsstaat',
          id: 'F99000000207',
          version: V11,
          name: 'Ausstellungsstaat',
          label: { de: 'Ausstellender Staat', en: 'Issuing state' },
          help: {
            de: 'Schlüssel nach dem Staatsangehörigkeitsverzeichnis von DESTATIS.',
            en: 'DESTATIS key.',
          },
          bezug: '§ 29 Abs. 1 FeV',
          codeList: STAATSANGEHOERIGKEIT,
          rules: [auslandNichtDeutschland],
        }),
        field.select({
          key: 'staatengruppe',
          id: 'F99000000236',
          version: V1,
          name: 'Staatengruppe des Ausstellungsstaats',
          label: { de: 'Der Ausstellungsstaat ist', en: 'The issuing state is' },
          help: {
            de: 'Bei EU- und EWR-Staaten und bei Staaten der Anlage 11 entfallen Sehtest, Erste Hilfe, ärztliche Untersuchungen und Ausbildung, wenn die Fahrerlaubnis vor dem Umzug nach Deutschland erteilt wurde; die Prüfungen richten sich nach Anlage 11.',
            en: 'For EU/EEA states and states in Annex 11, eyesight test, first aid, medical examinations and training are waived if the licence was issued before moving to Germany.',
          },
          bezug: bezug.umschreibung,
          values: STAATENGRUPPEN,
          rules: [staatengruppePasst(EU_EWR_LITERAL)],
        }),
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000208',
          version: V1,
          name: 'Nummer der ausländischen Fahrerlaubnis',
          label: { de: 'Nummer des ausländischen Führerscheins', en: 'Foreign licence number' },
          praezisierung: { minLength: 1, maxLength: 30 },
        }),
        field.date({
          key: 'erteiltAm',
          id: 'F99000000209',
          version: V11,
          name: 'Erteilungsdatum ausländische Fahrerlaubnis',
          label: { de: 'Erteilt am', en: 'Issued on' },
          bezug: '§ 29 Abs. 3 Satz 1 Nr. 2 FeV',
          rules: [
            datumNichtNachAntrag(
              'R99000000172',
              'Ausländische Fahrerlaubnis vor dem Antrag erteilt',
              '§ 31 Abs. 1 FeV',
            ),
          ],
        }),
        field.date({
          key: 'wohnsitzInlandSeit',
          id: 'F99000000210',
          version: V11,
          name: 'Ordentlicher Wohnsitz im Inland seit',
          label: { de: 'Ordentlicher Wohnsitz in Deutschland seit', en: 'Normal residence in Germany since' },
          bezug: '§ 7 Abs. 1 FeV, § 29 Abs. 1 FeV',
          rules: [datumNichtNachAntrag('R99000000173', 'Wohnsitz im Inland am Antragstag', '§ 7 Abs. 1 FeV')],
        }),
        field.date({
          key: 'fahrberechtigungBis',
          id: 'F99000000237',
          version: V1,
          name: 'Fahrberechtigung im Inland bis',
          label: {
            de: 'Die ausländische Fahrerlaubnis berechtigt zum Fahren in Deutschland bis',
            en: 'The foreign licence entitles to drive in Germany until',
          },
          help: {
            de: 'Sechs Monate nach Begründung des ordentlichen Wohnsitzes (wird berechnet). Die Umschreibung ist auch danach möglich.',
            en: 'Six months after taking normal residence (computed). Conversion remains possible afterwards.',
          },
          bezug: '§ 29 Abs. 1 Satz 4 FeV',
          feldart: 'locked',
          cardinality: '0:1',
          rules: [fahrberechtigungRelevant, fahrberechtigungBis],
        }),
      ],
    }),
    field.date({
      key: 'entziehungAm',
      id: 'F99000000211',
      version: V2,
      name: 'Datum der Entziehung',
      label: { de: 'Fahrerlaubnis entzogen oder verzichtet am', en: 'Licence withdrawn or surrendered on' },
      bezug: bezug.neuerteilung,
      cardinality: '0:1',
      rules: [
        entziehungRelevant,
        entziehungPflicht,
        datumNichtNachAntrag('R99000000142', 'Entziehung vor dem Antrag', '§ 20 Abs. 1 FeV'),
      ],
    }),
    field.date({
      key: 'sperrfristBis',
      id: 'F99000000238',
      version: V1,
      name: 'Sperrfrist bis',
      label: {
        de: 'Gerichtliche Sperrfrist für die Erteilung endet am',
        en: 'Court-ordered blocking period ends on',
      },
      help: {
        de: 'Nur angeben, wenn ein Gericht eine Sperre angeordnet hat (§ 69a StGB).',
        en: 'Only if a court ordered a blocking period.',
      },
      bezug: '§ 69a StGB, § 20 Abs. 1 FeV',
      cardinality: '0:1',
      rules: [sperrfristRelevant, sperrfristAbgelaufen],
    }),
    group({
      key: 'begleitperson',
      id: 'G99000000204',
      version: V2,
      name: 'Begleitperson',
      label: { de: 'Begleitperson beim begleiteten Fahren', en: 'Companion for accompanied driving' },
      bezug: bezug.bf17,
      cardinality: '0:10',
      rules: [begleitungRelevant, begleitungPflicht, ...begleitpersonRegeln],
      children: [
        familienname,
        vornamen,
        geburtsdatum,
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000212',
          version: V1,
          name: 'Führerscheinnummer der Begleitperson',
          label: { de: 'Führerscheinnummer', en: 'Licence number' },
          praezisierung: { minLength: 1, maxLength: 30 },
        }),
        field.date({
          key: 'klasseBSeit',
          id: 'F99000000213',
          version: V11,
          name: 'Klasse B seit',
          label: { de: 'Inhaber der Klasse B seit', en: 'Holder of class B since' },
          bezug: '§ 48a Abs. 5 Satz 1 Nr. 2 FeV',
        }),
        field.int({
          key: 'punkte',
          id: 'F99000000239',
          version: V1,
          name: 'Punkte im Fahreignungsregister',
          label: { de: 'Punkte im Fahreignungsregister', en: 'Points in the driving aptitude register' },
          help: {
            de: 'Stand bei der Beantragung; die Behörde holt eine Auskunft ein.',
            en: 'As of the application; the authority checks the register.',
          },
          bezug: '§ 48a Abs. 5 Satz 1 Nr. 3 FeV',
          praezisierung: { minValue: 0, maxValue: 8 },
          cardinality: '0:1',
          rules: [begleitpersonPunkte],
        }),
      ],
    }),
    group({
      key: 'nachweise',
      id: 'G99000000205',
      version: V2,
      name: 'Nachweise',
      label: { de: 'Nachweise', en: 'Evidence' },
      bezug: '§ 21 Abs. 3 FeV',
      children: [
        field.date({
          key: 'sehtestDatum',
          id: 'F99000000214',
          version: V2,
          name: 'Datum des Sehtests',
          label: {
            de: 'Sehtest (oder augenärztliches Zeugnis) vom',
            en: 'Eyesight test (or ophthalmologist certificate) of',
          },
          help: {
            de: 'Für AM, A1, A2, A, B, BE, L und T; bei Antragstellung nicht älter als zwei Jahre.',
            en: 'For AM, A1, A2, A, B, BE, L and T; not older than two years on the application date.',
          },
          bezug: bezug.sehtest,
          cardinality: '0:1',
          rules: [sehtestPflicht, sehtestAktuell],
        }),
        field.date({
          key: 'augenUntersuchungDatum',
          id: 'F99000000220',
          version: V1,
          name: 'Datum der Untersuchung des Sehvermögens nach Anlage 6 Nr. 2',
          label: {
            de: 'Ärztliche Untersuchung des Sehvermögens (Anlage 6 Nr. 2 FeV) vom',
            en: 'Medical eyesight examination (Annex 6 no. 2 FeV) of',
          },
          help: {
            de: 'Für C- und D-Klassen statt des Sehtests; bei Antragstellung nicht älter als zwei Jahre.',
            en: 'For C and D classes instead of the eyesight test; not older than two years.',
          },
          bezug: bezug.augen,
          cardinality: '0:1',
          rules: [augenPflicht, augenAktuell],
        }),
        field.date({
          key: 'ersteHilfeDatum',
          id: 'F99000000215',
          version: V2,
          name: 'Datum der Erste-Hilfe-Schulung',
          label: { de: 'Schulung in Erster Hilfe besucht am', en: 'First-aid training on' },
          bezug: bezug.ersteHilfe,
          cardinality: '0:1',
          rules: [ersteHilfePflicht],
        }),
        field.select({
          key: 'ersteHilfeBefreiung',
          id: 'F99000000221',
          version: V1,
          name: 'Befreiung vom Erste-Hilfe-Nachweis',
          label: {
            de: 'Kein Erste-Hilfe-Nachweis nötig, weil',
            en: 'No first-aid certificate needed because',
          },
          bezug: bezug.ersteHilfeBefreiung,
          values: ERSTE_HILFE_BEFREIUNGEN,
          cardinality: '0:1',
          rules: [ersteHilfeBefreiungZulaessig],
        }),
        field.file({
          key: 'lichtbild',
          id: 'F99000000216',
          version: V1,
          name: 'Lichtbild',
          label: { de: 'Lichtbild (biometrisch)', en: 'Photograph (biometric)' },
          bezug: bezug.lichtbild,
          file: { mediaTypes: ['image/jpeg', 'image/png'], maxSize: 10_000_000 },
        }),
        field.file({
          key: 'aerztlichesGutachten',
          id: 'F99000000217',
          version: V2,
          name: 'Ärztliche Bescheinigung',
          label: {
            de: 'Bescheinigung über die ärztliche Untersuchung nach Anlage 5 Nr. 1 FeV',
            en: 'Medical certificate (Annex 5 no. 1 FeV)',
          },
          bezug: bezug.gutachten,
          file: pdfOderBild,
          cardinality: '0:1',
          rules: [gutachtenPflicht],
        }),
        field.date({
          key: 'aerztlicheUntersuchungDatum',
          id: 'F99000000222',
          version: V1,
          name: 'Datum der ärztlichen Untersuchung',
          label: { de: 'Ärztliche Untersuchung (Anlage 5 Nr. 1 FeV) vom', en: 'Medical examination of' },
          help: { de: 'Bei Antragstellung nicht älter als ein Jahr.', en: 'Not older than one year.' },
          bezug: bezug.gutachten,
          cardinality: '0:1',
          rules: [gutachtenPflicht, gutachtenAktuell],
        }),
        field.date({
          key: 'leistungstestDatum',
          id: 'F99000000223',
          version: V1,
          name: 'Datum des Nachweises nach Anlage 5 Nr. 2',
          label: {
            de: 'Betriebs- oder arbeitsmedizinisches Gutachten (Anlage 5 Nr. 2 FeV) vom',
            en: 'Occupational health report (Annex 5 no. 2 FeV) of',
          },
          help: {
            de: 'Für D-Klassen: Belastbarkeit, Orientierung, Konzentration, Aufmerksamkeit, Reaktion; nicht älter als ein Jahr.',
            en: 'For D classes; not older than one year.',
          },
          bezug: bezug.leistung,
          cardinality: '0:1',
          rules: [leistungstestPflicht, leistungstestAktuell],
        }),
        field.date({
          key: 'fuehrungszeugnisBeantragtAm',
          id: 'F99000000224',
          version: V1,
          name: 'Führungszeugnis beantragt am',
          label: {
            de: 'Führungszeugnis zur Vorlage bei einer Behörde (Belegart O) beantragt am',
            en: 'Certificate of good conduct for an authority applied for on',
          },
          help: {
            de: 'Für D-Klassen; das Bundesamt für Justiz schickt es unmittelbar an die Behörde.',
            en: 'For D classes; sent directly to the authority.',
          },
          bezug: '§ 11 Abs. 1 Satz 4 FeV, § 30 Abs. 5 BZRG',
          cardinality: '0:1',
          rules: [fuehrungszeugnisPflicht],
        }),
      ],
    }),
    group({
      key: 'euFahrerlaubnis',
      id: 'G99000000209',
      version: V1,
      name: 'Fahrerlaubnis aus einem EU- oder EWR-Staat',
      label: {
        de: 'Fahrerlaubnis aus einem anderen EU- oder EWR-Staat',
        en: 'Licence of another EU or EEA state',
      },
      bezug: bezug.eu,
      cardinality: '0:5',
      rules: [euAngabenRelevant, euAngabenPflicht],
      children: [
        field.select({
          key: 'staat',
          id: 'F99000000225',
          version: V1,
          name: 'Staat',
          label: { de: 'Staat', en: 'State' },
          bezug: bezug.eu,
          codeList: STAATSANGEHOERIGKEIT,
          rules: [euStaat(EU_EWR_LITERAL)],
        }),
        field.select({
          key: 'status',
          id: 'F99000000226',
          version: V1,
          name: 'Besitz oder Antrag',
          label: { de: 'Diese Fahrerlaubnis', en: 'This licence' },
          bezug: bezug.eu,
          values: EU_STATUS,
        }),
        field.text({
          key: 'klassen',
          id: 'F99000000227',
          version: V1,
          name: 'Klassen',
          label: { de: 'Klassen', en: 'Classes' },
          praezisierung: { minLength: 1, maxLength: 60 },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'erklaerungen',
      id: 'G99000000206',
      version: V2,
      name: 'Erklärungen',
      label: { de: 'Erklärungen', en: 'Declarations' },
      children: [
        field.bool({
          key: 'keineEuFahrerlaubnis',
          id: 'F99000000218',
          version: V2,
          name: 'Keine Fahrerlaubnis eines EU- oder EWR-Staates',
          label: {
            de: 'Ich besitze keine Fahrerlaubnis eines anderen EU- oder EWR-Staates, habe keine besessen und keine beantragt.',
            en: 'I hold, held and applied for no licence of another EU or EEA state.',
          },
          help: {
            de: 'Wenn doch: „nein“ wählen und die Fahrerlaubnis angeben.',
            en: 'If you do: answer no and give the licence.',
          },
          bezug: '§ 21 Abs. 2 Satz 1 FeV',
        }),
        field.bool({
          key: 'verzichtEuFahrerlaubnis',
          id: 'F99000000228',
          version: V1,
          name: 'Verzicht auf EU- oder EWR-Fahrerlaubnis derselben Klasse',
          label: {
            de: 'Mit der Erteilung verzichte ich auf eine möglicherweise vorhandene Fahrerlaubnis derselben Klasse aus einem EU- oder EWR-Staat.',
            en: 'With the issue I waive any licence of the same class from an EU or EEA state.',
          },
          bezug: '§ 21 Abs. 2 Satz 3 FeV',
          rules: [verzichtErklaert],
        }),
        field.bool({
          key: 'keineEntziehungAnhaengig',
          id: 'F99000000219',
          version: V11,
          name: 'Kein Entziehungsverfahren',
          label: {
            de: 'Gegen mich ist kein Verfahren auf Entziehung einer Fahrerlaubnis anhängig.',
            en: 'No withdrawal proceedings are pending against me.',
          },
          bezug: '§ 2 Abs. 2 Satz 1 Nr. 3, Abs. 7 StVG',
        }),
        richtigkeit,
      ],
    }),
  ],
});

/** A submission of the `fuehrerschein` form. */
export type FuehrerscheinAntrag = Submission<typeof fuehrerschein>;
