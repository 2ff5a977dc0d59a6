/**
 * Chains migrations across several versions (1.0.0 → 1.1.0 → 2.0.0): the path is found among the
 * migrations given (the shortest, by breadth-first search over their versions), then each
 * migration runs on the previous one's result. Never throws: no path is the issue
 * `MIGRATE_NO_PATH`, with the submission left as it was.
 */

import { buildIssue, type Issue } from '../../issues/issue.js';
import { MIGRATION_CODES } from './codes.js';
import type { CompiledMigration } from './compile.js';
import { type MigrateOptions, type MigrationChange, type MigrationResult, migrate } from './run.js';

/** Options of `migrateChain`. */
export interface ChainOptions extends MigrateOptions {
  /** The version of the submission. */
  readonly from: string;
  /** The version to migrate to. */
  readonly to: string;
}

/** The result of `migrateChain`: the last submission, and each migration's own result. */
export interface ChainResult {
  readonly data: Record<string, unknown>;
  readonly from: string;
  readonly to: string;
  /** The versions passed, `from` first, `to` last (just `from` when they are equal or no path exists). */
  readonly versions: readonly string[];
  /** Each migration's result, in order. */
  readonly steps: readonly MigrationResult[];
  /** Every change of every migration, with the version it led to. */
  readonly changes: readonly (MigrationChange & { readonly version: string })[];
  readonly issues: readonly Issue[];
  /** No issue of severity error in any migration. */
  readonly complete: boolean;
}

/** The migrations leading from one version to another, shortest first; undefined when none do. */
export function findMigrationPath(
  migrations: readonly CompiledMigration[],
  from: string,
  to: string,
): CompiledMigration[] | undefined {
  const previous = new Map<string, CompiledMigration | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const version = queue.shift() as string;
    if (version === to) break;
    for (const migration of migrations) {
      if (migration.from.definition.version !== version) continue;
      const next = migration.to.definition.version;
      if (previous.has(next)) continue;
      previous.set(next, migration);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return undefined;
  const path: CompiledMigration[] = [];
  for (let version = to; version !== from; ) {
    const step = previous.get(version) as CompiledMigration;
    path.unshift(step);
    version = step.from.definition.version;
  }
  return path;
}

/** Migrates a submission from one version to another over the migrations given. Never throws. */
export function migrateChain(
  submission: unknown,
  migrations: readonly CompiledMigration[],
  options: ChainOptions,
): ChainResult {
  const { from, to, ...rest } = options;
  const path = findMigrationPath(migrations, from, to);
  const record =
    typeof submission === 'object' && submission !== null && !Array.isArray(submission)
      ? (submission as Record<string, unknown>)
      : {};
  if (!path) {
    const info = MIGRATION_CODES.MIGRATE_NO_PATH;
    const form = migrations[0]?.from.definition.key ?? '';
    return {
      data: structuredClone(record),
      from,
      to,
      versions: [from],
      steps: [],
      changes: [],
      issues: [buildIssue('MIGRATE_NO_PATH', info.severity, info, '', { form, from, to })],
      complete: false,
    };
  }
  let data: unknown = submission;
  const steps: MigrationResult[] = [];
  for (const migration of path) {
    const result = migrate(data, migration, rest);
    steps.push(result);
    data = result.data;
  }
  return {
    data: steps.length > 0 ? (data as Record<string, unknown>) : structuredClone(record),
    from,
    to,
    versions: [from, ...steps.map((step) => step.to)],
    steps,
    changes: steps.flatMap((step) => step.changes.map((change) => ({ ...change, version: step.to }))),
    issues: steps.flatMap((step) => step.issues),
    complete: steps.every((step) => step.complete),
  };
}
