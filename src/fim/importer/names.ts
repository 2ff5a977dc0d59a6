/**
 * The element names the XDF importer reads, one table per XDatenfelder version (`names-xdf2.ts`,
 * `names-xdf3.ts`): what differs between the versions is in the tables, the stages that read
 * (`metadata.ts`, `rules.ts`, `fields.ts`, `structure.ts`) hold no element name of their own.
 * Adding an XDF version is adding a table (and its tests in `names.test.ts`).
 *
 * A role is a list of candidate names: the stage reads the first that has content (a fallback
 * for files that use another version's name); an empty list means the version has no such
 * element. Each section lists the children of one content-model context (`SECTION_CONTEXTS`),
 * so the tests can check every name against the XSD facts of `content-model.ts`.
 */

import type { XdfContext } from '../content-model.js';

/** Candidate element names of one role, in the order they are tried. */
export type Names = readonly string[];

export interface XdfNames {
  readonly xdfVersion: 2 | 3;
  readonly namespace: string;
  /** The version given to an element without one (XDF 2 versions have two parts, XDF 3 three). */
  readonly defaultVersion: string;
  /** `bezug`: the first text (single in XDF 2) or every text joined by line breaks (repeatable in XDF 3). */
  readonly bezug: 'first' | 'joined';
  /** The code list of the release status: XDF 2 `status` words or XDF 3 `freigabestatus` numbers. */
  readonly statusCodes: 'xdf2' | 'xdf3';
  /** Text content of `praezisierung`: a JSON object of the constraints (XDF 2), or only a fallback to the attributes (XDF 3). */
  readonly praezisierungText: 'json' | 'fallback';

  /** Children of the message roots. */
  readonly message: {
    readonly header: Names;
    readonly schema: Names;
    readonly group: Names;
    readonly field: Names;
  };
  readonly header: { readonly messageId: Names; readonly createdAt: Names };
  /** `AllgemeineAngaben`, read for schemas, groups and fields alike. */
  readonly general: {
    readonly identification: Names;
    readonly name: Names;
    readonly description: Names;
    readonly definition: Names;
    readonly bezug: Names;
    readonly status: Names;
    readonly statusDate: Names;
    readonly publicationDate: Names;
    readonly validFrom: Names;
    readonly validUntil: Names;
    readonly schemaelementart: Names;
    readonly author: Names;
    readonly versionNote: Names;
    readonly relation: Names;
    /** `stichwort`: the antrag extension is one of them. */
    readonly keyword: Names;
  };
  /** The schema's texts (empty: the version has none there; the antrag extension may carry them). */
  readonly schema: {
    readonly label: Names;
    readonly outputLabel: Names;
    readonly help: Names;
    readonly outputHelp: Names;
    readonly rule: Names;
    readonly structure: Names;
    /** `ableitungsmodifikationenStruktur` / `…Repraesentation`: what a derived schema may modify. */
    readonly ableitungStruktur: Names;
    readonly ableitungRepraesentation: Names;
    /** XDF 3 `dokumentsteckbrief` (an identification). */
    readonly dokumentsteckbrief: Names;
  };
  /** The texts of groups and fields (`Schemaelementangaben`). */
  readonly element: {
    readonly label: Names;
    readonly outputLabel: Names;
    readonly help: Names;
    readonly outputHelp: Names;
  };
  readonly group: { readonly rule: Names; readonly structure: Names };
  readonly field: {
    readonly feldart: Names;
    readonly datentyp: Names;
    readonly praezisierung: Names;
    readonly content: Names;
    readonly prefill: Names;
    readonly values: Names;
    readonly codeList: Names;
    readonly codeKey: Names;
    readonly nameKey: Names;
    readonly helpKey: Names;
    readonly maxSize: Names;
    readonly mediaType: Names;
    readonly rule: Names;
  };
  readonly rule: {
    readonly identification: Names;
    readonly name: Names;
    readonly description: Names;
    readonly freitext: Names;
    readonly bezug: Names;
    readonly author: Names;
    readonly status: Names;
    readonly validFrom: Names;
    readonly validUntil: Names;
    readonly typ: Names;
    readonly script: Names;
    readonly keyword: Names;
  };
  readonly identification: { readonly id: Names; readonly version: Names };
  readonly structure: { readonly count: Names; readonly bezug: Names; readonly contains: Names };
  readonly contains: { readonly field: Names; readonly group: Names };
  /** `codelisteReferenz`: the genericode identification inside (XDF 2) or its parts directly (XDF 3). */
  readonly codeList: {
    readonly genericode: Names;
    readonly uri: Names;
    readonly version: Names;
    readonly versionUri: Names;
  };
  readonly genericode: { readonly uri: Names; readonly version: Names; readonly versionUri: Names };
  readonly relation: { readonly predicate: Names; readonly object: Names };
  readonly values: { readonly value: Names };
  readonly value: { readonly code: Names; readonly name: Names; readonly help: Names };
  /** An XÖV code's `code` (read in any namespace). */
  readonly code: { readonly code: Names };
  /**
   * Elements of the version's XSD that the importer does not read (docs/fim.md, "not held"), by
   * the context they stand in: with the sections, every element of the XSD is accounted for.
   */
  readonly unread: Readonly<Partial<Record<XdfContext, Names>>>;
}

/** The sections of a table that hold names, and the content-model contexts whose children they name. */
export const SECTION_CONTEXTS = {
  message: ['schemaMessage', 'groupMessage', 'fieldMessage'],
  header: ['header'],
  general: ['schema', 'group', 'field'],
  schema: ['schema'],
  element: ['group', 'field'],
  group: ['group'],
  field: ['field'],
  rule: ['rule'],
  identification: ['identifikation'],
  structure: ['struktur'],
  contains: ['enthaelt'],
  codeList: ['codelisteReferenz'],
  genericode: ['genericodeIdentification'],
  relation: ['relation'],
  values: ['werte'],
  value: ['wert'],
  code: ['code'],
} as const satisfies { readonly [S in keyof XdfNames]?: readonly XdfContext[] };

export type Section = keyof typeof SECTION_CONTEXTS;
