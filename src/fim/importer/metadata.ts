/**
 * Stage: the metadata every schema, group, field and rule has — identification, names and
 * texts, status, dates, relations, and the antrag extension (a `stichwort` with JSON). Element
 * names come from the version's table; findings are `XDF_MISSING_*`, `XDF_INVALID_DATE`,
 * `XDF_INVALID_STATUS`, `XDF_INVALID_CODE`, `XDF_INVALID_RELATION`, `XDF_EXTENSION_INVALID`.
 */

import type {
  Ableitungsmodifikationen,
  ElementMeta,
  ElementReference,
  Freigabestatus,
  LocalText,
  Relation,
} from '../../model/types.js';
import {
  ABLEITUNG_REPRAESENTATION,
  ABLEITUNG_STRUKTUR,
  PRAEDIKATE,
  SCHEMAELEMENTARTEN,
} from '../../model/types.js';
import { isOneOf } from '../../model/vocabulary.js';
import { isIsoDate } from '../../text/temporal.js';
import { attribute, qname, textOf } from '../../xml/navigate.js';
import type { XmlElement } from '../../xml/parse.js';
import { type Defaulted, type ElementExtension, EXTENSION_URI, parseElementExtension } from '../extension.js';
import { statusFromXdf2, statusFromXdf3 } from '../status.js';
import { codeOf, normalisedText } from '../tree.js';
import type { ElementAt, Identity, ImportContext } from './context.js';
import { nameOf } from './context.js';
import { type Draft, put } from './draft.js';
import type { Names } from './names.js';

/**
 * The id and version of an element (`identifikation`), and its JSON pointer recorded. A missing
 * id skips the element (`XDF_MISSING_ID`); a missing version is the version's default.
 */
export function identification(
  context: ImportContext,
  element: XmlElement,
  names: Names,
  path: string,
): Identity | undefined {
  if (!context.xmlAt.has(path)) context.xmlAt.set(path, element);
  context.pathOf.set(element, path);
  const table = context.names.identification;
  const ident = context.kid(element, names);
  const id = ident ? context.text(ident, table.id) : undefined;
  if (id === undefined) {
    context.report('XDF_MISSING_ID', { element: qname(element) }, { xml: element, path });
    return undefined;
  }
  let version = ident ? context.text(ident, table.version) : undefined;
  if (version === undefined) {
    version = context.names.defaultVersion;
    context.report('XDF_MISSING_VERSION', { id, version }, { xml: element, path, element: { id, version } });
  }
  return { id, version };
}

/** The text of the antrag extension keyword among `stichwort` elements, if any. */
export function extensionText(context: ImportContext, element: XmlElement, names: Names): string | undefined {
  for (const stichwort of context.kids(element, names)) {
    if (attribute(stichwort, 'uri') === EXTENSION_URI) return textOf(stichwort).trim();
  }
  return undefined;
}

/** The extension of a schema, group or field; an invalid one is reported and ignored. */
function elementExtension(
  context: ImportContext,
  element: XmlElement,
  at: ElementAt,
): ElementExtension | undefined {
  const text = extensionText(context, element, context.names.general.keyword);
  if (text === undefined) return undefined;
  const parsed = parseElementExtension(text);
  if (parsed.ok) return parsed.value;
  context.report(
    'XDF_EXTENSION_INVALID',
    { id: at.element.id, uri: EXTENSION_URI, detail: parsed.detail },
    at,
  );
  return undefined;
}

/** An ISO date (a date-time gives its date, as some tools write one); anything else is reported. */
export function date(
  context: ImportContext,
  element: XmlElement,
  names: Names,
  at: ElementAt,
): string | undefined {
  const leaf = context.leaf(element, names);
  const value = normalisedText(leaf);
  if (value === undefined || leaf === undefined) return undefined;
  if (isIsoDate(value)) return value;
  const head = value.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && isIsoDate(head)) return head;
  context.report('XDF_INVALID_DATE', { id: at.element.id, element: leaf.local, value }, { ...at, xml: leaf });
  return undefined;
}

/** The release status, decoded by the version's code list; an unknown code is reported. */
export function status(
  context: ImportContext,
  element: XmlElement,
  names: Names,
  at: ElementAt,
): Freigabestatus | undefined {
  const statusElement = context.kid(element, names);
  const code = codeOf(statusElement);
  if (code === undefined) return undefined;
  const decoded = context.names.statusCodes === 'xdf2' ? statusFromXdf2(code) : statusFromXdf3(code);
  if (decoded === undefined)
    context.report('XDF_INVALID_STATUS', { id: at.element.id, status: code }, { ...at, xml: statusElement });
  return decoded;
}

/** The relations to other elements; incomplete or unknown ones are reported and left out. */
function relations(context: ImportContext, element: XmlElement, at: ElementAt): Relation[] {
  const table = context.names.relation;
  const out: Relation[] = [];
  for (const relation of context.kids(element, context.names.general.relation)) {
    const praedikat = codeOf(context.kid(relation, table.predicate));
    const objekt = context.kid(relation, table.object);
    const id = objekt ? context.text(objekt, context.names.identification.id) : undefined;
    if (praedikat === undefined || !isOneOf(PRAEDIKATE, praedikat) || id === undefined) {
      context.report(
        'XDF_INVALID_RELATION',
        { id: at.element.id, praedikat: praedikat ?? '' },
        { ...at, xml: relation },
      );
      continue;
    }
    const version = objekt ? context.text(objekt, context.names.identification.version) : undefined;
    out.push({
      praedikat: praedikat as Relation['praedikat'],
      objekt: version === undefined ? { id } : { id, version },
    });
  }
  return out;
}

/** Properties the exporter filled with XDF defaults are absent in the definition. */
export function applyDefaulted(
  target: Draft<ElementMeta> & { vorbefuellung?: unknown },
  defaulted: readonly Defaulted[] | undefined,
): void {
  for (const name of defaulted ?? []) {
    if (name === 'cardinality') continue;
    delete target[name];
  }
}

/**
 * Reads the properties every schema, group and field has into `target` (after its `kind`), and
 * returns the element's extension.
 */
export function readMeta(
  context: ImportContext,
  element: XmlElement,
  kind: 'schema' | 'group' | 'field',
  ident: Identity,
  path: string,
  target: Draft<ElementMeta>,
): ElementExtension | undefined {
  const general = context.names.general;
  const texts = kind === 'schema' ? context.names.schema : context.names.element;
  const at = { xml: element, path, element: ident };
  target.id = ident.id;
  target.version = ident.version;
  let name = context.text(element, general.name);
  if (name === undefined) {
    context.report('XDF_MISSING_NAME', { id: ident.id }, at);
    name = ident.id;
  }
  target.name = name;
  const ext = elementExtension(context, element, at);
  const en = ext?.en ?? {};
  const localText = (de: string | undefined, english: string | undefined): LocalText | undefined =>
    de === undefined ? undefined : english === undefined ? { de } : { de, en: english };
  // Texts the version has no element for come from the extension.
  const outputLabel =
    texts.outputLabel.length === 0 ? ext?.outputLabel : context.text(element, texts.outputLabel);
  const outputHelp =
    texts.outputHelp.length === 0 ? ext?.outputHelp : context.text(element, texts.outputHelp);
  put(target, 'label', localText(context.text(element, texts.label), en.label));
  put(target, 'outputLabel', localText(outputLabel, en.outputLabel));
  put(target, 'description', context.text(element, general.description));
  put(target, 'definition', context.text(element, general.definition));
  put(target, 'help', localText(context.text(element, texts.help), en.help));
  put(target, 'outputHelp', localText(outputHelp, en.outputHelp));
  put(target, 'bezug', context.bezug(element, general.bezug));
  put(target, 'status', status(context, element, general.status, at));
  put(target, 'statusDate', date(context, element, general.statusDate, at));
  put(target, 'publicationDate', date(context, element, general.publicationDate, at));
  put(target, 'validFrom', date(context, element, general.validFrom, at));
  put(target, 'validUntil', date(context, element, general.validUntil, at));
  const artElement = context.kid(element, general.schemaelementart);
  const art = codeOf(artElement);
  if (art !== undefined) {
    if (isOneOf(SCHEMAELEMENTARTEN, art)) target.schemaelementart = art;
    else
      context.report(
        'XDF_INVALID_CODE',
        { id: ident.id, element: nameOf(general.schemaelementart), code: art, fallback: '—' },
        { ...at, xml: artElement },
      );
  }
  put(target, 'author', context.text(element, general.author));
  put(target, 'versionNote', context.text(element, general.versionNote));
  const found = relations(context, element, at);
  if (found.length > 0) target.relations = found;
  applyDefaulted(target, ext?.defaulted);
  return ext;
}

/**
 * A schema's `ableitungsmodifikationenStruktur` and `…Repraesentation` (XÖV codes `0`–`3` and
 * `0`–`1`); an unknown code is reported (`XDF_INVALID_CODE`) and left out.
 */
export function ableitungsmodifikationen(
  context: ImportContext,
  element: XmlElement,
  ident: Identity,
): Ableitungsmodifikationen | undefined {
  const names = context.names.schema;
  const at = { xml: element, path: '', element: ident };
  const read = <T extends number>(vocabulary: readonly T[], role: Names): T | undefined => {
    const codeElement = context.kid(element, role);
    const code = codeOf(codeElement);
    if (code === undefined) return undefined;
    const value = /^\d$/.test(code) ? Number(code) : Number.NaN;
    if (isOneOf(vocabulary, value)) return value;
    context.report(
      'XDF_INVALID_CODE',
      { id: ident.id, element: nameOf(role), code, fallback: '—' },
      { ...at, xml: codeElement },
    );
    return undefined;
  };
  const out: Draft<Ableitungsmodifikationen> = {};
  put(out, 'struktur', read(ABLEITUNG_STRUKTUR, names.ableitungStruktur));
  put(out, 'repraesentation', read(ABLEITUNG_REPRAESENTATION, names.ableitungRepraesentation));
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The XDF 3 schema's `dokumentsteckbrief` reference (id and optional version). */
export function dokumentsteckbrief(
  context: ImportContext,
  element: XmlElement,
): ElementReference | undefined {
  const reference = context.kid(element, context.names.schema.dokumentsteckbrief);
  if (!reference) return undefined;
  const id = context.text(reference, context.names.identification.id);
  if (id === undefined) return undefined;
  const version = context.text(reference, context.names.identification.version);
  return version === undefined ? { id } : { id, version };
}
