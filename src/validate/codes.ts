/**
 * The catalogue of stable issue codes a validation Report can contain, with their severity and
 * German and English message templates. `{name}` in a template is replaced by the issue's param.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import type { Severity } from './report.js';

export interface CodeInfo {
  readonly severity: Severity;
  readonly de: string;
  readonly en: string;
}

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
    de: 'Die Daten sind kein gültiges JSON: {detail}',
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
    en: '"{label}" must occur at least {min} times (found {count}).',
  },
  CARDINALITY_MAX: {
    severity: 'error',
    de: '„{label}“ darf höchstens {max}-mal angegeben werden (angegeben: {count}).',
    en: '"{label}" may occur at most {max} times (found {count}).',
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
  },
  MAX_VALUE: {
    severity: 'error',
    de: '„{label}“ darf nicht größer als {maxValue} sein.',
    en: '"{label}" must not be greater than {maxValue}.',
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
    de: '„{label}“ ist keine gültige Uhrzeit (Format hh:mm:ss).',
    en: '"{label}" is not a valid time (format hh:mm:ss).',
  },
  INVALID_DATETIME: {
    severity: 'error',
    de: '„{label}“ ist kein gültiger Zeitpunkt (Format JJJJ-MM-TTThh:mm:ss mit Zeitzone).',
    en: '"{label}" is not a valid date and time (format YYYY-MM-DDThh:mm:ss with time zone).',
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
    de: '„{label}“ ist keine gültige Datei: {detail}.',
    en: '"{label}" is not a valid file: {detail}.',
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
  // --- XML messages ------------------------------------------------------------------------
  XML_NOT_WELL_FORMED: {
    severity: 'error',
    de: 'Die Nachricht ist kein wohlgeformtes XML: {detail}',
    en: 'The message is not well-formed XML: {detail}',
  },
  XML_DOCTYPE: {
    severity: 'error',
    de: 'Die Nachricht enthält eine DOCTYPE-Deklaration; sie ist aus Sicherheitsgründen nicht erlaubt.',
    en: 'The message contains a DOCTYPE declaration, which is not allowed for security reasons.',
  },
  XML_ENCODING: {
    severity: 'error',
    de: 'Die Nachricht ist nicht gültig kodiert: {detail}',
    en: 'The message is not validly encoded: {detail}',
  },
  XML_LIMIT: {
    severity: 'error',
    de: 'Die Nachricht überschreitet eine Grenze: {limit} (höchstens {max}).',
    en: 'The message exceeds a limit: {limit} (at most {max}).',
  },
  XML_WRONG_ROOT: {
    severity: 'error',
    de: 'Das Wurzelelement ist {found}; erwartet {expected}.',
    en: 'The root element is {found}; expected {expected}.',
  },
  XML_UNKNOWN_ELEMENT: {
    severity: 'error',
    de: 'Das Element {element} ist an dieser Stelle nicht vorgesehen.',
    en: 'The element {element} is not expected here.',
  },
  XML_UNKNOWN_ATTRIBUTE: {
    severity: 'error',
    de: 'Das Attribut {attribute} ist an dieser Stelle nicht vorgesehen.',
    en: 'The attribute {attribute} is not expected here.',
  },
  XML_ELEMENT_ORDER: {
    severity: 'error',
    de: 'Das Element {element} steht an der falschen Stelle (Reihenfolge des Schemas).',
    en: 'The element {element} is out of the schema order.',
  },
  XML_DUPLICATE_ELEMENT: {
    severity: 'error',
    de: 'Das Element {element} darf nur einmal vorkommen.',
    en: 'The element {element} may occur only once.',
  },
  XML_UNEXPECTED_CONTENT: {
    severity: 'error',
    de: '{element} enthält unerwarteten Inhalt: {detail}',
    en: '{element} has unexpected content: {detail}',
  },
  XML_INVALID_VALUE: {
    severity: 'error',
    de: 'Der Wert von {element} ist kein gültiger Wert vom Typ {type}: „{value}“.',
    en: 'The value of {element} is not a valid {type}: "{value}".',
  },
  XML_CODE_LIST: {
    severity: 'error',
    de: 'Der Code in {element} nennt die Codeliste {listUri} Version {listVersion}; erwartet {expectedUri} Version {expectedVersion}.',
    en: 'The code in {element} names code list {listUri} version {listVersion}; expected {expectedUri} version {expectedVersion}.',
  },
  XML_HEADER: {
    severity: 'error',
    de: 'Der Nachrichtenkopf ist fehlerhaft: {detail}',
    en: 'The message header is invalid: {detail}',
  },
  XML_INVALID_CHARACTER: {
    severity: 'error',
    de: 'Ein Text enthält das Zeichen U+{codePoint}, das XML nicht darstellen kann.',
    en: 'A text contains U+{codePoint}, which XML cannot carry.',
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
    en: '"{label}" must occur at least {min} times given the other answers (found {count}; rule {ruleId}).',
  },
  RULE_MAX_COUNT: {
    severity: 'error',
    de: '„{label}“ darf nach den übrigen Angaben höchstens {max}-mal angegeben werden (angegeben: {count}; Regel {ruleId}).',
    en: '"{label}" may occur at most {max} times given the other answers (found {count}; rule {ruleId}).',
  },
} as const satisfies Record<string, CodeInfo>;

/** A code of the issue catalogue. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** Fills `{name}` placeholders from params; unknown placeholders stay visible. */
export function formatMessage(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
