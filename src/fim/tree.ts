/**
 * How the FIM readers take text from the parsed tree (navigation itself is `xml/navigate.ts`):
 * a single-valued text is trimmed and empty means absent; an XÖV code is the text of its
 * `code` child.
 */

import { childElements, textOf } from '../xml/navigate.js';
import type { XmlElement } from '../xml/parse.js';

/**
 * The text of an element as the importer reads it: leading and trailing white space (the
 * indentation of pretty-printed files) removed, everything else kept, including the CR that
 * real files carry in `bezug` (written as `&#13;`). Empty text is undefined.
 */
export function normalisedText(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const text = textOf(element).trim();
  return text === '' ? undefined : text;
}

/**
 * The code of an XÖV code element (`<x><code>…</code></x>`; `code` in any or no namespace): the
 * first `code` with content, as for every single-valued text element.
 */
export function codeOf(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  for (const code of childElements(element, 'code')) {
    const text = normalisedText(code);
    if (text !== undefined) return text;
  }
  return undefined;
}
