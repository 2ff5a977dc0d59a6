/**
 * The form model: a plain, JSON-serialisable description of an application form in the FIM
 * model (XDatenfelder). Everything else in the library (validation, XML, XDF, JSON Schema) is a
 * view of this data.
 *
 * Property names follow the XDatenfelder terms where they are FIM vocabulary (`feldart`,
 * `datentyp`, `praezisierung`, `bezug`) and plain English elsewhere.
 */

export type { LocalText } from '../text/local-text.js';

import type { LocalText } from '../text/local-text.js';

/** The codes of XDF 3 `freigabestatus` (code list `urn:xoev-de:xprozess:codeliste:status`). */
export const FREIGABESTATUS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** XDF 3 `freigabestatus`. */
export type Freigabestatus = (typeof FREIGABESTATUS)[number];

/** XDF 3 `schemaelementart`: ABS abstrakt, HAR harmonisiert, RNG rechtsnormgebunden. */
export const SCHEMAELEMENTARTEN = ['ABS', 'HAR', 'RNG'] as const;
/** XDF 3 `schemaelementart` of an element. */
export type Schemaelementart = (typeof SCHEMAELEMENTARTEN)[number];

/** The five XDF 3 field kinds. */
export const FELDARTEN = ['input', 'select', 'label', 'hidden', 'locked'] as const;
/** Kind of a field (XDF `feldart`): input, select, label (static text), hidden, locked. */
export type Feldart = (typeof FELDARTEN)[number];

/** The eleven XDF 3 data types. */
export const DATENTYPEN = [
  'text',
  'text_latin',
  'date',
  'time',
  'datetime',
  'bool',
  'num',
  'num_int',
  'num_currency',
  'file',
  'obj',
] as const;
/** Data type of a field (XDF `datentyp`). */
export type Datentyp = (typeof DATENTYPEN)[number];

/**
 * Cardinality of an occurrence (XDF `anzahl`): `min:max`, `*` for unbounded.
 * Seen in real files: `1:1`, `0:1`, `0:*`, `1:*`, `2:5`.
 */
export type Cardinality = `${number}:${number | '*'}`;

/** Properties every FIM element carries. */
export interface ElementMeta {
  /** FIM id: letter + Nummernkreis + digits, e.g. `F99000001` (XDF 2) or `F99000000001` (XDF 3). */
  readonly id: string;
  /** Version, `1.0` (XDF 2 style) or semver `1.2.0` (XDF 3). (id, version) identifies an element. */
  readonly version: string;
  /** Technical name (XDF `name`). */
  readonly name: string;
  /** Label while filling in (XDF `bezeichnungEingabe`). */
  readonly label?: LocalText;
  /** Label in output and print (XDF `bezeichnungAusgabe`). */
  readonly outputLabel?: LocalText;
  /** XDF `beschreibung`. */
  readonly description?: string;
  /** XDF `definition`. */
  readonly definition?: string;
  /** Help while filling in (XDF `hilfetextEingabe`). */
  readonly help?: LocalText;
  /** Help in output (XDF `hilfetextAusgabe`). */
  readonly outputHelp?: LocalText;
  /** Legal basis (XDF `bezug`), free text such as `§ 10 Abs. 1 FeV`. */
  readonly bezug?: string;
  /** XDF 3 `freigabestatus`. */
  readonly status?: Freigabestatus;
  /** Day the status was set (XDF 3 `statusGesetztAm`, XDF 2 `freigabedatum`; ISO date). */
  readonly statusDate?: string;
  /** Day of publication (XDF `veroeffentlichungsdatum`; ISO date). */
  readonly publicationDate?: string;
  /** First day of validity (`gueltigAb`, ISO date). */
  readonly validFrom?: string;
  /** Last day of validity (`gueltigBis`, ISO date). */
  readonly validUntil?: string;
  readonly schemaelementart?: Schemaelementart;
  /** Who set the status or is responsible for the content (XDF 3 `statusGesetztDurch`, XDF 2 `fachlicherErsteller`). */
  readonly author?: string;
  /** XDF `versionshinweis`. */
  readonly versionNote?: string;
  /** XDF 3 relations to other elements (ABL abgeleitet, ERS ersetzt, EQU äquivalent). */
  readonly relations?: readonly Relation[];
}

/** XDF 3 relation predicates: ABL abgeleitet von, ERS ersetzt, EQU äquivalent zu, VKN verknüpft mit. */
export const PRAEDIKATE = ['ABL', 'ERS', 'EQU', 'VKN'] as const;
/** Predicate of a relation (XDF 3 `praedikat`). */
export type Praedikat = (typeof PRAEDIKATE)[number];

/** A relation of an element to another FIM element (XDF `relation`). */
export interface Relation {
  readonly praedikat: Praedikat;
  readonly objekt: { readonly id: string; readonly version?: string };
}

/**
 * Properties of one occurrence of a field or group inside its parent (XDF `struktur`).
 * The same FIM element (id, version) may occur in several places with different occurrence
 * properties; its own content must then be identical.
 */
export interface OccurrenceMeta {
  /** Readable key, unique within the parent: the property name in JSON, the element name in XML. */
  readonly key: string;
  /** How often the element occurs here (XDF `anzahl`). Defaults to `1:1`. */
  readonly cardinality?: Cardinality;
  /** Legal basis of the occurrence itself (XDF `struktur/bezug`). */
  readonly occurrenceBezug?: string;
}

/** XDF `praezisierung`. minValue/maxValue are numbers for numeric types, ISO strings for dates/times. */
export interface Praezisierung {
  /** Minimum length in characters (Unicode code points, as XSD counts). */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: number | string;
  readonly maxValue?: number | string;
  /** XSD regular expression (implicitly anchored). A JS-style `^…$` wrapper is tolerated. */
  readonly pattern?: string;
}

/** One allowed value of a code list. */
export interface CodeValue {
  readonly code: string;
  readonly name: LocalText;
  readonly help?: LocalText;
}

/**
 * A reference to a genericode code list (XRepository), pinned by canonical URI and version.
 * `canonicalVersionUri` is `uri + '_' + version` by convention.
 */
export interface CodeListRef {
  readonly uri: string;
  readonly version: string;
  /** Genericode column holding the code (default: the list's key column). */
  readonly codeKey?: string;
  /** Genericode column holding the display name. */
  readonly nameKey?: string;
  readonly helpKey?: string;
}

/** A loaded code list: identification plus its values. */
export interface CodeList {
  readonly uri: string;
  readonly version: string;
  readonly shortName?: string;
  readonly name?: string;
  readonly values: readonly CodeValue[];
}

/** File constraints (XDF 3 `mediaType`, `maxSize`). */
export interface FileConstraints {
  /** Allowed media types, e.g. `image/jpeg`. Empty or absent: any. */
  readonly mediaTypes?: readonly string[];
  /** Maximum decoded size in bytes. */
  readonly maxSize?: number;
}

/** The values of XDF 3 `vorbefuellung`. */
export const VORBEFUELLUNGEN = ['keine', 'optional', 'verpflichtend'] as const;
/** Whether a field is prefilled (XDF 3 `vorbefuellung`). */
export type Vorbefuellung = (typeof VORBEFUELLUNGEN)[number];

export interface FieldDefinition extends ElementMeta, OccurrenceMeta {
  readonly kind: 'field';
  readonly feldart: Feldart;
  readonly datentyp: Datentyp;
  readonly praezisierung?: Praezisierung;
  /** Reference to an external code list (select fields). */
  readonly codeList?: CodeListRef;
  /** Inline allowed values (XDF 3 `werte`). Takes precedence over a loaded list. */
  readonly values?: readonly CodeValue[];
  /** Static text shown by a `label` field, or a default/fixed value for `locked`/`hidden`. */
  readonly content?: string;
  readonly file?: FileConstraints;
  /** Prefilling; absent means none, the same as `keine` (XDF 3 requires the element and writes `keine` then). */
  readonly vorbefuellung?: Vorbefuellung;
  /** Rules attached to this field (relevance, conditional requirement, constraints, computation). */
  readonly rules?: readonly RuleDefinition[];
}

export interface GroupDefinition extends ElementMeta, OccurrenceMeta {
  readonly kind: 'group';
  readonly children: readonly ChildDefinition[];
  readonly rules?: readonly RuleDefinition[];
}

/** A child of a schema or group: a field or a group. */
export type ChildDefinition = FieldDefinition | GroupDefinition;

/** XDF 3 rule types: K komplex, M Multiplizität, V Validierung, B Berechnung. */
export const RULE_TYPEN = ['K', 'M', 'V', 'B'] as const;
/** XDF 3 rule type (`typ`). */
export type RuleTyp = (typeof RULE_TYPEN)[number];

/**
 * What a rule does to the element it is attached to.
 * - `relevant`: the element applies only when the expression is true; otherwise it must be absent.
 * - `required`: the element must be present when the expression is true.
 * - `constraint`: the expression must be true; otherwise an issue with the rule's code and message.
 * - `calculate`: the element's value equals the expression's value.
 * - `minCount` / `maxCount`: the number of occurrences depends on other answers.
 * - `documentation`: a rule in prose only, kept but not executed.
 */
export const RULE_KINDS = [
  'relevant',
  'required',
  'constraint',
  'calculate',
  'minCount',
  'maxCount',
  'documentation',
] as const;
/** What a rule does; see `RULE_KINDS`. */
export type RuleKind = (typeof RULE_KINDS)[number];

/** A rule (XDF `regel`) attached to a form, group or field; see docs/rules.md. */
export interface RuleDefinition {
  readonly kind: 'rule';
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly ruleKind: RuleKind;
  readonly typ: RuleTyp;
  /** The rule in this library's expression syntax (XDF 3 `skript`). Absent for prose-only rules. */
  readonly expression?: string;
  /** The rule in prose (XDF `definition` / XDF 3 `freitextRegel`). */
  readonly description?: string;
  readonly freitext?: string;
  readonly bezug?: string;
  /** XDF `fachlicherErsteller` of the rule. */
  readonly author?: string;
  /** Issue code reported when a constraint fails (default `RULE_CONSTRAINT`). */
  readonly code?: string;
  /** Message reported when a constraint fails. */
  readonly message?: LocalText;
  readonly status?: Freigabestatus;
  readonly validFrom?: string;
  readonly validUntil?: string;
  /** Original script when it is not in this library's syntax (kept as documentation). */
  readonly foreignScript?: string;
}

/** Value of one `file` field in a submission. */
export interface FileValue {
  /** File name as uploaded, e.g. `lichtbild.jpg`. */
  readonly name: string;
  /** Media type, e.g. `image/jpeg`. */
  readonly mediaType: string;
  /** The file's bytes, base64-encoded (RFC 4648, padded, no line breaks). */
  readonly content: string;
}

/** Value of one `obj` (binary object) field in a submission. */
export interface ObjValue {
  readonly mediaType?: string;
  /** The object's bytes, base64-encoded. */
  readonly content: string;
}

/** A whole form (XDF Stammdatenschema / Datenschema). */
export interface FormDefinition extends ElementMeta {
  readonly kind: 'schema';
  /** Format marker of the definition file. */
  readonly format: 'antrag/definition@1';
  /** Readable key of the form: the root element name in XML, the form name in the CLI. */
  readonly key: string;
  readonly children: readonly ChildDefinition[];
  readonly rules?: readonly RuleDefinition[];
  /** Code lists the definition carries with it, pinned by (uri, version). */
  readonly codeLists?: readonly CodeList[];
  /** XÖV message settings for the XML writer (namespace, message name). */
  readonly message?: MessageSettings;
  /** What a schema derived from this one may modify (XDF `ableitungsmodifikationenStruktur` / `…Repraesentation`). */
  readonly ableitungsmodifikationen?: Ableitungsmodifikationen;
  /** The Dokumentsteckbrief (`D…`) the schema belongs to (XDF 3 `dokumentsteckbrief`). */
  readonly dokumentsteckbrief?: ElementReference;
}

/**
 * XDF `ableitungsmodifikationenStruktur` (code list
 * `urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur`, version 1.0, as the
 * XDatenfelder 2.0 and 3.0.0 XSDs enumerate it): what a schema derived from this one may change
 * in its structure. 0 nicht modifizierbar, 1 nur einschränkbar, 2 nur erweiterbar, 3 alles
 * modifizierbar (docs/decisions/0028-derived-schemas.md).
 */
export const ABLEITUNG_STRUKTUR = [0, 1, 2, 3] as const;
/** XDF `ableitungsmodifikationenStruktur`; see `ABLEITUNG_STRUKTUR`. */
export type AbleitungStruktur = (typeof ABLEITUNG_STRUKTUR)[number];

/**
 * XDF `ableitungsmodifikationenRepraesentation` (code list
 * `urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation`, version 1.0):
 * whether a derived schema may change how elements are represented. 0 nicht modifizierbar,
 * 1 modifizierbar.
 */
export const ABLEITUNG_REPRAESENTATION = [0, 1] as const;
/** XDF `ableitungsmodifikationenRepraesentation`; see `ABLEITUNG_REPRAESENTATION`. */
export type AbleitungRepraesentation = (typeof ABLEITUNG_REPRAESENTATION)[number];

/** What a schema derived from this one may modify (XDF `ableitungsmodifikationen…` of a schema). */
export interface Ableitungsmodifikationen {
  readonly struktur?: AbleitungStruktur;
  readonly repraesentation?: AbleitungRepraesentation;
}

/** A reference to a FIM element by id and optional version (XDF `ElementIdentifikation`). */
export interface ElementReference {
  readonly id: string;
  readonly version?: string;
}

/** Settings of the form's XÖV-style message (namespace, root element, standard name). */
export interface MessageSettings {
  /** Target namespace of messages of this form and version. */
  readonly namespace?: string;
  /** Root element name `<gruppe>.<nachricht>.<NNNN>`. */
  readonly rootElement?: string;
  /** XÖV `standard` attribute. */
  readonly standard?: string;
}

/** Any element of a definition. */
export type ElementDefinition = FormDefinition | GroupDefinition | FieldDefinition;

/** Parses `min:max` into numbers; `max` is `Infinity` for `*`. Returns undefined when malformed. */
export function parseCardinality(text: string): { min: number; max: number } | undefined {
  const match = /^(\d+):(\d+|\*)$/.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === '*' ? Number.POSITIVE_INFINITY : Number(match[2]);
  return { min, max };
}
