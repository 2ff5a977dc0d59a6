/** `antrag lint <form>`: every finding of the definition lint, including its rules. */

import { importXdf } from '../../fim/import.js';
import { builtInForms } from '../../forms/registry.js';
import type { LintFinding } from '../../model/lint.js';
import { loadDefinition } from '../../model/load.js';
import { lintDefinition } from '../../validate/lint-definition.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { formatFindings, writeReport } from '../format.js';
import { looksLikeXml } from '../forms.js';
import { type CliIo, readInput } from '../io.js';
import { writeJson } from '../output.js';
import { helpRequested, readLang } from './shared.js';

export const LINT_HELP = `Usage: antrag lint <form> [--json] [--lang de|en]

Checks a form definition (ids, keys, cardinality, praezisierung, code lists, rules) and prints
every finding with its stable code. <form> is a built-in form, a definition JSON file or an
XDatenfelder file (imported first; an XDF file that does not import prints the import report).

Options:
  --json        print { errors, findings }
  --lang de|en  language of messages (default: de)

Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable file, 70 internal error.

Example:
  antrag lint my-form.definition.json --lang en
`;

export const LINT_FLAGS: FlagSpec = { withValue: ['--lang'], boolean: ['--json', '--help', '-h'] };

export function lintCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, LINT_FLAGS);
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
    if (looksLikeXml(bytes)) {
      const imported = importXdf(bytes);
      if (!imported.definition) {
        io.stderr(`antrag: ${formArg} does not import as an XDatenfelder schema\n`);
        writeReport(io.stderr, imported.report, lang);
        return 1;
      }
      findings = lintDefinition(imported.definition);
    } else {
      const loaded = loadDefinition(new TextDecoder().decode(bytes));
      findings = loaded.ok ? lintDefinition(loaded.definition) : loaded.findings;
    }
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (args.flags.has('--json')) writeJson(io.stdout, { errors, findings });
  else if (findings.length === 0) io.stdout(lang === 'de' ? '✓ keine Befunde\n' : '✓ no findings\n');
  else io.stdout(formatFindings(findings, lang));
  return errors === 0 ? 0 : 1;
}
