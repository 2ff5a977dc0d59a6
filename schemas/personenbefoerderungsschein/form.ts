/**
 * Antrag auf Erteilung oder Verlängerung der Fahrerlaubnis zur Fahrgastbeförderung
 * (Personenbeförderungsschein), after § 48 Fahrerlaubnis-Verordnung (FeV) with Anlage 5 and 6.
 * What the form checks, records and leaves to the authority is listed in docs/forms.md.
 */

import { defineForm, field, group, type Submission } from '../../src/model/builders.js';
import { GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE } from '../shared/codelists.js';
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
  auskunftBeantragt,
  auskunftPflicht,
  ersteHilfePflicht,
  ersteHilfeRelevant,
  fachkundeRelevant,
  fahrzeugartenEinmalig,
  fruehererBesitzFolge,
  geltungsdauer,
  gutachtenAktuell,
  klasseBVorbesitz,
  leistungstestAb60,
  leistungstestAktuell,
  leistungstestErteilung,
  mindestalter,
  nochGueltig,
  verlaengerungPflicht,
  verlaengerungRelevant,
  verlaengerungUmfang,
} from './rules.js';

/** Version of the form (FIM semver: 2.0.0 adds required elements and changes rules; see CHANGELOG.md). */
const VERSION = '2.0.0';

/** Element versions: 1.0.0 unchanged since form version 1.0.0, 1.1.0 texts or legal basis corrected, 2.0.0 changed. */
const V1 = '1.0.0';
const V11 = '1.1.0';
const V2 = '2.0.0';

const bezug = {
  erlaubnis: '§ 48 Abs. 1 FeV',
  voraussetzungen: '§ 48 Abs. 4 FeV',
  klasseB: '§ 48 Abs. 4 Nr. 5 FeV',
  gewaehr: '§ 48 Abs. 4 Nr. 2a FeV',
  fuehrungszeugnis: '§ 48 Abs. 4 Nr. 2a FeV in Verbindung mit § 30 Abs. 5 BZRG',
  gutachten: '§ 48 Abs. 4 Nr. 3 FeV in Verbindung mit Anlage 5 Nr. 1 FeV',
  sehvermoegen: '§ 48 Abs. 4 Nr. 4 FeV in Verbindung mit § 12 Abs. 6 und Anlage 6 Nr. 2 FeV',
  leistung: '§ 48 Abs. 4 Nr. 3, Abs. 6 Satz 2 FeV in Verbindung mit Anlage 5 Nr. 2 FeV',
  ersteHilfe: '§ 48 Abs. 4 Nr. 6 FeV',
  fachkunde: '§ 48 Abs. 4 Nr. 7 FeV',
  verlaengerung: '§ 48 Abs. 5 Satz 2 FeV',
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

const ERSTE_HILFE_BEFREIUNGEN = [
  {
    code: 'heilberuf',
    name: {
      de: 'Approbation oder abgeschlossene Ausbildung in einem Heilberuf oder Gesundheitsfachberuf (z. B. Notfallsanitäter)',
      en: 'Licensed physician or completed training in a health profession',
    },
  },
  {
    code: 'sanitaetsausbildung',
    name: {
      de: 'Abgeschlossene Sanitätsausbildung (z. B. Bundeswehr, Polizei, Rettungssanitäter)',
      en: 'Completed medic training',
    },
  },
] as const;

const pdfOderBild = {
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxSize: 10_000_000,
} as const;

/** Antrag auf Fahrerlaubnis zur Fahrgastbeförderung (§ 48 FeV), with its rules. */
export const personenbefoerderungsschein = defineForm({
  id: 'S99000000300',
  version: VERSION,
  key: 'personenbefoerderungsschein',
  name: 'Antrag auf Fahrerlaubnis zur Fahrgastbeförderung',
  label: {
    de: 'Antrag auf Erteilung oder Verlängerung der Fahrerlaubnis zur Fahrgastbeförderung',
    en: 'Application for a passenger transport licence',
  },
  bezug: bezug.erlaubnis,
  status: 3,
  versionNote:
    '2.0.0: Mindestalter je Fahrzeugart, Klasse B auch innerhalb der letzten fünf Jahre (§ 48 Abs. 4 Nr. 5), Leistungsnachweis bei jeder Erteilung und bei Verlängerung über das 60. Lebensjahr hinaus (§ 48 Abs. 6 Satz 2), Geltungsdauer der Verlängerung, Datum und Geltung der Nachweise, Erste Hilfe für Krankenkraftwagen, Auskunft aus dem Fahreignungsregister, Ausweisdokument; Codelisten mitgeliefert.',
  message: {
    rootElement: 'fahrgastbefoerderung.antrag.0301',
    standard: 'antrag-personenbefoerderungsschein',
  },
  codeLists: [GESCHLECHT_LISTE, STAATSANGEHOERIGKEIT_LISTE],
  rules: [fahrzeugartenEinmalig],
  children: [
    field.select({
      key: 'antragsart',
      id: 'F99000000301',
      version: V11,
      name: 'Antragsart',
      label: { de: 'Art des Antrags', en: 'Kind of application' },
      help: {
        de: 'Eine Verlängerung setzt eine noch gültige Erlaubnis voraus und gilt für die bisher erlaubten Fahrzeugarten.',
        en: 'A renewal requires a permit still valid and covers the kinds of vehicle permitted so far.',
      },
      bezug: '§ 48 Abs. 4, Abs. 5 FeV',
      values: ANTRAGSARTEN,
    }),
    field.date({
      key: 'antragsdatum',
      id: 'F99000000302',
      version: V11,
      name: 'Antragsdatum',
      label: { de: 'Datum des Antrags', en: 'Date of application' },
      help: { de: 'Stichtag der Altersprüfung und der Nachweise.', en: 'Reference date of the checks.' },
      bezug: '§ 48 Abs. 6 Satz 1 FeV in Verbindung mit § 21 FeV',
    }),
    field.select({
      key: 'fahrzeugarten',
      id: 'F99000000303',
      version: V2,
      name: 'Fahrzeugarten',
      label: { de: 'Beförderung mit', en: 'Transport with' },
      bezug: bezug.erlaubnis,
      values: FAHRZEUGARTEN,
      cardinality: '1:5',
      rules: [mindestalter, verlaengerungUmfang],
    }),
    group({
      key: 'antragsteller',
      id: 'G99000000301',
      version: V2,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      bezug: '§ 48 Abs. 6 Satz 1 FeV in Verbindung mit § 21 Abs. 1 FeV',
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
      key: 'fahrerlaubnisKlasseB',
      id: 'G99000000302',
      version: V2,
      name: 'Fahrerlaubnis der Klasse B',
      label: { de: 'Zugrunde liegende Fahrerlaubnis der Klasse B', en: 'Underlying class B licence' },
      help: {
        de: 'Eine EU- oder EWR-Fahrerlaubnis der Klasse B oder eine entsprechende Fahrerlaubnis eines Staates der Anlage 11 zur FeV.',
        en: 'An EU or EEA class B licence or a corresponding licence of a state in Annex 11 FeV.',
      },
      bezug: '§ 48 Abs. 4 Nr. 1 und 5 FeV',
      children: [
        field.text({
          key: 'fuehrerscheinnummer',
          id: 'F99000000304',
          version: V1,
          name: 'Führerscheinnummer',
          label: { de: 'Führerscheinnummer', en: 'Licence number' },
          praezisierung: { pattern: '[A-Z0-9]{11}' },
        }),
        field.date({
          key: 'erteiltAm',
          id: 'F99000000305',
          version: V2,
          name: 'Klasse B erteilt am',
          label: { de: 'Klasse B besessen seit', en: 'Class B held since' },
          help: {
            de: 'Erteilungsdatum der jetzigen Klasse B; die zwei Jahre (ein Jahr) enden mit dem Jahrestag.',
            en: 'Issue date of the current class B; the two years (one year) end with the anniversary.',
          },
          bezug: bezug.klasseB,
          rules: [klasseBVorbesitz],
        }),
        group({
          key: 'fruehererBesitz',
          id: 'G99000000306',
          version: V1,
          name: 'Früherer Besitz der Klasse B',
          label: {
            de: 'Früher besessene Klasse B (wenn die jetzige jünger ist)',
            en: 'Class B held formerly (if the current one is more recent)',
          },
          help: {
            de: 'Zählt, wenn sie innerhalb der letzten fünf Jahre lange genug bestand, etwa vor einer Entziehung.',
            en: 'Counts if held long enough within the last five years, e.g. before a withdrawal.',
          },
          bezug: bezug.klasseB,
          cardinality: '0:1',
          children: [
            field.date({
              key: 'von',
              id: 'F99000000315',
              version: V1,
              name: 'Früherer Besitz seit',
              label: { de: 'Erteilt am', en: 'Issued on' },
            }),
            field.date({
              key: 'bis',
              id: 'F99000000316',
              version: V1,
              name: 'Früherer Besitz bis',
              label: { de: 'Besessen bis', en: 'Held until' },
              rules: [fruehererBesitzFolge],
            }),
          ],
        }),
        field.text({
          key: 'ausstellendeBehoerde',
          id: 'F99000000306',
          version: V1,
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
      version: V2,
      name: 'Nachweise',
      label: { de: 'Nachweise', en: 'Evidence' },
      bezug: bezug.voraussetzungen,
      children: [
        field.date({
          key: 'fuehrungszeugnisBeantragtAm',
          id: 'F99000000307',
          version: V2,
          name: 'Führungszeugnis beantragt am',
          label: {
            de: 'Führungszeugnis zur Vorlage bei einer Behörde (Belegart O) beantragt am',
            en: 'Certificate of good conduct for an authority applied for on',
          },
          help: {
            de: 'Das Bundesamt für Justiz schickt es unmittelbar an die Fahrerlaubnisbehörde.',
            en: 'It is sent directly to the licensing authority.',
          },
          bezug: bezug.fuehrungszeugnis,
        }),
        field.bool({
          key: 'auskunftFahreignungsregister',
          id: 'F99000000317',
          version: V1,
          name: 'Auskunft aus dem Fahreignungsregister',
          label: {
            de: 'Die Behörde holt auf meine Kosten eine aktuelle Auskunft aus dem Fahreignungsregister ein.',
            en: 'The authority obtains a current extract of the driving aptitude register at my cost.',
          },
          bezug: bezug.gewaehr,
          cardinality: '0:1',
          rules: [auskunftPflicht, auskunftBeantragt],
        }),
        field.file({
          key: 'aerztlichesGutachten',
          id: 'F99000000308',
          version: V11,
          name: 'Ärztliche Bescheinigung',
          label: {
            de: 'Bescheinigung über die ärztliche Untersuchung nach Anlage 5 Nr. 1 FeV',
            en: 'Medical certificate (Annex 5 no. 1 FeV)',
          },
          bezug: bezug.gutachten,
          file: pdfOderBild,
        }),
        field.date({
          key: 'aerztlicheUntersuchungDatum',
          id: 'F99000000318',
          version: V1,
          name: 'Datum der ärztlichen Untersuchung',
          label: { de: 'Ärztliche Untersuchung vom', en: 'Medical examination of' },
          help: { de: 'Bei Antragstellung nicht älter als ein Jahr.', en: 'Not older than one year.' },
          bezug: bezug.gutachten,
          rules: [gutachtenAktuell],
        }),
        field.file({
          key: 'sehtestBescheinigung',
          id: 'F99000000309',
          version: V11,
          name: 'Nachweis über das Sehvermögen',
          label: {
            de: 'Bescheinigung oder Zeugnis über das Sehvermögen nach Anlage 6 Nr. 2 FeV',
            en: 'Eyesight certificate (Annex 6 no. 2 FeV)',
          },
          bezug: bezug.sehvermoegen,
          file: pdfOderBild,
        }),
        field.date({
          key: 'augenUntersuchungDatum',
          id: 'F99000000319',
          version: V1,
          name: 'Datum der Untersuchung des Sehvermögens',
          label: { de: 'Untersuchung des Sehvermögens vom', en: 'Eyesight examination of' },
          help: { de: 'Bei Antragstellung nicht älter als zwei Jahre.', en: 'Not older than two years.' },
          bezug: '§ 12 Abs. 7 FeV',
          rules: [augenAktuell],
        }),
        field.file({
          key: 'leistungstest',
          id: 'F99000000310',
          version: V2,
          name: 'Betriebs- oder arbeitsmedizinisches Gutachten zur Leistungsfähigkeit',
          label: {
            de: 'Nachweis der besonderen Anforderungen nach Anlage 5 Nr. 2 FeV (bei jeder Erteilung; bei Verlängerung über das 60. Lebensjahr hinaus)',
            en: 'Performance test (Annex 5 no. 2 FeV; every first issue, renewals beyond the age of 60)',
          },
          bezug: bezug.leistung,
          file: { mediaTypes: ['application/pdf'], maxSize: 10_000_000 },
          cardinality: '0:1',
          rules: [leistungstestErteilung, leistungstestAb60],
        }),
        field.date({
          key: 'leistungstestDatum',
          id: 'F99000000320',
          version: V1,
          name: 'Datum des Nachweises nach Anlage 5 Nr. 2',
          label: { de: 'Nachweis der besonderen Anforderungen vom', en: 'Performance test of' },
          help: { de: 'Bei Antragstellung nicht älter als ein Jahr.', en: 'Not older than one year.' },
          bezug: bezug.leistung,
          cardinality: '0:1',
          rules: [leistungstestErteilung, leistungstestAb60, leistungstestAktuell],
        }),
        field.date({
          key: 'ersteHilfeDatum',
          id: 'F99000000321',
          version: V1,
          name: 'Datum der Erste-Hilfe-Schulung',
          label: { de: 'Schulung in Erster Hilfe besucht am', en: 'First-aid training on' },
          bezug: bezug.ersteHilfe,
          cardinality: '0:1',
          rules: [ersteHilfeRelevant, ersteHilfePflicht],
        }),
        field.select({
          key: 'ersteHilfeBefreiung',
          id: 'F99000000322',
          version: V1,
          name: 'Befreiung vom Erste-Hilfe-Nachweis',
          label: {
            de: 'Kein Erste-Hilfe-Nachweis nötig, weil',
            en: 'No first-aid certificate needed because',
          },
          bezug: '§ 19 Abs. 3 FeV',
          values: ERSTE_HILFE_BEFREIUNGEN,
          cardinality: '0:1',
          rules: [ersteHilfeRelevant],
        }),
        field.date({
          key: 'fachkundeNachweisDatum',
          id: 'F99000000323',
          version: V1,
          name: 'Nachweis der Fachkunde vom',
          label: { de: 'Nachweis der Fachkunde vom', en: 'Proof of expertise of' },
          help: {
            de: 'Für Taxen, Mietwagen und gebündelten Bedarfsverkehr, soweit das Land den Nachweis schon verlangt.',
            en: 'For taxis, hire cars and pooled services, where the Land already requires it.',
          },
          bezug: bezug.fachkunde,
          cardinality: '0:1',
          rules: [fachkundeRelevant],
        }),
      ],
    }),
    group({
      key: 'bisherigeErlaubnis',
      id: 'G99000000304',
      version: V2,
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
          version: V1,
          name: 'Nummer der bisherigen Erlaubnis',
          label: { de: 'Nummer des Führerscheins zur Fahrgastbeförderung', en: 'Licence number' },
          praezisierung: { minLength: 1, maxLength: 30 },
        }),
        field.select({
          key: 'fahrzeugarten',
          id: 'F99000000324',
          version: V1,
          name: 'Bisher erlaubte Fahrzeugarten',
          label: { de: 'Bisher erlaubt für', en: 'Permitted so far for' },
          bezug: bezug.verlaengerung,
          values: FAHRZEUGARTEN,
          cardinality: '1:5',
        }),
        field.date({
          key: 'gueltigBis',
          id: 'F99000000313',
          version: V11,
          name: 'Gültig bis',
          label: { de: 'Gültig bis', en: 'Valid until' },
          bezug: bezug.verlaengerung,
          rules: [nochGueltig],
        }),
        field.date({
          key: 'verlaengerungBis',
          id: 'F99000000325',
          version: V1,
          name: 'Verlängerung beantragt bis',
          label: { de: 'Verlängerung beantragt bis', en: 'Renewal requested until' },
          help: {
            de: 'Höchstens fünf Jahre nach dem bisherigen Ende; ohne Angabe fünf Jahre. Reicht die Verlängerung über das 60. Lebensjahr hinaus, ist der Nachweis nach Anlage 5 Nr. 2 nötig.',
            en: 'At most five years after the current end; five years if left empty. Beyond the age of 60 the performance test is needed.',
          },
          bezug: bezug.verlaengerung,
          cardinality: '0:1',
          rules: [geltungsdauer],
        }),
      ],
    }),
    group({
      key: 'erklaerungen',
      id: 'G99000000305',
      version: V11,
      name: 'Erklärungen',
      label: { de: 'Erklärungen', en: 'Declarations' },
      children: [
        field.bool({
          key: 'keineStraftaten',
          id: 'F99000000314',
          version: V11,
          name: 'Keine einschlägigen Straftaten',
          label: {
            de: 'Gegen mich sind keine Straf- oder Ermittlungsverfahren anhängig.',
            en: 'No criminal proceedings are pending against me.',
          },
          bezug: bezug.gewaehr,
        }),
        richtigkeit,
      ],
    }),
  ],
});

/** A submission of the `personenbefoerderungsschein` form. */
export type PersonenbefoerderungsscheinAntrag = Submission<typeof personenbefoerderungsschein>;
