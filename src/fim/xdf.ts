/** Names of the XDatenfelder standard: namespaces, message roots, code lists. */

/** XDatenfelder 1 (not supported; recognised to reject it with a clear code). */
export const XDF1_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_1';
/** XDatenfelder 2. */
export const XDF2_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_2';
/** XDatenfelder 3.0.0. */
export const XDF3_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';

/** The message roots the importer reads (XDF 2 and 3 share them). */
export const SCHEMA_MESSAGE = 'xdatenfelder.stammdatenschema.0102';
export const GROUP_MESSAGE = 'xdatenfelder.datenfeldgruppe.0103';
export const FIELD_MESSAGE = 'xdatenfelder.datenfeld.0104';

/** XÖV code lists of XDF 3 codes, written as `listURI`/`listVersionID` by the exporter. */
export const XDF3_CODE_LISTS = {
  freigabestatus: { uri: 'urn:xoev-de:xprozess:codeliste:status', version: '2020-03-19' },
  schemaelementart: { uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart', version: '1.0' },
  feldart: { uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart', version: '2.0' },
  datentyp: { uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.datentyp', version: '2.0' },
  vorbefuellung: { uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung', version: '1.0' },
  regeltyp: { uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp', version: '1.0' },
  // The 3.0.0 XSD fixes this listURI (Code.Relation), unlike the other lists' xdatenfelder.* names.
  relation: { uri: 'urn:xoev-de:fim-datenfelder:codeliste:relation', version: '1.0' },
  ableitungsmodifikationenStruktur: {
    uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur',
    version: '1.0',
  },
  ableitungsmodifikationenRepraesentation: {
    uri: 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation',
    version: '1.0',
  },
} as const;
