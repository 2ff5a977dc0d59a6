/**
 * The FIM subcommands of `antrag`:
 * `import`, `export`, `json-schema` and `types`. Each is `(argv, io) → exit code` (0 success,
 * 1 findings, 2 usage or unreadable input) and has a help text. Wherever a command takes
 * `<form>`, that is a built-in form name, a definition JSON file or an XDF 2/3 file.
 */

import { toXdf } from '../../fim/export.js';
import { importCodeList } from '../../fim/genericode.js';
import { importXdf } from '../../fim/import.js';
import { toJsonSchema } from '../../fim/json-schema.js';
import { toTypeScript } from '../../fim/typescript.js';
import { builtInForms } from '../../forms/registry.js';
import { loadDefinition } from '../../model/load.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { parseArgs, UsageError } from '../args.js';
import { formatFindings, formatReport, type Lang } from '../format.js';
import { type CliIo, readInput } from '../io.js';

/** The CLI's I/O plus writing files (for `-o`). */
export interface FimCliIo extends CliIo {
  readonly writeFile?: (path: string, text: string) => void;
}

export const IMPORT_HELP = `Usage: antrag import <file.xml | -> [-o definition.json] [--json] [--lang de|en]

Imports an XDatenfelder 2 or 3 file (Stammdatenschema, Datenfeldgruppe or Datenfeld message)
as a definition JSON. The findings (stable XDF_ codes with line:column) go to standard error;
with --json, standard output is { "definition": …, "report": … }.

Exit codes: 0 usable definition, 1 definition with errors, 2 unreadable file or usage error.

Example:
  antrag import S00000121_BlaueKarte.xml -o blaue-karte.definition.json
`;

export const EXPORT_HELP = `Usage: antrag export <form> [--xdf 3] [-o file.xml] [--message-id UUID] [--created-at DATETIME]

Writes a form as an XDatenfelder 3 Stammdatenschema message (xdatenfelder.stammdatenschema.0102).
<form> is a built-in form, a definition JSON file or an XDF file. --message-id and --created-at
make the output reproducible (default: a new UUID and now).

Example:
  antrag export fuehrerschein --xdf 3 -o fuehrerschein.xdf3.xml
`;

export const JSON_SCHEMA_HELP = `Usage: antrag json-schema <form> [--naming key|fim-id] [--version-suffix] [--code-list file.xml]… [-o schema.json]

Prints the JSON Schema (draft 2020-12) of the form's submissions. --naming fim-id names
properties by FIM id (with --version-suffix: F…V1.0.0). Each --code-list (genericode) adds the
codes of a referenced list as an enum.

Example:
  antrag json-schema fuehrerschein --code-list xinneres-geschlecht_1.xml > schema.json
`;

export const TYPES_HELP = `Usage: antrag types <schema.xml | definition.json | form> [--type-name Name] [-o types.ts]

Prints TypeScript source with the submission type of a form, for back-office code.

Example:
  antrag types S00000121_BlaueKarte.xml -o blaue-karte.ts
`;

/** True when the bytes start (after BOM and white space) with `<`. */
function looksLikeXml(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) {
    const byte = bytes[i] as number;
    if (byte === 0xef || byte === 0xbb || byte === 0xbf || byte === 0xfe || byte === 0xff || byte <= 0x20)
      continue;
    return byte === 0x3c;
  }
  return false;
}

function readLang(value: string | true | undefined): Lang {
  if (value === undefined) return 'de';
  if (value === 'de' || value === 'en') return value;
  throw new UsageError('--lang must be de or en');
}

function stringFlag(flags: ReadonlyMap<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  return value === true ? undefined : value;
}

/** Writes the output to `-o` or standard output. */
function output(io: FimCliIo, path: string | undefined, text: string): boolean {
  if (path === undefined || path === '-') {
    io.stdout(text);
    return true;
  }
  if (!io.writeFile) {
    io.stderr('antrag: writing files is not available here\n');
    return false;
  }
  try {
    io.writeFile(path, text);
    return true;
  } catch {
    io.stderr(`antrag: cannot write file "${path}"\n`);
    return false;
  }
}

/**
 * Resolves `<form>`: a built-in form, an XDF file or a definition JSON file. Prints why it
 * failed and returns undefined.
 */
export function resolveFimForm(io: CliIo, argument: string, lang: Lang): FormDefinition | undefined {
  const builtIn = builtInForms.get(argument);
  if (builtIn) return builtIn;
  const bytes = readInput(io, argument);
  if (!bytes) return undefined;
  if (looksLikeXml(bytes)) {
    const result = importXdf(bytes);
    if (!result.definition || !result.report.valid) {
      io.stderr(`antrag: ${argument} cannot be used as a form\n${formatReport(result.report, lang)}`);
      return undefined;
    }
    return result.definition;
  }
  const loaded = loadDefinition(new TextDecoder().decode(bytes));
  if (!loaded.ok) {
    io.stderr(`antrag: the definition in ${argument} has errors\n${formatFindings(loaded.findings, lang)}`);
    return undefined;
  }
  return loaded.definition;
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

/** `antrag import <file.xml> [-o definition.json]`. */
export function importCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, { withValue: ['-o', '--lang'], boolean: ['--json', '--help', '-h'] });
    if (help(io, args.flags, IMPORT_HELP)) return 0;
    const lang = readLang(args.flags.get('--lang'));
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('import needs <file.xml>');
    const bytes = readInput(io, file);
    if (!bytes) return 2;
    const result = importXdf(bytes);
    const text = args.flags.has('--json')
      ? `${JSON.stringify({ definition: result.definition ?? null, report: result.report }, null, 2)}\n`
      : result.definition
        ? `${JSON.stringify(result.definition, null, 2)}\n`
        : '';
    if (!args.flags.has('--json') && result.report.issues.length > 0)
      io.stderr(formatReport(result.report, lang));
    if (text !== '' && !output(io, stringFlag(args.flags, '-o'), text)) return 2;
    if (!result.definition) return 2;
    return result.report.valid ? 0 : 1;
  });
}

/** `antrag export <form> --xdf 3 [-o file.xml]`. */
export function exportCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, {
      withValue: ['--xdf', '-o', '--message-id', '--created-at', '--lang'],
      boolean: ['--help', '-h'],
    });
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
    return output(io, stringFlag(args.flags, '-o'), toXdf(definition, options)) ? 0 : 2;
  });
}

/** `antrag json-schema <form> [--naming key|fim-id] [--code-list file.xml]…`. */
export function jsonSchemaCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    // --code-list may repeat; parseArgs keeps one value per flag, so they are taken out first.
    const rest: string[] = [];
    const listFiles: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      if (arg === '--code-list') {
        const value = argv[++i];
        if (value === undefined) throw new UsageError('--code-list needs a file');
        listFiles.push(value);
      } else if (arg.startsWith('--code-list=')) listFiles.push(arg.slice('--code-list='.length));
      else rest.push(arg);
    }
    const args = parseArgs(rest, {
      withValue: ['--naming', '-o', '--lang', '--id'],
      boolean: ['--version-suffix', '--help', '-h'],
    });
    if (help(io, args.flags, JSON_SCHEMA_HELP)) return 0;
    const lang = readLang(args.flags.get('--lang'));
    const naming = stringFlag(args.flags, '--naming') ?? 'key';
    if (naming !== 'key' && naming !== 'fim-id') throw new UsageError('--naming must be key or fim-id');
    const [formArg, ...extra] = args.positionals;
    if (formArg === undefined || extra.length > 0) throw new UsageError('json-schema needs <form>');
    const definition = resolveFimForm(io, formArg, lang);
    if (!definition) return 2;
    const codeLists: CodeList[] = [];
    for (const file of listFiles) {
      const bytes = readInput(io, file);
      if (!bytes) return 2;
      const result = importCodeList(bytes);
      if (!result.codeList) {
        io.stderr(`antrag: ${file} is not a usable code list\n${formatReport(result.report, lang)}`);
        return 2;
      }
      codeLists.push(result.codeList);
    }
    const id = stringFlag(args.flags, '--id');
    const schema = toJsonSchema(definition, {
      naming,
      versionSuffix: args.flags.has('--version-suffix'),
      codeLists,
      ...(id === undefined ? {} : { id }),
    });
    return output(io, stringFlag(args.flags, '-o'), `${JSON.stringify(schema, null, 2)}\n`) ? 0 : 2;
  });
}

/** `antrag types <schema.xml|definition.json|form> [--type-name Name] [-o types.ts]`. */
export function typesCommand(argv: readonly string[], io: FimCliIo): number {
  return guarded(io, () => {
    const args = parseArgs(argv, { withValue: ['-o', '--type-name', '--lang'], boolean: ['--help', '-h'] });
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
    return output(io, stringFlag(args.flags, '-o'), source) ? 0 : 2;
  });
}
