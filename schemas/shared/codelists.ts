/**
 * Code lists shared by the shipped forms.
 *
 * Real XRepository lists are referenced by their canonical URI and version only; their values
 * are loaded at run time (genericode, `importCodeList`), never copied into the library. Small
 * lists of the library's own are defined here with values, under `urn:antrag:codeliste:…`.
 */

import type { CodeListRef } from '../../src/model/types.js';

/** XInneres Geschlecht, version 1 (m, w, d, x). */
export const GESCHLECHT: CodeListRef = { uri: 'urn:xoev-de:xinneres:codeliste:geschlecht', version: '1' };

/** DESTATIS Staatsangehörigkeit (three-digit keys, e.g. 000 deutsch), version 2024-08-01. */
export const STAATSANGEHOERIGKEIT: CodeListRef = {
  uri: 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit',
  version: '2024-08-01',
};

/** DSMeld Familienstand (Blatt 1401), version 2. */
export const FAMILIENSTAND: CodeListRef = {
  uri: 'urn:de:dsmeld:schluesseltabelle:familienstand',
  version: '2',
};

/** DESTATIS Bundesland (two-digit keys), version 2010-04-01. */
export const BUNDESLAND: CodeListRef = {
  uri: 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland',
  version: '2010-04-01',
};
