/**
 * The FIM subcommands of `antrag`:
 * `import`, `export`, `json-schema` and `types`. Each is `(argv, io) → exit code` (0 success,
 * 1 findings, 2 usage or unreadable input) and has a help text. Wherever a command takes
 * `<form>`, that is a built-in form name, a definition JSON file or an XDF 2/3 file.
 */

import { toXdf } from '../../fim/export.js';
import { importXdf } from '../../fim/import.js';
import { toJsonSchema } from '../../fim/json-schema.js';
import { toTypeScript } from '../../fim/typescript.js';
import type { FormDefinition } from '../../model/types.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { type Lang, writeReport } from '../format.js';
import { type CliIo, readInput } from '../io.js';
import { writeJson } from '../output.js';
import { loadForm, readCodeLists, stringFlag, writeOutput } from './shared.js';

/** The CLI's I/O plus writing files (for `-o`). */
export interface FimCliIo extends CliIo {
  readonly writeFile?: (path: string, text: string) => void;
}

export const IMPORT_HELP = `Usage: antrag import <file.xml | -> [options]

Imports an XDatenfelder 2 or 3 file (Stammdatenschema, Datenfeldgruppe or Datenfeld message)
as a definition JSON. The findings (stable XDF_ codes with line:column) go to standard error;
with --json, standard output is { "definition": …, "report": … }.

Options:
  -o <definition.json>  write to a file instead of standard output
  --json                print { definition, report }
  --lang de|en          language of the findings (default: de)

Exit codes: 0 usable definition, 1 definition with errors, 2 unreadable file or usage error,
70 internal error.

Example:
  antrag import S00000121_BlaueKarte.xml -o blaue-karte.definition.json
`;

export const EXPORT_HELP = `Usage: antrag export <form> [options]

Writes a form as an XDatenfelder 3 Stammdatenschema message (xdatenfelder.stammdatenschema.0102).
<form> is a built-in form, a definition JSON file or an XDF file.

Options:
  --xdf 3                  the XDatenfelder version (3, the only export format)
  -o <file.xml>            write to a file instead of standard output
  --message-id <UUID>      the message id (default: a new UUID)
  --created-at <DATETIME>  the creation time (default: now); with --message-id: reproducible
  --lang de|en             language of error messages (default: de)

Exit codes: 0 written, 2 usage or definition error, 70 internal error.

Example:
  antrag export fuehrerschein --xdf 3 -o fuehrerschein.xdf3.xml
`;

export const JSON_SCHEMA_HELP = `Usage: antrag json-schema <form> [options]

Prints the JSON Schema (draft 2020-12) of the form's submissions.

Options:
  --naming key|fim-id     property names: readable keys (default) or FIM ids
  --version-suffix        with fim-id: add the version (F…V1.0.0)
  --code-list <file.xml>  a genericode code list whose codes become an enum (repeatable)
  --id <URI>              the schema's $id
  -o <schema.json>        write to a file instead of standard output
  --lang de|en            language of error messages (default: de)

Exit codes: 0 written, 2 usage or definition error, 70 internal error.

Example:
  antrag json-schema fuehrerschein --code-list xinneres-geschlecht_1.xml > schema.json
`;

export const TYPES_HELP = `Usage: antrag types <form> [options]

Prints TypeScript source with the submission type of a form (built-in, definition JSON or
XDatenfelder file), for back-office code.

Options:
  --type-name <Name>  the name of the exported type
  -o <types.ts>       write to a file instead of standard output
  --lang de|en        language of error messages (default: de)

Exit codes: 0 written, 2 usage or definition error, 70 internal error.

Example:
  antrag types S00000121_BlaueKarte.xml -o blaue-karte.ts
`;

function readLang(value: string | true | undefined): Lang {
  if (value === undefined) return 'de';
  if (value === 'de' || value === 'en') return value;
  throw new UsageError('--lang must be de or en');
}

/** Writes JSON to `-o` or, in chunks, to standard output. */
function outputJson(io: FimCliIo, path: string | undefined, value: unknown): boolean {
  if (path === undefined || path === '-') {
    writeJson(io.stdout, value);
    return true;
  }
  return writeOutput(io, path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Resolves `<form>`: a built-in form, an XDF file or a definition JSON file. Prints why it
 * failed and returns undefined.
 */
export function resolveFimForm(io: CliIo, argument: string, lang: Lang): FormDefinition | undefined {
  return loadForm(io, argument, lang);
}

/** Runs a command body; usage errors print a message and give 2. */
function guarded(io: CliIo, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`antrag: ${error.message}\nRun "antrag --help" for usage.\n`);
    return 2;
  }
}

const help = (io: CliIo, flags: ReadonlyMap<string, string | true>, text: string) => {
  if (!flags.has('--help') && !flags.has('-h')) return false;
  io.stdout(text);
  return true;
};

export const IMPORT_FLAGS: FlagSpec = { withValue: ['-o', '--lang'], boolean: ['--json', '--help', '-h'] };
export const EXPORT_FLAGS: FlagSpec = {
  withValue: ['--xdf', '-o', '--message-id', '--created-at', '--lang'],
  boolean: ['--help', '-h'],
};
export const JSON_SCHEMA_FLAGS: FlagSpec = {
  withValue: ['--naming', '-o', '--lang', '--id'],
  boolean: ['--version-suffix', '--help', '-h'],
  repeatable: ['--code-list'],
};
export const TYPES_FLAGS: FlagSpec = {
  withValue: ['-o', '--type-name', '--lang'],
  boolean: ['--help', '-h'],
};

/** `antrag import <file.xml> [-o definition.json]`. */
export function importCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, IMPORT_FLAGS);
    if (help(io, args.flags, IMPORT_HELP)) return 0;
    const lang = readLang(args.flags.get('--lang'));
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('import needs <file.xml>');
    const bytes = readInput(io, file);
    if (!bytes) return 2;
    const result = importXdf(bytes);
    const value = args.flags.has('--json')
      ? { definition: result.definition ?? null, report: result.report }
      : result.definition;
    if (!args.flags.has('--json') && result.report.issues.length > 0)
      writeReport(io.stderr, result.report, lang);
    if (value !== undefined && !outputJson(io, stringFlag(args.flags, '-o'), value)) return 2;
    if (!result.definition) return 2;
    return result.report.valid ? 0 : 1;
  });
}

/** `antrag export <form> --xdf 3 [-o file.xml]`. */
export function exportCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, EXPORT_FLAGS);
    if (help(io, args.flags, EXPORT_HELP)) return 0;
    const lang = readLang(args.flags.get('--lang'));
    const xdf = stringFlag(args.flags, '--xdf') ?? '3';
    if (xdf !== '3') throw new UsageError('--xdf must be 3 (XDatenfelder 3 is the only export format)');
    const [formArg, ...extra] = args.positionals;
    if (formArg === undefined || extra.length > 0) throw new UsageError('export needs <form>');
    const definition = resolveFimForm(io, formArg, lang);
    if (!definition) return 2;
    const options: { version: 3; messageId?: string; createdAt?: string } = { version: 3 };
    const messageId = stringFlag(args.flags, '--message-id');
    const createdAt = stringFlag(args.flags, '--created-at');
    if (messageId !== undefined) options.messageId = messageId;
    if (createdAt !== undefined) options.createdAt = createdAt;
    return writeOutput(io, stringFlag(args.flags, '-o'), toXdf(definition, options)) ? 0 : 2;
  });
}

/** `antrag json-schema <form> [--naming key|fim-id] [--code-list file.xml]…`. */
export function jsonSchemaCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, JSON_SCHEMA_FLAGS);
    if (help(io, args.flags, JSON_SCHEMA_HELP)) return 0;
    const lang = readLang(args.flags.get('--lang'));
    const naming = stringFlag(args.flags, '--naming') ?? 'key';
    if (naming !== 'key' && naming !== 'fim-id') throw new UsageError('--naming must be key or fim-id');
    const [formArg, ...extra] = args.positionals;
    if (formArg === undefined || extra.length > 0) throw new UsageError('json-schema needs <form>');
    const definition = resolveFimForm(io, formArg, lang);
    if (!definition) return 2;
    const codeLists = readCodeLists(io, args.lists.get('--code-list') ?? [], lang);
    if (!codeLists) return 2;
    const id = stringFlag(args.flags, '--id');
    const schema = toJsonSchema(definition, {
      naming,
      versionSuffix: args.flags.has('--version-suffix'),
      codeLists,
      ...(id === undefined ? {} : { id }),
    });
    return outputJson(io, stringFlag(args.flags, '-o'), schema) ? 0 : 2;
  });
}

/** `antrag types <schema.xml|definition.json|form> [--type-name Name] [-o types.ts]`. */
export function typesCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, TYPES_FLAGS);
    if (help(io, args.flags, TYPES_HELP)) return 0;
    const lang = readLang(args.flags.get('--lang'));
    const [formArg, ...extra] = args.positionals;
    if (formArg === undefined || extra.length > 0)
      throw new UsageError('types needs <schema.xml | definition.json>');
    const definition = resolveFimForm(io, formArg, lang);
    if (!definition) return 2;
    const typeName = stringFlag(args.flags, '--type-name');
    if (typeName !== undefined && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(typeName))
      throw new UsageError('--type-name must be a TypeScript identifier');
    const source = toTypeScript(definition, typeName === undefined ? {} : { typeName });
    return writeOutput(io, stringFlag(args.flags, '-o'), source) ? 0 : 2;
  });
}
