/** `antrag validate <form> <file.json|dir|->`: validate submissions and print the report. */

import { BUILT_IN_FORM_NAMES } from '../../forms/registry.js';
import type { Report } from '../../issues/issue.js';
import { isIsoDate } from '../../text/temporal.js';
import type { CompiledForm } from '../../validate/compile.js';
import { parseSubmission } from '../../validate/parse.js';
import { readMessage } from '../../xml/read.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import { counted, type Lang, writeReport } from '../format.js';
import { looksLikeXml } from '../forms.js';
import { type CliIo, readInput } from '../io.js';
import { ChunkedWriter, writeJson } from '../output.js';
import { formFromArgs, helpRequested, readLang } from './shared.js';

export const VALIDATE_HELP = `Usage: antrag validate <form> <file.json | message.xml | directory | -> [options]

Validates submissions (JSON, or XML messages of the form) against a form and prints the report;
issues found in XML show line, column and XPath. <form> is a built-in form
(${BUILT_IN_FORM_NAMES.join(', ')}), a definition JSON file or an XDatenfelder file.
- reads standard input.

A directory validates its *.json and *.xml files (not its subdirectories) and prints a summary.
Files that are not submissions are skipped by name: hidden files (.*), expected.json and
*.expected.json (expected results beside examples), *.definition.json (form definitions),
package.json, package-lock.json and tsconfig.json.

Options:
  --json                       print the Report as JSON
  --lang de|en                 language of messages (default: de)
  --reference-date YYYY-MM-DD  the day rules treat as today (default: today, UTC)
  --code-list <file.xml>       a genericode code list to check select fields against (repeatable)

Exit codes: 0 valid, 1 invalid, 2 usage or definition error, 70 internal error.

Examples:
  antrag validate fuehrerschein examples/fuehrerschein/valid.json
  antrag validate fuehrerschein examples/fuehrerschein/invalid --json
  antrag validate alg2 antrag.xml --code-list staatsangehoerigkeit.xml
  cat antrag.json | antrag validate alg2 - --lang en
`;

export const VALIDATE_FLAGS: FlagSpec = {
  withValue: ['--lang', '--reference-date'],
  boolean: ['--json', '--help', '-h'],
  repeatable: ['--code-list'],
};

/** Names of files in a directory that are not submissions (see VALIDATE_HELP). */
const NOT_SUBMISSIONS = new Set(['expected.json', 'package.json', 'package-lock.json', 'tsconfig.json']);

/** True for a file a directory run validates; the rule is documented in VALIDATE_HELP. */
export function isSubmissionFile(name: string): boolean {
  if (!name.endsWith('.json') && !name.endsWith('.xml')) return false;
  if (name.startsWith('.') || NOT_SUBMISSIONS.has(name)) return false;
  return !name.endsWith('.expected.json') && !name.endsWith('.definition.json');
}

function validateBytes(form: CompiledForm, bytes: Uint8Array, referenceDate: string | undefined): Report {
  if (looksLikeXml(bytes)) return readMessage(form, bytes, referenceDate ? { referenceDate } : {}).report;
  const parsed = parseSubmission(bytes, form.limits);
  if (!parsed.ok) return parsed.report;
  // The Report only: the data is the caller's own.
  const { valid, issues } = form.validate(parsed.data, referenceDate ? { referenceDate } : {});
  return { valid, issues };
}

export function validateCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, VALIDATE_FLAGS);
  if (helpRequested(io, args.flags, VALIDATE_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const referenceDate = args.flags.get('--reference-date');
  if (referenceDate !== undefined && (referenceDate === true || !isIsoDate(referenceDate))) {
    throw new UsageError('--reference-date must be a date YYYY-MM-DD');
  }
  const [formArg, target, ...extra] = args.positionals;
  if (formArg === undefined || target === undefined || extra.length > 0) {
    throw new UsageError('validate needs <form> and <file.json | directory | ->');
  }
  const loaded = formFromArgs(io, formArg, args.lists, lang);
  if (!loaded) return 2;
  const { form } = loaded;
  const json = args.flags.has('--json');

  if (target !== '-' && io.stat?.(target) === 'directory') {
    return validateDirectory(io, form, target, { json, lang, referenceDate });
  }
  const bytes = readInput(io, target);
  if (!bytes) return 2;
  const report = validateBytes(form, bytes, referenceDate);
  if (json) writeJson(io.stdout, report);
  else writeReport(io.stdout, report, lang, io.color);
  return report.valid ? 0 : 1;
}

interface DirectoryOptions {
  readonly json: boolean;
  readonly lang: Lang;
  readonly referenceDate: string | undefined;
}

function validateDirectory(io: CliIo, form: CompiledForm, dir: string, options: DirectoryOptions): number {
  const names = (io.listDir?.(dir) ?? [])
    .filter((name) => name.endsWith('.json') || name.endsWith('.xml'))
    .sort();
  const base = dir.replace(/\/$/, '');
  const files = names.filter(
    (name) => isSubmissionFile(name) && io.stat?.(`${base}/${name}`) !== 'directory',
  );
  const skipped = names.filter((name) => !files.includes(name)).map((name) => `${base}/${name}`);
  const results: Array<{ file: string; report: Report }> = [];
  files.forEach((name, index) => {
    const file = `${base}/${name}`;
    const bytes = readInput(io, file);
    if (bytes) results.push({ file, report: validateBytes(form, bytes, options.referenceDate) });
    if (io.color) io.stderr(progress(index + 1, files.length));
  });
  if (io.color && files.length > 0) io.stderr('\r\u001b[K');
  const valid = results.filter((result) => result.report.valid).length;
  const summary = { files: results.length, valid, invalid: results.length - valid, skipped: skipped.length };
  if (options.json) {
    writeJson(io.stdout, { summary, results, skipped });
  } else {
    const de = options.lang === 'de';
    const out = new ChunkedWriter(io.stdout);
    for (const { file, report } of results) {
      const errors = report.issues.filter((issue) => issue.severity === 'error');
      const codes = [...new Set(errors.map((issue) => issue.code))].join(', ');
      const count = counted(errors.length, de ? ['Fehler', 'Fehler'] : ['error', 'errors']);
      out.write(report.valid ? `✓ ${file}\n` : `✗ ${file}: ${count} (${codes})\n`);
    }
    const fileCount = counted(summary.files, de ? ['Datei', 'Dateien'] : ['file', 'files']);
    const skippedText =
      skipped.length === 0
        ? ''
        : de
          ? `, ${counted(skipped.length, ['Datei', 'Dateien'])} übersprungen (keine Anträge: ${skipped.join(', ')})`
          : `, ${counted(skipped.length, ['file', 'files'])} skipped (not submissions: ${skipped.join(', ')})`;
    out.write(
      de
        ? `${fileCount}: ${summary.valid} gültig, ${summary.invalid} ungültig${skippedText}\n`
        : `${fileCount}: ${summary.valid} valid, ${summary.invalid} invalid${skippedText}\n`,
    );
    out.flush();
  }
  return summary.invalid === 0 && results.length === files.length ? 0 : 1;
}

function progress(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`;
}
