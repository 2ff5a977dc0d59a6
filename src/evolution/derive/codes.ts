/**
 * Stable codes of the findings of a derivation (`deriveForm`): a modification that widens what
 * the parent schema allows, that the parent's `ableitungsmodifikationen` do not permit, or that
 * names what is not there. Listed in docs/report.md.
 */

import type { Catalogue, CodeParams } from '../../issues/catalogue.js';

/** The catalogue of derivation codes with severity and message templates (see docs/report.md). */
export const DERIVE_CODES = {
  DERIVE_SCHEMA: {
    severity: 'error',
    de: 'Die Ableitung entspricht nicht dem Ableitungsformat (an der angegebenen Stelle).',
    en: 'The derivation does not match the derivation format: {detail}',
  },
  DERIVE_WRONG_PARENT: {
    severity: 'error',
    de: 'Die Ableitung bezieht sich auf {id} Version {version}, das Elternschema ist {parentId} Version {parentVersion}.',
    en: 'The derivation names {id} version {version} as its parent, but the parent schema is {parentId} version {parentVersion}.',
  },
  DERIVE_NOT_OWN_ID: {
    severity: 'error',
    de: 'Das abgeleitete Schema braucht eine eigene ID; {id} ist die ID des Elternschemas.',
    en: 'The derived schema needs an id of its own; {id} is the id of the parent schema.',
  },
  DERIVE_PATH_NOT_FOUND: {
    severity: 'error',
    de: 'Das Element „{target}“ gibt es im Schema (nach den vorangehenden Änderungen) nicht.',
    en: 'The element "{target}" does not exist in the schema (after the modifications before this one).',
  },
  DERIVE_NOT_APPLICABLE: {
    severity: 'error',
    de: 'Die Änderung „{modification}“ ist bei diesem Element nicht möglich: {reasonDe}.',
    en: 'The modification "{modification}" does not apply to this element: {reason}.',
  },
  DERIVE_NOT_PERMITTED: {
    severity: 'error',
    de: 'Das Elternschema erlaubt die Änderung „{modification}“ nicht: {element} ist {code} ({meaning}).',
    en: 'The parent schema does not permit the modification "{modification}": {element} is {code} ({meaning}).',
  },
  DERIVE_CARDINALITY_WIDENED: {
    severity: 'error',
    de: 'Die Anzahl {derived} erweitert die Anzahl {parent} des Elternschemas.',
    en: 'The cardinality {derived} widens the parent cardinality {parent}.',
  },
  DERIVE_CODES_ADDED: {
    severity: 'error',
    de: 'Die Codes {codes} sind im Elternschema nicht erlaubt.',
    en: 'The codes {codes} are not allowed by the parent schema.',
  },
  DERIVE_CODE_LIST_NOT_LOADED: {
    severity: 'error',
    de: 'Die Codeliste {uri} Version {version} ist nicht geladen; ob die Codes eine Teilmenge sind, lässt sich nicht prüfen.',
    en: 'The code list {uri} version {version} is not loaded, so the codes cannot be checked to be a subset.',
  },
  DERIVE_PRAEZISIERUNG_WIDENED: {
    severity: 'error',
    de: '{name} {derived} erweitert {name} {parent} des Elternschemas.',
    en: '{name} {derived} widens the parent {name} {parent}.',
  },
  DERIVE_PATTERN_REPLACED: {
    severity: 'error',
    de: 'Das Muster „{pattern}“ ersetzt das Muster „{parentPattern}“ des Elternschemas; dass es enger ist, lässt sich nicht zeigen.',
    en: 'The pattern "{pattern}" replaces the parent pattern "{parentPattern}"; it cannot be shown to be narrower.',
  },
  DERIVE_HIDE_REQUIRED: {
    severity: 'error',
    de: 'Ein Pflichtelement (Anzahl {cardinality}) kann nicht ausgeblendet werden.',
    en: 'A required element (cardinality {cardinality}) cannot be hidden.',
  },
  DERIVE_HIDE_RULE: {
    severity: 'error',
    de: 'Das Element trägt die Regel {rule} ({ruleKind}), die es fordern oder prüfen kann; es kann nicht ausgeblendet werden.',
    en: 'The element carries rule {rule} ({ruleKind}), which can require or check it; it cannot be hidden.',
  },
  DERIVE_ID_COLLISION: {
    severity: 'error',
    de: 'Das hinzugefügte Element {id} Version {version} trägt eine ID des Elternschemas mit anderem Inhalt; hinzugefügte Elemente brauchen eigene IDs.',
    en: 'The added element {id} version {version} uses an id of the parent schema with other content; added elements need ids of their own.',
  },
} as const satisfies Catalogue;

/** A code of a derivation finding (`DERIVE_*`). */
export type DeriveCode = keyof typeof DERIVE_CODES;

/** The params of a derivation finding with this code, derived from its message templates. */
export type DeriveParams<Code extends DeriveCode> = CodeParams<typeof DERIVE_CODES, Code>;
