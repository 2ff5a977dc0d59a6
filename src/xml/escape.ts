/**
 * Escaping for the writer. Text keeps every character (CR as `&#13;`, so it survives the end-of-line
 * normalisation of XML parsers); attributes also keep TAB, LF and CR as character references.
 */

// Characters XML 1.0 cannot carry at all: C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE/F.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be written as XML 1.0 character data. */
export function isXmlText(text: string): boolean {
  return !NOT_XML.test(text);
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export function escapeText(text: string): string {
  return /[&<>\r]/.test(text) ? text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string) : text;
}

export function escapeAttribute(text: string): string {
  return /[&<>"\t\n\r]/.test(text)
    ? text.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string)
    : text;
}
