#!/usr/bin/env node
/**
 * The `antrag` command. Exit codes: 0 valid / success, 1 invalid data or findings, 2 usage or
 * definition error. Each subcommand lives in `commands/` and has its own `--help`.
 */

import { VERSION } from '../version.js';
import { UsageError } from './args.js';
import { EXAMPLE_HELP, exampleCommand } from './commands/example.js';
import {
  EXPORT_HELP,
  exportCommand,
  IMPORT_HELP,
  importCommand,
  JSON_SCHEMA_HELP,
  jsonSchemaCommand,
  TYPES_HELP,
  typesCommand,
} from './commands/fim.js';
import { LINT_HELP, lintCommand } from './commands/lint.js';
import { VALIDATE_HELP, validateCommand } from './commands/validate.js';
import { READ_HELP, readCommand, XML_HELP, XSD_HELP, xmlCommand, xsdCommand } from './commands/xml.js';
import { type CliIo, processIo } from './io.js';

export type { CliIo } from './io.js';

const HELP = `antrag ${VERSION}: German application forms in the FIM model (XDatenfelder)

Usage:
  antrag validate <form> <file | dir | ->        validate submissions (JSON or XML messages)
  antrag xml <form> <data.json>                  write a submission as an XÖV-style message
  antrag read <form> <message.xml>               read a message back to JSON (strict)
  antrag xsd <form>                              print the XSD of the form's messages
  antrag import <file.xml>                       import an XDatenfelder 2/3 schema as a definition
  antrag export <form> --xdf 3                   export a form as XDatenfelder 3
  antrag json-schema <form>                      print the JSON Schema (2020-12) of submissions
  antrag types <form>                            print the TypeScript type of submissions
  antrag example <form>                          print a valid sample submission (JSON)
  antrag lint <form>                             check a form definition
  antrag help <command>                          help for one command
  antrag --help | --version

<form> is the name of a built-in form (fuehrerschein, personenbefoerderungsschein, alg2), the
path to a definition JSON file, or (for the FIM commands) an XDatenfelder file.

Common options: --json (machine-readable output), --lang de|en (messages; default de).
Exit codes: 0 valid, 1 invalid, 2 usage or definition error.

Example:
  antrag validate fuehrerschein examples/fuehrerschein/valid.json
`;

type Command = (argv: readonly string[], io: CliIo) => number;

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly help: string }>> = {
  validate: { run: validateCommand, help: VALIDATE_HELP },
  example: { run: exampleCommand, help: EXAMPLE_HELP },
  lint: { run: lintCommand, help: LINT_HELP },
  xml: { run: xmlCommand, help: XML_HELP },
  read: { run: readCommand, help: READ_HELP },
  xsd: { run: xsdCommand, help: XSD_HELP },
  import: { run: importCommand, help: IMPORT_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  'json-schema': { run: jsonSchemaCommand, help: JSON_SCHEMA_HELP },
  types: { run: typesCommand, help: TYPES_HELP },
};

/** Runs the CLI and returns the exit code. Pure apart from the given I/O, so tests call it. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === 'help') {
      const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
      io.stdout(topic ? topic.help : HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry) throw new UsageError(`unknown command "${command}"`);
    return entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`antrag: ${error.message}\nRun "antrag --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

export { processIo };

// Run when executed directly (the bin), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:antrag|main\.(?:c?js|ts))$/.test(entry)) {
  process.exitCode = run(process.argv.slice(2), processIo());
}
