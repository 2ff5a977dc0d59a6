/**
 * Derived schemas (Ableitung): `deriveForm(parent, derivation)` applies a derivation's
 * modifications, in order, to a copy of the parent and returns the derived definition — its own
 * identity, the parent's rules and carried code lists, and a relation ABL ("abgeleitet von") to the
 * parent. Each modification is checked against the element as it stands before it (the parent's,
 * or as earlier modifications left it), so a derivation can only narrow what the parent allows:
 * a wider cardinality, added codes, a looser praezisierung, a hidden required element, a missing
 * path or an added id of the parent's are findings (`DERIVE_*`, codes.ts). The parent's
 * `ableitungsmodifikationen` decide which kinds are permitted at all (docs/decisions/0028):
 * structure 1 only restricts (cardinality, hide), 2 only extends (add), 3 both, 0 neither;
 * representation 1 permits values, praezisierung and texts, 0 not. A parent that states nothing
 * sets no limit of its own. Finally the derived definition is linted like any other, so it
 * compiles. Any error throws a `DefinitionError` listing every finding.
 */

import { formatMessage } from '../../issues/catalogue.js';
import { CodeListRegistry } from '../../model/codelists.js';
import { DefinitionError } from '../../model/definition-error.js';
import { contentFingerprint } from '../../model/fingerprint.js';
import type { LintFinding } from '../../model/lint.js';
import {
  type ChildDefinition,
  type CodeList,
  type CodeValue,
  type FieldDefinition,
  type FormDefinition,
  type Praezisierung,
  parseCardinality,
  type Relation,
  type RuleDefinition,
} from '../../model/types.js';
import { walkDefinition } from '../../model/walk.js';
import { compareTemporal } from '../../text/temporal.js';
import { lintDefinition } from '../../validate/lint-definition.js';
import { DERIVE_CODES, type DeriveCode, type DeriveParams } from './codes.js';
import { type Derivation, derivationSchemas, type Modification } from './format.js';

/** Options of `deriveForm`. */
export interface DeriveOptions {
  /** Code lists of the parent's select fields, to check a restriction of their codes against. */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Container = { children: ChildDefinition[] };

/** Which permission a kind of modification needs. */
const NEEDS = {
  cardinality: 'restrict',
  hide: 'restrict',
  add: 'extend',
  values: 'representation',
  praezisierung: 'representation',
  texts: 'representation',
} as const satisfies Record<Modification['kind'], string>;

const STRUKTUR_MEANING = [
  'nicht modifizierbar',
  'nur einschränkbar',
  'nur erweiterbar',
  'alles modifizierbar',
];
const REPRAESENTATION_MEANING = ['nicht modifizierbar', 'modifizierbar'];

/** Rule kinds that only say when an element applies or document it; hiding the element keeps the parent's meaning. */
const HARMLESS_WHEN_HIDDEN: ReadonlySet<RuleDefinition['ruleKind']> = new Set([
  'relevant',
  'maxCount',
  'documentation',
]);

class Deriver {
  readonly findings: LintFinding[] = [];
  readonly #registry: CodeListRegistry;
  /** id → content fingerprints of the parent's elements with that id, by version. */
  readonly #parentIds = new Map<string, Map<string, string>>();
  #index = 0;
  #keyPath = '';

  constructor(
    readonly parent: FormDefinition,
    options: DeriveOptions,
  ) {
    this.#registry = new CodeListRegistry(parent.codeLists ?? []);
    if (options.codeLists) for (const list of options.codeLists) this.#registry.add(list);
    this.#noteId(parent.id, parent.version, '');
    walkDefinition(parent, (visit) => {
      this.#noteId(visit.element.id, visit.element.version, contentFingerprint(visit.element));
      for (const rule of visit.element.rules ?? []) this.#noteId(rule.id, rule.version, '');
    });
    for (const rule of parent.rules ?? []) this.#noteId(rule.id, rule.version, '');
  }

  #noteId(id: string, version: string, fingerprint: string): void {
    let versions = this.#parentIds.get(id);
    if (!versions) {
      versions = new Map();
      this.#parentIds.set(id, versions);
    }
    versions.set(version, fingerprint);
  }

  report<Code extends DeriveCode>(code: Code, params: DeriveParams<Code>, at?: { path: string }): void {
    const info = DERIVE_CODES[code];
    const values: Readonly<Record<string, unknown>> = params;
    this.findings.push({
      code,
      severity: info.severity,
      path: at?.path ?? `/modifications/${this.#index}`,
      keyPath: this.#keyPath,
      message: { de: formatMessage(info.de, values), en: formatMessage(info.en, values) },
      params: values,
    });
  }

  /** The derived definition; check `findings` before using it. */
  derive(derivation: Derivation): FormDefinition {
    const { parent } = this;
    if (derivation.parent.id !== parent.id || derivation.parent.version !== parent.version) {
      this.report(
        'DERIVE_WRONG_PARENT',
        {
          id: derivation.parent.id,
          version: derivation.parent.version,
          parentId: parent.id,
          parentVersion: parent.version,
        },
        { path: '/parent' },
      );
    }
    if (derivation.derived.id === parent.id)
      this.report('DERIVE_NOT_OWN_ID', { id: parent.id }, { path: '/derived/id' });
    // A deep copy without shared objects: the importer shares one object between occurrences.
    const form = JSON.parse(JSON.stringify({ children: parent.children })) as Container;
    derivation.modifications.forEach((modification, index) => {
      this.#index = index;
      this.#keyPath = modification.path.split('/').slice(1).join('.');
      if (this.permitted(modification)) this.apply(form, modification);
    });
    return assemble(parent, derivation, form.children);
  }

  permitted(modification: Modification): boolean {
    const needs = NEEDS[modification.kind];
    const { struktur, repraesentation } = this.parent.ableitungsmodifikationen ?? {};
    if (needs === 'representation') {
      if (repraesentation === undefined || repraesentation === 1) return true;
      this.report('DERIVE_NOT_PERMITTED', {
        modification: modification.kind,
        element: 'ableitungsmodifikationenRepraesentation',
        code: repraesentation,
        meaning: REPRAESENTATION_MEANING[repraesentation] as string,
      });
      return false;
    }
    const allowed = needs === 'restrict' ? [1, 3] : [2, 3];
    if (struktur === undefined || allowed.includes(struktur)) return true;
    this.report('DERIVE_NOT_PERMITTED', {
      modification: modification.kind,
      element: 'ableitungsmodifikationenStruktur',
      code: struktur,
      meaning: STRUKTUR_MEANING[struktur] as string,
    });
    return false;
  }

  /** The element at a path, with the container holding it; reports a missing one. */
  find(form: Container, path: string): { container: Container; index: number } | undefined {
    const keys = path.split('/').slice(1);
    let container: Container = form;
    for (const [depth, key] of keys.entries()) {
      const index = container.children.findIndex((child) => child.key === key);
      const child = container.children[index];
      if (child === undefined) break;
      if (depth === keys.length - 1) return { container, index };
      if (child.kind !== 'group') break;
      container = child as unknown as Container;
    }
    this.report('DERIVE_PATH_NOT_FOUND', { target: path });
    return undefined;
  }

  apply(form: Container, modification: Modification): void {
    if (modification.kind === 'add') {
      this.add(form, modification);
      return;
    }
    const found = modification.path === '' ? undefined : this.find(form, modification.path);
    if (modification.path === '') this.report('DERIVE_PATH_NOT_FOUND', { target: '' });
    if (!found) return;
    const { container, index } = found;
    const element = container.children[index] as Mutable<ChildDefinition>;
    switch (modification.kind) {
      case 'cardinality':
        this.cardinality(element, modification.cardinality);
        return;
      case 'hide':
        if (this.hideable(element)) container.children.splice(index, 1);
        return;
      case 'values':
        this.values(element, modification.codes);
        return;
      case 'praezisierung':
        this.praezisierung(element, modification.praezisierung);
        return;
      case 'texts':
        for (const name of ['label', 'outputLabel', 'help', 'outputHelp'] as const) {
          const text = modification[name];
          if (text !== undefined) element[name] = text;
        }
        return;
    }
  }

  cardinality(element: Mutable<ChildDefinition>, cardinality: ChildDefinition['cardinality'] & string): void {
    const before = element.cardinality ?? '1:1';
    const from = parseCardinality(before);
    const to = parseCardinality(cardinality);
    // A malformed cardinality is the lint's finding (DEF_INVALID_CARDINALITY) on the result.
    if (from && to && (to.min < from.min || to.max > from.max))
      this.report('DERIVE_CARDINALITY_WIDENED', { derived: cardinality, parent: before });
    element.cardinality = cardinality;
  }

  hideable(element: ChildDefinition): boolean {
    const cardinality = element.cardinality ?? '1:1';
    if ((parseCardinality(cardinality)?.min ?? 1) > 0) {
      this.report('DERIVE_HIDE_REQUIRED', { cardinality });
      return false;
    }
    const rule = element.rules?.find((candidate) => !HARMLESS_WHEN_HIDDEN.has(candidate.ruleKind));
    if (rule) {
      this.report('DERIVE_HIDE_RULE', { rule: rule.id, ruleKind: rule.ruleKind });
      return false;
    }
    return true;
  }

  notApplicable(modification: string, reason: string, reasonDe: string): void {
    this.report('DERIVE_NOT_APPLICABLE', { modification, reason, reasonDe });
  }

  values(element: Mutable<ChildDefinition>, codes: readonly string[]): void {
    if (element.kind !== 'field' || element.feldart !== 'select') {
      this.notApplicable('values', 'only a select field has codes', 'nur ein Auswahlfeld hat Codes');
      return;
    }
    const field = element as Mutable<FieldDefinition>;
    let allowed: readonly CodeValue[] | undefined = field.values;
    if (allowed === undefined && field.codeList) {
      const { uri, version } = field.codeList;
      allowed = this.#registry.get(uri, version)?.values;
      if (allowed === undefined) {
        this.report('DERIVE_CODE_LIST_NOT_LOADED', { uri, version });
        return;
      }
    }
    const known = new Set((allowed ?? []).map((value) => value.code));
    const added = codes.filter((code) => !known.has(code));
    if (added.length > 0) {
      this.report('DERIVE_CODES_ADDED', { codes: added.join(', ') });
      return;
    }
    const kept = new Set(codes);
    field.values = (allowed ?? []).filter((value) => kept.has(value.code));
  }

  praezisierung(element: Mutable<ChildDefinition>, narrower: Praezisierung): void {
    if (element.kind !== 'field' || element.feldart === 'select' || element.feldart === 'label') {
      this.notApplicable(
        'praezisierung',
        'only an input, hidden or locked field has a praezisierung',
        'nur ein Eingabe-, verborgenes oder gesperrtes Feld hat eine Präzisierung',
      );
      return;
    }
    const field = element as Mutable<FieldDefinition>;
    const before = field.praezisierung ?? {};
    const widened = (name: string, parent: number | string, derived: number | string) =>
      this.report('DERIVE_PRAEZISIERUNG_WIDENED', { name, parent, derived });
    if (
      narrower.minLength !== undefined &&
      before.minLength !== undefined &&
      narrower.minLength < before.minLength
    )
      widened('minLength', before.minLength, narrower.minLength);
    if (
      narrower.maxLength !== undefined &&
      before.maxLength !== undefined &&
      narrower.maxLength > before.maxLength
    )
      widened('maxLength', before.maxLength, narrower.maxLength);
    for (const [name, sign] of [
      ['minValue', -1],
      ['maxValue', 1],
    ] as const) {
      const parent = before[name];
      const derived = narrower[name];
      if (parent === undefined || derived === undefined) continue;
      const order = compareBounds(field.datentyp, derived, parent);
      // An order that cannot be told (a bound of the wrong type) counts as wider: it cannot be shown narrower.
      if (order === undefined || order === sign) widened(name, parent, derived);
    }
    if (narrower.pattern !== undefined && before.pattern !== undefined && narrower.pattern !== before.pattern)
      this.report('DERIVE_PATTERN_REPLACED', { pattern: narrower.pattern, parentPattern: before.pattern });
    field.praezisierung = { ...before, ...narrower };
  }

  add(form: Container, modification: Extract<Modification, { kind: 'add' }>): void {
    let container: Container = form;
    if (modification.path !== '') {
      const found = this.find(form, modification.path);
      if (!found) return;
      const target = found.container.children[found.index] as ChildDefinition;
      if (target.kind !== 'group') {
        this.notApplicable(
          'add',
          'elements are added to a group or the form',
          'Elemente werden einer Gruppe oder dem Formular hinzugefügt',
        );
        return;
      }
      container = target as unknown as Container;
    }
    let position = container.children.length;
    if (modification.after !== undefined) {
      const after = container.children.findIndex((child) => child.key === modification.after);
      if (after === -1) {
        this.report('DERIVE_PATH_NOT_FOUND', { target: `${modification.path}/${modification.after}` });
        return;
      }
      position = after + 1;
    }
    if (!this.ownIds(modification.element)) return;
    container.children.splice(position, 0, modification.element);
  }

  /** True when the added element and everything in it has ids of its own (or reuses a parent element unchanged). */
  ownIds(element: ChildDefinition): boolean {
    let own = true;
    const check = (id: string, version: string, fingerprint: string | undefined) => {
      const versions = this.#parentIds.get(id);
      if (!versions) return;
      // Reusing an element of the parent as it is (same id, version and content) is no collision.
      if (fingerprint !== undefined && versions.get(version) === fingerprint) return;
      this.report('DERIVE_ID_COLLISION', { id, version });
      own = false;
    };
    const visit = (child: ChildDefinition): void => {
      check(child.id, child.version, contentFingerprint(child));
      for (const rule of child.rules ?? []) check(rule.id, rule.version, undefined);
      if (child.kind === 'group') for (const inner of child.children) visit(inner);
    };
    visit(element);
    return own;
  }
}

/** -1, 0, 1 for a < b, a = b, a > b; undefined when the bounds cannot be compared. */
function compareBounds(
  datentyp: FieldDefinition['datentyp'],
  a: number | string,
  b: number | string,
): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  if (datentyp !== 'date' && datentyp !== 'time' && datentyp !== 'datetime') return undefined;
  return compareTemporal(datentyp, a, b) ?? undefined;
}

/** The derived definition: the header's identity and texts (texts default to the parent's). */
function assemble(
  parent: FormDefinition,
  derivation: Derivation,
  children: readonly ChildDefinition[],
): FormDefinition {
  const header = derivation.derived;
  const abgeleitetVon: Relation = { praedikat: 'ABL', objekt: { id: parent.id, version: parent.version } };
  const out: Mutable<FormDefinition> = {
    kind: 'schema',
    format: 'antrag/definition@1',
    id: header.id,
    version: header.version,
    name: header.name,
    key: header.key,
    children,
  };
  const inherited = [
    'label',
    'outputLabel',
    'description',
    'definition',
    'help',
    'outputHelp',
    'bezug',
  ] as const;
  for (const name of inherited) {
    const value = header[name] ?? parent[name];
    if (value !== undefined) (out as Record<string, unknown>)[name] = value;
  }
  const own = [
    'status',
    'statusDate',
    'publicationDate',
    'validFrom',
    'validUntil',
    'author',
    'versionNote',
  ] as const;
  for (const name of own) {
    const value = header[name];
    if (value !== undefined) (out as Record<string, unknown>)[name] = value;
  }
  if (parent.schemaelementart !== undefined) out.schemaelementart = parent.schemaelementart;
  out.relations = [...(header.relations ?? []), abgeleitetVon];
  if (parent.rules !== undefined) out.rules = parent.rules;
  if (parent.codeLists !== undefined) out.codeLists = parent.codeLists;
  const message = header.message ?? parent.message;
  if (message !== undefined) out.message = message;
  if (header.ableitungsmodifikationen !== undefined)
    out.ableitungsmodifikationen = header.ableitungsmodifikationen;
  const steckbrief = header.dokumentsteckbrief ?? parent.dokumentsteckbrief;
  if (steckbrief !== undefined) out.dokumentsteckbrief = steckbrief;
  return out;
}

function schemaFinding(path: string, detail: string): LintFinding {
  const info = DERIVE_CODES.DERIVE_SCHEMA;
  return {
    code: 'DERIVE_SCHEMA',
    severity: 'error',
    path,
    keyPath: '',
    message: { de: formatMessage(info.de, { detail }), en: formatMessage(info.en, { detail }) },
    params: { detail },
  };
}

/**
 * Derives a schema from a parent: applies the derivation's modifications (format
 * `antrag/derivation@1`, checked here, so parsed JSON may be passed) and returns the derived
 * definition, ready for `compile`. Throws a `DefinitionError` listing every finding when the
 * derivation does not match the format, widens what the parent allows, is not permitted by the
 * parent's `ableitungsmodifikationen`, names what is not there, or yields a definition the lint
 * rejects.
 *
 * @example
 * ```ts
 * const bayern = deriveForm(fuehrerschein, JSON.parse(readFileSync('fuehrerschein-bayern.json', 'utf8')));
 * compile(bayern).validate(data);
 * ```
 */
export function deriveForm(
  parent: FormDefinition,
  derivation: Derivation,
  options: DeriveOptions = {},
): FormDefinition {
  const parsed = derivationSchemas().derivation.safeParse(derivation);
  if (!parsed.success) {
    throw new DefinitionError(
      parsed.error.issues.slice(0, 50).map((issue) => {
        const path = issue.path.map((part) => `/${String(part)}`).join('');
        return schemaFinding(path, `${path || '(root)'}: ${issue.message}`);
      }),
    );
  }
  // The schema's output is Derivation (format.test-d.ts), save zod's `| undefined` on optional properties.
  const checked = parsed.data as Derivation;
  const deriver = new Deriver(parent, options);
  const derived = deriver.derive(checked);
  if (deriver.findings.length > 0) throw new DefinitionError(deriver.findings);
  const registry = new CodeListRegistry(derived.codeLists ?? []);
  if (options.codeLists) for (const list of options.codeLists) registry.add(list);
  const errors = lintDefinition(derived, { codeLists: registry }).filter(
    (finding) => finding.severity === 'error',
  );
  if (errors.length > 0) throw new DefinitionError(errors);
  return derived;
}
