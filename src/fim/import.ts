/**
 * XDatenfelder 2 and 3 import: an XDF message (Stammdatenschema 0102, Datenfeldgruppe 0103 or
 * Datenfeld 0104) becomes a `FormDefinition`. The version is told by the namespace alone.
 * Bad input never throws: everything found is in the Report, with stable `XDF_` codes, the
 * element's XPath and line:column, and a JSON pointer into the resulting definition. Every
 * element of the file is also checked against the content model of its version
 * (`structure.ts`): unknown and repeated elements are reported, none is dropped silently.
 *
 * See docs/fim.md for the mapping of every XDF element.
 */

import { formatMessage } from '../issues/catalogue.js';
import { type Issue, makeReport, type Report } from '../issues/issue.js';
import { isUsableKey } from '../model/keys.js';
import { type LintFinding, lint as lintModel } from '../model/lint.js';
import {
  type ChildDefinition,
  type CodeListRef,
  type CodeValue,
  DATENTYPEN,
  type Datentyp,
  FELDARTEN,
  type Feldart,
  type FieldDefinition,
  type FileConstraints,
  type FormDefinition,
  type Freigabestatus,
  type GroupDefinition,
  type LocalText,
  PRAEDIKATE,
  type Praezisierung,
  parseCardinality,
  type Relation,
  RULE_TYPEN,
  type RuleDefinition,
  type RuleKind,
  type RuleTyp,
  SCHEMAELEMENTARTEN,
  VORBEFUELLUNGEN,
} from '../model/types.js';
import { isOneOf } from '../model/vocabulary.js';
import { MAX_DEFINITION_DEPTH } from '../model/walk.js';
import { checkRules } from '../rules/check.js';
import { parseExpression } from '../rules/grammar.js';
import { isIsoDate, isIsoDateTime, isIsoTime } from '../text/temporal.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import { DEFAULT_XML_LIMITS, parseXml, type XmlElement, type XmlLimits } from '../xml/parse.js';
import { XDF_CODES, type XdfCode } from './codes.js';
import {
  type Defaulted,
  type ElementExtension,
  EXTENSION_URI,
  parseElementExtension,
  parseRuleExtension,
  type RuleExtension,
} from './extension.js';
import { deriveKey, uniqueKeys } from './keys.js';
import { statusFromXdf2, statusFromXdf3 } from './status.js';
import { checkStructure, identityOf, type StructureFinding, summary } from './structure.js';
import {
  attribute,
  childElement,
  childElements,
  codeOf,
  normalisedText,
  qualifiedName,
  rawText,
  xpathIndex,
} from './tree.js';
import {
  FIELD_MESSAGE,
  GROUP_MESSAGE,
  SCHEMA_MESSAGE,
  XDF1_NAMESPACE,
  XDF2_NAMESPACE,
  XDF3_NAMESPACE,
} from './xdf.js';

/** Options of `importXdf`. */
export interface ImportXdfOptions {
  /** Limits of the XML parser (size, depth, names, text); see `DEFAULT_XML_LIMITS`. */
  readonly limits?: Partial<XmlLimits>;
}

/** The message header of an XDF file. */
export interface XdfHeader {
  readonly nachrichtID?: string;
  readonly erstellungszeitpunkt?: string;
}

/** The result of `importXdf`: the definition (absent when the file cannot be read at all) and what was found. */
export interface XdfImportResult {
  readonly definition?: FormDefinition;
  /** Every finding; `report.valid` is true when the definition is usable as it is (it compiles). */
  readonly report: Report;
  /** 2 or 3, when the namespace was recognised. */
  readonly xdfVersion?: 2 | 3;
  readonly header?: XdfHeader;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Writable = Record<string, unknown>;

/** Sets a property only when the value is defined (for exactOptionalPropertyTypes). */
function put(target: Writable, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

const SCRIPT_STUB = /^(function\s+script\s*\(\s*\)\s*\{\s*\}\s*;?)?$/;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Where an issue is: the XML element it concerns and the JSON pointer in the definition. */
interface At {
  readonly xml?: XmlElement | undefined;
  readonly path?: string;
  readonly element?: { readonly id: string; readonly version: string } | undefined;
}

interface ContentEntry {
  readonly content: ChildDefinition;
  readonly fingerprint: string;
}

/** A canonical text of a value: sorted keys, undefined left out. */
function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${fingerprint(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const OCCURRENCE = new Set(['key', 'cardinality', 'occurrenceBezug']);
function contentFingerprint(child: ChildDefinition): string {
  const own: Writable = {};
  for (const [key, value] of Object.entries(child)) if (!OCCURRENCE.has(key)) own[key] = value;
  return fingerprint(own);
}

class Importer {
  issues: Issue[] = [];
  readonly #xpaths: Map<XmlElement, string>;
  readonly #elements = new Map<string, ContentEntry>();
  readonly #rules = new Map<string, { rule: RuleDefinition; fingerprint: string }>();
  readonly #inProgress = new Set<string>();
  /** The XML element behind each JSON pointer of the definition (first use), for lint findings. */
  readonly xmlAt = new Map<string, XmlElement>();
  /** The JSON pointer of every schema, group, field and rule element read (each occurrence). */
  readonly pathOf = new Map<XmlElement, string>();

  constructor(
    readonly ns: string,
    readonly version: 2 | 3,
    root: XmlElement,
  ) {
    this.#xpaths = xpathIndex(root);
  }

  // --- issues ----------------------------------------------------------------------------------

  report(
    code: XdfCode,
    params: Record<string, unknown>,
    at: At = {},
    localized?: { de: Writable; en: Writable },
  ): void {
    const info = XDF_CODES[code];
    const issue: Mutable<Issue> & { element?: { id: string; version: string } } = {
      code,
      severity: info.severity,
      path: at.path ?? '',
      message: {
        de: formatMessage(info.de, localized ? { ...params, ...localized.de } : params),
        en: formatMessage(info.en, localized ? { ...params, ...localized.en } : params),
      },
      params,
    };
    if (at.element) issue.element = { id: at.element.id, version: at.element.version };
    if (at.xml) {
      issue.xml = { xpath: this.#xpaths.get(at.xml) ?? '', line: at.xml.line, column: at.xml.column };
    }
    this.issues.push(issue);
  }

  /** A finding of the structure check as an issue, located at the element and its owner's pointer. */
  structureIssue(finding: StructureFinding): void {
    const owner = finding.owner;
    const ident = owner ? identityOf(owner, this.ns) : undefined;
    const at: At = {
      xml: finding.element,
      path: owner ? (this.pathOf.get(owner) ?? '') : '',
      element: ident?.version ? ident : undefined,
    };
    const element = qualifiedName(finding.element);
    const parent = qualifiedName(finding.parent);
    if (finding.kind === 'unknown') {
      const namespace = finding.element.ns;
      this.report('XDF_UNKNOWN_ELEMENT', { element, namespace, parent, xdfVersion: this.version }, at, {
        de: { namespace: namespace || 'keiner' },
        en: { namespace: namespace || 'none' },
      });
      return;
    }
    this.report(
      finding.identity ? 'XDF_REPEATED_IDENTIFICATION' : 'XDF_REPEATED_ELEMENT',
      {
        element,
        parent,
        occurrence: finding.occurrence,
        keptOccurrence: finding.keptOccurrence,
        value: summary(finding.element),
        kept: summary(finding.kept),
        ...(finding.kept.local === finding.element.local ? {} : { keptElement: qualifiedName(finding.kept) }),
      },
      at,
    );
  }

  // --- element access ------------------------------------------------------------------------

  kids(parent: XmlElement, local: string): XmlElement[] {
    return childElements(parent, local, this.ns);
  }

  kid(parent: XmlElement, local: string): XmlElement | undefined {
    return childElement(parent, local, this.ns);
  }

  /**
   * A single-valued text element: its first occurrence with content, else its first (an empty
   * element is an absent property; `structure.ts` reports the other occurrences).
   */
  leaf(parent: XmlElement, local: string): XmlElement | undefined {
    const all = this.kids(parent, local);
    return all.find((element) => normalisedText(element) !== undefined) ?? all[0];
  }

  text(parent: XmlElement, local: string): string | undefined {
    return normalisedText(this.leaf(parent, local));
  }

  /** `bezug`: repeatable in XDF 3 (the texts are joined by line breaks), single in XDF 2 (the first). */
  bezug(parent: XmlElement): string | undefined {
    if (this.version === 2) return this.text(parent, 'bezug');
    const parts = this.kids(parent, 'bezug')
      .map((element) => normalisedText(element))
      .filter((text): text is string => text !== undefined);
    return parts.length === 0 ? undefined : parts.join('\n');
  }

  // --- meta data -----------------------------------------------------------------------------

  identification(
    element: XmlElement,
    what: string,
    path: string,
  ): { id: string; version: string } | undefined {
    if (!this.xmlAt.has(path)) this.xmlAt.set(path, element);
    this.pathOf.set(element, path);
    const ident = this.kid(element, 'identifikation');
    const id = ident ? this.text(ident, 'id') : undefined;
    if (id === undefined) {
      this.report('XDF_MISSING_ID', { element: what }, { xml: element, path });
      return undefined;
    }
    let version = ident ? this.text(ident, 'version') : undefined;
    if (version === undefined) {
      version = this.version === 2 ? '1.0' : '1.0.0';
      this.report('XDF_MISSING_VERSION', { id, version }, { xml: element, path, element: { id, version } });
    }
    return { id, version };
  }

  /** The text of the antrag extension keyword of an element, if any. */
  extension(element: XmlElement): string | undefined {
    for (const stichwort of this.kids(element, 'stichwort')) {
      if (attribute(stichwort, 'uri') === EXTENSION_URI) return rawText(stichwort).trim();
    }
    return undefined;
  }

  elementExtension(element: XmlElement, at: At & { element: { id: string } }): ElementExtension | undefined {
    const text = this.extension(element);
    if (text === undefined) return undefined;
    const parsed = parseElementExtension(text);
    if (parsed.ok) return parsed.value;
    this.report(
      'XDF_EXTENSION_INVALID',
      { id: at.element.id, uri: EXTENSION_URI, detail: parsed.detail },
      at,
    );
    return undefined;
  }

  date(element: XmlElement, local: string, at: At & { element: { id: string } }): string | undefined {
    const value = this.text(element, local);
    if (value === undefined) return undefined;
    if (isIsoDate(value)) return value;
    // Some tools write a date-time; its date part is the date.
    const head = value.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && isIsoDate(head)) return head;
    this.report(
      'XDF_INVALID_DATE',
      { id: at.element.id, element: local, value },
      { ...at, xml: this.leaf(element, local) },
    );
    return undefined;
  }

  /** Reads the properties every element has into `target`. */
  meta(
    element: XmlElement,
    kind: 'schema' | 'group' | 'field',
    ident: { id: string; version: string },
    path: string,
    target: Writable,
  ): ElementExtension | undefined {
    const at = { xml: element, path, element: ident };
    target.id = ident.id;
    target.version = ident.version;
    let name = this.text(element, 'name');
    if (name === undefined) {
      this.report('XDF_MISSING_NAME', { id: ident.id }, at);
      name = ident.id;
    }
    target.name = name;
    const ext = this.elementExtension(element, at);
    const en = ext?.en ?? {};
    const localText = (de: string | undefined, english: string | undefined): LocalText | undefined =>
      de === undefined ? undefined : english === undefined ? { de } : { de, en: english };
    const schemaV3 = kind === 'schema' && this.version === 3;
    const label =
      this.text(element, schemaV3 ? 'bezeichnung' : 'bezeichnungEingabe') ??
      this.text(element, schemaV3 ? 'bezeichnungEingabe' : 'bezeichnung');
    const outputLabel =
      kind === 'schema' && this.version === 3 ? ext?.outputLabel : this.text(element, 'bezeichnungAusgabe');
    const help =
      kind === 'schema'
        ? (this.text(element, 'hilfetext') ?? this.text(element, 'hilfetextEingabe'))
        : this.text(element, 'hilfetextEingabe');
    const outputHelp =
      kind === 'schema' && this.version === 3 ? ext?.outputHelp : this.text(element, 'hilfetextAusgabe');
    put(target, 'label', localText(label, en.label));
    put(target, 'outputLabel', localText(outputLabel, en.outputLabel));
    put(target, 'description', this.text(element, 'beschreibung'));
    put(target, 'definition', this.text(element, 'definition'));
    put(target, 'help', localText(help, en.help));
    put(target, 'outputHelp', localText(outputHelp, en.outputHelp));
    put(target, 'bezug', this.bezug(element));
    put(target, 'status', this.status(element, at));
    put(
      target,
      'statusDate',
      this.date(element, this.version === 2 ? 'freigabedatum' : 'statusGesetztAm', at),
    );
    put(target, 'publicationDate', this.date(element, 'veroeffentlichungsdatum', at));
    put(target, 'validFrom', this.date(element, 'gueltigAb', at));
    put(target, 'validUntil', this.date(element, 'gueltigBis', at));
    const artElement = this.kid(element, 'schemaelementart');
    const art = codeOf(artElement);
    if (art !== undefined) {
      if (isOneOf(SCHEMAELEMENTARTEN, art)) target.schemaelementart = art;
      else
        this.report(
          'XDF_INVALID_CODE',
          { id: ident.id, element: 'schemaelementart', code: art, fallback: '—' },
          { ...at, xml: artElement },
        );
    }
    put(
      target,
      'author',
      this.version === 3
        ? (this.text(element, 'statusGesetztDurch') ?? this.text(element, 'fachlicherErsteller'))
        : this.text(element, 'fachlicherErsteller'),
    );
    put(target, 'versionNote', this.text(element, 'versionshinweis'));
    const relations = this.relations(element, at);
    if (relations.length > 0) target.relations = relations;
    this.applyDefaulted(target, ext?.defaulted);
    return ext;
  }

  applyDefaulted(target: Writable, defaulted: readonly Defaulted[] | undefined): void {
    for (const name of defaulted ?? []) {
      if (name === 'cardinality') continue;
      delete target[name];
    }
  }

  status(element: XmlElement, at: At & { element: { id: string } }): Freigabestatus | undefined {
    const statusElement = this.kid(element, this.version === 2 ? 'status' : 'freigabestatus');
    const code = codeOf(statusElement);
    if (code === undefined) return undefined;
    const status = this.version === 2 ? statusFromXdf2(code) : statusFromXdf3(code);
    if (status === undefined)
      this.report('XDF_INVALID_STATUS', { id: at.element.id, status: code }, { ...at, xml: statusElement });
    return status;
  }

  relations(element: XmlElement, at: At & { element: { id: string } }): Relation[] {
    const out: Relation[] = [];
    for (const relation of this.kids(element, 'relation')) {
      const praedikat = codeOf(this.kid(relation, 'praedikat'));
      const objekt = this.kid(relation, 'objekt');
      const id = objekt ? this.text(objekt, 'id') : undefined;
      if (praedikat === undefined || !isOneOf(PRAEDIKATE, praedikat) || id === undefined) {
        this.report(
          'XDF_INVALID_RELATION',
          { id: at.element.id, praedikat: praedikat ?? '' },
          { ...at, xml: relation },
        );
        continue;
      }
      const version = objekt ? this.text(objekt, 'version') : undefined;
      out.push({
        praedikat: praedikat as Relation['praedikat'],
        objekt: version === undefined ? { id } : { id, version },
      });
    }
    return out;
  }

  // --- rules ---------------------------------------------------------------------------------

  rules(element: XmlElement, path: string): RuleDefinition[] | undefined {
    const out: RuleDefinition[] = [];
    for (const regel of this.kids(element, 'regel')) {
      const rule = this.rule(regel, `${path}/rules/${out.length}`);
      if (rule) out.push(rule);
    }
    return out.length === 0 ? undefined : out;
  }

  rule(regel: XmlElement, path: string): RuleDefinition | undefined {
    const outer = this.issues;
    this.issues = [];
    let rule: RuleDefinition | undefined;
    try {
      rule = this.readRule(regel, path);
    } finally {
      const own = this.issues;
      this.issues = outer;
      if (rule) {
        const key = `${rule.id}@${rule.version}`;
        const print = fingerprint(rule);
        const seen = this.#rules.get(key);
        if (!seen) {
          this.#rules.set(key, { rule, fingerprint: print });
          this.issues.push(...own);
        } else {
          if (seen.fingerprint !== print)
            this.report(
              'XDF_CONFLICTING_DUPLICATE',
              { id: rule.id, version: rule.version },
              { xml: regel, path, element: rule },
            );
          rule = seen.rule;
        }
      } else {
        this.issues.push(...own);
      }
    }
    return rule;
  }

  readRule(regel: XmlElement, path: string): RuleDefinition | undefined {
    const ident = this.identification(regel, qualifiedName(regel), path);
    if (!ident) return undefined;
    const at = { xml: regel, path, element: ident };
    const rule: Writable = { kind: 'rule', id: ident.id, version: ident.version };
    rule.name = this.text(regel, 'name') ?? ident.id;
    let ext: RuleExtension | undefined;
    const extText = this.extension(regel);
    if (extText !== undefined) {
      const parsed = parseRuleExtension(extText);
      if (parsed.ok) ext = parsed.value;
      else
        this.report('XDF_EXTENSION_INVALID', { id: ident.id, uri: EXTENSION_URI, detail: parsed.detail }, at);
    }
    let typ: RuleTyp = 'K';
    const typElement = this.kid(regel, 'typ');
    const typCode = codeOf(typElement);
    if (typCode !== undefined) {
      if (isOneOf(RULE_TYPEN, typCode)) typ = typCode;
      else
        this.report(
          'XDF_INVALID_CODE',
          { id: ident.id, element: 'typ', code: typCode, fallback: 'K' },
          { ...at, xml: typElement },
        );
    }
    rule.typ = typ;
    put(rule, 'description', this.text(regel, 'beschreibung'));
    put(rule, 'freitext', this.text(regel, this.version === 2 ? 'definition' : 'freitextRegel'));
    put(rule, 'bezug', this.bezug(regel));
    put(rule, 'author', this.text(regel, 'fachlicherErsteller'));
    put(rule, 'status', this.status(regel, at));
    if (this.version === 2) {
      // XDF 3 rules have no validity; XDF 2 rules carry it like every element.
      put(rule, 'validFrom', this.date(regel, 'gueltigAb', at));
      put(rule, 'validUntil', this.date(regel, 'gueltigBis', at));
    }
    const script = this.text(regel, this.version === 2 ? 'script' : 'skript') ?? this.text(regel, 'script');
    if (ext) {
      rule.ruleKind = ext.ruleKind ?? (typ === 'B' ? 'calculate' : 'constraint');
      if (ext.scriptIsForeign) put(rule, 'foreignScript', script);
      else put(rule, 'expression', script);
      put(rule, 'foreignScript', ext.foreignScript);
      put(rule, 'code', ext.code);
      put(rule, 'message', ext.message);
      put(rule, 'status', ext.status);
      put(rule, 'validFrom', ext.validFrom);
      put(rule, 'validUntil', ext.validUntil);
    } else if (script === undefined || SCRIPT_STUB.test(script.replace(/\s+/g, ' ').trim())) {
      rule.ruleKind = 'documentation';
      this.report('XDF_RULE_NOT_EXECUTABLE', { id: ident.id, name: rule.name, reason: '' }, at, {
        de: { reason: ' (nur Prosa)' },
        en: { reason: ' (prose only)' },
      });
    } else if (parseExpression(script).ok) {
      rule.ruleKind = (typ === 'B' ? 'calculate' : 'constraint') satisfies RuleKind;
      rule.expression = script;
    } else {
      rule.ruleKind = 'documentation';
      rule.foreignScript = script;
      this.report('XDF_RULE_NOT_EXECUTABLE', { id: ident.id, name: rule.name, reason: '' }, at, {
        de: { reason: ' (das Skript ist nicht in der antrag-Regelsprache geschrieben)' },
        en: { reason: ' (the script is not in the antrag rule syntax)' },
      });
    }
    return rule as unknown as RuleDefinition;
  }

  // --- structure -----------------------------------------------------------------------------

  /**
   * The children of a schema or group from its `struktur` elements, with keys. `ext` may carry
   * the keys and implicit cardinalities the exporter recorded.
   */
  children(
    container: XmlElement,
    path: string,
    depth: number,
    owner: { id: string; version: string },
    ext: ElementExtension | undefined,
  ): ChildDefinition[] {
    const items: { content: ChildDefinition; cardinality: string; occurrenceBezug?: string; name: string }[] =
      [];
    for (const struktur of this.kids(container, 'struktur')) {
      const childPath = `${path}/children/${items.length}`;
      const enthaelt = this.kid(struktur, 'enthaelt');
      const inner = enthaelt
        ? childElements(enthaelt, undefined, this.ns).find(
            (e) => e.local === 'datenfeld' || e.local === 'datenfeldgruppe',
          )
        : undefined;
      if (!inner) {
        this.report('XDF_EMPTY_STRUCTURE', { id: owner.id }, { xml: struktur, path, element: owner });
        continue;
      }
      const content = this.element(inner, childPath, depth);
      if (!content) continue;
      const anzahlElement = this.leaf(struktur, 'anzahl');
      const anzahl = normalisedText(anzahlElement);
      let cardinality = '1:1';
      if (anzahl !== undefined) {
        const parsed = parseCardinality(anzahl.replace(/\s+/g, ''));
        if (parsed && parsed.max >= Math.max(1, parsed.min)) cardinality = anzahl.replace(/\s+/g, '');
        else
          this.report(
            'XDF_INVALID_CARDINALITY',
            { id: content.id, anzahl, fallback: '1:1' },
            { xml: anzahlElement, path: childPath, element: content },
          );
      }
      const item: { content: ChildDefinition; cardinality: string; occurrenceBezug?: string; name: string } =
        {
          content,
          cardinality,
          name: content.name,
        };
      put(item, 'occurrenceBezug', this.bezug(struktur));
      items.push(item);
    }
    const recorded = ext?.keys;
    const keysOk =
      recorded !== undefined &&
      recorded.length === items.length &&
      new Set(recorded).size === recorded.length &&
      recorded.every(isUsableKey);
    const keys = keysOk
      ? recorded
      : uniqueKeys(items.map((item) => deriveKey(item.name, item.content.kind, item.content.id)));
    const implicit = new Set(ext?.implicitCardinality ?? []);
    return items.map((item, index) => {
      const child: Writable = { ...item.content, key: keys[index] as string };
      if (!(implicit.has(index) && item.cardinality === '1:1')) child.cardinality = item.cardinality;
      put(child, 'occurrenceBezug', item.occurrenceBezug);
      return child as unknown as ChildDefinition;
    });
  }

  /** A field or group, deduplicated by (id, version). Occurrence properties are added by the caller. */
  element(element: XmlElement, path: string, depth: number): ChildDefinition | undefined {
    const kind = element.local === 'datenfeldgruppe' ? 'group' : 'field';
    const ident = this.identification(element, qualifiedName(element), path);
    if (!ident) return undefined;
    const cacheKey = `${kind}:${ident.id}@${ident.version}`;
    if (this.#inProgress.has(cacheKey)) {
      this.report(
        'XDF_RECURSIVE_GROUP',
        { id: ident.id, version: ident.version },
        { xml: element, path, element: ident },
      );
      return undefined;
    }
    if (kind === 'group' && depth >= MAX_DEFINITION_DEPTH) {
      this.report('XDF_TOO_DEEP', { limit: MAX_DEFINITION_DEPTH }, { xml: element, path, element: ident });
      return undefined;
    }
    const seen = this.#elements.get(cacheKey);
    // A repeated element is read again (to compare), but its findings are those of its first use.
    const outer = this.issues;
    if (seen) this.issues = [];
    this.#inProgress.add(cacheKey);
    let content: ChildDefinition;
    try {
      content = kind === 'group' ? this.group(element, ident, path, depth) : this.field(element, ident, path);
    } finally {
      this.#inProgress.delete(cacheKey);
      this.issues = outer;
    }
    const print = contentFingerprint(content);
    if (!seen) {
      this.#elements.set(cacheKey, { content, fingerprint: print });
      return content;
    }
    if (seen.fingerprint !== print)
      this.report(
        'XDF_CONFLICTING_DUPLICATE',
        { id: ident.id, version: ident.version },
        { xml: element, path, element: ident },
      );
    return seen.content;
  }

  group(
    element: XmlElement,
    ident: { id: string; version: string },
    path: string,
    depth: number,
  ): GroupDefinition {
    const group: Writable = { kind: 'group' };
    const ext = this.meta(element, 'group', ident, path, group);
    group.key = '';
    group.children = this.children(element, path, depth + 1, ident, ext);
    put(group, 'rules', this.rules(element, path));
    delete group.key;
    return group as unknown as GroupDefinition;
  }

  field(element: XmlElement, ident: { id: string; version: string }, path: string): FieldDefinition {
    const at = { xml: element, path, element: ident };
    const field: Writable = { kind: 'field' };
    const ext = this.meta(element, 'field', ident, path, field);
    const feldartElement = this.kid(element, 'feldart');
    const feldartCode = codeOf(feldartElement);
    let feldart: Feldart = 'input';
    if (feldartCode !== undefined && (FELDARTEN as readonly string[]).includes(feldartCode))
      feldart = feldartCode as Feldart;
    else
      this.report(
        'XDF_INVALID_CODE',
        { id: ident.id, element: 'feldart', code: feldartCode ?? '', fallback: 'input' },
        { ...at, xml: feldartElement ?? element },
      );
    const datentypElement = this.kid(element, 'datentyp');
    const datentypCode = codeOf(datentypElement);
    let datentyp: Datentyp = 'text';
    if (datentypCode !== undefined && (DATENTYPEN as readonly string[]).includes(datentypCode))
      datentyp = datentypCode as Datentyp;
    else
      this.report(
        'XDF_INVALID_CODE',
        { id: ident.id, element: 'datentyp', code: datentypCode ?? '', fallback: 'text' },
        { ...at, xml: datentypElement ?? element },
      );

    let praezisierung = this.praezisierung(element, datentyp, at);
    let codeList = this.codeListRef(element, at);
    let values = this.values(element, ext, at);
    let file = this.fileConstraints(element, ext);
    const content = this.text(element, 'inhalt');
    const vorbefuellungElement = this.kid(element, 'vorbefuellung');
    const vorbefuellungCode = codeOf(vorbefuellungElement);
    let vorbefuellung: string | undefined;
    if (vorbefuellungCode !== undefined) {
      // `keine` is what an absent vorbefuellung means; XDF 3 requires the element, so it says nothing
      // more, unless the extension records that the definition stated it.
      if (vorbefuellungCode === 'keine') vorbefuellung = ext?.vorbefuellung;
      else if (isOneOf(VORBEFUELLUNGEN, vorbefuellungCode)) vorbefuellung = vorbefuellungCode;
      else
        this.report(
          'XDF_INVALID_CODE',
          { id: ident.id, element: 'vorbefuellung', code: vorbefuellungCode, fallback: '—' },
          { ...at, xml: vorbefuellungElement },
        );
    }

    const ignore = (property: string, reason: string) =>
      this.report('XDF_IGNORED_PROPERTY', { id: ident.id, property, reason }, at);
    if (feldart === 'label') {
      if (praezisierung) ignore('praezisierung', 'feldart label');
      if (codeList) ignore('codelisteReferenz', 'feldart label');
      if (values) ignore('werte', 'feldart label');
      if (file) ignore('maxSize/mediaType', 'feldart label');
      praezisierung = undefined;
      codeList = undefined;
      values = undefined;
      file = undefined;
    } else if (feldart === 'select' && !codeList && !values) {
      this.report('XDF_SELECT_WITHOUT_CODE_LIST', { id: ident.id }, at);
      feldart = 'input';
    } else if (feldart !== 'select' && (codeList || values)) {
      if (codeList) ignore('codelisteReferenz', `feldart ${feldart}`);
      if (values) ignore('werte', `feldart ${feldart}`);
      codeList = undefined;
      values = undefined;
    }
    if (file && datentyp !== 'file') {
      ignore('maxSize/mediaType', `datentyp ${datentyp}`);
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
    put(field, 'rules', this.rules(element, path));
    this.applyDefaulted(field, ext?.defaulted);
    return field as unknown as FieldDefinition;
  }

  praezisierung(
    element: XmlElement,
    datentyp: Datentyp,
    at: At & { element: { id: string } },
  ): Praezisierung | undefined {
    const praezisierungElement = this.kid(element, 'praezisierung');
    if (!praezisierungElement) return undefined;
    const located = { ...at, xml: praezisierungElement };
    const raw: Record<string, string> = {};
    const names = ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'] as const;
    for (const name of names) {
      const value = attribute(praezisierungElement, name);
      if (value !== undefined) raw[name] = value;
    }
    const text = rawText(praezisierungElement).trim();
    if (Object.keys(raw).length === 0 && text.startsWith('{')) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        this.report('XDF_PRAEZISIERUNG_SYNTAX', { id: at.element.id, text: text.slice(0, 200) }, located);
        return undefined;
      }
      const record = json as Record<string, unknown>;
      for (const name of names) {
        if (!Object.hasOwn(record, name)) continue;
        const value = record[name];
        if (typeof value === 'string') raw[name] = value;
        else if (typeof value === 'number' && Number.isFinite(value)) raw[name] = String(value);
        else if (value !== null && value !== undefined)
          this.report(
            'XDF_INVALID_PRAEZISIERUNG',
            { id: at.element.id, name, value: JSON.stringify(value).slice(0, 100), datentyp },
            located,
          );
      }
    } else if (Object.keys(raw).length === 0 && text !== '' && this.version === 2) {
      this.report('XDF_PRAEZISIERUNG_SYNTAX', { id: at.element.id, text: text.slice(0, 200) }, located);
      return undefined;
    }
    const out: Writable = {};
    const invalid = (name: string, value: string) =>
      this.report(
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
        this.report(
          'XDF_INVALID_PATTERN',
          { id: at.element.id, pattern: pattern.slice(0, 200), detail: compiled.error },
          located,
        );
    }
    return Object.keys(out).length === 0 ? undefined : (out as Praezisierung);
  }

  codeListRef(element: XmlElement, at: At & { element: { id: string } }): CodeListRef | undefined {
    const reference = this.kid(element, 'codelisteReferenz');
    if (!reference) return undefined;
    const holder = this.kid(reference, 'genericodeIdentification') ?? reference;
    let uri = this.text(holder, 'canonicalIdentification');
    let version = this.text(holder, 'version');
    const versionUri = this.text(holder, 'canonicalVersionUri');
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
      this.report('XDF_CODE_LIST_INCOMPLETE', { id: at.element.id }, located);
      return undefined;
    }
    if (versionUri !== undefined && versionUri !== `${uri}_${version}`) {
      this.report(
        'XDF_CODE_LIST_URI_MISMATCH',
        { id: at.element.id, uri, version, canonicalVersionUri: versionUri },
        located,
      );
    }
    const ref: Writable = { uri, version };
    put(ref, 'codeKey', this.text(element, 'codeKey'));
    put(ref, 'nameKey', this.text(element, 'nameKey'));
    put(ref, 'helpKey', this.text(element, 'helpKey'));
    return ref as unknown as CodeListRef;
  }

  values(
    element: XmlElement,
    ext: ElementExtension | undefined,
    at: At & { element: { id: string } },
  ): CodeValue[] | undefined {
    const werte = this.kid(element, 'werte');
    if (!werte) return undefined;
    const out: CodeValue[] = [];
    const codes = new Set<string>();
    for (const [index, wert] of this.kids(werte, 'wert').entries()) {
      const code = this.text(wert, 'code') ?? '';
      if (codes.has(code)) {
        this.report('XDF_DUPLICATE_VALUE', { id: at.element.id, code }, { ...at, xml: wert });
        continue;
      }
      codes.add(code);
      const english = ext?.values?.[index] ?? undefined;
      const name = this.text(wert, 'name') ?? code;
      const value: Writable = {
        code,
        name: english?.name === undefined ? { de: name } : { de: name, en: english.name },
      };
      const help = this.text(wert, 'hilfe');
      if (help !== undefined)
        value.help = english?.help === undefined ? { de: help } : { de: help, en: english.help };
      out.push(value as unknown as CodeValue);
    }
    return out;
  }

  fileConstraints(element: XmlElement, ext: ElementExtension | undefined): FileConstraints | undefined {
    if (ext?.file) return ext.file as FileConstraints;
    const mediaTypes = this.kids(element, 'mediaType')
      .map((e) => normalisedText(e))
      .filter((t): t is string => t !== undefined);
    const sizeText = this.text(element, 'maxSize');
    const size = sizeText !== undefined && /^\d+$/.test(sizeText) ? Number(sizeText) : undefined;
    if (mediaTypes.length === 0 && size === undefined) return undefined;
    const file: Writable = {};
    if (mediaTypes.length > 0) file.mediaTypes = mediaTypes;
    put(file, 'maxSize', size);
    return file as FileConstraints;
  }

  // --- the schema ----------------------------------------------------------------------------

  schema(element: XmlElement): FormDefinition | undefined {
    const ident = this.identification(element, qualifiedName(element), '');
    if (!ident) return undefined;
    const form: Writable = { kind: 'schema', format: 'antrag/definition@1' };
    const ext = this.meta(element, 'schema', ident, '', form);
    const key = ext?.key;
    form.key =
      key !== undefined && isUsableKey(key) ? key : deriveKey(form.name as string, 'schema', ident.id);
    if (form.schemaelementart === undefined) put(form, 'schemaelementart', ext?.schemaelementart);
    form.children = this.children(element, '', 0, ident, ext);
    put(form, 'rules', this.rules(element, ''));
    put(form, 'codeLists', ext?.codeLists);
    put(form, 'message', ext?.message);
    return form as unknown as FormDefinition;
  }

  /** A Datenfeldgruppe or Datenfeld message: the element wrapped in a schema of its own. */
  wrapped(element: XmlElement, kind: 'group' | 'field'): FormDefinition | undefined {
    const content = this.element(element, '/children/0', 0);
    if (!content) return undefined;
    const id = `S${content.id.slice(1)}`;
    this.report(
      'XDF_WRAPPED_IN_SCHEMA',
      { kind: kind === 'group' ? 'Datenfeldgruppe' : 'Datenfeld', id },
      { xml: element, element: content },
    );
    const form: Writable = {
      kind: 'schema',
      format: 'antrag/definition@1',
      id,
      version: content.version,
      name: content.name,
      key: deriveKey(content.name, 'schema', id),
      children: [{ ...content, key: deriveKey(content.name, kind, content.id), cardinality: '1:1' }],
    };
    put(form, 'label', content.label);
    return form as unknown as FormDefinition;
  }
}

/** Rules whose expressions do not check against the imported definition become documentation. */
function demoteBrokenRules(definition: FormDefinition, importer: Importer): FormDefinition {
  const findings = checkRules(definition).filter((f) => f.severity === 'error' && f.element);
  if (findings.length === 0) return definition;
  const broken = new Map<string, LintFinding>();
  for (const finding of findings) {
    const key = `${finding.element?.id}@${finding.element?.version}`;
    if (!broken.has(key)) broken.set(key, finding);
  }
  const reported = new Set<string>();
  const demote = (rules: readonly RuleDefinition[] | undefined): RuleDefinition[] | undefined =>
    rules?.map((rule) => {
      const key = `${rule.id}@${rule.version}`;
      const finding = broken.get(key);
      if (!finding || rule.ruleKind === 'documentation') return rule;
      if (!reported.has(key)) {
        reported.add(key);
        importer.report(
          'XDF_RULE_NOT_EXECUTABLE',
          { id: rule.id, name: rule.name, reason: '', finding: finding.code },
          { path: finding.path, element: finding.element, xml: importer.xmlAt.get(finding.path) },
          { de: { reason: ` (${finding.message.de})` }, en: { reason: ` (${finding.message.en})` } },
        );
      }
      const { expression, ...rest } = rule;
      const demoted: Writable = { ...rest, ruleKind: 'documentation' };
      put(demoted, 'foreignScript', rule.foreignScript ?? expression);
      return demoted as unknown as RuleDefinition;
    });
  const result: Writable = { ...definition };
  put(result, 'rules', demote(definition.rules));
  const visit = (children: readonly ChildDefinition[]): ChildDefinition[] =>
    children.map((child) => {
      const copy: Writable = { ...child };
      put(copy, 'rules', demote(child.rules));
      if (child.kind === 'group') copy.children = visit(child.children);
      return copy as unknown as ChildDefinition;
    });
  result.children = visit(definition.children);
  return result as unknown as FormDefinition;
}

/** Reports every lint error of the imported definition (it will not compile while there are any). */
function reportLintErrors(definition: FormDefinition, importer: Importer): void {
  const findings = [...lintModel(definition), ...checkRules(definition)];
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    importer.report(
      'XDF_DEFINITION_INVALID',
      { lintCode: finding.code, at: finding.keyPath || finding.path || '(form)', detail: '' },
      { path: finding.path, element: finding.element, xml: importer.xmlAt.get(finding.path) },
      { de: { detail: finding.message.de }, en: { detail: finding.message.en } },
    );
  }
}

const ROOTS = [SCHEMA_MESSAGE, GROUP_MESSAGE, FIELD_MESSAGE];

/**
 * Imports an XDatenfelder 2 or 3 message (Stammdatenschema, Datenfeldgruppe or Datenfeld) as a
 * definition. Never throws: problems are issues in the report with stable `XDF_` codes.
 *
 * @example
 * ```ts
 * const { definition, report } = importXdf(readFileSync('S00000121.xml'));
 * if (definition && report.valid) compile(definition, { codeLists }).validate(data);
 * ```
 */
export function importXdf(xml: string | Uint8Array, options: ImportXdfOptions = {}): XdfImportResult {
  const limits = { ...DEFAULT_XML_LIMITS, ...options.limits };
  const parsed = parseXml(xml, limits);
  if (!parsed.ok) {
    const issue: Mutable<Issue> = {
      code: 'XDF_NOT_WELL_FORMED',
      severity: 'error',
      path: '',
      message: {
        de: formatMessage(XDF_CODES.XDF_NOT_WELL_FORMED.de, { detail: parsed.issue.message.de }),
        en: formatMessage(XDF_CODES.XDF_NOT_WELL_FORMED.en, { detail: parsed.issue.message.en }),
      },
      params: { xmlCode: parsed.issue.code, detail: parsed.issue.message.en },
    };
    if (parsed.issue.xml) issue.xml = parsed.issue.xml;
    return { report: makeReport([issue]) };
  }
  const root = parsed.root;
  const fail = (code: XdfCode, params: Record<string, unknown>, version?: 2 | 3): XdfImportResult => {
    const importer = new Importer(root.ns, version ?? 2, root);
    importer.report(code, params, { xml: root });
    return version === undefined
      ? { report: makeReport(importer.issues) }
      : { report: makeReport(importer.issues), xdfVersion: version };
  };
  if (root.ns === XDF1_NAMESPACE) return fail('XDF_XDF1_NOT_SUPPORTED', { namespace: root.ns });
  if (root.ns !== XDF2_NAMESPACE && root.ns !== XDF3_NAMESPACE)
    return fail('XDF_UNKNOWN_NAMESPACE', { namespace: root.ns });
  const version = root.ns === XDF2_NAMESPACE ? 2 : 3;
  if (!ROOTS.includes(root.local))
    return fail('XDF_UNSUPPORTED_MESSAGE', { root: root.local, expected: ROOTS.join(', ') }, version);

  const importer = new Importer(root.ns, version, root);
  let definition: FormDefinition | undefined;
  let header: XdfHeader | undefined;
  try {
    const headerElement = importer.kid(root, 'header');
    if (headerElement) {
      const h: Writable = {};
      put(h, 'nachrichtID', importer.text(headerElement, 'nachrichtID'));
      put(h, 'erstellungszeitpunkt', importer.text(headerElement, 'erstellungszeitpunkt'));
      header = h as XdfHeader;
    }
    const bodyName =
      root.local === SCHEMA_MESSAGE
        ? 'stammdatenschema'
        : root.local === GROUP_MESSAGE
          ? 'datenfeldgruppe'
          : 'datenfeld';
    const body = importer.kid(root, bodyName);
    if (!body) {
      importer.report('XDF_MISSING_ELEMENT', { element: bodyName, parent: root.local }, { xml: root });
    } else if (bodyName === 'stammdatenschema') {
      definition = importer.schema(body);
    } else {
      definition = importer.wrapped(body, bodyName === 'datenfeldgruppe' ? 'group' : 'field');
    }
    if (definition) {
      definition = demoteBrokenRules(definition, importer);
      reportLintErrors(definition, importer);
    }
    for (const finding of checkStructure(root, version, root.ns)) importer.structureIssue(finding);
  } catch (error) {
    importer.report(
      'XDF_INTERNAL_ERROR',
      { detail: error instanceof Error ? error.message : String(error) },
      { xml: root },
    );
    definition = undefined;
  }
  const result: Writable = { report: makeReport(importer.issues), xdfVersion: version };
  put(result, 'definition', definition);
  put(result, 'header', header);
  return result as unknown as XdfImportResult;
}
