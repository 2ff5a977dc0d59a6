#!/usr/bin/env node
/**
 * The `antrag` command. Exit codes: 0 valid / success, 1 invalid data, 2 usage or definition error.
 */

import { readFileSync } from 'node:fs';
import { validExample } from '../generate/valid-example.js';
import { DefinitionError } from '../model/definition-error.js';
import type { FormDefinition } from '../model/types.js';
import { isIsoDate } from '../text/temporal.js';
import { compile } from '../validate/compile.js';
import { parseSubmission } from '../validate/parse.js';
import type { Report } from '../validate/report.js';
import { VERSION } from '../version.js';
import { parseArgs, UsageError } from './args.js';
import { formatFindings, formatReport, type Lang } from './format.js';
import { resolveForm } from './forms.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  readonly color: boolean;
}

const HELP = `antrag ${VERSION}: German application forms in the FIM model (XDatenfelder)

Usage:
  antrag validate <form> <file.json>   validate a submission against a form
  antrag example <form>                print a valid sample submission (JSON)
  antrag --help | --version

<form> is the name of a built-in form (fuehrerschein, personenbefoerderungsschein, alg2) or the
path to a definition JSON file.

Options:
  --json          print the report as JSON
  --lang de|en    language of messages (default: de)
  -h, --help      show help
  -v, --version   show the version

Exit codes: 0 valid, 1 invalid, 2 usage or definition error.

Example:
  antrag validate examples/demo/definition.json examples/demo/valid.json
`;

const VALIDATE_HELP = `Usage: antrag validate <form> <file.json> [--json] [--lang de|en]

Validates a submission (JSON) against a form and prints the report.
Exit codes: 0 valid, 1 invalid, 2 usage or definition error.

Example:
  antrag validate examples/demo/definition.json examples/demo/invalid.json --lang en
`;

/** Runs the CLI and returns the exit code. Pure apart from the given I/O, so tests call it. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'validate') return validateCommand(rest, io);
    if (command === 'example') return exampleCommand(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`antrag: ${error.message}\nRun "antrag --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

function validateCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { withValue: ['--lang'], boolean: ['--json', '--help', '-h'] });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, fileArg, ...extra] = args.positionals;
  if (formArg === undefined || fileArg === undefined || extra.length > 0) {
    throw new UsageError('validate needs <form> and <file.json>');
  }
  const form = resolveForm(formArg);
  if (!form.ok) {
    io.stderr(`antrag: ${form.message}\n`);
    if (form.findings) io.stderr(formatFindings(form.findings, lang));
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(fileArg);
  } catch {
    io.stderr(`antrag: cannot read file "${fileArg}"\n`);
    return 2;
  }
  const compiled = compileForCli(form.definition, io);
  if (!compiled) return 2;
  const parsed = parseSubmission(bytes, compiled.limits);
  const report: Report = parsed.ok ? compiled.validate(parsed.data) : parsed.report;
  io.stdout(
    args.flags.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, lang, io.color),
  );
  return report.valid ? 0 : 1;
}

const EXAMPLE_HELP = `Usage: antrag example <form> [--seed N] [--shape typical|minimal|maximal] [--reference-date YYYY-MM-DD]

Prints a sample submission (JSON) generated from the form's definition that satisfies its rules
(evaluated at the reference date, default 2026-01-01); the same seed gives the same data. Exits 1
(and prints the remaining issues) when no rule-valid sample was found. Select fields whose code
list is not carried by the definition get placeholder text.
`;

function exampleCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, {
    withValue: ['--seed', '--shape', '--reference-date'],
    boolean: ['--help', '-h'],
  });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(EXAMPLE_HELP);
    return 0;
  }
  const [formArg, ...extra] = args.positionals;
  if (formArg === undefined || extra.length > 0) throw new UsageError('example needs <form>');
  const seedText = args.flags.get('--seed');
  const seed = seedText === undefined ? 1 : Number(seedText);
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed must be an integer');
  const shape = args.flags.get('--shape') ?? 'typical';
  if (shape !== 'typical' && shape !== 'minimal' && shape !== 'maximal') {
    throw new UsageError('--shape must be typical, minimal or maximal');
  }
  const form = resolveForm(formArg);
  if (!form.ok) {
    io.stderr(`antrag: ${form.message}\n`);
    if (form.findings) io.stderr(formatFindings(form.findings, 'de'));
    return 2;
  }
  const referenceDate = args.flags.get('--reference-date');
  if (referenceDate !== undefined && (referenceDate === true || !isIsoDate(referenceDate))) {
    throw new UsageError('--reference-date must be a date YYYY-MM-DD');
  }
  const compiled = compileForCli(form.definition, io);
  if (!compiled) return 2;
  const sample = validExample(compiled, { seed, shape, ...(referenceDate ? { referenceDate } : {}) });
  io.stdout(`${JSON.stringify(sample.data, null, 2)}\n`);
  if (sample.report.valid) return 0;
  io.stderr('antrag: no sample satisfying all rules was found; remaining issues:\n');
  io.stderr(formatReport(sample.report, 'de', false));
  return 1;
}

/** Compiles a definition; a broken one prints its lint findings and yields undefined. */
function compileForCli(definition: FormDefinition, io: CliIo, lang: Lang = 'de') {
  try {
    return compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    io.stderr(`antrag: the definition has errors\n${formatFindings(error.findings, lang)}`);
    return undefined;
  }
}

function readLang(value: string | true | undefined): Lang {
  if (value === undefined) return 'de';
  if (value === 'de' || value === 'en') return value;
  throw new UsageError('--lang must be de or en');
}

/** The real process I/O. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

// Run when executed directly (the bin), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:antrag|main\.(?:c?js|ts))$/.test(entry)) {
  process.exitCode = run(process.argv.slice(2), processIo());
}
