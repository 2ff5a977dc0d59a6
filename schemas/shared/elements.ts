/**
 * Building blocks shared by the shipped forms, like FIM's harmonised elements: the same
 * (id, version) is reused wherever a form needs a name, an address or contact data.
 * Ids are in the library's own Nummernkreis 99 (sub-range 000). Each element carries its own
 * version; each form has its own version besides (`VERSION` in `schemas/<form>/form.ts`).
 */

import { field, group, rule } from '../../src/model/builders.js';
import { GESCHLECHT, STAATSANGEHOERIGKEIT } from './codelists.js';

/** Version of the shared building blocks that are unchanged since the first release. */
export const V = '1.0.0';

const BEZUG_PAUSWG = '§ 5 Abs. 2 PAuswG';

export const familienname = field.textLatin({
  key: 'familienname',
  id: 'F99000000101',
  version: V,
  name: 'Familienname',
  label: { de: 'Familienname', en: 'Surname' },
  help: {
    de: 'Wie im Personalausweis oder Pass eingetragen.',
    en: 'As shown in the identity card or passport.',
  },
  bezug: BEZUG_PAUSWG,
  praezisierung: { minLength: 1, maxLength: 120 },
});

export const geburtsname = field.textLatin({
  key: 'geburtsname',
  id: 'F99000000102',
  version: V,
  name: 'Geburtsname',
  label: { de: 'Geburtsname', en: 'Name at birth' },
  help: {
    de: 'Nur angeben, wenn er vom Familiennamen abweicht.',
    en: 'Only if it differs from the surname.',
  },
  praezisierung: { minLength: 1, maxLength: 120 },
  cardinality: '0:1',
});

export const vornamen = field.textLatin({
  key: 'vornamen',
  id: 'F99000000103',
  version: V,
  name: 'Vornamen',
  label: { de: 'Vornamen', en: 'Given names' },
  help: { de: 'Alle Vornamen, durch Leerzeichen getrennt.', en: 'All given names, separated by spaces.' },
  bezug: BEZUG_PAUSWG,
  praezisierung: { minLength: 1, maxLength: 120 },
});

export const doktorgrad = field.textLatin({
  key: 'doktorgrad',
  id: 'F99000000104',
  version: V,
  name: 'Doktorgrad',
  label: { de: 'Doktorgrad', en: 'Doctoral degree' },
  praezisierung: { maxLength: 30 },
  cardinality: '0:1',
});

export const geschlecht = field.select({
  key: 'geschlecht',
  id: 'F99000000105',
  version: V,
  name: 'Geschlecht',
  label: { de: 'Geschlecht', en: 'Sex' },
  codeList: GESCHLECHT,
});

export const geburtsdatum = field.date({
  key: 'geburtsdatum',
  id: 'F99000000106',
  version: V,
  name: 'Geburtsdatum',
  label: { de: 'Geburtsdatum', en: 'Date of birth' },
  praezisierung: { minValue: '1900-01-01' },
});

export const geburtsort = field.textLatin({
  key: 'geburtsort',
  id: 'F99000000107',
  version: V,
  name: 'Geburtsort',
  label: { de: 'Geburtsort', en: 'Place of birth' },
  praezisierung: { minLength: 1, maxLength: 120 },
});

export const staatsangehoerigkeit = field.select({
  key: 'staatsangehoerigkeit',
  id: 'F99000000108',
  version: V,
  name: 'Staatsangehörigkeit',
  label: { de: 'Staatsangehörigkeit', en: 'Nationality' },
  help: { de: 'Bei mehreren Staatsangehörigkeiten alle angeben.', en: 'Give all nationalities.' },
  codeList: STAATSANGEHOERIGKEIT,
  cardinality: '1:5',
});

export const anschrift = group({
  key: 'anschrift',
  id: 'G99000000101',
  version: V,
  name: 'Anschrift Inland',
  label: { de: 'Anschrift', en: 'Address' },
  children: [
    field.textLatin({
      key: 'strasse',
      id: 'F99000000110',
      version: V,
      name: 'Straße',
      label: { de: 'Straße', en: 'Street' },
      praezisierung: { minLength: 1, maxLength: 55 },
    }),
    field.text({
      key: 'hausnummer',
      id: 'F99000000111',
      version: V,
      name: 'Hausnummer',
      label: { de: 'Hausnummer', en: 'House number' },
      praezisierung: { minLength: 1, maxLength: 9 },
    }),
    field.textLatin({
      key: 'adresszusatz',
      id: 'F99000000112',
      version: V,
      name: 'Adresszusatz',
      label: { de: 'Adresszusatz', en: 'Address supplement' },
      praezisierung: { maxLength: 55 },
      cardinality: '0:1',
    }),
    field.text({
      key: 'postleitzahl',
      id: 'F99000000113',
      version: V,
      name: 'Postleitzahl',
      label: { de: 'Postleitzahl', en: 'Postcode' },
      praezisierung: { pattern: '\\d{5}' },
    }),
    field.textLatin({
      key: 'wohnort',
      id: 'F99000000114',
      version: V,
      name: 'Wohnort',
      label: { de: 'Wohnort', en: 'Town' },
      praezisierung: { minLength: 1, maxLength: 44 },
    }),
  ],
});

export const kontakt = group({
  key: 'kontakt',
  id: 'G99000000102',
  version: V,
  name: 'Kontakt',
  label: { de: 'Erreichbarkeit', en: 'Contact' },
  cardinality: '0:1',
  children: [
    field.text({
      key: 'telefon',
      id: 'F99000000115',
      version: V,
      name: 'Telefon',
      label: { de: 'Telefonnummer', en: 'Phone number' },
      praezisierung: { pattern: '\\+?[0-9][0-9 /()-]{4,24}' },
      cardinality: '0:1',
    }),
    field.text({
      key: 'email',
      id: 'F99000000116',
      version: V,
      name: 'E-Mail',
      label: { de: 'E-Mail-Adresse', en: 'Email address' },
      praezisierung: { maxLength: 254, pattern: '[^@\\s]+@[^@\\s]+\\.[^@\\s]+' },
      cardinality: '0:1',
    }),
  ],
});

export const richtigkeit = field.bool({
  key: 'richtigkeit',
  id: 'F99000000120',
  version: V,
  name: 'Richtigkeit der Angaben',
  label: {
    de: 'Ich versichere die Richtigkeit und Vollständigkeit meiner Angaben.',
    en: 'I confirm my details are correct and complete.',
  },
});

const AUSWEISARTEN = [
  { code: 'personalausweis', name: { de: 'Personalausweis', en: 'Identity card' } },
  { code: 'reisepass', name: { de: 'Reisepass', en: 'Passport' } },
  {
    code: 'aufenthaltstitel',
    name: {
      de: 'Elektronischer Aufenthaltstitel mit Pass oder Passersatz',
      en: 'Residence permit with passport',
    },
  },
  {
    code: 'passersatz',
    name: { de: 'Passersatz oder Ausweisersatz', en: 'Substitute passport or identity document' },
  },
] as const;

/** The identity document named in an application (§ 21 Abs. 1 Satz 3 Nr. 1 FeV: its kind). */
export const ausweisdokument = group({
  key: 'ausweisdokument',
  id: 'G99000000103',
  version: V,
  name: 'Ausweisdokument',
  label: { de: 'Ausweisdokument', en: 'Identity document' },
  help: {
    de: 'Das Dokument, mit dem Sie sich bei der Behörde ausweisen; es muss am Antragstag gültig sein.',
    en: 'The document you identify yourself with; it must be valid on the application date.',
  },
  bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 FeV',
  children: [
    field.select({
      key: 'art',
      id: 'F99000000121',
      version: V,
      name: 'Art des Ausweisdokuments',
      label: { de: 'Art des Ausweisdokuments', en: 'Kind of identity document' },
      bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 FeV',
      values: AUSWEISARTEN,
    }),
    field.text({
      key: 'nummer',
      id: 'F99000000122',
      version: V,
      name: 'Nummer des Ausweisdokuments',
      label: { de: 'Dokumentennummer', en: 'Document number' },
      praezisierung: { minLength: 1, maxLength: 30 },
      cardinality: '0:1',
    }),
    field.date({
      key: 'gueltigBis',
      id: 'F99000000123',
      version: V,
      name: 'Ausweisdokument gültig bis',
      label: { de: 'Gültig bis', en: 'Valid until' },
      rules: [
        rule({
          id: 'R99000000010',
          version: V,
          name: 'Ausweisdokument am Antragstag gültig',
          typ: 'V',
          ruleKind: 'constraint',
          expression: 'self >= antragsdatum',
          bezug: '§ 21 Abs. 1 Satz 3 Nr. 1 FeV',
          code: 'AUSWEIS_ABGELAUFEN',
          message: {
            de: 'Das Ausweisdokument muss am Antragstag gültig sein.',
            en: 'The identity document must be valid on the application date.',
          },
        }),
      ],
    }),
  ],
});
