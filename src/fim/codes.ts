/**
 * The catalogue of stable issue codes of the FIM interoperability layer (XDatenfelder import,
 * genericode code lists), with severity and German and English message templates. Same shape as
 * `ISSUE_CODES` in `src/validate/codes.ts`; every code starts with `XDF_`.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import type { Catalogue } from '../issues/catalogue.js';

/** The catalogue of import issue codes with severity and message templates (see docs/fim.md). */
export const XDF_CODES = {
  // --- the file as a whole ---------------------------------------------------------------
  XDF_NOT_WELL_FORMED: {
    severity: 'error',
    de: 'Die Datei ist kein wohlgeformtes, sicheres XML: {detail}',
    en: 'The file is not well-formed, safe XML: {detail}',
  },
  XDF_XDF1_NOT_SUPPORTED: {
    severity: 'error',
    de: 'XDatenfelder 1 (Namensraum {namespace}) wird nicht unterstützt; bitte als XDatenfelder 2 oder 3 exportieren.',
    en: 'XDatenfelder 1 (namespace {namespace}) is not supported; export the file as XDatenfelder 2 or 3.',
  },
  XDF_UNKNOWN_NAMESPACE: {
    severity: 'error',
    de: 'Der Namensraum „{namespace}“ ist kein XDatenfelder-2- oder -3-Namensraum.',
    en: 'The namespace "{namespace}" is not an XDatenfelder 2 or 3 namespace.',
  },
  XDF_UNSUPPORTED_MESSAGE: {
    severity: 'error',
    de: 'Die Nachricht „{root}“ wird nicht unterstützt; erwartet: {expected}.',
    en: 'The message "{root}" is not supported; expected: {expected}.',
  },
  XDF_MISSING_ELEMENT: {
    severity: 'error',
    de: 'Das Pflichtelement „{element}“ fehlt in „{parent}“.',
    en: 'The required element "{element}" is missing in "{parent}".',
  },
  XDF_WRAPPED_IN_SCHEMA: {
    severity: 'info',
    de: 'Die Nachricht enthält eine einzelne {kind}; sie wurde in ein Datenschema {id} eingebettet.',
    en: 'The message holds a single {kind}; it was wrapped in a schema {id}.',
  },
  XDF_UNKNOWN_ELEMENT: {
    severity: 'warning',
    de: 'Das Element „{element}“ (Namensraum „{namespace}“) ist in „{parent}“ nach XDatenfelder {xdfVersion} nicht vorgesehen und wurde nicht übernommen.',
    en: 'The element "{element}" (namespace "{namespace}") is not allowed in "{parent}" by XDatenfelder {xdfVersion} and was left out.',
  },
  XDF_REPEATED_ELEMENT: {
    severity: 'warning',
    de: '„{element}“ darf in „{parent}“ nur einmal vorkommen; das {occurrence}. Vorkommen („{value}“) wurde nicht übernommen, es gilt das {keptOccurrence}. („{kept}“).',
    en: '"{element}" may occur only once in "{parent}"; occurrence {occurrence} ("{value}") was left out, occurrence {keptOccurrence} ("{kept}") is used.',
  },
  XDF_REPEATED_IDENTIFICATION: {
    severity: 'error',
    de: '„{element}“ darf in „{parent}“ nur einmal vorkommen und macht die Identität mehrdeutig; das {occurrence}. Vorkommen („{value}“) wurde nicht übernommen, es gilt das {keptOccurrence}. („{kept}“).',
    en: '"{element}" may occur only once in "{parent}" and makes the identity ambiguous; occurrence {occurrence} ("{value}") was left out, occurrence {keptOccurrence} ("{kept}") is used.',
  },
  XDF_INTERNAL_ERROR: {
    severity: 'error',
    de: 'Interner Fehler beim Import (Einzelheiten in params.detail).',
    en: 'Internal error during import: {detail}',
  },
  // --- identification and meta data --------------------------------------------------------
  XDF_MISSING_ID: {
    severity: 'error',
    de: 'Ein Element „{element}“ hat keine Identifikation (id); es wurde übersprungen.',
    en: 'An element "{element}" has no identification (id); it was skipped.',
  },
  XDF_MISSING_VERSION: {
    severity: 'warning',
    de: 'Das Element {id} hat keine Version; angenommen wird {version}.',
    en: 'The element {id} has no version; {version} is assumed.',
  },
  XDF_MISSING_NAME: {
    severity: 'warning',
    de: 'Das Element {id} hat keinen Namen; die ID wird als Name verwendet.',
    en: 'The element {id} has no name; its id is used as the name.',
  },
  XDF_INVALID_STATUS: {
    severity: 'warning',
    de: 'Der Status „{status}“ von {id} ist unbekannt und wurde nicht übernommen.',
    en: 'The status "{status}" of {id} is unknown and was left out.',
  },
  XDF_INVALID_CODE: {
    severity: 'warning',
    de: 'Der Code „{code}“ in „{element}“ von {id} ist unbekannt; verwendet wird {fallback}.',
    en: 'The code "{code}" in "{element}" of {id} is unknown; {fallback} is used.',
  },
  XDF_INVALID_DATE: {
    severity: 'warning',
    de: 'Das Datum „{value}“ in „{element}“ von {id} ist ungültig und wurde nicht übernommen.',
    en: 'The date "{value}" in "{element}" of {id} is invalid and was left out.',
  },
  XDF_INVALID_RELATION: {
    severity: 'warning',
    de: 'Eine Relation von {id} ist unvollständig oder hat ein unbekanntes Prädikat „{praedikat}“; sie wurde übersprungen.',
    en: 'A relation of {id} is incomplete or has an unknown predicate "{praedikat}"; it was skipped.',
  },
  // --- structure ---------------------------------------------------------------------------
  XDF_INVALID_CARDINALITY: {
    severity: 'warning',
    de: 'Die Anzahl „{anzahl}“ von {id} ist ungültig; angenommen wird {fallback}.',
    en: 'The cardinality "{anzahl}" of {id} is invalid; {fallback} is assumed.',
  },
  XDF_EMPTY_STRUCTURE: {
    severity: 'warning',
    de: 'Eine Struktur in {id} enthält weder Datenfeld noch Datenfeldgruppe; sie wurde übersprungen.',
    en: 'A structure in {id} contains neither a field nor a group; it was skipped.',
  },
  XDF_CONFLICTING_DUPLICATE: {
    severity: 'warning',
    de: 'Das Element {id} Version {version} kommt mit unterschiedlichem Inhalt vor; die erste Fassung wurde übernommen.',
    en: 'The element {id} version {version} occurs with different contents; the first one was kept.',
  },
  XDF_RECURSIVE_GROUP: {
    severity: 'error',
    de: 'Die Gruppe {id} Version {version} enthält sich selbst; die innere Verwendung wurde übersprungen.',
    en: 'The group {id} version {version} contains itself; the inner use was skipped.',
  },
  XDF_TOO_DEEP: {
    severity: 'error',
    de: 'Die Gruppen sind tiefer als {limit} Ebenen verschachtelt; tiefere Ebenen wurden übersprungen.',
    en: 'Groups are nested deeper than {limit} levels; deeper levels were skipped.',
  },
  // --- fields --------------------------------------------------------------------------------
  XDF_PRAEZISIERUNG_SYNTAX: {
    severity: 'warning',
    de: 'Die Präzisierung „{text}“ von {id} ist kein gültiges JSON und wurde nicht übernommen.',
    en: 'The praezisierung "{text}" of {id} is not valid JSON and was left out.',
  },
  XDF_INVALID_PRAEZISIERUNG: {
    severity: 'warning',
    de: 'Der Wert „{value}“ für {name} von {id} passt nicht zum Datentyp {datentyp} und wurde nicht übernommen.',
    en: 'The value "{value}" of {name} of {id} does not fit data type {datentyp} and was left out.',
  },
  XDF_INVALID_PATTERN: {
    severity: 'warning',
    de: 'Das Muster „{pattern}“ von {id} ist kein gültiger regulärer Ausdruck nach XSD und wurde nicht übernommen.',
    en: 'The pattern "{pattern}" of {id} is not a valid XSD regular expression ({detail}) and was left out.',
  },
  XDF_SELECT_WITHOUT_CODE_LIST: {
    severity: 'warning',
    de: 'Das Auswahlfeld {id} hat weder Codeliste noch Werte; es wurde als Eingabefeld übernommen.',
    en: 'The select field {id} has neither a code list nor values; it was imported as an input field.',
  },
  XDF_CODE_LIST_INCOMPLETE: {
    severity: 'warning',
    de: 'Die Codelisten-Referenz von {id} nennt keine Kennung mit Version; sie wurde nicht übernommen.',
    en: 'The code-list reference of {id} names no identifier with version; it was left out.',
  },
  XDF_CODE_LIST_URI_MISMATCH: {
    severity: 'warning',
    de: 'Die canonicalVersionUri „{canonicalVersionUri}“ von {id} passt nicht zu Kennung „{uri}“ und Version „{version}“; Kennung und Version gelten.',
    en: 'The canonicalVersionUri "{canonicalVersionUri}" of {id} does not match identifier "{uri}" and version "{version}"; identifier and version are used.',
  },
  XDF_DUPLICATE_VALUE: {
    severity: 'warning',
    de: 'Der Wert „{code}“ kommt in den Werten von {id} mehrfach vor; nur der erste wurde übernommen.',
    en: 'The value "{code}" occurs more than once in the values of {id}; only the first was kept.',
  },
  XDF_IGNORED_PROPERTY: {
    severity: 'warning',
    de: '„{property}“ hat bei {id} ({reason}) keine Bedeutung und wurde nicht übernommen.',
    en: '"{property}" has no meaning for {id} ({reason}) and was left out.',
  },
  // --- rules ---------------------------------------------------------------------------------
  XDF_RULE_NOT_EXECUTABLE: {
    severity: 'info',
    de: 'Die Regel {id} ({name}) ist nur als Beschreibung übernommen und wird nicht ausgeführt{reason}.',
    en: 'The rule {id} ({name}) is kept as documentation only and is not executed{reason}.',
  },
  XDF_EXTENSION_INVALID: {
    severity: 'warning',
    de: 'Die antrag-Erweiterung (stichwort {uri}) von {id} ist ungültig und wurde ignoriert.',
    en: 'The antrag extension (stichwort {uri}) of {id} is invalid and was ignored: {detail}',
  },
  // --- the resulting definition --------------------------------------------------------------
  XDF_DEFINITION_INVALID: {
    severity: 'error',
    de: 'Die übernommene Definition ist nicht verwendbar: {lintCode} bei {at}: {detail}',
    en: 'The imported definition is not usable: {lintCode} at {at}: {detail}',
  },
  // --- genericode ----------------------------------------------------------------------------
  XDF_GC_NOT_CODE_LIST: {
    severity: 'error',
    de: 'Die Datei ist keine Genericode-Codeliste (Wurzelelement „{root}“ im Namensraum „{namespace}“).',
    en: 'The file is not a genericode code list (root element "{root}" in namespace "{namespace}").',
  },
  XDF_GC_MISSING_IDENTIFICATION: {
    severity: 'error',
    de: 'Der Codeliste fehlt „{element}“ in der Identification.',
    en: 'The code list lacks "{element}" in its Identification.',
  },
  XDF_GC_VERSION_URI_MISMATCH: {
    severity: 'warning',
    de: 'Die CanonicalVersionUri „{canonicalVersionUri}“ ist nicht CanonicalUri + „_“ + Version ({expected}); Kennung und Version gelten.',
    en: 'The CanonicalVersionUri "{canonicalVersionUri}" is not CanonicalUri + "_" + Version ({expected}); identifier and version are used.',
  },
  XDF_GC_UNKNOWN_COLUMN: {
    severity: 'error',
    de: 'Die Spalte „{column}“ ({role}) gibt es in der Codeliste nicht; vorhanden: {columns}.',
    en: 'The column "{column}" ({role}) does not exist in the code list; available: {columns}.',
  },
  XDF_GC_NO_COLUMNS: {
    severity: 'error',
    de: 'Die Codeliste hat keine Spalten.',
    en: 'The code list has no columns.',
  },
  XDF_GC_ROW_WITHOUT_CODE: {
    severity: 'warning',
    de: 'Zeile {row} hat keinen Wert in der Code-Spalte „{column}“ und wurde übersprungen.',
    en: 'Row {row} has no value in the code column "{column}" and was skipped.',
  },
  XDF_GC_DUPLICATE_CODE: {
    severity: 'warning',
    de: 'Der Code „{code}“ kommt in Zeile {row} erneut vor; nur die erste Zeile wurde übernommen.',
    en: 'The code "{code}" occurs again in row {row}; only the first row was kept.',
  },
} as const satisfies Catalogue;

/** A code of the FIM import catalogue. */
export type XdfCode = keyof typeof XDF_CODES;
