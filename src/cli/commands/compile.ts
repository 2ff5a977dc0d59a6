/**
 * `antrag compile <form> -o validator.js`: writes the ahead-of-time validator of a form, a
 * standalone ES module that imports only `antrag/runtime` (see src/aot/generate.ts).
 */

import { compileToModule } from '../../aot/generate.js';
import { DefinitionError } from '../../model/definition-error.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { formatFindings } from '../format.js';
import type { CliIo } from '../io.js';
import { helpRequested, loadForm, readCodeLists, readLang } from './shared.js';

export const COMPILE_HELP = `Usage: antrag compile <form> [options]

Writes a validator for the form as a standalone ES module: structure, praezisierung, code lists
and rules as plain JavaScript that imports only "antrag/runtime". It runs under a strict
Content-Security-Policy (no eval) and gives the same reports as compile(form).validate. The
module exports validate(data, { referenceDate, prune, fill }) and form ({ id, version, key }).

Options:
  -o <validator.js>       write to a file instead of standard output
  --code-list <file.xml>  a genericode code list written into the module (repeatable)
  --runtime <specifier>   the module to import the runtime from (default: antrag/runtime)
  --lang de|en            language of error messages (default: de)

Exit codes: 0 written, 2 usage or definition error, 70 internal error.

Example:
  antrag compile fuehrerschein -o fuehrerschein.validator.js
`;

export const COMPILE_FLAGS: FlagSpec = {
  withValue: ['-o', '--runtime', '--lang'],
  boolean: ['--help', '-h'],
  repeatable: ['--code-list'],
};

export function compileCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, COMPILE_FLAGS);
  if (helpRequested(io, args.flags, COMPILE_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, ...extra] = args.positionals;
  if (formArg === undefined || extra.length > 0) throw new UsageError('compile needs <form>');
  const out = args.flags.get('-o');
  const runtime = args.flags.get('--runtime');
  if (out === true || runtime === true) throw new UsageError('-o and --runtime need a value');
  const definition = loadForm(io, formArg, lang);
  if (!definition) return 2;
  const codeLists = readCodeLists(io, args.lists.get('--code-list') ?? [], lang);
  if (!codeLists) return 2;
  let source: string;
  try {
    source = compileToModule(definition, { codeLists, ...(runtime ? { runtime } : {}) });
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    io.stderr(`antrag: the definition has errors\n${formatFindings(error.findings, lang)}`);
    return 2;
  }
  if (out === undefined || out === '-') {
    io.stdout(source);
    return 0;
  }
  if (!io.writeFile) {
    io.stderr('antrag: writing files is not available here\n');
    return 2;
  }
  try {
    io.writeFile(out, source);
  } catch {
    io.stderr(`antrag: cannot write file "${out}"\n`);
    return 2;
  }
  return 0;
}
