/**
 * Standard Schema v1 (https://standardschema.dev) for compiled forms: a `CompiledForm` carries
 * `~standard`, so it plugs into TanStack Form, react-hook-form's standard-schema resolver, tRPC
 * or Hono validators as a zod schema would.
 *
 * Contract: `validate(value)` runs the form's full validation (structure, code lists, rules) and
 * succeeds with the value itself when the Report has no error; otherwise it fails with one
 * Standard Schema issue per error: the message in the chosen language (German by default) and
 * the JSON pointer split into path keys (array indices as numbers). Warnings and infos are not
 * failures and are not reported. An issue about the whole submission has no path. It never
 * throws and never changes the value.
 */

import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Report } from '../issues/issue.js';
import type { Submission } from '../model/builders.js';
import type { FormDefinition } from '../model/types.js';

/** Options of a Standard Schema view of a form. */
export interface StandardSchemaOptions {
  /** Language of the issue messages (default `de`). */
  readonly lang?: 'de' | 'en';
  /** The day rules treat as today (`YYYY-MM-DD`); default: the current date in UTC. */
  readonly referenceDate?: string;
}

/**
 * The submission type of a form for Standard Schema: `Submission<D>` for a typed form, a plain
 * record for a definition known only as `FormDefinition` (so every typed form stays assignable
 * to the untyped one).
 */
export type StandardData<D extends FormDefinition> = D extends { readonly key: infer K }
  ? string extends K
    ? Record<string, unknown>
    : Submission<D>
  : Record<string, unknown>;

/** The `~standard` properties of a compiled form: input and output are the form's submission type. */
export type FormStandardProps<D extends FormDefinition> = StandardSchemaV1.Props<
  StandardData<D>,
  StandardData<D>
>;

/** What the adapter needs of a compiled form: its validation. */
type Validate = (data: unknown, options: { readonly referenceDate?: string }) => Report;

/** @internal The vendor name in `~standard.vendor`. */
export const STANDARD_SCHEMA_VENDOR = 'antrag';

/** Splits a JSON pointer (RFC 6901) into path keys; array indices become numbers. */
export function pointerToPath(pointer: string): PropertyKey[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => {
      const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}

/** Maps a Report to a Standard Schema result. */
export function toStandardResult<T>(
  value: unknown,
  report: Report,
  lang: 'de' | 'en',
): StandardSchemaV1.Result<T> {
  if (report.valid) return { value: value as T };
  const issues: StandardSchemaV1.Issue[] = [];
  for (const issue of report.issues) {
    if (issue.severity !== 'error') continue;
    const path = pointerToPath(issue.path);
    issues.push(path.length > 0 ? { message: issue.message[lang], path } : { message: issue.message[lang] });
  }
  return { issues };
}

/** @internal Builds the `~standard` properties over a form's validation. */
export function standardProps<D extends FormDefinition>(
  validate: Validate,
  options: StandardSchemaOptions = {},
): FormStandardProps<D> {
  const lang = options.lang ?? 'de';
  const runOptions = options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate };
  return {
    version: 1,
    vendor: STANDARD_SCHEMA_VENDOR,
    validate: (value) => toStandardResult<StandardData<D>>(value, validate(value, runOptions), lang),
  };
}

/**
 * A Standard Schema of a compiled form with options (language of messages, reference date).
 * `form['~standard']` is the same with the defaults (German, today).
 */
export function standardSchema<D extends FormDefinition>(
  form: { readonly validate: Validate; readonly definition: D },
  options: StandardSchemaOptions = {},
): StandardSchemaV1<StandardData<D>, StandardData<D>> {
  return { '~standard': standardProps<D>((data, run) => form.validate(data, run), options) };
}
