/**
 * XDatenfelder 3 export: a definition becomes an `xdatenfelder.stammdatenschema.0102` message
 * with header, every group and field inlined in its `struktur` (as FIM tools expect), rules
 * inside the elements they belong to and their expressions in `skript`.
 *
 * Everything XDF 3 can hold is written as XDF 3, so a reader that ignores the extension gets
 * the same definition wherever XDF 3 can express it (docs/fim.md lists what only the extension
 * carries). What XDF 3 cannot hold (readable keys, English texts, how a rule acts, a rule's
 * status and validity, carried code lists, message settings) is written as the antrag extension
 * (see `extension.ts`), so that `importXdf(toXdf(d)).definition` equals `d`. Properties XDF 3
 * requires but the definition leaves out (freigabestatus, schemaelementart, bezeichnungEingabe)
 * are written with a default and marked in the extension; an absent vorbefuellung is written as
 * `keine`, which is what it means. Element order follows the XDF 3.0.0 XSD.
 */

import type {
  ChildDefinition,
  CodeValue,
  ElementMeta,
  FieldDefinition,
  FormDefinition,
  GroupDefinition,
  LocalText,
  RuleDefinition,
} from '../model/types.js';
import { escapeAttribute, escapeText } from '../xml/escape.js';
import {
  type Defaulted,
  type ElementExtension,
  EXTENSION_URI,
  extensionText,
  type RuleExtension,
} from './extension.js';
import { deriveKey, uniqueKeys } from './keys.js';
import { SCHEMA_MESSAGE, XDF3_CODE_LISTS, XDF3_NAMESPACE } from './xdf.js';

/** Options of `toXdf`. */
export interface ToXdfOptions {
  /** The XDatenfelder version to write; only 3 is supported. */
  readonly version: 3;
  /** `header/nachrichtID`; a new random UUID when absent. */
  readonly messageId?: string;
  /** `header/erstellungszeitpunkt` (also each element's `letzteAenderung`); now when absent. */
  readonly createdAt?: string;
  /** Indent of the XML (default two spaces; `''` for none). */
  readonly indent?: string;
}

/** Defaults written where XDF 3 requires a value the definition leaves out (marked in the extension). */
export const XDF3_DEFAULTS = {
  freigabestatus: 3,
  schemaelementart: 'RNG',
} as const;

// Characters XML 1.0 cannot carry are replaced (a definition should not contain them).
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string) => text.replace(NOT_XML, '\uFFFD');

class Writer {
  readonly #lines: string[] = [];
  #depth = 0;

  constructor(readonly indent: string) {}

  #pad(): string {
    return this.indent.repeat(this.#depth);
  }

  #attributes(attributes: Readonly<Record<string, string>>): string {
    return Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${escapeAttribute(clean(value))}"`)
      .join('');
  }

  raw(line: string): void {
    this.#lines.push(line);
  }

  open(name: string, attributes: Readonly<Record<string, string>> = {}): void {
    this.#lines.push(`${this.#pad()}<${name}${this.#attributes(attributes)}>`);
    this.#depth++;
  }

  close(name: string): void {
    this.#depth--;
    this.#lines.push(`${this.#pad()}</${name}>`);
  }

  /** An element with text content; nothing when the text is undefined or empty. */
  leaf(
    name: string,
    text: string | number | undefined,
    attributes: Readonly<Record<string, string>> = {},
  ): void {
    if (text === undefined || text === '') return;
    this.#lines.push(
      `${this.#pad()}<${name}${this.#attributes(attributes)}>${escapeText(clean(String(text)))}</${name}>`,
    );
  }

  empty(name: string, attributes: Readonly<Record<string, string>>): void {
    this.#lines.push(`${this.#pad()}<${name}${this.#attributes(attributes)}/>`);
  }

  /** An XÖV code element: `<xdf:name listURI=… listVersionID=…><code>value</code></xdf:name>`. */
  code(name: string, list: { readonly uri: string; readonly version: string }, value: string): void {
    this.#lines.push(
      `${this.#pad()}<${name}${this.#attributes({ listURI: list.uri, listVersionID: list.version })}><code>${escapeText(clean(value))}</code></${name}>`,
    );
  }

  text(): string {
    return `${this.#lines.join(this.indent === '' ? '' : '\n')}\n`;
  }
}

const X = (local: string) => `xdf:${local}`;

function english(texts: Record<string, LocalText | undefined>): ElementExtension['en'] {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) if (text?.en !== undefined) out[name] = text.en;
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The file constraints as the importer would read them back from `maxSize`/`mediaType`. */
function fileAsRead(field: FieldDefinition): string {
  const file = field.file;
  if (!file) return 'none';
  const read: Record<string, unknown> = {};
  if (file.mediaTypes && file.mediaTypes.length > 0) read.mediaTypes = file.mediaTypes;
  if (file.maxSize !== undefined && Number.isSafeInteger(file.maxSize) && file.maxSize >= 0)
    read.maxSize = file.maxSize;
  return Object.keys(read).length === 0 ? 'none' : JSON.stringify(read);
}

function fileAsGiven(field: FieldDefinition): string {
  const file = field.file;
  if (!file) return 'none';
  const given: Record<string, unknown> = {};
  if (file.mediaTypes !== undefined) given.mediaTypes = file.mediaTypes;
  if (file.maxSize !== undefined) given.maxSize = file.maxSize;
  return JSON.stringify(given);
}

class Exporter {
  constructor(
    readonly w: Writer,
    readonly createdAt: string,
  ) {}

  /** identifikation … letzteAenderung, relations and the extension: what every element starts with. */
  base(element: ElementMeta, ext: Record<string, unknown>, defaulted: Defaulted[]): void {
    const { w } = this;
    w.open(X('identifikation'));
    w.leaf(X('id'), element.id);
    w.leaf(X('version'), element.version);
    w.close(X('identifikation'));
    w.leaf(X('name'), element.name);
    w.leaf(X('beschreibung'), element.description);
    w.leaf(X('definition'), element.definition);
    w.leaf(X('bezug'), element.bezug);
    if (element.status === undefined) defaulted.push('status');
    w.code(
      X('freigabestatus'),
      XDF3_CODE_LISTS.freigabestatus,
      String(element.status ?? XDF3_DEFAULTS.freigabestatus),
    );
    w.leaf(X('statusGesetztAm'), element.statusDate);
    w.leaf(X('statusGesetztDurch'), element.author);
    w.leaf(X('gueltigAb'), element.validFrom);
    w.leaf(X('gueltigBis'), element.validUntil);
    w.leaf(X('versionshinweis'), element.versionNote);
    w.leaf(X('veroeffentlichungsdatum'), element.publicationDate);
    w.leaf(X('letzteAenderung'), this.createdAt);
    for (const relation of element.relations ?? []) {
      w.open(X('relation'));
      w.code(X('praedikat'), XDF3_CODE_LISTS.relation, relation.praedikat);
      w.open(X('objekt'));
      w.leaf(X('id'), relation.objekt.id);
      w.leaf(X('version'), relation.objekt.version);
      w.close(X('objekt'));
      w.close(X('relation'));
    }
    if (defaulted.length > 0) ext.defaulted = defaulted;
    const text = extensionText(ext);
    if (text !== undefined) w.leaf(X('stichwort'), text, { uri: EXTENSION_URI });
  }

  /** Labels and help of a group or field (`bezeichnungEingabe` … `hilfetextAusgabe`). */
  labels(element: ChildDefinition): void {
    const { w } = this;
    w.leaf(X('bezeichnungEingabe'), element.label?.de ?? element.name);
    w.leaf(X('bezeichnungAusgabe'), element.outputLabel?.de);
    w.code(
      X('schemaelementart'),
      XDF3_CODE_LISTS.schemaelementart,
      element.schemaelementart ?? XDF3_DEFAULTS.schemaelementart,
    );
    w.leaf(X('hilfetextEingabe'), element.help?.de);
    w.leaf(X('hilfetextAusgabe'), element.outputHelp?.de);
  }

  /** Extension entries of a container: its children's keys and implicit cardinalities. */
  containerExtension(children: readonly ChildDefinition[], ext: Record<string, unknown>): void {
    const keys = children.map((child) => child.key);
    const derived = uniqueKeys(children.map((child) => deriveKey(child.name, child.kind, child.id)));
    if (keys.some((key, index) => key !== derived[index])) ext.keys = keys;
    const implicit = children.flatMap((child, index) => (child.cardinality === undefined ? [index] : []));
    if (implicit.length > 0) ext.implicitCardinality = implicit;
  }

  elementDefaults(element: ChildDefinition, defaulted: Defaulted[]): void {
    if (element.schemaelementart === undefined) defaulted.push('schemaelementart');
    if (element.label === undefined) defaulted.push('label');
  }

  schema(definition: FormDefinition): void {
    const { w } = this;
    w.open(X('stammdatenschema'));
    const ext: Record<string, unknown> = {};
    if (definition.key !== deriveKey(definition.name, 'schema', definition.id)) ext.key = definition.key;
    this.containerExtension(definition.children, ext);
    const en = english({
      label: definition.label,
      outputLabel: definition.outputLabel,
      help: definition.help,
      outputHelp: definition.outputHelp,
    });
    if (en) ext.en = en;
    if (definition.outputLabel) ext.outputLabel = definition.outputLabel.de;
    if (definition.outputHelp) ext.outputHelp = definition.outputHelp.de;
    if (definition.message) ext.message = definition.message;
    if (definition.codeLists) ext.codeLists = definition.codeLists;
    // schemaelementart is not part of an XDF 3 schema: it travels in the extension's absence only.
    const defaulted: Defaulted[] = [];
    if (definition.schemaelementart !== undefined) ext.schemaelementart = definition.schemaelementart;
    this.base(definition, ext, defaulted);
    w.leaf(X('bezeichnung'), definition.label?.de);
    w.leaf(X('hilfetext'), definition.help?.de);
    // Required by the XSD, but written only when the definition holds them (no default is implied).
    const { struktur, repraesentation } = definition.ableitungsmodifikationen ?? {};
    if (struktur !== undefined) {
      const list = XDF3_CODE_LISTS.ableitungsmodifikationenStruktur;
      w.code(X('ableitungsmodifikationenStruktur'), list, String(struktur));
    }
    if (repraesentation !== undefined) {
      const list = XDF3_CODE_LISTS.ableitungsmodifikationenRepraesentation;
      w.code(X('ableitungsmodifikationenRepraesentation'), list, String(repraesentation));
    }
    if (definition.dokumentsteckbrief) {
      w.open(X('dokumentsteckbrief'));
      w.leaf(X('id'), definition.dokumentsteckbrief.id);
      w.leaf(X('version'), definition.dokumentsteckbrief.version);
      w.close(X('dokumentsteckbrief'));
    }
    for (const rule of definition.rules ?? []) this.rule(rule);
    for (const child of definition.children) this.struktur(child);
    w.close(X('stammdatenschema'));
  }

  struktur(child: ChildDefinition): void {
    const { w } = this;
    w.open(X('struktur'));
    w.leaf(X('anzahl'), child.cardinality ?? '1:1');
    w.leaf(X('bezug'), child.occurrenceBezug);
    w.open(X('enthaelt'));
    if (child.kind === 'group') this.group(child);
    else this.field(child);
    w.close(X('enthaelt'));
    w.close(X('struktur'));
  }

  group(group: GroupDefinition): void {
    const { w } = this;
    w.open(X('datenfeldgruppe'));
    const ext: Record<string, unknown> = {};
    this.containerExtension(group.children, ext);
    const en = english({
      label: group.label,
      outputLabel: group.outputLabel,
      help: group.help,
      outputHelp: group.outputHelp,
    });
    if (en) ext.en = en;
    const defaulted: Defaulted[] = [];
    this.elementDefaults(group, defaulted);
    this.base(group, ext, defaulted);
    this.labels(group);
    for (const rule of group.rules ?? []) this.rule(rule);
    for (const child of group.children) this.struktur(child);
    w.close(X('datenfeldgruppe'));
  }

  field(field: FieldDefinition): void {
    const { w } = this;
    w.open(X('datenfeld'));
    const ext: Record<string, unknown> = {};
    const en = english({
      label: field.label,
      outputLabel: field.outputLabel,
      help: field.help,
      outputHelp: field.outputHelp,
    });
    if (en) ext.en = en;
    const values = field.values;
    if (values?.some((value) => value.name.en !== undefined || value.help?.en !== undefined)) {
      ext.values = values.map((value) => {
        const entry: Record<string, string> = {};
        if (value.name.en !== undefined) entry.name = value.name.en;
        if (value.help?.en !== undefined) entry.help = value.help.en;
        return Object.keys(entry).length === 0 ? null : entry;
      });
    }
    if (field.file && fileAsRead(field) !== fileAsGiven(field)) ext.file = field.file;
    if (field.vorbefuellung === 'keine') ext.vorbefuellung = 'keine';
    const defaulted: Defaulted[] = [];
    this.elementDefaults(field, defaulted);
    this.base(field, ext, defaulted);
    this.labels(field);
    w.code(X('feldart'), XDF3_CODE_LISTS.feldart, field.feldart);
    w.code(X('datentyp'), XDF3_CODE_LISTS.datentyp, field.datentyp);
    const p = field.praezisierung;
    if (p) {
      const attributes: Record<string, string> = {};
      for (const name of ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'] as const) {
        const value = p[name];
        if (value !== undefined) attributes[name] = String(value);
      }
      if (Object.keys(attributes).length > 0) w.empty(X('praezisierung'), attributes);
    }
    w.leaf(X('inhalt'), field.content);
    // Required by XDF 3; an absent vorbefuellung means none, `keine`.
    w.code(X('vorbefuellung'), XDF3_CODE_LISTS.vorbefuellung, field.vorbefuellung ?? 'keine');
    if (values) this.werte(values);
    if (field.codeList) {
      const { uri, version } = field.codeList;
      w.open(X('codelisteReferenz'));
      w.leaf(X('canonicalIdentification'), uri);
      w.leaf(X('version'), version);
      w.leaf(X('canonicalVersionUri'), `${uri}_${version}`);
      w.close(X('codelisteReferenz'));
      w.leaf(X('codeKey'), field.codeList.codeKey);
      w.leaf(X('nameKey'), field.codeList.nameKey);
      w.leaf(X('helpKey'), field.codeList.helpKey);
    }
    for (const rule of field.rules ?? []) this.rule(rule);
    if (fileAsRead(field) !== 'none') {
      const file = field.file ?? {};
      if (file.maxSize !== undefined && Number.isSafeInteger(file.maxSize) && file.maxSize >= 0)
        w.leaf(X('maxSize'), file.maxSize);
      for (const mediaType of file.mediaTypes ?? []) w.leaf(X('mediaType'), mediaType);
    }
    w.close(X('datenfeld'));
  }

  werte(values: readonly CodeValue[]): void {
    const { w } = this;
    w.open(X('werte'));
    for (const value of values) {
      w.open(X('wert'));
      w.leaf(X('code'), value.code);
      w.leaf(X('name'), value.name.de);
      w.leaf(X('hilfe'), value.help?.de);
      w.close(X('wert'));
    }
    w.close(X('werte'));
  }

  rule(rule: RuleDefinition): void {
    const { w } = this;
    w.open(X('regel'));
    w.open(X('identifikation'));
    w.leaf(X('id'), rule.id);
    w.leaf(X('version'), rule.version);
    w.close(X('identifikation'));
    w.leaf(X('name'), rule.name);
    w.leaf(X('beschreibung'), rule.description);
    w.leaf(X('freitextRegel'), rule.freitext);
    w.leaf(X('bezug'), rule.bezug);
    // XDF 3 rules have no status and no validity: those travel in the extension.
    const ext: RuleExtension = { ruleKind: rule.ruleKind };
    if (rule.code !== undefined) ext.code = rule.code;
    if (rule.message !== undefined) ext.message = rule.message;
    if (rule.status !== undefined) ext.status = rule.status;
    if (rule.validFrom !== undefined) ext.validFrom = rule.validFrom;
    if (rule.validUntil !== undefined) ext.validUntil = rule.validUntil;
    if (rule.expression === undefined && rule.foreignScript !== undefined) ext.scriptIsForeign = true;
    if (rule.expression !== undefined && rule.foreignScript !== undefined)
      ext.foreignScript = rule.foreignScript;
    const text = extensionText(ext);
    if (text !== undefined) w.leaf(X('stichwort'), text, { uri: EXTENSION_URI });
    w.leaf(X('fachlicherErsteller'), rule.author);
    w.leaf(X('letzteAenderung'), this.createdAt);
    w.code(X('typ'), XDF3_CODE_LISTS.regeltyp, rule.typ);
    w.leaf(X('skript'), rule.expression ?? rule.foreignScript);
    w.close(X('regel'));
  }
}

/**
 * Writes a definition as an XDatenfelder 3 Stammdatenschema message (`xdatenfelder.stammdatenschema.0102`).
 * Pass `messageId` and `createdAt` for reproducible output.
 *
 * @example
 * ```ts
 * const xml = toXdf(fuehrerschein, { version: 3, messageId: '…', createdAt: '2026-01-01T00:00:00Z' });
 * importXdf(xml).definition; // equals fuehrerschein
 * ```
 */
export function toXdf(definition: FormDefinition, options: ToXdfOptions = { version: 3 }): string {
  const w = new Writer(options.indent ?? '  ');
  const createdAt = options.createdAt ?? new Date().toISOString();
  const messageId = options.messageId ?? globalThis.crypto.randomUUID();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>');
  w.open(`xdf:${SCHEMA_MESSAGE}`, { 'xmlns:xdf': XDF3_NAMESPACE });
  w.open(X('header'));
  w.leaf(X('nachrichtID'), messageId);
  w.leaf(X('erstellungszeitpunkt'), createdAt);
  w.close(X('header'));
  new Exporter(w, createdAt).schema(definition);
  w.close(`xdf:${SCHEMA_MESSAGE}`);
  return w.text();
}
