/**
 * A small demo form: Antrag auf einen Bewohnerparkausweis (resident parking permit).
 * It is written with the builders; `definition.json` beside it is the same form as a
 * definition file (a test keeps them equal: `npm run examples:write` regenerates it).
 */

import { defineForm, field, group } from '../../src/index.js';

const v = '1.0.0';
const bezugStvo = '§ 45 Abs. 1b Satz 1 Nr. 2a StVO';

export const demoForm = defineForm({
  id: 'S99000000001',
  version: v,
  key: 'bewohnerparkausweis',
  name: 'Antrag auf einen Bewohnerparkausweis',
  label: { de: 'Antrag auf einen Bewohnerparkausweis', en: 'Application for a resident parking permit' },
  bezug: bezugStvo,
  status: 3,
  children: [
    field.label({
      key: 'hinweis',
      id: 'F99000000001',
      version: v,
      name: 'Hinweis Datenschutz',
      content: 'Ihre Angaben werden nur zur Bearbeitung dieses Antrags verwendet.',
    }),
    group({
      key: 'antragsteller',
      id: 'G99000000001',
      version: v,
      name: 'Antragsteller',
      label: { de: 'Antragstellende Person', en: 'Applicant' },
      children: [
        field.textLatin({
          key: 'familienname',
          id: 'F99000000002',
          version: v,
          name: 'Familienname',
          label: { de: 'Familienname', en: 'Surname' },
          praezisierung: { minLength: 1, maxLength: 120 },
        }),
        field.textLatin({
          key: 'vornamen',
          id: 'F99000000003',
          version: v,
          name: 'Vornamen',
          label: { de: 'Vornamen', en: 'Given names' },
          praezisierung: { maxLength: 120 },
          cardinality: '0:1',
        }),
        field.date({
          key: 'geburtsdatum',
          id: 'F99000000004',
          version: v,
          name: 'Geburtsdatum',
          label: { de: 'Geburtsdatum', en: 'Date of birth' },
          praezisierung: { minValue: '1900-01-01' },
        }),
        field.select({
          key: 'geschlecht',
          id: 'F99000000005',
          version: v,
          name: 'Geschlecht',
          label: { de: 'Geschlecht', en: 'Sex' },
          codeList: { uri: 'urn:xoev-de:xinneres:codeliste:geschlecht', version: '1' },
          cardinality: '0:1',
        }),
        field.text({
          key: 'telefon',
          id: 'F99000000006',
          version: v,
          name: 'Telefon',
          label: { de: 'Telefonnummer', en: 'Phone number' },
          praezisierung: { pattern: '\\+?[0-9 /-]{6,20}' },
          cardinality: '0:1',
        }),
      ],
    }),
    group({
      key: 'anschrift',
      id: 'G99000000002',
      version: v,
      name: 'Anschrift',
      label: { de: 'Anschrift in der Parkzone', en: 'Address in the parking zone' },
      children: [
        field.textLatin({
          key: 'strasse',
          id: 'F99000000007',
          version: v,
          name: 'Straße',
          label: { de: 'Straße', en: 'Street' },
          praezisierung: { maxLength: 55 },
        }),
        field.text({
          key: 'hausnummer',
          id: 'F99000000008',
          version: v,
          name: 'Hausnummer',
          label: { de: 'Hausnummer', en: 'House number' },
          praezisierung: { maxLength: 9 },
        }),
        field.text({
          key: 'postleitzahl',
          id: 'F99000000009',
          version: v,
          name: 'Postleitzahl',
          label: { de: 'Postleitzahl', en: 'Postcode' },
          praezisierung: { pattern: '\\d{5}' },
        }),
        field.textLatin({
          key: 'ort',
          id: 'F99000000010',
          version: v,
          name: 'Ort',
          label: { de: 'Ort', en: 'City' },
          praezisierung: { maxLength: 44 },
        }),
      ],
    }),
    group({
      key: 'fahrzeug',
      id: 'G99000000003',
      version: v,
      name: 'Fahrzeug',
      label: { de: 'Fahrzeug', en: 'Vehicle' },
      bezug: bezugStvo,
      cardinality: '1:3',
      children: [
        field.text({
          key: 'kennzeichen',
          id: 'F99000000011',
          version: v,
          name: 'Amtliches Kennzeichen',
          label: { de: 'Amtliches Kennzeichen', en: 'Registration number' },
          praezisierung: { pattern: '[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?' },
        }),
        field.select({
          key: 'nutzung',
          id: 'F99000000012',
          version: v,
          name: 'Art der Nutzung',
          label: { de: 'Art der Nutzung', en: 'Kind of use' },
          values: [
            { code: 'halter', name: { de: 'Halterin oder Halter', en: 'Registered keeper' } },
            { code: 'dienstwagen', name: { de: 'Dienstwagen', en: 'Company car' } },
            { code: 'leihgabe', name: { de: 'Dauerhafte Überlassung', en: 'Permanent loan' } },
          ],
        }),
        field.file({
          key: 'zulassungsbescheinigung',
          id: 'F99000000013',
          version: v,
          name: 'Zulassungsbescheinigung Teil I',
          label: {
            de: 'Zulassungsbescheinigung Teil I (Scan)',
            en: 'Registration certificate part I (scan)',
          },
          file: { mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxSize: 5_000_000 },
          cardinality: '0:1',
        }),
      ],
    }),
    field.date({
      key: 'gueltigAb',
      id: 'F99000000014',
      version: v,
      name: 'Gewünschter Beginn',
      label: { de: 'Gewünschter Beginn der Gültigkeit', en: 'Requested start of validity' },
    }),
    field.int({
      key: 'laufzeitMonate',
      id: 'F99000000015',
      version: v,
      name: 'Laufzeit in Monaten',
      label: { de: 'Laufzeit in Monaten', en: 'Term in months' },
      praezisierung: { minValue: 1, maxValue: 24 },
    }),
    field.currency({
      key: 'gebuehr',
      id: 'F99000000016',
      version: v,
      name: 'Gebühr',
      label: { de: 'Gebühr in Euro', en: 'Fee in euro' },
      feldart: 'locked',
      praezisierung: { minValue: 0 },
    }),
    field.bool({
      key: 'richtigkeitBestaetigt',
      id: 'F99000000017',
      version: v,
      name: 'Richtigkeit bestätigt',
      label: {
        de: 'Ich versichere die Richtigkeit meiner Angaben.',
        en: 'I confirm my details are correct.',
      },
    }),
  ],
  codeLists: [
    {
      uri: 'urn:xoev-de:xinneres:codeliste:geschlecht',
      version: '1',
      shortName: 'Geschlecht',
      values: [
        { code: 'm', name: { de: 'männlich' } },
        { code: 'w', name: { de: 'weiblich' } },
        { code: 'd', name: { de: 'divers' } },
        { code: 'x', name: { de: 'keine Angabe' } },
      ],
    },
  ],
});
