/** Pieces every subcommand uses: the language flag, the form argument, code lists, compiling. */

import { importCodeList } from '../../fim/genericode.js';
import { DefinitionError } from '../../model/definition-error.js';
import type { CodeList, FormDefinition } from '../../model/types.js';
import { type CompiledForm, compile } from '../../validate/compile.js';
import { UsageError } from '../args.js';
import { formatFindings, type Lang, writeReport } from '../format.js';
import { resolveForm } from '../forms.js';
import { type CliIo, readInput } from '../io.js';

export function readLang(value: string | true | undefined): Lang {
  if (value === undefined) return 'de';
  if (value === 'de' || value === 'en') return value;
  throw new UsageError('--lang must be de or en');
}

/** Resolves `<form>` (built-in, definition JSON or XDF file); prints why it failed and returns undefined. */
export function loadForm(io: CliIo, argument: string, lang: Lang): FormDefinition | undefined {
  const form = resolveForm(io, argument);
  if (form.ok) return form.definition;
  io.stderr(`antrag: ${form.message}\n`);
  if (form.findings) io.stderr(formatFindings(form.findings, lang));
  if (form.report) writeReport(io.stderr, form.report, lang);
  return undefined;
}

/**
 * Reads the genericode files of `--code-list` (repeatable). Undefined (and a message) when one
 * is unreadable or not a code list.
 */
export function readCodeLists(io: CliIo, files: readonly string[], lang: Lang): CodeList[] | undefined {
  const lists: CodeList[] = [];
  for (const file of files) {
    const bytes = readInput(io, file);
    if (!bytes) return undefined;
    const result = importCodeList(bytes);
    if (!result.codeList) {
      io.stderr(`antrag: ${file} is not a usable code list (genericode)\n`);
      writeReport(io.stderr, result.report, lang);
      return undefined;
    }
    lists.push(result.codeList);
  }
  return lists;
}

/** Compiles a definition; a broken one prints its lint findings and yields undefined. */
export function compileForCli(
  io: CliIo,
  definition: FormDefinition,
  lang: Lang,
  codeLists: readonly CodeList[] = [],
): CompiledForm | undefined {
  try {
    return codeLists.length > 0 ? compile(definition, { codeLists }) : compile(definition);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    io.stderr(`antrag: the definition has errors\n${formatFindings(error.findings, lang)}`);
    return undefined;
  }
}

/** Resolves `<form>`, reads `--code-list` files and compiles; undefined (exit 2) on failure. */
export function formFromArgs(
  io: CliIo,
  argument: string,
  lists: ReadonlyMap<string, readonly string[]>,
  lang: Lang,
): { form: CompiledForm; codeLists: CodeList[] } | undefined {
  const definition = loadForm(io, argument, lang);
  if (!definition) return undefined;
  const codeLists = readCodeLists(io, lists.get('--code-list') ?? [], lang);
  if (!codeLists) return undefined;
  const form = compileForCli(io, definition, lang, codeLists);
  return form ? { form, codeLists } : undefined;
}

/** Prints the help of a subcommand when asked; true when it did. */
export function helpRequested(io: CliIo, flags: ReadonlyMap<string, string | true>, help: string): boolean {
  if (!flags.has('--help') && !flags.has('-h')) return false;
  io.stdout(help);
  return true;
}

/** The value of a string flag, or undefined when it is absent (or given without a value). */
export function stringFlag(flags: ReadonlyMap<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  return value === true ? undefined : value;
}

/** Writes a command's output to the `-o` file, or to standard output for none or `-`. */
export function writeOutput(io: CliIo, path: string | undefined, text: string): boolean {
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
