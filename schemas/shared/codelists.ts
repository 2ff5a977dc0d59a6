/**
 * Code lists of the shipped forms.
 *
 * XRepository lists are referenced by canonical URI and version (`CodeListRef`) and shipped as
 * data generated from their genericode files (`codelists.data.ts`, `npm run codelists:write`):
 * each form carries the lists it references in `codeLists`, so `compile`, the XML reader and
 * writer and `generateExample` know the allowed codes without loading anything, and a code that
 * is not in the list is the error `CODE_NOT_IN_LIST`. Small lists of the library's own are
 * inline `values` in the forms.
 */

import type { CodeList, CodeListRef } from '../../src/model/types.js';
import {
  type CodeListData,
  EU_EWR_STAATEN,
  FAMILIENSTAND_DATA,
  GESCHLECHT_DATA,
  STAATSANGEHOERIGKEIT_DATA,
} from './codelists.data.js';

function expand(data: CodeListData): CodeList {
  return {
    uri: data.uri,
    version: data.version,
    shortName: data.shortName,
    name: data.name,
    values: data.rows.map(([code, name]) => ({ code, name: { de: name } })),
  };
}

const ref = (data: CodeListData): CodeListRef => ({ uri: data.uri, version: data.version });

/** XInneres Geschlecht, version 1 (m, w, d, x). */
export const GESCHLECHT: CodeListRef = ref(GESCHLECHT_DATA);
export const GESCHLECHT_LISTE: CodeList = expand(GESCHLECHT_DATA);

/** DESTATIS Staatsangehörigkeit (three-digit keys, e.g. 000 deutsch), version 2024-08-01. */
export const STAATSANGEHOERIGKEIT: CodeListRef = ref(STAATSANGEHOERIGKEIT_DATA);
export const STAATSANGEHOERIGKEIT_LISTE: CodeList = expand(STAATSANGEHOERIGKEIT_DATA);

/** DSMeld Familienstand (Blatt 1401), version 2. */
export const FAMILIENSTAND: CodeListRef = ref(FAMILIENSTAND_DATA);
export const FAMILIENSTAND_LISTE: CodeList = expand(FAMILIENSTAND_DATA);

/** Where each shipped list comes from, by `uri_version` (for docs/forms.md). */
export const CODE_LIST_SOURCES: ReadonlyMap<string, string> = new Map(
  [GESCHLECHT_DATA, STAATSANGEHOERIGKEIT_DATA, FAMILIENSTAND_DATA].map((data) => [
    `${data.uri}_${data.version}`,
    data.source,
  ]),
);

/** The DESTATIS keys of the EU and EEA states, as a list literal for rules (§ 30 FeV). */
export const EU_EWR_LITERAL = `[${EU_EWR_STAATEN.map((code) => `"${code}"`).join(', ')}]`;
