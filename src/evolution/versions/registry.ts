/**
 * Versions side by side: a registry of several versions of several forms, for portals and back
 * offices that accept the old version of a form for months while sending the new one.
 *
 * - A form is found by its key (`alg2`) or its FIM id (`S99000000300`), a version by its number;
 *   without a version the highest is meant.
 * - A JSON submission may name its form and version in the envelope property `$form`
 *   (`{"$form": {"key": "alg2", "version": "1.0.0"}, …data}`). `$form` can never be a data key
 *   (keys start with a letter or `_`), so it is taken off before validation.
 * - A message names its version by its namespace (each version has its own; see
 *   `docs/xml.md`): `read` parses once, picks the version from the root element's namespace and
 *   reads with it. A message of a known form in an unknown version is reported as such.
 * - With migrations given, `read(message, { migrateTo })` reads an older message with its own
 *   version, migrates it (chaining migrations where needed) and validates it in the target version.
 *   Migrations are compiled and checked when the registry is made: a broken one throws there.
 *
 * Boundaries never throw on bad input: unknown forms and versions are issues in the Report.
 * Definitions are compiled on first use and kept; a broken definition throws `DefinitionError`
 * then, as `compile` does.
 */

import { formatMessage } from '../../issues/catalogue.js';
import type { Issue } from '../../issues/issue.js';
import { makeReport } from '../../issues/issue.js';
import { DefinitionError } from '../../model/definition-error.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { type CompiledForm, type CompileOptions, compile } from '../../validate/compile.js';
import type { ValidationReport } from '../../validate/result.js';
import type { ValidateOptions } from '../../validate/run.js';
import { messageShape } from '../../xml/message.js';
import { errorIssue } from '../../xml/parse.js';
import { parseXmlDocument } from '../../xml/parser/index.js';
import { type ReadOptions, type ReadResult, readDocument } from '../../xml/read.js';
import type { ChainResult } from '../migrate/chain.js';
import { type CompiledMigration, compileMigration } from '../migrate/compile.js';
import type { Migration } from '../migrate/format.js';
import { migrateRead } from '../migrate/read.js';
import { VERSION_CODES, versionIssue } from './codes.js';
import { compareVersions } from './order.js';

/** The envelope property of a JSON submission that names its form and version. */
export const ENVELOPE_KEY = '$form';

/** The value of `$form`: the form by key or FIM id (one is enough), and its version. */
export interface FormEnvelope {
  readonly key?: string;
  readonly id?: string;
  readonly version?: string;
}

/** Which form and version a submission or message was taken as. */
export interface FormIdentity {
  readonly key: string;
  readonly id: string;
  readonly version: string;
}

/** One form of the registry with its versions, highest first. */
export interface VersionedForm {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly versions: readonly string[];
}

/** A validation by the registry: the Report, and the form and version it was validated against. */
export type VersionedValidation = ValidationReport & { readonly form?: FormIdentity };

/**
 * A message read by the registry: the read result, and the form and version it was read as. A
 * migrated message also has the version it was written in (`migratedFrom`) and what the
 * migration did (`migration`); its `data` and `report` are those of the target version.
 */
export type VersionedRead = ReadResult & {
  readonly form?: FormIdentity;
  readonly migratedFrom?: FormIdentity;
  readonly migration?: ChainResult;
};

/** Options of `formVersions`: those of `compile`, and the migrations between the versions. */
export interface FormVersionsOptions extends CompileOptions {
  /** Migrations (format `antrag/migration@1`) between versions of the forms given. */
  readonly migrations?: readonly (Migration | unknown)[];
}

export interface VersionedReadOptions extends ReadOptions {
  /**
   * Read an older message as this version (`'latest'`: the highest of its form), migrating it
   * with the registry's migrations. A message already in that version is read as it is.
   */
  readonly migrateTo?: string;
  /** Answers for elements the migrations ask for (see `MigrateOptions.answers`). */
  readonly answers?: Readonly<Record<string, unknown>>;
}

export interface VersionedValidateOptions extends ValidateOptions {
  /** The form (key or FIM id) when the submission has no `$form`; the envelope wins when both are given. */
  readonly form?: string;
  /** The version when neither the submission nor `form` names one; default: the highest. */
  readonly version?: string;
}

/** A registry of several versions of several forms; create one with `formVersions`. */
export interface FormVersions {
  /** Every form with its versions, sorted by key. */
  readonly forms: readonly VersionedForm[];
  /** The definition of a form (key or FIM id) in a version (default: the highest). */
  definition(form: string, version?: string): FormDefinition | undefined;
  /** The compiled form (compiled once, then kept), or undefined when the registry lacks it. */
  compile(form: string, version?: string): CompiledForm | undefined;
  /** Validates a JSON submission against the version its `$form` (or the options) name. */
  validate(submission: unknown, options?: VersionedValidateOptions): VersionedValidation;
  /** Reads a message with the version its namespace names (and migrates it, when asked). */
  read(message: string | Uint8Array, options?: VersionedReadOptions): VersionedRead;
}

/**
 * A registry of the given definitions. A later definition of the same key and version replaces
 * an earlier one. `options` (code lists, limits) apply to every compile.
 */
export function formVersions(
  definitions: Iterable<FormDefinition>,
  registryOptions: FormVersionsOptions = {},
): FormVersions {
  const { migrations: migrationData = [], ...options } = registryOptions;
  const byKey = new Map<string, FormDefinition[]>();
  for (const definition of definitions) {
    const list = (byKey.get(definition.key) ?? []).filter((d) => d.version !== definition.version);
    list.push(definition);
    list.sort((a, b) => compareVersions(b.version, a.version));
    byKey.set(definition.key, list);
  }
  const byId = new Map<string, string>();
  for (const [key, list] of byKey) for (const d of list) byId.set(d.id, key);
  // The root element of each version's messages: `{namespace}local` → definition.
  const byRoot = new Map<string, FormDefinition>();
  for (const list of byKey.values()) {
    for (const d of list) {
      const shape = messageShape(d);
      byRoot.set(`{${shape.namespace}}${shape.rootElement}`, d);
    }
  }
  // A code list is identified by its canonical version URI wherever it is carried, so every
  // version may use the lists any definition carries (frozen versions often carry none).
  const codeLists: CodeList[] = [...(options.codeLists ?? [])];
  for (const list of byKey.values()) for (const d of list) codeLists.push(...(d.codeLists ?? []));
  const compileOptions: CompileOptions = { ...options, codeLists };
  const compiled = new Map<FormDefinition, CompiledForm>();
  const keys = [...byKey.keys()].sort();

  const versionsOf = (form: string) => byKey.get(form) ?? byKey.get(byId.get(form) ?? '');

  function definition(form: string, version?: string): FormDefinition | undefined {
    const list = versionsOf(form);
    if (!list) return undefined;
    return version === undefined ? list[0] : list.find((d) => compareVersions(d.version, version) === 0);
  }

  function compileDefinition(d: FormDefinition): CompiledForm {
    let form = compiled.get(d);
    if (!form) {
      form = compile(d, compileOptions);
      compiled.set(d, form);
    }
    return form;
  }

  /** The definition a request names, or the issue saying why there is none. */
  function resolve(
    form: string | undefined,
    version: string | undefined,
    at: string,
  ): FormDefinition | Issue {
    if (form === undefined) {
      if (keys.length === 1) form = keys[0] as string;
      else return versionIssue('FORM_NOT_NAMED', at, { known: keys.join(', ') });
    }
    const list = versionsOf(form);
    if (!list) return versionIssue('FORM_UNKNOWN', at, { form, known: keys.join(', ') });
    const found = definition(form, version);
    if (!found) {
      return versionIssue('FORM_VERSION_UNKNOWN', at, {
        form,
        version: String(version),
        known: list.map((d) => d.version).join(', '),
      });
    }
    return found;
  }

  const migrations: CompiledMigration[] = migrationData.map((data, index) => {
    const named = (typeof data === 'object' && data !== null ? data : {}) as Partial<Migration>;
    const from = typeof named.from === 'string' ? definition(String(named.form), named.from) : undefined;
    const to = typeof named.to === 'string' ? definition(String(named.form), named.to) : undefined;
    if (!from || !to) {
      const params = {
        form: String(named.form),
        version: String(from ? named.to : named.from),
        known: keys.join(', '),
      };
      const info = VERSION_CODES.FORM_VERSION_UNKNOWN;
      const message = { de: formatMessage(info.de, params), en: formatMessage(info.en, params) };
      throw new DefinitionError([
        {
          code: 'FORM_VERSION_UNKNOWN',
          severity: 'error',
          path: `/migrations/${index}`,
          keyPath: '',
          message,
          params,
        },
      ]);
    }
    return compileMigration(data, from, to, { codeLists });
  });

  function validate(
    submission: unknown,
    validateOptions: VersionedValidateOptions = {},
  ): VersionedValidation {
    const { form: formOption, version: versionOption, ...rest } = validateOptions;
    let data = submission;
    let form = formOption;
    let version = versionOption;
    let at = '';
    if (isRecord(submission) && Object.hasOwn(submission, ENVELOPE_KEY)) {
      const { [ENVELOPE_KEY]: envelope, ...content } = submission;
      const named = readEnvelope(envelope);
      if (typeof named === 'string')
        return failed(versionIssue('ENVELOPE_INVALID', `/${ENVELOPE_KEY}`, { detail: named }));
      if (named.key !== undefined && named.id !== undefined && byId.get(named.id) !== named.key) {
        return failed(
          versionIssue('ENVELOPE_INVALID', `/${ENVELOPE_KEY}`, { detail: 'key and id name different forms' }),
        );
      }
      data = content;
      form = named.key ?? named.id;
      version = named.version;
      at = `/${ENVELOPE_KEY}`;
    }
    const found = resolve(form, version, at);
    if (isIssue(found)) return failed(found);
    const report = compileDefinition(found).validate(data, rest);
    return { ...report, form: identity(found) };
  }

  function read(message: string | Uint8Array, readOptions: VersionedReadOptions = {}): VersionedRead {
    const { migrateTo, answers, ...plain } = readOptions;
    const parsed = parseXmlDocument(
      message,
      plain.limits ? { limits: plain.limits, freeze: false } : { freeze: false },
    );
    if (!parsed.ok) return { valid: false, report: makeReport([errorIssue(parsed.error)]) };
    const root = parsed.root;
    const found = byRoot.get(`{${root.ns}}${root.local}`);
    if (found) {
      const target =
        migrateTo === undefined
          ? found
          : definition(found.key, migrateTo === 'latest' ? undefined : migrateTo);
      const own = readDocument(compileDefinition(found), root, plain);
      if (target === found) return { ...own, form: identity(found) };
      if (!target) {
        const known = (byKey.get(found.key) ?? []).map((d) => d.version).join(', ');
        const issue = versionIssue('FORM_VERSION_UNKNOWN', '', {
          form: found.key,
          version: String(migrateTo),
          known,
        });
        return { valid: false, report: makeReport([issue]), form: identity(found) };
      }
      const migrated = migrateRead(own, {
        from: compileDefinition(found),
        to: compileDefinition(target),
        // Only this form's migrations: versions of other forms share numbers.
        migrations: migrations.filter((m) => m.from.definition.key === found.key),
        ...(answers === undefined ? {} : { answers }),
        ...(plain.referenceDate === undefined ? {} : { referenceDate: plain.referenceDate }),
      });
      return {
        ...(migrated as unknown as ReadResult),
        form: identity(target),
        migratedFrom: identity(found),
        ...(migrated.migration ? { migration: migrated.migration } : {}),
      };
    }
    // The root element of a known form in another namespace: a version this registry lacks.
    for (const [key, list] of byKey) {
      if (list.some((d) => messageShape(d).rootElement === root.local)) {
        const issue = versionIssue('MESSAGE_VERSION_UNKNOWN', '', {
          form: key,
          namespace: root.ns,
          known: list.map((d) => messageShape(d).namespace).join(', '),
        });
        return { valid: false, report: makeReport([issue]) };
      }
    }
    const issue = versionIssue('MESSAGE_FORM_UNKNOWN', '', { root: `{${root.ns}}${root.local}` });
    return { valid: false, report: makeReport([issue]) };
  }

  const forms = keys.map((key) => {
    const list = byKey.get(key) as FormDefinition[];
    const top = list[0] as FormDefinition;
    return { key, id: top.id, name: top.name, versions: list.map((d) => d.version) };
  });

  return {
    forms,
    definition,
    compile: (form, version) => {
      const found = definition(form, version);
      return found && compileDefinition(found);
    },
    validate,
    read,
  };
}

function identity(definition: FormDefinition): FormIdentity {
  return { key: definition.key, id: definition.id, version: definition.version };
}

function isIssue(value: FormDefinition | Issue): value is Issue {
  return 'code' in value && 'severity' in value;
}

function failed(issue: Issue): VersionedValidation {
  return makeReport([issue]) as VersionedValidation;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The envelope, or the English reason it is not one. */
function readEnvelope(value: unknown): FormEnvelope | string {
  if (!isRecord(value)) return 'expected an object with key or id and an optional version';
  const envelope: { key?: string; id?: string; version?: string } = {};
  for (const [name, entry] of Object.entries(value)) {
    if (name !== 'key' && name !== 'id' && name !== 'version') return `unknown property "${name}"`;
    if (typeof entry !== 'string' || entry === '') return `${name} must be a non-empty string`;
    envelope[name] = entry;
  }
  if (envelope.key === undefined && envelope.id === undefined) return 'key or id is required';
  return envelope;
}
