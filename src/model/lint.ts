/**
 * Definition lint: finds mistakes in a form definition before any data is seen. Every finding has
 * a stable code (see `LINT_CODES`), a location, and a message in German and English.
 */

import { formatMessage } from '../issues/catalogue.js';
import type { Severity } from '../issues/severity.js';
import { compareTemporal, isIsoDate, isIsoDateTime, isIsoTime } from '../text/temporal.js';
import { compileXsdPattern } from '../text/xsd-regex.js';
import type { CodeListRegistry } from './codelists.js';
import { contentFingerprint } from './fingerprint.js';
import { KEY_PATTERN, RESERVED_KEYS } from './keys.js';
import { LINT_CODES, type LintCode, type LintParams } from './lint-codes.js';
import type { ChildDefinition, ElementMeta, FieldDefinition, FormDefinition } from './types.js';
import { parseCardinality } from './types.js';
import { foldDefinition, MAX_DEFINITION_DEPTH } from './walk.js';

/** One finding of `lint`: a stable code, where, and a message in German and English. */
export interface LintFinding {
  readonly code: string;
  readonly severity: Severity;
  /** JSON pointer into the definition, e.g. `/children/0/children/2`. */
  readonly path: string;
  /** Dotted key path of the element, e.g. `antragsteller.familienname` (`''` for the form). */
  readonly keyPath: string;
  readonly element?: { readonly id: string; readonly version: string };
  readonly message: { readonly de: string; readonly en: string };
  readonly params: Readonly<Record<string, unknown>>;
}

/** Options of `lint`. */
export interface LintOptions {
  /** Code lists available at run time; references to others get `DEF_CODE_LIST_MISSING`. */
  readonly codeLists?: CodeListRegistry;
}

const VERSION = /^\d+(\.\d+){1,2}$/;
const ID_LETTER = { schema: 'S', group: 'G', field: 'F' } as const;

interface Location {
  readonly path: string;
  readonly keyPath: string;
  readonly element?: ElementMeta;
}

class Linter {
  readonly findings: LintFinding[] = [];
  /** (id@version) → content fingerprint and where it was first seen. */
  readonly #seen = new Map<string, { fingerprint: string; keyPath: string }>();
  /** id → kinds it is used for. */
  readonly #kinds = new Map<string, Set<string>>();

  constructor(readonly options: LintOptions) {}

  report<Code extends LintCode>(
    code: Code,
    at: Location,
    // Codes whose messages show no value take no params.
    ...given: keyof LintParams<Code> extends never ? [] : [LintParams<Code>]
  ): void {
    const info = LINT_CODES[code];
    const params: Readonly<Record<string, unknown>> = given[0] ?? {};
    const fill = (template: string) => formatMessage(template, params);
    const finding: {
      -readonly [K in keyof LintFinding]: LintFinding[K];
    } = {
      code,
      severity: info.severity,
      path: at.path,
      keyPath: at.keyPath,
      message: { de: fill(info.de), en: fill(info.en) },
      params,
    };
    if (at.element) finding.element = { id: at.element.id, version: at.element.version };
    this.findings.push(finding);
  }

  form(definition: FormDefinition): void {
    const at: Location = { path: '', keyPath: '', element: definition };
    this.meta(definition, 'schema', at);
    this.key(definition.key, at);
    // The fold hands each element the keys its siblings took before it.
    foldDefinition(
      definition,
      new Set<string>(),
      (visit, siblingKeys) => {
        const child = visit.element;
        const at: Location = { path: visit.path, keyPath: visit.keyPath, element: child };
        if (siblingKeys.has(child.key)) this.report('DEF_DUPLICATE_KEY', at, { key: child.key });
        siblingKeys.add(child.key);
        this.key(child.key, at);
        this.cardinality(child.cardinality, at);
        this.meta(child, child.kind, at);
        this.fingerprint(child, at);
        if (child.kind === 'field') this.field(child, at);
        else if (child.children.length === 0) this.report('DEF_EMPTY_GROUP', at);
        return new Set<string>();
      },
      {
        tooDeep: (group) => {
          const at: Location = { path: group.path, keyPath: group.keyPath, element: group.element };
          this.report('DEF_TOO_DEEP', at, { limit: MAX_DEFINITION_DEPTH });
        },
      },
    );
  }

  field(field: FieldDefinition, at: Location): void {
    const p = field.praezisierung;
    const isLabel = field.feldart === 'label';
    const hasValues = field.values !== undefined || field.codeList !== undefined;
    if (isLabel) {
      if (p && Object.keys(p).length > 0)
        this.report('DEF_LABEL_WITH_CONSTRAINTS', at, { what: 'praezisierung' });
      if (hasValues) this.report('DEF_LABEL_WITH_CONSTRAINTS', at, { what: 'code list / values' });
      if (field.file) this.report('DEF_LABEL_WITH_CONSTRAINTS', at, { what: 'file constraints' });
      return;
    }
    if (field.feldart === 'select' && !hasValues) this.report('DEF_SELECT_WITHOUT_VALUES', at);
    if (field.feldart !== 'select' && hasValues)
      this.report('DEF_VALUES_NOT_SELECT', at, { feldart: field.feldart });
    if (field.values) {
      const codes = new Set<string>();
      for (const value of field.values) {
        if (codes.has(value.code)) this.report('DEF_DUPLICATE_CODE', at, { code: value.code });
        codes.add(value.code);
      }
    }
    if (field.values === undefined && field.codeList && this.options.codeLists) {
      const { uri, version } = field.codeList;
      if (!this.options.codeLists.has(uri, version))
        this.report('DEF_CODE_LIST_MISSING', at, { uri, version });
    }
    if (field.file && field.datentyp !== 'file') this.report('DEF_FILE_CONSTRAINTS_NOT_FILE', at);
    if (p) this.praezisierung(field, at);
  }

  praezisierung(field: FieldDefinition, at: Location): void {
    const p = field.praezisierung ?? {};
    const { datentyp } = field;
    const isCode = field.feldart === 'select';
    const textual = (datentyp === 'text' || datentyp === 'text_latin') && !isCode;
    for (const name of ['minLength', 'maxLength'] as const) {
      const value = p[name];
      if (value === undefined) continue;
      if (!Number.isSafeInteger(value) || value < 0) this.report('DEF_INVALID_LENGTH', at, { name });
      else if (!textual) this.report('DEF_PRAEZISIERUNG_NOT_APPLICABLE', at, { name, datentyp });
    }
    if (p.minLength !== undefined && p.maxLength !== undefined && p.minLength > p.maxLength) {
      this.report('DEF_MIN_GT_MAX_LENGTH', at, { minLength: p.minLength, maxLength: p.maxLength });
    }
    const numeric = datentyp === 'num' || datentyp === 'num_int' || datentyp === 'num_currency';
    const temporal = datentyp === 'date' || datentyp === 'time' || datentyp === 'datetime';
    const temporalCheck = datentyp === 'date' ? isIsoDate : datentyp === 'time' ? isIsoTime : isIsoDateTime;
    let boundsOk = true;
    for (const name of ['minValue', 'maxValue'] as const) {
      const value = p[name];
      if (value === undefined) continue;
      if (isCode || (!numeric && !temporal)) {
        this.report('DEF_PRAEZISIERUNG_NOT_APPLICABLE', at, { name, datentyp });
        boundsOk = false;
      } else if (
        numeric
          ? typeof value !== 'number' || !Number.isFinite(value)
          : typeof value !== 'string' || !temporalCheck(value)
      ) {
        this.report('DEF_INVALID_BOUND', at, { name, value: String(value), datentyp });
        boundsOk = false;
      }
    }
    if (boundsOk && p.minValue !== undefined && p.maxValue !== undefined) {
      // Times and date-times by instant (src/text/temporal.ts); an indeterminate pair is not an error here.
      const inverted =
        temporal && typeof p.minValue === 'string' && typeof p.maxValue === 'string'
          ? compareTemporal(datentyp, p.minValue, p.maxValue) === 1
          : p.minValue > p.maxValue;
      if (inverted) this.report('DEF_MIN_GT_MAX_VALUE', at, { minValue: p.minValue, maxValue: p.maxValue });
    }
    if (p.pattern !== undefined) {
      if (!textual) this.report('DEF_PRAEZISIERUNG_NOT_APPLICABLE', at, { name: 'pattern', datentyp });
      const compiled = compileXsdPattern(p.pattern);
      if (!compiled.ok)
        this.report('DEF_INVALID_PATTERN', at, { pattern: p.pattern, detail: compiled.error });
      else if (compiled.strippedAnchors) this.report('DEF_PATTERN_ANCHORS', at, { pattern: p.pattern });
    }
  }

  meta(element: ElementMeta, kind: 'schema' | 'group' | 'field', at: Location): void {
    const letter = ID_LETTER[kind];
    if (!new RegExp(`^${letter}\\d{8}(\\d{3})?$`).test(element.id)) {
      this.report('DEF_INVALID_ID', at, { id: element.id, letter });
    }
    if (!VERSION.test(element.version)) this.report('DEF_INVALID_VERSION', at, { version: element.version });
    let kinds = this.#kinds.get(element.id);
    if (!kinds) {
      kinds = new Set();
      this.#kinds.set(element.id, kinds);
    }
    kinds.add(kind);
    if (kinds.size === 2)
      this.report('DEF_DUPLICATE_ID', at, { id: element.id, kinds: [...kinds].join(', ') });
    for (const name of ['validFrom', 'validUntil', 'statusDate', 'publicationDate'] as const) {
      const value = element[name];
      if (value !== undefined && !isIsoDate(value)) this.report('DEF_INVALID_DATE', at, { name, value });
    }
    if (element.validFrom && element.validUntil && element.validFrom > element.validUntil) {
      this.report('DEF_VALIDITY_RANGE', at, { validFrom: element.validFrom, validUntil: element.validUntil });
    }
    const isLabelField = kind === 'field' && (element as FieldDefinition).feldart === 'label';
    if (element.label === undefined && kind !== 'schema' && !isLabelField)
      this.report('DEF_MISSING_LABEL', at);
  }

  key(key: string, at: Location): void {
    if (RESERVED_KEYS.has(key)) this.report('DEF_RESERVED_KEY', at, { key });
    else if (!KEY_PATTERN.test(key)) this.report('DEF_INVALID_KEY', at, { key });
  }

  cardinality(cardinality: string | undefined, at: Location): void {
    if (cardinality === undefined) return;
    const parsed = parseCardinality(cardinality);
    if (!parsed) this.report('DEF_INVALID_CARDINALITY', at, { cardinality });
    else if (parsed.min > parsed.max) this.report('DEF_CARDINALITY_MIN_GT_MAX', at, { cardinality });
    else if (parsed.max === 0) this.report('DEF_CARDINALITY_ZERO', at, { cardinality });
  }

  /** The same (id, version) must have the same content wherever it occurs. */
  fingerprint(child: ChildDefinition, at: Location): void {
    const id = `${child.id}@${child.version}`;
    const fingerprint = contentFingerprint(child);
    const seen = this.#seen.get(id);
    if (!seen) this.#seen.set(id, { fingerprint, keyPath: at.keyPath });
    else if (seen.fingerprint !== fingerprint) {
      this.report('DEF_CONFLICTING_ELEMENT', at, {
        id: child.id,
        version: child.version,
        first: seen.keyPath,
      });
    }
  }
}

/** Lints a definition and returns every finding (errors, warnings, infos) in document order. */
export function lint(definition: FormDefinition, options: LintOptions = {}): LintFinding[] {
  const linter = new Linter(options);
  linter.form(definition);
  return linter.findings;
}
