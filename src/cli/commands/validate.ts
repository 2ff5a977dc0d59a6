/** `antrag validate <form> <file.json|dir|->`: validate submissions and print the report. */

import { isIsoDate } from '../../text/temporal.js';
import type { CompiledForm } from '../../validate/compile.js';
import { parseSubmission } from '../../validate/parse.js';
import type { Report } from '../../validate/report.js';
import { readMessage } from '../../xml/read.js';
import { parseArgs, UsageError } from '../args.js';
import { formatReport, type Lang } from '../format.js';
import { type CliIo, readInput } from '../io.js';
import { compileForCli, helpRequested, loadForm, readLang } from './shared.js';

export const VALIDATE_HELP = `Usage: antrag validate <form> <file.json | directory | -> [options]

Validates submissions (JSON, or XML messages of the form) against a form and prints the report. <form> is a built-in form
(fuehrerschein, personenbefoerderungsschein, alg2) or a definition JSON file. A directory
validates every *.json and *.xml file in it and prints a summary; - reads standard input.

Options:
  --json                       print the Report as JSON
  --lang de|en                 language of messages (default: de)
  --reference-date YYYY-MM-DD  the day rules treat as today (default: today, UTC)

Exit codes: 0 valid, 1 invalid, 2 usage or definition error.

Examples:
  antrag validate fuehrerschein examples/fuehrerschein/valid.json
  antrag validate fuehrerschein examples/fuehrerschein/invalid --json
  cat antrag.json | antrag validate alg2 - --lang en
`;

/** True for an XML message: `<` first after an optional BOM and whitespace. */
function looksLikeXml(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) {
    const byte = bytes[i] as number;
    if (
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf ||
      byte === 0xfe ||
      byte === 0xff ||
      byte === 0 ||
      byte <= 0x20
    )
      continue;
    return byte === 0x3c;
  }
  return false;
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
  const args = parseArgs(argv, {
    withValue: ['--lang', '--reference-date'],
    boolean: ['--json', '--help', '-h'],
  });
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
  const definition = loadForm(io, formArg, lang);
  if (!definition) return 2;
  const form = compileForCli(io, definition, lang);
  if (!form) return 2;
  const json = args.flags.has('--json');

  if (target !== '-' && io.stat?.(target) === 'directory') {
    return validateDirectory(io, form, target, { json, lang, referenceDate });
  }
  const bytes = readInput(io, target);
  if (!bytes) return 2;
  const report = validateBytes(form, bytes, referenceDate);
  io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, lang, io.color));
  return report.valid ? 0 : 1;
}

interface DirectoryOptions {
  readonly json: boolean;
  readonly lang: Lang;
  readonly referenceDate: string | undefined;
}

function validateDirectory(io: CliIo, form: CompiledForm, dir: string, options: DirectoryOptions): number {
  const files = (io.listDir?.(dir) ?? [])
    .filter((name) => name.endsWith('.json') || name.endsWith('.xml'))
    .sort();
  const results: Array<{ file: string; report: Report }> = [];
  files.forEach((name, index) => {
    const file = `${dir.replace(/\/$/, '')}/${name}`;
    const bytes = readInput(io, file);
    if (bytes) results.push({ file, report: validateBytes(form, bytes, options.referenceDate) });
    if (io.color) io.stderr(progress(index + 1, files.length));
  });
  if (io.color && files.length > 0) io.stderr('\r\u001b[K');
  const valid = results.filter((result) => result.report.valid).length;
  const summary = { files: results.length, valid, invalid: results.length - valid };
  if (options.json) {
    io.stdout(`${JSON.stringify({ summary, results }, null, 2)}\n`);
  } else {
    for (const { file, report } of results) {
      const errors = report.issues.filter((issue) => issue.severity === 'error');
      const codes = [...new Set(errors.map((issue) => issue.code))].join(', ');
      io.stdout(
        report.valid
          ? `✓ ${file}\n`
          : `✗ ${file}: ${errors.length} ${options.lang === 'de' ? 'Fehler' : 'errors'} (${codes})\n`,
      );
    }
    io.stdout(
      options.lang === 'de'
        ? `${summary.files} Dateien: ${summary.valid} gültig, ${summary.invalid} ungültig\n`
        : `${summary.files} files: ${summary.valid} valid, ${summary.invalid} invalid\n`,
    );
  }
  return summary.invalid === 0 && results.length === files.length ? 0 : 1;
}

function progress(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`;
}
