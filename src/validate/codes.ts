/**
 * The catalogue of stable issue codes a validation Report can contain, with their severity and
 * German and English message templates. `{name}` in a template is replaced by the issue's param.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import type { Catalogue } from '../issues/catalogue.js';

/** The catalogue of Report issue codes with severity and message templates (see docs/report.md). */
export const ISSUE_CODES = {
  // --- input and limits -------------------------------------------------------------------
  DATA_NOT_OBJECT: {
    severity: 'error',
    de: 'Die Antragsdaten müssen ein Objekt sein.',
    en: 'The submission must be an object.',
  },
  JSON_SYNTAX: {
    severity: 'error',
    de: 'Die Daten sind kein gültiges JSON.',
    en: 'The data is not valid JSON: {detail}',
  },
  LIMIT_BYTES: {
    severity: 'error',
    de: 'Die Daten sind größer als erlaubt ({limit} Bytes).',
    en: 'The data exceeds the size limit ({limit} bytes).',
  },
  LIMIT_DEPTH: {
    severity: 'error',
    de: 'Die Daten sind tiefer verschachtelt als erlaubt ({limit} Ebenen).',
    en: 'The data is nested deeper than allowed ({limit} levels).',
  },
  LIMIT_TEXT_LENGTH: {
    severity: 'error',
    de: 'Der Text ist länger als die Obergrenze von {limit} Zeichen.',
    en: 'The text exceeds the hard limit of {limit} characters.',
  },
  LIMIT_ITEMS: {
    severity: 'error',
    de: 'Die Liste hat mehr als {limit} Einträge.',
    en: 'The list has more than {limit} entries.',
  },
  // Its severity is that of the worst issue it stands for (error when any of them is one).
  LIMIT_ISSUES: {
    severity: 'error',
    de: '{omitted} weitere Meldungen sind nicht aufgeführt (höchstens {limit} Meldungen je Bericht; davon {errors} Fehler).',
    en: '{omitted} more issues are not listed (at most {limit} issues per report; {errors} of them errors).',
  },
  // --- session edits (the edit is refused and changes nothing) ------------------------------
  SESSION_POINTER_SYNTAX: {
    severity: 'error',
    de: '„{pointer}“ ist kein JSON-Pointer (RFC 6901): Er muss leer sein oder mit „/“ beginnen, und „~“ darf nur als „~0“ oder „~1“ stehen.',
    en: '"{pointer}" is not a JSON pointer (RFC 6901): it must be empty or start with "/", and "~" may only appear as "~0" or "~1".',
  },
  SESSION_INDEX: {
    severity: 'error',
    de: '„{token}“ in „{pointer}“ ist keine Position in der Liste mit {length} Einträgen.',
    en: '"{token}" in "{pointer}" is not a position in the list of {length} entries.',
  },
  SESSION_NOT_CONTAINER: {
    severity: 'error',
    de: 'An „{at}“ steht ein Wert vom Typ {actual}, keine Gruppe oder Liste; „{pointer}“ kann nicht gesetzt werden.',
    en: 'At "{at}" there is a value of type {actual}, not a group or list; "{pointer}" cannot be set.',
  },
  SESSION_ROOT_NOT_OBJECT: {
    severity: 'error',
    de: 'Die Antragsdaten können nur durch ein Objekt ersetzt werden (erhalten: {actual}).',
    en: 'The submission can only be replaced by an object (got {actual}).',
  },
  // --- structure ---------------------------------------------------------------------------
  UNKNOWN_KEY: {
    severity: 'error',
    de: 'Das Element „{key}“ ist im Formular nicht vorgesehen.',
    en: 'The element "{key}" is not part of the form.',
  },
  REQUIRED: {
    severity: 'error',
    de: '„{label}“ ist eine Pflichtangabe.',
    en: '"{label}" is required.',
  },
  CARDINALITY_MIN: {
    severity: 'error',
    de: '„{label}“ muss mindestens {min}-mal angegeben werden (angegeben: {count}).',
    en: '"{label}" must occur at least {min|time|times} (found {count}).',
  },
  CARDINALITY_MAX: {
    severity: 'error',
    de: '„{label}“ darf höchstens {max}-mal angegeben werden (angegeben: {count}).',
    en: '"{label}" may occur at most {max|time|times} (found {count}).',
  },
  EXPECTED_ARRAY: {
    severity: 'error',
    de: '„{label}“ kann mehrfach vorkommen und muss als Liste angegeben werden.',
    en: '"{label}" repeats and must be given as a list.',
  },
  EXPECTED_OBJECT: {
    severity: 'error',
    de: '„{label}“ ist eine Gruppe und muss als Objekt angegeben werden.',
    en: '"{label}" is a group and must be given as an object.',
  },
  LABEL_HAS_VALUE: {
    severity: 'error',
    de: '„{label}“ ist ein Hinweistext und nimmt keinen Wert auf.',
    en: '"{label}" is a static text and takes no value.',
  },
  // --- types -------------------------------------------------------------------------------
  WRONG_TYPE: {
    severity: 'error',
    de: '„{label}“ hat den falschen Typ: erwartet {expected}, erhalten {actual}.',
    en: '"{label}" has the wrong type: expected {expected}, got {actual}.',
  },
  TEXT_INVALID_CHARACTER: {
    severity: 'error',
    de: '„{label}“ enthält ein unzulässiges Steuerzeichen (U+{codePoint}) an Position {index}.',
    en: '"{label}" contains a forbidden control character (U+{codePoint}) at position {index}.',
  },
  TEXT_NOT_LATIN: {
    severity: 'error',
    de: '„{label}“ enthält das Zeichen „{char}“, das nicht zu DIN 91379 gehört (Position {index}).',
    en: '"{label}" contains "{char}", which is not in DIN 91379 (position {index}).',
  },
  MIN_LENGTH: {
    severity: 'error',
    de: '„{label}“ muss mindestens {minLength} Zeichen lang sein (angegeben: {length}).',
    en: '"{label}" must be at least {minLength} characters long (found {length}).',
  },
  MAX_LENGTH: {
    severity: 'error',
    de: '„{label}“ darf höchstens {maxLength} Zeichen lang sein (angegeben: {length}).',
    en: '"{label}" must be at most {maxLength} characters long (found {length}).',
  },
  PATTERN: {
    severity: 'error',
    de: '„{label}“ hat nicht das vorgeschriebene Format.',
    en: '"{label}" does not have the required format.',
  },
  MIN_VALUE: {
    severity: 'error',
    de: '„{label}“ darf nicht kleiner als {minValue} sein.',
    en: '"{label}" must not be less than {minValue}.',
    extraParams: ['value'],
  },
  MAX_VALUE: {
    severity: 'error',
    de: '„{label}“ darf nicht größer als {maxValue} sein.',
    en: '"{label}" must not be greater than {maxValue}.',
    extraParams: ['value'],
  },
  MIN_VALUE_INDETERMINATE: {
    severity: 'error',
    de: '„{label}“ ({value}) lässt sich nicht sicher mit der Untergrenze {minValue} vergleichen: nur einer der beiden Werte hat eine Zeitzone und ohne sie liegen sie weniger als 14 Stunden auseinander. Bitte genau dann mit Zeitzone angeben, wenn die Grenze eine hat.',
    en: '"{label}" ({value}) cannot be compared with certainty to the lower bound {minValue}: only one of the two has a time zone and without it they are less than 14 hours apart. Give it with a time zone exactly when the bound has one.',
  },
  MAX_VALUE_INDETERMINATE: {
    severity: 'error',
    de: '„{label}“ ({value}) lässt sich nicht sicher mit der Obergrenze {maxValue} vergleichen: nur einer der beiden Werte hat eine Zeitzone und ohne sie liegen sie weniger als 14 Stunden auseinander. Bitte genau dann mit Zeitzone angeben, wenn die Grenze eine hat.',
    en: '"{label}" ({value}) cannot be compared with certainty to the upper bound {maxValue}: only one of the two has a time zone and without it they are less than 14 hours apart. Give it with a time zone exactly when the bound has one.',
  },
  NOT_INTEGER: {
    severity: 'error',
    de: '„{label}“ muss eine ganze Zahl sein.',
    en: '"{label}" must be a whole number.',
  },
  CURRENCY_PRECISION: {
    severity: 'error',
    de: '„{label}“ ist ein Geldbetrag und darf höchstens zwei Nachkommastellen haben.',
    en: '"{label}" is an amount of money and may have at most two decimal places.',
  },
  NOT_FINITE: {
    severity: 'error',
    de: '„{label}“ muss eine endliche Zahl sein.',
    en: '"{label}" must be a finite number.',
  },
  INVALID_DATE: {
    severity: 'error',
    de: '„{label}“ ist kein gültiges Datum (Format JJJJ-MM-TT).',
    en: '"{label}" is not a valid date (format YYYY-MM-DD).',
  },
  INVALID_TIME: {
    severity: 'error',
    de: '„{label}“ ist keine gültige Uhrzeit: erwartet hh:mm:ss (00:00:00 bis 23:59:59 oder 24:00:00), wahlweise mit Sekundenbruchteil (.s) und Zeitzone (Z oder ±hh:mm bis ±14:00).',
    en: '"{label}" is not a valid time: expected hh:mm:ss (00:00:00 to 23:59:59, or 24:00:00), optionally with a fraction of a second (.s) and a time zone (Z or ±hh:mm up to ±14:00).',
  },
  INVALID_DATETIME: {
    severity: 'error',
    de: '„{label}“ ist kein gültiger Zeitpunkt: erwartet JJJJ-MM-TTThh:mm:ss mit einem Kalendertag der Jahre 0001 bis 9999 und einer Uhrzeit von 00:00:00 bis 23:59:59 (oder 24:00:00), wahlweise mit Sekundenbruchteil (.s) und Zeitzone (Z oder ±hh:mm bis ±14:00).',
    en: '"{label}" is not a valid date and time: expected YYYY-MM-DDThh:mm:ss with a calendar day of the years 0001 to 9999 and a time from 00:00:00 to 23:59:59 (or 24:00:00), optionally with a fraction of a second (.s) and a time zone (Z or ±hh:mm up to ±14:00).',
  },
  // --- code lists --------------------------------------------------------------------------
  CODE_NOT_IN_LIST: {
    severity: 'error',
    de: '„{code}“ ist kein zulässiger Wert für „{label}“ (Codeliste {listUri}, Version {listVersion}).',
    en: '"{code}" is not an allowed value for "{label}" (code list {listUri}, version {listVersion}).',
  },
  CODE_LIST_NOT_LOADED: {
    severity: 'warning',
    de: 'Die Codeliste {listUri} in Version {listVersion} ist nicht geladen; „{label}“ wurde nicht gegen sie geprüft.',
    en: 'Code list {listUri} version {listVersion} is not loaded; "{label}" was not checked against it.',
  },
  // --- files -------------------------------------------------------------------------------
  FILE_INVALID: {
    severity: 'error',
    de: '„{label}“ ist keine gültige Datei: Die Angabe „{property}“ fehlt, ist leer, ist kein Text oder ist nicht vorgesehen.',
    en: '"{label}" is not a valid file: "{property}" is missing, empty, not text or not expected.',
    extraParams: ['problem'],
  },
  FILE_INVALID_BASE64: {
    severity: 'error',
    de: 'Der Inhalt von „{label}“ ist nicht gültig Base64-kodiert.',
    en: 'The content of "{label}" is not valid base64.',
  },
  FILE_TOO_LARGE: {
    severity: 'error',
    de: '„{label}“ ist {size} Bytes groß; erlaubt sind höchstens {maxSize} Bytes.',
    en: '"{label}" is {size} bytes; at most {maxSize} bytes are allowed.',
  },
  FILE_MEDIA_TYPE: {
    severity: 'error',
    de: '„{label}“ hat den Dateityp {mediaType}; erlaubt sind: {allowed}.',
    en: '"{label}" has media type {mediaType}; allowed: {allowed}.',
  },
  // --- rules -------------------------------------------------------------------------------
  NOT_RELEVANT: {
    severity: 'error',
    de: '„{label}“ ist nach den übrigen Angaben nicht vorgesehen und darf nicht angegeben werden (Regel {ruleId}).',
    en: '"{label}" does not apply given the other answers and must be left out (rule {ruleId}).',
  },
  PRUNED: {
    severity: 'info',
    de: '„{label}“ war nicht vorgesehen und wurde entfernt (Regel {ruleId}).',
    en: '"{label}" did not apply and was removed (rule {ruleId}).',
  },
  REQUIRED_IF: {
    severity: 'error',
    de: '„{label}“ ist nach den übrigen Angaben eine Pflichtangabe (Regel {ruleId}).',
    en: '"{label}" is required given the other answers (rule {ruleId}).',
  },
  RULE_CONSTRAINT: {
    severity: 'error',
    de: '„{label}“ verletzt die Regel {ruleId} ({ruleName}).',
    en: '"{label}" violates rule {ruleId} ({ruleName}).',
  },
  CALCULATED_MISMATCH: {
    severity: 'error',
    de: '„{label}“ muss {expected} sein (berechnet nach Regel {ruleId}), angegeben ist {actual}.',
    en: '"{label}" must be {expected} (computed by rule {ruleId}), found {actual}.',
  },
  CALCULATED_FILLED: {
    severity: 'info',
    de: '„{label}“ wurde mit dem berechneten Wert {expected} gefüllt (Regel {ruleId}).',
    en: '"{label}" was filled with the computed value {expected} (rule {ruleId}).',
  },
  RULE_MIN_COUNT: {
    severity: 'error',
    de: '„{label}“ muss nach den übrigen Angaben mindestens {min}-mal angegeben werden (angegeben: {count}; Regel {ruleId}).',
    en: '"{label}" must occur at least {min|time|times} given the other answers (found {count}; rule {ruleId}).',
  },
  RULE_MAX_COUNT: {
    severity: 'error',
    de: '„{label}“ darf nach den übrigen Angaben höchstens {max}-mal angegeben werden (angegeben: {count}; Regel {ruleId}).',
    en: '"{label}" may occur at most {max|time|times} given the other answers (found {count}; rule {ruleId}).',
  },
} as const satisfies Catalogue;

/** A code of the issue catalogue. */
export type IssueCode = keyof typeof ISSUE_CODES;
