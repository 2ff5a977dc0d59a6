/**
 * Stable codes of definition lint findings, with severity and message templates.
 * `{name}` placeholders are filled from the finding's params.
 */

import type { Catalogue, CodeParams } from '../issues/catalogue.js';

/** The catalogue of definition lint codes with severity and message templates (see docs/report.md). */
export const LINT_CODES = {
  DEF_SCHEMA: {
    severity: 'error',
    de: 'Die Definition entspricht nicht dem Definitionsformat (an der angegebenen Stelle).',
    en: 'The definition does not match the definition format: {detail}',
  },
  DEF_INVALID_ID: {
    severity: 'error',
    de: 'Die FIM-ID „{id}“ ist ungültig: erwartet {letter} gefolgt von 8 oder 11 Ziffern.',
    en: 'The FIM id "{id}" is invalid: expected {letter} followed by 8 or 11 digits.',
  },
  DEF_INVALID_VERSION: {
    severity: 'error',
    de: 'Die Version „{version}“ ist ungültig: erwartet z. B. 1.0 oder 1.2.0.',
    en: 'The version "{version}" is invalid: expected e.g. 1.0 or 1.2.0.',
  },
  DEF_INVALID_KEY: {
    severity: 'error',
    de: 'Der Schlüssel „{key}“ ist ungültig: erlaubt sind Buchstaben, Ziffern, „_“, „-“ und „.“, beginnend mit einem Buchstaben oder „_“.',
    en: 'The key "{key}" is invalid: use letters, digits, "_", "-" and ".", starting with a letter or "_".',
  },
  DEF_RESERVED_KEY: {
    severity: 'error',
    de: 'Der Schlüssel „{key}“ ist reserviert.',
    en: 'The key "{key}" is reserved.',
  },
  DEF_DUPLICATE_KEY: {
    severity: 'error',
    de: 'Der Schlüssel „{key}“ kommt in derselben Gruppe mehrfach vor.',
    en: 'The key "{key}" occurs more than once in the same group.',
  },
  DEF_DUPLICATE_ID: {
    severity: 'error',
    de: 'Die ID {id} wird für verschiedene Arten von Elementen verwendet ({kinds}).',
    en: 'The id {id} is used for different kinds of element ({kinds}).',
  },
  DEF_CONFLICTING_ELEMENT: {
    severity: 'error',
    de: 'Das Element {id} Version {version} kommt mit unterschiedlichem Inhalt vor (zuerst bei {first}).',
    en: 'The element {id} version {version} occurs with different contents (first at {first}).',
  },
  DEF_INVALID_CARDINALITY: {
    severity: 'error',
    de: 'Die Anzahl „{cardinality}“ ist ungültig: erwartet min:max, z. B. 0:1 oder 1:*.',
    en: 'The cardinality "{cardinality}" is invalid: expected min:max, e.g. 0:1 or 1:*.',
  },
  DEF_CARDINALITY_MIN_GT_MAX: {
    severity: 'error',
    de: 'In der Anzahl „{cardinality}“ ist das Minimum größer als das Maximum.',
    en: 'In the cardinality "{cardinality}" the minimum exceeds the maximum.',
  },
  DEF_CARDINALITY_ZERO: {
    severity: 'error',
    de: 'Die Anzahl „{cardinality}“ lässt kein Vorkommen zu.',
    en: 'The cardinality "{cardinality}" allows no occurrence.',
  },
  DEF_MIN_GT_MAX_LENGTH: {
    severity: 'error',
    de: 'minLength ({minLength}) ist größer als maxLength ({maxLength}).',
    en: 'minLength ({minLength}) exceeds maxLength ({maxLength}).',
  },
  DEF_MIN_GT_MAX_VALUE: {
    severity: 'error',
    de: 'minValue ({minValue}) ist größer als maxValue ({maxValue}).',
    en: 'minValue ({minValue}) exceeds maxValue ({maxValue}).',
  },
  DEF_INVALID_LENGTH: {
    severity: 'error',
    de: '{name} muss eine nicht negative ganze Zahl sein.',
    en: '{name} must be a non-negative whole number.',
  },
  DEF_INVALID_BOUND: {
    severity: 'error',
    de: '{name} „{value}“ passt nicht zum Datentyp {datentyp}.',
    en: '{name} "{value}" does not fit the data type {datentyp}.',
  },
  DEF_INVALID_PATTERN: {
    severity: 'error',
    de: 'Das Muster „{pattern}“ ist kein gültiger regulärer Ausdruck nach XSD.',
    en: 'The pattern "{pattern}" is not a valid XSD regular expression: {detail}',
  },
  DEF_PATTERN_ANCHORS: {
    severity: 'warning',
    de: 'Das Muster „{pattern}“ enthält ^ und $ nach JavaScript-Art; sie werden entfernt, da XSD-Muster immer verankert sind.',
    en: 'The pattern "{pattern}" has JavaScript-style ^ and $; they are removed, as XSD patterns are always anchored.',
  },
  DEF_PRAEZISIERUNG_NOT_APPLICABLE: {
    severity: 'warning',
    de: '{name} hat beim Datentyp {datentyp} keine Wirkung.',
    en: '{name} has no effect on data type {datentyp}.',
  },
  DEF_SELECT_WITHOUT_VALUES: {
    severity: 'error',
    de: 'Das Auswahlfeld hat weder eine Codeliste noch Werte.',
    en: 'The select field has neither a code list nor values.',
  },
  DEF_CODE_LIST_MISSING: {
    severity: 'warning',
    de: 'Die Codeliste {uri} Version {version} ist nicht geladen; Werte werden nicht gegen sie geprüft.',
    en: 'The code list {uri} version {version} is not loaded; values are not checked against it.',
  },
  DEF_DUPLICATE_CODE: {
    severity: 'error',
    de: 'Der Code „{code}“ kommt in den Werten mehrfach vor.',
    en: 'The code "{code}" occurs more than once among the values.',
  },
  DEF_VALUES_NOT_SELECT: {
    severity: 'warning',
    de: 'Das Feld hat Werte oder eine Codeliste, ist aber kein Auswahlfeld (feldart {feldart}).',
    en: 'The field has values or a code list but is not a select field (feldart {feldart}).',
  },
  DEF_LABEL_WITH_CONSTRAINTS: {
    severity: 'error',
    de: 'Ein Hinweistext (feldart label) nimmt keinen Wert auf und kann nicht {what} haben.',
    en: 'A static text (feldart label) takes no value and cannot have {what}.',
  },
  DEF_FILE_CONSTRAINTS_NOT_FILE: {
    severity: 'warning',
    de: 'Dateiangaben (mediaType, maxSize) wirken nur beim Datentyp file.',
    en: 'File constraints (mediaType, maxSize) apply only to data type file.',
  },
  DEF_EMPTY_GROUP: {
    severity: 'warning',
    de: 'Die Gruppe hat keine Unterelemente.',
    en: 'The group has no children.',
  },
  DEF_INVALID_DATE: {
    severity: 'error',
    de: '{name} „{value}“ ist kein gültiges Datum.',
    en: '{name} "{value}" is not a valid date.',
  },
  DEF_VALIDITY_RANGE: {
    severity: 'error',
    de: 'gültig ab ({validFrom}) liegt nach gültig bis ({validUntil}).',
    en: 'validFrom ({validFrom}) is after validUntil ({validUntil}).',
  },
  DEF_MISSING_LABEL: {
    severity: 'info',
    de: 'Das Element hat keine Bezeichnung für die Eingabe; der Name wird angezeigt.',
    en: 'The element has no input label; its name is shown instead.',
  },
  DEF_TOO_DEEP: {
    severity: 'error',
    de: 'Die Definition ist tiefer als {limit} Ebenen verschachtelt.',
    en: 'The definition is nested deeper than {limit} levels.',
  },
} as const satisfies Catalogue;

/** A code of the model lint (`DEF_*`). */
export type LintCode = keyof typeof LINT_CODES;

/** The params of a lint finding with this code, derived from its message templates. */
export type LintParams<Code extends LintCode> = CodeParams<typeof LINT_CODES, Code>;
