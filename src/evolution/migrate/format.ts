/**
 * The migration format (`antrag/migration@1`): a migration between two versions of a form is
 * plain JSON data, so it is shipped beside the versions it joins, reviewed like a definition,
 * and checked against both definitions before it runs (`compileMigration`).
 *
 * Paths are key paths from the form root, `.`-separated, with `[]` after each repeated element
 * (`haushalt[].verwandtschaft`). A `from` path names an element of the old version, a `to` path
 * one of the new version. Expressions are the rule language (docs/rules.md), evaluated against
 * the OLD submission; inside a repeat they see the current item.
 *
 * The zod schema is built on first use, like the definition format's (decision 0009), so a
 * bundle that never loads a migration file carries no zod for it.
 */

import { z } from 'zod';
import { formatMessage } from '../../issues/catalogue.js';
import type { LintFinding } from '../../model/lint.js';
import { MIGRATION_CODES } from './codes.js';

/** The format marker of a migration file. */
export const MIGRATION_FORMAT = 'antrag/migration@1';

/** A JSON value (a default or an answer). */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Rename or move: the value (a field's or a whole group's) goes from an old path to a new one. */
export interface MoveStep {
  readonly op: 'move';
  readonly from: string;
  readonly to: string;
}

/** One value becomes several, each computed by an expression over the old submission. */
export interface SplitStep {
  readonly op: 'split';
  readonly from: string;
  readonly to: readonly { readonly path: string; readonly expression: string }[];
}

/** Several values become one, computed by an expression over the old submission. */
export interface JoinStep {
  readonly op: 'join';
  readonly from: readonly string[];
  readonly to: string;
  readonly expression: string;
}

/**
 * Carries a select (or boolean) field to a new one, mapping codes: `codes` maps an old code (for a
 * boolean: `"true"`, `"false"`) to a new one; an unmapped code that the new field allows is kept.
 * `to` defaults to `from`.
 */
export interface MapCodesStep {
  readonly op: 'mapCodes';
  readonly from: string;
  readonly to?: string;
  readonly codes: Readonly<Record<string, string>>;
}

/** A fixed value for a field the old version does not have; `reason` says why it is sound. */
export interface DefaultStep {
  readonly op: 'default';
  readonly to: string;
  readonly value: JsonValue;
  readonly reason: string;
}

/** A value computed by an expression over the old submission. */
export interface ComputeStep {
  readonly op: 'compute';
  readonly to: string;
  readonly expression: string;
}

/** An old value that the new version has no place for, dropped on purpose. */
export interface DropStep {
  readonly op: 'drop';
  readonly from: string;
  readonly reason: string;
}

/**
 * A field or group of the new version that old data cannot provide: it must be asked from the
 * applicant. Such a migration is not complete; `compileMigration` says so and `migrate` reports
 * it unless the answer is given. `when` (an expression over the old submission) limits the
 * question to the submissions the new version needs it for. An `ask` may share its target with
 * one other step: it applies when that step gave no value.
 */
export interface AskStep {
  readonly op: 'ask';
  readonly to: string;
  readonly reason: string;
  readonly when?: string;
}

/** One step of a migration. */
export type MigrationStep =
  | MoveStep
  | SplitStep
  | JoinStep
  | MapCodesStep
  | DefaultStep
  | ComputeStep
  | DropStep
  | AskStep;

/** A migration between two versions of one form (`antrag/migration@1`). */
export interface Migration {
  readonly kind: 'migration';
  readonly format: typeof MIGRATION_FORMAT;
  /** The form: its key (`fuehrerschein`) or FIM id (`S99000000200`). */
  readonly form: string;
  readonly from: string;
  readonly to: string;
  /** What changed and why, for readers. */
  readonly description?: string;
  readonly steps: readonly MigrationStep[];
}

function buildSchema() {
  const path = z.string().min(1);
  const text = z.string().min(1);
  const json: z.ZodType<JsonValue> = z.lazy(() =>
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
  );
  const step = z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('move'), from: path, to: path }),
    z.strictObject({
      op: z.literal('split'),
      from: path,
      to: z.array(z.strictObject({ path, expression: text })).min(1),
    }),
    z.strictObject({ op: z.literal('join'), from: z.array(path).min(1), to: path, expression: text }),
    z.strictObject({
      op: z.literal('mapCodes'),
      from: path,
      to: path.optional(),
      codes: z.record(z.string(), z.string()),
    }),
    z.strictObject({ op: z.literal('default'), to: path, value: json, reason: text }),
    z.strictObject({ op: z.literal('compute'), to: path, expression: text }),
    z.strictObject({ op: z.literal('drop'), from: path, reason: text }),
    z.strictObject({ op: z.literal('ask'), to: path, reason: text, when: text.optional() }),
  ]);
  return z.strictObject({
    kind: z.literal('migration'),
    format: z.literal(MIGRATION_FORMAT),
    form: text,
    from: text,
    to: text,
    description: z.string().optional(),
    steps: z.array(step),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

/** The zod schema of a migration file, built once on first use. */
export function migrationSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

/** The result of `loadMigration`. */
export type MigrationLoad =
  | { readonly ok: true; readonly migration: Migration }
  | { readonly ok: false; readonly findings: readonly LintFinding[] };

/** Reads a migration from JSON text or parsed JSON, checking its shape. Never throws. */
export function loadMigration(input: unknown): MigrationLoad {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, findings: [schemaFinding('', `invalid JSON: ${(error as Error).message}`)] };
    }
  }
  const parsed = migrationSchema().safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      findings: parsed.error.issues.slice(0, 50).map((issue) => {
        const path = issue.path.map((p) => `/${String(p)}`).join('');
        return schemaFinding(path, `${path || '(root)'}: ${issue.message}`);
      }),
    };
  }
  // The schema mirrors Migration; zod types absent optionals as undefined (exactOptionalPropertyTypes).
  return { ok: true, migration: parsed.data as Migration };
}

function schemaFinding(path: string, detail: string): LintFinding {
  const info = MIGRATION_CODES.MIGRATION_SCHEMA;
  return {
    code: 'MIGRATION_SCHEMA',
    severity: 'error',
    path,
    keyPath: '',
    message: { de: formatMessage(info.de, { detail }), en: formatMessage(info.en, { detail }) },
    params: { detail },
  };
}
