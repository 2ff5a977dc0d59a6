/**
 * What XDatenfelder 2 and 3 allow inside each element: the child elements by local name, whether
 * one may repeat, whether it carries identity, and the context its own children are read in.
 * Taken from the published XSDs (`xdatenfelder-baukasten.xsd` of XDatenfelder 2.0 and 3.0.0:
 * complex types `AllgemeineAngaben`, `Schemaelementangaben`, `Stammdatenschema`,
 * `Datenfeldgruppe`, `Datenfeld`, `Regel`, `Struktur`, `Enthaelt`, `Relation`,
 * `ElementIdentifikation`, `GenericodeIdentification`/`CodelisteReferenz`, `Werteliste`, `Wert`,
 * `Header`, and the XÖV `Code` type) — the facts, not the files.
 *
 * `tolerated` marks elements the XSD does not have there but the importer reads as a fallback
 * (e.g. `fachlicherErsteller` on an XDF 3 field, read as its author): they are not unknown.
 * The check that uses this catalogue is `structure.ts`.
 */

/**
 * The contexts children are read in. `leaf` has text only (of several occurrences the first with
 * content counts); `praezisierung` has attributes (the first occurrence counts); `code` is an XÖV
 * code (`code`, `name`, unqualified).
 */
export type XdfContext =
  | 'leaf'
  | 'praezisierung'
  | 'code'
  | 'schemaMessage'
  | 'groupMessage'
  | 'fieldMessage'
  | 'header'
  | 'schema'
  | 'group'
  | 'field'
  | 'rule'
  | 'struktur'
  | 'enthaelt'
  | 'identifikation'
  | 'codelisteReferenz'
  | 'genericodeIdentification'
  | 'relation'
  | 'werte'
  | 'wert'
  | 'param';

export interface ChildSpec {
  readonly context: XdfContext;
  /** May occur more than once (`maxOccurs > 1`). */
  readonly many?: true;
  /** Identifies the element or what it refers to: repeating it is an error, not a warning. */
  readonly identity?: true;
  /** Members of one `xs:choice` of which only one may occur (`enthaelt`). */
  readonly choice?: string;
  /** Not in the XSD here, but read by the importer as a fallback. */
  readonly tolerated?: true;
}

export type ContentModel = Readonly<Record<XdfContext, Readonly<Record<string, ChildSpec>>>>;

const leaf: ChildSpec = { context: 'leaf' };
const leaves: ChildSpec = { context: 'leaf', many: true };
const code: ChildSpec = { context: 'code' };
const tolerated: ChildSpec = { context: 'leaf', tolerated: true };
const identity: ChildSpec = { context: 'leaf', identity: true };
const identifikation: ChildSpec = { context: 'identifikation', identity: true };
const rules: ChildSpec = { context: 'rule', many: true };
const strukturen: ChildSpec = { context: 'struktur', many: true };

const CODE = { code: leaf, name: leaf };
const IDENTIFIKATION = { id: identity, version: identity };
const ENTHAELT = {
  datenfeld: { context: 'field', choice: 'content' },
  datenfeldgruppe: { context: 'group', choice: 'content' },
} as const satisfies Record<string, ChildSpec>;
const GENERICODE_IDENTIFICATION = {
  canonicalIdentification: identity,
  version: identity,
  canonicalVersionUri: identity,
};

// --- XDatenfelder 2.0 ---------------------------------------------------------------------

/** XDF 2 `AllgemeineAngaben`: every schema, group, field and rule. */
const XDF2_GENERAL = {
  identifikation,
  name: leaf,
  bezeichnungEingabe: leaf,
  bezeichnungAusgabe: leaf,
  beschreibung: leaf,
  definition: leaf,
  bezug: leaf,
  status: code,
  gueltigAb: leaf,
  gueltigBis: leaf,
  fachlicherErsteller: leaf,
  versionshinweis: leaf,
  freigabedatum: leaf,
  veroeffentlichungsdatum: leaf,
} as const satisfies Record<string, ChildSpec>;

/** XDF 2 `Schemaelementangaben`: groups and fields. */
const XDF2_ELEMENT = {
  ...XDF2_GENERAL,
  schemaelementart: code,
  hilfetextEingabe: leaf,
  hilfetextAusgabe: leaf,
  // XDF 3 elements the importer reads in XDF 2 files too.
  bezeichnung: tolerated,
  relation: { context: 'relation', many: true, tolerated: true },
  stichwort: { context: 'leaf', many: true, tolerated: true },
} as const satisfies Record<string, ChildSpec>;

export const XDF2_CONTENT = {
  leaf: {},
  praezisierung: {},
  code: CODE,
  schemaMessage: { header: { context: 'header' }, stammdatenschema: { context: 'schema' } },
  groupMessage: { header: { context: 'header' }, datenfeldgruppe: { context: 'group' } },
  fieldMessage: { header: { context: 'header' }, datenfeld: { context: 'field' } },
  header: { nachrichtID: leaf, erstellungszeitpunkt: leaf, referenzID: leaf },
  schema: {
    ...XDF2_GENERAL,
    hilfetext: leaf,
    ableitungsmodifikationenStruktur: code,
    ableitungsmodifikationenRepraesentation: code,
    regel: rules,
    struktur: strukturen,
    bezeichnung: tolerated,
    hilfetextEingabe: tolerated,
    hilfetextAusgabe: tolerated,
    schemaelementart: { context: 'code', tolerated: true },
    relation: { context: 'relation', many: true, tolerated: true },
    stichwort: { context: 'leaf', many: true, tolerated: true },
  },
  group: { ...XDF2_ELEMENT, regel: rules, struktur: strukturen },
  field: {
    ...XDF2_ELEMENT,
    feldart: code,
    datentyp: code,
    praezisierung: { context: 'praezisierung' },
    inhalt: leaf,
    codelisteReferenz: { context: 'codelisteReferenz', identity: true },
    regel: rules,
    // XDF 3 field properties the importer reads in XDF 2 files too.
    vorbefuellung: { context: 'code', tolerated: true },
    werte: { context: 'werte', tolerated: true },
    codeKey: tolerated,
    nameKey: tolerated,
    helpKey: tolerated,
    maxSize: tolerated,
    mediaType: { context: 'leaf', many: true, tolerated: true },
  },
  rule: { ...XDF2_GENERAL, script: leaf, stichwort: { context: 'leaf', many: true, tolerated: true } },
  struktur: { anzahl: leaf, bezug: leaf, enthaelt: { context: 'enthaelt' } },
  enthaelt: ENTHAELT,
  identifikation: IDENTIFIKATION,
  codelisteReferenz: {
    identifikation,
    genericodeIdentification: { context: 'genericodeIdentification', identity: true },
    // XDF 3 writes these directly in codelisteReferenz; the importer reads them in both versions.
    canonicalIdentification: { ...identity, tolerated: true },
    version: { ...identity, tolerated: true },
    canonicalVersionUri: { ...identity, tolerated: true },
  },
  genericodeIdentification: GENERICODE_IDENTIFICATION,
  relation: { praedikat: code, objekt: identifikation },
  werte: { wert: { context: 'wert', many: true } },
  wert: { code: leaf, name: leaf, hilfe: leaf },
  param: {},
} as const satisfies ContentModel;

// --- XDatenfelder 3.0.0 -------------------------------------------------------------------

/** XDF 3 `AllgemeineAngaben`: every schema, group and field (rules have their own type). */
const XDF3_GENERAL = {
  identifikation,
  name: leaf,
  beschreibung: leaf,
  definition: leaf,
  bezug: leaves,
  freigabestatus: code,
  statusGesetztAm: leaf,
  statusGesetztDurch: leaf,
  gueltigAb: leaf,
  gueltigBis: leaf,
  versionshinweis: leaf,
  veroeffentlichungsdatum: leaf,
  letzteAenderung: leaf,
  relation: { context: 'relation', many: true },
  stichwort: leaves,
  fachlicherErsteller: tolerated,
} as const satisfies Record<string, ChildSpec>;

/** XDF 3 `Schemaelementangaben`: groups and fields. */
const XDF3_ELEMENT = {
  ...XDF3_GENERAL,
  bezeichnungEingabe: leaf,
  bezeichnungAusgabe: leaf,
  schemaelementart: code,
  hilfetextEingabe: leaf,
  hilfetextAusgabe: leaf,
  bezeichnung: tolerated,
} as const satisfies Record<string, ChildSpec>;

export const XDF3_CONTENT = {
  leaf: {},
  praezisierung: {},
  code: CODE,
  schemaMessage: { header: { context: 'header' }, stammdatenschema: { context: 'schema' } },
  groupMessage: { header: { context: 'header' }, datenfeldgruppe: { context: 'group' } },
  fieldMessage: { header: { context: 'header' }, datenfeld: { context: 'field' } },
  header: {
    nachrichtID: leaf,
    erstellungszeitpunkt: leaf,
    referenzID: leaf,
    produktbezeichnung: leaf,
    produkthersteller: leaf,
    produktversion: leaf,
    datenqualitaet: code,
  },
  schema: {
    ...XDF3_GENERAL,
    bezeichnung: leaf,
    hilfetext: leaf,
    ableitungsmodifikationenStruktur: code,
    ableitungsmodifikationenRepraesentation: code,
    dokumentsteckbrief: { context: 'identifikation' },
    regel: rules,
    struktur: strukturen,
    bezeichnungEingabe: tolerated,
    hilfetextEingabe: tolerated,
    schemaelementart: { context: 'code', tolerated: true },
  },
  group: { ...XDF3_ELEMENT, art: code, regel: rules, struktur: strukturen },
  field: {
    ...XDF3_ELEMENT,
    feldart: code,
    datentyp: code,
    praezisierung: { context: 'praezisierung' },
    inhalt: leaf,
    vorbefuellung: code,
    werte: { context: 'werte' },
    codelisteReferenz: { context: 'codelisteReferenz', identity: true },
    codeKey: leaf,
    nameKey: leaf,
    helpKey: leaf,
    regel: rules,
    maxSize: leaf,
    mediaType: leaves,
  },
  rule: {
    identifikation,
    name: leaf,
    beschreibung: leaf,
    freitextRegel: leaf,
    bezug: leaves,
    stichwort: leaves,
    fachlicherErsteller: leaf,
    letzteAenderung: leaf,
    typ: code,
    param: { context: 'param', many: true },
    ziel: leaves,
    skript: leaf,
    fehler: leaves,
    script: tolerated,
    freigabestatus: { context: 'code', tolerated: true },
  },
  struktur: { anzahl: leaf, bezug: leaves, enthaelt: { context: 'enthaelt' } },
  enthaelt: ENTHAELT,
  identifikation: IDENTIFIKATION,
  codelisteReferenz: {
    ...GENERICODE_IDENTIFICATION,
    // The XDF 2 form (genericodeIdentification inside) is read in both versions.
    genericodeIdentification: { context: 'genericodeIdentification', identity: true, tolerated: true },
  },
  genericodeIdentification: GENERICODE_IDENTIFICATION,
  relation: { praedikat: code, objekt: identifikation },
  werte: { wert: { context: 'wert', many: true } },
  wert: { code: leaf, name: leaf, hilfe: leaf },
  param: { typ: leaf },
} as const satisfies ContentModel;
