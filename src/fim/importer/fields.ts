/**
 * Stage: a field (`datenfeld`) → `FieldDefinition`: its kind and data type, constraints
 * (`praezisierung`: JSON text in XDF 2, attributes in XDF 3), code-list reference or inline
 * values, file limits, content and prefill. The result is made consistent (a label has no
 * constraints, a select needs a list, only a select has one, only a file has file limits), each
 * change a finding. Occurrence properties (key, cardinality) are added by `structure.ts`.
 */

import {
  type CodeListRef,
  type CodeValue,
  DATENTYPEN,
  type Datentyp,
  FELDARTEN,
  type Feldart,
  type FieldDefinition,
  type FileConstraints,
  type Praezisierung,
  VORBEFUELLUNGEN,
  type Vorbefuellung,
} from '../../model/types.js';
import { isOneOf } from '../../model/vocabulary.js';
import { isIsoDate, isIsoDateTime, isIsoTime } from '../../text/temporal.js';
import { compileXsdPattern } from '../../text/xsd-regex.js';
import { attribute, textOf } from '../../xml/navigate.js';
import type { XmlElement } from '../../xml/parse.js';
import type { ElementExtension } from '../extension.js';
import { codeOf, normalisedText } from '../tree.js';
import { type ElementAt, type Identity, type ImportContext, nameOf } from './context.js';
import { type Draft, finished, put } from './draft.js';
import { applyDefaulted, readMeta } from './metadata.js';
import { readRules } from './rules.js';

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** The constraints of `praezisierung`: attribute names (XDF 3) and JSON keys (XDF 2) alike. */
const CONSTRAINTS = ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'] as const;

/** A code of a closed list; a missing or unknown one is reported and replaced by `fallback`. */
function listCode<T extends string>(
  context: ImportContext,
  element: XmlElement,
  names: readonly string[],
  allowed: readonly T[],
  fallback: T,
  at: ElementAt,
): T {
  const codeElement = context.kid(element, names);
  const code = codeOf(codeElement);
  if (code !== undefined && (allowed as readonly string[]).includes(code)) return code as T;
  context.report(
    'XDF_INVALID_CODE',
    { id: at.element.id, element: nameOf(names), code: code ?? '', fallback },
    { ...at, xml: codeElement ?? element },
  );
  return fallback;
}

/** One `datenfeld`, without occurrence properties. */
export function readField(
  context: ImportContext,
  element: XmlElement,
  ident: Identity,
  path: string,
): FieldDefinition {
  const names = context.names.field;
  const at = { xml: element, path, element: ident };
  const field: Draft<FieldDefinition> = { kind: 'field' };
  const ext = readMeta(context, element, 'field', ident, path, field);
  let feldart: Feldart = listCode(context, element, names.feldart, FELDARTEN, 'input', at);
  const datentyp: Datentyp = listCode(context, element, names.datentyp, DATENTYPEN, 'text', at);

  let praezisierung = readPraezisierung(context, element, datentyp, at);
  let codeList = codeListRef(context, element, at);
  let values = inlineValues(context, element, ext, at);
  let file = fileConstraints(context, element, ext);
  const content = context.text(element, names.content);
  const vorbefuellungElement = context.kid(element, names.prefill);
  const vorbefuellungCode = codeOf(vorbefuellungElement);
  let vorbefuellung: Vorbefuellung | undefined;
  if (vorbefuellungCode !== undefined) {
    // `keine` is what an absent vorbefuellung means; XDF 3 requires the element, so it says nothing
    // more, unless the extension records that the definition stated it.
    if (vorbefuellungCode === 'keine') vorbefuellung = ext?.vorbefuellung;
    else if (isOneOf(VORBEFUELLUNGEN, vorbefuellungCode)) vorbefuellung = vorbefuellungCode as Vorbefuellung;
    else
      context.report(
        'XDF_INVALID_CODE',
        { id: ident.id, element: nameOf(names.prefill), code: vorbefuellungCode, fallback: '—' },
        { ...at, xml: vorbefuellungElement },
      );
  }

  const ignore = (property: string, reason: string) =>
    context.report('XDF_IGNORED_PROPERTY', { id: ident.id, property, reason }, at);
  const fileNames = `${nameOf(names.maxSize)}/${nameOf(names.mediaType)}`;
  if (feldart === 'label') {
    if (praezisierung) ignore(nameOf(names.praezisierung), 'feldart label');
    if (codeList) ignore(nameOf(names.codeList), 'feldart label');
    if (values) ignore(nameOf(names.values), 'feldart label');
    if (file) ignore(fileNames, 'feldart label');
    praezisierung = undefined;
    codeList = undefined;
    values = undefined;
    file = undefined;
  } else if (feldart === 'select' && !codeList && !values) {
    context.report('XDF_SELECT_WITHOUT_CODE_LIST', { id: ident.id }, at);
    feldart = 'input';
  } else if (feldart !== 'select' && (codeList || values)) {
    if (codeList) ignore(nameOf(names.codeList), `feldart ${feldart}`);
    if (values) ignore(nameOf(names.values), `feldart ${feldart}`);
    codeList = undefined;
    values = undefined;
  }
  if (file && datentyp !== 'file') {
    ignore(fileNames, `datentyp ${datentyp}`);
    file = undefined;
  }

  field.feldart = feldart;
  field.datentyp = datentyp;
  put(field, 'praezisierung', praezisierung);
  put(field, 'codeList', codeList);
  put(field, 'values', values);
  put(field, 'content', content);
  put(field, 'file', file);
  put(field, 'vorbefuellung', vorbefuellung);
  put(field, 'rules', readRules(context, element, names.rule, path));
  applyDefaulted(field, ext?.defaulted);
  return finished(field, ['kind', 'id', 'version', 'name', 'feldart', 'datentyp']);
}

/** The raw constraint texts: attributes, else (XDF 2, or an XDF 3 file written so) a JSON object. */
function constraintTexts(
  context: ImportContext,
  element: XmlElement,
  datentyp: Datentyp,
  located: ElementAt,
): Partial<Record<(typeof CONSTRAINTS)[number], string>> | undefined {
  const raw: Partial<Record<(typeof CONSTRAINTS)[number], string>> = {};
  for (const name of CONSTRAINTS) {
    const value = attribute(element, name);
    if (value !== undefined) raw[name] = value;
  }
  const text = textOf(element).trim();
  const id = located.element.id;
  if (Object.keys(raw).length === 0 && text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      context.report('XDF_PRAEZISIERUNG_SYNTAX', { id, text: text.slice(0, 200) }, located);
      return undefined;
    }
    const record = json as Record<string, unknown>;
    for (const name of CONSTRAINTS) {
      if (!Object.hasOwn(record, name)) continue;
      const value = record[name];
      if (typeof value === 'string') raw[name] = value;
      else if (typeof value === 'number' && Number.isFinite(value)) raw[name] = String(value);
      else if (value !== null && value !== undefined)
        context.report(
          'XDF_INVALID_PRAEZISIERUNG',
          { id, name, value: JSON.stringify(value).slice(0, 100), datentyp },
          located,
        );
    }
  } else if (Object.keys(raw).length === 0 && text !== '' && context.names.praezisierungText === 'json') {
    context.report('XDF_PRAEZISIERUNG_SYNTAX', { id, text: text.slice(0, 200) }, located);
    return undefined;
  }
  return raw;
}

/** `praezisierung`: each constraint checked against the data type; what does not fit is reported and left out. */
function readPraezisierung(
  context: ImportContext,
  element: XmlElement,
  datentyp: Datentyp,
  at: ElementAt,
): Praezisierung | undefined {
  const praezisierungElement = context.kid(element, context.names.field.praezisierung);
  if (!praezisierungElement) return undefined;
  const located = { ...at, xml: praezisierungElement };
  const raw = constraintTexts(context, praezisierungElement, datentyp, located);
  if (raw === undefined) return undefined;
  const out: Draft<Praezisierung> = {};
  const invalid = (name: string, value: string) =>
    context.report(
      'XDF_INVALID_PRAEZISIERUNG',
      { id: at.element.id, name, value: value.slice(0, 100), datentyp },
      located,
    );
  for (const name of ['minLength', 'maxLength'] as const) {
    const value = raw[name]?.trim();
    if (value === undefined || value === '') continue;
    const n = Number(value);
    if (/^\d+$/.test(value) && Number.isSafeInteger(n)) out[name] = n;
    else invalid(name, value);
  }
  const numeric = datentyp === 'num' || datentyp === 'num_int' || datentyp === 'num_currency';
  const temporal =
    datentyp === 'date'
      ? isIsoDate
      : datentyp === 'time'
        ? isIsoTime
        : datentyp === 'datetime'
          ? isIsoDateTime
          : undefined;
  for (const name of ['minValue', 'maxValue'] as const) {
    const value = raw[name]?.trim();
    if (value === undefined || value === '') continue;
    if (numeric) {
      const n = Number(value);
      if (NUMBER_TEXT.test(value) && Number.isFinite(n)) out[name] = n;
      else invalid(name, value);
    } else if (temporal) {
      if (temporal(value)) out[name] = value;
      else invalid(name, value);
    } else {
      out[name] = value;
    }
  }
  const pattern = raw.pattern;
  if (pattern !== undefined && pattern !== '') {
    const compiled = compileXsdPattern(pattern);
    if (compiled.ok) out.pattern = pattern;
    else
      context.report(
        'XDF_INVALID_PATTERN',
        { id: at.element.id, pattern: pattern.slice(0, 200), detail: compiled.error },
        located,
      );
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** `codelisteReferenz` → URI and version (either may be told by `canonicalVersionUri`) and the column keys. */
function codeListRef(context: ImportContext, element: XmlElement, at: ElementAt): CodeListRef | undefined {
  const field = context.names.field;
  const names = context.names.codeList;
  const reference = context.kid(element, field.codeList);
  if (!reference) return undefined;
  const genericode = context.kid(reference, names.genericode);
  const parts = genericode ? context.names.genericode : names;
  const holder = genericode ?? reference;
  let uri = context.text(holder, parts.uri);
  let version = context.text(holder, parts.version);
  const versionUri = context.text(holder, parts.versionUri);
  const located = { ...at, xml: reference };
  if (uri === undefined && version === undefined && versionUri === undefined) return undefined;
  if (uri !== undefined && version === undefined && versionUri?.startsWith(`${uri}_`)) {
    version = versionUri.slice(uri.length + 1);
  } else if (uri === undefined && versionUri !== undefined) {
    const cut = versionUri.lastIndexOf('_');
    if (cut > 0) {
      uri = versionUri.slice(0, cut);
      version ??= versionUri.slice(cut + 1);
    }
  }
  if (uri === undefined || version === undefined || version === '') {
    context.report('XDF_CODE_LIST_INCOMPLETE', { id: at.element.id }, located);
    return undefined;
  }
  if (versionUri !== undefined && versionUri !== `${uri}_${version}`) {
    context.report(
      'XDF_CODE_LIST_URI_MISMATCH',
      { id: at.element.id, uri, version, canonicalVersionUri: versionUri },
      located,
    );
  }
  const ref: Draft<CodeListRef> = { uri, version };
  put(ref, 'codeKey', context.text(element, field.codeKey));
  put(ref, 'nameKey', context.text(element, field.nameKey));
  put(ref, 'helpKey', context.text(element, field.helpKey));
  return finished(ref, ['uri', 'version']);
}

/** `werte/wert` → inline values (English texts from the extension); a repeated code is reported and left out. */
function inlineValues(
  context: ImportContext,
  element: XmlElement,
  ext: ElementExtension | undefined,
  at: ElementAt,
): CodeValue[] | undefined {
  const names = context.names.value;
  const werte = context.kid(element, context.names.field.values);
  if (!werte) return undefined;
  const out: CodeValue[] = [];
  const codes = new Set<string>();
  for (const [index, wert] of context.kids(werte, context.names.values.value).entries()) {
    const code = context.text(wert, names.code) ?? '';
    if (codes.has(code)) {
      context.report('XDF_DUPLICATE_VALUE', { id: at.element.id, code }, { ...at, xml: wert });
      continue;
    }
    codes.add(code);
    const english = ext?.values?.[index] ?? undefined;
    const name = context.text(wert, names.name) ?? code;
    const value: Draft<CodeValue> = {
      code,
      name: english?.name === undefined ? { de: name } : { de: name, en: english.name },
    };
    const help = context.text(wert, names.help);
    if (help !== undefined)
      value.help = english?.help === undefined ? { de: help } : { de: help, en: english.help };
    out.push(finished(value, ['code', 'name']));
  }
  return out;
}

/** `maxSize`/`mediaType` → file limits, unless the extension carries them exactly. */
function fileConstraints(
  context: ImportContext,
  element: XmlElement,
  ext: ElementExtension | undefined,
): FileConstraints | undefined {
  // Parsed from JSON: optional properties are absent, never `undefined` (zod types say `| undefined`).
  if (ext?.file) return ext.file as FileConstraints;
  const names = context.names.field;
  const mediaTypes = context
    .kids(element, names.mediaType)
    .map((e) => normalisedText(e))
    .filter((t): t is string => t !== undefined);
  const sizeText = context.text(element, names.maxSize);
  const size = sizeText !== undefined && /^\d+$/.test(sizeText) ? Number(sizeText) : undefined;
  if (mediaTypes.length === 0 && size === undefined) return undefined;
  const file: Draft<FileConstraints> = {};
  if (mediaTypes.length > 0) file.mediaTypes = mediaTypes;
  put(file, 'maxSize', size);
  return file;
}
