/**
 * Reading an older message with migration: the message is read with its own (older) version,
 * migrated to the newer one, and the result validated there. The versions registry picks the
 * `from` version by the message's namespace and calls this; it stays a plain function.
 */

import { type Issue, makeReport, type Report } from '../../issues/issue.js';
import type { CompiledForm } from '../../validate/compile.js';
import type { MessageHeader } from '../../xml/message.js';
import { type ReadOptions, type ReadResult, readMessage } from '../../xml/read.js';
import { type ChainResult, migrateChain } from './chain.js';
import type { CompiledMigration } from './compile.js';

/** Options of `readMigrated`. */
export interface ReadMigratedOptions extends Omit<ReadOptions, 'codeLists'> {
  /** The version the message is written in. */
  readonly from: CompiledForm;
  /** The version to read it as. */
  readonly to: CompiledForm;
  /** The migrations to chain from `from` to `to`. */
  readonly migrations: readonly CompiledMigration[];
  /** Answers for elements the migrations ask for (see `MigrateOptions.answers`). */
  readonly answers?: Readonly<Record<string, unknown>>;
}

/** What `readMigrated` read: the submission in the newer version and how it got there. */
export interface MigratedRead {
  /** True when the migrated submission is valid in the newer version and the migration lost nothing. */
  readonly valid: boolean;
  /** The submission in the newer version (absent when the message could not be read). */
  readonly data?: Record<string, unknown>;
  /** The message header, when it was read. */
  readonly header?: MessageHeader;
  /** The migration's issues (`MIGRATE_*`), then the newer version's validation of the data. */
  readonly report: Report;
  /** What reading the message with its own version gave. */
  readonly read: ReadResult;
  /** The migration (absent when the message could not be read). */
  readonly migration?: ChainResult;
}

/** Reads a message of an older version and migrates it to a newer one. Never throws on bad input. */
export function readMigrated(input: string | Uint8Array, options: ReadMigratedOptions): MigratedRead {
  const { from, to, migrations, answers, ...readOptions } = options;
  return migrateRead(readMessage(from, input, readOptions), options);
}

/**
 * Migrates what reading a message with its own (older) version gave, and validates the result
 * in the newer version: the part of `readMigrated` after reading, for a caller that read the
 * message itself (the versions registry). Never throws on bad input.
 */
export function migrateRead(
  read: ReadResult,
  options: Pick<ReadMigratedOptions, 'from' | 'to' | 'migrations' | 'answers' | 'referenceDate'>,
): MigratedRead {
  const { from, to, migrations, answers } = options;
  if (read.data === undefined) return { valid: false, report: read.report, read };
  const migration = migrateChain(read.data, migrations, {
    from: from.definition.version,
    to: to.definition.version,
    ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
    ...(answers !== undefined ? { answers } : {}),
  });
  const validation = to.validate(
    migration.data,
    options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {},
  );
  const issues: Issue[] = [...migration.issues, ...validation.issues];
  const report = makeReport(issues);
  return {
    valid: report.valid,
    data: migration.data,
    ...(read.header !== undefined ? { header: read.header } : {}),
    report,
    read,
    migration,
  };
}
