/**
 * `antrag migrate <from> <to> <submission> --migration <file>`: migrates a submission (JSON, or an
 * XML message of the older version) from one version of a form to another over the migrations
 * given (chained when there are several), writes the new submission to standard output (or `-o`)
 * and the report — changes, migration issues, the newer version's validation — to standard error,
 * or everything as one JSON object with `--json`. Exit codes as decision 0010: 0 migrated and
 * valid, 1 migrated but incomplete or invalid in the newer version (the data is still written),
 * 2 usage, definition or migration error.
 */

import { type ChainResult, migrateChain } from '../../evolution/migrate/chain.js';
import { type CompiledMigration, compileMigration } from '../../evolution/migrate/compile.js';
import { loadMigration } from '../../evolution/migrate/format.js';
import { readMigrated } from '../../evolution/migrate/read.js';
import { BUILT_IN_FORM_NAMES } from '../../forms/registry.js';
import { makeReport, type Report } from '../../issues/issue.js';
import { DefinitionError } from '../../model/definition-error.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { isIsoDate } from '../../text/temporal.js';
import { parseSubmission } from '../../validate/parse.js';
import { todayUtc } from '../../validate/run.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { formatFindings, type Lang, writeReport } from '../format.js';
import { looksLikeXml } from '../forms.js';
import { type CliIo, readInput } from '../io.js';
import { writeJson } from '../output.js';
import { compileForCli, helpRequested, loadForm, readCodeLists, readLang } from './shared.js';

export const MIGRATE_HELP = `Usage: antrag migrate <from> <to> <submission> --migration <file> [options]

Migrates a submission of one version of a form to another: <from> and <to> are the two versions
(a built-in form (${BUILT_IN_FORM_NAMES.join(', ')}) for its current version, or a definition
JSON file such as schemas/alg2/versions/1.0.0.json). <submission> is a JSON submission or an XML
message of the <from> version; - reads standard input. The migration (antrag/migration@1, see
docs/guides/standards-editor.md) is checked against both versions first; several --migration
files are chained (1.0.0 → 1.1.0 → 2.0.0); give the versions in between with --via.

Writes the migrated submission (JSON) to standard output and the report to standard error: what
was moved, mapped, defaulted, computed or dropped, what the migration could not carry or must
ask for, and the newer version's validation of the result.

Options:
  --migration <file>           a migration file (repeatable; required)
  --via <definition>           a version between <from> and <to>, for chains (repeatable)
  --answers <file.json>        answers to the questions of the migration (a partial submission
                               of the newer version)
  -o <file>                    write the migrated submission to a file
  --json                       print one JSON object: data, changes, issues, validation
  --lang de|en                 language of messages (default: de)
  --reference-date YYYY-MM-DD  the day rules treat as today (default: today, UTC)
  --code-list <file.xml>       a genericode code list for both versions (repeatable)

Exit codes: 0 migrated and valid, 1 migrated but incomplete or invalid in the newer version,
2 usage, definition or migration error, 70 internal error.

Example:
  antrag migrate schemas/alg2/versions/1.0.0.json alg2 antrag-alt.json \\
    --migration schemas/alg2/migrations/1.0.0-2.0.0.json --answers antworten.json
`;

export const MIGRATE_FLAGS: FlagSpec = {
  withValue: ['--lang', '--reference-date', '-o', '--answers'],
  boolean: ['--json', '--help', '-h'],
  repeatable: ['--code-list', '--migration', '--via'],
};

function readJson(io: CliIo, path: string, what: string): unknown {
  const bytes = readInput(io, path);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    io.stderr(`antrag: ${what} ${path} is not JSON\n`);
    return undefined;
  }
}

export function migrateCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, MIGRATE_FLAGS);
  if (helpRequested(io, args.flags, MIGRATE_HELP)) return 0;
  const lang: Lang = readLang(args.flags.get('--lang'));
  const [fromArg, toArg, file, ...extra] = args.positionals;
  if (fromArg === undefined || toArg === undefined || file === undefined || extra.length > 0)
    throw new UsageError('migrate needs <from>, <to> and <submission>');
  const migrationFiles = args.lists.get('--migration') ?? [];
  if (migrationFiles.length === 0) throw new UsageError('migrate needs at least one --migration <file>');
  const out = args.flags.get('-o');
  const answersFile = args.flags.get('--answers');
  const date = args.flags.get('--reference-date');
  if (out === true || answersFile === true || date === true)
    throw new UsageError('-o, --answers and --reference-date need a value');
  if (date !== undefined && !isIsoDate(date)) throw new UsageError('--reference-date must be YYYY-MM-DD');
  const referenceDate = date ?? todayUtc();

  const fromDef = loadForm(io, fromArg, lang);
  const toDef = fromDef && loadForm(io, toArg, lang);
  if (!fromDef || !toDef) return 2;
  const via: FormDefinition[] = [];
  for (const argument of args.lists.get('--via') ?? []) {
    const definition = loadForm(io, argument, lang);
    if (!definition) return 2;
    via.push(definition);
  }
  const given = readCodeLists(io, args.lists.get('--code-list') ?? [], lang);
  if (!given) return 2;
  // A list is pinned by URI and version: one version's carried lists serve the other too.
  const lists = [...(fromDef.codeLists ?? []), ...(toDef.codeLists ?? []), ...given];
  const from = compileForCli(io, fromDef, lang, lists);
  const to = from && compileForCli(io, toDef, lang, lists);
  if (!from || !to) return 2;

  const migrations = compileMigrations(io, migrationFiles, lang, [fromDef, ...via, toDef], lists);
  if (!migrations) return 2;
  let answers: Readonly<Record<string, unknown>> | undefined;
  if (answersFile !== undefined) {
    const read = readJson(io, answersFile, 'the answers file');
    if (typeof read !== 'object' || read === null || Array.isArray(read)) {
      if (read !== undefined) io.stderr(`antrag: the answers in ${answersFile} are not a JSON object\n`);
      return 2;
    }
    answers = read as Record<string, unknown>;
  }

  const bytes = readInput(io, file);
  if (!bytes) return 2;
  let migration: ChainResult | undefined;
  let report: Report;
  const common = { referenceDate, ...(answers ? { answers } : {}) };
  if (looksLikeXml(bytes)) {
    const read = readMigrated(bytes, { from, to, migrations, ...common });
    migration = read.migration;
    report = read.report;
  } else {
    const parsed = parseSubmission(bytes, from.limits);
    if (!parsed.ok) {
      writeReport(io.stderr, parsed.report, lang);
      return 1;
    }
    migration = migrateChain(parsed.data, migrations, {
      from: fromDef.version,
      to: toDef.version,
      ...common,
    });
    report = makeReport([...migration.issues, ...to.validate(migration.data, { referenceDate }).issues]);
  }

  if (args.flags.has('--json')) {
    writeJson(io.stdout, {
      valid: report.valid,
      from: fromDef.version,
      to: toDef.version,
      versions: migration?.versions ?? [],
      data: migration?.data,
      changes: migration?.changes ?? [],
      complete: migration?.complete ?? false,
      report,
    });
    return report.valid ? 0 : 1;
  }
  if (migration) {
    const text = `${JSON.stringify(migration.data, null, 2)}\n`;
    if (out === undefined || out === '-') io.stdout(text);
    else if (!io.writeFile) {
      io.stderr('antrag: writing files is not available here\n');
      return 2;
    } else {
      try {
        io.writeFile(out, text);
      } catch {
        io.stderr(`antrag: cannot write file "${out}"\n`);
        return 2;
      }
    }
    io.stderr(formatChanges(migration, lang));
  }
  writeReport(io.stderr, report, lang);
  return report.valid ? 0 : 1;
}

function compileMigrations(
  io: CliIo,
  files: readonly string[],
  lang: Lang,
  definitions: readonly FormDefinition[],
  lists: readonly CodeList[],
): CompiledMigration[] | undefined {
  const compiled: CompiledMigration[] = [];
  for (const file of files) {
    const data = readJson(io, file, 'the migration');
    if (data === undefined) return undefined;
    const loaded = loadMigration(data);
    if (!loaded.ok) {
      io.stderr(`antrag: ${file} is not a migration\n${formatFindings(loaded.findings, lang)}`);
      return undefined;
    }
    const ends = (version: string) => definitions.find((definition) => definition.version === version);
    const from = ends(loaded.migration.from);
    const to = ends(loaded.migration.to);
    if (!from || !to) {
      io.stderr(
        `antrag: ${file} migrates ${loaded.migration.from} → ${loaded.migration.to}; ` +
          'give the definitions of both versions (<from>, <to>, or --via for a version in between)\n',
      );
      return undefined;
    }
    try {
      compiled.push(compileMigration(loaded.migration, from, to, { codeLists: lists }));
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      io.stderr(`antrag: the migration ${file} has errors\n${formatFindings(error.findings, lang)}`);
      return undefined;
    }
  }
  return compiled;
}

function formatChanges(result: ChainResult, lang: Lang): string {
  const lines = result.changes.map((change) => {
    const where = [change.from, change.to].filter((p) => p !== undefined).join(' → ');
    const values =
      change.action === 'dropped'
        ? ` (${JSON.stringify(change.old)}${change.reason ? `: ${change.reason}` : ''})`
        : change.new !== undefined
          ? ` = ${JSON.stringify(change.new)}`
          : '';
    return `  ${change.action} ${where}${values}`;
  });
  const head =
    lang === 'de'
      ? `Migration ${result.versions.join(' → ')}: ${lines.length} Änderung(en)`
      : `Migration ${result.versions.join(' → ')}: ${lines.length} change(s)`;
  return `${[head, ...lines].join('\n')}\n`;
}
