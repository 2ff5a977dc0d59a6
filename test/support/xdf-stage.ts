/**
 * A stage of the XDF importer run on a fragment: `stage(3, '<x:datenfeld>…')` parses the fragment
 * inside an XDF message root of that version (prefix `x`) and gives an import context for it and
 * the fragment's element.
 */
import { ImportContext } from '../../src/fim/importer/context.js';
import { XDF2_NAMES } from '../../src/fim/importer/names-xdf2.js';
import { XDF3_NAMES } from '../../src/fim/importer/names-xdf3.js';
import { firstChildElement } from '../../src/xml/navigate.js';
import { parseXml, type XmlElement } from '../../src/xml/parse.js';

export function stage(version: 2 | 3, fragment: string): { context: ImportContext; element: XmlElement } {
  const names = version === 2 ? XDF2_NAMES : XDF3_NAMES;
  const parsed = parseXml(
    `<x:xdatenfelder.stammdatenschema.0102 xmlns:x="${names.namespace}">${fragment}</x:xdatenfelder.stammdatenschema.0102>`,
  );
  if (!parsed.ok) throw new Error(parsed.issue.message.en);
  const element = firstChildElement(parsed.root);
  if (!element) throw new Error('empty fragment');
  return { context: new ImportContext(names, parsed.root), element };
}

/** The codes of the findings so far. */
export function codes(context: ImportContext): string[] {
  return context.issues.map((issue) => issue.code);
}
