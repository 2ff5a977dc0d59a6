#!/usr/bin/env node
/**
 * The `antrag` command. Exit codes: 0 valid / success, 1 invalid data or findings, 2 usage or
 * definition error, 70 internal error (an exception inside the CLI: a bug, never bad input; the
 * value of sysexits' EX_SOFTWARE). Each subcommand lives in `commands/` and has its own `--help`.
 * Output is written in chunks (output.ts); a closed pipe (`antrag … | head -1`) ends the command
 * quietly with the exit code it had.
 */

import { BUILT_IN_FORM_NAMES } from '../forms/registry.js';
import { VERSION } from '../version.js';
import { type FlagSpec, UsageError } from './args.js';
import { COMPILE_FLAGS, COMPILE_HELP, compileCommand } from './commands/compile.js';
import { DERIVE_FLAGS, DERIVE_HELP, deriveCommand } from './commands/derive.js';
import { DIFF_FLAGS, DIFF_HELP, diffCommand } from './commands/diff.js';
import { EXAMPLE_FLAGS, EXAMPLE_HELP, exampleCommand } from './commands/example.js';
import {
  EXPORT_FLAGS,
  EXPORT_HELP,
  exportCommand,
  IMPORT_FLAGS,
  IMPORT_HELP,
  importCommand,
  JSON_SCHEMA_FLAGS,
  JSON_SCHEMA_HELP,
  jsonSchemaCommand,
  TYPES_FLAGS,
  TYPES_HELP,
  typesCommand,
} from './commands/fim.js';
import { LINT_FLAGS, LINT_HELP, lintCommand } from './commands/lint.js';
import { MIGRATE_FLAGS, MIGRATE_HELP, migrateCommand } from './commands/migrate.js';
import { SERVE_FLAGS, SERVE_HELP, serveCommand } from './commands/serve.js';
import { VALIDATE_FLAGS, VALIDATE_HELP, validateCommand } from './commands/validate.js';
import {
  READ_FLAGS,
  READ_HELP,
  readCommand,
  XML_FLAGS,
  XML_HELP,
  XSD_FLAGS,
  XSD_HELP,
  xmlCommand,
  xsdCommand,
} from './commands/xml.js';
import { type CliIo, processIo } from './io.js';
import { nearest } from './suggest.js';

export type { CliIo } from './io.js';

const HELP = `antrag ${VERSION}: German application forms in the FIM model (XDatenfelder)

Usage:
  antrag validate <form> <file | dir | ->        validate submissions (JSON or XML messages)
  antrag xml <form> <data.json>                  write a submission as an XÖV-style message
  antrag read <form> <message.xml>               read a message back to JSON (strict)
  antrag xsd <form>                              print the XSD of the form's messages
  antrag import <file.xml>                       import an XDatenfelder 2/3 schema as a definition
  antrag export <form> --xdf 3                   export a form as XDatenfelder 3
  antrag derive <parent> <derivation.json>       derive a Land's schema from a parent form (checked)
  antrag json-schema <form>                      print the JSON Schema (2020-12) of submissions
  antrag types <form>                            print the TypeScript type of submissions
  antrag example <form>                          print a valid sample submission (JSON)
  antrag compile <form> -o validator.js          write the form's validator as a standalone ES module
  antrag lint <form>                             check a form definition
  antrag diff <a> <b>                            what changed between two versions, and what it breaks
  antrag migrate <from> <to> <submission> --migration <file>
                                                 migrate a submission to another version of its form
  antrag serve [--port 8080]                     the HTTP service for back offices (OpenAPI)
  antrag help <command>                          help for one command
  antrag --help | --version

<form> is the name of a built-in form (${BUILT_IN_FORM_NAMES.join(', ')}), in its
current version or a shipped earlier one (alg2@1.0.0), the path to a definition JSON file, or
the path to an XDatenfelder 2/3 file.

Every command takes --help. --lang de|en (language of messages) works on every command except
help; --json (machine-readable output) on validate, read, lint, import, diff, derive and
migrate; --code-list <file.xml> (genericode, repeatable) on validate, xml, read, example,
json-schema, compile, serve, diff, derive and migrate.
"antrag help <command>" lists each command's options.

Exit codes: 0 valid / done, 1 invalid (or findings), 2 usage or definition error, 70 internal
error (a bug in antrag: please report it with the command that caused it).

Example:
  antrag validate fuehrerschein examples/fuehrerschein/valid.json
`;

type Command = (argv: readonly string[], io: CliIo) => number;

/** The exit code of an internal error (sysexits' EX_SOFTWARE), distinct from invalid (1) and usage (2). */
export const EXIT_INTERNAL_ERROR = 70;

/** Every command with its help text and the options it accepts (a test keeps them in step). */
export const COMMANDS: Readonly<
  Record<string, { readonly run: Command; readonly help: string; readonly flags: FlagSpec }>
> = {
  validate: { run: validateCommand, help: VALIDATE_HELP, flags: VALIDATE_FLAGS },
  example: { run: exampleCommand, help: EXAMPLE_HELP, flags: EXAMPLE_FLAGS },
  lint: { run: lintCommand, help: LINT_HELP, flags: LINT_FLAGS },
  xml: { run: xmlCommand, help: XML_HELP, flags: XML_FLAGS },
  read: { run: readCommand, help: READ_HELP, flags: READ_FLAGS },
  xsd: { run: xsdCommand, help: XSD_HELP, flags: XSD_FLAGS },
  import: { run: importCommand, help: IMPORT_HELP, flags: IMPORT_FLAGS },
  export: { run: exportCommand, help: EXPORT_HELP, flags: EXPORT_FLAGS },
  derive: { run: deriveCommand, help: DERIVE_HELP, flags: DERIVE_FLAGS },
  'json-schema': { run: jsonSchemaCommand, help: JSON_SCHEMA_HELP, flags: JSON_SCHEMA_FLAGS },
  types: { run: typesCommand, help: TYPES_HELP, flags: TYPES_FLAGS },
  compile: { run: compileCommand, help: COMPILE_HELP, flags: COMPILE_FLAGS },
  serve: { run: serveCommand, help: SERVE_HELP, flags: SERVE_FLAGS },
  diff: { run: diffCommand, help: DIFF_HELP, flags: DIFF_FLAGS },
  migrate: { run: migrateCommand, help: MIGRATE_HELP, flags: MIGRATE_FLAGS },
};

function unknownCommand(name: string): UsageError {
  const guess = nearest(name, Object.keys(COMMANDS));
  return new UsageError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''}`);
}

/** Runs the CLI and returns the exit code. Pure apart from the given I/O, so tests call it. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') {
      const [name, ...extra] = rest;
      if (name === undefined) {
        io.stdout(HELP);
        return 0;
      }
      if (extra.length > 0) throw new UsageError('help takes one command');
      const topic = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
      if (!topic) throw unknownCommand(name);
      io.stdout(topic.help);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry) throw unknownCommand(command);
    return entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`antrag: ${error.message}\nRun "antrag --help" for usage.\n`);
      return 2;
    }
    try {
      const detail =
        error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
      io.stderr(
        `antrag: internal error (a bug in antrag, not in your input; please report it):\n${detail}\n`,
      );
    } catch {
      // Even the error output failed; the exit code still says what happened.
    }
    return EXIT_INTERNAL_ERROR;
  }
}

export { processIo };

// Run when executed directly (the bin), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:antrag|main\.(?:c?js|ts))$/.test(entry)) {
  // A reader that stops early (`| head -1`) closes the pipe: end quietly with the code we have.
  const closedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', closedPipe);
  process.stderr.on('error', closedPipe);
  process.exitCode = run(process.argv.slice(2), processIo());
}
