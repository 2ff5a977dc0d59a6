/** `antrag lint <form>`: every finding of the definition lint, including its rules. */

import { builtInForms } from '../../forms/registry.js';
import type { LintFinding } from '../../model/lint.js';
import { loadDefinition } from '../../model/load.js';
import { lintDefinition } from '../../validate/lint-definition.js';
import { parseArgs, UsageError } from '../args.js';
import { formatFindings } from '../format.js';
import { type CliIo, readInput } from '../io.js';
import { helpRequested, readLang } from './shared.js';

export const LINT_HELP = `Usage: antrag lint <form> [--json] [--lang de|en]

Checks a form definition (ids, keys, cardinality, praezisierung, code lists, rules) and prints
every finding with its stable code. Exit codes: 0 no errors, 1 errors found, 2 usage error.

Example:
  antrag lint my-form.definition.json --lang en
`;

export function lintCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { withValue: ['--lang'], boolean: ['--json', '--help', '-h'] });
  if (helpRequested(io, args.flags, LINT_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, ...extra] = args.positionals;
  if (formArg === undefined || extra.length > 0) throw new UsageError('lint needs <form>');
  let findings: readonly LintFinding[];
  const builtIn = builtInForms.get(formArg);
  if (builtIn) {
    findings = lintDefinition(builtIn);
  } else {
    const bytes = readInput(io, formArg);
    if (!bytes) return 2;
    const loaded = loadDefinition(new TextDecoder().decode(bytes));
    findings = loaded.ok ? lintDefinition(loaded.definition) : loaded.findings;
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (args.flags.has('--json')) io.stdout(`${JSON.stringify({ errors, findings }, null, 2)}\n`);
  else if (findings.length === 0) io.stdout(lang === 'de' ? '✓ keine Befunde\n' : '✓ no findings\n');
  else io.stdout(formatFindings(findings, lang));
  return errors === 0 ? 0 : 1;
}
