/** `antrag example <form>`: print a sample submission that satisfies the form's rules. */

import { validExample } from '../../generate/valid-example.js';
import { isIsoDate } from '../../text/temporal.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { writeReport } from '../format.js';
import type { CliIo } from '../io.js';
import { writeJson } from '../output.js';
import { formFromArgs, helpRequested, readLang } from './shared.js';

export const EXAMPLE_HELP = `Usage: antrag example <form> [options]

Prints a sample submission (JSON) generated from the form's definition that satisfies its rules
(evaluated at the reference date, default 2026-01-01); the same seed gives the same data. Exits 1
(and prints the remaining issues) when no rule-valid sample was found. Select fields draw real
codes from the code lists the definition carries or --code-list loads; for a list that is
neither, they get placeholder text.

Options:
  --seed N                           the seed (default 1)
  --shape typical|minimal|maximal    how much optional content (default typical)
  --reference-date YYYY-MM-DD        the day rules treat as today (default 2026-01-01)
  --code-list <file.xml>             a genericode code list to draw codes from (repeatable)
  --lang de|en                       language of the remaining issues (default: de)

Exit codes: 0 sample found, 1 no rule-valid sample, 2 usage or definition error, 70 internal error.

Example:
  antrag example alg2 --seed 7 > antrag.json && antrag validate alg2 antrag.json
`;

export const EXAMPLE_FLAGS: FlagSpec = {
  withValue: ['--seed', '--shape', '--reference-date', '--lang'],
  boolean: ['--help', '-h'],
  repeatable: ['--code-list'],
};

export function exampleCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, EXAMPLE_FLAGS);
  if (helpRequested(io, args.flags, EXAMPLE_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
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
  const loaded = formFromArgs(io, formArg, args.lists, lang);
  if (!loaded) return 2;
  const sample = validExample(loaded.form, {
    seed,
    shape,
    codeLists: loaded.codeLists,
    ...(referenceDate ? { referenceDate } : {}),
  });
  writeJson(io.stdout, sample.data);
  if (sample.report.valid) return 0;
  io.stderr(
    lang === 'de'
      ? 'antrag: kein Beispiel gefunden, das alle Regeln erfüllt; verbleibende Befunde:\n'
      : 'antrag: no sample satisfying all rules was found; remaining issues:\n',
  );
  writeReport(io.stderr, sample.report, lang);
  return 1;
}
