/**
 * Issues of the FIM readers (`importXdf`, `importCodeList`) from the `XDF_` catalogue: one
 * builder for the message texts, the location in the file (XPath, line:column) and in the
 * resulting definition (JSON pointer, FIM element), and the issue of a file that is not
 * well-formed. The readers keep their own lists; this only builds.
 */

import { formatMessage } from '../issues/catalogue.js';
import type { Issue } from '../issues/issue.js';
import type { XmlElement } from '../xml/parse.js';
import { XDF_CODES, type XdfCode } from './codes.js';

/** Where a finding is: in the definition read and in the file. */
export interface XdfPlace {
  /** JSON pointer into the definition (default `''`, the whole definition). */
  readonly path?: string | undefined;
  /** The FIM element concerned. */
  readonly element?: { readonly id: string; readonly version: string } | undefined;
  /** The element in the file. */
  readonly xml?: Issue['xml'] | undefined;
}

/** Parameters used in one language's message only (e.g. a text in that language). */
export interface Localized {
  readonly de: Readonly<Record<string, unknown>>;
  readonly en: Readonly<Record<string, unknown>>;
}

/** The location of an element for an issue, from the XPath index of its file (`xml/navigate.ts`). */
export function xmlLocation(xpaths: ReadonlyMap<XmlElement, string>, element: XmlElement): Issue['xml'] {
  return { xpath: xpaths.get(element) ?? '', line: element.line, column: element.column };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * An issue of the `XDF_` catalogue. `params` are the issue's parameters; `localized` adds values
 * to one language's message without making them parameters.
 */
export function xdfIssue(
  code: XdfCode,
  params: Record<string, unknown>,
  place: XdfPlace = {},
  localized?: Localized,
): Issue {
  const info = XDF_CODES[code];
  const issue: Mutable<Issue> = {
    code,
    severity: info.severity,
    path: place.path ?? '',
    message: {
      de: formatMessage(info.de, localized ? { ...params, ...localized.de } : params),
      en: formatMessage(info.en, localized ? { ...params, ...localized.en } : params),
    },
    params,
  };
  if (place.element) issue.element = { id: place.element.id, version: place.element.version };
  if (place.xml) issue.xml = place.xml;
  return issue;
}

/** `XDF_NOT_WELL_FORMED` for the issue of the XML parser (its code and English text as parameters). */
export function notWellFormed(parserIssue: Issue): Issue {
  const { de, en } = parserIssue.message;
  return xdfIssue(
    'XDF_NOT_WELL_FORMED',
    { xmlCode: parserIssue.code, detail: en },
    { xml: parserIssue.xml },
    { de: { detail: de }, en: { detail: en } },
  );
}
