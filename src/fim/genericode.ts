/**
 * OASIS genericode 1.0 code lists (as published by XRepository) → `CodeList`. The code column is
 * the list's recommended key (XÖV `empfohleneCodeSpalte`), else the key `codeKey`, else the
 * first key, else the first column; the name column is the key `codenameKey`, else the first
 * required column that is not the code column. `codeKey`/`nameKey`/`helpKey` (as an XDF 3 field
 * names them) override the choice; each may name a column id, a key id or a column short name.
 *
 * Real lists differ in one way that matters here: XRepository writes only the root element in
 * the genericode namespace (the schema's local elements are unqualified), others qualify every
 * element. Both are read.
 */

import { type Issue, makeReport, type Report } from '../issues/issue.js';
import type { CodeList, CodeValue } from '../model/types.js';
import { attribute, childElements, textOf, xpathIndex } from '../xml/navigate.js';
import { DEFAULT_XML_LIMITS, parseXml, type XmlElement, type XmlLimits } from '../xml/parse.js';
import type { XdfCode } from './codes.js';
import { notWellFormed, xdfIssue, xmlLocation } from './issue.js';
import { normalisedText } from './tree.js';

/** The genericode 1.0 namespace. */
export const GENERICODE_NAMESPACE = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';

/** Options of `importCodeList`: which columns hold code, name and help text. */
export interface ImportCodeListOptions {
  readonly codeKey?: string;
  readonly nameKey?: string;
  readonly helpKey?: string;
  readonly limits?: Partial<XmlLimits>;
}

/** The result of `importCodeList`. */
export interface CodeListImportResult {
  /** The list; absent when the file is not a usable genericode list. */
  readonly codeList?: CodeList;
  readonly report: Report;
  /** The column ids of the list, in order (for choosing `codeKey`/`nameKey`). */
  readonly columns?: readonly string[];
}

interface Column {
  readonly id: string;
  readonly shortName?: string;
  readonly required: boolean;
}

interface Key {
  readonly id: string;
  readonly shortName?: string;
  readonly ref?: string;
  readonly recommended: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class Reader {
  readonly issues: Issue[] = [];
  readonly #xpaths: Map<XmlElement, string>;

  constructor(root: XmlElement) {
    this.#xpaths = xpathIndex(root);
  }

  report(code: XdfCode, params: Record<string, unknown>, at?: XmlElement): void {
    this.issues.push(xdfIssue(code, params, { xml: at && xmlLocation(this.#xpaths, at) }));
  }
}

/** Child elements in the genericode namespace or unqualified (both occur in real lists). */
function gc(parent: XmlElement, local: string): XmlElement[] {
  return childElements(parent, local).filter((e) => e.ns === GENERICODE_NAMESPACE || e.ns === '');
}

function gcText(parent: XmlElement | undefined, local: string): string | undefined {
  if (!parent) return undefined;
  return normalisedText(gc(parent, local)[0]);
}

function hasDescendant(element: XmlElement, local: string, depth = 0): boolean {
  if (depth > 8) return false;
  for (const node of element.children) {
    if (node.kind !== 'element') continue;
    if (node.local === local || hasDescendant(node, local, depth + 1)) return true;
  }
  return false;
}

/**
 * Reads a genericode code list. Never throws; problems are `XDF_GC_*` issues in the report.
 *
 * @example
 * ```ts
 * const { codeList } = importCodeList(readFileSync('xinneres-geschlecht_1.xml'));
 * const form = compile(definition, { codeLists: codeList ? [codeList] : [] });
 * ```
 */
export function importCodeList(
  xml: string | Uint8Array,
  options: ImportCodeListOptions = {},
): CodeListImportResult {
  const parsed = parseXml(xml, { ...DEFAULT_XML_LIMITS, ...options.limits });
  if (!parsed.ok) return { report: makeReport([notWellFormed(parsed.issue)]) };
  const root = parsed.root;
  const reader = new Reader(root);
  const done = (codeList?: CodeList, columns?: readonly string[]): CodeListImportResult => {
    const result: Mutable<CodeListImportResult> = { report: makeReport(reader.issues) };
    if (codeList) result.codeList = codeList;
    if (columns) result.columns = columns;
    return result;
  };
  if (root.local !== 'CodeList' || root.ns !== GENERICODE_NAMESPACE) {
    reader.report('XDF_GC_NOT_CODE_LIST', { root: root.local, namespace: root.ns }, root);
    return done();
  }

  // --- identification ---
  const identification = gc(root, 'Identification')[0];
  let uri = gcText(identification, 'CanonicalUri');
  let version = gcText(identification, 'Version');
  const versionUri = gcText(identification, 'CanonicalVersionUri');
  if (uri !== undefined && version === undefined && versionUri?.startsWith(`${uri}_`))
    version = versionUri.slice(uri.length + 1);
  if (uri === undefined && version !== undefined && versionUri?.endsWith(`_${version}`))
    uri = versionUri.slice(0, versionUri.length - version.length - 1);
  if (uri === undefined || version === undefined) {
    reader.report(
      'XDF_GC_MISSING_IDENTIFICATION',
      { element: uri === undefined ? 'CanonicalUri' : 'Version' },
      identification ?? root,
    );
    return done();
  }
  if (versionUri !== undefined && versionUri !== `${uri}_${version}`) {
    reader.report(
      'XDF_GC_VERSION_URI_MISMATCH',
      { canonicalVersionUri: versionUri, expected: `${uri}_${version}` },
      identification,
    );
  }

  // --- columns and keys ---
  const columnSet = gc(root, 'ColumnSet')[0];
  const columns: Column[] = [];
  const keys: Key[] = [];
  if (columnSet) {
    for (const column of gc(columnSet, 'Column')) {
      const id = attribute(column, 'Id');
      if (id === undefined) continue;
      const entry: Mutable<Column> = { id, required: attribute(column, 'Use') === 'required' };
      const shortName = gcText(column, 'ShortName');
      if (shortName !== undefined) entry.shortName = shortName;
      columns.push(entry);
    }
    for (const key of gc(columnSet, 'Key')) {
      const id = attribute(key, 'Id');
      if (id === undefined) continue;
      const ref = gc(key, 'ColumnRef')[0];
      const entry: Mutable<Key> = { id, recommended: hasDescendant(key, 'empfohleneCodeSpalte') };
      const refId = ref ? attribute(ref, 'Ref') : undefined;
      if (refId !== undefined) entry.ref = refId;
      const shortName = gcText(key, 'ShortName');
      if (shortName !== undefined) entry.shortName = shortName;
      keys.push(entry);
    }
  }
  const columnIds = columns.map((column) => column.id);
  if (columns.length === 0) {
    reader.report('XDF_GC_NO_COLUMNS', {}, columnSet ?? root);
    return done();
  }
  const isColumn = (id: string | undefined): id is string => id !== undefined && columnIds.includes(id);
  /** A column named by column id, key id or short name. */
  const resolve = (name: string): string | undefined => {
    if (isColumn(name)) return name;
    const key = keys.find((k) => k.id === name || k.shortName === name);
    if (key && isColumn(key.ref)) return key.ref;
    return columns.find((column) => column.shortName === name)?.id;
  };
  const chosen = (name: string | undefined, role: string): string | undefined | null => {
    if (name === undefined) return undefined;
    const column = resolve(name);
    if (column !== undefined) return column;
    reader.report('XDF_GC_UNKNOWN_COLUMN', { column: name, role, columns: columnIds.join(', ') }, columnSet);
    return null;
  };
  const givenCode = chosen(options.codeKey, 'codeKey');
  const givenName = chosen(options.nameKey, 'nameKey');
  const givenHelp = chosen(options.helpKey, 'helpKey');
  if (givenCode === null || givenName === null || givenHelp === null) return done(undefined, columnIds);
  const keyColumn = (predicate: (key: Key) => boolean) =>
    keys.find((key) => predicate(key) && isColumn(key.ref))?.ref;
  const codeColumn =
    givenCode ??
    keyColumn((key) => key.recommended) ??
    keyColumn((key) => key.id === 'codeKey') ??
    keyColumn(() => true) ??
    (columnIds[0] as string);
  const nameColumn =
    givenName ??
    keyColumn((key) => (key.id === 'codenameKey' || key.id === 'nameKey') && key.ref !== codeColumn) ??
    columns.find((column) => column.required && column.id !== codeColumn)?.id ??
    columns.find((column) => column.id !== codeColumn)?.id ??
    codeColumn;
  const helpColumn = givenHelp;

  // --- rows ---
  const values: CodeValue[] = [];
  const seen = new Set<string>();
  const list = gc(root, 'SimpleCodeList')[0];
  for (const [index, row] of (list ? gc(list, 'Row') : []).entries()) {
    const cells = new Map<string, string>();
    let position = 0;
    for (const value of gc(row, 'Value')) {
      const ref = attribute(value, 'ColumnRef');
      const column = ref ?? columnIds[position];
      if (ref !== undefined) position = columnIds.indexOf(ref) + 1;
      else position++;
      const simple = gc(value, 'SimpleValue')[0];
      if (column === undefined || !simple) continue;
      cells.set(column, textOf(simple).trim());
    }
    const code = cells.get(codeColumn);
    if (code === undefined || code === '') {
      reader.report('XDF_GC_ROW_WITHOUT_CODE', { row: index + 1, column: codeColumn }, row);
      continue;
    }
    if (seen.has(code)) {
      reader.report('XDF_GC_DUPLICATE_CODE', { code, row: index + 1 }, row);
      continue;
    }
    seen.add(code);
    const name = cells.get(nameColumn);
    const entry: Mutable<CodeValue> = { code, name: { de: name === undefined || name === '' ? code : name } };
    const help = helpColumn === undefined ? undefined : cells.get(helpColumn);
    if (help !== undefined && help !== '') entry.help = { de: help };
    values.push(entry);
  }
  const codeList: Mutable<CodeList> = { uri, version, values };
  const shortName = gcText(identification, 'ShortName');
  const longName = gcText(identification, 'LongName');
  if (shortName !== undefined) codeList.shortName = shortName;
  if (longName !== undefined) codeList.name = longName;
  return done(codeList, columnIds);
}
