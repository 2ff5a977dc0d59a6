/**
 * Release status: XDF 2 `status` (inVorbereitung | aktiv | inaktiv) mapped to the XDF 3
 * `freigabestatus` the model holds (code list `urn:xoev-de:xprozess:codeliste:status`).
 *
 * The rule (documented in docs/fim.md):
 * - `inVorbereitung` (in preparation) → 2 „in Bearbeitung“: the element is still being worked on;
 * - `aktiv` (in use) → 6 „fachlich freigegeben (gold)“: XDF 2 knows only one released state, and
 *   an element in use is released;
 * - `inaktiv` → 7 „inaktiv“.
 * XDF 3 codes 1–8 are taken as they are; anything else is reported and left out.
 */

import type { Freigabestatus } from '../model/types.js';

/** XDF 2 status code → freigabestatus. */
export const XDF2_STATUS: Readonly<Record<string, Freigabestatus>> = {
  inVorbereitung: 2,
  aktiv: 6,
  inaktiv: 7,
};

/** The freigabestatus of an XDF 2 status code, or undefined when unknown. */
export function statusFromXdf2(code: string): Freigabestatus | undefined {
  return Object.hasOwn(XDF2_STATUS, code) ? XDF2_STATUS[code] : undefined;
}

/** The freigabestatus of an XDF 3 code (`1` … `8`), or undefined when invalid. */
export function statusFromXdf3(code: string): Freigabestatus | undefined {
  return /^[1-8]$/.test(code) ? (Number(code) as Freigabestatus) : undefined;
}

/** Names of the freigabestatus codes (German, as in the code list). */
export const FREIGABESTATUS_NAMES: Readonly<Record<Freigabestatus, string>> = {
  1: 'in Planung',
  2: 'in Bearbeitung',
  3: 'Entwurf',
  4: 'methodisch freigegeben',
  5: 'fachlich freigegeben (silber)',
  6: 'fachlich freigegeben (gold)',
  7: 'inaktiv',
  8: 'vorgesehen zum Löschen',
};
