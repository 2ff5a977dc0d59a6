/** `antrag example <form>`: print a sample submission that satisfies the form's rules. */

import { validExample } from '../../generate/valid-example.js';
import { isIsoDate } from '../../text/temporal.js';
import { parseArgs, UsageError } from '../args.js';
import { formatReport } from '../format.js';
import type { CliIo } from '../io.js';
import { compileForCli, helpRequested, loadForm } from './shared.js';

export const EXAMPLE_HELP = `Usage: antrag example <form> [--seed N] [--shape typical|minimal|maximal] [--reference-date YYYY-MM-DD]

Prints a sample submission (JSON) generated from the form's definition that satisfies its rules
(evaluated at the reference date, default 2026-01-01); the same seed gives the same data. Exits 1
(and prints the remaining issues) when no rule-valid sample was found. Select fields whose code
list is not carried by the definition get placeholder text.

Example:
  antrag example alg2 --seed 7 > antrag.json && antrag validate alg2 antrag.json
`;

export function exampleCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, {
    withValue: ['--seed', '--shape', '--reference-date'],
    boolean: ['--help', '-h'],
  });
  if (helpRequested(io, args.flags, EXAMPLE_HELP)) return 0;
  const [formArg, ...extra] = args.positionals;
  if (formArg === undefined || extra.length > 0) throw new UsageError('example needs <form>');
  const seedText = args.flags.get('--seed');
  const seed = seedText === undefined ? 1 : Number(seedText);
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed must be an integer');
  const shape = args.flags.get('--shape') ?? 'typical';
  if (shape !== 'typical' && shape !== 'minimal' && shape !== 'maximal') {
    throw new UsageError('--shape must be typical, minimal or maximal');
  }
  const referenceDate = args.flags.get('--reference-date');
  if (referenceDate !== undefined && (referenceDate === true || !isIsoDate(referenceDate))) {
    throw new UsageError('--reference-date must be a date YYYY-MM-DD');
  }
  const definition = loadForm(io, formArg, 'de');
  if (!definition) return 2;
  const form = compileForCli(io, definition, 'de');
  if (!form) return 2;
  const sample = validExample(form, { seed, shape, ...(referenceDate ? { referenceDate } : {}) });
  io.stdout(`${JSON.stringify(sample.data, null, 2)}\n`);
  if (sample.report.valid) return 0;
  io.stderr('antrag: no sample satisfying all rules was found; remaining issues:\n');
  io.stderr(formatReport(sample.report, 'de', false));
  return 1;
}
