/**
 * The issue codes of the XML layer (parser, message reader and writer, receipts), with severity
 * and German and English message templates, in the shape of the Report catalogue
 * (`src/validate/codes.ts`). `{name}` in a template is replaced by the issue's param.
 *
 * Codes are API: they never change meaning once released. New codes may be added.
 */

import type { Catalogue, CodeParams } from '../issues/catalogue.js';
import type { IssueCode } from '../validate/codes.js';

/** The XML issue codes with severity and message templates (see docs/xml.md). */
export const XML_CODES = {
  // --- well-formedness (the parser stops at the first of these) -------------------------------
  XML_NOT_WELL_FORMED: {
    severity: 'error',
    de: 'Die Nachricht ist kein wohlgeformtes XML: erwartet {expected}, gefunden {found}.',
    en: 'The message is not well-formed XML: expected {expected}, found {found}.',
  },
  XML_NOT_ALLOWED_HERE: {
    severity: 'error',
    de: 'Die Nachricht ist kein wohlgeformtes XML: {what} ist an dieser Stelle nicht erlaubt.',
    en: 'The message is not well-formed XML: {what} is not allowed here.',
  },
  XML_UNEXPECTED_END: {
    severity: 'error',
    de: 'Die Nachricht endet, bevor {construct} abgeschlossen ist.',
    en: 'The message ends before {construct} is complete.',
  },
  XML_NO_ROOT: {
    severity: 'error',
    de: 'Die Nachricht enthält kein Element.',
    en: 'The message contains no element.',
  },
  XML_MULTIPLE_ROOTS: {
    severity: 'error',
    de: 'Auf das Wurzelelement folgt ein weiteres Element <{element}>; eine Nachricht hat genau ein Wurzelelement.',
    en: 'The root element is followed by another element <{element}>; a message has exactly one root element.',
  },
  XML_MISMATCHED_TAG: {
    severity: 'error',
    de: 'Das End-Tag </{found}> passt nicht zum offenen Element <{expected}>.',
    en: 'The end tag </{found}> does not match the open element <{expected}>.',
  },
  XML_UNDEFINED_ENTITY: {
    severity: 'error',
    de: 'Die Entität &{name}; ist nicht definiert; erlaubt sind nur &lt; &gt; &amp; &quot; &apos; und Zeichenreferenzen.',
    en: 'The entity &{name}; is not defined; only &lt; &gt; &amp; &quot; &apos; and character references are allowed.',
  },
  XML_INVALID_CHARACTER: {
    severity: 'error',
    de: 'Das Zeichen U+{codePoint} ist in XML 1.0 nicht erlaubt.',
    en: 'The character U+{codePoint} is not allowed in XML 1.0.',
  },
  XML_DUPLICATE_ATTRIBUTE: {
    severity: 'error',
    de: 'Das Attribut {attribute} kommt an einem Element mehrfach vor.',
    en: 'The attribute {attribute} occurs more than once on an element.',
  },
  XML_UNBOUND_PREFIX: {
    severity: 'error',
    de: 'Der Namensraum-Präfix „{prefix}“ ist nicht deklariert.',
    en: 'The namespace prefix "{prefix}" is not declared.',
  },
  XML_INVALID_QNAME: {
    severity: 'error',
    de: '„{name}“ ist nach „Namespaces in XML“ kein gültiger Name (höchstens ein Doppelpunkt, zwischen Präfix und lokalem Namen).',
    en: '"{name}" is not a valid name under Namespaces in XML (at most one colon, between prefix and local name).',
  },
  XML_NAMESPACE_DECLARATION: {
    severity: 'error',
    de: 'Die Namensraum-Deklaration {attribute}="{value}" ist nicht erlaubt (reservierter Präfix oder Namensraum, Präfix ohne Namensraum oder keine URI-Referenz).',
    en: 'The namespace declaration {attribute}="{value}" is not allowed (a reserved prefix or namespace, a prefix without a namespace, or not a URI reference).',
  },
  XML_DOCTYPE: {
    severity: 'error',
    de: 'Die Nachricht enthält eine DOCTYPE-Deklaration; sie ist aus Sicherheitsgründen nicht erlaubt.',
    en: 'The message contains a DOCTYPE declaration, which is not allowed for security reasons.',
  },
  // --- encoding ------------------------------------------------------------------------------
  XML_ENCODING_INVALID: {
    severity: 'error',
    de: 'Die Bytes der Nachricht sind kein gültiges {encoding} (ab Byte {offset}).',
    en: 'The bytes of the message are not valid {encoding} (from byte {offset}).',
  },
  XML_ENCODING_UNSUPPORTED: {
    severity: 'error',
    de: 'Die Zeichenkodierung {encoding} wird nicht unterstützt (UTF-8, UTF-16, ISO-8859-1, US-ASCII).',
    en: 'The character encoding {encoding} is not supported (UTF-8, UTF-16, ISO-8859-1, US-ASCII).',
  },
  XML_ENCODING_MISMATCH: {
    severity: 'error',
    de: 'Die Nachricht erklärt die Zeichenkodierung {declared}, ist aber als {detected} kodiert.',
    en: 'The message declares the character encoding {declared} but is encoded as {detected}.',
  },
  // --- limits --------------------------------------------------------------------------------
  XML_LIMIT_BYTES: {
    severity: 'error',
    de: 'Die Nachricht ist größer als erlaubt ({size}; höchstens {max}).',
    en: 'The message is larger than allowed ({size}; at most {max}).',
  },
  XML_LIMIT_DEPTH: {
    severity: 'error',
    de: 'Die Elemente sind tiefer verschachtelt als erlaubt (höchstens {max} Ebenen).',
    en: 'The elements are nested deeper than allowed (at most {max} levels).',
  },
  XML_LIMIT_ATTRIBUTES: {
    severity: 'error',
    de: 'Ein Element hat mehr Attribute als erlaubt (höchstens {max}).',
    en: 'An element has more attributes than allowed (at most {max}).',
  },
  XML_LIMIT_NAME_LENGTH: {
    severity: 'error',
    de: 'Ein Name ist länger als erlaubt (höchstens {max} Zeichen).',
    en: 'A name is longer than allowed (at most {max} characters).',
  },
  XML_LIMIT_TEXT_LENGTH: {
    severity: 'error',
    de: 'Ein Text oder Attributwert ist länger als erlaubt (höchstens {max} Zeichen).',
    en: 'A text or attribute value is longer than allowed (at most {max} characters).',
  },
  XML_LIMIT_NODES: {
    severity: 'error',
    de: 'Die Nachricht hat mehr Knoten (Elemente, Attribute, Texte) als erlaubt (höchstens {max}).',
    en: 'The message has more nodes (elements, attributes, texts) than allowed (at most {max}).',
  },
  XML_INTERNAL: {
    severity: 'error',
    de: 'Die Nachricht konnte wegen eines internen Fehlers nicht gelesen werden.',
    en: 'The message could not be read because of an internal error: {detail}',
  },
  // --- the message of a form -----------------------------------------------------------------
  XML_WRONG_ROOT: {
    severity: 'error',
    de: 'Das Wurzelelement ist {found}; erwartet {expected}.',
    en: 'The root element is {found}; expected {expected}.',
  },
  XML_UNKNOWN_ELEMENT: {
    severity: 'error',
    de: 'Das Element {element} ist an dieser Stelle nicht vorgesehen.',
    en: 'The element {element} is not expected here.',
    extraParams: ['namespace'],
  },
  XML_UNKNOWN_ATTRIBUTE: {
    severity: 'error',
    de: 'Das Attribut {attribute} ist an dieser Stelle nicht vorgesehen.',
    en: 'The attribute {attribute} is not expected here.',
    extraParams: ['namespace', 'element'],
  },
  XML_MISSING_ATTRIBUTE: {
    severity: 'error',
    de: 'Dem Element {element} fehlt das Attribut {attribute}.',
    en: 'The element {element} lacks the attribute {attribute}.',
  },
  XML_MISSING_ELEMENT: {
    severity: 'error',
    de: 'Dem Element {element} fehlt das Kindelement {child}.',
    en: 'The element {element} lacks the child element {child}.',
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
  XML_UNEXPECTED_TEXT: {
    severity: 'error',
    de: 'Das Element {element} enthält Text, vorgesehen sind nur Kindelemente.',
    en: 'The element {element} contains text where only child elements are expected.',
  },
  XML_UNEXPECTED_CHILD: {
    severity: 'error',
    de: 'Das Element {element} enthält das Kindelement {child}, vorgesehen ist nur ein Wert.',
    en: 'The element {element} contains the child element {child} where only a value is expected.',
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
    de: 'Der Nachrichtenkopf ist fehlerhaft: {field} fehlt oder ist ungültig (erwartet {expected}).',
    en: 'The message header is invalid: {field} is missing or invalid (expected {expected}).',
  },
  XML_WRONG_VERSION: {
    severity: 'error',
    de: 'Die Nachricht ist {attribute}="{found}"; erwartet {expected}.',
    en: 'The message has {attribute}="{found}"; expected {expected}.',
  },
  XML_EMPTY_LIST: {
    severity: 'error',
    de: '„{label}“ ist eine leere Liste; eine Nachricht kann sie nicht von einer fehlenden Angabe unterscheiden. Bitte die Angabe weglassen.',
    en: '"{label}" is an empty list, which a message cannot tell from an absent value. Leave it out.',
  },
  // --- definitions that cannot become messages -----------------------------------------------
  XML_MESSAGE_SETTINGS: {
    severity: 'error',
    de: 'Die Nachrichteneinstellung {setting} = „{value}“ ist ungültig (erwartet: {rule}).',
    en: 'The message setting {setting} = "{value}" is invalid (expected: {rule}).',
  },
} as const satisfies Catalogue;

/** A code of the XML layer. */
export type XmlCode = keyof typeof XML_CODES;

/** The params of an XML issue with this code, derived from its message templates. */
export type XmlParams<Code extends XmlCode> = CodeParams<typeof XML_CODES, Code>;

/**
 * What the reader's XML-specific findings correspond to in JSON: the code a JSON submission
 * with the same content gets at the same path (a message's report contains both, so JSON and
 * XML reports agree once these findings are set aside), or `null` where JSON has nothing alike
 * (element order, attributes, text between elements, code-list identities, the header). An
 * unknown element has `UNKNOWN_KEY` beside it when it is in the form's namespace (elements of
 * other namespaces have no JSON form).
 */
export const XML_JSON_COUNTERPARTS = {
  XML_UNKNOWN_ELEMENT: 'UNKNOWN_KEY',
  XML_INVALID_VALUE: 'WRONG_TYPE',
  XML_WRONG_ROOT: null,
  XML_WRONG_VERSION: null,
  XML_UNKNOWN_ATTRIBUTE: null,
  XML_MISSING_ATTRIBUTE: null,
  XML_MISSING_ELEMENT: null,
  XML_ELEMENT_ORDER: null,
  XML_DUPLICATE_ELEMENT: null,
  XML_UNEXPECTED_TEXT: null,
  XML_UNEXPECTED_CHILD: null,
  XML_CODE_LIST: null,
  XML_HEADER: null,
} as const satisfies Partial<Record<XmlCode, IssueCode | null>>;
