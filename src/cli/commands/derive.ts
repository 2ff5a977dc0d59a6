/**
 * `antrag derive <parent> <derivation.json> [-o file] [--xdf]`: a derived schema from a parent
 * form (built-in, definition JSON or XDF file) and a derivation (format `antrag/derivation@1`).
 * Writes the derived definition (JSON, or XDatenfelder 3 with `--xdf`), or the findings with exit
 * code 1 (decision 0010: 0 written, 1 findings, 2 usage, unreadable input or a broken parent,
 * 70 internal error).
 */

import { deriveForm } from '../../evolution/derive/derive.js';
import type { Derivation } from '../../evolution/derive/format.js';
import { toXdf } from '../../fim/export.js';
import { DefinitionError } from '../../model/definition-error.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { formatFindings } from '../format.js';
import { type CliIo, readInput } from '../io.js';
import { writeJson } from '../output.js';
import { helpRequested, loadForm, readCodeLists, readLang, stringFlag, writeOutput } from './shared.js';

export const DERIVE_HELP = `Usage: antrag derive <parent> <derivation.json> [options]

Derives a schema (a Land's or municipality's version) from <parent>: a built-in form, a
definition JSON file or an XDatenfelder file. The derivation (format antrag/derivation@1, see
docs/guides/standards-editor.md) names the parent, the derived schema's own id, version and key,
and its modifications: restrict cardinalities, codes or praezisierung, hide optional elements,
add elements with ids of their own, override labels and help. Each is checked: a derivation that
widens what the parent allows, or that the parent's ableitungsmodifikationen do not permit, is
reported with stable DERIVE_ codes (docs/report.md) and nothing is written.

Options:
  -o <file>                write to a file instead of standard output
  --xdf                    write XDatenfelder 3 (xdatenfelder.stammdatenschema.0102) instead of JSON
  --message-id <UUID>      with --xdf: the message id (default: a new UUID)
  --created-at <DATETIME>  with --xdf: the creation time (default: now)
  --code-list <file.xml>   a genericode list of a parent select field (repeatable), to check
                           a restriction of its codes
  --json                   findings as JSON ({ errors, findings }) on standard output
  --lang de|en             language of messages (default: de)

Exit codes: 0 written, 1 findings, 2 usage error, unreadable file or broken parent,
70 internal error.

Example:
  antrag derive fuehrerschein examples/derivations/fuehrerschein-bayern.json --xdf -o bayern.xdf3.xml
`;

export const DERIVE_FLAGS: FlagSpec = {
  withValue: ['-o', '--message-id', '--created-at', '--lang'],
  boolean: ['--xdf', '--json', '--help', '-h'],
  repeatable: ['--code-list'],
};

export function deriveCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, DERIVE_FLAGS);
  if (helpRequested(io, args.flags, DERIVE_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [parentArg, derivationArg, ...extra] = args.positionals;
  if (parentArg === undefined || derivationArg === undefined || extra.length > 0)
    throw new UsageError('derive needs <parent> and <derivation.json>');
  if (!args.flags.has('--xdf') && (args.flags.has('--message-id') || args.flags.has('--created-at')))
    throw new UsageError('--message-id and --created-at go with --xdf');
  const parent = loadForm(io, parentArg, lang);
  if (!parent) return 2;
  const codeLists = readCodeLists(io, args.lists.get('--code-list') ?? [], lang);
  if (!codeLists) return 2;
  const bytes = readInput(io, derivationArg);
  if (!bytes) return 2;
  let derivation: unknown;
  try {
    derivation = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    io.stderr(`antrag: ${derivationArg} is not JSON: ${(error as Error).message}\n`);
    return 2;
  }
  let derived: ReturnType<typeof deriveForm>;
  try {
    // deriveForm checks the shape itself (DERIVE_SCHEMA).
    derived = deriveForm(parent, derivation as Derivation, { codeLists });
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    if (args.flags.has('--json'))
      writeJson(io.stdout, { errors: error.findings.length, findings: error.findings });
    else
      io.stderr(
        `antrag: ${lang === 'de' ? 'die Ableitung hat Befunde' : 'the derivation has findings'}\n${formatFindings(error.findings, lang)}`,
      );
    return 1;
  }
  const out = stringFlag(args.flags, '-o');
  if (args.flags.has('--xdf')) {
    const options: { version: 3; messageId?: string; createdAt?: string } = { version: 3 };
    const messageId = stringFlag(args.flags, '--message-id');
    const createdAt = stringFlag(args.flags, '--created-at');
    if (messageId !== undefined) options.messageId = messageId;
    if (createdAt !== undefined) options.createdAt = createdAt;
    return writeOutput(io, out, toXdf(derived, options)) ? 0 : 2;
  }
  if (out === undefined || out === '-') {
    writeJson(io.stdout, derived);
    return 0;
  }
  return writeOutput(io, out, `${JSON.stringify(derived, null, 2)}\n`) ? 0 : 2;
}
