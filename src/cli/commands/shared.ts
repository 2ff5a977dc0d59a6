/** Pieces every subcommand uses: the language flag, the form argument, compiling it. */

import { DefinitionError } from '../../model/definition-error.js';
import type { FormDefinition } from '../../model/types.js';
import { type CompiledForm, compile } from '../../validate/compile.js';
import { UsageError } from '../args.js';
import { formatFindings, type Lang } from '../format.js';
import { resolveForm } from '../forms.js';
import type { CliIo } from '../io.js';

export function readLang(value: string | true | undefined): Lang {
  if (value === undefined) return 'de';
  if (value === 'de' || value === 'en') return value;
  throw new UsageError('--lang must be de or en');
}

/** Resolves `<form>`; prints why it failed and returns undefined. */
export function loadForm(io: CliIo, argument: string, lang: Lang): FormDefinition | undefined {
  const form = resolveForm(argument);
  if (form.ok) return form.definition;
  io.stderr(`antrag: ${form.message}\n`);
  if (form.findings) io.stderr(formatFindings(form.findings, lang));
  return undefined;
}

/** Compiles a definition; a broken one prints its lint findings and yields undefined. */
export function compileForCli(io: CliIo, definition: FormDefinition, lang: Lang): CompiledForm | undefined {
  try {
    return compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    io.stderr(`antrag: the definition has errors\n${formatFindings(error.findings, lang)}`);
    return undefined;
  }
}

/** Prints the help of a subcommand when asked; true when it did. */
export function helpRequested(io: CliIo, flags: ReadonlyMap<string, string | true>, help: string): boolean {
  if (!flags.has('--help') && !flags.has('-h')) return false;
  io.stdout(help);
  return true;
}
